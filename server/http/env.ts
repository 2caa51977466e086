import type { Context } from 'hono';
import type { Actor } from '../actor.ts';

/** Hono environment of every route: who is asking (set once by the authentication middleware). */
export interface AppEnv {
  Variables: {
    /** The signed-in user as an actor; null when anonymous. */
    actor: Actor | null;
    /** How the request was authenticated. */
    authVia: 'session' | 'token' | null;
    /** The hash of the session cookie, when signed in with one. */
    sessionHash: string | null;
  };
}

/** The client address: the socket's, as seen by @hono/node-server. */
export function clientIp(c: Context): string | null {
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  return env?.incoming?.socket?.remoteAddress ?? null;
}

/** The signed-in actor of a route that declared a permission other than `public` (its guard has checked it). */
export function signedIn(c: Context<AppEnv>): Actor {
  const a = c.get('actor');
  if (!a) throw new Error('No actor: the route must declare a permission that needs sign-in');
  return a;
}
