// The litmas meta (kinds, outline, RRI items, drafter), loaded once and shared by every page.
import type { ApiError } from '../../../lib/http.ts';
import { toApiError } from '../../../lib/errorText.ts';
import { litmasApi } from '../api.ts';
import type { KindInfo, LitmasMeta } from '../types.ts';

class MetaStore {
  data = $state.raw<LitmasMeta | undefined>(undefined);
  error = $state.raw<ApiError | undefined>(undefined);
  #loading: Promise<void> | null = null;

  /** Loads the meta unless it is loaded or loading. */
  load = (): Promise<void> => {
    this.error = undefined;
    this.#loading ??= litmasApi.meta().then(
      (d) => void (this.data = d),
      (e: unknown) => {
        this.error = toApiError(e);
        this.#loading = null;
      },
    );
    return this.#loading;
  };

  kind(key: string): KindInfo | undefined {
    return this.data?.kinds.find((k) => k.key === key);
  }

  /** The kind's label ("Litmas Diversi"), or its key while the meta loads. */
  kindLabel(key: string): string {
    return this.kind(key)?.label ?? key;
  }
}

export const litmasMeta = new MetaStore();
