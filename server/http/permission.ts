import type { Context, MiddlewareHandler } from 'hono';
import { matchedRoutes } from 'hono/route';
import { ApiError } from './errors.ts';
import { roleHas, type Permission } from '../../common/roles.ts';
import type { AppEnv } from './env.ts';

const PERMISSION = Symbol('permission');

type Guard = MiddlewareHandler<AppEnv> & { [PERMISSION]: Permission };

/**
 * Declares the permission a route needs; put it first in the route's handlers:
 * `.get('/x', allow('dashboard:read'), handler)`. 401 without a user, 403 for a role
 * that lacks it.
 */
export function allow(permission: Permission): Guard {
  const guard = (async (c, next) => {
    if (permission !== 'public') {
      const actor = c.get('actor');
      if (!actor) throw new ApiError(401, 'Sign-in required');
      if (!roleHas(actor.role, permission)) throw new ApiError(403, `Role ${actor.role} may not do this (${permission})`);
    }
    await next();
  }) as Guard;
  guard[PERMISSION] = permission;
  return guard;
}

/** The permission a handler declares, if it is a guard made by `allow()`. */
export function declaredPermission(handler: unknown): Permission | undefined {
  return (handler as Partial<Guard> | null)?.[PERMISSION];
}

/**
 * Default deny: a request whose endpoint declares no permission is refused for
 * everyone, so a route added without `allow()` cannot leak. The endpoint is the first
 * matched non-middleware route under /api (middleware is registered with `use`, i.e.
 * method ALL); a request that matches none falls through to the 404.
 */
export function denyUndeclared(): MiddlewareHandler<AppEnv> {
  return async (c: Context<AppEnv>, next) => {
    const routes = matchedRoutes(c).filter((r) => r.method !== 'ALL' && r.path.startsWith('/api'));
    const first = routes[0];
    if (first) {
      const group = routes.filter((r) => r.method === first.method && r.path === first.path);
      if (!group.some((r) => declaredPermission(r.handler) !== undefined)) {
        throw new ApiError(403, 'This route declares no permission');
      }
    }
    await next();
  };
}
