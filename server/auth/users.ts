import { join } from 'node:path';
import type { Db } from '../db/duckdb.ts';
import { loadQueries } from '../db/queries.ts';
import { ApiError } from '../http/errors.ts';
import { hashPassword, MIN_PASSWORD_LENGTH } from './passwords.ts';
import { BAPAS_ROLES, type Role } from '../../common/roles.ts';
import type { UserRecord } from '../../common/auth.ts';

export type { UserRecord } from '../../common/auth.ts';

const sql = loadQueries(join(import.meta.dirname, 'queries'));

export interface NewUser {
  username: string;
  display_name: string;
  role: Role;
  bapas_code?: string | null;
  kanwil?: string | null;
  password: string;
}

export type UserPatch = Partial<Pick<NewUser, 'display_name' | 'role' | 'bapas_code' | 'kanwil'>> & { active?: boolean };

/** Checks a password against the policy; throws a 400 naming the field. */
export function checkPasswordPolicy(password: string, field = 'password'): void {
  if (password.length < MIN_PASSWORD_LENGTH) {
    throw ApiError.invalid([{ field, code: 'too_small', message: `at least ${MIN_PASSWORD_LENGTH} characters` }]);
  }
  if (password.length > 200) throw ApiError.invalid([{ field, code: 'too_big', message: 'at most 200 characters' }]);
}

/** The users of the application database. `bapasExists` checks a Bapas code against the registry. */
export class UserStore {
  /** Users by id: read on every request, written only through this class. */
  private cache = new Map<number, UserRecord>();

  constructor(
    private readonly db: Db,
    private readonly bapasExists: (code: string) => Promise<boolean>,
  ) {}

  async list(): Promise<UserRecord[]> {
    return this.db.all<UserRecord>(sql('users_list'));
  }

  async get(id: number): Promise<UserRecord | undefined> {
    const hit = this.cache.get(id);
    if (hit) return hit;
    const u = await this.db.one<UserRecord>(sql('user_get'), { id });
    if (u) this.cache.set(id, u);
    return u;
  }

  async byUsername(username: string): Promise<(UserRecord & { password_hash: string }) | undefined> {
    return this.db.one(sql('user_by_username'), { u: username.toLowerCase() });
  }

  async hasActiveAdmin(): Promise<boolean> {
    const r = await this.db.one<{ n: number }>(sql('admins_active'));
    return (r?.n ?? 0) > 0;
  }

  /** Validates the role/Bapas pairing: researcher and supervisor need an existing Bapas. */
  private async checkScope(role: Role, bapas: string | null | undefined): Promise<string | null> {
    if (!BAPAS_ROLES.includes(role)) return null;
    if (!bapas) throw ApiError.invalid([{ field: 'bapas_code', code: 'required', message: `a ${role} needs a Bapas` }]);
    if (!(await this.bapasExists(bapas))) {
      throw ApiError.invalid([{ field: 'bapas_code', code: 'unknown_bapas', message: `not a Bapas: ${bapas}` }]);
    }
    return bapas;
  }

  async create(u: NewUser): Promise<UserRecord> {
    checkPasswordPolicy(u.password);
    const username = u.username.toLowerCase();
    if (await this.byUsername(username)) {
      throw new ApiError(409, 'Username already taken', { issues: [{ field: 'username', code: 'taken', message: 'already taken' }] });
    }
    const bapas = await this.checkScope(u.role, u.bapas_code);
    const row = await this.db.one<{ id: number }>(sql('user_insert'), {
      username,
      display_name: u.display_name,
      role: u.role,
      bapas,
      kanwil: u.kanwil ?? null,
      hash: await hashPassword(u.password),
    });
    return (await this.get(row!.id))!;
  }

  async update(id: number, patch: UserPatch): Promise<UserRecord> {
    const cur = await this.get(id);
    if (!cur) throw ApiError.notFound(`No user ${id}`);
    const role = patch.role ?? cur.role;
    const bapas = await this.checkScope(role, patch.bapas_code !== undefined ? patch.bapas_code : cur.bapas_code);
    const next = { ...cur, ...patch, role, bapas_code: bapas };
    if (cur.role === 'admin' && (next.role !== 'admin' || !next.active)) {
      const r = await this.db.one<{ n: number }>(sql('admins_others'), { id });
      if (!r?.n) throw new ApiError(409, 'The last active admin cannot be demoted or deactivated');
    }
    await this.db.exec(sql('user_update'), {
      d: next.display_name,
      r: next.role,
      b: next.bapas_code,
      k: next.kanwil ?? null,
      a: next.active,
      id,
    });
    this.cache.delete(id);
    return (await this.get(id))!;
  }

  async setPassword(id: number, password: string, field = 'password'): Promise<void> {
    checkPasswordPolicy(password, field);
    await this.db.exec(sql('user_password'), {
      h: await hashPassword(password),
      id,
    });
    this.cache.delete(id);
  }
}
