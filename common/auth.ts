// Users, tokens and the audit trail as the API answers them.
import type { Permission, Role } from './roles.ts';

/** The signed-in user (`/api/auth/me`, `/api/auth/login`): never the password hash. */
export interface SessionUser {
  id: number;
  username: string;
  display_name: string;
  role: Role;
  bapas_code: string | null;
  kanwil: string | null;
  /** What the role may do (never `public`). */
  permissions: Exclude<Permission, 'public'>[];
}

/** A user as the admin sees it (`/api/users`). */
export interface UserRecord {
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

/** A personal API token; the secret itself is only in the answer that creates it. */
export interface TokenInfo {
  id: number;
  name: string;
  prefix: string;
  created_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
}

export type Outcome = 'success' | 'failure' | 'denied';

/** One entry of the audit trail (`/api/audit`). */
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
