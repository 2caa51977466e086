import { join } from 'node:path';
import type { HistoryColumns, KanwilRow, Summary, TrendRow, UptRow } from '../../common/occupancy.ts';
import type { UptInfo } from '../../common/registry.ts';
import type { Db, Params } from '../db/duckdb.ts';
import { loadQueries } from '../db/queries.ts';
import { ApiError } from '../http/errors.ts';
import type { Registry } from '../registry/service.ts';
import { SnapshotCalendar } from './dates.ts';
import type { ExportQuery, Filter, UptQuery } from './types.ts';

export const sql = loadQueries(join(import.meta.dirname, 'queries'));

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
  constructor(
    /** The analytics database (an export has DuckDB write its file). */
    readonly db: Db,
    private readonly registry: Registry,
    /** The snapshot dates, shared with `/api/meta` and the health check. */
    readonly calendar: SnapshotCalendar = new SnapshotCalendar(db, sql('snapshot_dates')),
  ) {}

  /** Forgets cached lookups after the curated tables change. */
  invalidate(): void {
    this.registry.invalidate();
    this.calendar.invalidate();
  }

  private snapshotDates() {
    return this.calendar.get();
  }

  private checkKanwil(kanwil: string | undefined): Promise<void> {
    return this.registry.checkKanwil(kanwil);
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
    const rows = await this.db.all<Summary>(sql('summary'), { ...params, date, prev });
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
      const rows = await this.db.all<TrendRow & { narcotics_cases: unknown }>(sql('unit_series'), { ...range, upt_code: f.upt_code, monthly: true });
      return rows.map(({ narcotics_cases: _n, ...r }) => r);
    }
    return this.db.all<TrendRow>(sql('trend'), { ...range, kanwil: f.kanwil ?? null, types: f.types ?? null });
  }

  /** One row per Kanwil at a date, most overcrowded first. */
  async byKanwil(f: Omit<Filter, 'kanwil'>): Promise<{ date: string; rows: KanwilRow[] }> {
    const date = await this.resolveDate(f.date);
    const rows = await this.db.all<KanwilRow>(sql('kanwil'), { date, types: f.types ?? null });
    return { date, rows };
  }

  /** A sorted, filtered page of units at a date, with the filtered total. */
  async units(qr: UptQuery): Promise<{ date: string; total: number; rows: UptRow[] }> {
    await this.checkKanwil(qr.kanwil);
    const date = await this.resolveDate(qr.date);
    const rows = await this.db.all<UptRow & { total: number }>(orderedQuery('units', qr), {
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
    const rows = await this.db.all<{ line: string }>(orderedQuery('units_csv', qr), uptParams(qr, date));
    return { date, lines: rows.map((r) => r.line) };
  }

  /**
   * The statement and parameters of an export dataset, in the export's `columns`, for
   * DuckDB to write as a file (Parquet). Same filters, order and checks as the JSON answers.
   */
  async exportQuery(q: ExportQuery, columns: string[]): Promise<{ date: string; query: string; params: Params }> {
    await this.checkKanwil(q.kanwil);
    const list = columns.map((c) => `"${c}"`).join(', ');
    if (q.dataset === 'trend') {
      const params = { from: q.from ?? null, to: q.to ?? null, kanwil: q.kanwil ?? null, types: q.types ?? null };
      return { date: '', query: `SELECT ${list} FROM (${sql('trend')})`, params };
    }
    const date = await this.resolveDate(q.date);
    if (q.dataset === 'kanwil') return { date, query: `SELECT ${list} FROM (${sql('kanwil')})`, params: { date, types: q.types ?? null } };
    return { date, query: orderedQuery('units_export', q), params: uptParams(q, date) };
  }

  /** Total for a page past the end (the window count is then absent). */
  private async countUnits(qr: UptQuery, date: string): Promise<number> {
    const all = await this.units({ ...qr, date, offset: 0, limit: 1 });
    return all.total;
  }

  /** A unit of the registry; 404 when the code is unknown. */
  unit(code: string): Promise<UptInfo> {
    return this.registry.unit(code);
  }

  /**
   * A unit and its whole history: month-end snapshots, or every snapshot (`all`, thousands
   * of days), as columns: a daily history as row objects is mostly repeated keys.
   */
  async unitHistory(code: string, resolution: 'month' | 'all' = 'month'): Promise<{ upt: UptInfo; history: HistoryColumns }> {
    const upt = await this.unit(code);
    const series = await this.db.columns<HistoryColumns & { month: string[] }>(sql('unit_series'), {
      upt_code: code,
      from: null,
      to: null,
      monthly: resolution === 'month',
    });
    const { month: _m, ...history } = series;
    return { upt, history };
  }
}
