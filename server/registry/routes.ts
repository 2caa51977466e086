import { Hono } from 'hono';
import type { AppEnv } from '../http/env.ts';
import { allow } from '../http/permission.ts';
import type { Services } from '../module.ts';

/** `/api/meta` (what the filters offer: Kanwil, unit types, snapshot range) and `/api/geo/provinces` (the map). */
export function registryRoutes(s: Services) {
  const meta = new Hono<AppEnv>().get('/', allow('dashboard:read'), async (c) => {
    const [kanwil, upt_types, snapshots, upt_count] = await Promise.all([
      s.registry.kanwil(),
      s.registry.unitTypes(),
      s.snapshots.range(),
      s.registry.unitCount(),
    ]);
    return c.json({ kanwil, upt_types, ...snapshots, upt_count });
  });
  const geo = new Hono<AppEnv>().get('/provinces', allow('dashboard:read'), async (c) => {
    const body = await s.registry.provincesGeoJson();
    c.header('content-type', 'application/geo+json');
    c.header('cache-control', 'public, max-age=86400');
    return c.body(body);
  });
  return new Hono<AppEnv>().route('/meta', meta).route('/geo', geo);
}
