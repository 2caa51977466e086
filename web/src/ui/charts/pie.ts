// A pie (or donut) of shares: one slice per row, the value of a column.
//
//   pieChart({ rows, name: 'upt_type', value: 'residents', locale: 'id-ID', donut: true })
import { escapeHtml, formatPct, type LocaleTag } from '../../lib/format.ts';
import type { ChartOption } from './types.ts';
import { type ColumnOf, type NumberFormat, toNumber, writers } from './xy.ts';

/** The input of a pie chart. */
export interface PieInput<R> {
  rows: readonly R[];
  /** The column naming each slice. */
  name: ColumnOf<R>;
  /** The column of each slice's value; rows without a positive value have no slice. */
  value: ColumnOf<R>;
  locale: LocaleTag;
  format?: NumberFormat;
  /** A ring instead of a full pie. */
  donut?: boolean;
  /** Largest slice first (default); false keeps the order of the rows. */
  sort?: boolean;
}

/** A pie chart: slices in the order given (largest first by default), each labelled with its share. */
export function pieChart<R>(input: PieInput<R>): ChartOption {
  const { locale } = input;
  const write = writers(input.format, locale);
  const slices = input.rows
    .map((r) => ({ name: String(r[input.name] ?? ''), value: toNumber(r[input.value]) }))
    .filter((s): s is { name: string; value: number } => s.value !== null && s.value > 0);
  if (input.sort !== false) slices.sort((a, b) => b.value - a.value);
  const total = slices.reduce((sum, s) => sum + s.value, 0);
  const share = new Map(slices.map((s) => [s.name, total ? (100 * s.value) / total : null]));
  return {
    legend: { type: 'scroll', bottom: 0 },
    tooltip: {
      trigger: 'item',
      formatter: (p: unknown) => {
        const { name = '', value = null } = p as { name?: string; value?: number | null };
        return `<b>${escapeHtml(name)}</b><br>${write.tip(value)} (${formatPct(share.get(name), 1, locale)})`;
      },
    },
    series: [
      {
        type: 'pie',
        radius: input.donut ? ['45%', '70%'] : '70%',
        center: ['50%', '45%'],
        data: slices,
        label: { formatter: (p: unknown) => `${(p as { name: string }).name}\n${formatPct(share.get((p as { name: string }).name), 1, locale)}` },
      },
    ],
  };
}
