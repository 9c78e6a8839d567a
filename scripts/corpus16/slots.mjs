/**
 * Which layout each document of a corpus16 draw takes. The generator derives a document's era and
 * office, rule style, font, page orientation, kept rows and its three table designs from its index
 * `i` (README "Designs": each value dealt evenly over the 26 documents). Until val16c every draw did
 * so from `i` itself, so document v16-007 of every draw had the same layout as in val16, val16b and
 * val16c (session 36, h-v16c): three draws were one set of designs printed three times, and rules
 * tuned on them carried nothing to holdout16.
 *
 * A draw after val16c takes each of those choices from a **slot** of its own per choice: a
 * permutation of 0…n−1 drawn from the draw's seed, one per choice. Every value still comes out as
 * often as before (a permutation of the indices), but which document gets it, and which values meet
 * in one document, follow the seed. The permutations come from a stream of their own, so the rest of
 * the draw (words, figures, markers) is drawn as before.
 */
import { hash, prng } from "../corpus/prng.mjs";

/** The choices a slot is drawn for (generate.mjs's drawDocument reads each). */
export const SLOT_CHOICES = ["era", "rules", "font", "page", "keep", "designs"];

/** The draws printed with the index as every slot (dev16, holdout16 and these): kept byte-identical. */
export const INDEX_SLOT_SPLITS = new Set(["val16", "val16b", "val16c"]);

/**
 * The slots of a draw's `n` documents: for document `i`, `{ era, rules, font, page, keep, designs }`,
 * each an index in 0…n−1. `seed` null (the committed corpus, or a draw in INDEX_SLOT_SPLITS) gives
 * `i` for every choice.
 */
export function layoutSlots(n, seed) {
  const ids = [...Array(n).keys()];
  if (seed === null) return ids.map((i) => Object.fromEntries(SLOT_CHOICES.map((c) => [c, i])));
  const { shuffle } = prng((seed ^ hash("corpus16 layout slots")) >>> 0);
  const perm = Object.fromEntries(SLOT_CHOICES.map((c) => [c, shuffle(ids)]));
  return ids.map((i) => Object.fromEntries(SLOT_CHOICES.map((c) => [c, perm[c][i]])));
}

/** The seed a draw's slots follow: null for the committed corpus and the draws before val16d. */
export const slotSeed = (draw) => (draw && !INDEX_SLOT_SPLITS.has(draw.split) ? draw.seed : null);

/** The three table designs of a document whose designs slot is `k` (dealt in turn from `designs`). */
export const designsOf = (designs, k) => [0, 1, 2].map((t) => designs[(k + t) % designs.length]);
