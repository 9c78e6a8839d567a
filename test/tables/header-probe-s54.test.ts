/**
 * Session 54 (h-tabhead54, issue 14): the header probe's tests of the line under a header (and of a
 * wrapped header's next lines) tell a run by its word count or its first word before splitting it —
 * that line is most often the body's first, long cells in a tab compact. Each test is held here to
 * its former reading, spelled out, on drawn lines: runs of label words, connectors, broken tails,
 * years, raised footnote marks, long prose, blank runs, and every kind of space `trim` and `\s`
 * know. So is `withYearLine`'s word-count test (tables/index.ts): a line it passes over has more
 * words than the header's columns once its raised marks are dropped.
 */
import { describe, expect, it } from "vitest";
import {
  isBrokenTailAndYearLine,
  isBrokenTailLine,
  isCutLabelTail,
  isJoinedLabelTail,
  isLabelTail,
  isRaisedMarkAfter,
  labelsAndBrokenTails,
  YEAR_LABEL,
} from "../../src/tables/header.js";
import { firstWord, lineMoreWordsThan, lineWords } from "../../src/tables/columns.js";
import { LABEL_FRAGMENT, LABEL_WORD } from "../../src/vocab/columns.js";
import type { Line, Segment } from "../../src/model/layout.js";
import { prng as random } from "../support/synth.js";

