import { describe, expect, it } from 'vitest';
import { isStale, monthEnd, todayIso } from '../web/src/modules/home/freshness.ts';

describe("the Beranda's data age", () => {
  it('warns only past two months after the last date', () => {
    expect(isStale('2025-12-31', '2026-02-28')).toBe(false); // 31 Dec + 2 months → 28 Feb
    expect(isStale('2025-12-31', '2026-03-01')).toBe(true);
    expect(isStale('2025-08-17', '2025-10-17')).toBe(false);
    expect(isStale('2025-08-17', '2025-10-18')).toBe(true);
    expect(isStale('2024-12-31', '2025-02-28')).toBe(false);
  });

  it('reads a month of data to its end, and today in the local calendar', () => {
    expect(monthEnd('2025-12-01')).toBe('2025-12-31');
    expect(monthEnd('2024-02-01')).toBe('2024-02-29');
    expect(todayIso(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });
});
