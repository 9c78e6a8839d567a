/**
 * Session 41 (h-v81516), read from committed documents of tuning draws:
 * - `openedAboveBeside` and the cut row's withheld vote (tables/geometry, `objectivesCentred`,
 *   PDFs): Word's vertically centred rows, a row split by a page break. The split row's part above
 *   the break (objective on its first line) voted top-aligned, and the next page's first centred
 *   row, under the split row's rest, cast no vote: the table was read top-aligned and every row
 *   after the break lost its first items to the row above (corpus8 val8c v8-014, v8-016, v8-020
 *   rtf.pdf, LibreOffice's print of the RTF).
 * - `holeOpensItem` (tables/index, `textSpacedColumns`, plain text): an item opening with a name
 *   ("Member States participating …") after a blank grid line still shows the column's items set
 *   apart by blank lines (corpus15 val15c v15-002 txt).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extract } from "../../src/index.js";
import { documentRows } from "../support/table-rows.js";

const val8c = join(__dirname, "..", "corpus8", "val8c");
const rowsOfPdf = async (id: string) => {
  const out = await extract(new Uint8Array(readFileSync(join(val8c, `${id}.rtf.pdf`))), { fileName: `${id}.rtf.pdf` });
  if (out.kind !== "compact") throw new Error(`${id}.rtf.pdf read as ${out.kind}`);
  return out.objectives.map((o) => ({ objective: o.objective, accomplishments: o.accomplishments.map((a) => (typeof a === "string" ? a : (a as { text: string }).text)), measures: o.measures.map((m) => m.text) }));
};

describe("corpus8 val8c rtf.pdf: a centred table whose row a page break split (openedAboveBeside)", () => {
  it("v8-014: the next page's first row keeps its first measure and accomplishment", async () => {
    const rows = await rowsOfPdf("v8-014");
    const cut = rows.find((r) => r.objective.startsWith("To support regional trade integration"));
    const next = rows.find((r) => r.objective.startsWith("To advance the transition to sustainable energy"));
    expect(cut?.measures).toEqual(["Participants applying training (percentage)", "Countries with integrated national financing frameworks", "Countries reporting Goal indicators disaggregated by sex", "Trade facilitation implementation rate (percentage)"]);
    expect(next?.accomplishments).toEqual(["Censuses and surveys conducted to international standards", "Energy policies aligned with regional sustainability targets"]);
    expect(next?.measures[0]).toBe("Participants applying training (percentage)");
  });

  it("v8-020: the split first row's part casts no top-aligned vote", async () => {
    const rows = await rowsOfPdf("v8-020");
    const next = rows.find((r) => r.objective.startsWith("To increase the share of women"));
    expect(next?.accomplishments).toEqual(["Threats to civilians identified and acted upon before violence escalates.", "Fewer casualties from improvised explosive devices.", "National police services able to assume responsibility for public order."]);
    expect(next?.measures[0]).toBe("77 per cent of contingents assessed as fully ready at deployment");
  });
});

describe("corpus15 val15c v15-002 txt: items set apart by blank lines, one opening with a name (holeOpensItem)", () => {
  it("reads each one-line result as an item of its own", async () => {
    const rows = await documentRows(join(__dirname, "..", "corpus15", "val15c", "v15-002.txt"));
    const first = rows.find((r) => r.objective.startsWith("To build a network of national focal points"));
    expect(first?.accomplishments).toEqual(["National focal points appointed and meeting regularly", "Member States participating in the informal interactive dialogue", "Annual report presented to the General Assembly as mandated"]);
  });
});
