/**
 * Session 50 (h-speed50, issue 14): `opensNoLabel`, the pre-test before a line's header words are
 * built, held to the reading it shortcuts — `builtLineHeaderColumns`, `matchHeaderWords` over the
 * built words — on thousands of drawn lines: wherever it says no label opens the line, the built
 * reading finds no header, and `lineHeaderColumns` answers what the built reading answers.
 */
import { describe, expect, it } from "vitest";
import { LABEL_PIECE, builtLineHeaderColumns, labelWordsUpTo, lineHeaderColumns, opensNoLabel } from "../../src/tables/header.js";
import { lineMoreWordsThan, moreWordsThan } from "../../src/tables/columns.js";
import { LABEL_WORD } from "../../src/vocab/columns.js";
import type { Line, Segment } from "../../src/model/layout.js";

/** A small deterministic generator (mulberry32): the drawn lines are the same on every run. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const pick = <T>(next: () => number, xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;

/** Label words and their pieces, words two labels run together in (cut by labelSplitAt or not), prose, marks. */
const LABELS = ["Objective", "OBJECTIVES", "objectives", "Expected", "EXPECTED", "accomplishments", "Accomplishment", "Performance", "PERFORMANCE", "measures", "Measure", "Indicators", "KPI", "Key", "key", "Results", "Outcome", "Risks", "RISKS", "mitigation", "Baseline", "BASELINE", "Target", "TARGET", "Targets", "TARGET1", "Planned", "Programme", "Strategic", "Management", "Success", "Deliverables"];
const GLUED = ["ACCOMPLISHMENTKEY", "AccomplishmentsIndicators", "accomplishmentperformance", "accomplishmentmeasure", "TARGETREMARKS", "TARGETING", "BASELINETARGET", "OBJECTIVEOUTCOME", "ObjectiveOutcome", "RESULTSINDICATORS", "measuresbaseline", "Targeted"];
const PROSE = ["the", "The", "of", "and", "AND", "in", "report", "resultant", "programme", "No.", "1.", "(a)", "•", "2019", "(2013)", "Remarks", "REMARKS", "Comments:", "achievement", "framework,", "for", "will", "Mission", "Head", "targets.", "Performance:", "risk-based", "Key:"];
/** Whole labels, a cell each: a header-like line draws its runs from these (and a row label or prose). */
const CELLS = ["Objective", "Indicator", "Indicators", "Objectives", "Expected accomplishments", "EXPECTED ACCOMPLISHMENTS", "Performance measures", "Indicators of achievement", "Key performance indicators", "Baseline", "Target (2013)", "TARGET", "Risks and mitigation measures", "Outcome", "Results", "No.", "Remarks", "the report of"];
const MARKS = ["¹", "1", "*", "2"];
const SPACES = [" ", " ", " ", "  ", "\u00a0", "\t", " \u2003 "];

function drawText(next: () => number): string {
  const n = 1 + Math.floor(next() * 4);
  let text = next() < 0.15 ? pick(next, SPACES) : "";
  for (let i = 0; i < n; i++) {
    const r = next();
    text += (i > 0 ? pick(next, SPACES) : "") + (r < 0.35 ? pick(next, LABELS) : r < 0.45 ? pick(next, GLUED) : pick(next, PROSE));
  }
  return next() < 0.1 ? text + " " : text;
}

function drawLine(next: () => number, cells: boolean): Line {
  const segments: Segment[] = [];
  const headerLike = next() < 0.3;
  const count = 1 + Math.floor(next() * (headerLike ? 5 : 4));
  let x = next() < 0.5 ? 72 : 72 + Math.floor(next() * 200);
  for (let s = 0; s < count; s++) {
    // A raised footnote mark after a run (readHeaderLineWords moves it to the run's segment).
    const mark = s > 0 && next() < 0.15;
    const text = mark ? pick(next, MARKS) : headerLike ? pick(next, CELLS) : drawText(next);
    const fontSize = mark ? 6 : 10;
    const width = text.length * fontSize * 0.5;
    const seg: Segment = { text, x, y: mark ? 496 : 500, width, fontSize, page: 1, line: 1, start: 0, end: 0 };
    if (cells) seg.column = s;
    segments.push(seg);
    x += width + (mark ? 1 : 10 + Math.floor(next() * 60));
  }
  return { page: 1, line: 1, y: 500, text: segments.map((seg) => seg.text).join("   "), start: 0, end: 0, segments };
}

