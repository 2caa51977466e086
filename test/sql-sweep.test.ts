import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QUERIES } from '../server/sql/index.ts';
import { fixtureApp } from './helpers/app.ts';

// Every named query runs on the fixture with typical parameters: a query file that no
// longer parses or binds fails here even if no endpoint test reaches it.
const PARAMS: Record<string, unknown> = {
  date: '2025-12-31',
  from: null,
  to: null,
  kanwil: null,
  types: null,
  q: null,
  limit: 10,
  offset: 0,
  upt_code: 'RIAU-LAPAS-A',
  prev: '2024-12-31',
  monthly: true,
};

let t: Awaited<ReturnType<typeof fixtureApp>>;
beforeAll(async () => {
  t = await fixtureApp();
});
afterAll(() => t.close());

describe('every .sql file', () => {
  for (const [name, text] of QUERIES) {
    it(`${name}.sql has a header comment and runs`, async () => {
      expect(text.trimStart().startsWith('--')).toBe(true);
      const sqlText = text.replaceAll('{{order_by}}', 'name ASC');
      const used = [...new Set([...sqlText.matchAll(/\$([a-z_]+)/g)].map((m) => m[1]))];
      const params = Object.fromEntries(used.map((p) => [p, PARAMS[p] ?? null])) as Record<string, any>;
      const rows = await t.db.all(sqlText, params);
      expect(Array.isArray(rows)).toBe(true);
      expect(rows.length).toBeGreaterThan(0);
    });
  }
});
