// A line with an interval band around it (a forecast with its prediction interval, an
// estimate with its confidence interval): the band is the area between `lower` and `upper`.
//
//   bandChart({ rows, x: 'month', y: { key: 'forecast', label: 'Prakiraan' }, lower: 'lo80', upper: 'hi80',
//               bandLabel: 'Interval 80%', locale: 'id-ID', xFormat: 'month' })
import type { LineSeriesOption } from 'echarts/charts';
import { escapeHtml, type LocaleTag } from '../../lib/format.ts';
import type { ChartOption, TipParam } from './types.ts';
import { type ColumnOf, type Measure, type NumberFormat, toNumber, writers, type XFormat, xWriter, zoomStart } from './xy.ts';

/** The input of a band chart: one measure and the two columns bounding its band. */
export interface BandInput<R> {
  rows: readonly R[];
  x: ColumnOf<R>;
  y: ColumnOf<R> | Measure<R>;
  lower: ColumnOf<R>;
  upper: ColumnOf<R>;
  /** The band's name in the legend and tooltip ("Interval 80%"). */
  bandLabel: string;
  locale: LocaleTag;
  format?: NumberFormat;
  xFormat?: XFormat;
  /** Shows the last `zoom` points at first, with a slider (none when absent or 0). */
  zoom?: number;
}

/**
 * The band is drawn as two stacked, invisible-lined series: the lower bound, and the
 * width of the band (upper − lower) filled on top of it. Both carry the band's name, so
 * one legend entry shows or hides the band. A point missing either bound has no band.
 */
export function bandChart<R>(input: BandInput<R>): ChartOption {
  const { rows, x, locale, zoom = 0 } = input;
  const m: Measure<R> = typeof input.y === 'string' ? { key: input.y } : input.y;
  const write = writers(input.format, locale);
  const writeX = xWriter(input.xFormat, locale);
  const categories = rows.map((r) => String(r[x] ?? ''));
  const mid = rows.map((r) => toNumber(r[m.key]));
  const lo = rows.map((r) => toNumber(r[input.lower]));
  const hi = rows.map((r) => toNumber(r[input.upper]));
  const has = (i: number) => lo[i] !== null && hi[i] !== null;
  const name = m.label ?? m.key;
  const bandColor = m.color;
  const bound = (data: (number | null)[], filled: boolean): LineSeriesOption => ({
    type: 'line',
    name: input.bandLabel,
    data,
    stack: 'band',
    // Sums the two even when the lower bound is negative (the default stacks by sign).
    stackStrategy: 'all',
    symbol: 'none',
    silent: true,
    lineStyle: { opacity: 0 },
    ...(filled ? { areaStyle: { opacity: 0.25, ...(bandColor && { color: bandColor }) } } : {}),
    ...(bandColor && { itemStyle: { color: bandColor } }),
  });
  const start = zoomStart(rows.length, zoom);
  return {
    legend: { top: 0, data: [name, input.bandLabel] },
    grid: { left: 8, right: 16, top: 36, bottom: zoom ? 64 : 24, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
    tooltip: {
      trigger: 'axis',
      formatter: (p: unknown) => {
        const first = (Array.isArray(p) ? p[0] : p) as TipParam | undefined;
        const i = first?.dataIndex;
        if (i === undefined) return '';
        const band = has(i) ? `${write.tip(lo[i])} – ${write.tip(hi[i])}` : write.tip(null);
        return [
          `<b>${escapeHtml(writeX(categories[i]))}</b>`,
          `${escapeHtml(name)}: <b>${write.tip(mid[i])}</b>`,
          `${escapeHtml(input.bandLabel)}: ${band}`,
        ].join('<br>');
      },
    },
    xAxis: { type: 'category', data: categories, boundaryGap: false, axisLabel: { formatter: writeX } },
    yAxis: { type: 'value', scale: true, axisLabel: { formatter: write.axis } },
    dataZoom: zoom
      ? [
          { type: 'inside', start, end: 100 },
          { type: 'slider', start, end: 100, bottom: 12 },
        ]
      : [],
    series: [
      bound(
        lo.map((v, i) => (has(i) ? v : null)),
        false,
      ),
      bound(
        hi.map((v, i) => (has(i) ? v! - lo[i]! : null)),
        true,
      ),
      {
        type: 'line',
        name,
        data: mid,
        symbol: 'none',
        z: 3,
        lineStyle: { width: m.width ?? 2, ...(m.dashed && { type: 'dashed' as const }), ...(m.color && { color: m.color }) },
        ...(m.color && { itemStyle: { color: m.color } }),
      },
    ],
  };
}
