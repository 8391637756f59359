/**
 * Deterministic pseudo-randomness for the demo: every value depends only on the seed and
 * the (index, salt) asked for, so post N is the same whatever order it is generated in.
 */
export function createRandom(seed: number): (index: number, salt: number) => number {
  return (index, salt) => {
    // splitmix32-style avalanche over the three inputs.
    let h = (seed ^ Math.imul(index + 1, 0x9e3779b1) ^ Math.imul(salt + 1, 0x85ebca6b)) >>> 0;
    h = Math.imul(h ^ (h >>> 16), 0x21f0aaad);
    h = Math.imul(h ^ (h >>> 15), 0x735a2d97);
    h ^= h >>> 15;
    return (h >>> 0) / 4_294_967_296;
  };
}

/** Picks one element of a non-empty list with a uniform value in [0, 1). */
export function pick<T>(items: readonly T[], uniform: number): T {
  const item = items[Math.min(items.length - 1, Math.floor(uniform * items.length))];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}
