// The forecast engine (docs/FORECAST.md): pure functions over monthly series, no I/O.
export { accuracy, backtest } from './backtest.ts';
export { ForecastInputError, type ForecastIssue } from './errors.ts';
export { forecast } from './forecast.ts';
export { DEFAULT_RECOVERY_RATE, estimateRecovery } from './recovery.ts';
export { simulate } from './simulate.ts';
export type * from './types.ts';
