/**
 * Session 54 (h-tabrows54, issue 14): three readings of a cell's text asked of less of it, held to the
 * readings they replace on drawn texts —
 * - `brokenHeadOf` (joinBrokenWord's head word): BROKEN_HEAD asked of the text's last run of letters
 *   and the two characters before it, not of the whole item;
 * - `usesLetterMarkers`: a line with no capital, full stop and space in a row is not split at its bullets;
 * - `runsOnAfterStop` (checkRows): a text without ". " is not scanned.
 */
import { describe, expect, it } from "vitest";
import { brokenHeadOf, splitInlineBullets, usesLetterMarkers } from "../../src/tables/text.js";
import type { Fragment } from "../../src/tables/text.js";
import { runsOnAfterStop } from "../../src/tables/checks.js";
import { prng as random } from "../support/synth.js";

const pick = <T>(next: () => number, xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;

// The readings as they were before session 54.
const OLD_BROKEN_HEAD = /(?:^|\s|[A-Za-z]-)([A-Za-z]+)$/;
const OLD_LETTER_MARKER = /^\s*([A-Z])\.\s+(?=\S)/;
function oldUsesLetterMarkers(fragments: readonly Fragment[]): boolean {
  let next = 0x41;
  for (const frag of fragments) {
    for (const piece of splitInlineBullets(frag.text)) {
      const m = OLD_LETTER_MARKER.exec(piece);
      if (!m) continue;
      if (m[1]!.charCodeAt(0) !== next) return false;
      next++;
    }
  }
  return next > 0x42;
}
const oldRunsOnAfterStop = (text: string) => /[a-z]{3,}\. [a-z]{2,}/.test(text) && !/\b(?:e\.g|i\.e|etc|viz|cf|incl|approx|vs|para|paras|no|nos|art|rev|corr|add|ref)\. [a-z]/i.test(text);

const PIECES = [
  "A.", "B.", "C.", "D.", "A. ", "B.\u00a0", "a.", "Z.", "U.N.", "e.g.", "etc.", "staff", "Member", "States", "co-", "-", "–", "x-", "Ab-", "9-", "é", "naïve",
  " ", "  ", "\t", "\u00a0", "\n", "•", "▪", "◦", "o", "(a)", "1.", ".", ". ", "de", "ployment", "languages", "No. 5", "para. 3", "among staff. languages",
];
function drawText(next: () => number, most: number): string {
  let s = "";
  const n = Math.floor(next() * most);
  for (let k = 0; k < n; k++) s += pick(next, PIECES) + (next() < 0.6 ? " " : "");
  return s;
}

describe("session 54's pre-tests read as the whole readings did", () => {
  it("brokenHeadOf = BROKEN_HEAD over the whole text", () => {
    const next = random(541);
    let found = 0;
    for (let n = 0; n < 20000; n++) {
      const a = drawText(next, 12);
      const head = brokenHeadOf(a);
      expect(head).toBe(OLD_BROKEN_HEAD.exec(a)?.[1]);
      if (head !== undefined) found++;
    }
    for (const a of ["", "a", "ab", "-ab", "x-ab", "9-ab", " ab", "\u00a0ab", "é ab", "éab", "a-b-cd", "deve-", "the deve", "ab cd-ef"]) expect(brokenHeadOf(a)).toBe(OLD_BROKEN_HEAD.exec(a)?.[1]);
    expect(found).toBeGreaterThan(800);
  });
  it("usesLetterMarkers = every piece read", () => {
    const next = random(542);
    let yes = 0;
    for (let n = 0; n < 20000; n++) {
      const frags: Fragment[] = Array.from({ length: 1 + Math.floor(next() * 4) }, (_, k) => ({ text: drawText(next, 6), page: 1, line: k }));
      const own = usesLetterMarkers(frags);
      expect(own).toBe(oldUsesLetterMarkers(frags));
      if (own) yes++;
    }
    expect(yes).toBeGreaterThan(20);
  });
  it("runsOnAfterStop = both patterns over every text", () => {
    const next = random(543);
    let yes = 0;
    for (let n = 0; n < 20000; n++) {
      const t = drawText(next, 10);
      expect(runsOnAfterStop(t)).toBe(oldRunsOnAfterStop(t));
      if (runsOnAfterStop(t)) yes++;
    }
    expect(yes).toBeGreaterThan(200);
  });
});
