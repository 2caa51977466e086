// Typed client for the audit trail (admin).
import { getJson, url } from '../../lib/http.ts';
import type { AuditFilter, AuditPage } from './types.ts';

export const auditApi = {
  list: (f: AuditFilter & { limit: number; offset: number }, signal?: AbortSignal) => getJson<AuditPage>('/api/audit', { ...f }, signal),
};

/** Download link of the audit trail as CSV with the same filters. */
export const auditExportUrl = (f: AuditFilter): string => url('/api/audit/export', { ...f });
