// Pure chart builders and formatters of the web app (web/src/ui/charts, the occupancy
// module's charts, lib/format.ts): no DOM, no ECharts runtime.
import { describe, expect, it } from 'vitest';
import { formatCompact, formatDate, formatDecimal, formatInt, formatMonth, formatPct, formatSigned, escapeHtml } from '../web/src/lib/format.ts';
import { trendOption } from '../web/src/modules/occupancy/charts/trend.ts';
import { kanwilBarOption, sortByOvercrowding } from '../web/src/modules/occupancy/charts/kanwilBar.ts';
import { mapOption, provinceData } from '../web/src/modules/occupancy/charts/map.ts';
import { uptHistoryOption } from '../web/src/modules/occupancy/charts/uptHistory.ts';
import { historyRows } from '../web/src/modules/occupancy/history.ts';
import { BAND_COLOR, NO_DATA_COLOR } from '../web/src/modules/occupancy/charts/palette.ts';
import type { KanwilRow, TrendRow } from '../web/src/modules/occupancy/types.ts';
import { bandChart } from '../web/src/ui/charts/band.ts';
import { barChart } from '../web/src/ui/charts/bar.ts';
import { areaChart, lineChart } from '../web/src/ui/charts/line.ts';
import { pieChart } from '../web/src/ui/charts/pie.ts';
import { scatterChart } from '../web/src/ui/charts/scatter.ts';
import { toSeries } from '../web/src/ui/charts/xy.ts';

// Loose view of an option, to read series without the ECharts union types.
type Loose = { series: Record<string, any>[]; [k: string]: any };
const loose = (o: unknown) => o as Loose;

const trendRow = (month: string, detainees: number, prisoners: number, capacity: number): TrendRow => {
  const residents = detainees + prisoners;
  return {
    month,
    date: `${month}-28`,
    capacity,
    residents,
    detainees,
    prisoners,
    children: 0,
    women: 0,
    occupancy_pct: (100 * residents) / capacity,
    overcrowding_pct: Math.max(0, (100 * residents) / capacity - 100),
  };
};

const kanwilRow = (kanwil: string, overcrowding: number | null, band: KanwilRow['band']): KanwilRow => ({
  kanwil,
  province_codes: [],
  units: 10,
  units_with_capacity: 10,
  units_over_capacity: 1,
  capacity: overcrowding === null ? 0 : 1000,
  residents: overcrowding === null ? 0 : 1000 + 10 * overcrowding,
  detainees: 0,
  prisoners: 0,
  children: 0,
  women: 0,
  narcotics_cases: null,
  occupancy_pct: overcrowding === null ? null : 100 + overcrowding,
  overcrowding_pct: overcrowding,
  band,
});

const labels = {
  residents: 'Penghuni',
  capacity: 'Kapasitas',
  detainees: 'Tahanan',
  prisoners: 'Narapidana',
  overcrowding: 'Overcrowding',
};

describe('format (id-ID)', () => {
  it('formats whole numbers with dots', () => {
    expect(formatInt(275633)).toBe('275.633');
    expect(formatInt(146260, 'en-GB')).toBe('146,260');
    expect(formatInt(null)).toBe('—');
  });

  it('formats decimals and percentages with a comma', () => {
    expect(formatDecimal(89.12)).toBe('89,1');
    expect(formatPct(89.12)).toBe('89,1%');
    expect(formatPct(89.12, 1, 'en-GB')).toBe('89.1%');
    expect(formatPct(null)).toBe('—');
    expect(formatPct(Number.NaN)).toBe('—');
  });

  it('formats signed changes with a true minus and no sign on zero', () => {
    expect(formatSigned(1234)).toBe('+1.234');
    expect(formatSigned(-1234)).toBe('−1.234');
    expect(formatSigned(0.04, 1)).toBe('0,0');
    expect(formatSigned(-2.06, 1)).toBe('−2,1');
  });

  it('formats dates and months in Indonesian', () => {
    expect(formatDate('2025-11-30')).toBe('30 Nov 2025');
    expect(formatDate('2025-05-31')).toBe('31 Mei 2025');
    expect(formatMonth('2025-12')).toBe('Des 2025');
    expect(formatMonth('2025-08-31', 'en-GB')).toBe('Aug 2025');
    expect(formatDate(null)).toBe('—');
  });

  it('formats compact axis labels', () => {
    expect(formatCompact(150000)).toBe('150\u00a0rb');
    expect(formatCompact(150000, 'en-GB')).toMatch(/^150k$/i); // ICU versions differ in case
  });

  it('escapes tooltip HTML', () => {
    expect(escapeHtml('<b>"A&B"</b>')).toBe('&#60;b&#62;&#34;A&#38;B&#34;&#60;/b&#62;');
  });
});

