// Turns a failed form request into Indonesian (or English) text: one message per
// field from `details.issues`, and a summary for the form as a whole.
import type { ApiError } from './http.ts';
import { t, tMaybe } from './i18n/index.ts';
import type { Issue } from './types.ts';

/** Server messages without a field that the UI knows how to say better. */
const KNOWN: Record<string, string> = {
  'You cannot deactivate or demote yourself': 'form.selfDemote',
  'The last active admin cannot be demoted or deactivated': 'form.lastAdmin',
};

/** One issue as text: `form.<field>.<code>`, else the code's text, else the server's. */
export function issueText(i: Issue): string {
  const specific = i.field && i.code ? tMaybe(`form.${i.field}.${i.code}`, '') : '';
  return specific || (i.code ? tMaybe(`err.code.${i.code}`, '') : '') || i.message || t('form.invalid');
}

/** Field name → message, for the fields a form shows. */
export function fieldErrors(e: ApiError | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const i of e?.issues ?? []) if (i.field && !out[i.field]) out[i.field] = issueText(i);
  return out;
}

/** What went wrong with the request as a whole. */
export function errorSummary(e: ApiError): string {
  const known = KNOWN[e.message];
  if (known) return tMaybe(known, e.message);
  if (e.status === 0) return t('err.network');
  if (e.status === 400 || (e.status === 409 && e.issues.length)) return t('form.checkFields');
  if (e.status === 403) return t('form.403');
  if (e.status === 404) return t('err.404');
  if (e.status === 409) return t('form.409');
  if (e.status >= 500) return t('err.500');
  return t('err.other', { status: e.status });
}
