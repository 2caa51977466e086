// How a failed API request is put into words, given the dictionaries to look in (pure:
// errorText.ts binds it to the loaded ones): a summary of the request as a whole, and
// each issue of `details.issues` with its field named and its reason. Dictionaries add
// words by key:
//   field.<field>           the field's label             ("field.kanwil": "Kanwil")
//   issue.<field>.<code>    the reason for that field     ("issue.username.taken": "…")
//   issue.<code>            the reason for any field      (core: "issue.too_small")
//   msg.<server message>    a server message the UI says better ("msg.You cannot …")
import { ApiError, type Issue } from './http.ts';
import { fill, type Vars } from './i18n/fill.ts';

/** Looks a key up in the dictionaries (undefined when none has it). */
export type Lookup = (key: string) => string | undefined;

/** Where the error happened: loading a page's data, or an action the user took (a form, a button). */
export type ErrorContext = 'load' | 'action';

/** One issue in words. */
export interface IssueText {
  /** The field as the API names it (`facts.identity.nik`), or '' for the request as a whole. */
  field: string;
  /** The field's label ("NIK"), or "—" when there is no field. */
  label: string;
  reason: string;
}

/** A failed request in words. */
export interface ErrorText {
  summary: string;
  issues: IssueText[];
  /** "Label: reason", one per issue. */
  lines: string[];
  /** Field → reason (the first issue of each field), for a form that shows it under the field. */
  fields: Record<string, string>;
}

/** Any thrown value as an ApiError (a network failure or a bug becomes status 0). */
export function toApiError(e: unknown): ApiError {
  return e instanceof ApiError ? e : new ApiError(0, e instanceof Error ? e.message : String(e));
}

/** A key's text (the key itself when no dictionary has it, which the i18n test rules out). */
const word = (maybe: Lookup, key: string, vars?: Vars): string => fill(maybe(key) ?? key, vars);

/** The field's label: `field.<field>`, then without list indexes (`facts.family.0.age` → `facts.family.age`). */
function label(field: string, maybe: Lookup): string {
  if (!field) return '—';
  return maybe(`field.${field}`) ?? maybe(`field.${field.replace(/\.\d+(?=\.|$)/g, '')}`) ?? field;
}

/** Codes whose generic words say little: the server's own words are added in brackets. */
const VAGUE = new Set(['custom', 'invalid_format']);

/** The reason of one issue: the field's own words, else the code's (with the server's when vague), else the server's. */
function reason(i: Issue, maybe: Lookup): string {
  const specific = i.field && i.code ? maybe(`issue.${i.field}.${i.code}`) : undefined;
  if (specific) return specific;
  const generic = i.code ? maybe(`issue.${i.code}`) : undefined;
  if (generic) return VAGUE.has(i.code ?? '') && i.message ? `${generic} (${i.message})` : generic;
  return i.message || word(maybe, 'form.invalid');
}

function summary(e: ApiError, context: ErrorContext, maybe: Lookup): string {
  const t = (key: string, vars?: Vars) => word(maybe, key, vars);
  const known = e.message ? maybe(`msg.${e.message}`) : undefined;
  if (known) return known;
  const s = e.status;
  if (s === 0) return t('err.network');
  if (context === 'load') {
    if (s === 400) return t('err.400');
    if (s === 401) return t('err.401');
    if (s === 403) return t('err.403');
  } else {
    if (s === 400 || (s === 409 && e.issues.length)) return t('form.checkFields');
    if (s === 403) return t('form.403');
    if (s === 409) return t('form.409');
  }
  if (s === 404) return t('err.404');
  if (s >= 500) return t('err.500');
  return t('err.other', { status: s });
}

/** A failed request (any thrown value) in words, from the dictionaries `maybe` looks in. */
export function describeError(e: unknown, context: ErrorContext, maybe: Lookup): ErrorText {
  const err = toApiError(e);
  const issues = err.issues.map((i) => ({ field: i.field ?? '', label: label(i.field ?? '', maybe), reason: reason(i, maybe) }));
  const fields: Record<string, string> = {};
  for (const i of issues) if (i.field && !(i.field in fields)) fields[i.field] = i.reason;
  return { summary: summary(err, context, maybe), issues, lines: issues.map((i) => `${i.label}: ${i.reason}`), fields };
}
