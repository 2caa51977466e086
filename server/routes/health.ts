import { Hono } from 'hono';
import { allow } from '../auth/permission.ts';
import type { AppEnv } from '../auth/types.ts';
import type { Db } from '../db/duckdb.ts';
import { sql } from '../sql/index.ts';

/** `/api/health`: alive, which version, and how much data is loaded. */
export function healthRoutes(db: Db, version: string) {
  return new Hono<AppEnv>().get('/', allow('public'), async (c) => {
    const d = await db.one<{ latest_snapshot: string | null; upt_count: number }>(sql('meta_dates'));
    return c.json({ ok: true as const, version, data: { latest_snapshot: d?.latest_snapshot ?? null, upt_count: d?.upt_count ?? 0 } });
  });
}
