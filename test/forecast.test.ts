// The forecast engine (server/forecast, docs/FORECAST.md): known trend and seasonality
// recovered, backtest and what-if figures checked against hand computation, breaks,
// capacity crossings, degenerate input, and the real SDP national series.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../data/gen/prng.ts';
import { findCrossing } from '../server/forecast/crossing.ts';
import { filterSse, runFilter, schedule } from '../server/forecast/ets.ts';
import { initialState } from '../server/forecast/init.ts';
import { prepareSeries } from '../server/forecast/series.ts';
import {
  accuracy,
  backtest,
  DEFAULT_RECOVERY_RATE,
  estimateRecovery,
  ForecastInputError,
  forecast,
  type MonthlyObservation,
  simulate,
} from '../server/forecast/index.ts';
import { monthIndex, monthLabel } from '../server/forecast/months.ts';

/** `n` months from `first`, value `f(t)` (t = 0, 1, …). */
function monthly(first: string, n: number, f: (t: number) => number, extra: (t: number) => Partial<MonthlyObservation> = () => ({})): MonthlyObservation[] {
  const i0 = monthIndex(first);
  return Array.from({ length: n }, (_, t) => ({ month: monthLabel(i0 + t), residents: f(t), ...extra(t) }));
}

/** Seeded standard normal draws (Box–Muller). */
function normal(seed: number): () => number {
  const u = mulberry32(seed);
  return () => Math.sqrt(-2 * Math.log(1 - u())) * Math.cos(2 * Math.PI * u());
}

/** Every number anywhere in `x` is finite (no NaN, no Infinity). */
function allFinite(x: unknown): boolean {
  if (typeof x === 'number') return Number.isFinite(x);
  if (Array.isArray(x)) return x.every(allFinite);
  if (x && typeof x === 'object') return Object.values(x).every(allFinite);
  return true;
}

function inputError(fn: () => unknown): ForecastInputError {
  try {
    fn();
  } catch (e) {
    if (e instanceof ForecastInputError) return e;
    throw e;
  }
  throw new Error('expected a ForecastInputError');
}

/** The real SDP national series, 2012-01..2021-12 (data/reference, an unedited public copy). */
function sdpNational(): MonthlyObservation[] {
  const csv = readFileSync(join(import.meta.dirname, '..', 'data', 'reference', 'sdp_hunian_nasional_bulanan_2012_2021.csv'), 'utf8');
  return csv
    .trim()
    .split(/\r?\n/)
    .slice(1)
    .map((line) => {
      const [month, , prisoners, total] = line.split(',');
      return { month, residents: Number(total), prisoners: Number(prisoners) };
    });
}