describe('trendOption', () => {
  const rows = [trendRow('2025-10', 70000, 200000, 146000), trendRow('2025-11', 75548, 200085, 146260)];
  const o = loose(trendOption(rows, { locale: 'id-ID', labels }));

  it('puts residents and capacity as lines, detainees and prisoners as stacked areas', () => {
    expect(o.series.map((s) => [s.name, s.type, s.stack ?? null, Boolean(s.areaStyle)])).toEqual([
      ['Penghuni', 'line', null, false],
      ['Kapasitas', 'line', null, false],
      ['Tahanan', 'line', 'residents', true],
      ['Narapidana', 'line', 'residents', true],
    ]);
    expect(o.series[0].data).toEqual([270000, 275633]);
    expect(o.series[1].data).toEqual([146000, 146260]);
    expect(o.series[2].data).toEqual([70000, 75548]);
    expect(o.series[3].data).toEqual([200000, 200085]);
  });

  it('uses the months as categories, formatted in Indonesian, with dataZoom', () => {
    expect(o.xAxis.data).toEqual(['2025-10', '2025-11']);
    expect(o.xAxis.axisLabel.formatter('2025-10')).toBe('Okt 2025');
    expect(o.dataZoom.map((d: { type: string }) => d.type)).toEqual(['inside', 'slider']);
    expect(o.yAxis.axisLabel.formatter(200000)).toBe('200\u00a0rb');
  });

  it('shows overcrowding and Indonesian numbers in the tooltip', () => {
    const tip = o.tooltip.formatter([{ axisValue: '2025-11', seriesName: 'Penghuni', value: 275633, dataIndex: 1, marker: '' }]);
    expect(tip).toContain('Nov 2025');
    expect(tip).toContain('Penghuni: <b>275.633</b>');
    expect(tip).toContain('Overcrowding: <b>88,5%</b>');
  });

  it('can leave out the zoom', () => {
    expect(loose(trendOption(rows, { locale: 'id-ID', labels, zoom: false })).dataZoom).toEqual([]);
  });
});

