/**
 * Justified lines of one or two stretched gaps (session 25, h-wk2; corpus11 dev11 wk.pdf d11-016,
 * d11-018): the line of the same paragraph above or below fills the gap with ink and ends where
 * the line's last word ends, so the gap is a word space, no column start — and a seam of that
 * neighbouring line at the gap's far side cuts no word ("Attacks on aid work" + "ers;").
 * Runs cut from the pages (points, top-down).
 */
import { describe, expect, it } from "vitest";
import { buildLines, paragraphJustifiedRuns, type GlyphRun } from "../../src/extract/pdf/lines.js";

const run = (text: string, x: number, right: number, baseline: number, fontSize = 8.7): GlyphRun => ({ text, x, baseline, width: right - x, fontSize, bold: false });
const texts = (runs: GlyphRun[]) => buildLines(runs).map((l) => l.segments.map((s) => s.text));

// d11-016 page 2: a row of four cells, the Risks cell justified; "Attacks on aid workers;" drawn
// in two operators with a seam at 512.4, where the next line's stretched "risk" starts.
const cellsAbove = [run("7. To ensure a coherent", 65.3, 169.5, 135.4), run("7.1 Situation reports", 178.2, 293.8, 135.4), run("38% of response plans", 300.5, 416.1, 135.4)];
const attacks = { ...run("Attacks on aid workers;", 422.8, 529.0, 135.4), seams: [{ x: 512.4, at: 19, before: 89.6 }] };
const cellsBelow = [run("humanitarian response", 65.3, 166.6, 145.8), run("issued on an agreed", 188.2, 293.8, 145.8), run("with feedback", 300.5, 416.1, 145.8)];

describe("a justified line of one stretched gap", () => {
  it("keeps a word whole where the next line's two spread words leave a gap", () => {
    const page = [...cellsAbove, attacks, ...cellsBelow, run("security", 422.8, 458.0, 145.8), run("risk", 512.4, 529.0, 145.8)];
    expect(texts(page)).toEqual([
      ["7. To ensure a coherent", "7.1 Situation reports", "38% of response plans", "Attacks on aid workers;"],
      ["humanitarian response", "issued on an agreed", "with feedback", "security risk"],
    ]);
  });

  it("still opens a cell where the line beside ends elsewhere (a real column, ragged)", () => {
    // The same rows, but the line above ends 6 pt short of "risk"'s end: two cells, and the seam
    // at the column's edge is cut as before.
    const short = { ...run("Attacks on aid workers;", 422.8, 523.0, 135.4), seams: [{ x: 512.4, at: 19, before: 89.6 }] };
    const page = [...cellsAbove, short, ...cellsBelow, run("security", 422.8, 458.0, 145.8), run("risk", 512.4, 529.0, 145.8)];
    const lines = texts(page);
    expect(lines[1]).toEqual(["humanitarian response", "issued on an agreed", "with feedback", "security", "risk"]);
    expect(lines[0]).toEqual(["7. To ensure a coherent", "7.1 Situation reports", "38% of response plans", "Attacks on aid work", "ers;"]);
  });

  it("ignores a line beside whose ink starts left of the line's previous cell (a spanning row)", () => {
    const spanning = run("Objective 7: to ensure a coherent humanitarian response to sudden-onset emergencies world", 65.3, 529.0, 135.4);
    const row = [run("humanitarian response", 65.3, 166.6, 145.8), run("security", 422.8, 458.0, 145.8), run("risk", 512.4, 529.0, 145.8)];
    expect(paragraphJustifiedRuns([spanning, ...row]).size).toBe(0);
  });
});

describe("a justified line whose words include a value", () => {
  it("reads 'hours in 78% of' as one cell's line, the words on the line above and below whole", () => {
    // d11-016 page 2: "Teams deployed within 48" drawn with a seam at 342.7; "hours in 78% of"
    // spread by 18.3 pt gaps to the cell's right edge 416.1; "emergencies." with a seam at 344.1.
    const page = [
      { ...run("Teams deployed within 48", 300.5, 416.1, 201.1), seams: [{ x: 342.7, at: 8, before: 42.2 }] },
      run("hours", 300.5, 325.4, 211.5), run("in", 343.6, 351.9, 211.5), run("78%", 370.2, 389.4, 211.5), run("of", 407.7, 416.1, 211.5),
      run("Attacks", 422.8, 455.6, 211.5),
      { ...run("emergencies.", 300.5, 359.1, 221.9), seams: [{ x: 344.1, at: 8, before: 43.6 }] },
    ];
    expect(texts(page)).toEqual([["Teams deployed within 48"], ["hours in 78% of", "Attacks"], ["emergencies."]]);
  });

  it("keeps a row of values apart though a line beside spans them (no lower-case word, no filled edge)", () => {
    const page = [run("Baseline", 100, 131, 300), run("2018", 200, 216, 300), run("2019", 260, 276, 300), run("2020", 320, 336, 300), run("Staff trained in the new system this year", 100, 330, 310)];
    expect(texts(page)[0]).toEqual(["Baseline", "2018", "2019", "2020"]);
  });
});

describe("a monospaced ASCII table's border bar", () => {
  it("stays apart though the line above ends at the same bar (enscript, corpus14 d14-001)", () => {
    const page = [run("| Objective 2: To advise departments on the due diligence of prospective corporate |", 59.0, 512.6, 216, 9), run("|", 59.0, 64.4, 226, 9), run("partners through regional partners", 75.2, 259.8, 226, 9), run("|", 507.2, 512.6, 226, 9)];
    expect(paragraphJustifiedRuns(page).size).toBe(0);
  });
});
