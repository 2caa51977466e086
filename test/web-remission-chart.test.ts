import { describe, expect, it } from 'vitest';
import { byYear, EVENT_COLORS } from '../web/src/modules/remission/eventColors.ts';
import { barChart } from '../web/src/ui/charts/bar.ts';

describe('the remission years chart', () => {
  it('stacks each round in its own colour, one bar per year, oldest first', () => {
    const rows = byYear([
      { year: 2025, event: 'RK_NATAL', granted: 75 },
      { year: 2024, event: 'RK_NATAL', granted: 47 },
      { year: 2025, event: 'RU_17_AGUSTUS', granted: 274 },
    ]);
    expect(rows).toEqual([
      { year: '2024', RK_NATAL: 47 },
      { year: '2025', RK_NATAL: 75, RU_17_AGUSTUS: 274 },
    ]);
    const option = barChart({
      rows,
      x: 'year',
      y: (['RU_17_AGUSTUS', 'RK_NATAL'] as const).map((e) => ({ key: e, label: e, color: EVENT_COLORS[e] })),
      stacked: true,
      locale: 'id-ID',
    }) as { series: { data: (number | null)[]; itemStyle: { color: string }; stack: string }[] };
    expect(option.series.map((s) => s.data)).toEqual([
      [null, 274],
      [47, 75],
    ]);
    expect(new Set(Object.values(EVENT_COLORS)).size).toBe(7);
    expect(option.series[0].itemStyle.color).toBe(EVENT_COLORS.RU_17_AGUSTUS);
  });
});
