import type { Db } from '../db/duckdb.ts';
import { ApiError } from '../http/errors.ts';
import { sql } from '../sql/index.ts';
import { SnapshotDates } from './dates.ts';
import type { Filter, HistoryColumns, KanwilRow, Summary, TrendRow, UptQuery, UptRow } from './types.ts';

/** Sort keys compared as text, case-insensitively. */
const TEXT_SORTS = new Set(['name', 'kanwil', 'upt_type']);

/** Escapes LIKE wildcards so `q` matches literally. */
const likeLiteral = (s: string) => s.replace(/[\\%_]/g, (m) => `\\${m}`);

/** A unit query with its ORDER BY filled from the whitelisted sort and direction. */
function orderedQuery(name: string, qr: Pick<UptQuery, 'sort' | 'order'>): string {
  const column = TEXT_SORTS.has(qr.sort) ? `${qr.sort} COLLATE NOCASE` : qr.sort;
  return sql(name).replaceAll('{{order_by}}', `${column} ${qr.order === 'asc' ? 'ASC' : 'DESC'} NULLS LAST`);
}

/** The bound values of the unit queries. */
function uptParams(qr: Pick<UptQuery, 'kanwil' | 'types' | 'q'>, date: string) {
  return { date, kanwil: qr.kanwil ?? null, types: qr.types ?? null, q: qr.q ? likeLiteral(qr.q) : null };
}

