/**
 * pdftotext -layout text of Typst tables with `i.` enumerations in their cells (session 43, h-ty43;
 * corpus20 draws, typst.txt). `hungRomanMarker` (src/tables/columns.ts, in `lineEndGluedAtEdge`): a
 * Roman numeral with a full stop ("ii.") one space before a capital right at the next column's edge
 * is that cell's item marker, set right so that it hangs left of the edge — never a justified line's
 * last word in lower case. Before, "ii." ended the objective's line ("… audit ii.") and the item lost
 * its marker. Each expectation fails without the rule.
 */
import { describe, expect, it } from "vitest";
import { join } from "node:path";
import { documentRows, textRows } from "../support/table-rows.js";

const fileRows = (split: string, id: string) => documentRows(join(__dirname, "..", "corpus20", split, `${id}.typst.txt`));

/** v20g-014's first table (corpus20 val20g), its first row (words broken at line ends there written whole): "ii." hangs one character left of the indicators' edge. */
const ROMAN_MARKER_HUNG_LEFT = [
  "A. ACHIEVING OBJECTIVES AND HIGH-QUALITY RESULTS",
  "1. I will give special attention to delivering the following results in 2016.",
  " Objective                  Indicator of               Expected result          Risks and mitiga\u00ad",
  "                            achievement                                         tions",
  " To support the Panel     i. Entities audited: \u2265       a) Recommendations       i. Security conditions",
  " of External Auditors        26.                          followed up with         restrict travel; miti\u00ad",
  " in harmonizing audit    ii. Audit opinions               audited entities.        gation: remote",
  " practice within the        issued: 29.               b) Long-form reports        meetings and",
  " approved resources                                       transmitted to the       national staff.",
  "                                                          General Assembly.",
  "",
  "B. CHALLENGES",
  "• Entities close their accounts at different dates.",
].join("\n");

describe("a Roman numeral with a full stop before a capital at the next column's edge is that cell's marker (hungRomanMarker)", () => {
  it("keeps 'ii.' out of the objective and opens the second indicator with it", () => {
    const rows = textRows(ROMAN_MARKER_HUNG_LEFT);
    expect(rows[0]?.objective).toBe("To support the Panel of External Auditors in harmonizing audit practice within the approved resources");
    expect(rows[0]?.measures).toEqual(["Entities audited: \u2265 26.", "Audit opinions issued: 29."]);
  });
  it("reads v20g-014 and v20g-007 as committed", async () => {
    const panel = (await fileRows("val20g", "v20g-014")).find((r) => r.objective.startsWith("To support the Panel of External Auditors in harmonizing audit"));
    expect(panel?.objective).toBe("To support the Panel of External Auditors in harmonizing audit practice within the approved resources");
    const geneva = (await fileRows("val20g", "v20g-007")).filter((r) => r.objective.startsWith("To co-chair the Geneva International Discussions with the partners concerned within"));
    expect(geneva.map((r) => r.objective)).toEqual(["To co-chair the Geneva International Discussions with the partners concerned within the approved resources"]);
  });
});