describe('recovering a known trend and seasonality', () => {
  // 10,000 residents growing 40 a month, a monthly pattern of amplitude 300 peaking in
  // April, noise with a standard deviation of 30: ten years.
  const SLOPE = 40;
  const AMP = 300;
  const pattern = (month: number) => AMP * Math.sin((2 * Math.PI * (month - 1)) / 12);
  const truth = (t: number) => 10_000 + SLOPE * t + pattern(t % 12);
  const z = normal(7);
  const series = monthly('2015-01', 120, (t) => truth(t) + 30 * z());

  it('finds the slope within 10%, the seasonal amplitude within 10% and each month within 15% of the amplitude', () => {
    const f = forecast(series);
    expect(f.method).toBe('ets_damped_seasonal');
    expect(Math.abs(f.components.trend - SLOPE)).toBeLessThan(0.1 * SLOPE);
    const s = f.components.seasonal!;
    expect(s).toHaveLength(12);
    expect(Math.abs((Math.max(...s) - Math.min(...s)) / 2 - AMP)).toBeLessThan(0.1 * AMP);
    s.forEach((v, c) => expect(Math.abs(v - pattern(c))).toBeLessThan(0.15 * AMP));
    expect(f.breaks).toEqual([]);
  });

  it('forecasts the next 12 months within 1% of the noiseless truth, inside the 95% band', () => {
    const f = forecast(series);
    expect(f.points.map((p) => p.month)).toEqual(monthly('2025-01', 12, () => 0).map((o) => o.month));
    const ape = f.points.map((p, k) => Math.abs(p.point - truth(120 + k)) / truth(120 + k));
    expect(Math.max(...ape)).toBeLessThan(0.01);
    const inside = f.points.filter((p, k) => p.lower95 <= truth(120 + k) && truth(120 + k) <= p.upper95).length;
    expect(inside).toBeGreaterThanOrEqual(11);
    // The bands nest and widen with the horizon.
    for (const p of f.points) expect(p.lower95 <= p.lower80 && p.lower80 <= p.point && p.point <= p.upper80 && p.upper80 <= p.upper95).toBe(true);
    expect(f.points[11].upper95 - f.points[11].lower95).toBeGreaterThan(f.points[0].upper95 - f.points[0].lower95);
  });

  it('drops the monthly pattern when there is none, and still finds the slope', () => {
    const w = normal(11);
    const plain = monthly('2016-01', 96, (t) => 5_000 + 25 * t + 40 * w());
    const f = forecast(plain);
    expect(f.method).toBe('ets_damped');
    expect(f.components.seasonal).toBeNull();
    expect(f.params.gamma).toBeNull();
    expect(Math.abs(f.components.trend - 25)).toBeLessThan(5);
    expect(f.notes.join(' ')).toMatch(/No monthly pattern/);
  });

  it('gives the same answer whatever the order of the rows, and ignores extra fields', () => {
    const shuffled = [...series].reverse().map((o) => ({ ...o, date: `${o.month}-28`, detainees: 12, occupancy_pct: null }));
    expect(forecast(shuffled as MonthlyObservation[])).toEqual(forecast(series));
  });
});

describe('backtest', () => {
  it('computes MAPE, MAE, coverage and the naive seasonal baseline as by hand', () => {
    // Two years at exactly 100: the model forecasts 100 with a zero-width band. Held out:
    // 100, 110, 90, 125, 100 → absolute errors 0, 10, 10, 25, 0; MAPE = (0 + 10/110 +
    // 10/90 + 25/125 + 0)/5 = 8.0404%; MAE = 45/5 = 9; inside the band 2 of 5. The naive
    // seasonal forecast (the same month a year earlier) is also 100: the same scores.
    const held = [100, 110, 90, 125, 100];
    const series = monthly('2022-01', 29, (t) => (t < 24 ? 100 : held[t - 24]));
    const b = backtest(series, { holdout: 5 });
    expect(b.train).toEqual({ first_month: '2022-01', last_month: '2023-12', months: 24 });
    expect(b.test).toEqual({ first_month: '2024-01', last_month: '2024-05' });
    expect(b.method).toBe('constant');
    expect(b.rows.map((r) => [r.actual, r.point, r.lower95, r.upper95, r.naive])).toEqual(held.map((a) => [a, 100, 100, 100, 100]));
    const mape = (100 * (0 + 10 / 110 + 10 / 90 + 25 / 125 + 0)) / 5;
    expect(b.model.mape).toBeCloseTo(mape, 10);
    expect(b.model.mae).toBe(9);
    expect([b.model.inside_80, b.model.inside_95, b.model.coverage_80, b.model.coverage_95]).toEqual([2, 2, 0.4, 0.4]);
    expect(b.naive_seasonal!.mape).toBeCloseTo(mape, 10);
    // Equal is not better.
    expect(b.beats_naive).toBe(false);
  });

  it('scores MAPE over non-zero actuals only and leaves out missing predictions', () => {
    // |100−90|/100 = 10%, |50−60|/50 = 20%; the zero actual counts in MAE only; null is skipped.
    const s = accuracy([100, 50, 0, 80], [90, 60, 5, null]);
    expect(s.mape).toBeCloseTo(15, 10);
    expect(s.mae).toBeCloseTo(25 / 3, 10);
    expect(accuracy([0, 0], [1, 3])).toEqual({ mape: null, mae: 2 });
  });

  it('takes the naive forecast from the same calendar month of the last training year', () => {
    const series = monthly('2020-01', 40, (t) => 1000 + t);
    const b = backtest(series, { holdout: 12 });
    // Held out 2022-05..2023-04: naive for 2022-05 is 2021-05 (t = 16), for 2023-04 it is 2022-04 (t = 27).
    expect(b.rows[0]).toMatchObject({ month: '2022-05', actual: 1028, naive: 1016 });
    expect(b.rows[11]).toMatchObject({ month: '2023-04', actual: 1039, naive: 1027 });
  });

  it('on the real SDP national series, holding out 2021, beats the naive seasonal forecast by far', () => {
    const b = backtest(sdpNational());
    expect(b.test).toEqual({ first_month: '2021-01', last_month: '2021-12' });
    // Trained through the April 2020 drop: the naive forecast repeats the depressed 2020.
    expect(b.naive_seasonal!.mape).toBeGreaterThan(10);
    expect(b.model.mape!).toBeLessThan(3);
    expect(b.beats_naive).toBe(true);
    expect(b.model.inside_95).toBeGreaterThanOrEqual(10);
    expect(b.breaks.find((x) => x.month === '2020-04')).toMatchObject({ kind: 'transient' });
  });

  it('refuses a holdout that leaves too little to train on, naming the field', () => {
    const e = inputError(() =>
      backtest(
        monthly('2024-01', 15, () => 5),
        { holdout: 12 },
      ),
    );
    expect(e.issues[0]).toMatchObject({ field: 'series', code: 'too_short' });
    expect(
      inputError(() =>
        backtest(
          monthly('2020-01', 60, () => 5),
          { holdout: 0 },
        ),
      ).issues[0].field,
    ).toBe('holdout');
  });
});

