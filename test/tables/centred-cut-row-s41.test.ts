/**
 * Session 41 (h-v81516), read from a committed document of a tuning draw (the PDF rule
 * `openedAboveBeside` and its cases, corpus8 val8c v8-014 / v8-020 rtf.pdf, were reverted at the
 * merge: it lost rows on AbiWord's PDFs of corpus13, see docs/tables.md "Session 41 at the merge"):
 * - `holeOpensItem` (tables/index, `textSpacedColumns`, plain text): an item opening with a name
 *   ("Member States participating …") after a blank grid line still shows the column's items set
 *   apart by blank lines (corpus15 val15c v15-002 txt).
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { documentRows } from "../support/table-rows.js";

describe("corpus15 val15c v15-002 txt: items set apart by blank lines, one opening with a name (holeOpensItem)", () => {
  it("reads each one-line result as an item of its own", async () => {
    const rows = await documentRows(join(__dirname, "..", "corpus15", "val15c", "v15-002.txt"));
    const first = rows.find((r) => r.objective.startsWith("To build a network of national focal points"));
    expect(first?.accomplishments).toEqual(["National focal points appointed and meeting regularly", "Member States participating in the informal interactive dialogue", "Annual report presented to the General Assembly as mandated"]);
  });
});
