// Page state kept in the query string (filters, sort, paging), typed: a page declares its
// parameters once and reads them as properties; the router is the only store, so back,
// forward, reload and shared links all give the same view.
//
//   const filters = urlParams({ kanwil: text(), limit: oneOf([25, 50, 100]), page: page() });
//   filters.kanwil            // '' when absent
//   filters.set({ kanwil: 'Riau' })   // any change but `page` goes back to page 1
import { router } from './router.svelte.ts';

/** How one parameter is read from the query string (null when absent). */
export interface Param<T> {
  parse(raw: string | null): T;
}

/** Free text; '' when absent. */
export const text = (): Param<string> => ({ parse: (raw) => raw ?? '' });

/** One of a fixed list (strings or numbers); the first (or `fallback`) when absent or unknown. */
export function oneOf<const V extends string | number>(values: readonly V[], fallback: V = values[0]): Param<V> {
  return {
    parse(raw) {
      const hit = values.find((v) => String(v) === raw);
      return hit === undefined ? fallback : hit;
    },
  };
}

/** A 1-based page number; 1 when absent or not a number above 1. */
export const page = (): Param<number> => ({
  parse(raw) {
    const n = Math.floor(Number(raw));
    return Number.isFinite(n) && n > 1 ? n : 1;
  },
});

/** A flag written as `1`; false when absent. */
export const flag = (): Param<boolean> => ({ parse: (raw) => raw === '1' });

type Spec = Record<string, Param<unknown>>;
/** The values of a spec: `{ kanwil: string; limit: 25 | 50 | 100; … }`. */
export type Values<S extends Spec> = { [K in keyof S]: S[K] extends Param<infer T> ? T : never };
/** A change: a value, or null/'' to remove the parameter. */
export type Patch<S extends Spec> = { [K in keyof S]?: Values<S>[K] | string | number | null };

/** The parameters of a page, read from the router's query string. */
export class UrlParams<S extends Spec> {
  /** Every parameter, parsed (recomputed when the query string changes). */
  readonly values: Values<S>;
  readonly spec: S;
  /** The page parameter, reset to page 1 by any other change. */
  readonly pageKey: (keyof S & string) | undefined;

  constructor(spec: S, pageKey?: keyof S & string) {
    this.spec = spec;
    this.pageKey = pageKey;
    this.values = $derived(this.#parse(router.params));
  }

  #parse(p: URLSearchParams): Values<S> {
    const out: Record<string, unknown> = {};
    for (const [k, param] of Object.entries(this.spec)) out[k] = param.parse(p.get(k));
    return out as Values<S>;
  }

  /**
   * Writes a change to the URL (a history entry unless `replace`). Without the page
   * parameter in it, the page goes back to 1; page 1 and false flags are left out.
   */
  set(patch: Patch<S>, replace = false): void {
    const out: Record<string, string | number | null | undefined> = {};
    for (const [k, v] of Object.entries(patch)) out[k] = v === false ? null : v === true ? 1 : (v as string | number | null);
    if (this.pageKey) out[this.pageKey] = out[this.pageKey] === 1 ? null : out[this.pageKey];
    router.setParams(out, replace);
  }

  /** Removes every parameter of the page (filters, sort, paging and anything else). */
  reset(): void {
    router.go(router.path);
  }

  /** The given parameters that are not empty, e.g. for an API query. */
  pick<K extends keyof S & string>(...keys: K[]): Partial<Pick<Values<S>, K>> {
    const out: Partial<Pick<Values<S>, K>> = {};
    for (const k of keys) {
      const v = this.values[k];
      if (v !== '' && v !== false && v !== null && v !== undefined) out[k] = v;
    }
    return out;
  }
}

/** A page's parameters as a store whose values are also its properties (`filters.kanwil`). */
export type UrlParamStore<S extends Spec> = UrlParams<S> & Readonly<Values<S>>;

/** Declares a page's query-string parameters; `pageKey` names the page parameter, if any. */
export function urlParams<S extends Spec>(spec: S, pageKey?: keyof S & string): UrlParamStore<S> {
  const store = new UrlParams(spec, pageKey);
  for (const k of Object.keys(spec)) {
    if (k in store) throw new Error(`URL parameter "${k}" hides a member of UrlParams`);
    Object.defineProperty(store, k, { get: () => store.values[k], enumerable: true });
  }
  return store as UrlParamStore<S>;
}