describe('breaks', () => {
  it('a level break gives a sensible level, no negative and no exploding forecast', () => {
    // 60 months around 1,000 growing 2 a month, then 300 fewer for good.
    const z = normal(3);
    const series = monthly('2015-01', 96, (t) => 1000 + 2 * t - (t >= 60 ? 300 : 0) + 8 * z());
    const f = forecast(series);
    const last = 1000 + 2 * 95 - 300;
    for (const p of f.points) {
      expect(p.lower95).toBeGreaterThanOrEqual(0);
      expect(p.point).toBeGreaterThan(last - 60);
      expect(p.point).toBeLessThan(last + 60);
      expect(p.upper95).toBeLessThan(1.2 * last);
    }
    const brk = f.breaks.find((b) => b.month === '2020-01');
    expect(brk?.size).toBeLessThan(-250);
    expect(brk?.decay).toBeGreaterThanOrEqual(0.9);
    expect(f.notes.some((n) => n.startsWith('2020-01'))).toBe(true);
  });

  it('without break handling the same series is forecast worse', () => {
    const z = normal(3);
    const series = monthly('2015-01', 96, (t) => 1000 + 2 * t - (t >= 60 ? 300 : 0) + 8 * z());
    const width = (f: ReturnType<typeof forecast>) => f.points[11].upper95 - f.points[11].lower95;
    // The jump, kept out of the residual variance, no longer inflates the band.
    expect(width(forecast(series))).toBeLessThan(width(forecast(series, { breaks: 'none' })) / 2);
  });

  it('trained right after the April 2020 drop, the national forecast stays sensible', () => {
    const f = forecast(sdpNational().filter((o) => o.month <= '2020-05'));
    for (const p of f.points) {
      expect(p.point).toBeGreaterThan(210_000);
      expect(p.point).toBeLessThan(300_000);
      expect(p.lower95).toBeGreaterThan(0);
    }
    expect(f.breaks.map((b) => b.month)).toContain('2020-04');
  });

  it('a fall in the last month is taken as the new level, with a note to check the data', () => {
    const series = monthly('2019-01', 60, (t) => (t < 59 ? 5000 + 10 * t + (t % 3) * 7 : 3000));
    const f = forecast(series);
    expect(f.breaks.at(-1)).toMatchObject({ month: '2023-12', kind: 'level_shift' });
    expect(f.notes.join(' ')).toMatch(/Check the data/);
    expect(Math.abs(f.points[0].point - 3000)).toBeLessThan(100);
  });

  it('a fall to almost nothing gives no negative figure', () => {
    const series = monthly('2020-01', 48, (t) => (t < 40 ? 400 + 5 * t + (t % 2) * 9 : 4 + (t % 2)));
    const f = forecast(series);
    expect(allFinite(f)).toBe(true);
    for (const p of f.points) expect(Math.min(p.point, p.lower80, p.lower95)).toBeGreaterThanOrEqual(0);
  });

  it('months named as breaks are used instead of detection', () => {
    const series = sdpNational();
    const f = forecast(series, { breaks: ['2020-04'] });
    expect(f.breaks.map((b) => [b.month, b.source])).toEqual([['2020-04', 'given']]);
    expect(inputError(() => forecast(series, { breaks: ['2030-01'] })).issues[0]).toMatchObject({ field: 'breaks[0]', code: 'out_of_range' });
  });
});

