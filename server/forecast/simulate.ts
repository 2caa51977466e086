// simulate(): the what-if ("simulasi", never a prediction). Two scenarios against the
// baseline (the data up to the last month, the forecast after it):
//  (a) release: N more people freed in month M; the gap is refilled at the inflow rate,
//      i.e. it shrinks geometrically, gap_(M+k) = N·ρᵏ, ρ measured on the data (recovery.ts);
//  (b) capacity: N more places from month M; residents unchanged.
import { type BandLines, findCrossing, overcrowdingPct, roundBands, whole } from './crossing.ts';
import { ForecastInputError } from './errors.ts';
import { bands, capacityPath, checkHorizon } from './forecast.ts';
import { interpolate } from './init.ts';
import { fitModel, MIN_SEASONAL_MONTHS } from './model.ts';
import { isMonth, monthIndex, monthLabel } from './months.ts';
import { lastValue, prepareSeries } from './series.ts';
import { defaultRecovery, RECOVERY_MIN_MONTHS, recoveryFromBreaks } from './recovery.ts';
import type { ForecastOptions, MonthlyObservation, RecoveryEstimate, Scenario, SimulationAssumption, SimulationResult, SimulationRow } from './types.ts';

const fmt = (x: number) => Math.round(x).toLocaleString('en');

/** Checks the scenario's fields; returns the month index of its month. */
function checkScenario(scenario: Scenario, first: number, last: number): number {
  if (!scenario || (scenario.kind !== 'release' && scenario.kind !== 'capacity'))
    throw ForecastInputError.of('scenario.kind', 'invalid', 'expected "release" or "capacity"');
  if (!isMonth(scenario.month)) throw ForecastInputError.of('scenario.month', 'invalid_month', 'expected a month as YYYY-MM');
  const m = monthIndex(scenario.month);
  if (m < first || m > last)
    throw ForecastInputError.of(
      'scenario.month',
      'out_of_range',
      `expected a month from ${monthLabel(first)} (the data's first) to ${monthLabel(last)} (the horizon's last)`,
    );
  if (scenario.kind === 'capacity') {
    if (typeof scenario.places !== 'number' || !Number.isInteger(scenario.places) || scenario.places === 0)
      throw ForecastInputError.of('scenario.places', 'invalid_number', 'expected a whole number of places, not 0 (negative: places closed)');
    return m;
  }
  const hasPeople = scenario.people !== undefined;
  const hasPct = scenario.percent_of_prisoners !== undefined;
  if (hasPeople === hasPct) throw ForecastInputError.of('scenario', 'invalid', 'give either people or percent_of_prisoners, not both and not neither');
  if (hasPeople && (typeof scenario.people !== 'number' || !Number.isInteger(scenario.people) || scenario.people <= 0))
    throw ForecastInputError.of('scenario.people', 'invalid_number', 'expected a whole number of people > 0');
  if (hasPct && (typeof scenario.percent_of_prisoners !== 'number' || !(scenario.percent_of_prisoners > 0 && scenario.percent_of_prisoners <= 100)))
    throw ForecastInputError.of('scenario.percent_of_prisoners', 'invalid_number', 'expected a percentage above 0 and at most 100');
  const early = scenario.months_early;
  if (early !== undefined && (typeof early !== 'number' || !Number.isInteger(early) || early < 1 || early > 120))
    throw ForecastInputError.of('scenario.months_early', 'invalid_number', 'expected a whole number of months from 1 to 120');
  const r = scenario.recovery_rate;
  if (r !== undefined && (typeof r !== 'number' || !(r >= 0 && r <= 1)))
    throw ForecastInputError.of('scenario.recovery_rate', 'invalid_number', 'expected a share from 0 (refilled the next month) to 1 (never refilled)');
  return m;
}

