// The app's pages by path, each with the permission it needs (the navigation shows
// only what the role may use; the server enforces). Later pages (litmas) join here.
import type { Component } from 'svelte';
import type { Permission } from './authTypes.ts';
import type { CoreKey } from './i18n/index.ts';
import NotFound from '../shell/NotFound.svelte';

/** A page's module, loaded when first visited: each page is its own chunk, so the
 * occupancy page does not carry the litmas editor, nor the account page ECharts. */
type PageModule = () => Promise<{ default: Component }>;
const Account: PageModule = () => import('../modules/auth/AccountPage.svelte');
const Audit: PageModule = () => import('../modules/audit/AuditPage.svelte');
const Litmas: PageModule = () => import('../modules/litmas/LitmasPage.svelte');
const LlmOversight: PageModule = () => import('../modules/llm/LlmOversightPage.svelte');
const Occupancy: PageModule = () => import('../modules/occupancy/OccupancyPage.svelte');
const Remission: PageModule = () => import('../modules/remission/RemissionPage.svelte');
const Umkm: PageModule = () => import('../modules/umkm/UmkmPage.svelte');
const Overview: PageModule = () => import('../modules/home/HomePage.svelte');
const Users: PageModule = () => import('../modules/users/UsersPage.svelte');

export interface Route {
  path: string;
  title: CoreKey;
  load: PageModule;
  /** Shown in the main navigation (to roles that hold `permission`). */
  nav: boolean;
  permission: Permission;
  /** Also matches the paths below it (`/litmas/12`). */
  prefix?: boolean;
}

export const routes: Route[] = [
  { path: '/', title: 'nav.home', load: Overview, nav: true, permission: 'dashboard:read' },
  { path: '/hunian', title: 'nav.occupancy', load: Occupancy, nav: true, permission: 'dashboard:read' },
  { path: '/remisi', title: 'nav.remission', load: Remission, nav: true, permission: 'dashboard:read' },
  { path: '/umkm', title: 'nav.umkm', load: Umkm, nav: true, permission: 'dashboard:read' },
  { path: '/litmas', title: 'nav.litmas', load: Litmas, nav: true, permission: 'litmas:read', prefix: true },
  { path: '/generasi-llm', title: 'nav.llmGenerations', load: LlmOversight, nav: true, permission: 'litmas:oversight' },
  { path: '/pengguna', title: 'nav.users', load: Users, nav: true, permission: 'users:manage' },
  { path: '/audit', title: 'nav.audit', load: Audit, nav: true, permission: 'audit:read' },
  { path: '/akun', title: 'nav.account', load: Account, nav: false, permission: 'signed-in' },
];

const notFound: Route = { path: '', title: 'notFound.title', load: async () => ({ default: NotFound }), nav: false, permission: 'signed-in' };

/** The route of a path (a trailing slash is ignored). */
export function match(path: string): Route {
  const p = path.length > 1 ? path.replace(/\/+$/, '') : path;
  return routes.find((r) => r.path === p || (r.prefix && p.startsWith(`${r.path}/`))) ?? notFound;
}

/** Where a role starts: the overview, the litmas list (PK, Kepala Bapas), or its account page. */
export function homeFor(can: (p: Permission) => boolean): string {
  return can('dashboard:read') ? '/' : can('litmas:read') ? '/litmas' : '/akun';
}
