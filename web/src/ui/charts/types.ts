// Option type of the charts Lentera draws (types only: builders stay runtime-free).
import type { ComposeOption } from 'echarts/core';
import type { BarSeriesOption, LineSeriesOption, MapSeriesOption, PieSeriesOption, ScatterSeriesOption } from 'echarts/charts';
import type { DataZoomComponentOption, GridComponentOption, LegendComponentOption, TooltipComponentOption, VisualMapComponentOption } from 'echarts/components';
import type { LocaleTag } from '../../lib/format.ts';

export type ChartOption = ComposeOption<
  | BarSeriesOption
  | LineSeriesOption
  | MapSeriesOption
  | PieSeriesOption
  | ScatterSeriesOption
  | DataZoomComponentOption
  | GridComponentOption
  | LegendComponentOption
  | TooltipComponentOption
  | VisualMapComponentOption
>;

/** Options every builder takes: the Intl locale tag and series labels. */
export interface BuilderOpts<L extends string> {
  locale: LocaleTag;
  labels: Record<L, string>;
}

/** The slice of an ECharts tooltip parameter that the formatters read. */
export interface TipParam {
  axisValue?: string | number;
  name?: string;
  seriesName?: string;
  marker?: unknown;
  value?: unknown;
  data?: unknown;
  dataIndex?: number;
}

/** What a click on a bar, point or region reports (from ui/Chart.svelte). */
export interface ChartClick {
  name: string;
  data: unknown;
  seriesType: string;
}
