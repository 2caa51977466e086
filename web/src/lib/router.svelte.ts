// Client-side routing with the History API: path picks the page, the query
// string holds the page's state (filters), so views can be shared and reloaded.
class Router {
  path = $state(location.pathname);
  search = $state(location.search);
  params = $derived(new URLSearchParams(this.search));

  constructor() {
    addEventListener('popstate', () => this.#sync());
  }

  #sync(): void {
    this.path = location.pathname;
    this.search = location.search;
  }

  /** Goes to a path (and query), adding a history entry unless `replace`. */
  go(href: string, replace = false): void {
    const u = new URL(href, location.href);
    if (u.pathname + u.search === location.pathname + location.search) return;
    history[replace ? 'replaceState' : 'pushState'](null, '', u.pathname + u.search + u.hash);
    this.#sync();
  }

  /** Changes some query parameters of the current page; empty values are removed. */
  setParams(patch: Record<string, string | number | null | undefined>, replace = false): void {
    const p = new URLSearchParams(this.search);
    for (const [k, v] of Object.entries(patch)) {
      if (v === null || v === undefined || v === '') p.delete(k);
      else p.set(k, String(v));
    }
    const q = p.toString();
    this.go(this.path + (q ? `?${q}` : ''), replace);
  }

  /** Click handler for in-app links: navigates without a page load. */
  link = (e: MouseEvent): void => {
    const a = e.currentTarget as HTMLAnchorElement;
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    if (a.target || a.origin !== location.origin) return;
    e.preventDefault();
    this.go(a.href);
    scrollTo(0, 0);
  };
}

export const router = new Router();
