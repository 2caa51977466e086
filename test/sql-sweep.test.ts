import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadQueries } from '../server/db/queries.ts';
import { MODULES } from '../server/modules.ts';
import { assessmentSchema, factsSchema, requestSchema } from '../common/litmas/facts.ts';
import { actorOf } from '../server/actor.ts';
import { fixtureApp, ROOT } from './helpers/app.ts';
import { CASE_INPUT } from './helpers/litmas.ts';

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

// remission and umkm: a round of the fixture, the daily food cost, a year's months
Object.assign(PARAMS, { year: 2025, event: 'RK_NATAL', event_date: '2025-12-25', cost: 17_000, from_year: null, to_year: null, category: null, months: 2 });
const UMKM_YEAR = { from: '2025-01-01', to: '2025-12-01', pfrom: '2024-01-01', pto: '2024-12-01' };
Object.assign(QUERY_PARAMS, {
  'umkm/summary': UMKM_YEAR,
  'umkm/categories': UMKM_YEAR,
  'umkm/products': UMKM_YEAR,
});

const FIGURES = 'capacity INTEGER, residents INTEGER, detainees INTEGER, prisoners INTEGER, children INTEGER, women INTEGER';
const PCT = 'occupancy_pct DOUBLE, overcrowding_pct DOUBLE';
const UNIT_ROW = `upt_code VARCHAR, name VARCHAR, upt_type VARCHAR, class VARCHAR, kanwil VARCHAR, city VARCHAR, ${FIGURES}, narcotics_cases INTEGER, ${PCT}, band VARCHAR`;

const REMISSION =
  'recipients INTEGER, released INTEGER, granted INTEGER, months_granted DOUBLE, days_saved DOUBLE, food_cost_saved_idr DOUBLE, prisoners INTEGER, per_100 DOUBLE';
