// The UI language, persisted in localStorage; Indonesian by default.
import type { LocaleTag } from '../format.ts';

export type Lang = 'id' | 'en';
const KEY = 'lentera.lang';

function stored(): Lang {
  try {
    return localStorage.getItem(KEY) === 'en' ? 'en' : 'id';
  } catch {
    return 'id';
  }
}

class LocaleState {
  lang = $state<Lang>(stored());

  /** Intl tag for numbers and dates: id-ID, or en-GB in English. */
  get tag(): LocaleTag {
    return this.lang === 'en' ? 'en-GB' : 'id-ID';
  }

  /** ECharts locale name (registered in ui/charts/echarts.ts). */
  get echarts(): 'ID' | 'EN' {
    return this.lang === 'en' ? 'EN' : 'ID';
  }

  set(lang: Lang): void {
    this.lang = lang;
    try {
      localStorage.setItem(KEY, lang);
    } catch {
      /* private mode: the choice lasts for this page only */
    }
  }

  toggle(): void {
    this.set(this.lang === 'id' ? 'en' : 'id');
  }
}

export const locale = new LocaleState();
