import { join } from 'node:path';
import type { Module } from '../module.ts';
import { settingsRoutes } from './routes.ts';
import { Settings } from './service.ts';

declare module '../module.ts' {
  interface Services {
    settings: Settings;
  }
}

/** Admin settings (`/api/settings`): which LLM hosts may receive clear text. */
export const settings: Module = {
  name: 'settings',
  database: 'app',
  migrations: [join(import.meta.dirname, 'schema.sql')],
  create: (s) => ({ settings: new Settings(s.appDb, s.audit, s.llm) }),
  routes: ({ services: s }) => settingsRoutes(s.settings),
};