describe('kanwilBarOption', () => {
  const rows = [
    kanwilRow('Maluku Utara', 0, 'room'),
    kanwilRow('Riau', 145.2, 'over'),
    kanwilRow('Bapas Only', null, null),
    kanwilRow('Kalimantan Timur', 89.1, 'over'),
  ];
  const barLabels = { overcrowding: 'Overcrowding', occupancy: 'Hunian', residents: 'Penghuni', capacity: 'Kapasitas', noData: 'tanpa data' };

  it('sorts by overcrowding, highest first, nulls last', () => {
    expect(sortByOvercrowding(rows).map((r) => r.kanwil)).toEqual(['Riau', 'Kalimantan Timur', 'Maluku Utara', 'Bapas Only']);
    const o = loose(kanwilBarOption(rows, { locale: 'id-ID', labels: barLabels }));
    expect(o.yAxis.data).toEqual(['Riau', 'Kalimantan Timur', 'Maluku Utara', 'Bapas Only']);
    expect(o.yAxis.inverse).toBe(true);
  });

  it('maps null overcrowding to no bar and colours bars by band', () => {
    const o = loose(kanwilBarOption(rows, { locale: 'id-ID', labels: barLabels }));
    const data = o.series[0].data as { name: string; value: number | null; itemStyle: { color: string } }[];
    expect(data.map((d) => d.value)).toEqual([145.2, 89.1, 0, null]);
    expect(data.map((d) => d.itemStyle.color)).toEqual([BAND_COLOR.over, BAND_COLOR.over, BAND_COLOR.room, NO_DATA_COLOR]);
    expect(o.series[0].label.formatter({ name: 'Riau' })).toBe('145%');
    expect(o.series[0].label.formatter({ name: 'Bapas Only' })).toBe('tanpa data');
  });

  it('dims the Kanwil that are not selected', () => {
    const o = loose(kanwilBarOption(rows, { locale: 'id-ID', labels: barLabels, selected: 'Riau' }));
    const opacity = (o.series[0].data as { itemStyle: { opacity: number } }[]).map((d) => d.itemStyle.opacity);
    expect(opacity).toEqual([1, 0.3, 0.3, 0.3]);
  });

  it('formats the tooltip in Indonesian', () => {
    const o = loose(kanwilBarOption(rows, { locale: 'id-ID', labels: barLabels }));
    expect(o.tooltip.formatter({ name: 'Riau' })).toBe('<b>Riau</b><br>Overcrowding: <b>145,2%</b><br>Hunian: 245,2%<br>Penghuni: 2.452 / Kapasitas: 1.000');
  });
});

describe('mapOption', () => {
  const rows = [kanwilRow('Kalimantan Timur', 89.1, 'over'), kanwilRow('Papua', 12.5, 'over')];
  const provinces = [
    { PROVINSI: 'Kalimantan Timur', KODE_PROV: '64', KANWIL: 'Kalimantan Timur' },
    { PROVINSI: 'Kalimantan Utara', KODE_PROV: '65', KANWIL: 'Kalimantan Timur' },
    { PROVINSI: 'Papua Tengah', KODE_PROV: '94', KANWIL: 'Papua' },
    { PROVINSI: 'Aceh', KODE_PROV: '11', KANWIL: 'Aceh' },
    { PROVINSI: 'Nowhere', KODE_PROV: '99', KANWIL: null },
  ];
  const mapLabels = { overcrowding: 'Overcrowding', kanwil: 'Kanwil', noData: 'tanpa data' };

  it("gives each province its Kanwil's value, null when the Kanwil has none", () => {
    expect(provinceData(rows, provinces)).toEqual([
      { name: 'Kalimantan Timur', kanwil: 'Kalimantan Timur', value: 89.1 },
      { name: 'Kalimantan Utara', kanwil: 'Kalimantan Timur', value: 89.1 },
      { name: 'Papua Tengah', kanwil: 'Papua', value: 12.5 },
      { name: 'Aceh', kanwil: 'Aceh', value: null },
      { name: 'Nowhere', kanwil: null, value: null },
    ]);
  });

  it('draws a map series keyed by PROVINSI with a visualMap over overcrowding', () => {
    const o = loose(mapOption(rows, { locale: 'id-ID', labels: mapLabels, mapName: 'idn', provinces, selected: 'Papua' }));
    const s = o.series[0];
    expect([s.type, s.map, s.nameProperty]).toEqual(['map', 'idn', 'PROVINSI']);
    expect(s.data.map((d: { value: unknown }) => d.value)).toEqual([89.1, 89.1, 12.5, '-', '-']);
    expect(s.data[2].itemStyle).toEqual({ borderColor: '#1d4ed8', borderWidth: 2 });
    expect(s.data[0].itemStyle).toBeUndefined();
    expect([o.visualMap.min, o.visualMap.max]).toEqual([0, 100]);
    expect(o.visualMap.text).toEqual(['100%', '0%']);
    expect(o.tooltip.formatter({ name: 'Kalimantan Utara', data: s.data[1] })).toBe(
      '<b>Kalimantan Utara</b><br>Kanwil: Kalimantan Timur<br>Overcrowding: <b>89,1%</b>',
    );
  });

  it('widens the scale past 100% in steps of 50', () => {
    const o = loose(
      mapOption([kanwilRow('Riau', 145.2, 'over')], {
        locale: 'id-ID',
        labels: mapLabels,
        mapName: 'idn',
        provinces: [{ PROVINSI: 'Riau', KODE_PROV: '14', KANWIL: 'Riau' }],
      }),
    );
    expect(o.visualMap.max).toBe(150);
  });
});

