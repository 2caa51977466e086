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

/** A host allowed clear text, with the legal basis recorded for it. */
export interface ClearTextHost {
  host: string;
  legal_basis: string;
  set_by: string;
  set_at: string;
}

export interface LlmSettings {
  /** The configured LLM; `address`: where its host resolves, and whether that is loopback/private. */
  backend: {
    host: string;
    model: string;
    redacted: boolean;
    address: { ok: true; addresses: string[] } | { ok: false; reason: 'public' | 'unresolved'; addresses: string[] };
  } | null;
  clear_text_hosts: ClearTextHost[];
}
