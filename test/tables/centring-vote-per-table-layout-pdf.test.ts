/**
 * Two borderless tables of the same columns in one section, each under its own header (other
 * wording, other label positions), set in styles of their own (corpus9 dev9b d9b-021, LibreOffice,
 * booktabs rules, 10.5 pt): the first centres its cells vertically, the second is a top-aligned
 * row-span table. The reader takes the second header for the first one repeated (same columns),
 * so the centring vote was the whole table's: centred, and the second table's first row lost its
 * lower sub-rows to the row below. Each header layout now votes on its own.
 * Coordinates as pdf.js reads them (points, y down).
 */
import { describe, expect, it } from "vitest";
import type { Layout, Line } from "../../src/model/layout.js";
import { findSections } from "../../src/compact/sections.js";
import { readTables } from "../../src/tables/index.js";
import { pdfLineMaker } from "../support/pdf-lines.js";

const mk = pdfLineMaker(1, 10.5);
const lines: Line[] = [
  pdfLineMaker(1, 11)(17, 261.1, [["2. Priority programme objectives", 62.5, 171, true]]),
  mk(19, 287.2, [["Objectives", 110.2, 53.1, true], ["Expected results", 243.4, 84, true], ["Performance measures", 388.3, 116.1, true]]),
  mk(21, 306.9, [["• 28 staff relocated in the planned", 363.9, 161.9]]),
  mk(22, 313.7, [["□ Leases of swing space", 215.3, 118.9]]),
  mk(23, 319.0, [["month", 376.7, 29.1]]),
  mk(24, 325.8, [["ended on schedule", 228.1, 88.7]]),
  mk(25, 332.5, [["• Cost variance within 2 per cent", 363.9, 156.3]]),
  mk(26, 339.3, [["To keep the Organization's", 65.3, 123.9], ["□ Accessibility standards met", 215.3, 139.3]]),
  mk(27, 344.6, [["of the approved budget", 376.7, 107.9]]),
  mk(28, 351.4, [["work running without", 65.3, 96.2], ["in all public areas", 228.1, 81.1]]),
  mk(29, 358.1, [["• 29 lost-time incidents per", 363.9, 129.4]]),
  mk(30, 363.5, [["interruption during the works", 65.3, 132.4], ["□ Annual progress reports", 215.3, 124.7]]),
  mk(31, 370.2, [["200,000 hours worked", 376.7, 103.8]]),
  mk(32, 377.0, [["accepted by the General", 228.1, 114.3]]),
  mk(33, 383.7, [["• Energy use reduced by 12 per", 363.9, 153.5]]),
  mk(34, 389.1, [["Assembly", 228.1, 45.4]]),
  mk(35, 395.8, [["cent against the baseline", 376.7, 116]]),
  mk(37, 415.0, [["• 54 lost-time incidents per", 363.9, 129.4]]),
  mk(38, 427.1, [["200,000 hours worked", 376.7, 103.8]]),
  mk(39, 440.6, [["□ Accessibility standards met", 215.3, 139.3], ["• 28 swing space leases", 363.9, 118.4]]),
  mk(40, 447.4, [["To complete the renovation of", 65.3, 137.6]]),
  mk(41, 452.7, [["in all public areas", 228.1, 81.1], ["terminated", 376.7, 49.6]]),
  mk(42, 459.5, [["the Headquarters complex", 65.3, 123]]),
  mk(43, 466.2, [["□ Energy consumption below", 215.3, 138.8], ["• Cost variance within 6 per cent", 363.9, 156.3]]),
  mk(44, 471.6, [["within the approved budget", 65.3, 126]]),
  mk(45, 478.3, [["the baseline", 228.1, 56.6], ["of the approved budget", 376.7, 107.9]]),
  mk(46, 491.8, [["• Energy use reduced by 10 per", 363.9, 153.5]]),
  mk(47, 503.9, [["cent against the baseline", 376.7, 116]]),
  mk(49, 539.7, [["OBJECTIVES", 103.5, 66.4, true], ["EXPECTED", 257.1, 56.5, true], ["KEY", 435.6, 21.6, true]]),
  mk(50, 551.8, [["ACCOMPLISHMENTS", 231.7, 107.2, true], ["PERFORMANCE INDICATORS", 371.6, 149.4, true]]),
  mk(52, 571.5, [["To make the renovated", 65.3, 106.7], ["Annual progress reports", 213.9, 111.9], ["▪ Cost variance within 10 per cent", 363.9, 162.2]]),
  mk(53, 583.6, [["complex accessible to", 65.3, 102.6], ["accepted by the General", 213.9, 114.3], ["of the approved budget", 376.7, 107.9]]),
  mk(54, 595.7, [["persons with disabilities", 65.3, 110.2], ["Assembly", 213.9, 45.4]]),
  mk(56, 614.9, [["Staff relocated according to", 213.9, 127.5], ["▪ 3 staff relocated in the planned", 363.9, 156.1]]),
  mk(57, 627.0, [["plan", 213.9, 19.8], ["month", 376.7, 29.1]]),
  mk(59, 646.2, [["Accessibility standards met in", 213.9, 137.6], ["▪ 56 lost-time incidents per", 363.9, 129.4]]),
  mk(60, 658.3, [["all public areas", 213.9, 70], ["200,000 hours worked", 376.7, 103.8]]),
  mk(61, 671.8, [["▪ Energy use reduced by 6 per", 363.9, 147.6]]),
  mk(62, 683.9, [["cent against the baseline", 376.7, 116]]),
  mk(64, 703.1, [["To ensure the safety of staff,", 65.3, 131.6], ["Energy consumption below", 213.9, 126], ["▪ 8 meetings cancelled because of", 363.9, 165.6]]),
  mk(65, 715.2, [["delegates and contractors on", 65.3, 135.3], ["the baseline", 213.9, 56.6], ["the works", 376.7, 44.9]]),
  mk(66, 727.3, [["site", 65.3, 16.3]]),
];
const layout: Layout = { format: "pdf", text: "", pages: [{ number: 1, width: 595, height: 842, lines, rules: [], removed: [] }] };

describe("a top-aligned table under a centred one of the same columns", () => {
  it("keeps its rows' sub-rows", () => {
    const rows = readTables(layout, findSections(layout)).objectives;
    expect(rows.map((r) => r.objective)).toEqual([
      "To keep the Organization's work running without interruption during the works",
      "To complete the renovation of the Headquarters complex within the approved budget",
      "To make the renovated complex accessible to persons with disabilities",
      "To ensure the safety of staff, delegates and contractors on site",
    ]);
    expect(rows[2]?.accomplishments).toEqual(["Annual progress reports accepted by the General Assembly", "Staff relocated according to plan", "Accessibility standards met in all public areas"]);
    expect(rows[3]?.accomplishments).toEqual(["Energy consumption below the baseline"]);
  });
});
