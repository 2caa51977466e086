// The audit page's filters and paging in the URL.
import { oneOf, page, text, urlParams } from '../../lib/urlParams.svelte.ts';
import type { AuditFilter } from './types.ts';

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

export const auditFilters = urlParams({ user: text(), action: text(), from: text(), to: text(), limit: oneOf(AUDIT_PAGE_SIZES), page: page() }, 'page');

/** The filters for the list and the CSV export (empty ones left out). */
export const auditQuery = (): AuditFilter => auditFilters.pick('user', 'action', 'from', 'to');