describe('uptHistoryOption', () => {
  const history = {
    date: ['2025-10-31', '2025-11-30'],
    capacity: [500, 600],
    residents: [900, 910],
    detainees: [300, 310],
    prisoners: [600, 600],
    children: [0, 0],
    women: [0, 0],
    narcotics_cases: [null, 12],
    occupancy_pct: [180, 151.7],
    overcrowding_pct: [80, 51.7],
  };

  it('draws residents and capacity per snapshot date', () => {
    const o = loose(uptHistoryOption(history, { locale: 'id-ID', labels }));
    expect(o.xAxis.data).toEqual(['2025-10-31', '2025-11-30']);
    expect(o.xAxis.axisLabel.formatter('2025-11-30')).toBe('30 Nov 2025');
    expect(o.series.map((s) => [s.name, s.data])).toEqual([
      ['Penghuni', [900, 910]],
      ['Kapasitas', [500, 600]],
      ['Tahanan', [300, 310]],
      ['Narapidana', [600, 600]],
    ]);
    expect(o.series[1].step).toBe('end');
  });

  it('turns the columns into rows for the table', () => {
    expect(historyRows(history)).toEqual([
      {
        date: '2025-10-31',
        capacity: 500,
        residents: 900,
        detainees: 300,
        prisoners: 600,
        children: 0,
        women: 0,
        narcotics_cases: null,
        occupancy_pct: 180,
        overcrowding_pct: 80,
      },
      {
        date: '2025-11-30',
        capacity: 600,
        residents: 910,
        detainees: 310,
        prisoners: 600,
        children: 0,
        women: 0,
        narcotics_cases: 12,
        occupancy_pct: 151.7,
        overcrowding_pct: 51.7,
      },
    ]);
    const none = {
      date: [],
      capacity: [],
      residents: [],
      detainees: [],
      prisoners: [],
      children: [],
      women: [],
      narcotics_cases: [],
      occupancy_pct: [],
      overcrowding_pct: [],
    };
    expect(historyRows(none)).toEqual([]);
  });
});

// Rows as a SQL result gives them: long (one row per month and Kanwil), counts that DuckDB
// sent as text (BIGINT), a month a Kanwil did not report, and a null.
const byKanwil = [
  { month: '2025-10', kanwil: 'Riau', residents: 14210 },
  { month: '2025-10', kanwil: 'Aceh', residents: '9120' },
  { month: '2025-11', kanwil: 'Riau', residents: 14388 },
  { month: '2025-12', kanwil: 'Riau', residents: null },
  { month: '2025-12', kanwil: 'Aceh', residents: 9301 },
];

describe('toSeries', () => {
  it('pivots long rows into one series per value of the series column, in order of appearance', () => {
    expect(toSeries({ rows: byKanwil, x: 'month', y: ['residents'], series: 'kanwil' })).toEqual({
      categories: ['2025-10', '2025-11', '2025-12'],
      series: [
        { name: 'Riau', measure: { key: 'residents', label: 'Riau' }, data: [14210, 14388, null] },
        { name: 'Aceh', measure: { key: 'residents', label: 'Aceh' }, data: [9120, null, 9301] },
      ],
    });
  });

  it('keeps wide rows as one series per measure, and refuses two measures with a series column', () => {
    const rows = [{ year: 2024, detainees: 52000, prisoners: 218000 }];
    expect(toSeries({ rows, x: 'year', y: ['detainees', { key: 'prisoners', label: 'Narapidana' }] }).series.map((s) => [s.name, s.data])).toEqual([
      ['detainees', [52000]],
      ['Narapidana', [218000]],
    ]);
    expect(() => toSeries({ rows, x: 'year', y: ['detainees', 'prisoners'], series: 'year' })).toThrow(/exactly one measure/);
  });
});

