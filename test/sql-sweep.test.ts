import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadQueries } from '../server/db/queries.ts';
import { MODULES } from '../server/modules.ts';
import { fixtureApp, ROOT } from './helpers/app.ts';

// Every named query of every module runs on the fixture with typical parameters: a
// query file that no longer parses or binds fails here even if no endpoint test reaches
// it. Its result columns must have the types below: a dropped `::INTEGER` turns a
// number into a BIGINT, which the JSON reader hands over as a string.
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
  // audit
  user: null,
  action: 'auth', // matches the sign-in recorded below
  outcome: 'success',
  // settings
  k: 'sweep.test',
  v: '["x"]',
  // auth: a session, a token and a user as the app stores them
  h: 'sweep-session-hash',
  t: 1_764_547_200_000,
  ip: '192.0.2.1',
  ua: 'sweep',
  n: 'sweep',
  p: 'lnt_swee',
  username: 'sweep.user',
  display_name: 'Sweep',
  role: 'analyst',
  hash: 'scrypt$sweep',
  d: 'Sweep',
  r: 'analyst',
  a: true,
};

/** Parameters that differ by query (known once the fixture has a token), by `module/query`. */
const QUERY_PARAMS: Record<string, Record<string, unknown>> = {};

const FIGURES = 'capacity INTEGER, residents INTEGER, detainees INTEGER, prisoners INTEGER, children INTEGER, women INTEGER';
const PCT = 'occupancy_pct DOUBLE, overcrowding_pct DOUBLE';
const UNIT_ROW = `upt_code VARCHAR, name VARCHAR, upt_type VARCHAR, class VARCHAR, kanwil VARCHAR, city VARCHAR, ${FIGURES}, narcotics_cases INTEGER, ${PCT}, band VARCHAR`;

const USER =
  'id INTEGER, username VARCHAR, display_name VARCHAR, role VARCHAR, bapas_code VARCHAR, kanwil VARCHAR, active BOOLEAN, created_at VARCHAR, updated_at VARCHAR, password_changed_at VARCHAR';
const TOKEN = 'id INTEGER, name VARCHAR, prefix VARCHAR, created_at VARCHAR, last_used_at VARCHAR, revoked_at VARCHAR';

/** Each query's result columns, `name TYPE` in order (statements without a result: their row count). */
const TYPES: Record<string, string> = {
  'registry/bapas_list': 'upt_code VARCHAR, name VARCHAR, kanwil VARCHAR',
  'registry/kanwil_list': 'name VARCHAR, province_codes VARCHAR[], units INTEGER',
  'registry/province_kanwil': 'province_code VARCHAR, province VARCHAR, kanwil VARCHAR',
  'registry/unit_count': 'upt_count INTEGER',
  'registry/unit_get':
    'upt_code VARCHAR, name VARCHAR, upt_type VARCHAR, class VARCHAR, kanwil VARCHAR, province_code VARCHAR, city VARCHAR, latitude DOUBLE, longitude DOUBLE, capacity INTEGER',
  'registry/unit_types': 'code VARCHAR, units INTEGER',
  'occupancy/kanwil': `kanwil VARCHAR, units INTEGER, units_with_capacity INTEGER, units_over_capacity INTEGER, capacity INTEGER, residents INTEGER, detainees INTEGER, prisoners INTEGER, children INTEGER, women INTEGER, narcotics_cases INTEGER, ${PCT}, band VARCHAR, province_codes VARCHAR[]`,
  'occupancy/snapshot_dates': 'date DATE',
  'occupancy/summary': `date DATE, units INTEGER, units_with_capacity INTEGER, units_over_capacity INTEGER, capacity INTEGER, residents INTEGER, detainees INTEGER, prisoners INTEGER, children INTEGER, women INTEGER, narcotics_cases INTEGER, ${PCT}`,
  'occupancy/trend': `month VARCHAR, date DATE, ${FIGURES}, ${PCT}`,
  'occupancy/unit_series': `month VARCHAR, date DATE, ${FIGURES}, narcotics_cases INTEGER, ${PCT}`,
  'occupancy/units': `${UNIT_ROW}, total INTEGER`,
  'occupancy/units_csv': 'line VARCHAR',
  'occupancy/units_export': `upt_code VARCHAR, name VARCHAR, upt_type VARCHAR, class VARCHAR, kanwil VARCHAR, city VARCHAR, ${FIGURES}, ${PCT}, narcotics_cases INTEGER, band VARCHAR`,
  'audit/count': 'n INTEGER',
  'audit/insert': 'Count BIGINT',
  'audit/list':
    'id INTEGER, at VARCHAR, user_id INTEGER, username VARCHAR, role VARCHAR, action VARCHAR, target VARCHAR, outcome VARCHAR, ip VARCHAR, details VARCHAR',
  'settings/get': 'value VARCHAR',
  'settings/set': 'Count BIGINT',
  'auth/admins_active': 'n INTEGER',
  'auth/admins_others': 'n INTEGER',
  'auth/session_delete': 'Count BIGINT',
  'auth/session_insert': 'Count BIGINT',
  'auth/session_touch': 'Count BIGINT',
  'auth/sessions_delete_user': 'Count BIGINT',
  'auth/sessions_load': 'id_hash VARCHAR, user_id INTEGER, c DOUBLE, l DOUBLE',
  'auth/token_check': 'id INTEGER, user_id INTEGER',
  'auth/token_get': `${TOKEN}`,
  'auth/token_insert': 'id INTEGER',
  'auth/token_revoke': 'id INTEGER',
  'auth/token_touch': 'Count BIGINT',
  'auth/tokens_list': `${TOKEN}`,
  'auth/tokens_revoke_user': 'id INTEGER',
  'auth/user_by_username': `${USER}, password_hash VARCHAR`,
  'auth/user_get': `${USER}`,
  'auth/user_insert': 'id INTEGER',
  'auth/user_password': 'Count BIGINT',
  'auth/user_update': 'Count BIGINT',
  'auth/users_list': `${USER}`,
};

