// The app's pages by path, each with the permission it needs (the navigation shows
// only what the role may use; the server enforces). Later pages (litmas) join here.
import type { Component } from 'svelte';
import type { Permission } from './authTypes.ts';
import type { MsgKey } from './i18n/id.ts';
import Account from '../pages/Account.svelte';
import Audit from '../pages/Audit.svelte';
import Litmas from '../pages/Litmas.svelte';
import LlmOversight from '../pages/LlmOversight.svelte';
import NotFound from '../pages/NotFound.svelte';
import Occupancy from '../pages/Occupancy.svelte';
import Overview from '../pages/Overview.svelte';
import Users from '../pages/Users.svelte';

export interface Route {
  path: string;
  title: MsgKey;
  component: Component;
  /** Shown in the main navigation (to roles that hold `permission`). */
  nav: boolean;
  permission: Permission;
  /** Also matches the paths below it (`/litmas/12`). */
  prefix?: boolean;
}

export const routes: Route[] = [
  { path: '/', title: 'nav.home', component: Overview, nav: true, permission: 'dashboard:read' },
  { path: '/hunian', title: 'nav.occupancy', component: Occupancy, nav: true, permission: 'dashboard:read' },
  { path: '/litmas', title: 'nav.litmas', component: Litmas, nav: true, permission: 'litmas:read', prefix: true },
  { path: '/generasi-llm', title: 'nav.llmGenerations', component: LlmOversight, nav: true, permission: 'litmas:oversight' },
  { path: '/pengguna', title: 'nav.users', component: Users, nav: true, permission: 'users:manage' },
  { path: '/audit', title: 'nav.audit', component: Audit, nav: true, permission: 'audit:read' },
  { path: '/akun', title: 'nav.account', component: Account, nav: false, permission: 'signed-in' },
];

const notFound: Route = { path: '', title: 'notFound.title', component: NotFound, nav: false, permission: 'signed-in' };

/** The route of a path (a trailing slash is ignored). */
export function match(path: string): Route {
  const p = path.length > 1 ? path.replace(/\/+$/, '') : path;
  return routes.find((r) => r.path === p || (r.prefix && p.startsWith(`${r.path}/`))) ?? notFound;
}

/** Where a role starts: the overview, the litmas list (PK, Kepala Bapas), or its account page. */
export function homeFor(can: (p: Permission) => boolean): string {
  return can('dashboard:read') ? '/' : can('litmas:read') ? '/litmas' : '/akun';
}
