// Trend chart: residents against capacity, detainees and prisoners stacked beneath.
// A line chart of the generic builder with the occupancy look and overcrowding in the tooltip.
import { formatPct } from '../../../lib/format.ts';
import { lineChart } from '../../../ui/charts/line.ts';
import type { BuilderOpts, ChartOption } from '../../../ui/charts/types.ts';
import type { Measure } from '../../../ui/charts/xy.ts';
import type { TrendRow } from '../types.ts';

export type TrendLabels = 'residents' | 'capacity' | 'detainees' | 'prisoners' | 'overcrowding';

type Figures = Pick<TrendRow, 'residents' | 'capacity' | 'detainees' | 'prisoners'>;

/**
 * The four series of a residents-against-capacity chart, in the theme palette's order:
 * residents (bold line), capacity (dashed steps), detainees and prisoners (stacked areas).
 */
export function occupancyMeasures<R extends Figures>(labels: Record<TrendLabels, string>): Measure<R>[] {
  return [
    { key: 'residents', label: labels.residents, width: 2.5 },
    { key: 'capacity', label: labels.capacity, step: 'end', dashed: true, width: 2 },
    { key: 'detainees', label: labels.detainees, area: true, stack: 'residents', width: 0 },
    { key: 'prisoners', label: labels.prisoners, area: true, stack: 'residents', width: 0 },
  ] as Measure<R>[];
}

/** Builds the trend option from monthly rows (oldest first); the last five years show at first. */
export function trendOption(rows: TrendRow[], opts: BuilderOpts<TrendLabels> & { zoom?: boolean }): ChartOption {
  const { locale, labels } = opts;
  return lineChart({
    rows,
    x: 'month',
    xFormat: 'month',
    y: occupancyMeasures<TrendRow>(labels),
    locale,
    zoom: (opts.zoom ?? true) ? 60 : 0,
    tipExtra: (i) => `${labels.overcrowding}: <b>${formatPct(rows[i]?.overcrowding_pct, 1, locale)}</b>`,
  });
}
