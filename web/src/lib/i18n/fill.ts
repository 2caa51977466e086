// Placeholder filling of UI strings (pure: tests and errorWords.ts use it without the UI state).

/** Placeholder values for `{name}` in a string. */
export type Vars = Record<string, string | number>;

/** Fills `{name}` placeholders; an unknown placeholder stays as written. */
export const fill = (s: string, vars?: Vars): string => (vars ? s.replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m)) : s);
