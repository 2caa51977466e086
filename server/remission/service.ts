import { join } from 'node:path';
import type {
  RemissionEvent,
  RemissionKanwilAnswer,
  RemissionKanwilRow,
  RemissionSummary,
  RemissionUptHistory,
  RemissionUptPage,
  RemissionUptRow,
  RoundRow,
  RoundsAnswer,
  YearRow,
} from '../../common/remission.ts';
import type { Db, Params } from '../db/duckdb.ts';
import { loadQueries } from '../db/queries.ts';
import { ApiError } from '../http/errors.ts';
import type { Registry } from '../registry/service.ts';
import type { ExportQuery, Filter, RoundQuery, UptQuery } from './types.ts';

export const sql = loadQueries(join(import.meta.dirname, 'queries'));

/** Sort keys compared as text, case-insensitively. */
const TEXT_SORTS = new Set(['name', 'kanwil', 'upt_type']);

/** Escapes LIKE wildcards so `q` matches literally. */
const likeLiteral = (s: string) => s.replace(/[\\%_]/g, (m) => `\\${m}`);

/** One round of the calendar. */
interface Round {
  year: number;
  event: RemissionEvent;
  event_date: string;
}

/** The rounds of the data, read once and kept until the data change. */
class RoundCalendar {
  private rounds: Promise<Round[]> | undefined;

  constructor(private readonly db: Db) {}

  get(): Promise<Round[]> {
    this.rounds ??= this.db.all<Round>(sql('round_list'));
    return this.rounds;
  }

  invalidate(): void {
    this.rounds = undefined;
  }
}

/** Remission questions answered from the analytics database. */
export class RemissionService {
  readonly calendar: RoundCalendar;

  constructor(
    /** The analytics database (an export has DuckDB write its file). */
    readonly db: Db,
    private readonly registry: Registry,
    /** Rupiah a day that an inmate's food costs: what a day of remission saves (an estimate). */
    readonly foodCostPerDay: number,
  ) {
    this.calendar = new RoundCalendar(db);
  }

  /** Forgets cached lookups after the curated tables change. */
  invalidate(): void {
    this.calendar.invalidate();
  }

  /** The round of a year and event; without a year, the latest of that event. 404 when there is none. */
  async resolveRound(q: Pick<RoundQuery, 'year' | 'event'>): Promise<Round> {
    const rounds = await this.calendar.get();
    const of = rounds.filter((r) => r.event === q.event && (q.year === undefined || r.year === q.year));
    const found = of.at(-1);
    if (!found) throw ApiError.notFound(q.year === undefined ? `No ${q.event} round in the data` : `No ${q.event} round in ${q.year}`);
    return found;
  }

  /** The latest round day of the data (any event), or null without data. */
  async latestDate(): Promise<string | null> {
    return (await this.calendar.get()).at(-1)?.event_date ?? null;
  }

  private params(f: Filter) {
    return { kanwil: f.kanwil ?? null, types: f.types ?? null, cost: this.foodCostPerDay };
  }

  /** Every round and every year (all events together), oldest first. */
  async rounds(f: Filter): Promise<RoundsAnswer> {
    await this.registry.checkKanwil(f.kanwil);
    const p = this.params(f);
    const [rows, years] = await Promise.all([
      this.db.all<RoundRow>(sql('rounds'), { ...p, event: null, from_year: null, to_year: null }),
      this.db.all<YearRow>(sql('years'), p),
    ]);
    return { food_cost_per_day_idr: this.foodCostPerDay, rows, years };
  }

  /** One round's totals and the change against the same event a year before. */
  async summary(q: RoundQuery): Promise<RemissionSummary> {
    await this.registry.checkKanwil(q.kanwil);
    const round = await this.resolveRound(q);
    const rows = await this.db.all<RoundRow>(sql('rounds'), {
      ...this.params(q),
      event: round.event,
      from_year: round.year - 1,
      to_year: round.year,
    });
    const cur = rows.find((r) => r.year === round.year);
    if (!cur) throw ApiError.notFound(`No ${round.event} round in ${round.year}`);
    const prev = rows.find((r) => r.year === round.year - 1) ?? null;
    return {
      ...cur,
      food_cost_per_day_idr: this.foodCostPerDay,
      prev,
      granted_change: prev ? cur.granted - prev.granted : null,
      granted_change_pct: prev && prev.granted > 0 ? (100 * (cur.granted - prev.granted)) / prev.granted : null,
      released_change: prev ? cur.released - prev.released : null,
      latest_event_date: (await this.latestDate()) ?? cur.event_date,
    };
  }

