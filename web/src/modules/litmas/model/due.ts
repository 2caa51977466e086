// The time left to a case's due date ("sisa 41 jam", "lewat 3 jam"): pure, so it is tested without a clock.

export type DueUnit = 'minutes' | 'hours' | 'days';

export interface DueLeft {
  overdue: boolean;
  n: number;
  unit: DueUnit;
  /** Less than a day left (and not yet overdue). */
  soon: boolean;
}

const MIN = 60_000;
const HOUR = 60 * MIN;

/** Time from `now` to `due`: minutes under an hour, hours up to four days (diversi's 72 h), days beyond. */
export function dueLeft(dueIso: string | null | undefined, now: number): DueLeft | null {
  const due = dueIso ? Date.parse(dueIso) : NaN;
  if (Number.isNaN(due)) return null;
  const diff = due - now;
  const abs = Math.abs(diff);
  const overdue = diff < 0;
  const soon = !overdue && diff < 24 * HOUR;
  if (abs < HOUR) return { overdue, n: Math.max(1, Math.ceil(abs / MIN)), unit: 'minutes', soon };
  if (abs < 96 * HOUR) return { overdue, n: Math.floor(abs / HOUR), unit: 'hours', soon };
  return { overdue, n: Math.floor(abs / (24 * HOUR)), unit: 'days', soon };
}

/** Whether a received time (a datetime-local value) lies in the future: the server refuses it (a few minutes of clock difference pass). */
export function receivedInFuture(received: string, now = Date.now()): boolean {
  const at = received ? new Date(received).getTime() : Number.NaN;
  return Number.isFinite(at) && at > now + 5 * 60_000;
}
