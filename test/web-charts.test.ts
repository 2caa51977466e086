// Pure chart builders and formatters of the web app (web/src/lib): no DOM, no ECharts runtime.
import { describe, expect, it } from 'vitest';
import { formatCompact, formatDate, formatDecimal, formatInt, formatMonth, formatPct, formatSigned, escapeHtml } from '../web/src/lib/format.ts';
import { trendOption } from '../web/src/modules/occupancy/charts/trend.ts';
import { kanwilBarOption, sortByOvercrowding } from '../web/src/modules/occupancy/charts/kanwilBar.ts';
import { mapOption, provinceData } from '../web/src/modules/occupancy/charts/map.ts';
import { uptHistoryOption } from '../web/src/modules/occupancy/charts/uptHistory.ts';
import { historyRows } from '../web/src/modules/occupancy/history.ts';
import { BAND_COLOR, NO_DATA_COLOR } from '../web/src/modules/occupancy/charts/palette.ts';
import type { KanwilRow, TrendRow } from '../web/src/modules/occupancy/types.ts';

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
