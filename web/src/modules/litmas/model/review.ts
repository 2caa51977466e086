// What the review workflow's answers say: the flags an approval left open, an action's name.
import type { ApiError } from '../../../lib/http.ts';
import { tMaybe } from '../i18n.ts';

/** The flag ids a 409 of approve names as still open. */
export function openFlagIds(e: ApiError | undefined): string[] {
  const f = e?.status === 409 ? e.details?.flags : undefined;
  return Array.isArray(f) ? f.filter((x): x is string => typeof x === 'string') : [];
}

/** A review action in words ("Diajukan"). */
export const reviewAction = (a: string): string => tMaybe(`lit.review.action.${a}`, a);
