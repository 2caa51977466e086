// A unit's history: residents against capacity per snapshot (the trend's look, dated points).
import type { DataZoomComponentOption, GridComponentOption } from 'echarts/components';
import { formatPct } from '../../../lib/format.ts';
import { lineChart } from '../../../ui/charts/line.ts';
import type { BuilderOpts, ChartOption } from '../../../ui/charts/types.ts';
import { historyRows } from '../history.ts';
import type { HistoryColumns, HistoryRow } from '../types.ts';
import { occupancyMeasures, type TrendLabels } from './trend.ts';

export type HistoryLabels = TrendLabels;

/** Builds the history option from the history's columns (oldest first); the last three years show at first. */
export function uptHistoryOption(h: HistoryColumns, opts: BuilderOpts<HistoryLabels>): ChartOption {
  const { locale, labels } = opts;
  const option = lineChart({
    rows: historyRows(h),
    x: 'date',
    xFormat: 'date',
    y: occupancyMeasures<HistoryRow>(labels),
    locale,
    zoom: 36,
    tipExtra: (i) => `${labels.overcrowding}: <b>${formatPct(h.overcrowding_pct[i], 1, locale)}</b>`,
  });
  // The dialog's chart is shorter than the page's: its slider sits closer to the bottom.
  const zoom = option.dataZoom as DataZoomComponentOption[];
  return {
    ...option,
    grid: { ...(option.grid as GridComponentOption), bottom: 56 },
    dataZoom: zoom.map((d) => (d.type === 'slider' ? { ...d, bottom: 8 } : d)),
  };
}
