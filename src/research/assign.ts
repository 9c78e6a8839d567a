/**
 * Matching two lists as an assignment problem: the pairing that maximizes the total similarity
 * (Kuhn–Munkres, via the `munkres` package), not a greedy best-first pass — greedy takes an
 * item's best partner even when that leaves a second item with none. Pairs under the threshold
 * are then cut: those items are reported as removed and added.
 */
import { munkres } from "munkres";

export interface Assignment {
  /** [index in a, index in b, similarity], in order of a. */
  pairs: Array<[number, number, number]>;
  /** Indexes of a with no partner (removed). */
  onlyA: number[];
  /** Indexes of b with no partner (added). */
  onlyB: number[];
}

export function assign(n: number, m: number, similarity: (i: number, j: number) => number, threshold: number): Assignment {
  const sim: number[][] = [];
  for (let i = 0; i < n; i++) {
    const row: number[] = [];
    for (let j = 0; j < m; j++) row.push(similarity(i, j));
    sim.push(row);
  }
  const pairs: Array<[number, number, number]> = [];
  if (n > 0 && m > 0) {
    // munkres minimizes cost and takes rectangular matrices; a pair under the threshold costs as
    // much as no pair (1), so it never displaces a real one.
    const cost = sim.map((row) => row.map((s) => (s >= threshold ? 1 - s : 1)));
    for (const [i, j] of munkres(cost)) {
      const s = sim[i]![j]!;
      if (s >= threshold) pairs.push([i, j, s]);
    }
  }
  pairs.sort((x, y) => x[0] - y[0]);
  const inA = new Set(pairs.map((p) => p[0]));
  const inB = new Set(pairs.map((p) => p[1]));
  return {
    pairs,
    onlyA: [...Array(n).keys()].filter((i) => !inA.has(i)),
    onlyB: [...Array(m).keys()].filter((j) => !inB.has(j)),
  };
}