describe('lineChart', () => {
  const o = loose(lineChart({ rows: byKanwil, x: 'month', y: ['residents'], series: 'kanwil', locale: 'id-ID', xFormat: 'month' }));

  it('draws one line per Kanwil over the months, with a legend', () => {
    expect(o).toMatchInlineSnapshot(`
      {
        "dataZoom": [],
        "grid": {
          "bottom": 24,
          "left": 8,
          "outerBoundsContain": "axisLabel",
          "outerBoundsMode": "same",
          "right": 16,
          "top": 36,
        },
        "legend": {
          "top": 0,
        },
        "series": [
          {
            "data": [
              14210,
              14388,
              null,
            ],
            "name": "Riau",
            "symbol": "none",
            "type": "line",
          },
          {
            "data": [
              9120,
              null,
              9301,
            ],
            "name": "Aceh",
            "symbol": "none",
            "type": "line",
          },
        ],
        "tooltip": {
          "formatter": [Function],
          "trigger": "axis",
        },
        "xAxis": {
          "axisLabel": {
            "formatter": [Function],
          },
          "boundaryGap": false,
          "data": [
            "2025-10",
            "2025-11",
            "2025-12",
          ],
          "type": "category",
        },
        "yAxis": {
          "axisLabel": {
            "formatter": [Function],
          },
          "type": "value",
        },
      }
    `);
  });

  it('writes months, axis ticks and tooltip values in Indonesian, a gap as a dash', () => {
    expect(o.xAxis.axisLabel.formatter('2025-12')).toBe('Des 2025');
    expect(o.yAxis.axisLabel.formatter(14000)).toBe('14\u00a0rb');
    const tip = o.tooltip.formatter([
      { axisValue: '2025-11', seriesName: 'Riau', value: 14388, marker: '' },
      { axisValue: '2025-11', seriesName: 'Aceh', value: undefined, marker: '' },
    ]);
    expect(tip).toBe('<b>Nov 2025</b><br>Riau: <b>14.388</b><br>Aceh: <b>—</b>');
  });

  it('adds a zoom on the last points and keeps lines above areas', () => {
    const rows = Array.from({ length: 120 }, (_, i) => ({ t: String(i), a: i, b: 2 * i }));
    const z = loose(
      lineChart({ rows, x: 't', y: ['a', { key: 'b', area: true, stack: 's', step: 'end', dashed: true, width: 0 }], locale: 'en-GB', zoom: 30 }),
    );
    expect(z.dataZoom).toEqual([
      { type: 'inside', start: 75, end: 100 },
      { type: 'slider', start: 75, end: 100, bottom: 12 },
    ]);
    expect(z.series.map((s) => [s.name, s.z ?? null, s.stack ?? null, s.step ?? null, s.lineStyle ?? null, Boolean(s.areaStyle)])).toEqual([
      ['a', 3, null, null, null, false],
      ['b', null, 's', 'end', { width: 0, type: 'dashed' }, true],
    ]);
  });
});

describe('areaChart', () => {
  it('fills and stacks every measure unless told not to stack', () => {
    const rows = [
      { month: '2025-11', detainees: 75548, prisoners: 200085 },
      { month: '2025-12', detainees: 76010, prisoners: 200490 },
    ];
    const stacked = loose(areaChart({ rows, x: 'month', y: ['detainees', 'prisoners'], locale: 'id-ID' }));
    expect(stacked.series).toMatchInlineSnapshot(`
      [
        {
          "areaStyle": {
            "opacity": 0.35,
          },
          "data": [
            75548,
            76010,
          ],
          "lineStyle": {
            "width": 1,
          },
          "name": "detainees",
          "stack": "total",
          "symbol": "none",
          "type": "line",
        },
        {
          "areaStyle": {
            "opacity": 0.35,
          },
          "data": [
            200085,
            200490,
          ],
          "lineStyle": {
            "width": 1,
          },
          "name": "prisoners",
          "stack": "total",
          "symbol": "none",
          "type": "line",
        },
      ]
    `);
    const apart = loose(areaChart({ rows, x: 'month', y: ['detainees', 'prisoners'], locale: 'id-ID', stacked: false }));
    expect(apart.series.map((s) => s.stack ?? null)).toEqual([null, null]);
  });
});

