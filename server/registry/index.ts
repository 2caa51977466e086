import { join } from 'node:path';
import type { Module } from '../module.ts';
import { registryRoutes } from './routes.ts';
import { seedRegistry } from './seed.ts';
import { Registry } from './service.ts';

declare module '../module.ts' {
  interface Services {
    registry: Registry;
  }
}

/** The unit registry: units, Kanwil, provinces, map (`/api/meta`, `/api/geo`). */
export const registry: Module = {
  name: 'registry',
  database: 'analytics',
  migrations: [join(import.meta.dirname, 'schema.sql')],
  seed: (s) => seedRegistry(s.db, s.config.seedDir, join(s.config.rootDir, 'data', 'geo')),
  create: (s) => ({ registry: new Registry(s.db, join(s.config.rootDir, 'data', 'geo')) }),
  routes: ({ services }) => registryRoutes(services),
};
