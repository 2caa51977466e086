// The fields a workflow step refused (submit without decisions, approve with open flags) as sentences.
import type { ApiError } from '../http.ts';
import { tMaybe } from '../i18n/index.ts';

/** One line per issue of a 400: known fields in the UI language, else the server's text. */
export function issueLines(e: ApiError | undefined): string[] {
  return (e?.issues ?? []).map((i) => tMaybe(`lit.issue.${i.field}.${i.code}`, '') || `${i.field}: ${i.message}`);
}

/** The flag ids a 409 of approve names as still open. */
export function openFlagIds(e: ApiError | undefined): string[] {
  const f = e?.status === 409 ? e.details?.flags : undefined;
  return Array.isArray(f) ? f.filter((x): x is string => typeof x === 'string') : [];
}

export const reviewAction = (a: string): string => tMaybe(`lit.review.action.${a}`, a);
