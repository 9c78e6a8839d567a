/**
 * A table's last row ends with a wrapped objective line that opens with a label word in lower case
 * ("risk into infrastructure planning", beside the measure's "indicators"), two bulleted measures,
 * then the next table's caption and header (corpus7 t7c-008, a Word compact printed by
 * LibreOffice). The wrapped-header search read the five lines as one header — "risk" a Risks
 * column, the bulleted measures and the caption label pieces between — and the row's rest was lost
 * with it. A line with a bulleted item is a cell's, never a header's piece. Coordinates as pdf.js
 * reads them.
 */
import { describe, expect, it } from "vitest";
import type { Layout } from "../../src/model/layout.js";
import { findSections } from "../../src/compact/sections.js";
import { readTables } from "../../src/tables/index.js";
import { detectHeader } from "../../src/tables/header.js";
import { pdfLineMaker } from "../support/pdf-lines.js";

const mk = pdfLineMaker(2, 12);

const lines = [
  mk(28, 336, [["Objective", 153, 49.3, true], ["Performance indicators", 342.9, 120.9, true]]),
  mk(29, 351.5, [["To improve the quality of", 91.9, 123.3], ["• Forecast errors reduced to 16 percentage points", 268.5, 244.2]]),
  mk(30, 365.3, [["economic forecasts published by", 91.9, 156.9], ["• Paperless trade measures adopted by 22 countries", 268.5, 254.8]]),
  mk(31, 379.1, [["the Organization", 91.9, 80.3]]),
  mk(43, 394.7, [["To help countries integrate climate", 91.9, 167.2], ["• 77 member States reporting on additional Goal", 268.5, 242.1]]),
  mk(44, 408.5, [["risk into infrastructure planning", 91.9, 152.2], ["indicators", 285.5, 47.3]]),
  mk(45, 423.4, [["• 37 cooperation agreements signed in 2020", 268.5, 219.9]]),
  mk(46, 438.2, [["• Forecast errors reduced to 11 percentage points", 268.5, 244.2]]),
  mk(48, 470.8, [["Performance framework, 2020", 238.1, 156.8, true]]),
  mk(49, 486.4, [["Expected result", 147.7, 79.5, true], ["Performance measure", 356.7, 112.9, true]]),
  mk(50, 501.9, [["Objective 5: To advance gender-responsive budgeting in member States.", 91.9, 370, true]]),
  mk(51, 517.5, [["• Cooperation agreements among", 91.9, 167.5], ["• 76 ministries of finance publishing gender", 288.2, 219.8]]),
  mk(52, 531.3, [["developing countries concluded", 106.9, 152.6], ["budget statements", 305.2, 86.2]]),
];

describe("a row's wrapped line and bulleted items above the next table's header (PDF)", () => {
  it("start no header", () => {
    expect(detectHeader(lines, 5)).toBeNull();
    expect(detectHeader(lines, 9)?.columns.map((c) => c.role)).toEqual(["accomplishments", "measures"]);
  });
  it("stay the last row's", () => {
    const layout: Layout = { format: "pdf", text: "", pages: [{ number: 2, width: 595, height: 842, lines, rules: [], removed: [] }] };
    const rows = readTables(layout, findSections(layout)).objectives.map((o) => [o.objective, o.measures.map((m) => m.text)]);
    expect(rows[1]).toEqual([
      "To help countries integrate climate risk into infrastructure planning",
      ["77 member States reporting on additional Goal indicators", "37 cooperation agreements signed in 2020", "Forecast errors reduced to 11 percentage points"],
    ]);
  });
});
