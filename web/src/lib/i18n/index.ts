// t(): the typed translation function, plus formatters bound to the UI language.
import { en } from './en.ts';
import { id, type MsgKey } from './id.ts';
import { locale } from './locale.svelte.ts';
import * as f from '../format.ts';

export type { MsgKey };
export { locale };

const dicts: Record<'id' | 'en', Record<MsgKey, string>> = { id, en };

/** Translates a key into the current language, filling `{name}` placeholders. */
export function t(key: MsgKey, vars?: Record<string, string | number>): string {
  const s = dicts[locale.lang][key] ?? key;
  return vars ? s.replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m)) : s;
}

/** Translates a key built at run time (e.g. an API code), or returns the fallback. */
export function tMaybe(key: string, fallback: string): string {
  const d = dicts[locale.lang] as Record<string, string>;
  return d[key] ?? fallback;
}

/** Label of a unit type code (LAPAS → "Lapas"). */
export const typeLabel = (code: string): string => tMaybe(`type.${code}`, code);

/** Label of a role (researcher → "Peneliti (PK)"). */
export const roleLabel = (role: string | null | undefined): string => (role ? tMaybe(`role.${role}`, role) : '—');

/** Formatters in the current language. */
export const fmt = {
  int: (n: number | null | undefined) => f.formatInt(n, locale.tag),
  dec: (n: number | null | undefined, d = 1) => f.formatDecimal(n, d, locale.tag),
  pct: (n: number | null | undefined, d = 1) => f.formatPct(n, d, locale.tag),
  signed: (n: number | null | undefined, d = 0) => f.formatSigned(n, d, locale.tag),
  date: (iso: string | null | undefined) => f.formatDate(iso, locale.tag),
  month: (iso: string | null | undefined) => f.formatMonth(iso, locale.tag),
  dateTime: (iso: string | null | undefined) => f.formatDateTime(iso, locale.tag),
};
