/**
 * One seeded pseudo-random generator for samples, train/test splits and quiz shuffles, so the
 * same seed always gives the same sample, split or order (bookmarks and tests rely on it).
 *
 * Algorithm: mulberry32 (Tommy Ettinger, public domain), a 32-bit generator with a period of
 * 2^32 — plenty for course-sized samples — seeded through a string hash (cyrb53-style mixing)
 * so that any string or number is a valid seed.
 */
export type Rng = () => number;

/** Hash a string or number to an unsigned 32-bit seed. */
export function seedFrom(seed: string | number): number {
  const s = String(seed);
  let h1 = 0xdeadbeef ^ s.length;
  let h2 = 0x41c6ce57 ^ s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  return h1 >>> 0;
}

/** A generator of floats in [0, 1), deterministic for a given seed. */
export function createRng(seed: string | number): Rng {
  let a = seedFrom(seed);
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An integer in [min, max] (inclusive), uniformly. */
export function randomInt(rng: Rng, min: number, max: number): number {
  return min + Math.floor(rng() * (max - min + 1));
}

/** A standard normal deviate (Box–Muller transform). */
export function randomNormal(rng: Rng, mean = 0, sd = 1): number {
  let u = 0;
  while (u === 0) u = rng();
  const v = rng();
  return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

/** A new array with the items in a seeded random order (Fisher–Yates). */
export function shuffle<T>(items: readonly T[], rng: Rng): T[] {
  const out = items.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}