describe("opensNoLabel", () => {
  it("rejects a line only where the built header words name no header, on 8,000 drawn lines", () => {
    const next = random(50);
    let rejected = 0, rejectedWithLabelWord = 0, headers = 0, builtAndNull = 0;
    for (let n = 0; n < 8000; n++) {
      const line = drawLine(next, next() < 0.2);
      const built = builtLineHeaderColumns(line, undefined);
      const label = JSON.stringify(line.segments.map((s) => [s.text, s.column]));
      expect(lineHeaderColumns(line, undefined), label).toEqual(built);
      if (opensNoLabel(line)) {
        expect(built, label).toBeNull();
        rejected++;
        if (LABEL_WORD.test(line.text)) rejectedWithLabelWord++;
      } else if (built === null) builtAndNull++;
      else headers++;
    }
    // Every answer is reached, and often: lines rejected (some of them holding a label word further
    // on, the prose the scan meets), lines read and found headers, lines read and found none.
    expect(rejected).toBeGreaterThan(1000);
    expect(rejectedWithLabelWord).toBeGreaterThan(500);
    expect(headers).toBeGreaterThan(300);
    expect(builtAndNull).toBeGreaterThan(2000);
  });

  it("reads the words two labels run together in as the header words do, cell-indexed lines too", () => {
    const line = (texts: string[], column?: boolean): Line => {
      const segments = texts.map((text, s): Segment => ({ text, x: 72 + 200 * s, y: 500, width: 60, fontSize: 10, page: 1, line: 1, start: 0, end: 0, ...(column ? { column: s } : {}) }));
      return { page: 1, line: 1, y: 500, text: texts.join("  "), start: 0, end: 0, segments };
    };
    // Prose whose label words come late: no label opens at its first two words.
    const prose = line(["In this compact the objectives, expected accomplishments and performance measures"]);
    expect(opensNoLabel(prose)).toBe(true);
    expect(builtLineHeaderColumns(prose, undefined)).toBeNull();
    // A row label before the labels: the second word opens one.
    expect(opensNoLabel(line(["No.", "Objective", "Expected accomplishments", "Performance measures"]))).toBe(false);
    // Two labels run together in the first word ("EXPECTED ACCOMPLISHMENTKEY PERFORMANCE INDICATOR"):
    // the second header word is the glued word's tail.
    const glued = line(["No.", "ACCOMPLISHMENTKEY PERFORMANCE INDICATOR"]);
    expect(opensNoLabel(glued)).toBe(false);
    // A cell index: subMeasureAt reads a cell's words by its index, and its one label, "Indicator",
    // opens with a label start too (session 51: such a line is told by its first words as well).
    const indexed = line(["No.", "Item", "Indicator"], true);
    expect(opensNoLabel(indexed)).toBe(true);
    expect(builtLineHeaderColumns(indexed, undefined)).toBeNull();
    expect(opensNoLabel(line(["No.", "Indicator", "Baseline", "Target"], true))).toBe(false);
    // Nothing at all: no header.
    expect(opensNoLabel(line([""]))).toBe(true);
  });
});

describe("the header probe's counts, read no further than asked", () => {
  const PIECES = ["Objective", "objectives", "the", " ", "  ", "\u00a0", "\t", "\n", "key", "Keyboard", "expected", "unexpected", "planned", "RESULTS", "measure", "performance", "KPIs", "risk", "risky", "target", "a", "x", "-", "Baselines", "", "𝐀", "\u2003"];
  const drawText = (next: () => number, most: number): string => {
    let text = "";
    const n = Math.floor(next() * most);
    for (let i = 0; i < n; i++) text += pick(next, PIECES);
    return text;
  };
  /** The full count the bounded ones stand for (tables/columns' former countWords): the runs of non-space. */
  const countWords = (text: string): number => text.split(/\s+/).filter(Boolean).length;
  /** The label-word pattern before session 50: LABEL_WORD, or a piece word whole. */
  const PIECE_BEFORE = new RegExp(`${LABEL_WORD.source}|\\b(?:expected|key|planned)\\b`, "i");
  const LABEL_WORDS = new RegExp(LABEL_WORD.source, "gi");

  it("moreWordsThan, lineMoreWordsThan, labelWordsUpTo and LABEL_PIECE agree with the full counts and the old pattern on 5,000 drawn texts", () => {
    const next = random(5050);
    const answers = { more: 0, notMore: 0, piece: 0, noPiece: 0 };
    for (let n = 0; n < 5000; n++) {
      const text = drawText(next, 40);
      const most = Math.floor(next() * 14);
      const more = moreWordsThan(text, most);
      expect(more, JSON.stringify([text, most])).toBe(countWords(text) > most);
      answers[more ? "more" : "notMore"]++;
      const cap = 1 + Math.floor(next() * 3);
      expect(labelWordsUpTo(text, cap), JSON.stringify([text, cap])).toBe(Math.min(cap, (text.match(LABEL_WORDS) ?? []).length));
      const piece = LABEL_PIECE.test(text);
      expect(piece, JSON.stringify(text)).toBe(PIECE_BEFORE.test(text));
      answers[piece ? "piece" : "noPiece"]++;
      const segments = [text, drawText(next, 12), drawText(next, 12)].slice(0, 1 + Math.floor(next() * 3)).map((t, s): Segment => ({ text: t, x: 72 + 100 * s, y: 500, width: 50, fontSize: 10, page: 1, line: 1, start: 0, end: 0 }));
      const line: Line = { page: 1, line: 1, y: 500, text: segments.map((s) => s.text).join(" "), start: 0, end: 0, segments };
      expect(lineMoreWordsThan(line, most)).toBe(segments.reduce((k, s) => k + countWords(s.text), 0) > most);
    }
    for (const count of Object.values(answers)) expect(count).toBeGreaterThan(400);
  });
});
