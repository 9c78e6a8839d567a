/**
 * Viewer's copies beyond AbiWord's print (session 21, h-mu2; src/tables/linearized.ts): outline ids
 * as markers, rows a page break cuts, a Remarks column, a copy whose producer left no space at its
 * line breaks (MuPDF's copy of a WeasyPrint print, test/fixtures/viewer-copy), and the guard that
 * keeps layout text (pdftotext -layout) out of it.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readLinearText } from "../support/linearized.js";
import { isViewerCopy, readLinearHeader, readLinearizedPart } from "../../src/tables/linearized.js";
import { extract } from "../../src/index.js";
import { textToLayout } from "../../src/extract/text.js";

function read(text: string, heading: string | null = null) {
  const { header, viewer, out } = readLinearText(text, heading);
  return {
    viewer,
    columns: header.columns.map((c) => c.key),
    rows: out.rows.map((r) => ({ objective: r.objective, accomplishments: r.accomplishments, measures: r.measures.map((m) => m.text), extra: r.extra })),
  };
}

describe("viewer's copy: outline ids, page breaks, Remarks", () => {
  it("reads outline ids (1.1, 1.1.1) as the markers of sub-rows, not as objectives", () => {
    const text = [
      "Objectives",
      "Expected accomplishments",
      "Key performance indicators",
      "",
      "To recruit staff from ",
      "unrepresented Member States",
      "",
      "1.1 Expenditure kept within ",
      "the allotment",
      "",
      "1.1.1 85% of the allotment ",
      "spent by the end of the period",
      "1.1.2 97% of staff who ",
      "completed the course",
      "",
      "1.2 Staff trained in ",
      "information security",
      "",
      "1.2.1 Days from the posting ",
      "of a vacancy: 162",
      "",
      "To complete the appraisal ",
      "of every staff member",
      "",
      "2.1 Travel booked in advance",
      "",
      "2.1.1 92% of staff with a ",
      "completed document",
    ].join("\n");
    const { viewer, rows } = read(text);
    expect(viewer).toBe(true);
    expect(rows.map((r) => [r.objective, r.accomplishments, r.measures])).toEqual([
      [
        "To recruit staff from unrepresented Member States",
        ["Expenditure kept within the allotment", "Staff trained in information security"],
        ["85% of the allotment spent by the end of the period", "97% of staff who completed the course", "Days from the posting of a vacancy: 162"],
      ],
      ["To complete the appraisal of every staff member", ["Travel booked in advance"], ["92% of staff with a completed document"]],
    ]);
  });

  it("puts the rests of the cells a page break cut back after them", () => {
    const text = [
      "Objective",
      "Expected accomplishment",
      "Performance measure",
      "",
      "To keep the accounts of the ",
      "Organization in an ",
      "",
      "•",
      "Statements accepted ",
      "by the Board",
      "",
      "– 89% of budget reports ",
      "submitted by the ",
      "",
      "\f",
      "",
      "unqualified form",
      "",
      "slot date",
      "– 80% of claims certified",
      "",
      "To make the cash ",
      "position visible",
      "",
      "•",
      "Claims settled",
      "",
      "– 95% of reports issued",
    ].join("\n");
    const { rows } = read(text);
    expect(rows.map((r) => [r.objective, r.accomplishments, r.measures])).toEqual([
      ["To keep the accounts of the Organization in an unqualified form", ["Statements accepted by the Board"], ["89% of budget reports submitted by the slot date", "80% of claims certified"]],
      ["To make the cash position visible", ["Claims settled"], ["95% of reports issued"]],
    ]);
  });

  it("takes a column of its own words after Baseline and Target (Remarks)", () => {
    const text = [
      "Objective",
      "Expected ",
      "accomplishment",
      "Key ",
      "performance ",
      "indicator",
      "Baseline",
      "Target",
      "Remarks",
      "",
      "To explain the financial ",
      "implications on time",
      "",
      "Claims settled from ",
      "available cash",
      "",
      "Claims certified within ",
      "90 days (percentage)",
      "",
      "88",
      "97",
      "Subject to the ",
      "liquidity of the accounts",
      "",
      "Audit recommendations ",
      "implemented (percentage)",
      "",
      "68",
      "71",
      "Measured at the close ",
      "of the period",
    ].join("\n");
    const { columns, rows } = read(text);
    expect(columns).toEqual(["objective", "accomplishments", "measures", "baseline", "target", "remarks"]);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.measures).toEqual(["Claims certified within 90 days (percentage)", "Audit recommendations implemented (percentage)"]);
    expect(rows[0]!.extra).toEqual({ baseline: ["88", "68"], target: ["97", "71"], remarks: ["Subject to the liquidity of the accounts", "Measured at the close of the period"] });
  });

  it("reads a combined column's two-level list under a label wrapped after `of `", () => {
    const text = [
      "Objectives",
      "Expected accomplishments and indicators of ",
      "achievement",
      "To recruit staff from unrepresented and ",
      "under-represented Member States",
      "• Travel booked in advance of the deadline",
      "– 81% of staff who completed the ",
      "information security course",
      "• Performance documents finalized by the ",
      "deadline",
      "– Days from the posting of a vacancy to ",
      "the selection: 173",
      "– 46% of women among staff at the P-5 ",
      "level and above",
      "To implement accepted oversight ",
      "recommendations without delay",
      "• Expenditure kept within the allotment",
      "– 64% of oversight recommendations ",
      "implemented within the deadline",
    ].join("\n");
    const lines = textToLayout(text).pages.flatMap((p) => p.lines);
    const header = readLinearHeader(lines, 0)!;
    expect(header.columns.map((c) => c.role)).toEqual(["objective", "accomplishments"]);
    const rows = readLinearizedPart(lines.slice(header.end), header.columns, null, 1).rows;
    expect(rows.map((r) => [r.objective, r.accomplishments, r.measures.map((m) => [m.text, m.accomplishment])])).toEqual([
      [
        "To recruit staff from unrepresented and under-represented Member States",
        ["Travel booked in advance of the deadline", "Performance documents finalized by the deadline"],
        [
          ["81% of staff who completed the information security course", 0],
          ["Days from the posting of a vacancy to the selection: 173", 1],
          ["46% of women among staff at the P-5 level and above", 1],
        ],
      ],
      ["To implement accepted oversight recommendations without delay", ["Expenditure kept within the allotment"], [["64% of oversight recommendations implemented within the deadline", 0]]],
    ]);
  });

  it("keeps a text export's line after Target as the first cell (no wrap's space: no Remarks label)", () => {
    const lines = textToLayout(["Objective", "Performance measure", "Target", "Gender parity", "Women among senior staff (percentage)", "50"].join("\n")).pages.flatMap((p) => p.lines);
    expect(readLinearHeader(lines, 0)!.columns.map((c) => c.role)).toEqual(["objective", "measures", "target"]);
  });
});

describe("viewer's copy with no space at its line breaks", () => {
  const copy = [
    "To widen public access to",
    "environmental data and early",
    "warnings",
    "",
    "1.  Global outlook issued and",
    "presented to the Assembly",
    "2.  National legislation on chemicals",
    "management adopted",
    "",
    "(i)  149 countries reporting under the",
    "chemicals conventions",
    "(ii)  79 per cent of decisions",
    "implemented on schedule",
    "",
    "To support the secretariats of",
    "the environmental agreements",
    "",
    "1.  Data platforms used by Member States",
    "",
    "(i)  84 per cent of decisions implemented",
  ];

  it("joins a line to the next when that goes on in lower case", () => {
    const { viewer, rows } = read(["Objective", "Expected accomplishment", "Indicator of achievement", "", ...copy].join("\n"));
    expect(viewer).toBe(true);
    expect(rows.map((r) => [r.objective, r.accomplishments, r.measures])).toEqual([
      [
        "To widen public access to environmental data and early warnings",
        ["Global outlook issued and presented to the Assembly", "National legislation on chemicals management adopted"],
        ["149 countries reporting under the chemicals conventions", "79 per cent of decisions implemented on schedule"],
      ],
      ["To support the secretariats of the environmental agreements", ["Data platforms used by Member States"], ["84 per cent of decisions implemented"]],
    ]);
  });

  it("never takes layout text (pdftotext -layout: cells side by side) for a copy", () => {
    const layout = [
      "To widen public access to          1. Global outlook issued and         (i) 149 countries reporting under the",
      "environmental data and early           presented to the Assembly            chemicals conventions",
      "warnings                           2. National legislation on           (ii) 79 per cent of decisions",
      "                                       chemicals management adopted          implemented on schedule",
      "To support the secretariats of     1. Data platforms used by            (i) 84 per cent of decisions",
      "the environmental agreements           Member States                         implemented",
      "to be read in the regions          and more                             (iii) 12 countries",
      "with partners                          and the rest                         with plans",
    ];
    const lines = textToLayout(layout.join("\n")).pages.flatMap((p) => p.lines);
    expect(isViewerCopy(lines)).toBe(false);
    // The same words, one cell a line, hard-wrapped: a copy.
    expect(isViewerCopy(textToLayout(copy.join("\n")).pages.flatMap((p) => p.lines))).toBe(true);
  });

  it("reads MuPDF's copy of a WeasyPrint print (corpus11 d11-014) against its truth", async () => {
    const out = await extract("test/fixtures/viewer-copy/d11-014.mu-weasy.txt", { format: "text" });
    if (out.kind !== "compact") throw new Error(`read as ${out.kind}`);
    const truth = JSON.parse(readFileSync("test/corpus11/dev11/d11-014.truth.json", "utf8")) as { rows: Array<{ objective: string; accomplishments: string[]; measures: string[] }> };
    const norm = (s: string) => s.normalize("NFKC").replace(/[\u2018\u2019]/g, "'").replace(/\s+/g, " ").trim().toLowerCase();
    const exact = truth.rows.filter((t) => {
      const hit = out.objectives.find((r) => norm(r.objective) === norm(t.objective));
      return hit && JSON.stringify(hit.accomplishments.map(norm)) === JSON.stringify(t.accomplishments.map(norm)) && JSON.stringify(hit.measures.map((m) => norm(m.text))) === JSON.stringify(t.measures.map(norm));
    });
    // Before session 21 no row of this copy was read (every paragraph's lines stood apart).
    expect(exact.map((t) => t.objective.slice(0, 40))).toEqual(expect.arrayContaining(["To widen public access to environmental d", "To support the secretariats of the multi"].map((s) => s.slice(0, 40))));
    expect(exact.length).toBeGreaterThanOrEqual(9);
  });
});
