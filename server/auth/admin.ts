import type { UserRecord } from '../../common/auth.ts';
import type { Actor } from '../actor.ts';
import type { AuditLog } from '../audit/service.ts';
import { ApiError } from '../http/errors.ts';
import type { SessionStore } from './sessions.ts';
import type { TokenStore } from './tokens.ts';
import type { NewUser, UserPatch, UserStore } from './users.ts';

/** The admin's user management: every change is audited, and takes effect on sessions and tokens at once. */
export class UserAdmin {
  constructor(
    private readonly users: UserStore,
    private readonly sessions: SessionStore,
    private readonly tokens: TokenStore,
    private readonly audit: AuditLog,
  ) {}

  list(): Promise<UserRecord[]> {
    return this.users.list();
  }

  async create(actor: Actor, u: NewUser): Promise<UserRecord> {
    const created = await this.users.create(u);
    await this.audit.record(actor, {
      action: 'user.create',
      target: `user:${created.username}`,
      outcome: 'success',
      details: { role: created.role, bapas_code: created.bapas_code },
    });
    return created;
  }

  async update(actor: Actor, id: number, patch: UserPatch): Promise<UserRecord> {
    if (id === actor.userId && (patch.active === false || (patch.role && patch.role !== 'admin'))) {
      throw new ApiError(409, 'You cannot deactivate or demote yourself');
    }
    const u = await this.users.update(id, patch);
    // Deactivation and role changes take effect at once: end the user's sessions.
    const ended = patch.active === false || patch.role || patch.bapas_code !== undefined ? await this.sessions.endAllOf(id) : 0;
    // A deactivated user's tokens die with it: reactivation does not bring them back.
    const revoked = patch.active === false ? await this.tokens.revokeAll(id) : 0;
    await this.audit.record(actor, {
      action: 'user.update',
      target: `user:${u.username}`,
      outcome: 'success',
      details: { changes: patch, sessions_ended: ended, tokens_revoked: revoked },
    });
    return u;
  }

  /** Sets a new password; the user's sessions and tokens end. */
  async resetPassword(actor: Actor, id: number, password: string): Promise<void> {
    const u = await this.users.get(id);
    if (!u) throw ApiError.notFound(`No user ${id}`);
    await this.users.setPassword(id, password);
    const ended = await this.sessions.endAllOf(id);
    const revoked = await this.tokens.revokeAll(id);
    await this.audit.record(actor, {
      action: 'user.password_reset',
      target: `user:${u.username}`,
      outcome: 'success',
      details: { sessions_ended: ended, tokens_revoked: revoked },
    });
  }
}