const pick = <T>(next: () => number, xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;

// The former tests, as they read before session 54 (src/tables/header.ts).
const MAX_FRAGMENT_WORDS = 2;
const BROKEN_TAIL = /^(?!(?:of|or|to|in|on|by|an|at|as|&)$)[A-Za-z]{1,2}$/i;
const LABEL_CONNECTOR = /^(?:and|of|&)$/i;
function oldIsLabelTail(line: Line): boolean {
  return line.segments.every((seg) => {
    const words = seg.text.trim().split(/\s+/);
    return words.length <= MAX_FRAGMENT_WORDS && words.every((w) => LABEL_FRAGMENT.test(w));
  });
}
function oldIsJoinedLabelTail(line: Line, connector: "required" | "optional"): boolean {
  return line.segments.length > 0 && line.segments.every((seg) => {
    const words = seg.text.trim().split(/\s+/);
    const joined = LABEL_CONNECTOR.test(words[0] ?? "");
    if (!joined && connector === "required") return false;
    const rest = joined ? words.slice(1) : words;
    return rest.length > 0 && rest.length <= MAX_FRAGMENT_WORDS && rest.every((w) => LABEL_FRAGMENT.test(w));
  });
}
function oldIsCutLabelTail(line: Line): boolean {
  let label = false;
  const ok = line.segments.every((seg) => {
    const words = seg.text.trim().split(/\s+/);
    return words.length <= MAX_FRAGMENT_WORDS && words.every((w) => (LABEL_FRAGMENT.test(w) ? (label = true) : BROKEN_TAIL.test(w)));
  });
  return ok && label;
}
/** `labelsAndBrokenTails` with no lines above: its last test (a head completed above) never holds. */
function oldLabelsAndBrokenTails(line: Line): boolean {
  return line.segments.every((seg) => {
    const words = seg.text.trim().split(/\s+/);
    if (words.length > MAX_FRAGMENT_WORDS) return false;
    return words.every((w) => LABEL_FRAGMENT.test(w) || LABEL_WORD.test(w) || YEAR_LABEL.test(w) || BROKEN_TAIL.test(w));
  });
}
function oldIsBrokenTailLine(line: Line): boolean {
  const words = line.text.trim().split(/\s+/);
  return words.length > 0 && words.every((w) => BROKEN_TAIL.test(w));
}
function oldIsBrokenTailAndYearLine(line: Line): boolean {
  let tail = false;
  const ok = line.segments.every((seg, si) => {
    if (si > 0 && isRaisedMarkAfter(seg, line.segments[si - 1]!)) return true;
    return seg.text.trim().split(/\s+/).every((w) => (BROKEN_TAIL.test(w) ? (tail = true) : YEAR_LABEL.test(w)));
  });
  return ok && tail;
}

const WORDS = [
  "Expected", "accomplishment", "ACCOMPLISHMENTS", "Performance", "measures", "indicators", "Objective", "Key", "Risks", "Baseline", "Target",
  "and", "of", "&", "AND", "S", "E", "ES", "ne", "t", "of", "or", "to", "2013", "(2014)", "2008-2009", "1", "²", "*", "Improved", "the",
  "budgetary", "submissions,", "results-based", "management", "ine", "Basel", "achievement", "mitigations", "",
];
const SPACES = [" ", " ", " ", "  ", "\t", "\u00a0", "\u2028", "\u3000", "\ufeff", "\u2009", "\u180e", "\u200b", "\n", "\v"];
const PROSE = "To provide sound and timely budgetary and financial management services to the Department";

function drawText(next: () => number): string {
  const r = next();
  if (r < 0.08) return pick(next, ["", " ", "\t", "\u00a0 "]);
  if (r < 0.2) return PROSE.slice(0, Math.floor(next() * PROSE.length));
  const count = 1 + Math.floor(next() * 4);
  let text = next() < 0.2 ? pick(next, SPACES) : "";
  for (let i = 0; i < count; i++) text += (i > 0 ? pick(next, SPACES) : "") + pick(next, WORDS);
  if (next() < 0.2) text += pick(next, SPACES);
  return text;
}

/** A line of one to four runs; some runs after the first are raised footnote marks (smaller, above, touching). */
function drawLine(next: () => number): Line {
  const count = 1 + Math.floor(next() * 4);
  const segments: Segment[] = [];
  let x = 50;
  for (let s = 0; s < count; s++) {
    const mark = s > 0 && next() < 0.25;
    const text = mark ? pick(next, ["1", "12", "*", "†", " 2 ", "1 2", "x"]) : drawText(next);
    const width = Math.max(text.length, 1) * 6;
    segments.push({ text, x, y: mark ? 496 : 500, width, fontSize: mark ? 6 : 10, page: 1, line: 1, start: 0, end: text.length, ...(next() < 0.3 ? { column: s } : {}) });
    x += width + (mark ? 1 : 30);
  }
  const text = segments.map((s) => s.text).join("   ");
  return { page: 1, line: 1, y: 500, text, start: 0, end: text.length, segments };
}

describe("the header probe's tests of a line told before the split (session 54)", () => {
  it("answer as before on 20,000 drawn lines, every answer reached", () => {
    const next = random(54);
    const seen = new Map<string, number>();
    const count = (k: string) => seen.set(k, (seen.get(k) ?? 0) + 1);
    for (let n = 0; n < 20000; n++) {
      const line = drawLine(next);
      const label = JSON.stringify(line.segments.map((s) => s.text));
      const answers: Array<[string, boolean, boolean]> = [
        ["labelTail", isLabelTail(line), oldIsLabelTail(line)],
        ["joinedRequired", isJoinedLabelTail(line, "required"), oldIsJoinedLabelTail(line, "required")],
        ["joinedOptional", isJoinedLabelTail(line, "optional"), oldIsJoinedLabelTail(line, "optional")],
        ["cutLabelTail", isCutLabelTail(line), oldIsCutLabelTail(line)],
        ["labelsAndTails", labelsAndBrokenTails(line, []), oldLabelsAndBrokenTails(line)],
        ["brokenTailLine", isBrokenTailLine(line), oldIsBrokenTailLine(line)],
        ["tailAndYear", isBrokenTailAndYearLine(line), oldIsBrokenTailAndYearLine(line)],
      ];
      for (const [name, now, before] of answers) {
        expect(now, `${name} ${label}`).toBe(before);
        count(`${name} ${now}`);
      }
      for (const seg of line.segments) expect(firstWord(seg.text), JSON.stringify(seg.text)).toBe(seg.text.trim().split(/\s+/)[0]);
    }
    for (const name of ["labelTail", "joinedRequired", "joinedOptional", "cutLabelTail", "labelsAndTails", "brokenTailLine", "tailAndYear"]) {
      expect(seen.get(`${name} true`) ?? 0, `${name} true`).toBeGreaterThan(30);
      expect(seen.get(`${name} false`) ?? 0, `${name} false`).toBeGreaterThan(1000);
    }
  });

  it("withYearLine's word count: a line it passes over has more words than columns without its raised marks", () => {
    const next = random(5454);
    let passed = 0, kept = 0;
    for (let n = 0; n < 20000; n++) {
      const line = drawLine(next);
      const columns = 1 + Math.floor(next() * 6);
      const words = lineWords(line).filter((w) => !(w.segment > 0 && isRaisedMarkAfter(line.segments[w.segment]!, line.segments[w.segment - 1]!)));
      if (lineMoreWordsThan(line, columns + line.segments.length - 1)) {
        expect(words.length, JSON.stringify(line.segments.map((s) => s.text))).toBeGreaterThan(columns);
        passed++;
      } else kept++;
    }
    expect(passed).toBeGreaterThan(1000);
    expect(kept).toBeGreaterThan(1000);
  });
});
