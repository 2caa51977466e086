import { join } from 'node:path';
import { expect } from 'vitest';
import { createApp } from '../../server/app.ts';
import { openDatabase } from '../../server/boot.ts';
import { testConfig, type Config } from '../../server/config.ts';

export const ROOT = join(import.meta.dirname, '..', '..');
export const FIXTURE_SEED = join(ROOT, 'test', 'fixtures', 'seed');

/** A real app on a real in-memory DuckDB seeded from the hand-computed fixture. */
export async function fixtureApp(overrides: Partial<Config> = {}) {
  const config = testConfig({ rootDir: ROOT, seedDir: FIXTURE_SEED, dbConnections: 2, ...overrides });
  const { db } = await openDatabase(config);
  const built = createApp({ config, db, version: 'test' });
  const get = async (path: string) => {
    const res = await built.app.request(path);
    const text = await res.text();
    let body: any;
    try {
      body = JSON.parse(text);
    } catch {
      body = text;
    }
    return { status: res.status, body, headers: res.headers, text };
  };
  return { ...built, db, config, get, close: () => db.close() };
}

/** Asserts the one error shape of the API and returns its body. */
export function expectError(res: { status: number; body: any }, status: number) {
  expect(res.status).toBe(status);
  expect(res.body).toMatchObject({ ok: false, status, error: expect.any(String) });
  expect(Object.keys(res.body).every((k) => ['ok', 'status', 'error', 'details'].includes(k))).toBe(true);
  expect(JSON.stringify(res.body)).not.toMatch(/at .*\.ts:\d+/); // no stack traces
  return res.body;
}

/** The fields named in a 400's `details.issues`. */
export function issueFields(body: any): string[] {
  return (body.details?.issues ?? []).map((i: { field: string }) => i.field);
}
