/**
 * Session 54 (h-tabrows54, issue 14): `assignColumns` reads a line whose every segment is a tab cell
 * under columns that all know their cell index (off pdftotext's grid, no note call) segment by segment
 * (`tabLineCells`), without building the line's words. Held to the word-by-word reading it shortcuts —
 * the same call handed the line's own words (`lineWordsRead`, which keeps the general path) — on every
 * cell-indexed line of the repository's tab texts and Markdown tables and on drawn lines (spaces of
 * every kind, runs of them, empty cells, surrogate pairs and lone halves, cell indexes past and between
 * the columns', lost-glyph traces in the layout text), each under several column sets: cells, glyph
 * traces and fills equal, key for key. Session 55 (h-tables55): the shortcut is asked before
 * `assignColumns` (`tabLineRead`), no longer inside it.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { assignColumns, lineWords, tabLineRead } from "../../src/tables/columns.js";
import type { ColumnDef } from "../../src/tables/columns.js";
import { textToLayout } from "../../src/extract/text.js";
import { markdownTextToLayout } from "../../src/extract/markdown.js";
import type { Line, Segment } from "../../src/model/layout.js";
import { prng as random } from "../support/synth.js";

const pick = <T>(next: () => number, xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;

/** Columns at the given cell indexes (all known: `tabbedColumns`). */
const columnsAt = (indexes: readonly number[]): ColumnDef[] =>
  indexes.map((column, k) => ({ key: `c${k}`, role: k === 0 ? "objective" : k === 1 ? "accomplishments" : "measures", header: `C${k}`, x: column * 40, column }));
const COLUMN_SETS = [[0, 1, 2], [0, 1], [0, 2, 3], [1, 2], [0, 1, 2, 3, 4, 5], [0], [2, 4]].map(columnsAt);

/** Both readings of one line: the shortcut (no words handed in) and the word-by-word one. */
function expectSame(line: Line, columns: readonly ColumnDef[], text: string | undefined): void {
  const fast = tabLineRead(line, columns, text);
  expect(fast).not.toBeNull();
  const byWords = assignColumns(line, columns, text, false, [], lineWords(line, text));
  expect(JSON.stringify(fast)).toBe(JSON.stringify(byWords));
  expect(fast).toEqual(byWords);
}

const tabbed = (l: Line): boolean => l.segments.length > 0 && l.segments.every((s) => s.column !== undefined);

function repositoryLayouts(): Array<{ lines: Line[]; text: string }> {
  const out: Array<{ lines: Line[]; text: string }> = [];
  const walk = (dir: string): void => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith(".md")) {
        const layout = markdownTextToLayout(readFileSync(p, "utf8"));
        out.push({ lines: layout.pages.flatMap((pg) => pg.lines), text: layout.text });
      } else if (e.name.endsWith(".txt")) {
        const raw = readFileSync(p, "utf8");
        if (!raw.includes("\t")) continue;
        const layout = textToLayout(raw);
        out.push({ lines: layout.pages.flatMap((pg) => pg.lines), text: layout.text });
      }
    }
  };
  for (const dir of ["fixtures", "test/fixtures/compacts", "test/fixtures/seeds", "test/fixtures/markdown", "test/corpus/dev", "test/corpus/holdout"]) walk(dir);
  return out;
}

const WORDS = ["To", "ensure", "the", "(a)", "•", "Improved", "75%", "per", "cent", "2008", "—", "😀", "a😀b", "\ud83d", "\ude00x", "x\ud83d", "co-operation", "Member", "States;"];
const SPACES = [" ", " ", " ", "  ", "\u00a0", "\u2003", "   ", "\u3000", "\u202f"];

/** A drawn tab line: cells of drawn words and spaces, cell indexes rising (some skipped), x on the tab grid. */
function drawLine(next: () => number): { line: Line; text: string } {
  const count = 1 + Math.floor(next() * 6);
  const segments: Segment[] = [];
  let text = "";
  let column = Math.floor(next() * 2);
  for (let c = 0; c < count; c++) {
    let cell = next() < 0.2 ? pick(next, SPACES) : "";
    const words = next() < 0.1 ? 0 : 1 + Math.floor(next() * 6);
    for (let w = 0; w < words; w++) cell += (w > 0 ? pick(next, SPACES) : "") + pick(next, WORDS);
    if (next() < 0.15) cell += pick(next, SPACES);
    // A lost glyph's trace: "\t" and spaces before the cell in the layout text.
    const lead = c > 0 ? (next() < 0.3 ? "\t " : next() < 0.1 ? "\t\u00a0\u00a0" : "\t") : "";
    text += lead;
    const start = text.length;
    text += cell;
    const width = next() < 0.1 ? 0 : [...cell].length * (next() < 0.5 ? 6 : 5.5);
    segments.push({ text: cell, x: column * 48 + (next() < 0.3 ? next() * 3 : 0), y: next() < 0.9 ? 700 : 701.5, width, fontSize: 10, page: 1, line: 3, start, end: text.length, column });
    column += 1 + (next() < 0.2 ? 1 : 0);
  }
  return { line: { page: 1, line: 3, y: 700, text, start: 0, end: text.length, segments }, text };
}

describe("assignColumns' tab cells (tabLineCells) read as the words would", () => {
  it("every cell-indexed line of the repository's tab texts and Markdown tables", () => {
    let lines = 0;
    for (const { lines: all, text } of repositoryLayouts()) {
      for (const line of all) {
        if (!tabbed(line)) continue;
        lines++;
        for (const columns of COLUMN_SETS) {
          expectSame(line, columns, text);
          expectSame(line, columns, undefined);
        }
      }
    }
    expect(lines).toBeGreaterThan(300);
  });
  it("drawn tab lines", () => {
    const next = random(54);
    let lost = 0;
    let spread = 0;
    for (let n = 0; n < 6000; n++) {
      const { line, text } = drawLine(next);
      const columns = pick(next, COLUMN_SETS);
      expectSame(line, columns, text);
      expectSame(line, columns, undefined);
      const read = tabLineRead(line, columns, text)!;
      if (read.lostGlyphs.some(Boolean)) lost++;
      if (read.cells.some((c) => c.includes("  ") || c !== c.trim())) spread++;
    }
    // The draws reach the glyph trace; no cell keeps a run of spaces.
    expect(lost).toBeGreaterThan(300);
    expect(spread).toBe(0);
  });
});
