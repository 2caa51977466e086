import { Hono } from 'hono';
import { z } from 'zod';
import type { AuditLog } from '../audit.ts';
import { allow } from '../auth/permission.ts';
import { publicUser, type AuthService } from '../auth/service.ts';
import type { TokenStore } from '../auth/tokens.ts';
import type { AppEnv } from '../auth/types.ts';
import { idParam, parseJson } from '../http/validate.ts';

const loginBody = z.strictObject({ username: z.string().trim().min(1).max(100), password: z.string().min(1).max(200) });
const passwordBody = z.strictObject({ current_password: z.string().min(1).max(200), new_password: z.string().max(200) });
const tokenBody = z.strictObject({ name: z.string().trim().min(1).max(100) });

/** `/api/auth`: sign-in, sign-out, who am I, own password, personal API tokens. */
export function authRoutes(auth: AuthService, tokens: TokenStore, audit: AuditLog) {
  return new Hono<AppEnv>()
    .post('/login', allow('public'), async (c) => {
      const b = await parseJson(c, loginBody);
      return c.json({ ok: true as const, user: await auth.login(c, b.username, b.password) });
    })
    .post('/logout', allow('signed-in'), async (c) => {
      await auth.logout(c);
      return c.json({ ok: true as const });
    })
    .get('/me', allow('signed-in'), (c) => c.json({ ok: true as const, user: publicUser(c.get('user')!) }))
    .post('/password', allow('signed-in'), async (c) => {
      const b = await parseJson(c, passwordBody);
      await auth.changePassword(c, b.current_password, b.new_password);
      return c.json({ ok: true as const });
    })
    .get('/tokens', allow('signed-in'), async (c) => c.json({ rows: await tokens.list(c.get('user')!.id) }))
    .post('/tokens', allow('signed-in'), async (c) => {
      const b = await parseJson(c, tokenBody);
      const { token, info } = await tokens.create(c.get('user')!.id, b.name);
      await audit.record(c, { action: 'token.create', target: `token:${info.id}`, outcome: 'success', details: { name: b.name } });
      return c.json({ ok: true as const, token, info }, 201);
    })
    .delete('/tokens/:id', allow('signed-in'), async (c) => {
      const id = idParam(c);
      await tokens.revoke(c.get('user')!.id, id);
      await audit.record(c, { action: 'token.revoke', target: `token:${id}`, outcome: 'success' });
      return c.json({ ok: true as const });
    });
}
