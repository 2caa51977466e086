import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Hono } from 'hono';
import { allow } from '../auth/permission.ts';
import type { AppEnv } from '../auth/types.ts';
import type { Db } from '../db/duckdb.ts';
import { sql } from '../sql/index.ts';

interface Feature {
  properties: Record<string, unknown>;
}

/** `/api/geo/provinces`: the 38 provinces with the Kanwil that serves each. */
export function geoRoutes(db: Db, geoDir: string) {
  let body: Promise<string> | undefined;
  const build = async () => {
    const geo = JSON.parse(readFileSync(join(geoDir, 'indonesia-38-provinces.geojson'), 'utf8')) as { features: Feature[] };
    const map = new Map((await db.all<{ province: string; kanwil: string }>(sql('province_kanwil'))).map((r) => [r.province, r.kanwil]));
    for (const f of geo.features) {
      // By name: the new Papua provinces share their parent's KODE_PROV in this file.
      f.properties.KANWIL = map.get(String(f.properties.PROVINSI)) ?? null;
    }
    return JSON.stringify(geo);
  };
  return new Hono<AppEnv>().get('/provinces', allow('dashboard:read'), async (c) => {
    body ??= build().catch((e) => {
      body = undefined;
      throw e;
    });
    c.header('content-type', 'application/geo+json');
    c.header('cache-control', 'public, max-age=86400');
    return c.body(await body);
  });
}
