// Line and area charts from rows: one series per measure, or per value of a column.
//
//   lineChart({ rows, x: 'month', y: ['residents', { key: 'capacity', label: 'Kapasitas', dashed: true }],
//               locale: 'id-ID', xFormat: 'month' })
//   lineChart({ rows: sqlRows, x: 'month', y: ['residents'], series: 'kanwil', locale })   // long rows
//   areaChart({ rows, x: 'month', y: ['detainees', 'prisoners'], locale })                // stacked areas
import type { LineSeriesOption } from 'echarts/charts';
import { axisTip } from './tooltip.ts';
import type { ChartOption, TipParam } from './types.ts';
import { type SeriesValues, toSeries, writers, type XYInput, xWriter, zoomStart } from './xy.ts';

/** Options of a line chart besides the rows. */
export interface LineOpts {
  /** Adds a zoom slider showing the last `zoom` points at first (none when absent or 0). */
  zoom?: number;
  smooth?: boolean;
  /** An extra tooltip line for the point at index i (e.g. a figure not drawn). */
  tipExtra?: (i: number) => string;
}

/** The ECharts series of one line (filled when its measure is an area). */
function lineSeries<R>(s: SeriesValues<R>, aboveAreas: boolean, smooth: boolean): LineSeriesOption {
  const m = s.measure;
  const lineStyle: NonNullable<LineSeriesOption['lineStyle']> = {};
  if (m.width !== undefined) lineStyle.width = m.width;
  if (m.dashed) lineStyle.type = 'dashed';
  if (m.color) lineStyle.color = m.color;
  return {
    type: 'line',
    name: s.name,
    data: s.data,
    symbol: 'none',
    ...(m.step && { step: m.step }),
    ...(m.stack && { stack: m.stack }),
    ...(m.area && { areaStyle: { opacity: 0.35 } }),
    ...(m.color && { itemStyle: { color: m.color } }),
    ...(Object.keys(lineStyle).length > 0 && { lineStyle }),
    ...(smooth && { smooth: true }),
    // Lines stay above the areas drawn after them.
    ...(aboveAreas && !m.area && { z: 3 }),
  };
}

/** A line chart: x categories along the bottom, one line per measure (or per value of `series`). */
export function lineChart<R>(input: XYInput<R> & LineOpts): ChartOption {
  const { locale, zoom = 0 } = input;
  const { categories, series } = toSeries(input);
  const write = writers(input.format, locale);
  const writeX = xWriter(input.xFormat, locale);
  const hasArea = series.some((s) => s.measure.area);
  const legend = series.length > 1;
  const start = zoomStart(categories.length, zoom);
  return {
    ...(legend && { legend: { top: 0 } }),
    grid: { left: 8, right: 16, top: legend ? 36 : 12, bottom: zoom ? 64 : 24, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
    tooltip: {
      trigger: 'axis',
      formatter: (p: unknown) => axisTip(p as TipParam[], (x) => writeX(String(x.axisValue ?? '')), locale, input.tipExtra, write.tip),
    },
    xAxis: { type: 'category', data: categories, boundaryGap: false, axisLabel: { formatter: (v: string) => writeX(v) } },
    yAxis: { type: 'value', axisLabel: { formatter: write.axis } },
    dataZoom: zoom
      ? [
          { type: 'inside', start, end: 100 },
          { type: 'slider', start, end: 100, bottom: 12 },
        ]
      : [],
    series: series.map((s) => lineSeries(s, hasArea, input.smooth ?? false)),
  };
}

/** An area chart: every measure filled, stacked unless `stacked: false`. */
export function areaChart<R>(input: XYInput<R> & LineOpts & { stacked?: boolean }): ChartOption {
  const stack = input.stacked === false ? undefined : 'total';
  const y = input.y.map((m) => ({ width: 1, stack, ...(typeof m === 'string' ? { key: m } : m), area: true }));
  return lineChart({ ...input, y });
}
