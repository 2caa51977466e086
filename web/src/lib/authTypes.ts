// Who is signed in and what the role may do (`/api/auth/me`, `/api/auth/login`). Types only.

import type { Permission as AnyPermission } from '../../../common/roles.ts';

export { BAPAS_ROLES, ROLES, type Role } from '../../../common/roles.ts';

/** What a role may do, as the server lists it in `user.permissions` (never `public`). */
export type Permission = Exclude<AnyPermission, 'public'>;

export type { SessionUser } from '../../../common/auth.ts';
