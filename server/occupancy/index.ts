import { join } from 'node:path';
import type { Module } from '../module.ts';
import type { SnapshotCalendar } from './dates.ts';
import { occupancyRoutes } from './routes.ts';
import { seedOccupancy } from './seed.ts';
import { OccupancyService } from './service.ts';

declare module '../module.ts' {
  interface Services {
    occupancy: OccupancyService;
    /** The snapshot dates of the analytics data (`/api/meta` and the health check read them). */
    snapshots: SnapshotCalendar;
  }
}

/** How full every unit is: summary, trend, Kanwil, units, exports (`/api/occupancy`). */
export const occupancy: Module = {
  name: 'occupancy',
  database: 'analytics',
  migrations: [join(import.meta.dirname, 'schema.sql')],
  seed: (s) => seedOccupancy(s.db, s.config.seedDir),
  create: (s) => {
    const svc = new OccupancyService(s.db, s.registry);
    return { occupancy: svc, snapshots: svc.calendar };
  },
  routes: ({ services: s }) => occupancyRoutes(s.occupancy, s.audit),
};