/** Every module's queries with the database they run on. */
const QUERIES = MODULES.flatMap((m) =>
  [...loadQueries(join(ROOT, 'server', m.name, 'queries')).all].map(([name, text]) => ({ key: `${m.name}/${name}`, text, database: m.database })),
);

let t: Awaited<ReturnType<typeof fixtureApp>>;
beforeAll(async () => {
  t = await fixtureApp();
  await t.services.settings.set('sweep.test', ['x']);
  await t.login('planner'); // an `auth.login` on the trail, and a session
  const admin = (await t.services.users.byUsername('admin'))!;
  const { token, info } = await t.services.tokens.create(admin.id, 'sweep');
  const { sha256 } = await import('../server/auth/sessions.ts');
  Object.assign(QUERY_PARAMS, {
    'auth/user_by_username': { u: 'admin' },
    'auth/token_check': { h: sha256(token) },
    'auth/token_get': { id: info.id },
    'auth/token_revoke': { id: info.id, u: admin.id },
    'auth/tokens_list': { u: admin.id },
    'auth/tokens_revoke_user': { u: admin.id },
    'auth/user_get': { id: admin.id },
    'auth/admins_others': { id: -1 },
    'auth/session_insert': { u: admin.id },
    'auth/token_insert': { u: admin.id },
  });
});
afterAll(() => t.close());

describe('every .sql file', () => {
  it('is found, and every query has its result types listed here', () => {
    expect(QUERIES.length).toBeGreaterThan(15);
    expect(QUERIES.map((q) => q.key).sort()).toEqual(Object.keys(TYPES).sort());
  });

  for (const { key, text, database } of QUERIES) {
    it(`${key}.sql has a header comment, runs, and returns the listed column types`, async () => {
      expect(text.trimStart().startsWith('--')).toBe(true);
      const sqlText = text.replaceAll('{{order_by}}', 'name ASC');
      const used = [...new Set([...sqlText.matchAll(/\$([a-z_]+)/g)].map((m) => m[1]))];
      const own = QUERY_PARAMS[key] ?? {};
      const params = Object.fromEntries(used.map((p) => [p, p in own ? own[p] : (PARAMS[p] ?? null)])) as Record<string, any>;
      const db = database === 'app' ? t.services.appDb : t.db;
      // Writes are rolled back: the sweep leaves the fixture as it was.
      const r = await db.with(async (c) => {
        await c.run('BEGIN TRANSACTION');
        try {
          const reader = await c.runAndReadAll(sqlText, params);
          return { types: reader.columnNames().map((n, i) => `${n} ${reader.columnTypes()[i]}`), rows: reader.currentRowCount };
        } finally {
          await c.run('ROLLBACK');
        }
      });
      expect(r.types.join(', ')).toBe(TYPES[key]);
      expect(r.rows).toBeGreaterThan(0);
    });
  }
});
