import type { Context, MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { actorOf } from '../actor.ts';
import { clientIp, type AppEnv } from '../http/env.ts';
import { ApiError } from '../http/errors.ts';
import type { SessionStore } from './sessions.ts';
import { sha256 } from './sessions.ts';
import type { TokenStore } from './tokens.ts';
import type { AuthUser } from './types.ts';
import type { UserStore } from './users.ts';

export const SESSION_COOKIE = 'lentera_session';

/** Finds who is asking: a bearer token, else the session cookie. Sets `actor` (null when anonymous). */
export function authenticate(sessions: SessionStore, tokens: TokenStore, users: UserStore): MiddlewareHandler<AppEnv> {
  const load = async (id: number): Promise<AuthUser | null> => {
    const u = await users.get(id);
    return u?.active ? u : null;
  };
  return async (c, next) => {
    c.set('actor', null);
    c.set('authVia', null);
    c.set('sessionHash', null);
    const auth = c.req.header('authorization');
    if (auth) {
      const m = /^Bearer\s+(\S+)$/i.exec(auth);
      const userId = m ? await tokens.check(m[1]) : undefined;
      const user = userId !== undefined ? await load(userId) : null;
      if (!user) throw new ApiError(401, 'Invalid or revoked API token');
      c.set('actor', actorOf(user, clientIp(c)));
      c.set('authVia', 'token');
    } else {
      const sid = getCookie(c, SESSION_COOKIE);
      const session = sid ? await sessions.check(sid) : undefined;
      const user = session ? await load(session.user_id) : null;
      if (user) {
        c.set('actor', actorOf(user, clientIp(c)));
        c.set('authVia', 'session');
        c.set('sessionHash', sha256(sid!));
      }
    }
    await next();
  };
}

/** The app's own origin: configured behind a proxy, else the one the request was sent to. */
function ownOrigin(c: Context, publicOrigin: string): string {
  if (publicOrigin) return publicOrigin;
  const url = new URL(c.req.url);
  const host = c.req.header('host') ?? url.host;
  return `${url.protocol}//${host}`;
}

function originOf(value: string | undefined): string | null {
  if (!value) return null;
  try {
    return new URL(value).origin;
  } catch {
    return 'invalid';
  }
}

/**
 * CSRF defence for every state-changing request a browser could send: with a session
 * cookie, its Origin (or Referer) must be the app's own; without a cookie, a foreign
 * Origin is refused too (login CSRF). Bearer-token requests are exempt.
 */
export function originCheck(publicOrigin: string): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const method = c.req.method;
    if (method === 'GET' || method === 'HEAD' || method === 'OPTIONS' || c.req.header('authorization')) return next();
    const origin = originOf(c.req.header('origin')) ?? originOf(c.req.header('referer'));
    const hasCookie = getCookie(c, SESSION_COOKIE) !== undefined;
    if (origin === null ? hasCookie : origin !== ownOrigin(c, publicOrigin)) {
      throw new ApiError(403, 'Cross-site request refused (Origin check)');
    }
    await next();
  };
}
