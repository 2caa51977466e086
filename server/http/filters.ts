// Query-string filters shared by the modules' routes: spread them into a `z.strictObject`
// (`z.strictObject({ ...dateFilter, ...paging({ limit: 50 }) })`), so that every module
// names and checks the same parameters the same way.
import { z } from 'zod';
import { isoDate } from '../../common/dates.ts';
import { UPT_TYPES } from '../../common/units.ts';

/** `date`: a snapshot date (the service takes the last snapshot on or before it). */
export const dateFilter = { date: isoDate.optional() };

/** `from`, `to`: an inclusive date range, either end open. */
export const dateRange = { from: isoDate.optional(), to: isoDate.optional() };

/** One Kanwil by name (the service checks it against the registry). */
export const kanwilName = z.string().trim().min(1).max(100);

/** `kanwil`: one Kanwil. */
export const kanwilFilter = { kanwil: kanwilName.optional() };

/** One unit type or a comma-separated list of them, normalised to the comma form. */
export const uptTypes = z
  .string()
  .transform((s) =>
    s
      .split(',')
      .map((t) => t.trim().toUpperCase())
      .filter(Boolean),
  )
  .pipe(z.array(z.enum(UPT_TYPES)).min(1, 'at least one unit type'))
  .transform((a) => [...new Set(a)].join(','));

/** `upt_type`: unit types (`LAPAS,RUTAN`). */
export const uptTypeFilter = { upt_type: uptTypes.optional() };

/** `q`: a search text; empty means none. */
export const searchFilter = {
  q: z
    .string()
    .trim()
    .max(100)
    .optional()
    .transform((s) => s || undefined),
};

/** `limit` (1–`max`, default `limit`) and `offset` (0–`maxOffset`, default 0): one page of a list. */
export function paging(o: { limit: number; max?: number; maxOffset?: number }) {
  const offset = z.coerce.number().int().min(0);
  return {
    limit: z.coerce
      .number()
      .int()
      .min(1)
      .max(o.max ?? 500)
      .default(o.limit),
    offset: (o.maxOffset === undefined ? offset : offset.max(o.maxOffset)).default(0),
  };
}

/** `sort` (one of a whitelist: never user text in SQL) and `order` (`asc` or `desc`). */
export function sorting<const K extends string>(keys: readonly [K, ...K[]], o: { sort: K; order?: 'asc' | 'desc' }) {
  return {
    sort: z.enum(keys).default(o.sort),
    order: z.enum(['asc', 'desc']).default(o.order ?? 'desc'),
  };
}
