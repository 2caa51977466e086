// Province map coloured by the overcrowding of the Kanwil serving each province.
import { escapeHtml, formatPct } from '../../../lib/format.ts';
import type { KanwilRow, ProvinceProps } from '../types.ts';
import { MAP_SCALE, NO_DATA_COLOR } from './palette.ts';
import type { BuilderOpts, ChartOption } from '../../../ui/charts/types.ts';

export type MapLabels = 'overcrowding' | 'kanwil' | 'noData';

/** One map item per province: its name, its Kanwil and that Kanwil's value. */
export interface ProvinceDatum {
  name: string;
  kanwil: string | null;
  value: number | null;
}

/** Joins provinces to Kanwil rows; a province without a Kanwil value gets null. */
export function provinceData(rows: KanwilRow[], provinces: ProvinceProps[]): ProvinceDatum[] {
  const byKanwil = new Map(rows.map((r) => [r.kanwil, r]));
  return provinces.map((p) => ({
    name: p.PROVINSI,
    kanwil: p.KANWIL,
    value: p.KANWIL ? (byKanwil.get(p.KANWIL)?.overcrowding_pct ?? null) : null,
  }));
}

/** Builds the map option; `mapName` must be registered with the province GeoJSON. */
export function mapOption(rows: KanwilRow[], opts: BuilderOpts<MapLabels> & { mapName: string; provinces: ProvinceProps[]; selected?: string }): ChartOption {
  const { locale, labels, selected } = opts;
  const data = provinceData(rows, opts.provinces);
  const values = data.map((d) => d.value).filter((v): v is number => v !== null);
  const max = Math.max(100, Math.ceil(Math.max(0, ...values) / 50) * 50);
  return {
    tooltip: {
      trigger: 'item',
      formatter: (p: unknown) => {
        const d = (p as { data?: ProvinceDatum; name?: string }).data;
        const name = escapeHtml(String((p as { name?: string }).name ?? ''));
        if (!d) return name;
        const v = d.value === null ? labels.noData : formatPct(d.value, 1, locale);
        return `<b>${name}</b><br>${labels.kanwil}: ${escapeHtml(d.kanwil ?? labels.noData)}<br>${labels.overcrowding}: <b>${v}</b>`;
      },
    },
    visualMap: {
      type: 'continuous',
      min: 0,
      max,
      calculable: false,
      orient: 'horizontal',
      left: 'center',
      bottom: 0,
      itemWidth: 12,
      itemHeight: 160,
      text: [formatPct(max, 0, locale), formatPct(0, 0, locale)],
      inRange: { color: MAP_SCALE },
      outOfRange: { color: NO_DATA_COLOR },
    },
    series: [
      {
        type: 'map',
        map: opts.mapName,
        nameProperty: 'PROVINSI',
        aspectScale: 1,
        top: 8,
        bottom: 48,
        left: 8,
        right: 8,
        roam: false,
        cursor: 'pointer',
        selectedMode: false,
        itemStyle: { areaColor: NO_DATA_COLOR, borderColor: '#ffffff', borderWidth: 0.5 },
        emphasis: { label: { show: false }, itemStyle: { areaColor: '#60a5fa' } },
        // '-' is ECharts' "no value": the province keeps the no-data colour.
        data: data.map((d) => ({
          ...d,
          value: d.value ?? '-',
          itemStyle: selected && d.kanwil === selected ? { borderColor: '#1d4ed8', borderWidth: 2 } : undefined,
        })),
      },
    ],
  };
}
