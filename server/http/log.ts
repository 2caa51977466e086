import type { MiddlewareHandler } from 'hono';

export type Logger = (line: Record<string, unknown>) => void;

/** A logger that writes one JSON object per line (to stdout unless told otherwise), or nothing. */
export function createLogger(mode: 'info' | 'silent', out: Pick<NodeJS.WritableStream, 'write'> = process.stdout): Logger {
  if (mode === 'silent') return () => {};
  return (line) => out.write(`${JSON.stringify({ t: new Date().toISOString(), ...line })}\n`);
}

/** One structured line per request: method, path, status, milliseconds. */
export function requestLog(log: Logger): MiddlewareHandler {
  return async (c, next) => {
    const start = performance.now();
    await next();
    log({
      method: c.req.method,
      path: c.req.path,
      status: c.res.status,
      ms: Math.round((performance.now() - start) * 10) / 10,
    });
  };
}
