/**
 * Session 30 (h-pm19), layout text: a page of a table on a grid of its own whose two value columns
 * stand a few characters apart ("59%   ≥ 60%", corpus19 d19-012's last page). `uniformRunAnchors`
 * took two places closer than a hanging indent's width for one cell's lines; two value columns
 * side by side (runs at both places on the same lines, no marker) are two columns.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extract } from "../../src/index.js";
import { textToLayout } from "../../src/extract/text.js";
import { uniformRunAnchors } from "../../src/tables/columns.js";
import type { ColumnDef } from "../../src/tables/columns.js";

const columns: ColumnDef[] = [
  { key: "accomplishments", role: "accomplishments", header: "Expected accomplishments", x: 12, column: undefined },
  { key: "measures", role: "measures", header: "Key performance indicators", x: 84, column: undefined },
  { key: "baseline", role: "baseline", header: "Baseline", x: 159, column: undefined },
  { key: "target", role: "target", header: "Target", x: 172, column: undefined },
];
const charsOf = (lines: ReturnType<typeof linesOf>) => {
  const seg = lines[0]!.segments[0]!;
  return seg.width / seg.text.length;
};
const linesOf = (text: string[]) => textToLayout(text.join("\n")).pages.flatMap((p) => p.lines);

describe("two value columns a few characters apart on a page's own grid", () => {
  it("reads the baseline and target places as two columns", () => {
    const lines = linesOf([
      "  Posts filled within the benchmark.                                      Audit recommendations closed within the year.   59%   ≥ 60%",
      "                                                                          Tickets bought 16 days or more before travel.   63%   76 per cent",
    ]);
    const cw = charsOf(lines);
    // The first column keeps the part's edge (nothing lies left of it to read it against).
    expect(uniformRunAnchors(columns, lines)?.slice(1).map((c) => Math.round(c.x / cw))).toEqual([74, 122, 128]);
  });

  it("still reads a hung marker and its item's text as one place", () => {
    const lines = linesOf([
      "  Posts filled within the benchmark.                                      1.   Audit recommendations closed within the year  59%",
      "                                                                               within the year and more words here              63%",
    ]);
    expect(uniformRunAnchors(columns, lines)).toBeNull();
  });

  it("reads d19-012's last page: baselines and targets in their columns", async () => {
    const text = readFileSync(new URL("../corpus19/dev19/d19-012.pdfmake.txt", import.meta.url), "utf8");
    const r = await extract(new TextEncoder().encode(text));
    const row = (r.kind === "compact" ? r.objectives : []).find((o) => o.objective.startsWith("To fill vacant posts"));
    expect(row?.measures.map((m) => m.text)).toEqual(["Audit recommendations closed within the year.", "Tickets bought 16 days or more before travel."]);
    expect(row?.extra?.["baseline"]).toEqual(["59%", "63%"]);
    expect(row?.extra?.["target"]).toEqual(["≥ 60%", "76 per cent"]);
  });
});
