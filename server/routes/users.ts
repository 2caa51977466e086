import { Hono } from 'hono';
import { z } from 'zod';
import type { AuditLog } from '../audit.ts';
import { allow } from '../auth/permission.ts';
import { ROLES } from '../../common/roles.ts';
import type { SessionStore } from '../auth/sessions.ts';
import type { TokenStore } from '../auth/tokens.ts';
import type { AppEnv } from '../auth/types.ts';
import type { UserStore } from '../auth/users.ts';
import { ApiError } from '../http/errors.ts';
import { idParam, parseJson } from '../http/validate.ts';

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

/** `/api/users`: the admin's user management. Every change is audited. */
export function userRoutes(users: UserStore, sessions: SessionStore, tokens: TokenStore, audit: AuditLog, listBapas: () => Promise<unknown[]>) {
  return new Hono<AppEnv>()
    .get('/', allow('users:manage'), async (c) => c.json({ rows: await users.list() }))
    .get('/bapas', allow('users:manage'), async (c) => c.json({ rows: await listBapas() }))
    .post('/', allow('users:manage'), async (c) => {
      const b = await parseJson(c, createBody);
      const u = await users.create(b);
      await audit.record(c, { action: 'user.create', target: `user:${u.username}`, outcome: 'success', details: { role: u.role, bapas_code: u.bapas_code } });
      return c.json({ ok: true as const, user: u }, 201);
    })
    .patch('/:id', allow('users:manage'), async (c) => {
      const id = idParam(c);
      const b = await parseJson(c, patchBody);
      if (id === c.get('user')!.id && (b.active === false || (b.role && b.role !== 'admin'))) {
        throw new ApiError(409, 'You cannot deactivate or demote yourself');
      }
      const u = await users.update(id, b);
      // Deactivation and role changes take effect at once: end the user's sessions.
      const ended = b.active === false || b.role || b.bapas_code !== undefined ? await sessions.endAllOf(id) : 0;
      // A deactivated user's tokens die with it: reactivation does not bring them back.
      const revoked = b.active === false ? await tokens.revokeAll(id) : 0;
      await audit.record(c, {
        action: 'user.update',
        target: `user:${u.username}`,
        outcome: 'success',
        details: { changes: b, sessions_ended: ended, tokens_revoked: revoked },
      });
      return c.json({ ok: true as const, user: u });
    })
    .post('/:id/password', allow('users:manage'), async (c) => {
      const id = idParam(c);
      const b = await parseJson(c, resetBody);
      const u = await users.get(id);
      if (!u) throw ApiError.notFound(`No user ${id}`);
      await users.setPassword(id, b.password);
      const ended = await sessions.endAllOf(id);
      const revoked = await tokens.revokeAll(id);
      await audit.record(c, {
        action: 'user.password_reset',
        target: `user:${u.username}`,
        outcome: 'success',
        details: { sessions_ended: ended, tokens_revoked: revoked },
      });
      return c.json({ ok: true as const });
    });
}
