import type { Meta } from '../../common/registry.ts';
import type { Db } from '../db/duckdb.ts';

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

  /** The first date, or null when there is no data. */
  first(): string | null {
    return this.dates[0] ?? null;
  }

  get count(): number {
    return this.dates.length;
  }
}

/** The snapshot calendar of the analytics data, read once and kept until the data change. */
export class SnapshotCalendar {
  private dates: Promise<SnapshotDates> | undefined;

  constructor(
    private readonly db: Db,
    private readonly query: string,
  ) {}

  /** The dates, loaded on first use. */
  get(): Promise<SnapshotDates> {
    this.dates ??= this.db.all<{ date: string }>(this.query).then((r) => new SnapshotDates(r.map((d) => d.date)));
    return this.dates;
  }

  /** Forgets the dates after the data change. */
  invalidate(): void {
    this.dates = undefined;
  }

  /** First and latest snapshot and how many there are (`/api/meta`). */
  async range(): Promise<Pick<Meta, 'first_snapshot' | 'latest_snapshot' | 'snapshot_count'>> {
    const d = await this.get();
    return { first_snapshot: d.first(), latest_snapshot: d.latest(), snapshot_count: d.count };
  }
}
