import { Hono } from 'hono';
import { allow } from '../auth/permission.ts';
import type { AppEnv } from '../auth/types.ts';
import type { Db } from '../db/duckdb.ts';
import { sql } from '../sql/index.ts';

/** `/api/meta`: what the filters offer (Kanwil, unit types, snapshot range). */
export function metaRoutes(db: Db) {
  return new Hono<AppEnv>().get('/', allow('dashboard:read'), async (c) => {
    const [kanwil, upt_types, dates] = await Promise.all([db.all(sql('meta_kanwil')), db.all(sql('meta_types')), db.one(sql('meta_dates'))]);
    return c.json({ kanwil, upt_types, ...dates });
  });
}
