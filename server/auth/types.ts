import type { Role } from '../../common/roles.ts';

/** A user as the authentication sees it (the record without its timestamps). */
export interface AuthUser {
  id: number;
  username: string;
  display_name: string;
  role: Role;
  bapas_code: string | null;
  kanwil: string | null;
  active: boolean;
}
