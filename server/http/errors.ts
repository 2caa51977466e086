import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

export interface Issue {
  field: string;
  code: string;
  message: string;
}

export interface ErrorBody {
  ok: false;
  status: number;
  error: string;
  details?: Record<string, unknown>;
}

/** The one error type of the API: a status, a message for people and optional details. */
export class ApiError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    message: string,
    readonly details?: Record<string, unknown>,
    /** Response headers the answer needs (e.g. `retry-after` on a 429). */
    readonly headers?: Record<string, string>,
  ) {
    super(message);
  }

  /** A 400 that names each bad field. */
  static invalid(issues: Issue[], message = 'Invalid request'): ApiError {
    return new ApiError(400, message, { issues });
  }

  static notFound(message: string): ApiError {
    return new ApiError(404, message);
  }
}

/** The one error handler: every failure leaves as `{ ok: false, status, error, details? }`. */
export function onError(log: (line: Record<string, unknown>) => void) {
  return (err: Error, c: Context) => {
    let body: ErrorBody;
    if (err instanceof ApiError) {
      body = { ok: false, status: err.status, error: err.message, ...(err.details && { details: err.details }) };
      for (const [k, v] of Object.entries(err.headers ?? {})) c.header(k, v);
    } else if (err instanceof HTTPException) {
      body = { ok: false, status: err.status, error: err.message || statusText(err.status) };
    } else {
      // Unexpected: log it for us, tell the client nothing about the inside.
      log({ level: 'error', msg: 'unhandled', path: c.req.path, error: String(err?.stack ?? err) });
      body = { ok: false, status: 500, error: 'Internal server error' };
    }
    return c.json(body, body.status as ContentfulStatusCode);
  };
}

function statusText(status: number): string {
  return status === 413 ? 'Payload too large' : status === 401 ? 'Unauthorized' : `HTTP ${status}`;
}

/** The 404 for unknown API paths, in the same shape. */
export function notFoundApi(c: Context) {
  return c.json({ ok: false, status: 404, error: `No such endpoint: ${c.req.method} ${c.req.path}` } satisfies ErrorBody, 404);
}
