// Number and date formatting (Intl). Pure: the locale tag is an argument, so
// chart builders and tests can use it without the DOM.

export type LocaleTag = 'id-ID' | 'en-GB';

/** Shown for a missing value (e.g. a percentage of a unit with capacity 0). */
export const NONE = '—';

const cache = new Map<string, Intl.NumberFormat>();
function nf(tag: LocaleTag, min: number, max: number, compact = false): Intl.NumberFormat {
  const key = `${tag}|${min}|${max}|${compact}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(tag, {
      minimumFractionDigits: min,
      maximumFractionDigits: max,
      notation: compact ? 'compact' : 'standard',
    });
    cache.set(key, f);
  }
  return f;
}

const ok = (n: number | null | undefined): n is number => typeof n === 'number' && Number.isFinite(n);

/** Whole number with thousands separators: 275633 → "275.633". */
export function formatInt(n: number | null | undefined, tag: LocaleTag = 'id-ID'): string {
  return ok(n) ? nf(tag, 0, 0).format(Math.round(n)) : NONE;
}

/** Decimal with a fixed number of digits: 89.12 → "89,1". */
export function formatDecimal(n: number | null | undefined, digits = 1, tag: LocaleTag = 'id-ID'): string {
  return ok(n) ? nf(tag, digits, digits).format(n) : NONE;
}

/** Percentage of a value already in percent: 89.12 → "89,1%". */
export function formatPct(n: number | null | undefined, digits = 1, tag: LocaleTag = 'id-ID'): string {
  return ok(n) ? `${formatDecimal(n, digits, tag)}%` : NONE;
}

/** Short number for axes: 275633 → "276 rb" (id) / "276K" (en). */
export function formatCompact(n: number | null | undefined, tag: LocaleTag = 'id-ID'): string {
  return ok(n) ? nf(tag, 0, 1, true).format(n) : NONE;
}

/** Signed change: +1.234 / −1.234 (true minus sign); zero has no sign. */
export function formatSigned(n: number | null | undefined, digits = 0, tag: LocaleTag = 'id-ID'): string {
  if (!ok(n)) return NONE;
  const body = nf(tag, digits, digits).format(Math.abs(n));
  if (body === nf(tag, digits, digits).format(0)) return body;
  return `${n > 0 ? '+' : '−'}${body}`;
}

function utcDate(iso: string): Date | null {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(iso);
  return m ? new Date(Date.UTC(+m[1], +m[2] - 1, m[3] ? +m[3] : 1)) : null;
}

/** ISO date as "30 Nov 2025" (id) or "30 Nov 2025" (en-GB). */
export function formatDate(iso: string | null | undefined, tag: LocaleTag = 'id-ID'): string {
  const d = iso ? utcDate(iso) : null;
  return d ? d.toLocaleDateString(tag, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }) : NONE;
}

/** ISO month ("2025-11" or a full date) as "Nov 2025". */
export function formatMonth(iso: string | null | undefined, tag: LocaleTag = 'id-ID'): string {
  const d = iso ? utcDate(iso) : null;
  return d ? d.toLocaleDateString(tag, { month: 'short', year: 'numeric', timeZone: 'UTC' }) : NONE;
}

/**
 * An instant (ISO with time and zone) as date and time in the browser's time zone,
 * with the zone named: "5 Jan 2026, 14.03.22 WIB" (id) / "5 Jan 2026, 14:03:22 GMT+7" (en).
 */
export function formatDateTime(iso: string | null | undefined, tag: LocaleTag = 'id-ID', timeZone?: string): string {
  const d = iso ? new Date(iso) : null;
  return d && !Number.isNaN(d.getTime())
    ? d.toLocaleString(tag, {
        day: 'numeric',
        month: 'short',
        year: 'numeric',
        hour: '2-digit',
        minute: '2-digit',
        second: '2-digit',
        timeZoneName: 'short',
        timeZone,
      })
    : NONE;
}

/** Escapes text for the HTML that ECharts tooltips render. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
