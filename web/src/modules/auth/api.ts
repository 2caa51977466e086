// Typed client for the own account: password and personal API tokens (sign-in itself is in lib/session.svelte.ts).
import { getJson, request } from '../../lib/http.ts';
import type { TokenInfo } from './types.ts';

type Ok = { ok: true };

export const accountApi = {
  changePassword: (current_password: string, new_password: string) => request<Ok>('POST', '/api/auth/password', { current_password, new_password }),
  tokens: (signal?: AbortSignal) => getJson<{ rows: TokenInfo[] }>('/api/auth/tokens', {}, signal),
  createToken: (name: string) => request<{ token: string; info: TokenInfo }>('POST', '/api/auth/tokens', { name }),
  revokeToken: (id: number) => request<Ok>('DELETE', `/api/auth/tokens/${id}`),
};
