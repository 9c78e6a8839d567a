/**
 * A borderless table whose cells troff filled and justified (corpus12 d12-007 groff.pdf, groff
 * 1.22.4 `-ms` + tbl `T{ … T}` blocks, Times 10 pt, leading 12.5 pt): the accomplishment cells
 * hold unmarked items set apart by `.br` alone — no marker, no full stop, no spacing. Every wrapped
 * line of several words ends at the column's right edge (262.0); an item's last line stops short
 * of it. "mission camps" / "Integrated supply …": the next word would not have fitted after the
 * short line, so the line-fill test alone cannot tell; the justified edge does. "missions" (one
 * word, 210.1) / "Property records …": a word that would have fitted after it with a plain space.
 * Coordinates as pdf.js reads them (points, y down).
 */
import { describe, expect, it } from "vitest";
import type { Layout, Line } from "../../src/model/layout.js";
import { findSections } from "../../src/compact/sections.js";
import { readTables } from "../../src/tables/index.js";
import { pdfLineMaker, type Cell } from "../support/pdf-lines.js";

const mk = (line: number, y: number, cells: Cell[]): Line => pdfLineMaker(1, 10)(line, y, cells);
const layoutOf = (lines: Line[]): Layout => ({ format: "pdf", text: "", pages: [{ number: 1, width: 612, height: 792, lines, rules: [], removed: [] }] });

const ACC = 171.2;
const EDGE = 262.0;
/** An accomplishment line ending at `right` (the justified edge by default). */
const acc = (text: string, right = EDGE): Cell => [text, ACC, right - ACC];

const lines = [
  mk(10, 100, [["Objectives", 68.4, 48, true], ["Expected accomplishments", ACC, 118, true], ["Performance measures", 280, 100, true]]),
  mk(11, 117.5, [["To deliver goods and", 68.4, 92], acc("Renewable energy"), ["(i) 95% of requisitions delivered", 280, 140]]),
  mk(12, 130, [["services to field missions", 68.4, 100], acc("sources used in"), ["on the date agreed", 296, 80]]),
  mk(13, 142.5, [acc("mission camps", 237.4), ["(ii) 12% of camp electricity from", 280, 140]]),
  mk(14, 155, [acc("Integrated supply"), ["renewable sources", 296, 74]]),
  mk(15, 167.5, [acc("chain planning")]),
  mk(16, 180, [acc("across field entities", 256.3)]),
  mk(20, 197.5, [["To provide timely advice to", 68.4, 104], acc("Medical evacuation"), ["(i) 98% of advisory requests", 280, 122]]),
  mk(21, 210, [["entities exercising delegated", 68.4, 104], acc("standards met in all"), ["answered within 10 days", 296, 100]]),
  mk(22, 222.5, [["authority", 68.4, 38], acc("missions", 210.1)]),
  mk(23, 235, [acc("Property records")]),
  mk(24, 247.5, [acc("reconciled with")]),
  mk(25, 260, [acc("physical verification", 257.5)]),
];

describe("unmarked items in a justified column (troff `.br` between them)", () => {
  it("ends an item at a line that stops short of the justified edge", () => {
    const layout = layoutOf(lines);
    const rows = readTables(layout, findSections(layout)).objectives;
    expect(rows.map((r) => r.objective)).toEqual(["To deliver goods and services to field missions", "To provide timely advice to entities exercising delegated authority"]);
    expect(rows[0]?.accomplishments).toEqual(["Renewable energy sources used in mission camps", "Integrated supply chain planning across field entities"]);
    expect(rows[1]?.accomplishments).toEqual(["Medical evacuation standards met in all missions", "Property records reconciled with physical verification"]);
  });

  it("keeps a ragged-right column's items as the line-fill test reads them", () => {
    // The same cells set ragged right: the wrapped lines end where their last word did, not at
    // one edge, so the column is no justified one and a short line whose next word would not
    // have fitted stays a wrap by the line-fill test; since session 23 (h-xe2) the words at the
    // break tell: "… mission camps" ends on a word of its own and "Integrated supply" opens a
    // sentence, so the items are told apart (before, they read as one item).
    const ragged = lines.map((l, k) => ({ ...l, segments: l.segments.map((s) => (s.x === ACC && s.x + s.width === EDGE ? { ...s, width: s.width - 3 - 4 * (k % 5) } : s)) }));
    const layout = layoutOf(ragged);
    const rows = readTables(layout, findSections(layout)).objectives;
    expect(rows[0]?.accomplishments).toEqual(["Renewable energy sources used in mission camps", "Integrated supply chain planning across field entities"]);
  });
});
