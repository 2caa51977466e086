import { join } from 'node:path';
import type { Module } from '../module.ts';
import { remissionRoutes } from './routes.ts';
import { seedRemission } from './seed.ts';
import { RemissionService } from './service.ts';

declare module '../module.ts' {
  interface Services {
    remission: RemissionService;
  }
}

/** Remission granted at every round: rounds, years, Kanwil, units, exports (`/api/remission`). */
export const remission: Module = {
  name: 'remission',
  database: 'analytics',
  migrations: [join(import.meta.dirname, 'schema.sql')],
  seed: (s) => seedRemission(s.db, s.config.seedDir),
  create: (s) => ({ remission: new RemissionService(s.db, s.registry, s.config.foodCostPerDayIdr) }),
  routes: ({ services: s }) => remissionRoutes(s.remission, s.audit),
};