describe('crossing capacity', () => {
  const flat = (residents: number, capacity: number) =>
    monthly(
      '2024-01',
      24,
      () => residents,
      () => ({ capacity }),
    );

  it('finds the first month at or above capacity when residents are below it now', () => {
    // 900 residents, 1,000 places until 2026-04, then 850: residents ≥ capacity from 2026-05.
    const f = forecast(flat(900, 1000), { capacity: [{ month: '2026-05', capacity: 850 }] });
    expect(f.method).toBe('constant');
    expect(f.points[3]).toMatchObject({ month: '2026-04', capacity: 1000, overcrowding_pct: 0 });
    expect(f.points[4]).toMatchObject({ month: '2026-05', capacity: 850, overcrowding_pct: 5.9 });
    expect(f.crossing).toEqual({ direction: 'up', point: '2026-05', lower80: '2026-05', upper80: '2026-05', lower95: '2026-05', upper95: '2026-05' });
  });

  it('finds the first month at or below capacity when residents are above it now, and null when never', () => {
    const f = forecast(flat(1000, 900), { capacity: [{ month: '2026-03', capacity: 1000 }] });
    expect(f.crossing).toMatchObject({ direction: 'down', point: '2026-03' });
    // Overcrowding as Ditjenpas reports it: 100 × (1000 − 900) / 900.
    expect(f.points[0].overcrowding_pct).toBe(11.1);
    expect(forecast(flat(1000, 900)).crossing).toEqual({ direction: 'down', point: null, lower80: null, upper80: null, lower95: null, upper95: null });
    expect(forecast(monthly('2024-01', 24, () => 1000)).crossing).toBeNull();
  });

  it('reads each band line on its own: the upper line crosses first on the way up', () => {
    const lines = {
      point: [90, 95, 100, 105],
      lower80: [85, 88, 92, 96],
      upper80: [95, 100, 106, 112],
      lower95: [80, 82, 85, 88],
      upper95: [99, 104, 110, 118],
    };
    const c = findCrossing(90, 100, monthIndex('2026-01'), lines, [100, 100, 100, 100]);
    expect(c).toEqual({ direction: 'up', point: '2026-03', lower80: null, upper80: '2026-02', lower95: null, upper95: '2026-02' });
    // A month without capacity is skipped.
    expect(findCrossing(90, 100, monthIndex('2026-01'), lines, [100, null, 100, 100])?.upper80).toBe('2026-03');
  });

  it('on a rising series the crossings come in order: upper 95% first, lower 95% last', () => {
    const z = normal(5);
    const series = monthly(
      '2018-01',
      72,
      (t) => 700 + 4 * t + 6 * z(),
      () => ({ capacity: 1000 }),
    );
    const c = forecast(series, { horizon: 36 }).crossing!;
    expect(c.direction).toBe('up');
    const at = (m: string | null) => (m ? monthIndex(m) : Number.POSITIVE_INFINITY);
    expect(c.point).not.toBeNull();
    expect(at(c.upper95)).toBeLessThanOrEqual(at(c.upper80));
    expect(at(c.upper80)).toBeLessThanOrEqual(at(c.point));
    expect(at(c.point)).toBeLessThanOrEqual(at(c.lower80));
    expect(at(c.lower80)).toBeLessThanOrEqual(at(c.lower95));
  });
});

