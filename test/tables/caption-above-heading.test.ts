/**
 * The next table's caption centred above its objective heading, which stands above its header
 * ("Table 3. Objectives, indicators, baselines and targets" / "Objective 8: To advance …" /
 * "Performance measure | Baseline | Target"), under a borderless measure-rows table whose last row
 * runs on to it (LibreOffice's print of an RTF compact, corpus8 d8b-024 rtf.pdf and html.pdf). The
 * caption is read as it is over a header — one centred run, set apart, crossing a column edge — and
 * leaves the row above, whose measures it had been split into. Coordinates as pdf.js reads them.
 */
import { describe, expect, it } from "vitest";
import type { Layout } from "../../src/model/layout.js";
import { findSections } from "../../src/compact/sections.js";
import { readTables } from "../../src/tables/index.js";
import { pdfLineMaker } from "../support/pdf-lines.js";

const mk = pdfLineMaker(2, 10);

const lines = [
  mk(1, 169.4, [["INDICATOR", 286.5, 54, true]]),
  mk(2, 175.4, [["EXPECTED", 106.1, 53, true]]),
  mk(3, 181.4, [["OF", 306.6, 14, true], ["BASELINE", 422.5, 50, true], ["TARGET", 496.1, 40, true]]),
  mk(4, 187.4, [["ACCOMPLISHMENTS", 82.1, 101, true]]),
  mk(5, 193.4, [["ACHIEVEMENT", 277.4, 72, true]]),
  mk(6, 341.4, [["To improve the client orientation of administrative services", 56.8, 279, true]]),
  mk(7, 355.4, [["Manual processes replaced by", 56.8, 135], ["Processes supported by digital workflows", 218.8, 182], ["24", 442, 11], ["29", 510.6, 11]]),
  mk(8, 367.4, [["digital workflows", 56.8, 72], ["Treaty actions published within 2 weeks", 218.8, 175], ["87 per cent", 422.5, 50], ["95 per cent", 491.1, 50]]),
  mk(9, 381.4, [["(percentage)", 218.8, 57]]),
  mk(10, 395.4, [["Average days to deliver a legal opinion", 218.8, 170], ["20 days", 430.3, 35], ["13 days", 498.8, 35]]),
  mk(11, 437.4, [["Table 3. Objectives, indicators, baselines and targets", 168.1, 276, true]]),
  mk(12, 459.3, [["Objective 8: To advance the digital transformation of business processes", 56.8, 382, true]]),
  mk(13, 475.6, [["Performance", 168.9, 61, true]]),
  mk(14, 481.6, [["Baseline", 377.5, 41, true], ["Target", 484.8, 30, true]]),
  mk(15, 487.6, [["measure", 179, 41, true]]),
  mk(16, 499.6, [["Documents issued on time (percentage)", 56.8, 177], ["87 per cent", 373, 50], ["92 per cent", 474.6, 50]]),
  mk(17, 513.6, [["Average days to deliver a legal opinion", 56.8, 170], ["19 days", 380.8, 35], ["14 days", 482.3, 35]]),
];

describe("a caption above the next table's objective heading", () => {
  it("leaves the last row of the table above", () => {
    const layout: Layout = { format: "pdf", text: "", pages: [{ number: 2, width: 612, height: 792, lines, rules: [], removed: [] }] };
    const rows = readTables(layout, findSections(layout)).objectives;
    expect(rows.map((o) => o.objective)).toEqual(["To improve the client orientation of administrative services", "To advance the digital transformation of business processes"]);
    expect(rows[0]!.accomplishments).toEqual(["Manual processes replaced by digital workflows"]);
    // (How the one-line measures split is measured on a whole document's rows; not asked here.)
    const cells = rows[0]!.measures.flatMap((m) => [m.text, m.baseline ?? "", m.target ?? ""]).join(" | ");
    expect(cells).not.toMatch(/Table|indicators, baselines|targets/);
    expect(cells).toMatch(/Average days to deliver a legal opinion/);
  });
});
