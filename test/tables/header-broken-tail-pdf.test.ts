/**
 * A PDF header row of staggered labels whose narrow cell breaks a label inside its word
 * ("EXPECTED" / "ACCOMPLISHMENT" / "S", LibreOffice's print of an RTF table, corpus8 d8b-003
 * rtf.pdf): the tail "S" is printed 5.7 pt under the line above, in the same header row. It is the
 * header's last line although "ACCOMPLISHMENT" named the column already; read as the body's first
 * line it made a row of its own without an objective, and the rows under it ran together.
 * Coordinates as pdf.js reads them.
 */
import { describe, expect, it } from "vitest";
import type { Layout } from "../../src/model/layout.js";
import { findSections } from "../../src/compact/sections.js";
import { readTables } from "../../src/tables/index.js";
import { detectHeader } from "../../src/tables/header.js";
import { pdfLineMaker } from "../support/pdf-lines.js";

const mk = pdfLineMaker(1, 9.5);

const lines = [
  mk(1, 329.3, [["EXPECTED", 207.6, 51, true]]),
  mk(2, 335, [["KEY PERFORMANCE", 307.4, 98, true], ["RISKS AND", 443.9, 55, true]]),
  mk(3, 340.7, [["OBJECTIVES", 92.4, 60, true], ["ACCOMPLISHMENT", 184.9, 96, true]]),
  mk(4, 346.4, [["INDICATORS", 324.7, 64, true], ["MITIGATIONS", 436.6, 70, true]]),
  mk(5, 352.1, [["S", 230.3, 6, true]]),
  mk(6, 364, [["To deliver timely", 72.1, 70], ["Demand plans consol-", 182.8, 94], ["–", 293.5, 5], ["10 occupational safety", 308.5, 93], ["• Access restri-", 429.8, 70]]),
  mk(7, 375.4, [["supply chain support", 72.1, 90], ["idated across client", 182.8, 80], ["inspections conducted.", 308.5, 96], ["ctions in conflict areas", 444.8, 57]]),
  mk(8, 386.8, [["offices", 72.1, 26], ["entities.", 182.8, 33]]),
  mk(9, 423, [["To modernize the", 72.1, 75], ["Claims from contri-", 182.8, 85], ["–", 293.5, 5], ["Memorandums of unders-", 308.5, 100], ["• Loss of staff", 429.8, 45]]),
  mk(10, 434.4, [["vehicle fleet", 72.1, 55], ["buting countries settled.", 182.8, 100], ["tanding claims settled.", 308.5, 95]]),
];

describe("a broken label's tail under a PDF header row", () => {
  const layout: Layout = { format: "pdf", text: "", pages: [{ number: 1, width: 595, height: 842, lines, rules: [], removed: [] }] };
  it("is the header's last line", () => {
    expect(detectHeader(lines, 0)?.lineCount).toBe(5);
  });
  it("leaves the rows under it whole", () => {
    const rows = readTables(layout, findSections(layout)).objectives.map((o) => [o.objective, o.accomplishments]);
    expect(rows).toEqual([
      ["To deliver timely supply chain support offices", ["Demand plans consolidated across client entities."]],
      ["To modernize the vehicle fleet", ["Claims from contributing countries settled."]],
    ]);
  });
});