describe('simulasi (what-if)', () => {
  // 1,000 residents (600 of them sentenced) in 500 places, for three years: the baseline
  // forecast is a flat 1,000, so every figure can be worked out by hand.
  const series = monthly(
    '2023-01',
    36,
    () => 1000,
    () => ({ capacity: 500, prisoners: 600 }),
  );

  it('release: 200 freed in 2026-01, half the gap refilled each month', () => {
    const s = simulate(series, { kind: 'release', month: '2026-01', people: 200, recovery_rate: 0.5 });
    expect(s.label).toBe('simulasi');
    expect(s.amount).toBe(200);
    // 1000 − 200·0.5ᵏ: 800, 900, 950, 975, 987.5 → 988 (the difference is of the whole figures shown) …
    expect(s.rows.slice(0, 5).map((r) => [r.month, r.simulated_residents, r.difference])).toEqual([
      ['2026-01', 800, -200],
      ['2026-02', 900, -100],
      ['2026-03', 950, -50],
      ['2026-04', 975, -25],
      ['2026-05', 988, -12],
    ]);
    // Overcrowding 100 × (1000 − 500) / 500 = 100% before; 100 × (800 − 500) / 500 = 60% after.
    expect(s.rows[0]).toMatchObject({ baseline_overcrowding_pct: 100, simulated_overcrowding_pct: 60, observed: false });
    expect(s.rows[1].simulated_overcrowding_pct).toBe(80);
    expect(s.summary).toEqual({ max_overcrowding_reduction_pp: 40, end_difference: 0, half_life_months: 1 });
    expect(s.rows.at(-1)!.month).toBe('2026-12');
    expect(s.assumptions.map((a) => a.key)).toEqual(['baseline', 'people_released', 'recovery_rate', 'half_life_months', 'months_early', 'capacity']);
    expect(s.assumptions.find((a) => a.key === 'recovery_rate')!.value).toBe(0.5);
  });

  it('release ahead of time: the gap ends once the freed people would have left anyway', () => {
    // A remission of up to 3 months: 200 freed in 2026-01, gap 200, 100, 50, then 0 from 2026-04.
    const s = simulate(series, { kind: 'release', month: '2026-01', people: 200, recovery_rate: 0.5, months_early: 3 });
    expect(s.rows.slice(0, 5).map((r) => r.difference)).toEqual([-200, -100, -50, 0, 0]);
    expect(s.assumptions.find((a) => a.key === 'months_early')).toMatchObject({ value: 3 });
    expect(s.assumptions.find((a) => a.key === 'months_early')!.text).toMatch(/from 2026-04/);
  });

  it('release by percentage: 10% of the 600 sentenced prisoners of an observed month', () => {
    const s = simulate(series, { kind: 'release', month: '2025-10', percent_of_prisoners: 10, recovery_rate: 0.9 });
    expect(s.amount).toBe(60);
    // From the scenario's month, data months first (observed), then the forecast.
    expect(s.rows[0]).toMatchObject({ month: '2025-10', observed: true, baseline_residents: 1000, simulated_residents: 940 });
    // 60 · 0.9³ = 43.74 left in 2026-01.
    expect(s.rows[3]).toMatchObject({ month: '2026-01', observed: false, difference: -44 });
    expect(s.rows).toHaveLength(15);
  });

  it('release with the refill rate measured on the series itself', () => {
    const s = simulate(sdpNational(), { kind: 'release', month: '2022-08', people: 5000 });
    const r = s.assumptions.find((a) => a.key === 'recovery_rate')!;
    expect(r.value).toBe(DEFAULT_RECOVERY_RATE);
    expect(r.text).toMatch(/Measured on the fall of 2020-04/);
    expect(s.rows.find((x) => x.month === '2022-08')!.difference).toBe(-5000);
    expect(s.rows.find((x) => x.month === '2022-09')!.difference).toBe(Math.round(-5000 * DEFAULT_RECOVERY_RATE));
  });

  it('capacity: 600 more places from 2026-03 end overcrowding; residents unchanged', () => {
    const s = simulate(series, { kind: 'capacity', month: '2026-03', places: 600 });
    expect(s.amount).toBe(600);
    expect(s.rows.every((r) => r.difference === 0 && r.simulated_residents === 1000)).toBe(true);
    expect(s.rows[1]).toMatchObject({ month: '2026-02', simulated_capacity: 500, simulated_overcrowding_pct: 100 });
    expect(s.rows[2]).toMatchObject({ month: '2026-03', simulated_capacity: 1100, simulated_overcrowding_pct: 0 });
    expect(s.crossing.baseline?.point).toBeNull();
    expect(s.crossing.simulated).toMatchObject({ direction: 'down', point: '2026-03' });
    expect(s.summary).toEqual({ max_overcrowding_reduction_pp: 100, end_difference: 0, half_life_months: null });
  });

  it('refuses impossible scenarios, naming the field', () => {
    const cases: [Parameters<typeof simulate>[1], string][] = [
      [{ kind: 'release', month: '2026-01', people: 2000 }, 'scenario'],
      [{ kind: 'release', month: '2026-01' }, 'scenario'],
      [{ kind: 'release', month: '2026-01', people: 5, percent_of_prisoners: 5 }, 'scenario'],
      [{ kind: 'release', month: '2026-01', percent_of_prisoners: 150 }, 'scenario.percent_of_prisoners'],
      [{ kind: 'release', month: '2026-01', people: 10, recovery_rate: 1.5 }, 'scenario.recovery_rate'],
      [{ kind: 'release', month: '2027-06', people: 10 }, 'scenario.month'],
      [{ kind: 'release', month: '26-01', people: 10 }, 'scenario.month'],
      [{ kind: 'release', month: '2026-01', people: 10, months_early: 0 }, 'scenario.months_early'],
      [{ kind: 'capacity', month: '2026-01', places: 0 }, 'scenario.places'],
      [{ kind: 'capacity', month: '2026-01', places: -900 }, 'scenario.places'],
    ];
    for (const [scenario, field] of cases) expect(inputError(() => simulate(series, scenario)).issues[0].field).toBe(field);
    const noPrisoners = monthly('2023-01', 36, () => 1000);
    expect(inputError(() => simulate(noPrisoners, { kind: 'release', month: '2026-01', percent_of_prisoners: 5 })).issues[0].code).toBe('no_data');
  });
});

