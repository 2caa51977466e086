// The audit page's filters and paging, read from and written to the URL query string.
import type { AuditFilter } from './authTypes.ts';
import { router } from './router.svelte.ts';

export const AUDIT_PAGE_SIZES = [50, 100, 200] as const;

/** Action prefixes offered in the filter (the API matches `auth` as well as `auth.login`). */
export const AUDIT_ACTIONS = [
  'auth',
  'auth.login',
  'auth.logout',
  'auth.password_change',
  'user',
  'user.create',
  'user.update',
  'user.password_reset',
  'token',
  'token.create',
  'token.revoke',
  'audit.export',
  'occupancy.export',
  'litmas',
  'settings',
] as const;

class AuditFilters {
  get user(): string {
    return router.params.get('user') ?? '';
  }
  get action(): string {
    return router.params.get('action') ?? '';
  }
  get from(): string {
    return router.params.get('from') ?? '';
  }
  get to(): string {
    return router.params.get('to') ?? '';
  }
  get limit(): number {
    const n = Number(router.params.get('limit'));
    return (AUDIT_PAGE_SIZES as readonly number[]).includes(n) ? n : AUDIT_PAGE_SIZES[0];
  }
  get page(): number {
    const n = Math.floor(Number(router.params.get('page')));
    return Number.isFinite(n) && n > 1 ? n : 1;
  }

  /** The filters for the list and the CSV export (empty ones left out). */
  get api(): AuditFilter {
    const f: AuditFilter = {};
    for (const k of ['user', 'action', 'from', 'to'] as const) if (this[k]) f[k] = this[k];
    return f;
  }

  /** Sets filters; any change but paging goes back to page 1. */
  set(patch: Partial<Record<'user' | 'action' | 'from' | 'to' | 'limit' | 'page', string | number>>): void {
    const page = 'page' in patch ? patch.page : undefined;
    router.setParams({ ...patch, page: page === 1 ? undefined : page });
  }

  reset(): void {
    router.go(router.path);
  }
}

export const auditFilters = new AuditFilters();
