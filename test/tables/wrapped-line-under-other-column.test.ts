/**
 * A measure's last line under a cell of another column, right above the next objective's heading
 * (corpus7 t7b-009 docx.pdf page 4: Word's borderless table, cells centred vertically, so the
 * columns' lines interleave — "Air travel emissions reduced by" / "plan" (risks) / "30 per cent
 * against 2023." — then "Objective: To achieve …" over a tab-aligned block). The line is set apart
 * from nothing: it wraps the measure above it in its own column. It had been read as a caption
 * centred over the objective heading and dropped. Coordinates as pdf.js reads them.
 */
import { describe, expect, it } from "vitest";
import type { Layout } from "../../src/model/layout.js";
import { findSections } from "../../src/compact/sections.js";
import { readTables } from "../../src/tables/index.js";
import { pdfLineMaker } from "../support/pdf-lines.js";

const mk = pdfLineMaker(4, 12);

const lines = [
  mk(126, 343.6, [["B. MANAGING RESOURCES", 60.1, 159.6, true]]),
  mk(128, 367.4, [["To spend the approved budget in line with the work plan.", 60.1, 293.4]]),
  mk(130, 389.2, [["Expected result", 91.6, 79.5], ["Indicators of achievement", 231.4, 132.5], ["Risks and mitigations", 408.8, 110.6]]),
  mk(132, 407.0, [["-", 206.7, 4.0], ["Budget implementation rate of", 221.7, 146.8]]),
  mk(133, 420.8, [["56 per cent by September 2024.", 221.7, 152.6]]),
  mk(134, 428.7, [["• Oversight", 64.1, 62.3], ["–", 399.8, 6.7], ["Budget cuts during the", 416.8, 108.9]]),
  mk(135, 435.6, [["-", 206.7, 4.0], ["Women holding 6 per cent of", 221.7, 140.9]]),
  mk(136, 442.5, [["recommendations", 79.1, 85.2], ["year; prioritized work", 416.8, 104.6]]),
  mk(137, 449.4, [["posts at the P-5 level and above.", 221.7, 154.8]]),
  mk(138, 456.3, [["implemented on time.", 79.1, 104.9], ["plan", 416.8, 20.6]]),
  mk(139, 464.2, [["-", 206.7, 4.0], ["23 per cent of staff completing", 221.7, 147.6]]),
  mk(140, 478.0, [["mandatory courses.", 221.7, 93.3]]),
  mk(142, 496.8, [["-", 206.7, 4.0], ["Budget implementation rate of", 221.7, 146.8]]),
  mk(143, 510.6, [["69 per cent by June 2024.", 221.7, 123.3]]),
  mk(144, 518.5, [["• Greenhouse gas", 64.1, 91.3]]),
  mk(145, 525.4, [["-", 206.7, 4.0], ["21 per cent of staff completing", 221.7, 147.6], ["–", 399.8, 6.7], ["Late recruitment;", 416.8, 82.9]]),
  mk(146, 532.3, [["emissions from travel", 79.1, 103.9]]),
  mk(147, 539.2, [["mandatory courses.", 221.7, 93.3], ["succession planning", 416.8, 96.3]]),
  mk(148, 546.1, [["reduced.", 79.1, 41.0]]),
  mk(149, 554.0, [["-", 206.7, 4.0], ["Performance evaluations", 221.7, 118.9]]),
  mk(150, 567.8, [["completed for 46 per cent of staff.", 221.7, 163.6]]),
  mk(152, 586.6, [["-", 206.7, 4.0], ["9 per cent of staff completing", 221.7, 141.6]]),
  mk(153, 594.0, [["–", 399.8, 6.7], ["Budget cuts during the", 416.8, 108.9]]),
  mk(154, 600.4, [["• Gender parity reached", 64.1, 121.6], ["mandatory courses.", 221.7, 93.3]]),
  mk(155, 607.8, [["year; prioritized work", 416.8, 104.6]]),
  mk(156, 614.7, [["among senior staff.", 79.1, 92.3], ["-", 206.7, 4.0], ["Air travel emissions reduced by", 221.7, 152.5]]),
  mk(157, 621.6, [["plan", 416.8, 20.6]]),
  mk(158, 629.0, [["30 per cent against 2023.", 221.7, 120.3]]),
  mk(160, 670.6, [["Objective: To achieve gender parity at all levels of staff.", 60.1, 285.1]]),
  mk(162, 689.4, [["Indicators of achievement", 60.1, 132.5], ["Baseline (2023)", 339.0, 77.6], ["Target", 500.8, 34.6]]),
  mk(163, 704.0, [["Tickets purchased 16 days in advance", 60.1, 181.6], ["43%", 394.6, 22.0], ["63%", 513.4, 22.0]]),
  mk(165, 720.8, [["Budget implementation rate", 60.1, 133.9], ["69%", 394.6, 22.0], ["74%", 513.4, 22.0]]),
  mk(167, 737.6, [["Evaluations completed on time", 60.1, 148.8], ["40%", 394.6, 22.0], ["52%", 513.4, 22.0]]),
];

describe("a cell's wrapped line under another column's line, above the next objective's heading", () => {
  const layout: Layout = { format: "pdf", text: "", pages: [{ number: 4, width: 595, height: 842, lines, rules: [], removed: [] }] };
  const rows = readTables(layout, findSections(layout)).objectives;

  it("stays the measure's last line, not a caption over the heading", () => {
    const spend = rows.find((o) => o.objective.startsWith("To spend"));
    expect(spend?.measures.map((m) => m.text).at(-1)).toBe("Air travel emissions reduced by 30 per cent against 2023.");
  });

  it("leaves the next objective to its own table", () => {
    expect(rows.at(-1)?.objective).toBe("To achieve gender parity at all levels of staff.");
    expect(rows.at(-1)?.measures.map((m) => m.text)).toEqual(["Tickets purchased 16 days in advance", "Budget implementation rate", "Evaluations completed on time"]);
  });
});
