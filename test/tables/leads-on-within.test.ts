/**
 * A cell line that stops on "within" went on: "Police units deployable within" / "30 days"
 * (h7-003 html.pdf: "30 days" is bound by a no-break space, so Chromium wrapped both words though
 * "30" alone would have fitted after "within" — the line-fill test took the short line for an
 * item's end). Borderless measure-rows, one Target per measure, coordinates as pdf.js reads them.
 */
import { describe, expect, it } from "vitest";
import type { Layout, Line, Segment } from "../../src/model/layout.js";
import { findSections } from "../../src/compact/sections.js";
import { readTables } from "../../src/tables/index.js";
import { pdfLineMaker } from "../support/pdf-lines.js";

const mk = pdfLineMaker(2, 11.9);

const lines = [
  mk(1, 60, [["Objective", 66, 50, true], ["Performance indicators", 327, 120, true], ["Target", 520, 35, true]]),
  mk(2, 100, [["To ensure that mission", 66, 107], ["Countervailing explosive-hazard courses", 327, 176], ["4", 520, 6]]),
  mk(3, 113.4, [["budgets are prepared.", 66, 100], ["held", 327, 20]]),
  mk(4, 146, [["Planning teams with a gender adviser in", 327, 175], ["87%", 520, 22]]),
  mk(5, 159.4, [["every mission", 327, 62]]),
  mk(6, 192, [["Police units deployable within", 327, 144], ["19", 520, 12]]),
  mk(7, 205.4, [["30 days", 327, 37]]),
  mk(8, 238, [["Days to close a serious misconduct case", 327, 175], ["74 days", 520, 37]]),
  mk(9, 251.4, [["of staff", 327, 38]]),
];

describe("a cell line that stops on a preposition such as 'within'", () => {
  it("goes on on the next line, however short it is", () => {
    const layout: Layout = { format: "pdf", text: "", pages: [{ number: 2, width: 612, height: 792, lines, rules: [], removed: [] }] };
    const rows = readTables(layout, findSections(layout)).objectives.map((o) => o.measures.map((m) => m.text));
    expect(rows).toEqual([["Countervailing explosive-hazard courses held", "Planning teams with a gender adviser in every mission", "Police units deployable within 30 days", "Days to close a serious misconduct case of staff"]]);
  });
});
