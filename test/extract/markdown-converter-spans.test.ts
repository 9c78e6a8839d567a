/**
 * Tables as a PDF→Markdown converter (Docling, Marker) writes them (extract/markdown.ts
 * unrepeatSpans, splitInlineItems): a span's text repeated in each row or cell it spans is one cell;
 * a cell's items inlined after "(a)"/"1." markers in order are items.
 */
import { describe, expect, it } from "vitest";
import { markdownTextToLayout, splitInlineItems } from "../../src/extract/markdown.js";

/** The table rows of a Markdown source, each cell's text. */
function rows(source: string): string[][] {
  const layout = markdownTextToLayout(source);
  return layout.pages
    .flatMap((p) => p.lines)
    .filter((l) => l.kind === "table-row")
    .map((l) => l.text.split("\t").map((t) => t.trim()));
}

describe("repeated spans in a converter's pipe table", () => {
  it("a rowspan repeated in the rows below is one cell", () => {
    const md = [
      "| Objective | Accomplishment | Measure |",
      "|---|---|---|",
      "| To support the peace process | Talks held with parties. | Meetings: 4. |",
      "| To support the peace process | Talks held with parties. | Briefings: 12. |",
      "| To support the peace process | Reports issued. | Reports: 3. |",
      "| To manage resources | Budget spent. | Rate: 98%. |",
    ].join("\n");
    expect(rows(md).slice(1)).toEqual([
      ["To support the peace process", "Talks held with parties.", "Meetings: 4."],
      ["", "", "Briefings: 12."],
      ["", "Reports issued.", "Reports: 3."],
      ["To manage resources", "Budget spent.", "Rate: 98%."],
    ]);
  });

  it("a repeated value further right, a short repeat or a whole repeated row stays", () => {
    const md = [
      "| Objective | Measure | Target |",
      "|---|---|---|",
      "| To support the peace process | Meetings held | 100 per cent |",
      "| To manage resources | Budget spent | 100 per cent |",
      "| N/A | Rate | 5 |",
      "| N/A | Share | 6 |",
      "| To report | Reports issued | 3 |",
      "| To report | Reports issued | 3 |",
    ].join("\n");
    expect(rows(md).slice(1).map((r) => r[0])).toEqual(["To support the peace process", "To manage resources", "N/A", "N/A", "To report", "To report"]);
    expect(rows(md)[2]![2]).toBe("100 per cent");
  });

  it("a colspan repeated across the row stays in its first cell", () => {
    const md = [
      "| Outcomes | Indicators | Baseline | Target |",
      "|---|---|---|---|",
      "| Objective 2: To support the peace process | Objective 2: To support the peace process | Objective 2: To support the peace process | Objective 2: To support the peace process |",
      "| Talks held. | Meetings | 3 | 4 |",
      "| – | – | – | – |",
    ].join("\n");
    expect(rows(md).slice(1)).toEqual([
      ["Objective 2: To support the peace process", "", "", ""],
      ["Talks held.", "Meetings", "3", "4"],
      ["–", "–", "–", "–"],
    ]);
  });
});

describe("inline items", () => {
  it("markers in sequence from the cell's start split it", () => {
    expect(splitInlineItems("(a) Meetings held (target: 3). (b) Pledges disbursed. (c) Briefings")).toBe("(a) Meetings held (target: 3). • (b) Pledges disbursed. • (c) Briefings");
    expect(splitInlineItems("1. Meetings held. 2. Pledges disbursed.")).toBe("1. Meetings held. • 2. Pledges disbursed.");
  });
  it("one marker, markers out of order or not at the start change nothing", () => {
    for (const t of ["(a) Meetings held", "(a) Meetings as in (c) above", "Meetings (a) held (b) twice", "1. Rate rose from 1. 3. to 4."]) expect(splitInlineItems(t)).toBe(t);
  });
  it("in a table body cell, not the header", () => {
    const md = ["| Objective | (a) x (b) y |", "|---|---|", "| To report | (a) Reports issued. (b) Briefings held. |"].join("\n");
    const r = rows(md);
    expect(r[0]![1]).toBe("(a) x (b) y");
    expect(r[1]![1]).toBe("(a) Reports issued. • (b) Briefings held.");
  });
});
