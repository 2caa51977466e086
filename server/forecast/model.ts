// Chooses and fits the model for a prepared series: ETS(A,Ad,A) with a fixed monthly
// pattern when there are two years of data and the pattern helps (prefersPlain),
// ETS(A,Ad,N) otherwise, and a flat line for a series that never changes.
import { fitWithBreaks } from './breaks.ts';
import { whole } from './crossing.ts';
import { ForecastInputError } from './errors.ts';
import { type Effect, type EtsParams, type EtsState, effectAt, forecastMoments, MAX_INTERVENTIONS } from './ets.ts';
import { fitEts, type ModelFit } from './fit.ts';
import type { Flag } from './init.ts';
import { isMonth, monthIndex, monthLabel } from './months.ts';
import type { PreparedSeries } from './series.ts';
import type { BreaksOption, DetectedBreak, MethodName } from './types.ts';

/** Fewest months with a value that any forecast needs. */
export const MIN_MONTHS = 6;
/** Fewest months for a seasonal model: two full years. */
export const MIN_SEASONAL_MONTHS = 24;
/** Months held back when choosing between the seasonal and the plain model. */
export const VALIDATION_MONTHS = 12;

export interface FittedModel {
  method: MethodName;
  /** Month index of the last month of the series. */
  lastIndex: number;
  /** Offset of the last month in the series (the breaks' effects count from the first month). */
  lastT: number;
  effects: Effect[];
  params: EtsParams;
  sigma2: number;
  state: EtsState;
  breaks: DetectedBreak[];
  notes: string[];
}

export interface ModelOptions {
  seasonal?: 'auto' | 'yes' | 'no';
  breaks?: BreaksOption;
}

const people = (x: number) => Math.round(x).toLocaleString('en');

/** One sentence on how a break was treated. */
function breakNote(b: DetectedBreak, seasonal: boolean): string {
  const kept = `kept out of the trend${seasonal ? ', the monthly pattern' : ''} and the interval width`;
  if (b.kind === 'outlier') return `${b.month}: an outlier (${people(b.size)} people off the expected value); the month is ignored.`;
  if (b.kind === 'level_shift') return `${b.month}: a level shift of ${people(b.size)} people, ${kept}.`;
  return `${b.month}: a break of ${people(b.size)} people that fades (half gone after ${b.half_life_months} months; ${people(b.remaining)} left at the last month), ${kept}.`;
}

/** Month indices (into `y`) of the break months named in the options; throws on a malformed or out-of-range month. */
function givenBreaks(prep: PreparedSeries, breaks: BreaksOption | undefined): number[] {
  if (breaks === undefined || breaks === 'auto' || breaks === 'none') return [];
  if (!Array.isArray(breaks)) throw ForecastInputError.of('breaks', 'invalid', 'expected "auto", "none" or a list of YYYY-MM months');
  if (breaks.length > MAX_INTERVENTIONS) throw ForecastInputError.of('breaks', 'too_many', `at most ${MAX_INTERVENTIONS} break months`);
  return breaks.map((m, i) => {
    if (!isMonth(m)) throw ForecastInputError.of(`breaks[${i}]`, 'invalid_month', 'expected a month as YYYY-MM');
    const t = monthIndex(m) - prep.start;
    if (t < 1 || t >= prep.y.length)
      throw ForecastInputError.of(
        `breaks[${i}]`,
        'out_of_range',
        `${m} is not after the first month and within the series (${monthLabel(prep.start)}..${monthLabel(prep.start + prep.y.length - 1)})`,
      );
    return t;
  });
}

/**
 * Seasonal or not: refit both on all but the last 12 months and keep the one whose
 * 12-month forecast of them is closer (mean absolute error; a tie keeps the simpler
 * model). Short series (under 36 months) fall back on AICc. In-sample criteria alone
 * kept a monthly pattern that made the yearly backtests worse (docs/FORECAST.md).
 */
