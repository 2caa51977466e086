// How old a dataset's last date is, for the Beranda's notice. Pure: today is an argument.

/** The last day of an ISO date's month ("2025-12-01" → "2025-12-31"): a month of data runs to its end. */
export function monthEnd(iso: string): string {
  const [y, m] = iso.split('-').map(Number);
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}

/** Whether data whose last date is `last` (ISO) is more than two months old on `today` (ISO). */
export function isStale(last: string, today: string): boolean {
  const [y, m, d] = last.split('-').map(Number);
  // Two months after the last date, clamped to the end of that month (31 Dec → 28/29 Feb).
  const end = new Date(Date.UTC(y, m + 2, 0)).getUTCDate();
  const limit = new Date(Date.UTC(y, m + 1, Math.min(d, end))).toISOString().slice(0, 10);
  return today > limit;
}

/** Today's date (ISO) in the browser's time zone. */
export function todayIso(now = new Date()): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}
