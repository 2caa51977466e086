// Horizontal bar chart of Kanwil sorted by overcrowding (highest on top), bars coloured by
// band: the generic bar chart with a Kanwil tooltip and "no data" labels.
import { escapeHtml, formatInt, formatPct } from '../../../lib/format.ts';
import { barChart } from '../../../ui/charts/bar.ts';
import type { BuilderOpts, ChartOption, TipParam } from '../../../ui/charts/types.ts';
import type { KanwilRow } from '../types.ts';
import { BAND_COLOR, NO_DATA_COLOR } from './palette.ts';

export type KanwilLabels = 'overcrowding' | 'occupancy' | 'residents' | 'capacity' | 'noData';

/** Kanwil rows sorted by overcrowding, highest first; null (capacity 0) last. */
export function sortByOvercrowding<T extends { overcrowding_pct: number | null; kanwil: string }>(rows: T[]): T[] {
  return [...rows].sort((a, b) => (b.overcrowding_pct ?? -Infinity) - (a.overcrowding_pct ?? -Infinity) || a.kanwil.localeCompare(b.kanwil));
}

/** Builds the Kanwil bar option; `selected` dims every other Kanwil. */
export function kanwilBarOption(rows: KanwilRow[], opts: BuilderOpts<KanwilLabels> & { selected?: string }): ChartOption {
  const { locale, labels, selected } = opts;
  const sorted = sortByOvercrowding(rows);
  const byName = new Map(sorted.map((r) => [r.kanwil, r]));
  const option = barChart({
    rows: sorted,
    x: 'kanwil',
    y: [{ key: 'overcrowding_pct', label: labels.overcrowding }],
    locale,
    format: 'pct',
    horizontal: true,
    labels: true,
    itemStyle: (i) => {
      const r = sorted[i];
      return { color: r.band ? BAND_COLOR[r.band] : NO_DATA_COLOR, opacity: selected && selected !== r.kanwil ? 0.3 : 1 };
    },
  });
  const [bars] = option.series as Record<string, unknown>[];
  return {
    ...option,
    grid: { left: 8, right: 48, top: 8, bottom: 8, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
    tooltip: {
      trigger: 'item',
      formatter: (p: unknown) => {
        const r = byName.get(String((p as TipParam).name));
        if (!r) return '';
        return [
          `<b>${escapeHtml(r.kanwil)}</b>`,
          `${labels.overcrowding}: <b>${formatPct(r.overcrowding_pct, 1, locale)}</b>`,
          `${labels.occupancy}: ${formatPct(r.occupancy_pct, 1, locale)}`,
          `${labels.residents}: ${formatInt(r.residents, locale)} / ${labels.capacity}: ${formatInt(r.capacity, locale)}`,
        ].join('<br>');
      },
    },
    yAxis: { ...(option.yAxis as object), axisLabel: { interval: 0, fontSize: 11 } },
    series: [
      {
        ...bars,
        type: 'bar',
        cursor: 'pointer',
        label: {
          show: true,
          position: 'right',
          fontSize: 10,
          formatter: (p: unknown) => {
            const r = byName.get(String((p as TipParam).name));
            return r?.overcrowding_pct == null ? labels.noData : formatPct(r.overcrowding_pct, 0, locale);
          },
        },
      },
    ],
  };
}
