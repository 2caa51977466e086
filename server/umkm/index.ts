import { join } from 'node:path';
import type { Module } from '../module.ts';
import { umkmRoutes } from './routes.ts';
import { seedUmkm } from './seed.ts';
import { UmkmService } from './service.ts';

declare module '../module.ts' {
  interface Services {
    umkm: UmkmService;
  }
}

/** Inmate work programmes (UMKM) and food security: months, categories, Kanwil, units, products, food (`/api/umkm`). */
export const umkm: Module = {
  name: 'umkm',
  database: 'analytics',
  migrations: [join(import.meta.dirname, 'schema.sql')],
  seed: (s) => seedUmkm(s.db, s.config.seedDir),
  create: (s) => ({ umkm: new UmkmService(s.db, s.registry) }),
  routes: ({ services: s }) => umkmRoutes(s.umkm, s.audit),
};
