// t(): typed translation. The core dictionary (the shell, states, errors, tables) is
// always loaded; each module registers its own dictionary when its page loads and gets
// a t() typed to its keys and the core ones, so a key that does not exist, or that
// belongs to another module, fails the type check. Also: formatters in the UI language.
import * as f from '../format.ts';
import { coreEn } from './core.en.ts';
import { coreId } from './core.id.ts';
import { fill, type Vars } from './fill.ts';
import { locale } from './locale.svelte.ts';

export { locale, type Vars };

/** A key of the core dictionary. */
export type CoreKey = keyof typeof coreId;

/** One module's strings in both languages (the English one has every Indonesian key). */
export interface Messages<K extends string = string> {
  id: Readonly<Record<K, string>>;
  en: Readonly<Record<K, string>>;
}

/** The keys of some dictionaries. */
type KeysOf<M> = M extends Messages<infer K> ? K : never;

/** Translates a key into the current language, filling `{name}` placeholders. */
export type Translate<K extends string> = (key: K, vars?: Vars) => string;

// Every loaded dictionary, merged per language: keys are unique across dictionaries
// (test/web-i18n.test.ts), so merging never overwrites another module's string.
const loaded: Record<'id' | 'en', Record<string, string>> = { id: { ...coreId }, en: { ...coreEn } };

function translate(key: string, vars?: Vars): string {
  return fill(loaded[locale.lang][key] ?? loaded.id[key] ?? key, vars);
}

/** Translates a core key. */
export const t: Translate<CoreKey> = translate;

/**
 * Loads a module's dictionaries (its own, and those of modules whose components it shows)
 * and returns the module's t(): typed to their keys plus the core ones.
 */
export function registerMessages<M extends Messages[]>(...dicts: M): Translate<CoreKey | KeysOf<M[number]>> {
  for (const d of dicts) {
    Object.assign(loaded.id, d.id);
    Object.assign(loaded.en, d.en);
  }
  return translate;
}

/** The text of a key built at run time (an API code, a field name), if a loaded dictionary has it. */
export function maybe(key: string): string | undefined {
  return loaded[locale.lang][key] ?? loaded.id[key];
}

/** The text of a key built at run time, or the fallback. */
export const tMaybe = (key: string, fallback: string): string => maybe(key) ?? fallback;

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
