// Loads one API resource: keeps the last data, the error and a loading flag;
// a new load aborts the one in flight; retry() repeats the last load.
import type { ApiError } from './http.ts';
import { toApiError } from './errorText.ts';

export class Loader<T> {
  data = $state.raw<T | undefined>(undefined);
  error = $state.raw<ApiError | undefined>(undefined);
  loading = $state(false);
  #ctrl: AbortController | undefined;
  #last: ((signal: AbortSignal) => Promise<T>) | undefined;

  /** Starts a load; call from an $effect and return `() => loader.abort()`. */
  run(fn: (signal: AbortSignal) => Promise<T>): void {
    this.#ctrl?.abort();
    const ctrl = (this.#ctrl = new AbortController());
    this.#last = fn;
    this.loading = true;
    this.error = undefined;
    fn(ctrl.signal).then(
      (d) => {
        if (ctrl.signal.aborted) return;
        this.data = d;
        this.loading = false;
      },
      (e: unknown) => {
        if (ctrl.signal.aborted) return;
        this.error = toApiError(e);
        this.loading = false;
      },
    );
  }

  retry = (): void => {
    if (this.#last) this.run(this.#last);
  };

  abort(): void {
    this.#ctrl?.abort();
  }
}
