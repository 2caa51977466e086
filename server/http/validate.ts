import type { Context } from 'hono';
import type { z } from 'zod';
import { ApiError, type Issue } from './errors.ts';

/** Turns zod issues into the API's `{ field, code, message }` list. */
export function toIssues(error: z.ZodError): Issue[] {
  return error.issues.flatMap((i): Issue[] => {
    if (i.code === 'unrecognized_keys') {
      return i.keys.map((k) => ({ field: k, code: 'unrecognized_keys', message: 'unknown parameter' }));
    }
    // The dotted path to the field (`facts.identity.nik`); a trailing list index (a
    // parameter turned into a list, like `upt_type`) names the parameter itself.
    const path = i.path.map(String);
    while (path.length > 1 && /^\d+$/.test(path.at(-1)!)) path.pop();
    return [{ field: path.join('.') || '(root)', code: i.code, message: i.message }];
  });
}

/** Validates the query string against a strict zod object; 400 naming each bad parameter. */
export function parseQuery<S extends z.ZodType>(c: Context, schema: S): z.infer<S> {
  const raw = c.req.query();
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw ApiError.invalid(toIssues(parsed.error), 'Invalid query parameters');
  return parsed.data;
}

/** Parses and validates a JSON body; 400 naming each bad field, or saying the body is not JSON. */
export async function parseJson<S extends z.ZodType>(c: Context, schema: S): Promise<z.infer<S>> {
  let raw: unknown;
  try {
    raw = await c.req.json();
  } catch {
    throw ApiError.invalid([{ field: '(body)', code: 'invalid_json', message: 'the body is not valid JSON' }], 'Invalid JSON body');
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw ApiError.invalid(toIssues(parsed.error), 'Invalid request body');
  return parsed.data;
}

/** A positive integer path parameter, e.g. `:id`. */
export function idParam(c: Context, name = 'id'): number {
  const v = c.req.param(name) ?? '';
  if (!/^\d{1,9}$/.test(v)) throw ApiError.invalid([{ field: name, code: 'invalid_type', message: 'expected a number' }]);
  return Number(v);
}
