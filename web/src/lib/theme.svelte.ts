// Light/dark theme: follows prefers-color-scheme until the user picks one (persisted).
export type ThemeName = 'light' | 'dark';
const KEY = 'lentera.theme';

function stored(): ThemeName | null {
  try {
    const v = localStorage.getItem(KEY);
    return v === 'light' || v === 'dark' ? v : null;
  } catch {
    return null;
  }
}

class ThemeState {
  /** The user's explicit choice, or null to follow the system. */
  choice = $state<ThemeName | null>(stored());
  system = $state<ThemeName>('light');

  constructor() {
    if (typeof matchMedia === 'function') {
      const mq = matchMedia('(prefers-color-scheme: dark)');
      this.system = mq.matches ? 'dark' : 'light';
      mq.addEventListener('change', (e) => (this.system = e.matches ? 'dark' : 'light'));
    }
  }

  get current(): ThemeName {
    return this.choice ?? this.system;
  }

  toggle(): void {
    this.choice = this.current === 'dark' ? 'light' : 'dark';
    try {
      localStorage.setItem(KEY, this.choice);
    } catch {
      /* not persisted */
    }
  }
}

export const theme = new ThemeState();
