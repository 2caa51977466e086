// Shapes of the LLM oversight answers of the API (docs/API.md § Litmas, § Settings). Types only.
import type { Generation } from '../litmas/types.ts';

/** A generation in the admin's oversight list (no case content). */
export interface OversightGeneration extends Omit<Generation, 'error' | 'draft_id'> {
  case_id: number | null;
  bapas_code: string | null;
  username: string | null;
  prompt_tokens: number | null;
  completion_tokens: number | null;
}

export interface LlmSettings {
  backend: { host: string; model: string; redacted: boolean } | null;
  clear_text_hosts: string[];
}
