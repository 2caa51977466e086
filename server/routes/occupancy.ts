import { Hono } from 'hono';
import type { AuditLog } from '../audit.ts';
import { allow } from '../auth/permission.ts';
import type { AppEnv } from '../auth/types.ts';
import { z } from 'zod';
import type { OccupancyService } from '../occupancy/service.ts';
import { UPT_SORTS } from '../../common/units.ts';
import { csvStream, linesStream, xlsxStream, type Cell } from '../occupancy/export.ts';
import { isoDate, parseQuery, uptTypes } from '../http/validate.ts';

const kanwil = z.string().trim().min(1).max(100);
const filter = { date: isoDate.optional(), kanwil: kanwil.optional(), upt_type: uptTypes.optional() };
const uptList = {
  ...filter,
  q: z
    .string()
    .trim()
    .max(100)
    .optional()
    .transform((s) => s || undefined),
  sort: z.enum(UPT_SORTS).default('overcrowding_pct'),
  order: z.enum(['asc', 'desc']).default('desc'),
};
const summaryQuery = z.strictObject(filter);
const trendQuery = z.strictObject({
  from: isoDate.optional(),
  to: isoDate.optional(),
  kanwil: kanwil.optional(),
  upt_type: uptTypes.optional(),
  upt_code: z.string().trim().min(1).max(100).optional(),
});
// Month-end points are what a chart of 14 years needs; `all` gives every (daily) snapshot.
const historyQuery = z.strictObject({ resolution: z.enum(['month', 'all']).default('month') });
const kanwilQuery = z.strictObject({ date: isoDate.optional(), upt_type: uptTypes.optional() });
const uptQuery = z.strictObject({
  ...uptList,
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});
const exportQuery = z.strictObject({
  ...uptList,
  from: isoDate.optional(),
  to: isoDate.optional(),
  dataset: z.enum(['upt', 'kanwil', 'trend']).default('upt'),
  format: z.enum(['csv', 'xlsx']).default('csv'),
});

const FIGURES = ['capacity', 'residents', 'detainees', 'prisoners', 'children', 'women', 'occupancy_pct', 'overcrowding_pct'];
const EXPORT_COLUMNS = {
  upt: ['upt_code', 'name', 'upt_type', 'class', 'kanwil', 'city', ...FIGURES, 'narcotics_cases', 'band'],
  kanwil: ['kanwil', 'units', 'units_over_capacity', ...FIGURES, 'narcotics_cases', 'band'],
  trend: ['month', 'date', ...FIGURES],
} as const;

/** The occupancy endpoints: summary, trend, per Kanwil, per unit, export. */
export function occupancyRoutes(svc: OccupancyService, audit: AuditLog) {
  const read = allow('dashboard:read');
  return new Hono<AppEnv>()
    .get('/summary', read, async (c) => {
      const q = parseQuery(c, summaryQuery);
      return c.json(await svc.summary({ date: q.date, kanwil: q.kanwil, types: q.upt_type }));
    })
    .get('/trend', read, async (c) => {
      const q = parseQuery(c, trendQuery);
      const rows = await svc.trend({ ...q, types: q.upt_type });
      return c.json({ rows });
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
      const types = q.upt_type;
      const columns = [...EXPORT_COLUMNS[q.dataset]];
      if (q.dataset === 'upt' && q.format === 'csv') {
        // The big one: DuckDB formats the lines, this only streams them.
        const { date, lines } = await svc.unitsCsv({ ...q, types });
        const recorded = audit.record(c, {
          action: 'occupancy.export',
          target: 'upt.csv',
          outcome: 'success',
          details: { query: c.req.query(), rows: lines.length },
        });
        c.header('content-disposition', `attachment; filename="lentera-hunian-upt-${date}.csv"`);
        c.header('content-type', 'text/csv; charset=utf-8');
        return c.body(linesStream(columns.join(','), lines, recorded));
      }
      let rows: Record<string, Cell>[];
      let date = '';
      if (q.dataset === 'upt') {
        const r = await svc.units({ ...q, types, limit: 1_000_000, offset: 0 });
        rows = r.rows as unknown as Record<string, Cell>[];
        date = r.date;
      } else if (q.dataset === 'kanwil') {
        const r = await svc.byKanwil({ date: q.date, types });
        rows = r.rows as unknown as Record<string, Cell>[];
        date = r.date;
      } else {
        rows = (await svc.trend({ from: q.from, to: q.to, kanwil: q.kanwil, types })) as unknown as Record<string, Cell>[];
      }
      // Written while the file streams; the download completes once it is on record.
      const recorded = audit.record(c, {
        action: 'occupancy.export',
        target: `${q.dataset}.${q.format}`,
        outcome: 'success',
        details: { query: c.req.query(), rows: rows.length },
      });
      const name = `lentera-hunian-${q.dataset}${date ? `-${date}` : ''}.${q.format}`;
      c.header('content-disposition', `attachment; filename="${name}"`);
      if (q.format === 'xlsx') {
        c.header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
        await recorded;
        return c.body(xlsxStream(q.dataset, columns, rows));
      }
      c.header('content-type', 'text/csv; charset=utf-8');
      return c.body(csvStream(columns, rows, recorded));
    });
}