function prefersPlain(prep: PreparedSeries, seasonal: ModelFit, plain: ModelFit, flags: ReadonlyMap<number, Flag>): boolean {
  const n = prep.y.length;
  if (prep.observed < MIN_SEASONAL_MONTHS + VALIDATION_MONTHS) return plain.aicc <= seasonal.aicc;
  const cut = n - VALIDATION_MONTHS;
  const inner = new Map([...flags].filter(([t]) => t < cut));
  const error = (m: ModelFit) => {
    const f = fitEts(prep.y.slice(0, cut), prep.start, m.seasonal, inner, { from: m.u, maxEval: 80, polish: false });
    const { mean } = forecastMoments(f.filter.final, f.params, f.sigma2, prep.start + cut - 1, VALIDATION_MONTHS, f.filter.effects, cut - 1);
    let e = 0;
    for (let k = 0; k < VALIDATION_MONTHS; k++) if (!Number.isNaN(prep.y[cut + k])) e += Math.abs(prep.y[cut + k] - mean[k]);
    return e;
  };
  return error(plain) <= error(seasonal);
}

/** Fits the model the options ask for, with break handling; throws ForecastInputError when the series cannot support it. */
export function fitModel(prep: PreparedSeries, opts: ModelOptions = {}): FittedModel {
  const seasonalOpt = opts.seasonal ?? 'auto';
  if (!['auto', 'yes', 'no'].includes(seasonalOpt)) throw ForecastInputError.of('seasonal', 'invalid', 'expected "auto", "yes" or "no"');
  const lastIndex = prep.start + prep.y.length - 1;
  const given = givenBreaks(prep, opts.breaks);
  if (prep.observed < MIN_MONTHS)
    throw ForecastInputError.of('series', 'too_short', `at least ${MIN_MONTHS} months with a value are needed for a forecast; the series has ${prep.observed}`);
  const values = prep.y.filter((v) => !Number.isNaN(v));
  if (values.every((v) => v === values[0])) {
    return {
      method: 'constant',
      lastIndex,
      lastT: prep.y.length - 1,
      effects: [],
      params: { alpha: 0, beta: 0, gamma: 0, phi: 1 },
      sigma2: 0,
      state: { level: values[0], trend: 0, season: null },
      breaks: [],
      notes: [`Every month has the same value (${people(values[0])}): the forecast repeats it and the interval has no width.`],
    };
  }
  const notes: string[] = [];
  let seasonal = seasonalOpt !== 'no';
  if (seasonal && prep.observed < MIN_SEASONAL_MONTHS) {
    if (seasonalOpt === 'yes')
      throw ForecastInputError.of('seasonal', 'too_short', `a seasonal model needs at least ${MIN_SEASONAL_MONTHS} months; the series has ${prep.observed}`);
    notes.push(`Fewer than ${MIN_SEASONAL_MONTHS} months of data: no seasonal pattern is fitted (damped trend only).`);
    seasonal = false;
  }
  const { fit, flags } = fitWithBreaks(prep.y, prep.start, seasonal, given, opts.breaks === undefined || opts.breaks === 'auto');
  let chosen = fit;
  if (seasonal && seasonalOpt === 'auto') {
    const plain = fitEts(prep.y, prep.start, false, flags);
    if (prefersPlain(prep, fit, plain, flags)) {
      chosen = plain;
      notes.push('No monthly pattern: without it the model forecast the last year of the data as well or better.');
    }
  }
  const lastT = prep.y.length - 1;
  const breaks: DetectedBreak[] = chosen.filter.effects.map((e) => ({
    month: monthLabel(prep.start + e.t),
    kind: e.decay === 0 ? 'outlier' : e.decay === 1 ? 'level_shift' : 'transient',
    size: whole(e.size),
    decay: e.decay,
    half_life_months: e.decay > 0 && e.decay < 1 ? Math.round((Math.log(0.5) / Math.log(e.decay)) * 10) / 10 : null,
    remaining: whole(effectAt([e], lastT)),
    source: flags.get(e.t)?.source ?? 'auto',
  }));
  for (const b of breaks) notes.push(breakNote(b, chosen.seasonal));
  if (flags.get(lastT)?.decay === 1 && flags.get(lastT)?.source === 'auto')
    notes.push(`The last month (${monthLabel(lastIndex)}) departs sharply from the pattern; it is taken as the new level. Check the data.`);
  return {
    method: chosen.seasonal ? 'ets_damped_seasonal' : 'ets_damped',
    lastIndex,
    lastT,
    effects: chosen.filter.effects,
    params: chosen.params,
    sigma2: chosen.sigma2,
    state: chosen.filter.final,
    breaks,
    notes,
  };
}