  /** One round per Kanwil (most per 100 prisoners first) and in total, with that month's occupancy. */
  async byKanwil(q: Omit<RoundQuery, 'kanwil'>): Promise<RemissionKanwilAnswer> {
    const round = await this.resolveRound(q);
    const all = await this.db.all<RemissionKanwilRow & { kanwil: string | null }>(sql('kanwil'), {
      ...round,
      types: q.types ?? null,
      cost: this.foodCostPerDay,
    });
    const totalRow = all.find((r) => r.kanwil === null);
    if (!totalRow) throw ApiError.notFound(`No ${round.event} round in ${round.year}`);
    const { kanwil: _k, ...total } = totalRow;
    return {
      ...round,
      snapshot_date: total.prisoners === null ? null : lastDay(round.event_date),
      food_cost_per_day_idr: this.foodCostPerDay,
      rows: all.filter((r): r is RemissionKanwilRow => r.kanwil !== null),
      total,
    };
  }

  /** A sorted, filtered page of the units of a round, with the filtered total. */
  async units(q: UptQuery): Promise<RemissionUptPage> {
    await this.registry.checkKanwil(q.kanwil);
    const round = await this.resolveRound(q);
    const params = this.unitParams(q, round);
    const [rows, count] = await Promise.all([
      this.db.all<RemissionUptRow>(orderedQuery(q), { ...params, limit: q.limit, offset: q.offset }),
      this.db.one<{ total: number }>(sql('units_count'), {
        event_date: params.event_date,
        year: params.year,
        event: params.event,
        kanwil: params.kanwil,
        types: params.types,
        q: params.q,
      }),
    ]);
    return { ...round, total: count?.total ?? 0, rows };
  }

  private unitParams(q: Omit<UptQuery, 'limit' | 'offset'>, round: Round) {
    return { ...this.params(q), ...round, q: q.q ? likeLiteral(q.q) : null };
  }

  /** Every round of one unit, oldest first; 404 for an unknown unit. */
  async unitHistory(code: string): Promise<RemissionUptHistory> {
    const u = await this.registry.unit(code);
    const rows = await this.db.all<RemissionUptHistory['rows'][number]>(sql('unit_history'), { upt_code: code, cost: this.foodCostPerDay });
    return { upt: { upt_code: u.upt_code, name: u.name, upt_type: u.upt_type, kanwil: u.kanwil }, rows };
  }

  /**
   * The statement and parameters of an export dataset, in the export's `columns`, for
   * DuckDB to write as a file (Parquet). Same filters, order and checks as the JSON answers.
   */
  async exportQuery(q: ExportQuery, columns: readonly string[]): Promise<{ name: string; query: string; params: Params }> {
    await this.registry.checkKanwil(q.kanwil);
    const list = columns.map((c) => `"${c}"`).join(', ');
    if (q.dataset === 'rounds') {
      return { name: '', query: `SELECT ${list} FROM (${sql('rounds')})`, params: { ...this.params(q), event: null, from_year: null, to_year: null } };
    }
    if (q.dataset === 'years') return { name: '', query: `SELECT ${list} FROM (${sql('years')})`, params: this.params(q) };
    const round = await this.resolveRound(q);
    const name = `${round.event.toLowerCase()}-${round.year}`;
    if (q.dataset === 'kanwil') {
      return {
        name,
        query: `SELECT ${list} FROM (${sql('kanwil')}) WHERE kanwil IS NOT NULL`,
        params: { ...round, types: q.types ?? null, cost: this.foodCostPerDay },
      };
    }
    return { name, query: `SELECT ${list} FROM (${orderedQuery(q)})`, params: { ...this.unitParams(q, round), limit: EXPORT_ROWS, offset: 0 } };
  }
}

/** The most rows an export of units holds (every unit of a round at any scale). */
const EXPORT_ROWS = 100_000_000;

/** The unit query with its ORDER BY filled from the whitelisted sort and direction. */
function orderedQuery(q: Pick<UptQuery, 'sort' | 'order'>): string {
  const column = TEXT_SORTS.has(q.sort) ? `${q.sort} COLLATE NOCASE` : q.sort;
  return sql('units').replaceAll('{{order_by}}', `${column} ${q.order === 'asc' ? 'ASC' : 'DESC'} NULLS LAST`);
}

/** The last day of an ISO date's month (the month-end snapshot of a round). */
function lastDay(iso: string): string {
  const [y, m] = iso.split('-').map(Number);
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}

export type { Round };
