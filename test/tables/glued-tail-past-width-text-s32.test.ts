/**
 * pdftotext -layout text: a cell's line glued by one space to the next cell, whose words pdftotext
 * printed a few characters left of where that column opens on the lines around (session 31 h-chr's
 * rule, brought back in session 32 by h-glue with a guard; tables/gluedTail).
 *
 * - "▪ Late submission of inputs by UNSMIL by March 2012." (corpus4 f1-013 chromium.txt): "UNSMIL"
 *   carries the risk's line past the widest line of the Risks column that ends before a real gap, and
 *   opens two characters left of the measure's "Support" on the line above, which stands clear of the
 *   risk's text on its left: it is the measure's. Fails without `tailPastCellWidth`.
 * - The guard (`opensCleanNear`): in a table whose every line is glued by one space, the left cell's
 *   own last words meet a neighbour's glued opening by chance: "appraisals of all staff on time closed"
 *   under "To complete the performance Oversight recommendations" (corpus14 d14-001), "of the oversight
 *   bodies within the set Women among staff …" under "To implement the recommendations Average days …"
 *   (corpus18 d18-005 jspdf.txt). Failed with h-chr's rule of session 31 (`time`, `staff`, `the set`
 *   were moved into the next column).
 * - A right cell whose first word already opens at its column's clean edge on a neighbouring line is
 *   not shifted, so nothing glued before it moves ("deployed within 9 days of a limited; sustained",
 *   corpus7 h7-005: "limited;" at the Risks column's 53 as on the lines above and below; "a" is the
 *   measure's).
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extract } from "../../src/index.js";
import { opensCleanNear } from "../../src/tables/gluedTail.js";
import type { TableLine } from "../../src/tables/columns.js";

const read = async (path: string, name: string) => {
  const out = await extract(new Uint8Array(readFileSync(new URL(path, import.meta.url))), { fileName: name });
  if (out.kind !== "compact") throw new Error(`read as ${out.kind}`);
  return out;
};

describe("a glued cell's words past its column's widest clean line", () => {
  it("open the next cell where that cell opens clear of its left neighbour on the line above", async () => {
    const out = await read("../corpus4/fresh4/f1-013.chromium.txt", "f1-013.chromium.txt");
    const row = out.objectives.find((r) => r.objective.startsWith("To consolidate the management of extrabudgetary"));
    expect(row?.measures.map((m) => m.text)).toEqual(["Proportion of staff members completing mandatory training increased to 71 per cent by the end of 2012.", "Support plans agreed with UNPOS and UNSMIL by March 2012."]);
    expect(row?.extra?.["risksAndMitigations"]).toEqual([
      "Competing priorities of partner entities; mitigated by a diversified donor base and pooled funding.",
      "Late submission of inputs by contributing offices; mitigated by a diversified donor base and pooled funding.",
    ]);
  });

  it("stay where a neighbour's opening is itself glued one space after the left cell (d14-001)", async () => {
    const out = await read("../corpus14/dev14/d14-001.txt", "d14-001.txt");
    const row = out.objectives.find((r) => r.objective.startsWith("To complete the performance"));
    expect(row?.objective).toBe("To complete the performance appraisals of all staff on time across the United Nations system");
    expect(row?.accomplishments).toEqual(["Oversight recommendations closed", "Expenditure tracked monthly against allotments"]);
  });

  it("stay where a neighbour's opening is itself glued one space after the left cell (d18-005)", async () => {
    const out = await read("../corpus18/dev18/d18-005.jspdf.txt", "d18-005.jspdf.txt");
    const row = out.objectives.find((r) => r.objective.startsWith("To implement the recommendations"));
    expect(row?.objective).toBe("To implement the recommendations of the oversight bodies within the set deadlines");
    expect(row?.measures.map((m) => m.text)).toEqual(["Average days to fill a vacancy: 159.", "Women among staff at the P-5 level and above: ≥ 52%."]);
  });
});

describe("the right cell's first word at its column's clean edge", () => {
  it("keeps the words glued before it in the left cell (corpus7 h7-005: '… 9 days of a limited;')", async () => {
    const out = await read("../corpus7/holdout7/h7-005.txt", "h7-005.txt");
    const row = out.objectives.find((r) => r.objective.startsWith("To make rule-of-law assistance"));
    expect(row?.measures.map((m) => m.text)[0]).toBe("Standing police capacity deployed within 9 days of a request");
    expect(row?.extra?.["risksAndMitigations"]?.[0]).toBe("Host State consent limited; sustained political engagement.");
  });
});

describe("opensCleanNear", () => {
  const line = (fill: NonNullable<TableLine["fill"]>, cells: string[]): TableLine => ({ page: 1, line: 1, y: 0, cells, lostGlyphs: cells.map(() => false), fill });
  const cw = 6;
  it("takes an opening with two blank characters or more on its left", () => {
    const nb = line([{ left: 0, right: 15 * cw, firstWord: 0, y: 0 }, { left: 71 * cw, right: 100 * cw, firstWord: 0, y: 0 }], ["pooled funding.", "Support plans"]);
    expect(opensCleanNear(nb, 1, 69 * cw, cw)).toBe(true);
    expect(opensCleanNear(nb, 1, 67 * cw, cw)).toBe(false);
  });
  it("refuses an opening one space after the text on its left", () => {
    const nb = line([{ left: 0, right: 27 * cw, firstWord: 0, y: 0 }, { left: 28 * cw, right: 53 * cw, firstWord: 0, y: 0 }], ["To complete the performance", "Oversight recommendations"]);
    expect(opensCleanNear(nb, 1, 27 * cw, cw)).toBe(false);
  });
  it("takes an opening with nothing on its left", () => {
    const nb = line([null, { left: 50 * cw, right: 60 * cw, firstWord: 0, y: 0 }], ["", "ber States"]);
    expect(opensCleanNear(nb, 1, 50 * cw, cw)).toBe(true);
  });
});
