/**
 * The sorted list of snapshot dates, held in memory so that resolving "the last
 * snapshot on or before D" costs a binary search, not a query.
 */
export class SnapshotDates {
  constructor(private readonly dates: readonly string[]) {}

  /** The last date on or before `date` (ISO strings compare as dates), or null. */
  onOrBefore(date: string): string | null {
    let lo = 0;
    let hi = this.dates.length - 1;
    let found: string | null = null;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.dates[mid] <= date) {
        found = this.dates[mid];
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  }

  /** The latest date, or null when there is no data. */
  latest(): string | null {
    return this.dates.at(-1) ?? null;
  }
}
