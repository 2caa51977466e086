import { Hono } from 'hono';
import type { AppEnv } from '../http/env.ts';
import { allow } from '../http/permission.ts';
import type { RouteContext } from '../module.ts';

/** `/api/health`: alive, which version, and how much data is loaded. */
export function healthRoutes({ services: s, version }: RouteContext) {
  return new Hono<AppEnv>().get('/health', allow('public'), async (c) => {
    const [{ latest_snapshot }, upt_count] = await Promise.all([s.snapshots.range(), s.registry.unitCount()]);
    return c.json({ ok: true as const, version, data: { latest_snapshot, upt_count } });
  });
}
