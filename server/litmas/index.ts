import { join } from 'node:path';
import type { Module } from '../module.ts';
import { LitmasApi } from './api.ts';
import { GenerationLog } from './generation-log.ts';
import { litmasRoutes } from './routes.ts';
import { LitmasService } from './service.ts';
import { CaseStore } from './store.ts';

declare module '../module.ts' {
  interface Services {
    litmas: LitmasApi;
  }
}

/** Litmas: cases, grounded drafts (offline or an LLM), review, documents (`/api/litmas`). */
export const litmas: Module = {
  name: 'litmas',
  database: 'app',
  migrations: [join(import.meta.dirname, 'schema.sql')],
  create: (s) => ({
    litmas: new LitmasApi({
      svc: new LitmasService(new CaseStore(s.appDb), new GenerationLog(s.appDb), s.audit),
      appDb: s.appDb,
      audit: s.audit,
      users: s.users,
      settings: s.settings,
      registry: s.registry,
      backend: s.llm,
      templates: s.templates,
    }),
  }),
  routes: ({ services: s }) => litmasRoutes(s.litmas),
};
