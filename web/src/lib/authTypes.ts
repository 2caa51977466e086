// Shapes of the sign-in, user and audit answers of the API (server/routes/{auth,users,audit}.ts). Types only.

import type { Permission as AnyPermission } from '../../../common/roles.ts';

export { BAPAS_ROLES, ROLES, type Role } from '../../../common/roles.ts';
import type { Role } from '../../../common/roles.ts';

/** What a role may do, as the server lists it in `user.permissions` (never `public`). */
export type Permission = Exclude<AnyPermission, 'public'>;

/** The signed-in user (`/api/auth/me`, `/api/auth/login`). */
export interface SessionUser {
  id: number;
  username: string;
  display_name: string;
  role: Role;
  bapas_code: string | null;
  kanwil: string | null;
  permissions: Permission[];
}

/** A personal API token; the secret itself is only in the answer that creates it. */
export interface TokenInfo {
  id: number;
  name: string;
  prefix: string;
  created_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
}

/** A user as the admin sees it (`/api/users`). */
export interface UserRow {
  id: number;
  username: string;
  display_name: string;
  role: Role;
  bapas_code: string | null;
  kanwil: string | null;
  active: boolean;
  created_at: string;
  updated_at: string;
  password_changed_at: string;
}

export interface BapasRow {
  upt_code: string;
  name: string;
  kanwil: string;
}

/** New user, or the changes to one (only the fields sent). */
export interface UserInput {
  username?: string;
  display_name?: string;
  role?: Role;
  bapas_code?: string | null;
  kanwil?: string | null;
  active?: boolean;
  password?: string;
}

export type Outcome = 'success' | 'failure' | 'denied';

export interface AuditRow {
  id: number;
  at: string;
  user_id: number | null;
  username: string | null;
  role: Role | null;
  action: string;
  target: string | null;
  outcome: Outcome;
  ip: string | null;
  /** JSON text, or null. */
  details: string | null;
}

export interface AuditPage {
  total: number;
  rows: AuditRow[];
}

/** Filters of the audit trail (list and export). */
export interface AuditFilter {
  user?: string;
  action?: string;
  from?: string;
  to?: string;
}
