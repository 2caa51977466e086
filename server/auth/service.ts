import type { Context } from 'hono';
import { deleteCookie, setCookie } from 'hono/cookie';
import type { AuditLog } from '../audit.ts';
import { clientIp } from '../audit.ts';
import { ApiError } from '../http/errors.ts';
import { SESSION_COOKIE } from './middleware.ts';
import { DUMMY_HASH, verifyPassword } from './passwords.ts';
import { permissionsOf } from '../../common/roles.ts';
import type { SessionUser } from '../../common/auth.ts';
import type { SessionStore } from './sessions.ts';
import type { LoginThrottle } from './throttle.ts';
import type { TokenStore } from './tokens.ts';
import type { AppEnv, AuthUser } from './types.ts';
import { checkPasswordPolicy, type UserStore } from './users.ts';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export interface CookiePolicy {
  secure: boolean;
  /** The public origin behind a proxy: an https one makes the cookie Secure. */
  publicOrigin: string;
  maxAgeSeconds: number;
}

/** Public view of a user (never the password hash) with what the role may do. */
export function publicUser(u: AuthUser): SessionUser {
  const { id, username, display_name, role, bapas_code, kanwil } = u;
  return { id, username, display_name, role, bapas_code, kanwil, permissions: permissionsOf(role) };
}

/** Sign-in, sign-out and password changes, each audited. */
export class AuthService {
  constructor(
    private readonly users: UserStore,
    private readonly sessions: SessionStore,
    private readonly throttle: LoginThrottle,
    private readonly audit: AuditLog,
    private readonly cookie: CookiePolicy,
    private readonly tokens: TokenStore,
  ) {}

  async login(c: Context<AppEnv>, username: string, password: string) {
    const name = username.trim().toLowerCase();
    const keys = [`u:${name}`, `ip:${clientIp(c) ?? '?'}`];
    const userKey = [keys[0]];
    const who = { id: null, username: name, role: null } as const;
    const locked = this.throttle.lockedFor(keys);
    if (locked > 0) {
      await this.audit.record(c, { action: 'auth.login', outcome: 'denied', user: who, details: { reason: 'locked' } });
      c.header('retry-after', String(Math.ceil(locked / 1000)));
      throw new ApiError(429, 'Too many failed sign-ins: try again later');
    }
    // The delay follows the user's failures; an address (maybe a whole office behind
    // NAT) is only locked, at a higher threshold. The attempt is counted before any
    // await, so attempts made at once all count against the lock.
    const delay = this.throttle.delayFor(userKey);
    this.throttle.failure(keys);
    const found = await this.users.byUsername(name);
    // Hash even when there is no such user, so the answer time does not tell.
    const ok = await verifyPassword(password, found?.password_hash ?? DUMMY_HASH);
    if (!found || !ok || !found.active) {
      await this.audit.record(c, {
        action: 'auth.login',
        outcome: 'failure',
        user: found ? { id: found.id, username: found.username, role: found.role } : who,
        details: { reason: !found ? 'unknown user' : !ok ? 'wrong password' : 'inactive' },
      });
      await sleep(delay);
      throw new ApiError(401, 'Invalid username or password');
    }
    this.throttle.forgive([keys[1]]);
    this.throttle.success(userKey);
    const sid = await this.sessions.create(found.id, clientIp(c), c.req.header('user-agent') ?? null);
    setCookie(c, SESSION_COOKIE, sid, {
      httpOnly: true,
      sameSite: 'Lax',
      secure: this.cookie.secure || new URL(c.req.url).protocol === 'https:' || this.cookie.publicOrigin.startsWith('https:'),
      path: '/',
      maxAge: this.cookie.maxAgeSeconds,
    });
    await this.audit.record(c, { action: 'auth.login', outcome: 'success', user: found });
    return publicUser(found);
  }

  async logout(c: Context<AppEnv>) {
    const h = c.get('sessionHash');
    if (h) await this.sessions.end(h);
    deleteCookie(c, SESSION_COOKIE, { path: '/' });
    await this.audit.record(c, { action: 'auth.logout', outcome: 'success' });
  }

  /** Changes the signed-in user's password; other sessions and the user's API tokens end. */
  async changePassword(c: Context<AppEnv>, current: string, next: string) {
    const user = c.get('user')!;
    checkPasswordPolicy(next, 'new_password'); // a too-short new password is no guess
    const key = [`u:${user.username}`];
    // Guessing the current password from a stolen session is throttled like a login.
    const locked = this.throttle.lockedFor(key);
    if (locked > 0) {
      await this.audit.record(c, { action: 'auth.password_change', outcome: 'denied', details: { reason: 'locked' } });
      c.header('retry-after', String(Math.ceil(locked / 1000)));
      throw new ApiError(429, 'Too many wrong passwords: try again later');
    }
    const rec = await this.users.byUsername(user.username);
    this.throttle.failure(key);
    if (!rec || !(await verifyPassword(current, rec.password_hash))) {
      await this.audit.record(c, { action: 'auth.password_change', outcome: 'failure', details: { reason: 'wrong current password' } });
      throw ApiError.invalid([{ field: 'current_password', code: 'wrong_password', message: 'the current password is wrong' }], 'Wrong password');
    }
    this.throttle.forgive(key);
    await this.users.setPassword(user.id, next, 'new_password');
    const ended = await this.sessions.endAllOf(user.id, c.get('sessionHash') ?? undefined);
    const revoked = await this.tokens.revokeAll(user.id);
    await this.audit.record(c, { action: 'auth.password_change', outcome: 'success', details: { other_sessions_ended: ended, tokens_revoked: revoked } });
  }
}
