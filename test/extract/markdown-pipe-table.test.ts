/**
 * CommonMark whose only GFM part is pipe tables is read by commonmark.js with the tables read from
 * their lines (extract/pipe-table.ts), instead of micromark, only for speed. These tests check that
 * the Layout is the one micromark's tree gives: on the Markdown files of the fixtures and the first
 * corpora's dev sets, on hand-made tables, and that the shapes it does not read go to micromark.
 * (markdown-pipe-table-files.slow.test.ts: every committed .md file and the shared seeds.)
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FUZZ_RUNS } from "../fuzz/arbitraries.js";
import { expectPipeTableLayouts, markdownFiles, TABLE_ONLY } from "./markdown-files.js";
import { pipeTableTree } from "../../src/extract/pipe-table.js";
import { layoutFromTree, markdownTextToLayout, parseMarkdown, possibleGfmParts } from "../../src/extract/markdown.js";

const ROOT = join(import.meta.dirname, "..", "..");
/** The Layout micromark's tree gives. */
const micromarkLayout = (source: string) => layoutFromTree(parseMarkdown(source), source);

describe("pipe tables read without micromark give micromark's Layout", () => {
  it("on every Markdown file of the fixtures and the first corpora's dev sets", () => {
    const files = ["fixtures", "test/fixtures", "test/corpus/dev", "test/corpus2/dev2"].flatMap((d) => markdownFiles(join(ROOT, d)));
    const read = expectPipeTableLayouts(files);
    // The 2012 fixture and most dev compacts with tables take the commonmark.js path.
    expect(read).toBeGreaterThanOrEqual(10);
    expect(pipeTableTree(readFileSync(join(ROOT, "fixtures", "compact-2012-markdown.md"), "utf8"))).not.toBeNull();
  });

  const TABLES = [
    // Cells as GFM splits them: escaped pipes, empty cells, rows shorter and longer than the header.
    "# Compact\n| Objective | Measure |\n|:---|---:|\n| a \\| b | 1 |\n|  | **80\u00a0%** of *all* |\n| only |\n| 1 | 2 | 3 |\n\nAfter.",
    // Cells that would open a block on a line of their own: list markers, a heading mark, a quote, a rule.
    "| a | b | c |\n|---|---|---|\n| 1. Greater coordination | - slow adoption | # 5 |\n| > q | --- | 2) x |\n| a) item<br>b) item | <sup>1</sup> note | `code` |",
    // No-break spaces in the prose around the table and inside cells.
    "Resolution 68/263 of 23\u00a0December.\n\n| Year | Target |\n| --- | --- |\n| 2012 | 90\u00a0% |\n",
  ];
  it.each(TABLES)("on %j", (source) => {
    expect(possibleGfmParts(source)).toBe(TABLE_ONLY);
    const tree = pipeTableTree(source);
    expect(tree).not.toBeNull();
    expect(layoutFromTree(tree!, source)).toEqual(micromarkLayout(source));
    expect(markdownTextToLayout(source)).toEqual(micromarkLayout(source));
  });

  it("reads the cells as rows of the Layout", () => {
    const source = "| Objective | Measure |\n|---|---|\n| Better **coordination** | 1. a\\|b |\n";
    const line = markdownTextToLayout(source).pages[0]!.lines.find((l) => l.line === 3)!;
    expect(line.kind).toBe("table-row");
    expect(line.segments.map((s) => [s.text, s.column, s.bold ?? false])).toEqual([
      ["Better coordination", 0, false],
      ["1. a|b", 1, false],
    ]);
  });

  it("on generated tables among other blocks", () => {
    // Cells and blocks chosen where the two readings could part: block starts in cells, escapes,
    // tags, no-break spaces, rows of other widths, tables under paragraphs and in fences.
    const cell = fc.constantFrom(
      "a", "", "1. x", "- y", "+ z", "* w", "# h", "#5", "> q", "---", "***", "_ _ _", "**bold**", "*em*", "a\\|b", "`c`", "`c\\|d`",
      "<br>", "a<br>b", "<sup>1</sup>", "x<sup>a</sup>", "80\u00a0%", "\u00a0x", "**x**\u00a0y", "&amp;", "\\*", "2) t", "10. ten",
      "```x", "<div>", "=", "a\\", "**a**b", "(a) b", "\u2022\u00a0item", "x\ty", ">", "-", "1.", "a < b", "<!-- c -->",
    );
    const row = fc.tuple(fc.array(cell, { minLength: 1, maxLength: 3 }), fc.boolean()).map(([cells, closed]) => `|${cells.map((c) => ` ${c} `).join("|")}${closed ? "|" : ""}`);
    const table = fc.tuple(row, fc.array(fc.constantFrom("---", ":--", "--:", ":-:"), { minLength: 1, maxLength: 3 }), fc.array(row, { maxLength: 3 })).map(([header, delimiter, body]) => [header, `|${delimiter.join("|")}|`, ...body].join("\n"));
    const block = fc.constantFrom("para", "# Head", "- item", "1. item", "> quote", "```\ncode\n```", "    indented", "<div>\nhtml\n</div>", "---", "text\u00a0nbsp", "Setext\n===", "", "<!--\n", "-->");
    const part = fc.oneof(table, block);
    let read = 0;
    fc.assert(
      fc.property(fc.array(fc.tuple(part, fc.constantFrom("\n\n", "\n", "\n\n\n")), { minLength: 1, maxLength: 5 }), (parts) => {
        const source = parts.map(([p, gap]) => p + gap).join("");
        if (possibleGfmParts(source) !== TABLE_ONLY) return;
        const tree = pipeTableTree(source);
        if (tree) read++;
        expect(markdownTextToLayout(source)).toEqual(micromarkLayout(source));
      }),
      { numRuns: FUZZ_RUNS * 2 },
    );
    expect(read).toBeGreaterThan(0);
  });

  // Shapes read otherwise by micromark, or not read here: left to micromark (and still equal).
  const LEFT_TO_MICROMARK = [
    "para\n| a | b |\n|---|---|\n| 1 | 2 |", // a table interrupting a paragraph
    "| a | b |\n|---|---|\n| 1 | 2 |\nnext", // a line GFM reads as a row
    "| a | b |\n|---|\n| 1 | 2 |", // header and delimiter of different widths: a paragraph
    "- item\n  | a |\n  |---|", // a table in a list item
    "a | b\n--|--\n1 | 2", // rows without a leading pipe
    "```\n| a |\n|---|\n```", // a table in a fenced block
    "| a |\n|---|\n| ```x |", // a cell opening a fence
    "| a |\n|---|\n| `x\\|y` |", // an escaped pipe with a code span
    "| a |\n|---|\n| \u00a0x |", // other white space at a cell's edge
  ];
  it.each(LEFT_TO_MICROMARK)("leaves %j to micromark", (source) => {
    expect(pipeTableTree(source)).toBeNull();
    expect(markdownTextToLayout(source)).toEqual(micromarkLayout(source));
  });
});
