/**
 * Row losses of session 36 (h-v18d) on corpus18's fourth validation draw (test/corpus18/val18d,
 * committed) and the earlier draws, jsPDF's export and its layout text (`pdftotext -layout`):
 *
 * - a cell's last line "(target: 109)." under the only run of the line above, right of the next
 *   table's header's first label: no header piece (`cellLineOverHeader`, header.ts; v18-017, PDF
 *   and text: read as one, a column "target109" took the Baseline values of two pages);
 * - "Reports to the Security" / "Council submitted on time." beside the measures' next bullet, in a
 *   column whose items all end with full stops: one item (`goesOnSentence` in `paragraphBreaks`,
 *   tables/index.ts; v18-008, v18-021 text);
 * - "… assessed as ready for eight hours …" glued one space: "eight", covering where the measures'
 *   cell opens on the line below, is the measure's (`straddlesCleanOpening`, gluedTail.ts; v18-001
 *   text, dev18 d18-010 text);
 * - `"e 8` (jsPDF's "≥" in a standard font) under `"e 93`: the next one-line measure's values
 *   (`MOJIBAKE_COMPARATOR`, vocab/values.ts, in GRID_VALUE_OPENING; v18-009 text, val18c v18-010 text).
 */
import { describe, expect, it } from "vitest";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { documentRows, type DocumentRow } from "../support/table-rows.js";
import { utf16Mojibake } from "../../src/vocab/markers.js";
import { MOJIBAKE_COMPARATOR } from "../../src/vocab/values.js";

type Row = DocumentRow;
const corpus18 = join(dirname(fileURLToPath(import.meta.url)), "..", "corpus18");
const rowsOf = (draw: string, name: string): Promise<Row[]> => documentRows(join(corpus18, draw, name));
const row = (rows: Row[], opening: string): Row | undefined => rows.find((r) => r.objective.startsWith(opening));

describe("a cell's last line alone under its cell, over the next table's header (v18-017)", () => {
  for (const name of ["v18-017.jspdf.pdf", "v18-017.jspdf.txt"]) {
    it(`keeps "(target: 109)." in its measure and makes no column of it (${name})`, async () => {
      const rows = await rowsOf("val18d", name);
      expect(row(rows, "To facilitate the entry")?.measures.at(-1)).toBe("Reconstruction projects approved (target: 109).");
      const next = row(rows, "To coordinate the humanitarian and development assistance");
      expect(next?.measures).toContain("Briefings to the Security Council delivered");
      expect(Object.keys(next?.extra ?? {}).sort()).toEqual(["baseline", "target"]);
      expect(next?.extra["baseline"]).toEqual(["6", "3 days", "9 (2008)", "8", "46%", "46%"]);
    }, 180_000);
  }
});

describe("an item's wrapped line beside the next measure, in a column of sentences (val18d text)", () => {
  it("keeps 'Briefings provided to the General' / 'Assembly and the Security Council.' one item (v18-008)", async () => {
    const rows = await rowsOf("val18d", "v18-008.jspdf.txt");
    expect(row(rows, "To consult women’s organizations and young people on the political transition in")?.accomplishments).toEqual([
      "Briefings provided to the General Assembly and the Security Council.",
    ]);
  }, 180_000);
  it("keeps 'Reports to the Security' / 'Council submitted on time.' one item (v18-021)", async () => {
    const rows = await rowsOf("val18d", "v18-021.jspdf.txt");
    expect(row(rows, "To engage the members of the Group of Friends")?.accomplishments).toEqual([
      "Reports to the Security Council submitted on time.",
      "Bilateral consultations held in the capitals of the region.",
    ]);
  }, 180_000);
});

describe("a measure's first word glued one space after the cell on its left (layout text)", () => {
  it("gives 'eight' to the measure (val18d v18-001)", async () => {
    const rows = await rowsOf("val18d", "v18-001.jspdf.txt");
    const r = row(rows, "To report to the Security Council on developments in the peace process each month in");
    expect(r?.accomplishments).toContain("Palestinian institutions assessed as ready for statehood.");
    expect(r?.measures).toContain("Households in Gaza with eight hours of electricity a day: 49 per cent.");
  }, 180_000);
  it("gives 'eight' to the measure (dev18 d18-010)", async () => {
    const rows = await rowsOf("dev18", "d18-010.jspdf.txt");
    const r = row(rows, "To coordinate the humanitarian and development assistance");
    expect(r?.accomplishments).toContain("Palestinian institutions assessed as ready for statehood.");
    expect(r?.measures).toContain("Households in Gaza with eight hours of electricity a day (target: 27%).");
  }, 180_000);
  it("leaves a target's figure that ends short of the next cell's opening with its measure (val18d v18-022)", async () => {
    const rows = await rowsOf("val18d", "v18-022.jspdf.txt");
    const r = row(rows, "To promote the release of political prisoners");
    expect(r?.measures[0]).toBe("Average time to issue a public statement after a major incident (target: 1 days)");
  }, 180_000);
});

describe("a garbled comparator opening the next one-line measure's values (layout text)", () => {
  it('reads "88  \\"e 93" / "6 (2008)  \\"e 8" as two measures (val18d v18-009)', async () => {
    const rows = await rowsOf("val18d", "v18-009.jspdf.txt");
    const r = row(rows, "To engage the Association of Southeast Asian Nations");
    expect(r?.measures).toEqual(["Consultations that included women participants", "Consultations with stakeholders held", "Visits to the region conducted"]);
    expect(r?.extra["target"]).toEqual(["At least 62%", '"e 93', '"e 8']);
  }, 180_000);
  it('reads "55  59" / "56%  \\"e 60%" as two measures (val18c v18-010)', async () => {
    const rows = await rowsOf("val18c", "v18-010.jspdf.txt");
    const r = row(rows, "To review the hardship classification");
    expect(r?.measures.slice(-2)).toEqual(["Local salary surveys completed", "Commission documents issued six weeks before the session"]);
    expect(r?.extra["baseline"]?.slice(-2)).toEqual(["55", "56%"]);
  }, 180_000);
});

describe("utf16Mojibake and MOJIBAKE_COMPARATOR", () => {
  it.each([
    ["≥", '"e'],
    ["≤", '"d'],
    ["▪", "%ª"],
    ["•", null],
    ["a", null],
  ])("%s shows as %s", (char, shown) => {
    expect(utf16Mojibake(char)).toBe(shown);
  });
  it("matches the garbled comparators and nothing else", () => {
    const re = new RegExp(`^(?:${MOJIBAKE_COMPARATOR})$`);
    expect(['"e', '"d'].map((s) => re.test(s))).toEqual([true, true]);
    expect(['"f', "e", '"'].map((s) => re.test(s))).toEqual([false, false, false]);
  });
});
