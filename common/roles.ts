/** The five roles of Lentera and what each may do (least privilege). */
export const ROLES = ['admin', 'planner', 'analyst', 'researcher', 'supervisor'] as const;
export type Role = (typeof ROLES)[number];

/** Roles bound to one Bapas (a UPT of type BAPAS). */
export const BAPAS_ROLES: readonly Role[] = ['researcher', 'supervisor'];

/**
 * Every permission a route can declare, with the roles that hold it. `public` needs no
 * sign-in; `signed-in` any active user.
 */
export const PERMISSIONS = {
  public: 'everyone',
  'signed-in': ROLES,
  'dashboard:read': ['admin', 'planner', 'analyst'],
  'users:manage': ['admin'],
  'audit:read': ['admin'],
  'settings:manage': ['admin'],
  'litmas:read': ['researcher', 'supervisor'],
  'litmas:write': ['researcher'],
  'litmas:review': ['supervisor'],
  'litmas:oversight': ['admin'],
} as const satisfies Record<string, readonly Role[] | 'everyone'>;

export type Permission = keyof typeof PERMISSIONS;

/** Whether a role holds a permission. */
export function roleHas(role: Role, permission: Permission): boolean {
  const holders = PERMISSIONS[permission];
  return holders === 'everyone' || (holders as readonly Role[]).includes(role);
}

/** The permissions of a role, for the web app to show what it may use. */
export function permissionsOf(role: Role): Exclude<Permission, 'public'>[] {
  return (Object.keys(PERMISSIONS) as Permission[]).filter((p): p is Exclude<Permission, 'public'> => p !== 'public' && roleHas(role, p));
}
