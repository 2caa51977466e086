// Shapes of the user management answers of the API (docs/API.md § Users). Types only.
import type { Role } from '../../lib/authTypes.ts';

export type { UserRecord as UserRow } from '../../../../common/auth.ts';
export type { BapasRow } from '../../../../common/registry.ts';

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