/** Same date one year earlier (29 Feb → 28 Feb). */
function yearBefore(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  const last = new Date(Date.UTC(y - 1, m, 0)).getUTCDate();
  return `${y - 1}-${String(m).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/** Occupancy questions answered from the analytics database. */
export class OccupancyService {
  private kanwilNames: Promise<Set<string>> | undefined;
  private dates: Promise<SnapshotDates> | undefined;

  constructor(private readonly db: Db) {}

  /** Forgets cached lookups after the curated tables change. */
  invalidate(): void {
    this.kanwilNames = undefined;
    this.dates = undefined;
  }

  private snapshotDates(): Promise<SnapshotDates> {
    this.dates ??= this.db.all<{ date: string }>(sql('snapshot_dates')).then((r) => new SnapshotDates(r.map((d) => d.date)));
    return this.dates;
  }

  /** Refuses a Kanwil that is not in the registry (400 naming the field). */
  async checkKanwil(kanwil: string | undefined): Promise<void> {
    if (kanwil === undefined) return;
    this.kanwilNames ??= this.db.all<{ name: string }>(sql('meta_kanwil')).then((r) => new Set(r.map((k) => k.name)));
    if (!(await this.kanwilNames).has(kanwil)) {
      throw ApiError.invalid([{ field: 'kanwil', code: 'unknown_kanwil', message: `unknown Kanwil: ${kanwil}` }]);
    }
  }

  /** The snapshot to show for a requested date: the last one on or before it. */
  async resolveDate(date?: string): Promise<string> {
    const dates = await this.snapshotDates();
    const found = date ? dates.onOrBefore(date) : dates.latest();
    if (!found) {
      throw date ? ApiError.notFound(`No snapshot on or before ${date}`) : ApiError.notFound('No occupancy data loaded');
    }
    return found;
  }

  /** Figures at a date plus the change against the same month a year before. */
  async summary(f: Filter): Promise<Summary> {
    await this.checkKanwil(f.kanwil);
    const date = await this.resolveDate(f.date);
    const params = { kanwil: f.kanwil ?? null, types: f.types ?? null };
    const prevWanted = yearBefore(date);
    const prevDate = (await this.snapshotDates()).onOrBefore(prevWanted);
    // Only a snapshot of that same month counts as "a year before".
    const prev = prevDate?.slice(0, 7) === prevWanted.slice(0, 7) ? prevDate : null;
    const rows = await this.db.all<Summary>(sql('occupancy_summary'), { ...params, date, prev });
    const empty = {
      date,
      units: 0,
      units_with_capacity: 0,
      units_over_capacity: 0,
      capacity: 0,
      residents: 0,
      detainees: 0,
      prisoners: 0,
      children: 0,
      women: 0,
      narcotics_cases: null,
      occupancy_pct: null,
      overcrowding_pct: null,
    } as Summary;
    // A filter that matches no unit has no row at the date: its figures are zeros.
    const cur = rows.find((r) => r.date === date) ?? empty;
    const before = prev ? rows.find((r) => r.date === prev) : undefined;
    const ok = before && before.units > 0;
    return {
      ...cur,
      prev_date: ok ? prev : null,
      prev_capacity: ok ? before.capacity : null,
      prev_residents: ok ? before.residents : null,
      prev_overcrowding_pct: ok ? before.overcrowding_pct : null,
      residents_change: ok ? cur.residents - before.residents : null,
      residents_change_pct: ok && before.residents > 0 ? (100 * (cur.residents - before.residents)) / before.residents : null,
      capacity_change: ok ? cur.capacity - before.capacity : null,
      overcrowding_change_pp: ok && cur.overcrowding_pct !== null && before.overcrowding_pct !== null ? cur.overcrowding_pct - before.overcrowding_pct : null,
    };
  }

  /** Monthly series for the country, a Kanwil, unit types, or one unit. */
  async trend(f: Filter & { from?: string; to?: string; upt_code?: string }): Promise<TrendRow[]> {
    await this.checkKanwil(f.kanwil);
    const range = { from: f.from ?? null, to: f.to ?? null };
    if (f.upt_code) {
      await this.unit(f.upt_code);
      return this.db.all<TrendRow>(sql('occupancy_trend_upt'), { ...range, upt_code: f.upt_code });
    }
    return this.db.all<TrendRow>(sql('occupancy_trend'), { ...range, kanwil: f.kanwil ?? null, types: f.types ?? null });
  }

  /** One row per Kanwil at a date, most overcrowded first. */
  async byKanwil(f: Omit<Filter, 'kanwil'>): Promise<{ date: string; rows: KanwilRow[] }> {
    const date = await this.resolveDate(f.date);
    const rows = await this.db.all<KanwilRow>(sql('occupancy_kanwil'), { date, types: f.types ?? null });
    return { date, rows };
  }

  /** A sorted, filtered page of units at a date, with the filtered total. */
  async units(qr: UptQuery): Promise<{ date: string; total: number; rows: UptRow[] }> {
    await this.checkKanwil(qr.kanwil);
    const date = await this.resolveDate(qr.date);
    const rows = await this.db.all<UptRow & { total: number }>(orderedQuery('occupancy_upt', qr), {
      ...uptParams(qr, date),
      limit: qr.limit,
      offset: qr.offset,
    });
    const total = rows[0]?.total ?? (qr.offset > 0 ? await this.countUnits(qr, date) : 0);
    return { date, total, rows: rows.map(({ total: _t, ...r }) => r) };
  }

  /** Every unit of the filter as CSV lines, formatted by DuckDB (the export of thousands of rows). */
  async unitsCsv(qr: Omit<UptQuery, 'limit' | 'offset'>): Promise<{ date: string; lines: string[] }> {
    await this.checkKanwil(qr.kanwil);
    const date = await this.resolveDate(qr.date);
    const rows = await this.db.all<{ line: string }>(orderedQuery('occupancy_upt_csv', qr), uptParams(qr, date));
    return { date, lines: rows.map((r) => r.line) };
  }

  /** Total for a page past the end (the window count is then absent). */
  private async countUnits(qr: UptQuery, date: string): Promise<number> {
    const all = await this.units({ ...qr, date, offset: 0, limit: 1 });
    return all.total;
  }

  /** A unit of the registry; 404 when the code is unknown. */
  async unit(code: string): Promise<Record<string, unknown>> {
    const u = await this.db.one(sql('upt_get'), { upt_code: code });
    if (!u) throw ApiError.notFound(`Unknown unit code: ${code}`);
    return u;
  }

  /**
   * A unit and its whole history: month-end snapshots, or every snapshot (`all`, thousands
   * of days), as columns: a daily history as row objects is mostly repeated keys.
   */
  async unitHistory(code: string, resolution: 'month' | 'all' = 'month'): Promise<{ upt: Record<string, unknown>; history: HistoryColumns }> {
    const upt = await this.unit(code);
    const history = await this.db.columns<HistoryColumns>(sql('upt_history'), { upt_code: code, monthly: resolution === 'month' });
    return { upt, history };
  }
}
