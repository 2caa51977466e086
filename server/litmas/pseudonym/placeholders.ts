import { KIND_NAMES } from './kinds.ts';

const KINDS = KIND_NAMES.map((k) => k.replace('_', '[\\s_\\-]*')).join('|');

/**
 * A placeholder as models write it back: any case, inner spaces, a space or hyphen for
 * the underscore, a possessive or "-nya" inside the brackets: `[nama_1]`, `[ NAMA_1 ]`,
 * `[NAMA 1]`, `[NAMA_1's]`, `[NAMA_1]-nya`. Groups: kind, number, part, suffix.
 */
export const LOOSE_PLACEHOLDER = new RegExp(`\\[\\s*(${KINDS})[\\s_\\-]*(\\d+)(?:[\\s_\\-]+(\\d+))?\\s*((?:['’]s|-?nya))?\\s*\\]`, 'giu');

/** Without brackets it must keep its underscore (`NAMA_1`, `nama_1_2`): "nomor 1" is ordinary text. */
export const BARE_PLACEHOLDER = new RegExp(`(?<![\\p{L}\\p{N}\\[])(${KINDS.replace(/\[\\s_\\-\]\*/g, '_')})_(\\d+)(?:_(\\d+))?(?![\\p{L}\\p{N}])`, 'giu');

/** The canonical form of a placeholder found by either pattern. */
export function canonical(kind: string, n: string, part?: string): string {
  const k = kind.toUpperCase().replace(/[\s_-]+/g, '_');
  return `[${k}_${Number(n)}${part ? `_${Number(part)}` : ''}]`;
}

/**
 * Anything left in a text that looks like a placeholder: a known kind with a number in
 * any form, or a bracketed capitalised label such as `[PLACEHOLDER]` or `[NAMA KLIEN]`
 * (but not `[PERLU DATA: …]`, which marks missing data on purpose).
 */
export function leftoverPlaceholders(text: string): string[] {
  const out: string[] = [];
  const bracketed: [number, number][] = [];
  for (const m of text.matchAll(LOOSE_PLACEHOLDER)) {
    out.push(m[0]);
    bracketed.push([m.index, m.index + m[0].length]);
  }
  for (const m of text.matchAll(BARE_PLACEHOLDER)) if (!bracketed.some(([a, b]) => m.index >= a && m.index < b)) out.push(m[0]);
  for (const m of text.matchAll(/\[\s*([^\]\n]{1,40}?)\s*\]/g)) {
    const inner = m[1];
    if (/^PERLU DATA\b/i.test(inner) || out.includes(m[0])) continue;
    const label = /^[\p{L}][\p{L}\d _-]*$/u.test(inner) && /\p{L}/u.test(inner);
    if (label && (inner === inner.toUpperCase() || /[_\d]/.test(inner))) out.push(m[0]);
  }
  return out;
}
