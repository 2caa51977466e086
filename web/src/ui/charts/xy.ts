// What the generic chart builders share: rows in, columns named by key; wide rows (one
// series per measure in `y`) or long rows (one series per value of the `series` column,
// as a SQL `GROUP BY month, kanwil` gives them); how numbers and x values are written.
import { formatCompact, formatDate, formatDecimal, formatInt, formatMonth, formatPct, type LocaleTag } from '../../lib/format.ts';

/** A column of the rows, by name. */
export type ColumnOf<R> = Extract<keyof R, string>;

/**
 * How values are written: whole numbers, one decimal, percentages (values already in
 * percent), or a function. Axes write the same kind shorter ("276 rb", "150%").
 */
export type NumberFormat = 'int' | 'dec' | 'pct' | ((v: number, locale: LocaleTag) => string);

/** How x values are written: ISO months ("Nov 2025"), ISO dates ("30 Nov 2025"), as they are, or a function. */
export type XFormat = 'month' | 'date' | 'text' | ((v: string, locale: LocaleTag) => string);

/** One measure (a column of numbers) and how its series looks. */
export interface Measure<R> {
  key: ColumnOf<R>;
  /** Series name in the legend and tooltip; the column name when absent. */
  label?: string;
  color?: string;
  /** Line charts: fill under the line. */
  area?: boolean;
  /** Series with the same stack name are drawn on top of each other. */
  stack?: string;
  /** Line charts: a step line (capacity changes by steps). */
  step?: 'start' | 'middle' | 'end';
  dashed?: boolean;
  /** Line width in px. */
  width?: number;
}

/** The input of the x/y builders (line, area, bar, band). */
export interface XYInput<R> {
  rows: readonly R[];
  /** The column of the categories on the x axis (months, dates, names), in the order of the rows. */
  x: ColumnOf<R>;
  /** The measures: one series each (wide rows), or the one measure split by `series` (long rows). */
  y: readonly (ColumnOf<R> | Measure<R>)[];
  /** Long rows: one series per distinct value of this column (then `y` has one measure). */
  series?: ColumnOf<R>;
  locale: LocaleTag;
  /** How the values are written (default: whole numbers). */
  format?: NumberFormat;
  /** How the x values are written (default: as they are). */
  xFormat?: XFormat;
}

/** One series ready for ECharts: its name, its look, and one value per category (null: no value). */
export interface SeriesValues<R> {
  name: string;
  measure: Measure<R>;
  data: (number | null)[];
}

/** A cell as a number: numbers and numeric text (DuckDB BIGINT as text) count; anything else is null. */
export function toNumber(v: unknown): number | null {
  const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : Number.NaN;
  return Number.isFinite(n) ? n : null;
}

const measureOf = <R>(m: ColumnOf<R> | Measure<R>): Measure<R> => (typeof m === 'string' ? { key: m } : m);

/** The categories and one series per measure (wide rows) or per value of `series` (long rows). */
export function toSeries<R>(input: Pick<XYInput<R>, 'rows' | 'x' | 'y' | 'series'>): { categories: string[]; series: SeriesValues<R>[] } {
  const { rows, x } = input;
  const measures = input.y.map(measureOf);
  if (!input.series) {
    return {
      categories: rows.map((r) => String(r[x] ?? '')),
      series: measures.map((m) => ({ name: m.label ?? m.key, measure: m, data: rows.map((r) => toNumber(r[m.key])) })),
    };
  }
  if (measures.length !== 1) throw new Error('long rows (`series`) take exactly one measure in `y`');
  const m = measures[0];
  const categories: string[] = [];
  const index = new Map<string, number>();
  const groups = new Map<string, (number | null)[]>();
  for (const r of rows) {
    const c = String(r[x] ?? '');
    if (!index.has(c)) index.set(c, categories.push(c) - 1);
  }
  for (const r of rows) {
    const g = String(r[input.series] ?? '');
    let data = groups.get(g);
    if (!data) groups.set(g, (data = categories.map(() => null)));
    data[index.get(String(r[x] ?? ''))!] = toNumber(r[m.key]);
  }
  return { categories, series: [...groups].map(([name, data]) => ({ name, measure: { ...m, label: name }, data })) };
}

/** Writers of a number format: `tip` for tooltips and labels, `axis` for axis ticks (shorter). */
export function writers(format: NumberFormat = 'int', locale: LocaleTag): { tip: (v: number | null) => string; axis: (v: number) => string } {
  if (typeof format === 'function') {
    return { tip: (v) => (v === null ? formatInt(null) : format(v, locale)), axis: (v) => format(v, locale) };
  }
  if (format === 'pct') return { tip: (v) => formatPct(v, 1, locale), axis: (v) => formatPct(v, 0, locale) };
  if (format === 'dec') return { tip: (v) => formatDecimal(v, 1, locale), axis: (v) => formatCompact(v, locale) };
  return { tip: (v) => formatInt(v, locale), axis: (v) => formatCompact(v, locale) };
}

/** The writer of x values. */
export function xWriter(format: XFormat = 'text', locale: LocaleTag): (v: string) => string {
  if (typeof format === 'function') return (v) => format(v, locale);
  if (format === 'month') return (v) => formatMonth(v, locale);
  if (format === 'date') return (v) => formatDate(v, locale);
  return (v) => v;
}

/** The first `n` points are scrolled away at first so that the last `window` show (dataZoom start, in %). */
export function zoomStart(points: number, window: number): number {
  return points > window ? Math.round(100 * (1 - window / points)) : 0;
}
