// Who is signed in. The app asks /api/auth/me on start; any later 401 from any
// request ends the session here (the sign-in page says it expired), and a 403 to a
// page's GET marks that page as not for this role.
import type { Permission, SessionUser } from './authTypes.ts';
import { toApiError } from './errorText.ts';
import { ApiError, getJson, hooks, request } from './http.ts';
import { router } from './router.svelte.ts';

/** Sign-in and sign-out: the only account calls the shell itself makes. */
const account = {
  me: () => getJson<{ user: SessionUser }>('/api/auth/me').then((r) => r.user),
  login: (username: string, password: string) => request<{ user: SessionUser }>('POST', '/api/auth/login', { username, password }).then((r) => r.user),
  logout: () => request<{ ok: true }>('POST', '/api/auth/logout'),
};

export type SessionStatus = 'loading' | 'signed-out' | 'signed-in' | 'unreachable';

class Session {
  status = $state<SessionStatus>('loading');
  user = $state.raw<SessionUser | null>(null);
  /** True when the sign-in page shows because the session ended, not on a first visit. */
  expired = $state(false);
  /** The path whose data the server refused (403) to this user. */
  deniedPath = $state<string | null>(null);
  /** Why the first check failed when the server could not answer it. */
  startError = $state.raw<ApiError | undefined>(undefined);

  constructor() {
    hooks.unauthorized = () => {
      if (this.status === 'signed-in') this.#end(true);
    };
    hooks.forbidden = () => {
      if (this.status === 'signed-in') this.deniedPath = router.path;
    };
  }

  /** Asks the server who is signed in (on start, and to retry after a failure). */
  async start(): Promise<void> {
    this.status = 'loading';
    this.startError = undefined;
    try {
      this.#begin(await account.me());
    } catch (e) {
      const err = toApiError(e);
      if (err.status === 401) this.#end(false);
      else {
        this.startError = err;
        this.status = 'unreachable';
      }
    }
  }

  /** Signs in; a failure is thrown for the sign-in form to show. */
  async signIn(username: string, password: string): Promise<void> {
    this.#begin(await account.login(username, password));
  }

  /**
   * Signs out, then reloads the app at its start, so nothing the previous user
   * loaded stays in memory for the next one.
   */
  async signOut(): Promise<void> {
    try {
      await account.logout();
    } catch (e) {
      // Already signed out on the server (401) is fine; anything else the menu shows.
      if (!(e instanceof ApiError && e.status === 401)) throw e;
    }
    this.#end(false);
    location.assign('/');
  }

  /** Whether the signed-in user's role holds a permission. */
  can(permission: Permission): boolean {
    return this.user?.permissions.includes(permission) ?? false;
  }

  #begin(user: SessionUser): void {
    this.user = user;
    this.expired = false;
    this.deniedPath = null;
    this.status = 'signed-in';
  }

  #end(expired: boolean): void {
    this.user = null;
    this.expired = expired;
    this.deniedPath = null;
    this.status = 'signed-out';
  }
}

export const session = new Session();
