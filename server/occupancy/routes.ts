import { Hono } from 'hono';
import { z } from 'zod';
import { UPT_SORTS } from '../../common/units.ts';
import { type AppEnv, signedIn } from '../http/env.ts';
import { dateFilter, dateRange, kanwilFilter, paging, searchFilter, sorting, uptTypeFilter } from '../http/filters.ts';
import { allow } from '../http/permission.ts';
import { parseQuery } from '../http/validate.ts';
import { exportOccupancy } from './export.ts';
import type { OccupancyService } from './service.ts';
import type { AuditLog } from '../audit/service.ts';

const filter = { ...dateFilter, ...kanwilFilter, ...uptTypeFilter };
const uptList = { ...filter, ...searchFilter, ...sorting(UPT_SORTS, { sort: 'overcrowding_pct' }) };
const summaryQuery = z.strictObject(filter);
const trendQuery = z.strictObject({ ...dateRange, ...kanwilFilter, ...uptTypeFilter, upt_code: z.string().trim().min(1).max(100).optional() });
// Month-end points are what a chart of 14 years needs; `all` gives every (daily) snapshot.
const historyQuery = z.strictObject({ resolution: z.enum(['month', 'all']).default('month') });
const kanwilQuery = z.strictObject({ ...dateFilter, ...uptTypeFilter });
const uptQuery = z.strictObject({ ...uptList, ...paging({ limit: 50, max: 500, maxOffset: 1_000_000 }) });
const exportQuery = z.strictObject({
  ...uptList,
  ...dateRange,
  dataset: z.enum(['upt', 'kanwil', 'trend']).default('upt'),
  format: z.enum(['csv', 'xlsx', 'parquet']).default('csv'),
});

/** `/api/occupancy`: summary, trend, per Kanwil, per unit, export. */
export function occupancyRoutes(svc: OccupancyService, audit: AuditLog) {
  const read = allow('dashboard:read');
  const occupancy = new Hono<AppEnv>()
    .get('/summary', read, async (c) => {
      const q = parseQuery(c, summaryQuery);
      return c.json(await svc.summary({ date: q.date, kanwil: q.kanwil, types: q.upt_type }));
    })
    .get('/trend', read, async (c) => {
      const q = parseQuery(c, trendQuery);
      return c.json({ rows: await svc.trend({ ...q, types: q.upt_type }) });
    })
    .get('/kanwil', read, async (c) => {
      const q = parseQuery(c, kanwilQuery);
      return c.json(await svc.byKanwil({ date: q.date, types: q.upt_type }));
    })
    .get('/upt', read, async (c) => {
      const q = parseQuery(c, uptQuery);
      return c.json(await svc.units({ ...q, types: q.upt_type }));
    })
    .get('/upt/:code', read, async (c) => {
      const q = parseQuery(c, historyQuery);
      return c.json(await svc.unitHistory(c.req.param('code'), q.resolution));
    })
    .get('/export', read, async (c) => {
      const q = parseQuery(c, exportQuery);
      const file = await exportOccupancy(svc, audit, signedIn(c), { ...q, types: q.upt_type }, c.req.query());
      c.header('content-disposition', `attachment; filename="${file.filename}"`);
      c.header('content-type', file.contentType);
      return c.body(file.body);
    });
  return new Hono<AppEnv>().route('/occupancy', occupancy);
}
