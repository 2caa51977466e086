import { Hono } from 'hono';
import { z } from 'zod';
import { type AppEnv, signedIn } from '../http/env.ts';
import { dateRange, paging } from '../http/filters.ts';
import { allow } from '../http/permission.ts';
import { parseQuery } from '../http/validate.ts';
import type { AuditLog } from './service.ts';

const filter = {
  user: z.string().trim().min(1).max(100).optional(),
  action: z
    .string()
    .trim()
    .regex(/^[a-z_.]{1,60}$/, 'an action such as auth.login')
    .optional(),
  ...dateRange,
};
const listQuery = z.strictObject({ ...filter, ...paging({ limit: 100, max: 500 }) });

/** `/api/audit`: the admin reads and exports the audit trail (exports are audited too). */
export function auditRoutes(audit: AuditLog) {
  const routes = new Hono<AppEnv>()
    .get('/', allow('audit:read'), async (c) => c.json(await audit.query(parseQuery(c, listQuery))))
    .get('/export', allow('audit:read'), async (c) => {
      const body = await audit.exportCsv(signedIn(c), parseQuery(c, z.strictObject(filter)));
      c.header('content-type', 'text/csv; charset=utf-8');
      c.header('content-disposition', 'attachment; filename="lentera-audit.csv"');
      return c.body(body);
    });
  return new Hono<AppEnv>().route('/audit', routes);
}
