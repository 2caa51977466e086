// Month labels (`YYYY-MM`) and their index (months since year 0), so that month
// arithmetic is integer arithmetic and never touches time zones.

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** True for a well-formed `YYYY-MM` label. */
export function isMonth(label: unknown): label is string {
  return typeof label === 'string' && MONTH.test(label);
}

/** The month index of a `YYYY-MM` label (year × 12 + month − 1); throws on a malformed label. */
export function monthIndex(label: string): number {
  const m = MONTH.exec(label);
  if (!m) throw new Error(`not a YYYY-MM month: ${label}`);
  return Number(m[1]) * 12 + Number(m[2]) - 1;
}

/** The `YYYY-MM` label of a month index. */
export function monthLabel(index: number): string {
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}`;
}

/** Calendar month 0..11 (January = 0) of a month index. */
export function calendarMonth(index: number): number {
  return ((index % 12) + 12) % 12;
}
