// Tooltip HTML of the axis-triggered charts (every builder escapes what it writes).
import { escapeHtml, formatInt } from '../../lib/format.ts';
import type { LocaleTag } from '../../lib/format.ts';
import type { TipParam } from './types.ts';

/** A tooltip value as a number; ECharts gives null, undefined or '-' for a missing one. */
const tipValue = (v: unknown): number | null => (v === null || v === undefined || v === '-' ? null : Number(v));

/**
 * Renders "title" then one "marker name: value" line per series, then `extra` for the
 * point's index. Values are written by `write` (whole numbers by default).
 */
export function axisTip(
  params: TipParam | TipParam[],
  title: (p: TipParam) => string,
  locale: LocaleTag,
  extra?: (i: number) => string,
  write: (v: number | null) => string = (v) => formatInt(v, locale),
): string {
  const list = Array.isArray(params) ? params : [params];
  if (list.length === 0) return '';
  const lines = list.map((p) => `${typeof p.marker === 'string' ? p.marker : ''}${escapeHtml(p.seriesName ?? '')}: <b>${write(tipValue(p.value))}</b>`);
  const first = list[0];
  const tail = extra && typeof first.dataIndex === 'number' ? extra(first.dataIndex) : '';
  return [`<b>${escapeHtml(title(first))}</b>`, ...lines, tail].filter(Boolean).join('<br>');
}
