// Shared tooltip HTML for the axis-triggered line charts.
import { escapeHtml, formatInt } from '../format.ts';
import type { LocaleTag } from '../format.ts';
import type { TipParam } from './types.ts';

/** Renders "title" then one "marker name: value" line per series. */
export function axisTip(params: TipParam | TipParam[], title: (p: TipParam) => string, locale: LocaleTag, extra?: (i: number) => string): string {
  const list = Array.isArray(params) ? params : [params];
  if (list.length === 0) return '';
  const lines = list.map((p) => {
    const v = typeof p.value === 'number' ? p.value : Number(p.value);
    return `${typeof p.marker === 'string' ? p.marker : ''}${escapeHtml(p.seriesName ?? '')}: <b>${formatInt(v, locale)}</b>`;
  });
  const first = list[0];
  const tail = extra && typeof first.dataIndex === 'number' ? extra(first.dataIndex) : '';
  return [`<b>${escapeHtml(title(first))}</b>`, ...lines, tail].filter(Boolean).join('<br>');
}
