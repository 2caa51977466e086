// Shapes of the user management answers of the API (docs/API.md § Users). Types only.
import type { Role } from '../../lib/authTypes.ts';

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
