import type { Role } from '../../common/roles.ts';

/** The signed-in user as routes see it. */
export interface AuthUser {
  id: number;
  username: string;
  display_name: string;
  role: Role;
  bapas_code: string | null;
  kanwil: string | null;
  active: boolean;
}

/** How the request was authenticated. */
export type AuthVia = 'session' | 'token';

export interface AuthVars {
  user: AuthUser | null;
  authVia: AuthVia | null;
  sessionHash: string | null;
}

/** Hono environment of every route: the signed-in user, if any. */
export interface AppEnv {
  Variables: AuthVars;
}
