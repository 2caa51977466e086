import { Hono } from 'hono';
import { deleteCookie, setCookie } from 'hono/cookie';
import { z } from 'zod';
import { ROLES } from '../../common/roles.ts';
import type { Config } from '../config.ts';
import { type AppEnv, clientIp, signedIn } from '../http/env.ts';
import { allow } from '../http/permission.ts';
import { idParam, parseJson } from '../http/validate.ts';
import type { Registry } from '../registry/service.ts';
import type { UserAdmin } from './admin.ts';
import { SESSION_COOKIE } from './middleware.ts';
import type { AuthService } from './service.ts';

const loginBody = z.strictObject({ username: z.string().trim().min(1).max(100), password: z.string().min(1).max(200) });
const passwordBody = z.strictObject({ current_password: z.string().min(1).max(200), new_password: z.string().max(200) });
const tokenBody = z.strictObject({ name: z.string().trim().min(1).max(100) });

const username = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9._-]{3,40}$/, '3–40 letters, digits, dot, dash or underscore');
const scope = {
  display_name: z.string().trim().min(1).max(100),
  role: z.enum(ROLES),
  bapas_code: z.string().trim().min(1).max(100).nullable().optional(),
  kanwil: z.string().trim().min(1).max(100).nullable().optional(),
};
const createBody = z.strictObject({ username, password: z.string().max(200), ...scope });
const patchBody = z.strictObject({ ...z.strictObject(scope).partial().shape, active: z.boolean().optional() });
const resetBody = z.strictObject({ password: z.string().max(200) });

/**
 * `/api/auth` (sign-in, sign-out, who am I, own password, personal API tokens) and
 * `/api/users` (the admin's user management).
 */
export function authRoutes(auth: AuthService, admin: UserAdmin, registry: Registry, config: Config) {
  const authApp = new Hono<AppEnv>()
    .post('/login', allow('public'), async (c) => {
      const b = await parseJson(c, loginBody);
      const { sessionId, user } = await auth.login({ ...b, ip: clientIp(c), userAgent: c.req.header('user-agent') ?? null });
      setCookie(c, SESSION_COOKIE, sessionId, {
        httpOnly: true,
        sameSite: 'Lax',
        secure: config.secureCookies || new URL(c.req.url).protocol === 'https:' || config.publicOrigin.startsWith('https:'),
        path: '/',
        maxAge: config.sessionMaxHours * 3600,
      });
      return c.json({ ok: true as const, user });
    })
    .post('/logout', allow('signed-in'), async (c) => {
      await auth.logout(signedIn(c), c.get('sessionHash'));
      deleteCookie(c, SESSION_COOKIE, { path: '/' });
      return c.json({ ok: true as const });
    })
    .get('/me', allow('signed-in'), async (c) => c.json({ ok: true as const, user: await auth.me(signedIn(c)) }))
    .post('/password', allow('signed-in'), async (c) => {
      const b = await parseJson(c, passwordBody);
      await auth.changePassword(signedIn(c), b.current_password, b.new_password, c.get('sessionHash'));
      return c.json({ ok: true as const });
    })
    .get('/tokens', allow('signed-in'), async (c) => c.json({ rows: await auth.listTokens(signedIn(c)) }))
    .post('/tokens', allow('signed-in'), async (c) => {
      const b = await parseJson(c, tokenBody);
      const { token, info } = await auth.createToken(signedIn(c), b.name);
      return c.json({ ok: true as const, token, info }, 201);
    })
    .delete('/tokens/:id', allow('signed-in'), async (c) => {
      await auth.revokeToken(signedIn(c), idParam(c));
      return c.json({ ok: true as const });
    });

  const users = new Hono<AppEnv>()
    .get('/', allow('users:manage'), async (c) => c.json({ rows: await admin.list() }))
    .get('/bapas', allow('users:manage'), async (c) => c.json({ rows: await registry.listBapas() }))
    .post('/', allow('users:manage'), async (c) => {
      const b = await parseJson(c, createBody);
      return c.json({ ok: true as const, user: await admin.create(signedIn(c), b) }, 201);
    })
    .patch('/:id', allow('users:manage'), async (c) => {
      const id = idParam(c);
      const b = await parseJson(c, patchBody);
      return c.json({ ok: true as const, user: await admin.update(signedIn(c), id, b) });
    })
    .post('/:id/password', allow('users:manage'), async (c) => {
      const id = idParam(c);
      const b = await parseJson(c, resetBody);
      await admin.resetPassword(signedIn(c), id, b.password);
      return c.json({ ok: true as const });
    });

  return new Hono<AppEnv>().route('/auth', authApp).route('/users', users);
}
