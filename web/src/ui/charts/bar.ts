// Bar charts from rows: vertical or horizontal, side by side or stacked.
//
//   barChart({ rows, x: 'kanwil', y: [{ key: 'overcrowding_pct', label: 'Overcrowding' }],
//              locale: 'id-ID', format: 'pct', horizontal: true, labels: true })
//   barChart({ rows: sqlRows, x: 'year', y: ['residents'], series: 'upt_type', locale, stacked: true })
import type { BarSeriesOption } from 'echarts/charts';
import { axisTip } from './tooltip.ts';
import type { ChartOption, TipParam } from './types.ts';
import { toSeries, writers, type XYInput, xWriter } from './xy.ts';

/** Options of a bar chart besides the rows. */
export interface BarOpts {
  /** Bars grow to the right, the categories listed top-down in row order. */
  horizontal?: boolean;
  /** Series stacked on one bar per category instead of side by side. */
  stacked?: boolean;
  /** Each bar's value written at its end. */
  labels?: boolean;
  /** Colour and opacity of the bar of category i (e.g. by band; dimming the unselected). */
  itemStyle?: (i: number) => { color?: string; opacity?: number };
}

/** A bar chart: one bar (or one stack) per category of `x`, one series per measure or per value of `series`. */
export function barChart<R>(input: XYInput<R> & BarOpts): ChartOption {
  const { locale, horizontal = false, labels = false } = input;
  const { categories, series } = toSeries(input);
  const write = writers(input.format, locale);
  const writeX = xWriter(input.xFormat, locale);
  const legend = series.length > 1;
  const category = horizontal
    ? { type: 'category' as const, inverse: true, data: categories, axisTick: { show: false }, axisLabel: { interval: 0, formatter: writeX } }
    : { type: 'category' as const, data: categories, axisLabel: { formatter: writeX } };
  const value = { type: 'value' as const, axisLabel: { formatter: write.axis } };
  const bars = series.map(
    (s): BarSeriesOption => ({
      type: 'bar',
      name: s.name,
      barMaxWidth: horizontal ? 14 : 32,
      ...(input.stacked && { stack: 'total' }),
      ...(s.measure.color && { itemStyle: { color: s.measure.color } }),
      ...(labels && {
        label: {
          show: true,
          position: horizontal ? 'right' : 'top',
          fontSize: 10,
          formatter: (p: unknown) => write.tip((p as { value: number | null }).value),
        },
      }),
      data: input.itemStyle ? s.data.map((v, i) => ({ name: categories[i], value: v, itemStyle: input.itemStyle!(i) })) : s.data,
    }),
  );
  return {
    ...(legend && { legend: { top: 0 } }),
    grid: { left: 8, right: horizontal && labels ? 48 : 16, top: legend ? 36 : 8, bottom: 8, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (p: unknown) => axisTip(p as TipParam[], (x) => writeX(String(x.axisValue ?? x.name ?? '')), locale, undefined, write.tip),
    },
    xAxis: horizontal ? value : category,
    yAxis: horizontal ? category : value,
    series: bars,
  };
}