describe('barChart', () => {
  const rows = [
    { upt_type: 'LAPAS', overcrowding_pct: 112.4 },
    { upt_type: 'RUTAN', overcrowding_pct: 188.05 },
    { upt_type: 'LPKA', overcrowding_pct: null },
  ];

  it('draws vertical bars, one per category, values as percentages', () => {
    const o = loose(barChart({ rows, x: 'upt_type', y: [{ key: 'overcrowding_pct', label: 'Overcrowding' }], locale: 'id-ID', format: 'pct' }));
    expect(o).toMatchInlineSnapshot(`
      {
        "grid": {
          "bottom": 8,
          "left": 8,
          "outerBoundsContain": "axisLabel",
          "outerBoundsMode": "same",
          "right": 16,
          "top": 8,
        },
        "series": [
          {
            "barMaxWidth": 32,
            "data": [
              112.4,
              188.05,
              null,
            ],
            "name": "Overcrowding",
            "type": "bar",
          },
        ],
        "tooltip": {
          "axisPointer": {
            "type": "shadow",
          },
          "formatter": [Function],
          "trigger": "axis",
        },
        "xAxis": {
          "axisLabel": {
            "formatter": [Function],
          },
          "data": [
            "LAPAS",
            "RUTAN",
            "LPKA",
          ],
          "type": "category",
        },
        "yAxis": {
          "axisLabel": {
            "formatter": [Function],
          },
          "type": "value",
        },
      }
    `);
    expect(o.yAxis.axisLabel.formatter(150)).toBe('150%');
    expect(o.tooltip.formatter([{ name: 'RUTAN', axisValue: 'RUTAN', seriesName: 'Overcrowding', value: 188.05, marker: '' }])).toBe(
      '<b>RUTAN</b><br>Overcrowding: <b>188,1%</b>',
    );
  });

  it('turns horizontal with the first row on top, labels at the bar ends, and colours per bar', () => {
    const o = loose(
      barChart({
        rows,
        x: 'upt_type',
        y: [{ key: 'overcrowding_pct', label: 'Overcrowding' }],
        locale: 'id-ID',
        format: 'pct',
        horizontal: true,
        labels: true,
        itemStyle: (i) => ({ color: i === 1 ? '#dc2626' : '#16a34a' }),
      }),
    );
    expect([o.xAxis.type, o.yAxis.type, o.yAxis.inverse, o.grid.right]).toEqual(['value', 'category', true, 48]);
    expect(o.series[0].data).toEqual([
      { name: 'LAPAS', value: 112.4, itemStyle: { color: '#16a34a' } },
      { name: 'RUTAN', value: 188.05, itemStyle: { color: '#dc2626' } },
      { name: 'LPKA', value: null, itemStyle: { color: '#16a34a' } },
    ]);
    expect(o.series[0].label.position).toBe('right');
    expect(o.series[0].label.formatter({ value: 112.4 })).toBe('112,4%');
  });

  it('stacks long rows by series', () => {
    const o = loose(barChart({ rows: byKanwil, x: 'month', y: ['residents'], series: 'kanwil', locale: 'id-ID', stacked: true }));
    expect(o.series.map((s) => [s.name, s.stack, s.data])).toEqual([
      ['Riau', 'total', [14210, 14388, null]],
      ['Aceh', 'total', [9120, null, 9301]],
    ]);
    expect(o.legend).toEqual({ top: 0 });
  });
});

