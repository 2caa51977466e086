import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startServer } from './helpers/server.ts';

const dir = mkdtempSync(join(tmpdir(), 'lentera-start-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm start', () => {
  it('creates and seeds the database file, serves the API and the app, and reuses the file next time', async () => {
    const db = join(dir, 'sub', 'lentera.duckdb');
    const appDb = join(dir, 'sub', 'app.duckdb');
    const env = { LENTERA_DB: db, LENTERA_APP_DB: appDb, LENTERA_ADMIN_PASSWORD: '' };
    const first = await startServer(env);
    let password = '';
    try {
      expect(first.output()).toMatch(/seeded from/);
      // No admin password configured: one is generated and printed once.
      password = first.output().match(/shown only once\):\s+(\S+)/)?.[1] ?? '';
      expect(password).toMatch(/^[\w-]{20,}$/);
      expect(existsSync(appDb)).toBe(true);
      expect(existsSync(db)).toBe(true);
      const health = (await (await fetch(`${first.url}/api/health`)).json()) as any;
      expect(health).toMatchObject({ ok: true, data: { latest_snapshot: '2025-12-31' } });
      expect(health.data.upt_count).toBeGreaterThan(500);
      const page = await fetch(`${first.url}/`);
      expect(page.status).toBe(200);
      const html = await page.text();
      expect(html).toMatch(/<div id="app">|<script type="module"/);
      // A client-side route reloads to the same page.
      expect((await fetch(`${first.url}/hunian?kanwil=Riau`)).status).toBe(200);
    } finally {
      await first.stop();
    }
    const second = await startServer(env);
    try {
      expect(second.output()).not.toMatch(/seeded from/);
      expect(second.output()).not.toMatch(/shown only once/);
      // The printed password signs in on the second start: the app database persisted.
      const login = await fetch(`${second.url}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: second.url },
        body: JSON.stringify({ username: 'admin', password }),
      });
      expect(login.status).toBe(200);
      const health = (await (await fetch(`${second.url}/api/health`)).json()) as any;
      expect(health.data.latest_snapshot).toBe('2025-12-31');
    } finally {
      await second.stop();
    }
  });

  it('opens both databases again after a crash (no shutdown, nothing checkpointed on the way out)', async () => {
    const env = {
      LENTERA_DB: join(dir, 'crash', 'lentera.duckdb'),
      LENTERA_APP_DB: join(dir, 'crash', 'app.duckdb'),
      LENTERA_ADMIN_PASSWORD: 'crash-admin-password',
    };
    const login = (url: string) =>
      fetch(`${url}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: url },
        body: JSON.stringify({ username: 'admin', password: 'crash-admin-password' }),
      });
    const first = await startServer(env);
    try {
      // Rows written after start-up (a session, audit rows) live only in the WAL until a checkpoint.
      expect((await login(first.url)).status).toBe(200);
    } finally {
      await first.stop('SIGKILL');
    }
    const second = await startServer(env);
    try {
      expect(second.output()).not.toMatch(/seeded from/);
      expect((await login(second.url)).status).toBe(200);
      const health = (await (await fetch(`${second.url}/api/health`)).json()) as any;
      expect(health.data.upt_count).toBeGreaterThan(500);
    } finally {
      await second.stop();
    }
  });

  it('fails fast with a clear message on a bad setting', async () => {
    await expect(startServer({ LENTERA_DB: ':memory:', LENTERA_DB_CONNECTIONS: 'many' })).rejects.toThrow(
      /Invalid configuration[\s\S]*LENTERA_DB_CONNECTIONS="many"/,
    );
  });
});
