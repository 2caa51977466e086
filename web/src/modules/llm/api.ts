// Typed client for the LLM oversight: every generation, what each sent, and the LLM settings.
import { getJson, request } from '../../lib/http.ts';
import type { SentPrompt } from '../litmas/types.ts';
import type { LlmSettings, OversightGeneration } from './types.ts';

export const llmApi = {
  generations: (signal?: AbortSignal) => getJson<{ rows: OversightGeneration[] }>('/api/litmas/generations', {}, signal),
  anySent: (gid: number, signal?: AbortSignal) => getJson<SentPrompt>(`/api/litmas/generations/${gid}/sent`, {}, signal),
  settings: (signal?: AbortSignal) => getJson<LlmSettings>('/api/settings/llm', {}, signal),
  /** Sets the hosts allowed clear text, each with its legal basis or DPIA reference. */
  setClearTextHosts: (hosts: { host: string; legal_basis: string }[]) => request<LlmSettings>('PUT', '/api/settings/llm', { clear_text_hosts: hosts }),
};
