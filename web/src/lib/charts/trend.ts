// Trend chart: residents against capacity, detainees and prisoners stacked.
import { formatCompact, formatMonth, formatPct } from '../format.ts';
import type { TrendRow } from '../types.ts';
import { axisTip } from './tooltip.ts';
import type { BuilderOpts, ChartOption, TipParam } from './types.ts';

export type TrendLabels = 'residents' | 'capacity' | 'detainees' | 'prisoners' | 'overcrowding';

/** Builds the trend option from monthly rows (oldest first). */
export function trendOption(rows: TrendRow[], opts: BuilderOpts<TrendLabels> & { zoom?: boolean }): ChartOption {
  const { locale, labels } = opts;
  const zoom = opts.zoom ?? true;
  const months = rows.map((r) => r.month);
  // Show the last five years at first when the history is long.
  const start = rows.length > 60 ? Math.round(100 * (1 - 60 / rows.length)) : 0;
  const area = (name: string, data: number[]) => ({
    type: 'line' as const,
    name,
    data,
    stack: 'residents',
    areaStyle: { opacity: 0.35 },
    lineStyle: { width: 0 },
    symbol: 'none',
  });
  return {
    // Series order matches the theme palette: residents, capacity, detainees, prisoners.
    legend: { top: 0, data: [labels.residents, labels.capacity, labels.detainees, labels.prisoners] },
    grid: { left: 8, right: 16, top: 36, bottom: zoom ? 64 : 24, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
    tooltip: {
      trigger: 'axis',
      formatter: (p: unknown) =>
        axisTip(
          p as TipParam[],
          (x) => formatMonth(String(x.axisValue ?? ''), locale),
          locale,
          (i) => `${labels.overcrowding}: <b>${formatPct(rows[i]?.overcrowding_pct, 1, locale)}</b>`,
        ),
    },
    xAxis: {
      type: 'category',
      data: months,
      boundaryGap: false,
      axisLabel: { formatter: (v: string) => formatMonth(v, locale) },
    },
    yAxis: { type: 'value', axisLabel: { formatter: (v: number) => formatCompact(v, locale) } },
    dataZoom: zoom
      ? [
          { type: 'inside', start, end: 100 },
          { type: 'slider', start, end: 100, bottom: 12 },
        ]
      : [],
    series: [
      { type: 'line', name: labels.residents, data: rows.map((r) => r.residents), symbol: 'none', lineStyle: { width: 2.5 }, z: 3 },
      { type: 'line', name: labels.capacity, data: rows.map((r) => r.capacity), symbol: 'none', step: 'end', lineStyle: { width: 2, type: 'dashed' }, z: 3 },
      area(
        labels.detainees,
        rows.map((r) => r.detainees),
      ),
      area(
        labels.prisoners,
        rows.map((r) => r.prisoners),
      ),
    ],
  };
}
