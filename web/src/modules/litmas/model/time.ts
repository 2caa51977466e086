// Dates and times of litmas in the UI language: "5 Jan 2026, 14.03" and "10.42".
import { locale } from '../i18n.ts';

const NONE = '—';

/** An instant as date and time (minutes) in the browser's time zone. */
export function dateTime(iso: string | null | undefined): string {
  const d = iso ? new Date(iso) : null;
  if (!d || Number.isNaN(d.getTime())) return NONE;
  return d.toLocaleString(locale.tag, { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });
}

/** The time of day of an instant: "10.42" (id) or "10:42" (en). */
export function clockTime(d: Date | number): string {
  return new Date(d).toLocaleTimeString(locale.tag, { hour: '2-digit', minute: '2-digit' });
}

/** An ISO instant as the value of an `<input type="datetime-local">` (local time). */
export function toLocalInput(iso: string | null | undefined): string {
  const d = iso ? new Date(iso) : null;
  if (!d || Number.isNaN(d.getTime())) return '';
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}`;
}

/** A datetime-local value (local time) as an ISO instant, or null when empty. */
export function fromLocalInput(v: string): string | null {
  if (!v) return null;
  const d = new Date(v);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}

/** A date (YYYY-MM-DD) as its last minute in local time: a deadline "on" that day. */
export function endOfDay(date: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  return m ? new Date(+m[1], +m[2] - 1, +m[3], 23, 59).toISOString() : null;
}

/** The local date (YYYY-MM-DD) of an ISO instant, for a date input. */
export function toDateInput(iso: string | null | undefined): string {
  const v = toLocalInput(iso);
  return v ? v.slice(0, 10) : '';
}
