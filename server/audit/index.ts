import { join } from 'node:path';
import type { Module } from '../module.ts';
import { auditRoutes } from './routes.ts';
import { AuditLog } from './service.ts';

declare module '../module.ts' {
  interface Services {
    audit: AuditLog;
  }
}

/** The append-only audit trail (`/api/audit`); every module records through its service. */
export const audit: Module = {
  name: 'audit',
  database: 'app',
  migrations: [join(import.meta.dirname, 'schema.sql')],
  create: (s) => ({ audit: new AuditLog(s.appDb) }),
  routes: ({ services: s }) => auditRoutes(s.audit),
};
