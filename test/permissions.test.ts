import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allow, declaredPermission, denyUndeclared } from '../server/http/permission.ts';
import { PERMISSIONS, ROLES, roleHas, type Permission, type Role } from '../common/roles.ts';
import { onError } from '../server/http/errors.ts';
import { fixtureApp, type Res } from './helpers/app.ts';

let t: Awaited<ReturnType<typeof fixtureApp>>;
beforeAll(async () => {
  t = await fixtureApp();
});
afterAll(() => t.close());

/** Every API endpoint of the real router with the permission its handlers declare. */
function endpoints(): { method: string; path: string; permission: Permission | undefined }[] {
  const groups = new Map<string, { method: string; path: string; permission: Permission | undefined }>();
  for (const r of t.app.routes) {
    if (r.method === 'ALL' || !r.path.startsWith('/api')) continue;
    const key = `${r.method} ${r.path}`;
    const g = groups.get(key) ?? { method: r.method, path: r.path, permission: undefined };
    g.permission ??= declaredPermission(r.handler);
    groups.set(key, g);
  }
  return [...groups.values()];
}

const concrete = (path: string) => path.replace(':code', 'RIAU-LAPAS-A').replace(/:id\b/, '999');

describe('route permissions (enumerated from the router)', () => {
  it('finds the routes, and every one declares a permission', () => {
    const all = endpoints();
    expect(all.length).toBeGreaterThan(15);
    expect(all.filter((e) => !e.permission).map((e) => `${e.method} ${e.path}`)).toEqual([]);
  });

  it('lets exactly the roles that hold each permission through', async () => {
    const failures: string[] = [];
    for (const e of endpoints()) {
      for (const who of [...ROLES, 'anonymous'] as const) {
        // Logging out ends the session it is sent with: use a throwaway one.
        const as = who !== 'anonymous' && e.path === '/api/auth/logout' ? { cookie: await t.login(who) } : who;
        const res: Res = await t.req(e.method, concrete(e.path), { as, body: e.method === 'GET' ? undefined : {} });
        const expected = e.permission === 'public' ? 'through' : who === 'anonymous' ? 401 : roleHas(who as Role, e.permission!) ? 'through' : 403;
        const got = res.status === 401 || res.status === 403 ? res.status : 'through';
        // A handler may refuse on its own terms once through (e.g. 403 for self-demotion is 409 here).
        if (got !== expected) failures.push(`${e.method} ${e.path} as ${who}: expected ${expected}, got ${res.status}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('keeps dashboards from researchers and supervisors, users and audit for admins', () => {
    expect(PERMISSIONS['dashboard:read']).toEqual(['admin', 'planner', 'analyst']);
    expect(PERMISSIONS['users:manage']).toEqual(['admin']);
    expect(PERMISSIONS['audit:read']).toEqual(['admin']);
  });
});

describe('default deny', () => {
  it('refuses a route that declares no permission, for everyone', async () => {
    const app = new Hono();
    app.onError(onError(() => {}));
    app.use('*', async (c, next) => {
      c.set('user' as never, { role: 'admin' } as never);
      await next();
    });
    app.use('*', denyUndeclared() as never);
    app.get('/api/declared', allow('public') as never, (c) => c.text('ok'));
    app.get('/api/forgotten', (c) => c.text('leak'));
    expect((await app.request('/api/declared')).status).toBe(200);
    const res = await app.request('/api/forgotten');
    expect(res.status).toBe(403);
    expect(await res.json()).toMatchObject({ ok: false, error: 'This route declares no permission' });
  });
});
