/**
 * Slows down and then locks repeated failed logins, per username and per client
 * address. In memory: a restart forgets counts, which only ever helps a user.
 */
export interface ThrottlePolicy {
  /** Failures within the window before a username is locked. */
  maxFailures: number;
  /** Failures within the window before a client address is locked. */
  maxFailuresPerAddress: number;
  windowMs: number;
  lockMs: number;
  /** Added delay per earlier failure, capped at maxDelayMs. */
  stepDelayMs: number;
  maxDelayMs: number;
}

interface Entry {
  failures: number[];
  lockedUntil: number;
}

export class LoginThrottle {
  private entries = new Map<string, Entry>();

  constructor(private readonly policy: ThrottlePolicy) {}

  private entry(key: string, now: number): Entry {
    let e = this.entries.get(key);
    if (!e) {
      e = { failures: [], lockedUntil: 0 };
      this.entries.set(key, e);
    }
    e.failures = e.failures.filter((t) => now - t < this.policy.windowMs);
    return e;
  }

  /** Milliseconds until the first locked key unlocks, or 0 when none is locked. */
  lockedFor(keys: string[], now = Date.now()): number {
    return Math.max(0, ...keys.map((k) => this.entry(k, now).lockedUntil - now));
  }

  /** The delay to impose before answering, growing with recent failures. */
  delayFor(keys: string[], now = Date.now()): number {
    const n = Math.max(0, ...keys.map((k) => this.entry(k, now).failures.length));
    return Math.min(this.policy.maxDelayMs, n * this.policy.stepDelayMs);
  }

  failure(keys: string[], now = Date.now()): void {
    for (const k of keys) {
      const e = this.entry(k, now);
      e.failures.push(now);
      const max = k.startsWith('ip:') ? this.policy.maxFailuresPerAddress : this.policy.maxFailures;
      if (e.failures.length >= max) e.lockedUntil = now + this.policy.lockMs;
    }
  }

  success(keys: string[]): void {
    for (const k of keys) this.entries.delete(k);
  }
}