describe('bandChart', () => {
  // History has no interval; the forecast months have one (a bound may come as text, as DuckDB sends BIGINT).
  const rows = [
    { month: '2025-11', residents: 275633, lo: null, hi: null },
    { month: '2025-12', residents: 276500, lo: 276500, hi: 276500 },
    { month: '2026-01', residents: 277900, lo: 274100, hi: 281800 },
    { month: '2026-02', residents: 279000, lo: 272000, hi: '286500' },
  ];
  const o = loose(
    bandChart({
      rows,
      x: 'month',
      y: { key: 'residents', label: 'Penghuni' },
      lower: 'lo',
      upper: 'hi',
      bandLabel: 'Interval 80%',
      locale: 'id-ID',
      xFormat: 'month',
    }),
  );

  it('stacks the band width on the lower bound under the line, both named for the legend', () => {
    expect(o).toMatchInlineSnapshot(`
      {
        "dataZoom": [],
        "grid": {
          "bottom": 24,
          "left": 8,
          "outerBoundsContain": "axisLabel",
          "outerBoundsMode": "same",
          "right": 16,
          "top": 36,
        },
        "legend": {
          "data": [
            "Penghuni",
            "Interval 80%",
          ],
          "top": 0,
        },
        "series": [
          {
            "data": [
              null,
              276500,
              274100,
              272000,
            ],
            "lineStyle": {
              "opacity": 0,
            },
            "name": "Interval 80%",
            "silent": true,
            "stack": "band",
            "stackStrategy": "all",
            "symbol": "none",
            "type": "line",
          },
          {
            "areaStyle": {
              "opacity": 0.25,
            },
            "data": [
              null,
              0,
              7700,
              14500,
            ],
            "lineStyle": {
              "opacity": 0,
            },
            "name": "Interval 80%",
            "silent": true,
            "stack": "band",
            "stackStrategy": "all",
            "symbol": "none",
            "type": "line",
          },
          {
            "data": [
              275633,
              276500,
              277900,
              279000,
            ],
            "lineStyle": {
              "width": 2,
            },
            "name": "Penghuni",
            "symbol": "none",
            "type": "line",
            "z": 3,
          },
        ],
        "tooltip": {
          "formatter": [Function],
          "trigger": "axis",
        },
        "xAxis": {
          "axisLabel": {
            "formatter": [Function],
          },
          "boundaryGap": false,
          "data": [
            "2025-11",
            "2025-12",
            "2026-01",
            "2026-02",
          ],
          "type": "category",
        },
        "yAxis": {
          "axisLabel": {
            "formatter": [Function],
          },
          "scale": true,
          "type": "value",
        },
      }
    `);
  });

  it('writes the interval in the tooltip, and a dash where there is none', () => {
    expect(o.tooltip.formatter([{ dataIndex: 2 }])).toBe('<b>Jan 2026</b><br>Penghuni: <b>277.900</b><br>Interval 80%: 274.100 – 281.800');
    expect(o.tooltip.formatter([{ dataIndex: 0 }])).toBe('<b>Nov 2025</b><br>Penghuni: <b>275.633</b><br>Interval 80%: —');
  });
});

describe('pieChart', () => {
  const rows = [
    { upt_type: 'Rutan', residents: 98000 },
    { upt_type: 'Lapas', residents: 165000 },
    { upt_type: 'LPKA', residents: 2000 },
    { upt_type: 'Bapas', residents: 0 },
    { upt_type: 'Lainnya', residents: null },
  ];

  it('draws a slice per row with a value, largest first, labelled with its share', () => {
    const o = loose(pieChart({ rows, name: 'upt_type', value: 'residents', locale: 'id-ID', donut: true }));
    expect(o).toMatchInlineSnapshot(`
      {
        "legend": {
          "bottom": 0,
          "type": "scroll",
        },
        "series": [
          {
            "center": [
              "50%",
              "45%",
            ],
            "data": [
              {
                "name": "Lapas",
                "value": 165000,
              },
              {
                "name": "Rutan",
                "value": 98000,
              },
              {
                "name": "LPKA",
                "value": 2000,
              },
            ],
            "label": {
              "formatter": [Function],
            },
            "radius": [
              "45%",
              "70%",
            ],
            "type": "pie",
          },
        ],
        "tooltip": {
          "formatter": [Function],
          "trigger": "item",
        },
      }
    `);
    expect(o.series[0].label.formatter({ name: 'Rutan' })).toBe('Rutan\n37,0%');
    expect(o.tooltip.formatter({ name: 'LPKA', value: 2000 })).toBe('<b>LPKA</b><br>2.000 (0,8%)');
  });

  it('keeps the order of the rows when asked', () => {
    const o = loose(pieChart({ rows, name: 'upt_type', value: 'residents', locale: 'en-GB', sort: false }));
    expect(o.series[0].data.map((d: { name: string }) => d.name)).toEqual(['Rutan', 'Lapas', 'LPKA']);
    expect(o.series[0].radius).toBe('70%');
  });
});

