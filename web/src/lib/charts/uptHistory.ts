// A unit's history: residents against capacity per snapshot.
import { formatCompact, formatDate, formatPct } from '../format.ts';
import type { HistoryColumns } from '../types.ts';
import { axisTip } from './tooltip.ts';
import type { BuilderOpts, ChartOption, TipParam } from './types.ts';

export type HistoryLabels = 'residents' | 'capacity' | 'detainees' | 'prisoners' | 'overcrowding';

/** Builds the history option from the history's columns (oldest first). */
export function uptHistoryOption(h: HistoryColumns, opts: BuilderOpts<HistoryLabels>): ChartOption {
  const { locale, labels } = opts;
  const n = h.date.length;
  const start = n > 36 ? Math.round(100 * (1 - 36 / n)) : 0;
  return {
    legend: { top: 0 },
    grid: { left: 8, right: 16, top: 36, bottom: 56, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
    tooltip: {
      trigger: 'axis',
      formatter: (p: unknown) =>
        axisTip(
          p as TipParam[],
          (x) => formatDate(String(x.axisValue ?? ''), locale),
          locale,
          (i) => `${labels.overcrowding}: <b>${formatPct(h.overcrowding_pct[i], 1, locale)}</b>`,
        ),
    },
    xAxis: {
      type: 'category',
      boundaryGap: false,
      data: h.date,
      axisLabel: { formatter: (v: string) => formatDate(v, locale) },
    },
    yAxis: { type: 'value', axisLabel: { formatter: (v: number) => formatCompact(v, locale) } },
    dataZoom: [
      { type: 'inside', start, end: 100 },
      { type: 'slider', start, end: 100, bottom: 8 },
    ],
    series: [
      { type: 'line', name: labels.residents, data: h.residents, symbol: 'none', lineStyle: { width: 2.5 }, z: 3 },
      { type: 'line', name: labels.capacity, data: h.capacity, symbol: 'none', step: 'end', lineStyle: { width: 2, type: 'dashed' }, z: 3 },
      { type: 'line', name: labels.detainees, data: h.detainees, stack: 'r', symbol: 'none', lineStyle: { width: 0 }, areaStyle: { opacity: 0.35 } },
      { type: 'line', name: labels.prisoners, data: h.prisoners, stack: 'r', symbol: 'none', lineStyle: { width: 0 }, areaStyle: { opacity: 0.35 } },
    ],
  };
}
