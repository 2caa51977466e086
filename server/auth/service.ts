import type { SessionUser, TokenInfo } from '../../common/auth.ts';
import { permissionsOf } from '../../common/roles.ts';
import type { Actor } from '../actor.ts';
import type { AuditLog } from '../audit/service.ts';
import { ApiError } from '../http/errors.ts';
import { DUMMY_HASH, verifyPassword } from './passwords.ts';
import type { SessionStore } from './sessions.ts';
import type { LoginThrottle } from './throttle.ts';
import type { TokenStore } from './tokens.ts';
import type { AuthUser } from './types.ts';
import { checkPasswordPolicy, type UserStore } from './users.ts';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Public view of a user (never the password hash) with what the role may do. */
export function publicUser(u: AuthUser): SessionUser {
  const { id, username, display_name, role, bapas_code, kanwil } = u;
  return { id, username, display_name, role, bapas_code, kanwil, permissions: permissionsOf(role) };
}

/** A sign-in attempt as the client sent it. */
export interface LoginAttempt {
  username: string;
  password: string;
  ip: string | null;
  userAgent: string | null;
}

/** 429 with the seconds to wait. */
const locked = (ms: number, message: string) => new ApiError(429, message, undefined, { 'retry-after': String(Math.ceil(ms / 1000)) });

/** Sign-in, sign-out, password changes and personal tokens, each audited. */
export class AuthService {
  constructor(
    private readonly users: UserStore,
    private readonly sessions: SessionStore,
    private readonly throttle: LoginThrottle,
    private readonly audit: AuditLog,
    private readonly tokens: TokenStore,
  ) {}

  /** Checks a sign-in and starts a session: the secret session id (for the cookie) and the user. */
  async login(a: LoginAttempt): Promise<{ sessionId: string; user: SessionUser }> {
    const name = a.username.trim().toLowerCase();
    const keys = [`u:${name}`, `ip:${a.ip ?? '?'}`];
    const userKey = [keys[0]];
    const who = { id: null, username: name, role: null } as const;
    const lockedMs = this.throttle.lockedFor(keys);
    if (lockedMs > 0) {
      await this.audit.record(null, { action: 'auth.login', outcome: 'denied', user: who, ip: a.ip, details: { reason: 'locked' } });
      throw locked(lockedMs, 'Too many failed sign-ins: try again later');
    }
    // The delay follows the user's failures; an address (maybe a whole office behind
    // NAT) is only locked, at a higher threshold. The attempt is counted before any
    // await, so attempts made at once all count against the lock.
    const delay = this.throttle.delayFor(userKey);
    this.throttle.failure(keys);
    const found = await this.users.byUsername(name);
    // Hash even when there is no such user, so the answer time does not tell.
    const ok = await verifyPassword(a.password, found?.password_hash ?? DUMMY_HASH);
    if (!found || !ok || !found.active) {
      await this.audit.record(null, {
        action: 'auth.login',
        outcome: 'failure',
        user: found ? { id: found.id, username: found.username, role: found.role } : who,
        ip: a.ip,
        details: { reason: !found ? 'unknown user' : !ok ? 'wrong password' : 'inactive' },
      });
      await sleep(delay);
      throw new ApiError(401, 'Invalid username or password');
    }
    this.throttle.forgive([keys[1]]);
    this.throttle.success(userKey);
    const sessionId = await this.sessions.create(found.id, a.ip, a.userAgent);
    await this.audit.record(null, { action: 'auth.login', outcome: 'success', user: found, ip: a.ip });
    return { sessionId, user: publicUser(found) };
  }

  /** Ends the actor's session (by its hash, when signed in with a cookie). */
  async logout(actor: Actor, sessionHash: string | null): Promise<void> {
    if (sessionHash) await this.sessions.end(sessionHash);
    await this.audit.record(actor, { action: 'auth.logout', outcome: 'success' });
  }

  /** The signed-in user with what the role may do. */
  async me(actor: Actor): Promise<SessionUser> {
    const u = await this.users.get(actor.userId);
    if (!u) throw new ApiError(401, 'Sign-in required');
    return publicUser(u);
  }

  /** Changes the actor's password; their other sessions (all but `keepSession`) and API tokens end. */
  async changePassword(actor: Actor, current: string, next: string, keepSession: string | null): Promise<void> {
    checkPasswordPolicy(next, 'new_password'); // a too-short new password is no guess
    const key = [`u:${actor.username}`];
    // Guessing the current password from a stolen session is throttled like a login.
    const lockedMs = this.throttle.lockedFor(key);
    if (lockedMs > 0) {
      await this.audit.record(actor, { action: 'auth.password_change', outcome: 'denied', details: { reason: 'locked' } });
      throw locked(lockedMs, 'Too many wrong passwords: try again later');
    }
    const rec = await this.users.byUsername(actor.username);
    this.throttle.failure(key);
    if (!rec || !(await verifyPassword(current, rec.password_hash))) {
      await this.audit.record(actor, { action: 'auth.password_change', outcome: 'failure', details: { reason: 'wrong current password' } });
      throw ApiError.invalid([{ field: 'current_password', code: 'wrong_password', message: 'the current password is wrong' }], 'Wrong password');
    }
    this.throttle.forgive(key);
    await this.users.setPassword(actor.userId, next, 'new_password');
    const ended = await this.sessions.endAllOf(actor.userId, keepSession ?? undefined);
    const revoked = await this.tokens.revokeAll(actor.userId);
    await this.audit.record(actor, { action: 'auth.password_change', outcome: 'success', details: { other_sessions_ended: ended, tokens_revoked: revoked } });
  }

  /** The actor's personal API tokens. */
  listTokens(actor: Actor): Promise<TokenInfo[]> {
    return this.tokens.list(actor.userId);
  }

  /** Creates a personal API token; its secret is in this answer only (audited). */
  async createToken(actor: Actor, name: string): Promise<{ token: string; info: TokenInfo }> {
    const created = await this.tokens.create(actor.userId, name);
    await this.audit.record(actor, { action: 'token.create', target: `token:${created.info.id}`, outcome: 'success', details: { name } });
    return created;
  }

  /** Revokes one of the actor's tokens (audited). */
  async revokeToken(actor: Actor, id: number): Promise<void> {
    await this.tokens.revoke(actor.userId, id);
    await this.audit.record(actor, { action: 'token.revoke', target: `token:${id}`, outcome: 'success' });
  }
}
