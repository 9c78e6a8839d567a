/**
 * pdftotext -layout text of Typst tables (session 38, h-typ21; corpus20 draws val20, val20b,
 * typst.txt): `headWithinCellWidth` (src/tables/gluedTail.ts), the mirror of `tailPastCellWidth`.
 * A prose cell's line glued one space to the next cell's text ("footprint of the operations of
 * plemented", "appraisals of all staff before the mitigation:") gave the left cell's last lower-case
 * words to the right cell: the objective lost its "of" / "the" and no longer matched. The words go
 * back when a later word of the same run opens exactly where a neighbouring grid line opens the
 * right cell clear of its left neighbour ("plemented" under nothing, over "Budget" at the same
 * character). Each expectation fails without the change (read from the committed draw documents: the
 * page's other rows set the column edges the glued line is read against).
 */
import { describe, expect, it } from "vitest";
import { join } from "node:path";
import { documentRows } from "../support/table-rows.js";

const fileRows = (split: string, id: string) => documentRows(join(__dirname, "..", "corpus20", split, `${id}.typst.txt`));

describe("a glued cell's lower-case head words that end the cell on the left (headWithinCellWidth)", () => {
  it("reads v20b-005 as committed", async () => {
    const rows = await fileRows("val20b", "v20b-005");
    expect(rows.map((r) => r.objective)).toContain("To reduce the environmental footprint of the operations of the Office");
  });
  it("keeps 'the' in v20b-025's objective ('appraisals of all staff before the' / 'mitigation:')", async () => {
    const row = (await fileRows("val20b", "v20b-025")).find((r) => r.objective.startsWith("To complete the performance appraisals"));
    expect(row?.objective).toBe("To complete the performance appraisals of all staff before the deadline");
  });
  it("keeps 'the' in v20-015's accomplishment ('Audit plans agreed with the' / 'Average time …')", async () => {
    const row = (await fileRows("val20", "v20-015")).find((r) => r.objective.startsWith("To improve the follow-up of the recommendations of the Board, in cooperation"));
    expect(row?.accomplishments).toEqual(["Recommendations followed up with audited entities", "Audit plans agreed with the audit directors", "Audit opinions issued by the statutory deadline"]);
    expect(row?.measures).toEqual(["Audit opinions issued", "Reports issued by 31 July", "Average time to issue a management letter", "Entities audited"]);
  });
});
