// Seeded randomness. The seed files are committed, so every draw must come from
// here (never Math.random) for `npm run seed` to reproduce them byte for byte.

/** A random source: uniform floats in [0, 1). */
export type Rng = () => number;

/** mulberry32: tiny, fast, good enough for synthetic data, same on every platform. */
export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a hash of a string, to derive independent streams per unit or per purpose. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A stream keyed by the global seed and a label, so adding a draw elsewhere cannot shift it. */
export function streamFor(seed: number, label: string): Rng {
  return mulberry32((seed ^ hashString(label)) >>> 0);
}

/** Standard normal draw (Box-Muller). */
export function normal(rng: Rng): number {
  const u = Math.max(rng(), 1e-12);
  const v = rng();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

/** Uniform float in [lo, hi). */
export function uniform(rng: Rng, lo: number, hi: number): number {
  return lo + (hi - lo) * rng();
}
