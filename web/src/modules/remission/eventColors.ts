// One colour per remission round, the same in every chart (seven rounds: more than the
// theme's palette holds, which would repeat colours); readable on light and dark.
import type { RemissionEvent } from '../../../../common/remission.ts';

export const EVENT_COLORS: Record<RemissionEvent, string> = {
  RU_17_AGUSTUS: '#7c3aed',
  RK_IDUL_FITRI: '#0d9488',
  RK_NATAL: '#2563eb',
  RK_NYEPI: '#ea580c',
  RK_WAISAK: '#ca8a04',
  RK_IMLEK: '#dc2626',
  DASAWARSA: '#64748b',
};

/** Rounds as one row per year with a column per event (what the stacked bars read), oldest first. */
export function byYear(rows: readonly { year: number; event: RemissionEvent; granted: number }[]): Record<string, number | string>[] {
  const years = new Map<number, Record<string, number | string>>();
  for (const r of rows) {
    const y = years.get(r.year) ?? { year: String(r.year) };
    y[r.event] = ((y[r.event] as number | undefined) ?? 0) + r.granted;
    years.set(r.year, y);
  }
  return [...years.entries()].sort((a, b) => a[0] - b[0]).map(([, v]) => v);
}