describe('refill rate', () => {
  it('is measured on the April 2020 fall of the real national series, and is the default', () => {
    const r = estimateRecovery(sdpNational());
    expect(r).toMatchObject({ source: 'series', break_month: '2020-04', rate: DEFAULT_RECOVERY_RATE });
    expect(r.half_life_months).toBeGreaterThan(3);
    expect(r.half_life_months).toBeLessThan(12);
  });

  it('falls back on the default, saying why, for a series without a fall', () => {
    const r = estimateRecovery(monthly('2015-01', 80, (t) => 100 + t));
    expect(r).toMatchObject({ source: 'default', rate: DEFAULT_RECOVERY_RATE, break_month: null });
    expect(r.text).toMatch(/no sudden fall/);
  });
});

describe('the filter', () => {
  it('the fast squared-error pass agrees with the full filter, breaks and missing months included', () => {
    const z = normal(9);
    const rows = monthly('2014-03', 90, (t) => 800 + 3 * t + 40 * Math.sin(t / 1.9) + 10 * z() - (t >= 50 ? 120 : 0)).filter((_, t) => t % 11 !== 7);
    const prep = prepareSeries(rows);
    // An outlier, a fading fall, a level shift and a break on a missing month.
    const flags = new Map([
      [4, { decay: 0, size: 0 }],
      [50, { decay: 0.9, size: -120 }],
      [70, { decay: 1, size: 30 }],
      [18, { decay: 0.5, size: 5 }],
    ]);
    for (const seasonal of [true, false]) {
      const init = initialState(prep.y, prep.start, seasonal, flags);
      for (const p of [
        { alpha: 0.3, beta: 0.05, gamma: 0, phi: 0.9 },
        { alpha: 0.9, beta: 0.1, gamma: seasonal ? 0.05 : 0, phi: 0.98 },
      ]) {
        const full = runFilter(prep.y, prep.start, p, init, flags).sse;
        expect(full).toBeGreaterThan(0);
        expect(filterSse(prep.y, prep.start, p, init, schedule(flags, prep.y.length))).toBeCloseTo(full, 6);
      }
    }
  });
});

