/**
 * Session 22 (issue 14, speed): the Markdown layout builds each line's text on its own and adds it to
 * the document's text once (slicing the growing text for every line was quadratic). The offsets
 * it writes must still address that text: every line and segment reads back from `layout.text`, a
 * footnote number raised after a figure stays apart from it, and a table row's cells sit between
 * tabs at their own offsets.
 */
import { describe, expect, it } from "vitest";
import { markdownTextToLayout } from "../../src/extract/markdown.js";
import { checkOffsets, markdownSegments } from "../support/markdown-offsets.js";

describe("Markdown layout offsets", () => {
  it("address the layout text: a raised note number after a figure, a table row's cells, an indented item", () => {
    const md = ["Resolution 59/268<sup>1</sup> applies.", "", "| Objective | Target |", "|---|---|", "| **Advance reform** | 95 per cent |", "", "- Item one", "  - Item two"].join("\n");
    const layout = markdownTextToLayout(md);
    expect(checkOffsets(layout)).toBeGreaterThan(5);
    const lines = layout.pages[0]!.lines.filter((l) => l.kind !== "blank");
    expect(lines[0]!.text).toBe("Resolution 59/268 1 applies.");
    expect(lines[0]!.segments.map((s) => [s.text, s.x])).toEqual([
      ["Resolution 59/268", 0],
      ["1", lines[0]!.segments[1]!.x],
      ["applies.", lines[0]!.segments[2]!.x],
    ]);
    const row = lines.find((l) => l.text.startsWith("Advance"))!;
    expect(row.text).toBe("Advance reform\t95 per cent");
    expect(row.segments.map((s) => [s.column, s.text, s.start - row.start])).toEqual([
      [0, "Advance reform", 0],
      [1, "95 per cent", 15],
    ]);
  });

  it("address the layout text for the Markdown fixtures and every fifth Markdown source of the corpora's dev splits", () => {
    // Every Markdown source of those splits: markdown-emit-offsets.slow.test.ts.
    expect(markdownSegments(5)).toBeGreaterThan(800);
  });
});