describe('scatterChart', () => {
  const rows = [
    { name: 'Rutan Kelas I Pekanbaru', upt_type: 'Rutan', capacity: 911, residents: 4986 },
    { name: 'Lapas Kelas IIA Bengkalis', upt_type: 'Lapas', capacity: 174, residents: 1503 },
    { name: 'Bapas Kelas I Jakarta Pusat', upt_type: 'Bapas', capacity: null, residents: 0 },
    { name: 'Lapas Perempuan Kelas IIA Palembang', upt_type: 'Lapas', capacity: 151, residents: 541 },
  ];

  it('plots one point per unit with both values, grouped by type, named in the tooltip', () => {
    const o = loose(
      scatterChart({ rows, x: 'capacity', y: 'residents', name: 'name', series: 'upt_type', xLabel: 'Kapasitas', yLabel: 'Penghuni', locale: 'id-ID' }),
    );
    expect(o).toMatchInlineSnapshot(`
      {
        "grid": {
          "bottom": 24,
          "left": 8,
          "outerBoundsContain": "axisLabel",
          "outerBoundsMode": "same",
          "right": 24,
          "top": 40,
        },
        "legend": {
          "top": 0,
        },
        "series": [
          {
            "data": [
              [
                911,
                4986,
                "Rutan Kelas I Pekanbaru",
              ],
            ],
            "name": "Rutan",
            "symbolSize": 8,
            "type": "scatter",
          },
          {
            "data": [
              [
                174,
                1503,
                "Lapas Kelas IIA Bengkalis",
              ],
              [
                151,
                541,
                "Lapas Perempuan Kelas IIA Palembang",
              ],
            ],
            "name": "Lapas",
            "symbolSize": 8,
            "type": "scatter",
          },
        ],
        "tooltip": {
          "formatter": [Function],
          "trigger": "item",
        },
        "xAxis": {
          "axisLabel": {
            "formatter": [Function],
          },
          "name": "Kapasitas",
          "nameGap": 28,
          "nameLocation": "middle",
          "scale": true,
          "type": "value",
        },
        "yAxis": {
          "axisLabel": {
            "formatter": [Function],
          },
          "name": "Penghuni",
          "scale": true,
          "type": "value",
        },
      }
    `);
    expect(o.tooltip.formatter({ seriesName: 'Rutan', value: [911, 4986, 'Rutan Kelas I Pekanbaru'] })).toBe(
      '<b>Rutan Kelas I Pekanbaru</b><br>Kapasitas: 911<br>Penghuni: <b>4.986</b>',
    );
  });

  it('is one unnamed series without a series column', () => {
    const o = loose(scatterChart({ rows, x: 'capacity', y: 'residents', xLabel: 'Kapasitas', yLabel: 'Penghuni', locale: 'id-ID' }));
    expect(o.series.map((s) => [s.name, s.data.length])).toEqual([['Penghuni', 3]]);
    expect(o.legend).toBeUndefined();
    expect(o.tooltip.formatter({ seriesName: 'Penghuni', value: [174, 1503, ''] })).toBe('Kapasitas: 174<br>Penghuni: <b>1.503</b>');
  });
});
