// Shapes of the own-account answers of the API (docs/API.md § Auth). Types only.

/** A personal API token; the secret itself is only in the answer that creates it. */
export interface TokenInfo {
  id: number;
  name: string;
  prefix: string;
  created_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
}
