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

  /** The live entry of a key (recent failures only), without creating one. */
  private peek(key: string, now: number): Entry | undefined {
    const e = this.entries.get(key);
    if (e) e.failures = e.failures.filter((t) => now - t < this.policy.windowMs);
    return e;
  }

  /** Milliseconds until the first locked key unlocks, or 0 when none is locked. */
  lockedFor(keys: string[], now = Date.now()): number {
    return Math.max(0, ...keys.map((k) => (this.peek(k, now)?.lockedUntil ?? 0) - now));
  }

  /** The delay to impose before answering, growing with recent failures. */
  delayFor(keys: string[], now = Date.now()): number {
    const n = Math.max(0, ...keys.map((k) => this.peek(k, now)?.failures.length ?? 0));
    return Math.min(this.policy.maxDelayMs, n * this.policy.stepDelayMs);
  }

  /**
   * Counts an attempt as failed before the password is checked, so that many
   * attempts at once cannot all pass the lock check; `forgive` takes it back on success.
   */
  failure(keys: string[], now = Date.now()): void {
    if (this.entries.size > 10_000) this.sweep(now);
    for (const k of keys) {
      let e = this.peek(k, now);
      if (!e) this.entries.set(k, (e = { failures: [], lockedUntil: 0 }));
      e.failures.push(now);
      const max = k.startsWith('ip:') ? this.policy.maxFailuresPerAddress : this.policy.maxFailures;
      if (e.failures.length >= max) e.lockedUntil = now + this.policy.lockMs;
    }
  }

  /** Takes back the last attempt counted for each key (it succeeded). */
  forgive(keys: string[]): void {
    for (const k of keys) {
      const e = this.entries.get(k);
      e?.failures.pop();
      if (e && e.failures.length === 0 && e.lockedUntil < Date.now()) this.entries.delete(k);
    }
  }

  success(keys: string[]): void {
    for (const k of keys) this.entries.delete(k);
  }

  /** Drops keys with no recent failure and no lock (a flood of made-up names cannot grow the map for ever). */
  private sweep(now: number): void {
    for (const [k, e] of this.entries) {
      if (e.lockedUntil < now && !e.failures.some((t) => now - t < this.policy.windowMs)) this.entries.delete(k);
    }
  }
}
