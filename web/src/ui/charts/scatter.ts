// A scatter of two measures: one point per row, optionally grouped into series by a column.
//
//   scatterChart({ rows, x: 'capacity', y: 'residents', name: 'name', series: 'upt_type',
//                  xLabel: 'Kapasitas', yLabel: 'Penghuni', locale: 'id-ID' })
import type { ScatterSeriesOption } from 'echarts/charts';
import { escapeHtml, type LocaleTag } from '../../lib/format.ts';
import type { ChartOption } from './types.ts';
import { type ColumnOf, type NumberFormat, toNumber, writers } from './xy.ts';

/** The input of a scatter chart. */
export interface ScatterInput<R> {
  rows: readonly R[];
  x: ColumnOf<R>;
  y: ColumnOf<R>;
  /** Axis names (and tooltip labels) of the two measures. */
  xLabel: string;
  yLabel: string;
  /** One series per distinct value of this column (one series when absent). */
  series?: ColumnOf<R>;
  /** The column naming each point in the tooltip. */
  name?: ColumnOf<R>;
  locale: LocaleTag;
  xFormat?: NumberFormat;
  yFormat?: NumberFormat;
  /** Point size in px. */
  size?: number;
}

/** A scatter chart; rows missing either value are left out. */
export function scatterChart<R>(input: ScatterInput<R>): ChartOption {
  const { locale } = input;
  const wx = writers(input.xFormat, locale);
  const wy = writers(input.yFormat, locale);
  const groups = new Map<string, [number, number, string][]>();
  for (const r of input.rows) {
    const x = toNumber(r[input.x]);
    const y = toNumber(r[input.y]);
    if (x === null || y === null) continue;
    const g = input.series ? String(r[input.series] ?? '') : input.yLabel;
    if (!groups.has(g)) groups.set(g, []);
    groups.get(g)!.push([x, y, input.name ? String(r[input.name] ?? '') : '']);
  }
  const legend = groups.size > 1;
  return {
    ...(legend && { legend: { top: 0 } }),
    grid: { left: 8, right: 24, top: legend ? 40 : 24, bottom: 24, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
    tooltip: {
      trigger: 'item',
      formatter: (p: unknown) => {
        const { seriesName = '', value } = p as { seriesName?: string; value?: [number, number, string] };
        if (!value) return '';
        const title = value[2] || (legend ? seriesName : '');
        return [
          title && `<b>${escapeHtml(title)}</b>`,
          `${escapeHtml(input.xLabel)}: ${wx.tip(value[0])}`,
          `${escapeHtml(input.yLabel)}: <b>${wy.tip(value[1])}</b>`,
        ]
          .filter(Boolean)
          .join('<br>');
      },
    },
    xAxis: { type: 'value', name: input.xLabel, nameLocation: 'middle', nameGap: 28, scale: true, axisLabel: { formatter: wx.axis } },
    yAxis: { type: 'value', name: input.yLabel, scale: true, axisLabel: { formatter: wy.axis } },
    series: [...groups].map(([name, data]): ScatterSeriesOption => ({ type: 'scatter', name, data, symbolSize: input.size ?? 8 })),
  };
}
