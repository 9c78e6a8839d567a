/**
 * A small seeded PRNG (mulberry32) and the helpers the corpus generator draws with. Same seed →
 * same sequence on every machine, so the generated HTML, Markdown and truth are byte-identical.
 */
/** mulberry32: the bare stream of numbers in [0, 1) every generator draws from. */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The draws made from a stream of numbers in [0, 1): an integer in a range, a pick, a chance, a
 * shuffle (Fisher–Yates from the end) and a sample. Every generator draws through these, so the
 * same seed gives the same document whichever generator asks.
 */
export function drawsFrom(next) {
  const r = {
    next,
    /** Integer in [lo, hi], both ends included. */
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: (arr) => {
      if (!arr.length) throw new Error("pick from an empty list");
      return arr[Math.floor(next() * arr.length)];
    },
    chance: (p) => next() < p,
    shuffle: (arr) => {
      const out = [...arr];
      for (let i = out.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [out[i], out[j]] = [out[j], out[i]];
      }
      return out;
    },
    sample: (arr, n) => r.shuffle(arr).slice(0, Math.min(n, arr.length)),
  };
  return r;
}

export function prng(seed) {
  const next = mulberry32(seed);
  const r = drawsFrom(next);
  /** A child generator: draws made through it do not shift the parent's sequence later on. */
  r.fork = (salt) => prng((Math.floor(next() * 4294967296) ^ hash(String(salt))) >>> 0);
  return r;
}

/**
 * One set of draws whose stream can be started again from a seed (`reseed`): the generators of
 * corpora 13–16 draw the plan from their seed and then each document's layout from a seed of its
 * own, through the same `int`, `pick`, `shuffle`.
 */
export function reseedable(seed) {
  let stream = mulberry32(seed);
  const r = drawsFrom(() => stream());
  r.reseed = (s) => {
    stream = mulberry32(s);
  };
  return r;
}

/** FNV-1a: a stable 32-bit hash of a string (bank splits, per-document seeds). */
export function hash(s) {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/**
 * Deals values of a list per key (`deal(key, xs)`) so that each comes out as often as the others:
 * kind "turn" in turn (the key's k-th deal gives `xs[k % xs.length]`), "deck" from a shuffled deck
 * (each value once per deck, a new deck by `shuffle` when it is spent: two keys dealt to the same
 * documents do not move in step). `reset()` forgets every key, for a plan drawn again.
 */
export function dealer(kind, shuffle) {
  let keys = {};
  const deal = kind === "deck"
    ? (key, xs) => { const deck = (keys[key] ??= []); if (!deck.length) deck.push(...shuffle(xs)); return deck.shift(); }
    : (key, xs) => xs[(keys[key] = (keys[key] ?? -1) + 1) % xs.length];
  return { deal, reset: () => { keys = {}; } };
}