describe('degenerate input', () => {
  it('under 6 months: a clear error', () => {
    expect(inputError(() => forecast(monthly('2025-01', 5, (t) => 10 + t))).issues[0]).toMatchObject({ field: 'series', code: 'too_short' });
    expect(inputError(() => forecast([])).issues[0].code).toBe('too_short');
  });

  it('6 to 23 months: the damped trend without seasonality, said in a note; asked for seasonality, an error', () => {
    const f = forecast(monthly('2025-01', 10, (t) => 200 + 3 * t + (t % 2)));
    expect(f.method).toBe('ets_damped');
    expect(f.notes[0]).toMatch(/Fewer than 24 months/);
    expect(allFinite(f)).toBe(true);
    expect(
      inputError(() =>
        forecast(
          monthly('2025-01', 10, (t) => t),
          { seasonal: 'yes' },
        ),
      ).issues[0].field,
    ).toBe('seasonal');
  });

  it('a constant series repeats its value with a zero-width band', () => {
    const f = forecast(monthly('2020-01', 30, () => 321));
    expect(f.method).toBe('constant');
    expect(f.points.every((p) => p.point === 321 && p.lower95 === 321 && p.upper95 === 321)).toBe(true);
    expect(allFinite(f)).toBe(true);
  });

  it('zeros (a Bapas holds no residents): all zero, overcrowding null for zero capacity, backtest without MAPE', () => {
    const zeros = monthly(
      '2020-01',
      48,
      () => 0,
      () => ({ capacity: 0 }),
    );
    const f = forecast(zeros);
    expect(f.points.every((p) => p.point === 0 && p.overcrowding_pct === null)).toBe(true);
    const b = backtest(zeros);
    expect(b.model.mape).toBeNull();
    expect(b.naive_seasonal).toEqual({ mape: null, mae: 0 });
    expect(allFinite(f) && allFinite(b)).toBe(true);
  });

  it('a lone non-zero month among zeros gives finite, non-negative figures', () => {
    const f = forecast(monthly('2021-01', 30, (t) => (t === 17 ? 5 : 0)));
    expect(allFinite(f)).toBe(true);
    expect(f.points.every((p) => p.lower95 >= 0)).toBe(true);
  });

  it('missing months inside the series are skipped, not invented', () => {
    const full = monthly('2016-01', 84, (t) => 3000 + 12 * t + 50 * Math.sin(t / 2));
    const gappy = full.filter((_, t) => t % 7 !== 3);
    const f = forecast(gappy);
    expect(f.history).toMatchObject({ first_month: '2016-01', last_month: '2022-12', months: 72 });
    expect(allFinite(f)).toBe(true);
  });

  it('bad rows are refused with every field named', () => {
    const bad = [
      { month: '2024-1', residents: 5 },
      { month: '2024-02', residents: -1 },
      { month: '2024-03', residents: Number.NaN },
      { month: '2024-04', residents: '7' },
      { month: '2024-02', residents: 4, capacity: -3 },
    ] as unknown as MonthlyObservation[];
    const e = inputError(() => forecast(bad));
    expect(e.issues.map((i) => [i.field, i.code])).toEqual([
      ['series[0].month', 'invalid_month'],
      ['series[1].residents', 'invalid_number'],
      ['series[2].residents', 'invalid_number'],
      ['series[3].residents', 'invalid_number'],
      ['series[4].month', 'duplicate'],
      ['series[4].capacity', 'invalid_number'],
    ]);
    expect(e.message).toMatch(/series\[0\]\.month: expected a month as YYYY-MM/);
  });

  it('refuses a horizon outside 1..60 and a span of more than 50 years', () => {
    const s = monthly('2020-01', 30, (t) => t);
    expect(inputError(() => forecast(s, { horizon: 0 })).issues[0].field).toBe('horizon');
    expect(inputError(() => forecast(s, { horizon: 61 })).issues[0].field).toBe('horizon');
    expect(inputError(() => forecast(s, { horizon: 2.5 })).issues[0].field).toBe('horizon');
    expect(inputError(() => forecast([...s, { month: '2090-01', residents: 1 }])).issues[0].code).toBe('too_long');
  });
});
