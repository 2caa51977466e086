import { Hono } from 'hono';
import { z } from 'zod';
import type { AuditLog } from '../audit.ts';
import { allow } from '../auth/permission.ts';
import type { AppEnv } from '../auth/types.ts';
import { csvStream } from '../occupancy/export.ts';
import { isoDate, parseQuery } from '../http/validate.ts';

const filter = {
  user: z.string().trim().min(1).max(100).optional(),
  action: z
    .string()
    .trim()
    .regex(/^[a-z_.]{1,60}$/, 'an action such as auth.login')
    .optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
};
const listQuery = z.strictObject({
  ...filter,
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).default(0),
});
const COLUMNS = ['id', 'at', 'username', 'role', 'action', 'target', 'outcome', 'ip', 'details'];

/** `/api/audit`: the admin reads and exports the audit trail (exports are audited too). */
export function auditRoutes(audit: AuditLog) {
  return new Hono<AppEnv>()
    .get('/', allow('audit:read'), async (c) => c.json(await audit.query(parseQuery(c, listQuery))))
    .get('/export', allow('audit:read'), async (c) => {
      const q = parseQuery(c, z.strictObject(filter));
      const { rows } = await audit.query({ ...q, limit: 1_000_000, offset: 0 });
      await audit.record(c, { action: 'audit.export', outcome: 'success', details: { filter: q, rows: rows.length } });
      c.header('content-type', 'text/csv; charset=utf-8');
      c.header('content-disposition', 'attachment; filename="lentera-audit.csv"');
      return c.body(csvStream(COLUMNS, rows as never));
    });
}
