import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig, SETTINGS } from '../server/config.ts';

describe('config', () => {
  it('documents every setting in the README with its default', () => {
    const readme = readFileSync(join(import.meta.dirname, '..', 'README.md'), 'utf8');
    for (const [name, s] of Object.entries(SETTINGS)) {
      const row = readme.split('\n').find((l) => l.startsWith(`| \`${name}\``));
      expect(row, `README lacks a row for ${name}`).toBeDefined();
      if (s.default) expect(row, `README row of ${name} lacks its default`).toContain(s.default);
    }
  });

  it('no module but config.ts reads process.env', async () => {
    const { readdirSync } = await import('node:fs');
    const walk = (d: string): string[] => readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(d, e.name)) : [join(d, e.name)]));
    const server = join(import.meta.dirname, '..', 'server');
    const readers = walk(server).filter((f) => f.endsWith('.ts') && readFileSync(f, 'utf8').includes('process.env'));
    expect(readers.map((f) => f.slice(server.length + 1))).toEqual(['config.ts']);
  });

  it('applies defaults and resolves paths against the root', () => {
    const c = loadConfig({}, '/srv/lentera');
    expect(c).toMatchObject({ port: 8787, host: '127.0.0.1', dbPath: '/srv/lentera/var/lentera.duckdb', log: 'info' });
    expect(loadConfig({ LENTERA_DB: ':memory:' }).dbPath).toBe(':memory:');
  });

  it('names every bad variable in one message', () => {
    expect(() => loadConfig({ PORT: 'eighty', LENTERA_LOG: 'loud' })).toThrow(/PORT="eighty"[\s\S]*LENTERA_LOG="loud"/);
  });
});
