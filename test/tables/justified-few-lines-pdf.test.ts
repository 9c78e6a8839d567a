/**
 * A justified column with few distinct wrapped lines (corpus12 d12-005 groff.pdf: troff's `T{ … T}`
 * cells, Times 10 pt, leading 12.5 pt). The accomplishment column wraps only three distinct lines
 * (the generator repeats its phrases; a short table has few lines anyway), every one ending at the
 * justified edge 183.6 to the point; each item's last line stops short of it. Four such lines were
 * asked before, so the column counted as ragged and its three unmarked items ran together ("the
 * disposal target" / "Judgments …": "Judgments" would not have fitted after the short line).
 * Three distinct lines all at one edge, none short of it, say the column is justified: a ragged
 * column's wrapped lines end where their last word did (corpus12 docx.pdf, rl.pdf: at most two of
 * three at the edge). (session 21, h-groff3) Coordinates as pdf.js reads them (points, y down).
 */
import { describe, expect, it } from "vitest";
import type { Layout, Line } from "../../src/model/layout.js";
import { findSections } from "../../src/compact/sections.js";
import { readTables } from "../../src/tables/index.js";
import { pdfLineMaker, type Cell } from "../support/pdf-lines.js";

const mk = (line: number, y: number, cells: Cell[]): Line => pdfLineMaker(1, 10)(line, y, cells);
const layoutOf = (lines: Line[]): Layout => ({ format: "pdf", text: "", pages: [{ number: 1, width: 612, height: 792, lines, rules: [], removed: [] }] });

const ACC = 73.4;
const EDGE = 183.6;
const acc = (text: string, right = EDGE): Cell => [text, ACC, right - ACC];
const MEAS = 198.6;
const meas = (text: string, right = 321.7): Cell => [text, MEAS, right - MEAS];
const val = (text: string, x: number): Cell => [text, x, text.length * 5];

/** `short`: how far each of the three wrapped accomplishment lines stops short of the edge. */
const linesOf = (short: readonly [number, number, number]): Line[] => [
  mk(10, 400.5, [["Expected accomplishment", ACC, 70, true], ["Performance measure", MEAS, 90, true], ["Baseline", 336.7, 35, true], ["Target", 397, 28, true]]),
  mk(11, 427.5, [["Objective 1: To give staff access to qualified legal assistance in their appeals", ACC, 321, true]]),
  mk(12, 440, [acc("Cases disposed of within", EDGE - short[0]), meas("Average time to process a"), val("5 days", 336.7), val("4 days", 397)]),
  mk(13, 452.5, [acc("the disposal target", 146.0), meas("filing", 219.7)]),
  mk(14, 465, [acc("Judgments published in the", EDGE - short[1]), meas("Staff members given legal"), val("608", 336.7), val("700", 397)]),
  mk(15, 477.5, [acc("case law database", 144.3), meas("advice or representation", 294.6)]),
  mk(16, 490, [acc("Registry filings processed", EDGE - short[2]), meas("Cases disposed of within 400"), val("68%", 336.7), val("79%", 397)]),
  mk(17, 502.5, [acc("without delay", 128.1), meas("days", 216.9)]),
  mk(18, 515, [meas("Judgments published within"), val("100%", 336.7), val("100%", 397)]),
  mk(19, 527.5, [meas("14 days of issuance", 276.6)]),
];

describe("a justified column of three distinct wrapped lines", () => {
  it("ends each unmarked item where its line stops short of the edge", () => {
    const layout = layoutOf(linesOf([0, 0, 0]));
    const rows = readTables(layout, findSections(layout)).objectives;
    expect(rows[0]?.accomplishments).toEqual(["Cases disposed of within the disposal target", "Judgments published in the case law database", "Registry filings processed without delay"]);
  });

  it("keeps a ragged column's lines (two of three short of the edge) as the line-fill test reads them", () => {
    const layout = layoutOf(linesOf([0, 6, 11]));
    const rows = readTables(layout, findSections(layout)).objectives;
    // Session 22 (h-c14items): the cell edge learned from the next column (198.6 less the 15 pt
    // gutter the first line proves) takes "Registry" (32 pt by Helvetica's widths) after "case
    // law database" (144.3): that item ends; "Judgments" would not have fitted after "the
    // disposal target" (146.0), so the line-fill test keeps the first two joined; since session 23
    // (h-xe2) the words at the break split them: "… the disposal target" ends on a word of its own
    // and "Judgments published" opens a sentence.
    expect(rows[0]?.accomplishments).toEqual(["Cases disposed of within the disposal target", "Judgments published in the case law database", "Registry filings processed without delay"]);
  });
});
