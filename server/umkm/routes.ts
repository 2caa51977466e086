import { Hono } from 'hono';
import { z } from 'zod';
import { isoDate } from '../../common/dates.ts';
import { UMKM_CATEGORIES, UMKM_UPT_SORTS } from '../../common/umkm.ts';
import type { AuditLog } from '../audit/service.ts';
import { type AppEnv, signedIn } from '../http/env.ts';
import { kanwilFilter, paging, searchFilter, sorting, uptTypeFilter } from '../http/filters.ts';
import { allow } from '../http/permission.ts';
import { parseQuery } from '../http/validate.ts';
import { exportUmkm } from './export.ts';
import type { UmkmService } from './service.ts';

/** `year`: a calendar year (the latest with sales when absent). */
const yearFilter = { year: z.coerce.number().int().min(1900).max(2999).optional() };
const categoryFilter = { category: z.enum(UMKM_CATEGORIES).optional() };
const filter = { ...kanwilFilter, ...uptTypeFilter, ...categoryFilter };
/** `period=last12`: the last 12 months up to the latest month with sales (instead of a calendar year). */
const summaryQuery = z.strictObject({ ...yearFilter, ...filter, period: z.enum(['year', 'last12']).default('year') });
const monthlyQuery = z.strictObject({ ...filter, from: isoDate.optional(), to: isoDate.optional() });
const categoriesQuery = z.strictObject({ ...yearFilter, ...kanwilFilter, ...uptTypeFilter });
const kanwilQuery = z.strictObject({ ...yearFilter, ...uptTypeFilter, ...categoryFilter });
const uptList = { ...yearFilter, ...filter, ...searchFilter, ...sorting(UMKM_UPT_SORTS, { sort: 'revenue_idr' }) };
const uptQuery = z.strictObject({ ...uptList, ...paging({ limit: 25, max: 500, maxOffset: 10_000_000 }) });
const productsQuery = z.strictObject({ ...yearFilter, ...filter, limit: z.coerce.number().int().min(1).max(500).default(10) });
const foodQuery = z.strictObject({ ...kanwilFilter, ...uptTypeFilter });
const exportQuery = z.strictObject({
  ...uptList,
  dataset: z.enum(['monthly', 'categories', 'kanwil', 'upt', 'products', 'food']).default('monthly'),
  format: z.enum(['csv', 'xlsx', 'parquet']).default('csv'),
});

/** `/api/umkm`: summary, months, categories, Kanwil, units, products, food security, a unit's months, export. */
export function umkmRoutes(svc: UmkmService, audit: AuditLog) {
  const read = allow('dashboard:read');
  const umkm = new Hono<AppEnv>()
    .get('/summary', read, async (c) => {
      const { period, ...q } = parseQuery(c, summaryQuery);
      return c.json(await svc.summary({ ...q, types: q.upt_type, last12: period === 'last12' }));
    })
    .get('/monthly', read, async (c) => {
      const q = parseQuery(c, monthlyQuery);
      return c.json({ rows: await svc.monthly({ ...q, types: q.upt_type }) });
    })
    .get('/categories', read, async (c) => {
      const q = parseQuery(c, categoriesQuery);
      return c.json(await svc.categories({ ...q, types: q.upt_type }));
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
    .get('/products', read, async (c) => {
      const q = parseQuery(c, productsQuery);
      return c.json(await svc.products({ ...q, types: q.upt_type }));
    })
    .get('/food', read, async (c) => {
      const q = parseQuery(c, foodQuery);
      return c.json(await svc.food({ ...q, types: q.upt_type }));
    })
    .get('/export', read, async (c) => {
      const q = parseQuery(c, exportQuery);
      const file = await exportUmkm(svc, audit, signedIn(c), { ...q, types: q.upt_type }, c.req.query());
      c.header('content-disposition', `attachment; filename="${file.filename}"`);
      c.header('content-type', file.contentType);
      return c.body(file.body);
    });
  return new Hono<AppEnv>().route('/umkm', umkm);
}
