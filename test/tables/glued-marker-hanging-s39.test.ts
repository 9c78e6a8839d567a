/**
 * pdftotext -layout text of Typst tables (session 39, h-typ22; corpus20 draws val20b, val20c,
 * typst.txt): `itemHangsBeside` (src/tables/columns.ts), a cue `gluedMarkerOpenings` takes besides
 * its column of markers. Typst sets a list item with a hanging indent; where a cell's line runs up
 * to the next column pdftotext glues that column's marker one space after it, and on a grid that
 * shifts from row to row (v20b-019's "a)" at four places on one page) no column of markers stands
 * at the glued one's place. The item's own lines show its cell: the grid line below opens a run
 * where the marker's text stands ("… vacant; a) Maritime     boundary" over "…   charts agreed by
 * the"), or a neighbouring item has its marker and text as far apart. Each document expectation
 * fails without the cue (read from the committed draw documents: a small layout of one shifted
 * row was read right without it, by the column-edge rules, so the documents pin the cue).
 */
import { describe, expect, it } from "vitest";
import { join } from "node:path";
import { documentRows } from "../support/table-rows.js";

const fileRows = (split: string, id: string) => documentRows(join(__dirname, "..", "corpus20", split, `${id}.typst.txt`));

describe("a glued list marker whose item hangs on the grid line beside it opens its cell (itemHangsBeside)", () => {
  it("gives v20b-019's 'a) Maritime' to the outcomes, not to the risk before it", async () => {
    const row = (await fileRows("val20b", "v20b-019")).find((r) => r.objective.startsWith("To protect the rights of the populations"));
    expect(row?.accomplishments).toEqual(["Maritime boundary charts agreed by the parties"]);
    expect(row?.extra["risksAndMitigations"]).toEqual(["Key posts fall vacant; mitigation: a roster and temporary assignments", "Security conditions restrict travel; mitigation: remote meetings and national staff"]);
  });
  it("gives v20b-005's '(a) Oversight' to the measures ('… completed within (a) Oversight' over 'the timeline   implemented: 59%')", async () => {
    const row = (await fileRows("val20b", "v20b-005")).find((r) => r.objective.startsWith("To purchase air tickets"));
    expect(row?.accomplishments).toEqual(["Recruitments completed within the timeline", "Greenhouse gas emissions reduced"]);
    expect(row?.measures).toEqual(["Oversight recommendations implemented: 59%"]);
  });
  it("gives v20c-017's '(a) Political' to the risks", async () => {
    const rows = (await fileRows("val20c", "v20c-017")).filter((r) => r.objective.startsWith("To service the High-level Committee"));
    expect(rows.flatMap((r) => r.extra["risksAndMitigations"] ?? []).some((x) => x.startsWith("Political tensions"))).toBe(true);
    expect(rows.flatMap((r) => r.accomplishments).some((a) => a.includes("(a)"))).toBe(false);
  });
});
