// The pseudonymiser lives in ./pseudonym/: recorded values, detectors, restoration, the last check.
export { Pseudonymizer } from './pseudonym/pseudonymizer.ts';
export type { PlaceholderKind } from './pseudonym/kinds.ts';
