import type { Config } from './config.ts';
import { AuditLog } from './audit.ts';
import { AuthService } from './auth/service.ts';
import { SessionStore } from './auth/sessions.ts';
import { LoginThrottle } from './auth/throttle.ts';
import { TokenStore } from './auth/tokens.ts';
import { UserStore } from './auth/users.ts';
import type { Db } from './db/duckdb.ts';
import { OccupancyService } from './occupancy/service.ts';
import { sql } from './sql/index.ts';
import { join } from 'node:path';
import { llmBackend } from './llm/client.ts';
import { LitmasApi } from './litmas/api.ts';
import { GenerationLog } from './litmas/generation-log.ts';
import { LitmasService } from './litmas/service.ts';
import { CaseStore } from './litmas/store.ts';
import { loadTemplates } from './prompts.ts';
import { SettingsStore } from './settings.ts';

export type Services = Awaited<ReturnType<typeof createServices>>;

/** Wires the domain services over the two databases (analytics and application). */
export async function createServices(config: Config, db: Db, appDb: Db) {
  const listBapas = () => db.all<{ upt_code: string; name: string; kanwil: string }>(sql('bapas_list'));
  const users = new UserStore(appDb, async (code) => (await listBapas()).some((b) => b.upt_code === code));
  const sessions = await SessionStore.open(appDb, {
    idleMs: config.sessionIdleMinutes * 60_000,
    maxMs: config.sessionMaxHours * 3_600_000,
  });
  const tokens = new TokenStore(appDb);
  const audit = new AuditLog(appDb);
  const throttle = new LoginThrottle({
    maxFailures: config.loginMaxFailures,
    maxFailuresPerAddress: config.loginMaxFailures * 5,
    windowMs: 15 * 60_000,
    lockMs: config.loginLockMinutes * 60_000,
    stepDelayMs: 250,
    maxDelayMs: 2_000,
  });
  const auth = new AuthService(
    users,
    sessions,
    throttle,
    audit,
    { secure: config.secureCookies, publicOrigin: config.publicOrigin, maxAgeSeconds: config.sessionMaxHours * 3600 },
    tokens,
  );
  const settings = new SettingsStore(appDb);
  const cases = new CaseStore(appDb);
  const litmas = new LitmasApi({
    svc: new LitmasService(cases, new GenerationLog(appDb), audit),
    appDb,
    audit,
    users,
    settings,
    backend: llmBackend(config),
    templates: loadTemplates(join(config.rootDir, 'prompts')),
    bapasUnit: async (code) => (await listBapas()).find((b) => b.upt_code === code),
  });
  return { db, appDb, occupancy: new OccupancyService(db), users, sessions, tokens, audit, throttle, auth, listBapas, settings, litmas };
}
