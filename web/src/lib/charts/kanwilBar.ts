// Horizontal bar chart of Kanwil sorted by overcrowding (highest on top).
import { escapeHtml, formatInt, formatPct } from '../format.ts';
import type { KanwilRow } from '../types.ts';
import { BAND_COLOR, NO_DATA_COLOR } from './palette.ts';
import type { BuilderOpts, ChartOption, TipParam } from './types.ts';

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
  return {
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
    xAxis: { type: 'value', axisLabel: { formatter: (v: number) => formatPct(v, 0, locale) } },
    yAxis: {
      type: 'category',
      inverse: true,
      data: sorted.map((r) => r.kanwil),
      axisTick: { show: false },
      axisLabel: { interval: 0, fontSize: 11 },
    },
    series: [
      {
        type: 'bar',
        name: labels.overcrowding,
        barMaxWidth: 14,
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
        data: sorted.map((r) => ({
          name: r.kanwil,
          value: r.overcrowding_pct,
          itemStyle: {
            color: r.band ? BAND_COLOR[r.band] : NO_DATA_COLOR,
            opacity: selected && selected !== r.kanwil ? 0.3 : 1,
          },
        })),
      },
    ],
  };
}
