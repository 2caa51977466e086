// Typed client for user management (admin).
import { getJson, request } from '../../lib/http.ts';
import type { BapasRow, UserInput, UserRow } from './types.ts';

type Ok = { ok: true };

export const usersApi = {
  list: (signal?: AbortSignal) => getJson<{ rows: UserRow[] }>('/api/users', {}, signal),
  bapas: (signal?: AbortSignal) => getJson<{ rows: BapasRow[] }>('/api/users/bapas', {}, signal),
  create: (u: UserInput) => request<{ user: UserRow }>('POST', '/api/users', u),
  update: (id: number, patch: UserInput) => request<{ user: UserRow }>('PATCH', `/api/users/${id}`, patch),
  resetPassword: (id: number, password: string) => request<Ok>('POST', `/api/users/${id}/password`, { password }),
};