const UMKM = 'revenue_idr DOUBLE, pnbp_idr DOUBLE, inmate_months INTEGER, inmates_avg DOUBLE, revenue_per_inmate DOUBLE, food_kg DOUBLE';

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
  'remission/kanwil': `kanwil VARCHAR, units INTEGER, ${REMISSION}, residents INTEGER, capacity INTEGER, overcrowding_pct DOUBLE, overcrowding_without_pct DOUBLE, relief_pp DOUBLE`,
  'remission/round_list': 'year INTEGER, event VARCHAR, event_date DATE',
  'remission/rounds': `year INTEGER, event VARCHAR, event_date DATE, units INTEGER, snapshot_date DATE, ${REMISSION}`,
  'remission/unit_history': `year INTEGER, event VARCHAR, event_date DATE, ${REMISSION}`,
  'remission/units': `upt_code VARCHAR, name VARCHAR, upt_type VARCHAR, kanwil VARCHAR, ${REMISSION}`,
  'remission/units_count': 'total INTEGER',
  'remission/years':
    'year INTEGER, rounds INTEGER, recipients INTEGER, released INTEGER, granted INTEGER, months_granted DOUBLE, days_saved DOUBLE, food_cost_saved_idr DOUBLE, granted_change_pct DOUBLE',
  'umkm/categories': `category VARCHAR, ${UMKM}, pnbp_share_pct DOUBLE`,
  'umkm/food': 'year INTEGER, category VARCHAR, product VARCHAR, unit VARCHAR, quantity DOUBLE, prev_quantity DOUBLE, change_pct DOUBLE',
  'umkm/food_years': 'year INTEGER, kg DOUBLE, prev_kg DOUBLE, kg_change_pct DOUBLE, heads DOUBLE',
  'umkm/kanwil': `kanwil VARCHAR, units INTEGER, ${UMKM}`,
  'umkm/month_list': 'month DATE',
  'umkm/monthly': `month DATE, ${UMKM}`,
  'umkm/products': 'category VARCHAR, product VARCHAR, unit VARCHAR, quantity DOUBLE, revenue_idr DOUBLE, pnbp_idr DOUBLE, inmate_months INTEGER',
  'umkm/summary': `period VARCHAR, months INTEGER, ${UMKM}`,
  'umkm/unit_history': `month DATE, ${UMKM}`,
  'umkm/units': `upt_code VARCHAR, name VARCHAR, upt_type VARCHAR, kanwil VARCHAR, ${UMKM}`,
  'umkm/units_count': 'total INTEGER',
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
  'litmas/attempt_insert': 'Count BIGINT',
  'litmas/attempts_of_generation':
    'n INTEGER, purpose VARCHAR, try_no INTEGER, status INTEGER, request_id VARCHAR, latency_ms INTEGER, prompt_tokens INTEGER, completion_tokens INTEGER, raw_sha256 VARCHAR, error VARCHAR, retry_after_s INTEGER, raw_answer VARCHAR, created_at VARCHAR',
  'litmas/case_get':
    'id INTEGER, bapas_code VARCHAR, pk_user_id INTEGER, pk_name VARCHAR, kind VARCHAR, status VARCHAR, title VARCHAR, request VARCHAR, facts VARCHAR, assessment VARCHAR, revision INTEGER, created_at VARCHAR, updated_at VARCHAR, approved_by INTEGER, approved_at VARCHAR, approved_version INTEGER',
  'litmas/case_insert': 'id INTEGER',
  'litmas/case_status': 'id INTEGER',
  'litmas/case_update': 'id INTEGER',
  'litmas/cases_list':
    'id INTEGER, bapas_code VARCHAR, pk_user_id INTEGER, pk_name VARCHAR, kind VARCHAR, status VARCHAR, title VARCHAR, request VARCHAR, facts VARCHAR, assessment VARCHAR, revision INTEGER, created_at VARCHAR, updated_at VARCHAR, approved_by INTEGER, approved_at VARCHAR, approved_version INTEGER, draft_versions INTEGER',
  'litmas/draft_get':
    'id INTEGER, case_id INTEGER, version_no INTEGER, source VARCHAR, generation_id INTEGER, content VARCHAR, created_by INTEGER, created_by_name VARCHAR, created_at VARCHAR',
  'litmas/draft_insert': 'id INTEGER',
  'litmas/drafts_list':
    'id INTEGER, case_id INTEGER, version_no INTEGER, source VARCHAR, generation_id INTEGER, created_by INTEGER, created_by_name VARCHAR, created_at VARCHAR',
  'litmas/generation_append_prompt': 'Count BIGINT',
  'litmas/generation_finish': 'Count BIGINT',
  'litmas/generation_insert': 'id INTEGER',
  'litmas/generation_sent': 'id INTEGER, drafter VARCHAR, redacted BOOLEAN, backend_host VARCHAR, prompt_sent VARCHAR',
  'litmas/generation_sent_any': 'id INTEGER, drafter VARCHAR, redacted BOOLEAN, backend_host VARCHAR, prompt_sent VARCHAR',
  'litmas/generations_all':
    'id INTEGER, case_id INTEGER, bapas_code VARCHAR, kind VARCHAR, drafter VARCHAR, backend_host VARCHAR, model_requested VARCHAR, model_answered VARCHAR, redacted BOOLEAN, template_id VARCHAR, template_version VARCHAR, template_hash VARCHAR, prompt_tokens INTEGER, completion_tokens INTEGER, latency_ms INTEGER, flags INTEGER, outcome VARCHAR, attempts INTEGER, username VARCHAR, created_at VARCHAR',
  'litmas/generations_of_case':
    'id INTEGER, kind VARCHAR, drafter VARCHAR, backend_host VARCHAR, model_requested VARCHAR, model_answered VARCHAR, template_id VARCHAR, template_version VARCHAR, template_hash VARCHAR, redacted BOOLEAN, prompt_tokens INTEGER, completion_tokens INTEGER, latency_ms INTEGER, first_section_ms INTEGER, flags INTEGER, outcome VARCHAR, error VARCHAR, draft_id INTEGER, user_id INTEGER, attempts INTEGER, created_at VARCHAR',
  'litmas/review_insert': 'Count BIGINT',
  'litmas/reviews_list': 'id INTEGER, action VARCHAR, comment VARCHAR, user_id INTEGER, user_name VARCHAR, created_at VARCHAR',
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

  // litmas: a case of the researcher with an offline draft, its generation and a review step
  const researcher = (await t.services.users.byUsername('researcher'))!;
  const actor = actorOf(researcher, null);
  const rec = await t.services.litmas.svc.create(actor, {
    kind: 'diversi',
    title: null,
    request: requestSchema.parse(CASE_INPUT.request),
    facts: factsSchema.parse(CASE_INPUT.facts),
    assessment: assessmentSchema.parse(CASE_INPUT.assessment),
  });
  await t.services.litmas.generate(actor, rec, new AbortController().signal, async () => {});
  const gen = (await t.services.litmas.allGenerations())[0] as { id: number };
  await t.services.litmas.svc.cases.addReview(rec.id, researcher.id, 'submit', 'sweep');
  // An HTTP attempt on record (the offline drafter makes none).
  const { GenerationLog } = await import('../server/litmas/generation-log.ts');
  await new GenerationLog(t.services.appDb).attempt(gen.id, {
    n: 1,
    purpose: 'draft',
    try_no: 1,
    status: 200,
    request_id: 'req-sweep',
    latency_ms: 12,
    prompt_tokens: 10,
    completion_tokens: 5,
    raw: '{}',
    raw_sha256: 'x',
    error: null,
    retry_after_s: null,
  });
  const onCase = { c: rec.id, id: rec.id, bapas: 'JKT-BAPAS-D' };
  Object.assign(QUERY_PARAMS, {
    'litmas/cases_list': onCase,
    'litmas/case_get': onCase,
    'litmas/case_update': { ...onCase, revision: rec.revision, title: 'x', request: '{}', facts: '{}', assessment: '{}' },
    'litmas/case_status': { ...onCase, from: 'draft', status: 'submitted' },
    'litmas/drafts_list': onCase,
    'litmas/draft_get': { ...onCase, v: null },
    'litmas/draft_insert': { ...onCase, when: 'draft', s: 'edit', content: '{}', u: researcher.id },
    'litmas/reviews_list': onCase,
    'litmas/review_insert': { ...onCase, u: researcher.id, a: 'submit' },
    'litmas/case_insert': { bapas: 'JKT-BAPAS-D', pk: researcher.id, kind: 'diversi', title: 'x', request: '{}', facts: '{}', assessment: '{}' },
    'litmas/generation_insert': {
      case_id: rec.id,
      user_id: researcher.id,
      kind: 'diversi',
      drafter: 'offline',
      tid: 'x',
      tver: '1',
      thash: 'x',
      redacted: false,
    },
    'litmas/generation_append_prompt': { id: gen.id },
    'litmas/attempt_insert': { g: gen.id, n: 2, purpose: 'verify', try_no: 1, latency_ms: 1 },
    'litmas/attempts_of_generation': { g: gen.id, raw: true },
    'litmas/generation_finish': { id: gen.id },
    'litmas/generations_of_case': onCase,
    'litmas/generation_sent': { id: gen.id, c: rec.id },
    'litmas/generation_sent_any': { id: gen.id },
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
      // SWEEP_DUMP=1 prints every query's types, to fill in the table for a new query.
      if (process.env.SWEEP_DUMP) console.log(`TYPES ${key} => ${r.types.join(', ')}`);
      expect(r.types.join(', ')).toBe(TYPES[key]);
      expect(r.rows).toBeGreaterThan(0);
    });
  }
});
