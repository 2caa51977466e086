// A shared clock for countdowns: one timer for every due date on the page.
class Clock {
  now = $state(Date.now());

  constructor() {
    if (typeof setInterval === 'function') setInterval(() => (this.now = Date.now()), 30_000);
  }
}

export const clock = new Clock();
