import { join } from 'node:path';
import type {
  FoodAnswer,
  FoodRow,
  FoodYearRow,
  UmkmCategoryRow,
  UmkmFigures,
  UmkmKanwilRow,
  UmkmMonthRow,
  UmkmProductRow,
  UmkmSummary,
  UmkmUptPage,
  UmkmUptRow,
} from '../../common/umkm.ts';
import type { Db, Params } from '../db/duckdb.ts';
import { loadQueries } from '../db/queries.ts';
import { ApiError } from '../http/errors.ts';
import type { Registry } from '../registry/service.ts';
import type { ExportQuery, Filter, UptQuery, YearQuery } from './types.ts';

export const sql = loadQueries(join(import.meta.dirname, 'queries'));

/** Sort keys compared as text, case-insensitively. */
const TEXT_SORTS = new Set(['name', 'kanwil', 'upt_type']);

/** Escapes LIKE wildcards so `q` matches literally. */
const likeLiteral = (s: string) => s.replace(/[\\%_]/g, (m) => `\\${m}`);

/** The first day of the month `n` months after an ISO month's first day (n may be negative). */
function addMonths(iso: string, n: number): string {
  const [y, m] = iso.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1 + n, 1)).toISOString().slice(0, 10);
}

/** A period: its first and last month (first days) and how many months of it have sales. */
interface Period {
  year: number | null;
  from: string;
  to: string;
  months: number;
}

/** The months with sales, read once and kept until the data change. */
class MonthCalendar {
  private months: Promise<string[]> | undefined;

  constructor(private readonly db: Db) {}

  get(): Promise<string[]> {
    this.months ??= this.db.all<{ month: string }>(sql('month_list')).then((r) => r.map((m) => m.month));
    return this.months;
  }

  invalidate(): void {
    this.months = undefined;
  }
}

type SummaryRow = UmkmFigures & { period: 'cur' | 'prev'; months: number };

/** UMKM and food-security questions answered from the analytics database. */
export class UmkmService {
  readonly calendar: MonthCalendar;

  constructor(
    /** The analytics database (an export has DuckDB write its file). */
    readonly db: Db,
    private readonly registry: Registry,
  ) {
    this.calendar = new MonthCalendar(db);
  }

  /** Forgets cached lookups after the curated tables change. */
  invalidate(): void {
    this.calendar.invalidate();
  }

  /** The latest month with sales, or null without data. */
  async latestMonth(): Promise<string | null> {
    return (await this.calendar.get()).at(-1) ?? null;
  }

  /** A calendar year (the latest with sales when absent); 404 when it has no sales. */
  async resolveYear(year?: number): Promise<Period> {
    const months = await this.calendar.get();
    const y = year ?? (months.length ? Number(months.at(-1)!.slice(0, 4)) : undefined);
    const of = y === undefined ? [] : months.filter((m) => m.startsWith(`${y}-`));
    if (y === undefined || !of.length) throw ApiError.notFound(year === undefined ? 'No UMKM data loaded' : `No UMKM sales in ${year}`);
    return { year: y, from: `${y}-01-01`, to: `${y}-12-01`, months: of.length };
  }

  private params(f: Filter) {
    return { kanwil: f.kanwil ?? null, types: f.types ?? null, category: f.category ?? null };
  }

  private async check(f: Filter): Promise<void> {
    await this.registry.checkKanwil(f.kanwil);
  }

  /**
   * A year's figures (the latest year with sales when absent) against the year before; with
   * `last12`, the last 12 months up to the latest month with sales against the 12 before them.
   */
  async summary(q: YearQuery & { last12?: boolean }): Promise<UmkmSummary> {
    await this.check(q);
    const latest = await this.latestMonth();
    if (!latest) throw ApiError.notFound('No UMKM data loaded');
    const cur = q.last12 ? { from: addMonths(latest, -11), to: latest } : await this.resolveYear(q.year);
    const prev = { from: addMonths(cur.from, -12), to: addMonths(cur.to, -12) };
    const rows = await this.db.all<SummaryRow>(sql('summary'), { ...this.params(q), from: cur.from, to: cur.to, pfrom: prev.from, pto: prev.to });
    const empty: SummaryRow = {
      period: 'cur',
      months: 0,
      revenue_idr: 0,
      pnbp_idr: 0,
      inmate_months: 0,
      inmates_avg: null,
      revenue_per_inmate: null,
      food_kg: 0,
    };
    const { period: _c, ...c } = rows.find((r) => r.period === 'cur') ?? empty;
    const p = rows.find((r) => r.period === 'prev');
    const change = (a: number, b: number | undefined) => (p && b ? (100 * (a - b)) / b : null);
    return {
      ...c,
      from: cur.from,
      to: cur.to,
      prev: p ? { ...withoutPeriod(p), ...prev } : null,
      revenue_change_pct: change(c.revenue_idr, p?.revenue_idr),
      pnbp_change_pct: change(c.pnbp_idr, p?.pnbp_idr),
      food_kg_change_pct: change(c.food_kg, p?.food_kg),
      latest_month: latest,
    };
  }

  /** Every month with sales (between `from` and `to`), oldest first. */
  async monthly(f: Filter & { from?: string; to?: string }): Promise<UmkmMonthRow[]> {
    await this.check(f);
    return this.db.all<UmkmMonthRow>(sql('monthly'), { ...this.params(f), from: f.from ?? null, to: f.to ?? null });
  }

