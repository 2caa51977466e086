// Typed client for sign-in, the own account, user management and the audit trail.
import { getJson, request, url } from './http.ts';
import type { AuditFilter, AuditPage, BapasRow, SessionUser, TokenInfo, UserInput, UserRow } from './authTypes.ts';

type Ok = { ok: true };

export const authApi = {
  me: () => getJson<{ user: SessionUser }>('/api/auth/me').then((r) => r.user),
  login: (username: string, password: string) => request<{ user: SessionUser }>('POST', '/api/auth/login', { username, password }).then((r) => r.user),
  logout: () => request<Ok>('POST', '/api/auth/logout'),
  changePassword: (current_password: string, new_password: string) => request<Ok>('POST', '/api/auth/password', { current_password, new_password }),
  tokens: (signal?: AbortSignal) => getJson<{ rows: TokenInfo[] }>('/api/auth/tokens', {}, signal),
  createToken: (name: string) => request<{ token: string; info: TokenInfo }>('POST', '/api/auth/tokens', { name }),
  revokeToken: (id: number) => request<Ok>('DELETE', `/api/auth/tokens/${id}`),
};

export const usersApi = {
  list: (signal?: AbortSignal) => getJson<{ rows: UserRow[] }>('/api/users', {}, signal),
  bapas: (signal?: AbortSignal) => getJson<{ rows: BapasRow[] }>('/api/users/bapas', {}, signal),
  create: (u: UserInput) => request<{ user: UserRow }>('POST', '/api/users', u),
  update: (id: number, patch: UserInput) => request<{ user: UserRow }>('PATCH', `/api/users/${id}`, patch),
  resetPassword: (id: number, password: string) => request<Ok>('POST', `/api/users/${id}/password`, { password }),
};

export const auditApi = {
  list: (f: AuditFilter & { limit: number; offset: number }, signal?: AbortSignal) => getJson<AuditPage>('/api/audit', { ...f }, signal),
};

/** Download link of the audit trail as CSV with the same filters. */
export const auditExportUrl = (f: AuditFilter): string => url('/api/audit/export', { ...f });
