import { Hono } from 'hono';
import { z } from 'zod';
import { REMISSION_EVENTS, REMISSION_UPT_SORTS } from '../../common/remission.ts';
import type { AuditLog } from '../audit/service.ts';
import { type AppEnv, signedIn } from '../http/env.ts';
import { kanwilFilter, paging, searchFilter, sorting, uptTypeFilter } from '../http/filters.ts';
import { allow } from '../http/permission.ts';
import { parseQuery } from '../http/validate.ts';
import { exportRemission } from './export.ts';
import type { RemissionService } from './service.ts';

/** `year` and `event`: one round (the latest of the event when the year is absent). */
const round = {
  year: z.coerce.number().int().min(1900).max(2999).optional(),
  event: z.enum(REMISSION_EVENTS).default('RU_17_AGUSTUS'),
};
const filter = { ...kanwilFilter, ...uptTypeFilter };
const roundsQuery = z.strictObject(filter);
const summaryQuery = z.strictObject({ ...round, ...filter });
const kanwilQuery = z.strictObject({ ...round, ...uptTypeFilter });
const uptList = { ...round, ...filter, ...searchFilter, ...sorting(REMISSION_UPT_SORTS, { sort: 'granted' }) };
const uptQuery = z.strictObject({ ...uptList, ...paging({ limit: 25, max: 500, maxOffset: 10_000_000 }) });
const exportQuery = z.strictObject({
  ...uptList,
  dataset: z.enum(['rounds', 'years', 'kanwil', 'upt']).default('rounds'),
  format: z.enum(['csv', 'xlsx', 'parquet']).default('csv'),
});

/** `/api/remission`: rounds and years, one round's summary, per Kanwil, per unit, a unit's rounds, export. */
export function remissionRoutes(svc: RemissionService, audit: AuditLog) {
  const read = allow('dashboard:read');
  const remission = new Hono<AppEnv>()
    .get('/rounds', read, async (c) => {
      const q = parseQuery(c, roundsQuery);
      return c.json(await svc.rounds({ kanwil: q.kanwil, types: q.upt_type }));
    })
    .get('/summary', read, async (c) => {
      const q = parseQuery(c, summaryQuery);
      return c.json(await svc.summary({ ...q, types: q.upt_type }));
    })
    .get('/kanwil', read, async (c) => {
      const q = parseQuery(c, kanwilQuery);
      return c.json(await svc.byKanwil({ ...q, types: q.upt_type }));
    })
    .get('/upt', read, async (c) => {
      const q = parseQuery(c, uptQuery);
      return c.json(await svc.units({ ...q, types: q.upt_type }));
    })
    .get('/upt/:code', read, async (c) => c.json(await svc.unitHistory(c.req.param('code'))))
    .get('/export', read, async (c) => {
      const q = parseQuery(c, exportQuery);
      const file = await exportRemission(svc, audit, signedIn(c), { ...q, types: q.upt_type }, c.req.query());
      c.header('content-disposition', `attachment; filename="${file.filename}"`);
      c.header('content-type', file.contentType);
      return c.body(file.body);
    });
  return new Hono<AppEnv>().route('/remission', remission);
}