/** A what-if scenario against the baseline: residents, capacity and overcrowding month by month, with its assumptions. */
export function simulate(series: readonly MonthlyObservation[], scenario: Scenario, options: ForecastOptions = {}): SimulationResult {
  const h = checkHorizon(options.horizon);
  const prep = prepareSeries(series);
  const lastObs = prep.start + prep.y.length - 1;
  const m = checkScenario(scenario, prep.start, lastObs + h);
  const model = fitModel(prep, options);
  const exact = bands(model, h);
  const futureCap = capacityPath(prep, options.capacity, lastObs, h);
  // Baseline from the scenario's month (or the first forecast month) to the horizon's end.
  const from = Math.min(m, lastObs + 1);
  const filled = interpolate(prep.y);
  // Capacity of a month without a figure: the last one before it.
  let carried: number | null = null;
  const filledCap = prep.capacity.map((c) => (carried = c ?? carried));
  const months: number[] = [];
  for (let i = from; i <= lastObs + h; i++) months.push(i);
  const observed = (i: number) => i <= lastObs && !Number.isNaN(prep.y[i - prep.start]);
  const baseRes = months.map((i) => (i <= lastObs ? filled[i - prep.start] : exact.point[i - lastObs - 1]));
  const baseCap = months.map((i) => (i <= lastObs ? filledCap[i - prep.start] : futureCap[i - lastObs - 1]));
  const assumptions: SimulationAssumption[] = [
    {
      key: 'baseline',
      text: `The baseline is the data up to ${monthLabel(lastObs)} and the forecast after it (${model.method}); everything not named in the scenario (admissions, court decisions, transfers) follows it.`,
      value: model.method,
    },
  ];
  let amount: number;
  let gap: number[];
  let simCap = baseCap;
  let recovery: RecoveryEstimate | null = null;
  const at = m - from;
  if (scenario.kind === 'release') {
    if (scenario.people !== undefined) {
      amount = scenario.people;
      assumptions.push({ key: 'people_released', text: `${fmt(amount)} more people freed in ${scenario.month}.`, value: amount });
    } else {
      const pct = scenario.percent_of_prisoners!;
      const lastPri = lastValue(prep.prisoners);
      if (lastPri == null)
        throw ForecastInputError.of('scenario.percent_of_prisoners', 'no_data', 'the series has no sentenced-prisoner counts: give people instead');
      const seen = m <= lastObs ? prep.prisoners[m - prep.start] : null;
      // A future month: the last known share of prisoners among residents, applied to the baseline.
      const prisoners = seen ?? (lastPri / filled[filled.length - 1]) * baseRes[at];
      amount = Math.round((pct / 100) * prisoners);
      assumptions.push({
        key: 'people_released',
        text: `${pct}% of the ${fmt(prisoners)} sentenced prisoners ${seen != null ? `in ${scenario.month}` : `expected in ${scenario.month} (the last known share of prisoners among residents, applied to the baseline)`}: ${fmt(amount)} people freed.`,
        value: amount,
      });
    }
    if (amount > baseRes[at])
      throw ForecastInputError.of(
        'scenario',
        'too_many',
        `${fmt(amount)} people cannot be freed where the baseline has ${fmt(baseRes[at])} residents in ${scenario.month}`,
      );
    if (scenario.recovery_rate !== undefined) {
      const r = scenario.recovery_rate;
      recovery = {
        rate: r,
        half_life_months: r === 1 ? null : r === 0 ? 0 : Math.round((Math.log(0.5) / Math.log(r)) * 10) / 10,
        source: 'given',
        break_month: null,
        initial_gap: null,
        months_used: 0,
        text: 'Given with the scenario.',
      };
    } else
      recovery =
        prep.observed < MIN_SEASONAL_MONTHS + RECOVERY_MIN_MONTHS
          ? defaultRecovery('The series is too short to measure a recovery on.')
          : recoveryFromBreaks(prep, model.breaks);
    const rate = recovery.rate;
    const until = scenario.months_early ?? Number.POSITIVE_INFINITY;
    gap = months.map((i) => (i < m || i - m >= until ? 0 : amount * rate ** (i - m)));
    assumptions.push(
      {
        key: 'recovery_rate',
        text: `Freed places are refilled at the inflow rate: each month ${Math.round(100 * (1 - rate))}% of the remaining gap is filled again. ${recovery.text}`,
        value: rate,
      },
      { key: 'half_life_months', text: 'Months until half the freed places are filled again.', value: recovery.half_life_months },
      {
        key: 'months_early',
        text:
          scenario.months_early === undefined
            ? 'No end date: the freed people are assumed to have had long enough left that only refilling closes the gap.'
            : `The freed people would have left within ${scenario.months_early} months anyway: from ${monthLabel(m + scenario.months_early)} the baseline counts them out too and the gap ends.`,
        value: scenario.months_early ?? null,
      },
      { key: 'capacity', text: 'Capacity as in the baseline.', value: null },
    );
  } else {
    amount = scenario.places;
    if (baseCap.every((c) => c == null)) throw ForecastInputError.of('series', 'no_data', 'the series has no capacity to add places to');
    simCap = baseCap.map((c, k) => (c == null ? null : months[k] >= m ? c + amount : c));
    if (simCap.some((c) => c != null && c < 0)) throw ForecastInputError.of('scenario.places', 'too_many', 'more places closed than there are');
    gap = months.map(() => 0);
    assumptions.push(
      { key: 'places_added', text: `${fmt(amount)} places ${amount > 0 ? 'added' : 'closed'} from ${scenario.month} on.`, value: amount },
      { key: 'residents', text: 'Residents as in the baseline: new places do not draw residents from elsewhere (transfers are not modelled).', value: null },
    );
  }
  const simRes = baseRes.map((r, k) => Math.max(0, r - gap[k]));
  const rows: SimulationRow[] = months.map((i, k) => ({
    month: monthLabel(i),
    observed: observed(i),
    baseline_residents: whole(baseRes[k]),
    simulated_residents: whole(simRes[k]),
    baseline_capacity: baseCap[k],
    simulated_capacity: simCap[k],
    baseline_overcrowding_pct: overcrowdingPct(whole(baseRes[k]), baseCap[k]),
    simulated_overcrowding_pct: overcrowdingPct(whole(simRes[k]), simCap[k]),
    difference: whole(simRes[k]) - whole(baseRes[k]),
  }));
  // Crossings over the forecast months, the simulated band being the baseline band moved by the gap.
  const future = (k: number) => k + (lastObs + 1 - from);
  const shift = (xs: readonly number[]): number[] => xs.map((x, k) => Math.max(0, whole(x - gap[future(k)])));
  const baseLines = roundBands(exact);
  const simLines: BandLines = {
    point: shift(exact.point),
    lower80: shift(exact.lower80),
    upper80: shift(exact.upper80),
    lower95: shift(exact.lower95),
    upper95: shift(exact.upper95),
  };
  const lastK = lastObs - from;
  const lastRes = prep.y[prep.y.length - 1];
  const lastCap = lastValue(prep.capacity);
  const futureSimCap = futureCap.map((c, k) => simCap[future(k)] ?? c);
  const reductions = rows.map((r) =>
    r.baseline_overcrowding_pct != null && r.simulated_overcrowding_pct != null ? r.baseline_overcrowding_pct - r.simulated_overcrowding_pct : null,
  );
  const valid = reductions.filter((x): x is number => x != null);
  return {
    label: 'simulasi',
    kind: scenario.kind,
    month: scenario.month,
    amount,
    assumptions,
    rows,
    crossing: {
      baseline: findCrossing(lastRes, lastCap, lastObs + 1, baseLines, futureCap),
      simulated: findCrossing(lastK >= 0 ? simRes[lastK] : lastRes, lastK >= 0 ? (simCap[lastK] ?? lastCap) : lastCap, lastObs + 1, simLines, futureSimCap),
    },
    summary: {
      max_overcrowding_reduction_pp: valid.length ? Math.round(Math.max(...valid) * 10) / 10 : null,
      end_difference: rows[rows.length - 1].difference,
      half_life_months: recovery ? recovery.half_life_months : null,
    },
    baseline_method: model.method,
  };
}
