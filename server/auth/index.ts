import { join } from 'node:path';
import type { Module } from '../module.ts';
import { UserAdmin } from './admin.ts';
import { authRoutes } from './routes.ts';
import { AuthService } from './service.ts';
import { SessionStore } from './sessions.ts';
import { LoginThrottle } from './throttle.ts';
import { TokenStore } from './tokens.ts';
import { UserStore } from './users.ts';

declare module '../module.ts' {
  interface Services {
    users: UserStore;
    sessions: SessionStore;
    tokens: TokenStore;
    throttle: LoginThrottle;
    auth: AuthService;
    userAdmin: UserAdmin;
  }
}

/** Sign-in, sessions, personal tokens and user management (`/api/auth`, `/api/users`). */
export const auth: Module = {
  name: 'auth',
  database: 'app',
  migrations: [join(import.meta.dirname, 'schema.sql')],
  create: async ({ config, appDb, registry, audit }) => {
    const users = new UserStore(appDb, async (code) => (await registry.bapas(code)) !== undefined);
    const sessions = await SessionStore.open(appDb, {
      idleMs: config.sessionIdleMinutes * 60_000,
      maxMs: config.sessionMaxHours * 3_600_000,
    });
    const tokens = new TokenStore(appDb);
    const throttle = new LoginThrottle({
      maxFailures: config.loginMaxFailures,
      maxFailuresPerAddress: config.loginMaxFailures * 5,
      windowMs: 15 * 60_000,
      lockMs: config.loginLockMinutes * 60_000,
      stepDelayMs: 250,
      maxDelayMs: 2_000,
    });
    const auth = new AuthService(users, sessions, throttle, audit, tokens);
    return { users, sessions, tokens, throttle, auth, userAdmin: new UserAdmin(users, sessions, tokens, audit) };
  },
  routes: ({ services: s }) => authRoutes(s.auth, s.userAdmin, s.registry, s.config),
};