  /** A year per category, most PNBP first. */
  async categories(q: Omit<YearQuery, 'category'>): Promise<{ year: number; rows: UmkmCategoryRow[] }> {
    await this.check(q);
    const p = await this.resolveYear(q.year);
    const rows = await this.db.all<UmkmCategoryRow>(sql('categories'), { kanwil: q.kanwil ?? null, types: q.types ?? null, from: p.from, to: p.to });
    return { year: p.year!, rows };
  }

  /** A year per Kanwil, most revenue first. */
  async byKanwil(q: Omit<YearQuery, 'kanwil'>): Promise<{ year: number; rows: UmkmKanwilRow[] }> {
    const p = await this.resolveYear(q.year);
    const rows = await this.db.all<UmkmKanwilRow>(sql('kanwil'), { types: q.types ?? null, category: q.category ?? null, year: p.year, months: p.months });
    return { year: p.year!, rows };
  }

  /** A sorted, filtered page of the units of a year, with the filtered total. */
  async units(q: UptQuery): Promise<UmkmUptPage> {
    await this.check(q);
    const p = await this.resolveYear(q.year);
    const { months, ...filter } = this.unitParams(q, p);
    const [rows, count] = await Promise.all([
      this.db.all<UmkmUptRow>(orderedQuery(q), { ...filter, months, limit: q.limit, offset: q.offset }),
      this.db.one<{ total: number }>(sql('units_count'), filter),
    ]);
    return { year: p.year!, total: count?.total ?? 0, rows };
  }

  private unitParams(q: Omit<UptQuery, 'limit' | 'offset'>, p: Period) {
    return { ...this.params(q), year: p.year, months: p.months, q: q.q ? likeLiteral(q.q) : null };
  }

  /** A year's products, most revenue first. */
  async products(q: YearQuery & { limit: number }): Promise<{ year: number; rows: UmkmProductRow[] }> {
    await this.check(q);
    const p = await this.resolveYear(q.year);
    const rows = await this.db.all<UmkmProductRow>(sql('products'), { ...this.params(q), from: p.from, to: p.to, limit: q.limit });
    return { year: p.year!, rows };
  }

  /** Food-security output per year (kg, heads) and per commodity, each against the year before. */
  async food(f: Omit<Filter, 'category'>): Promise<FoodAnswer> {
    await this.check(f);
    const params = { kanwil: f.kanwil ?? null, types: f.types ?? null };
    const [years, rows] = await Promise.all([this.db.all<FoodYearRow>(sql('food_years'), params), this.db.all<FoodRow>(sql('food'), params)]);
    return { years, rows };
  }

  /** One unit's months, oldest first; 404 for an unknown unit. */
  async unitHistory(code: string): Promise<{ upt: { upt_code: string; name: string; upt_type: string; kanwil: string }; rows: UmkmMonthRow[] }> {
    const u = await this.registry.unit(code);
    const rows = await this.db.all<UmkmMonthRow>(sql('unit_history'), { upt_code: code });
    return { upt: { upt_code: u.upt_code, name: u.name, upt_type: u.upt_type, kanwil: u.kanwil }, rows };
  }

  /**
   * The statement and parameters of an export dataset, in the export's `columns`, for
   * DuckDB to run or write as a file. Same filters, order and checks as the JSON answers.
   */
  async exportQuery(q: ExportQuery, columns: readonly string[]): Promise<{ name: string; query: string; params: Params }> {
    await this.check(q);
    const list = columns.map((c) => `"${c}"`).join(', ');
    const select = (name: string, where = '') => `SELECT ${list} FROM (${name})${where}`;
    if (q.dataset === 'monthly') return { name: '', query: select(sql('monthly')), params: { ...this.params(q), from: null, to: null } };
    if (q.dataset === 'food') return { name: '', query: select(sql('food')), params: { kanwil: q.kanwil ?? null, types: q.types ?? null } };
    const p = await this.resolveYear(q.year);
    const name = String(p.year);
    if (q.dataset === 'categories') {
      return { name, query: select(sql('categories')), params: { kanwil: q.kanwil ?? null, types: q.types ?? null, from: p.from, to: p.to } };
    }
    if (q.dataset === 'kanwil') {
      return { name, query: select(sql('kanwil')), params: { types: q.types ?? null, category: q.category ?? null, year: p.year, months: p.months } };
    }
    if (q.dataset === 'products') return { name, query: select(sql('products')), params: { ...this.params(q), from: p.from, to: p.to, limit: EXPORT_ROWS } };
    return { name, query: select(orderedQuery(q)), params: { ...this.unitParams(q, p), limit: EXPORT_ROWS, offset: 0 } };
  }
}

/** The most rows an export of units or products holds. */
const EXPORT_ROWS = 100_000_000;

function withoutPeriod({ period: _p, ...r }: SummaryRow): UmkmFigures & { months: number } {
  return r;
}

/** The unit query with its ORDER BY filled from the whitelisted sort and direction. */
function orderedQuery(q: Pick<UptQuery, 'sort' | 'order'>): string {
  const column = TEXT_SORTS.has(q.sort) ? `${q.sort} COLLATE NOCASE` : q.sort;
  return sql('units').replaceAll('{{order_by}}', `${column} ${q.order === 'asc' ? 'ASC' : 'DESC'} NULLS LAST`);
}
