// The fetch layer of the API client: one error type, the session cookie on every
// request, and hooks through which the session hears of 401 and 403 answers.

/** One validation problem of a 400 (or 409) answer: which field, which check, the server's words. */
export interface Issue {
  field?: string;
  code?: string;
  message?: string;
}

/** Query parameters; empty and undefined values are left out. */
export type Params = Record<string, string | number | undefined | null>;

/** The one error type: HTTP status (0 for a network failure), message, details. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly details?: { issues?: Issue[] } & Record<string, unknown>,
    /** Seconds from a Retry-After header (429), when the server sent one. */
    readonly retryAfter?: number,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** Validation issues of a 400 (or 409) answer (empty when there are none). */
  get issues(): Issue[] {
    return Array.isArray(this.details?.issues) ? this.details.issues : [];
  }
}

/** Builds `path?query` from params, skipping empty values. */
export function url(path: string, params: Params = {}): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v !== undefined && v !== null && v !== '') q.set(k, String(v));
  }
  const s = q.toString();
  return s ? `${path}?${s}` : path;
}

/**
 * Called on a 401 (the session is gone) and on a 403 to a GET (the page is not for
 * this role). Set by the session; a module-level hook keeps this file free of UI state.
 */
export const hooks: { unauthorized?: () => void; forbidden?: () => void } = {};

function retryAfter(res: Response): number | undefined {
  const v = res.headers.get('retry-after');
  if (!v) return undefined;
  const s = /^\d+$/.test(v) ? Number(v) : (Date.parse(v) - Date.now()) / 1000;
  return Number.isFinite(s) && s > 0 ? s : undefined;
}

/** Sends one request and returns its JSON body; every failure becomes an ApiError. */
export async function request<T>(method: string, path: string, body?: unknown, signal?: AbortSignal): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  let res: Response;
  try {
    res = await fetch(path, {
      method,
      signal,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (e) {
    if (signal?.aborted) throw e;
    throw new ApiError(0, e instanceof Error ? e.message : String(e));
  }
  const json: unknown = await res.json().catch(() => undefined);
  if (!res.ok) {
    const b = (json ?? {}) as { error?: unknown; details?: ApiError['details'] };
    const message = typeof b.error === 'string' ? b.error : res.statusText;
    if (res.status === 401) hooks.unauthorized?.();
    if (res.status === 403 && method === 'GET') hooks.forbidden?.();
    throw new ApiError(res.status, message, b.details, retryAfter(res));
  }
  if (json === undefined) throw new ApiError(res.status, 'Invalid JSON');
  return json as T;
}

/** GET with query parameters. */
export const getJson = <T>(path: string, params: Params = {}, signal?: AbortSignal): Promise<T> => request<T>('GET', url(path, params), undefined, signal);
