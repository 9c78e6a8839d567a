/** Pure geometry of the PDF extractor: glyph runs → lines/segments, operator lists → rules. */
import { describe, expect, it } from "vitest";
import { buildLines, cleanRunText, type GlyphRun } from "../../src/extract/pdf/lines.js";
import { withParagraphBreaks } from "../../src/extract/pdf.js";
import { drawnBullets, rulesFromOperators, pathToPolylines, type OpCodes } from "../../src/extract/pdf/rules.js";
import { withDrawnBullets } from "../../src/extract/pdf.js";
import { runsFromOperators } from "../../src/extract/pdf/glyphs.js";
import { A4_VIEW as VIEW, TEXT_OPS as T } from "../support/pdf-ops.js";

const run = (text: string, x: number, baseline: number, width: number, fontSize = 10, bold = false): GlyphRun => ({ text, x, baseline, width, fontSize, bold });

describe("buildLines", () => {
  it("groups runs by baseline within half an em and orders lines top-down", () => {
    const lines = buildLines([run("second", 50, 112, 30), run("first", 50, 100, 25), run("cell", 200, 100.4, 20)]);
    expect(lines.map((l) => l.segments.map((s) => s.text))).toEqual([["first", "cell"], ["second"]]);
  });

  it("merges word runs and splits where the gap is a column gap", () => {
    // 10 pt font: gap 3 pt (0.3 em) is a word space, gap 7 pt (0.7 em) separates two cells.
    const [line] = buildLines([run("To minimize", 10, 50, 50), run("vacancy", 63, 50, 35), run("To achieve", 105, 50, 45)]);
    expect(line!.segments.map((s) => [s.text, s.x])).toEqual([
      ["To minimize vacancy", 10],
      ["To achieve", 105],
    ]);
    expect(line!.segments[0]!.width).toBe(88);
  });

  it("keeps a lone bullet with its text at a hanging indent, not as a column of its own", () => {
    const [line] = buildLines([run("•", 60, 50, 4), run("Portability of the code", 78, 50, 100), run("next cell", 200, 50, 40)]);
    expect(line!.segments.map((s) => [s.text, s.x])).toEqual([
      ["• Portability of the code", 60],
      ["next cell", 200],
    ]);
  });

  it("joins kerned pieces of one word without a space", () => {
    const [line] = buildLines([run("Sec", 10, 50, 15), run("retary", 25.3, 50, 30)]);
    expect(line!.segments.map((s) => s.text)).toEqual(["Secretary"]);
  });

  it("keeps a raised, smaller footnote mark as its own segment", () => {
    const [line] = buildLines([run("mitigated.", 10, 50, 45), run("1", 55.2, 46.5, 3.5, 6.4)]);
    expect(line!.baseline).toBe(50);
    expect(line!.segments.map((s) => [s.text, s.superscript])).toEqual([
      ["mitigated.", false],
      ["1", true],
    ]);
  });

  it("repairs ligatures and soft hyphens, and drops whitespace-only runs", () => {
    expect(cleanRunText("ﬁnancial ﬂows eﬀort identi\u00adfied")).toBe("financial flows effort identified");
    const lines = buildLines([run(" ", 10, 50, 100), run("text", 120, 50, 20)]);
    expect(lines.map((l) => l.segments.map((s) => [s.text, s.x]))).toEqual([[["text", 120]]]);
  });

  it("cuts a segment where a vertical rule crosses it, only when given the rules and only on lines the rule spans", () => {
    // Gap 4 pt (0.4 em) between two cells: one segment by the gap rule alone; the border at x = 62 splits it.
    const runs = [run("support", 10, 50, 50), run("Provision", 64, 50, 40), run("below", 10, 90, 30), run("text", 44, 90, 30)];
    const border = { x1: 62, y1: 30, x2: 62, y2: 60 };
    expect(buildLines(runs).map((l) => l.segments.map((s) => s.text))).toEqual([["support Provision"], ["below text"]]);
    expect(buildLines(runs, [border, { x1: 0, y1: 45, x2: 200, y2: 45 }]).map((l) => l.segments.map((s) => s.text))).toEqual([["support", "Provision"], ["below text"]]);
    // A border at a segment's very edge is its own cell border: nothing to cut.
    expect(buildLines(runs, [{ x1: 10.5, y1: 30, x2: 10.5, y2: 60 }])[0]!.segments.map((s) => s.text)).toEqual(["support Provision"]);
  });
});

const OPS: OpCodes = {
  save: 10, restore: 11, transform: 12, constructPath: 91, paintFormXObjectBegin: 74, paintFormXObjectEnd: 75,
  stroke: 20, closeStroke: 21, fill: 22, eoFill: 23, fillStroke: 24, eoFillStroke: 25, closeFillStroke: 26, closeEOFillStroke: 27,
};
const MOVE = 0, LINE = 1, CLOSE = 4;

describe("cells set right up to the next column (Chromium's print of tight borderless cells)", () => {
  // Two lines of a table around the line under test: each starts its third cell at x 406.7 after a
  // column gap, as a column does (11.9 pt text).
  const rows = [
    [run("• Electoral needs", 65.9, 571, 110, 11.9), run("• Horizon-scanning briefings", 229.9, 571, 142, 11.9), run("Donor fatigue; broadened", 406.7, 571, 122, 11.9)],
    [run("completed.", 80.9, 598, 60, 11.9), run("year.", 241.7, 598, 22.7, 11.9), run("ready.", 406.7, 598, 28.6, 11.9)],
  ].flat();
  const texts = (lines: ReturnType<typeof buildLines>) => lines.map((l) => l.segments.map((s) => s.text));

  it("starts a segment at an inner column edge of nearby lines even when the gap before it is under half an em", () => {
    // "13 times a" ends 0.8 pt before "donor base.": one segment by the gap rule alone.
    const line = [run("provided to the Council 13 times a", 241.7, 584.4, 164.2, 11.9), run("donor base.", 406.7, 584.4, 54.7, 11.9)];
    expect(texts(buildLines(line))).toEqual([["provided to the Council 13 times adonor base."]]);
    expect(texts(buildLines([...rows, ...line]))[1]).toEqual(["provided to the Council 13 times a", "donor base."]);
  });

  it("cuts a run that glyphs.ts joined across two text operators where the later one starts at the column edge", () => {
    const joined: GlyphRun = { ...run("appeal reaching 3 million dollars. notice; roster of", 241.7, 584.4, 300.8, 11.9), seams: [{ x: 406.7, at: 35, before: 159.2 }] };
    expect(texts(buildLines([...rows, joined]))[1]).toEqual(["appeal reaching 3 million dollars.", "notice; roster of"]);
    const [left, right] = buildLines([...rows, joined])[1]!.segments;
    expect([left!.x, left!.width, right!.x]).toEqual([241.7, 159.2, 406.7]);
  });

  it("does not cut a word at a kerning seam that falls on a column edge by chance (groff: 'INDICA' + 'TORS', corpus12 d12-008)", () => {
    // groff splits its text operator at each kerning pair; "TORS" starts 0.9 pt left of where
    // "INDICA" ends (A–T kerned), at 331.6, right over the Baseline column (331.7) of the line below.
    const label = "KEY PERFORMANCE INDICATORS";
    const header = [
      run("EXPECTED", 68.4, 692.5, 53.9, 10, true),
      { ...run(label, 193.6, 692.5, 165.4, 10, true), seams: [{ x: 331.6, at: label.indexOf("TORS"), before: 138.9 }] },
      run("ACCOMPLISHMENTS", 68.4, 705, 101.8, 10, true), run("INDICATOR", 193.6, 705, 54.3, 10, true), run("BASELINE", 331.7, 705, 50.3, 10, true), run("TARGET", 396.9, 705, 40.2, 10, true),
    ];
    expect(texts(buildLines(header))).toEqual([["EXPECTED", label], ["ACCOMPLISHMENTS", "INDICATOR", "BASELINE", "TARGET"]]);
    // The same pieces as two runs (two operators pdf.js did not join): one segment too.
    const apart = [header[0]!, run("KEY PERFORMANCE INDICA", 193.6, 692.5, 138.9, 10, true), run("TORS", 331.6, 692.5, 27.4, 10, true), ...header.slice(2)];
    expect(texts(buildLines(apart))[0]).toEqual(["EXPECTED", label]);
  });

  it("keeps a line of prose whole where a font change falls on a column edge no nearby line shows", () => {
    const far = rows.map((r) => ({ ...r, baseline: r.baseline + 200 }));
    const text = "The Office will publish its annual report on time.";
    const prose: GlyphRun = { ...run(text, 65.9, 584.4, 400, 11.9), seams: [{ x: 406.7, at: text.indexOf("on time"), before: 338 }] };
    expect(texts(buildLines([...far, prose]))[0]).toEqual(["The Office will publish its annual report on time."]);
    // The same font change with the table's lines right above and below: cut (what a cell overflow looks like).
    expect(texts(buildLines([...rows, prose]))[1]).toEqual(["The Office will publish its annual report", "on time."]);
  });

  it("takes one line's column gap as the edge: a two-line header whose label runs up to the next label (d7-011)", () => {
    // "ACCOMPLISHMENT" ends at 293.87, "MEASURES" starts at 293.86; only "PERFORMANCE" above starts there after a gap.
    const header = [
      run("OBJECTIVES", 65.9, 638.8, 75.3, 11.9, true), run("EXPECTED", 176.45, 638.8, 64.7, 11.9, true), run("PERFORMANCE", 293.86, 638.8, 93.66, 11.9, true),
      run("ACCOMPLISHMENT", 176.45, 652.9, 117.42, 11.9, true), run("MEASURES", 293.86, 652.9, 65.9, 11.9, true),
    ];
    expect(texts(buildLines(header))).toEqual([["OBJECTIVES", "EXPECTED", "PERFORMANCE"], ["ACCOMPLISHMENT", "MEASURES"]]);
  });

  it("does not cut a title in a larger font at the column edge of the body lines under it (a mid-word operator split)", () => {
    const text = "SENIOR MANAGER'S COMPACT";
    const title: GlyphRun = { ...run(text, 207.7, 67.5, 179.3, 11.5, true), seams: [{ x: 307.1, at: text.indexOf("R'S"), before: 99.4 }] };
    const body = [run("Between Mr. Diego Fernández Ocampo,", 51, 81.8, 225, 8.5), run("The Department works closely", 307.1, 81.8, 200, 8.5)];
    expect(texts(buildLines([title, ...body]))[0]).toEqual([text]);
  });

  it("does not cut a header label under a label centred above it (d2-006: 'Key' over 'performance indicator', a seam at Key's x)", () => {
    // Chromium drew "performance indicator" in two operators, the second starting at 433.3, right
    // where the centred "Key" of the line above opens after a column gap; no line beside starts a
    // cell at 396.2, where the label does, so the seam is inside one cell.
    const label = "performance indicator";
    const lower: GlyphRun = { ...run(label, 396.2, 200, 110, 9, true), seams: [{ x: 433.3, at: label.indexOf("nce"), before: 37.1 }] };
    const lines = [run("EXPECTED", 255, 189.5, 50, 9, true), run("Key", 433.3, 189.5, 17, 9, true), run("ACCOMPLISHMENTS", 235, 200, 90, 9, true), lower];
    expect(texts(buildLines(lines))[1]).toEqual(["ACCOMPLISHMENTS", label]);
  });

  it("does not cut a letter off a word at a column edge one line shows (wkhtmltopdf draws 'r' and 'equests' apart; dev-002.wk.pdf)", () => {
    const word = "requests; mitigated by cross-training of";
    const lower: GlyphRun = { ...run(word, 438, 212, 170, 9), seams: [{ x: 441, at: 1, before: 3 }] };
    const lines = [run("signed from 13 in 2020 to 31 in 2021.", 295, 201, 130, 9), run("Unforeseen increases in the volume of", 440, 201, 150, 9), lower, run("staff and succession planning.", 438, 223, 120, 9)];
    expect(texts(buildLines(lines))[1]).toEqual([word]);
  });

  it("does not cut a spanning objective's second line at the word starts of a line spread word by word above it (d8-012.html.pdf)", () => {
    const words = ["Objective", "6:", "To", "develop", "the", "network", "of", "information", "centres", "as", "local"];
    const xs = [77, 140, 163, 188, 243, 273, 330, 353, 432, 485, 509];
    const spread = words.map((w, i) => run(w, xs[i]!, 300, w.length * 5, 11, true));
    const tail = "communication hubs.";
    const second: GlyphRun = { ...run(tail, 77, 314, 105, 11, true), seams: [{ x: 141, at: 9, before: 64 }, { x: 187, at: 17, before: 110 }] };
    expect(texts(buildLines([...spread, second]))[1]).toEqual([tail]);
  });

  describe("a table row takes its column edges from its table's lines further away (t7-013, d7-014 html.pdf)", () => {
    // One-line measures set apart by paragraph spacing: the Target column's other lines are 2–5 em
    // from the measure "Gender budget statements published" that runs into its value "32".
    const table = [
      [run("Performance", 323, 187, 66, 11.9, true), run("Target", 496, 187, 33, 11.9, true)],
      [run("Indicators", 323, 201, 52, 11.9, true), run("(2014)", 496, 201, 32, 11.9, true)],
      [run("infrastructure planning.", 66, 263, 111, 11.9), run("Forecast error (percentage points)", 323, 263, 161, 11.9), run("3.6", 496, 263, 15, 11.9)],
    ].flat();
    const measure = "Gender budget statements published32";
    const glued: GlyphRun = { ...run(measure, 323, 233, 185, 11.9), seams: [{ x: 496, at: measure.indexOf("32"), before: 172 }] };
    const row = [run("To help countries integrate", 66, 233, 127, 11.9), glued];

    it("cuts the measure's run at the Target column's edge that two lines of the table show", () => {
      expect(texts(buildLines([...table, ...row]))[2]).toEqual(["To help countries integrate", "Gender budget statements published", "32"]);
      // Without the table's lines there is no edge to cut at.
      expect(texts(buildLines(row))[0]).toEqual(["To help countries integrate", measure]);
    });

    it("does not cut at an edge only one line of the table shows (a label centred in its header cell)", () => {
      const oneLine = table.filter((r) => r.baseline !== 201 && r.baseline !== 187);
      expect(texts(buildLines([...oneLine, ...row]))[0]).toEqual(["To help countries integrate", measure]);
    });

    it("does not cut a line that starts no cell of its own (a spanning row, prose) at a column edge further away", () => {
      const spanning: GlyphRun = { ...run("Objective 3: To improve the quality of forecasts published32", 66, 233, 442, 11.9), seams: [{ x: 496, at: 57, before: 429 }] };
      expect(texts(buildLines([...table, spanning]))[2]).toEqual(["Objective 3: To improve the quality of forecasts published32"]);
    });

    it("does not take edges from lines that share no cell start with the row (another table, a signature block)", () => {
      // The lines below start cells at 300, the row at 281: not one table.
      const signatures = [
        [run("Mr. Arvid Lindqvist", 54, 290, 90, 11.9), run("Mr. António Guterres", 300, 290, 95, 11.9)],
        [run("Executive Director", 54, 304, 90, 11.9), run("Secretary-General", 300, 304, 85, 11.9)],
      ].flat();
      const text = "• Clean audit opinion on the financial statements.";
      const item: GlyphRun = { ...run(text, 281, 270, 240, 11.9), seams: [{ x: 300, at: 6, before: 18 }] };
      expect(texts(buildLines([run("Effective management", 54, 270, 110, 11.9), item, ...signatures]))[0]).toEqual(["Effective management", text]);
    });

    describe("one row of the same columns shows the edge (t7b-002 html.pdf: rows 3.9 em apart, the header 6.6 em above)", () => {
      // "Security incidents affecting aid" ends a point left of the measure column (216.3) and
      // Chromium's next operator, "Responses with common datasets", starts there: one run. The
      // only row within 6 em shows the cell 65.9 → 216.3 and starts its values at 418.8 and 485.7,
      // where the glued line starts its own.
      const text = "Security incidents affecting aid Responses with common datasets";
      const glued: GlyphRun = { ...run(text, 65.9, 484.2, 309.6, 11.9), seams: [{ x: 216.3, at: text.indexOf("Responses"), before: 149.4 }] };
      const line = [glued, run("17", 418.8, 484.2, 11.8, 11.9), run("20", 485.7, 484.2, 11.9, 11.9), run("workers tracked and analysed.", 65.9, 498.3, 143.8, 11.9)];
      const next = [run("Collective outcomes agreed", 65.9, 531, 131.9, 11.9), run("Countries with collective outcomes", 216.3, 531, 167.8, 11.9), run("26", 418.8, 531, 11.8, 11.9), run("36", 485.7, 531, 11.9, 11.9)];

      it("cuts the run at the cell's edge", () => {
        expect(texts(buildLines([...line, ...next]))[0]).toEqual(["Security incidents affecting aid", "Responses with common datasets", "17", "20"]);
      });

      it("does not when the row starts the line's other cells elsewhere (another table's row)", () => {
        const shifted = next.map((r) => (r.x > 400 ? { ...r, x: r.x + 20 } : r));
        expect(texts(buildLines([...line, ...shifted]))[0]).toEqual([text, "17", "20"]);
      });

      it("does not when the line starts only one cell of its own (a three-column row: two rows must show the edge)", () => {
        const short = line.filter((r) => r.text !== "20");
        expect(texts(buildLines([...short, ...next]))[0]).toEqual([text, "17"]);
      });
    });

    describe("a list item's hanging indent is no column edge (corpus3 d3-002/d3-012: pdf-lib's own layout, 9 pt)", () => {
      // The accomplishment column at 202.4 holds "(i)" markers whose items' text starts at 222.4;
      // the header label "accomplishment" under "Expected" was drawn in two operators (kerning),
      // its seam at 222.9 — half a point from that indent. Two lines of the table have an edge at
      // 222.4 and the "(i)" line seems to show a cell from 202.4 to it.
      const header = [run("Objectives", 76, 279.8, 45, 9, true), run("Expected", 202.4, 279.8, 38, 9, true), run("Indicators of", 342.8, 279.8, 55, 9, true)];
      const label = "accomplishment";
      const glued: GlyphRun = { ...run(label, 202.4, 290.6, 64, 9, true), seams: [{ x: 222.9, at: 4, before: 20.3 }] };
      const body = [
        [run("To strengthen the", 76, 307.4, 72, 9), run("(i)", 202.4, 307.4, 9, 9), run("Increased awareness of", 222.4, 307.4, 95, 9), run("•", 343, 307.4, 3.2, 9), run("Number of grant agreements signed", 354.8, 307.4, 140, 9)],
        [run("management of", 76, 318.2, 62, 9), run("stakeholders of the", 222.4, 318.2, 78, 9), run("increased to 62 from 11 in 2015.", 354.8, 318.2, 128, 9)],
        [run("extrabudgetary resources.", 76, 329, 104, 9), run("Organization's priorities.", 222.4, 329, 101, 9), run("•", 343, 329, 3.2, 9), run("Number of staff members trained increased", 354.8, 329, 170, 9)],
      ].flat();

      it("keeps the header label whole", () => {
        expect(texts(buildLines([...header, glued, run("achievement", 342.8, 290.6, 50, 9, true), ...body]))[1]).toEqual([label, "achievement"]);
      });

      it("still cuts there when lines of the table show a cell from the label's edge to the seam", () => {
        // Two-column cells (no marker): 202.4 → 222.4 is a real cell edge pair on these lines.
        const cellsBody = body.map((r) => (r.text === "(i)" ? { ...r, text: "Staff" } : r));
        const extra = [run("Unit", 202.4, 340, 16, 9), run("Fewer staff", 222.4, 340, 40, 9), run("•", 343, 340, 3.2, 9), run("Rate", 354.8, 340, 20, 9)];
        expect(texts(buildLines([...header, glued, run("achievement", 342.8, 290.6, 50, 9, true), ...cellsBody, ...extra]))[1]).toEqual(["acco", "mplishment", "achievement"]);
      });
    });
  });

  it("keeps a lone bullet with its text when the text's hanging indent is a column edge of other lines", () => {
    const indent = [run("uncertain;", 212, 571, 60, 11.9), run("in 2009.", 387.7, 571, 39, 11.9), run("partners.", 212, 598, 41, 11.9), run("by 59 countries.", 387.7, 598, 76, 11.9)];
    expect(texts(buildLines([...indent, run("•", 376.1, 584.4, 3.7, 11.9), run("Forecast errors reduced", 387.7, 584.4, 138, 11.9)]))[1]).toEqual(["• Forecast errors reduced"]);
  });
});

describe("rulesFromOperators", () => {
  it("reads stroked lines and thin filled rectangles, in top-down coordinates", () => {
    const fn = [OPS.constructPath, OPS.constructPath, OPS.constructPath];
    const args = [
      [OPS.stroke, [new Float32Array([MOVE, 50, 700, LINE, 500, 700])], null],
      // a 0.5 pt high filled rectangle: a rule
      [OPS.fill, [new Float32Array([MOVE, 50, 600, LINE, 500, 600, LINE, 500, 600.5, LINE, 50, 600.5, CLOSE])], null],
      // a shaded cell: not a rule
      [OPS.fill, [new Float32Array([MOVE, 50, 500, LINE, 500, 500, LINE, 500, 520, LINE, 50, 520, CLOSE])], null],
    ];
    expect(rulesFromOperators(fn, args, OPS, VIEW)).toEqual([
      { x1: 50, y1: 142, x2: 500, y2: 142 },
      { x1: 50, y1: 241.75, x2: 500, y2: 241.75 },
    ]);
  });

  it("reads a cell border drawn as one ring (Chromium: an even-odd fill of two nested rectangles) as its four sides", () => {
    // d7-018.html.pdf's cells, in points: outer box 100–300 × 500–560, a 1 pt band on each side;
    // the path goes back to its start and closes (a repeated corner), as Chromium writes it.
    const ring = (x1: number, y1: number, x2: number, y2: number, t: number) =>
      new Float32Array([MOVE, x1, y1, LINE, x1, y2, LINE, x2, y2, LINE, x2, y1, LINE, x1, y1, CLOSE, MOVE, x1 + t, y1 + t, LINE, x1 + t, y2 - t, LINE, x2 - t, y2 - t, LINE, x2 - t, y1 + t, LINE, x1 + t, y1 + t, CLOSE]);
    const fn = [OPS.constructPath, OPS.constructPath];
    const args = [
      [OPS.eoFill, [ring(100, 500, 300, 560, 1)], null],
      // two nested boxes far apart: a framed panel, not a border
      [OPS.eoFill, [ring(100, 100, 300, 200, 20)], null],
    ];
    expect(rulesFromOperators(fn, args, OPS, VIEW)).toEqual([
      { x1: 100, y1: 282.5, x2: 300, y2: 282.5 },
      { x1: 100, y1: 341.5, x2: 300, y2: 341.5 },
      { x1: 100.5, y1: 282, x2: 100.5, y2: 342 },
      { x1: 299.5, y1: 282, x2: 299.5, y2: 342 },
    ]);
    // Under the nonzero rule two boxes wound the same way fill the whole box: no border.
    expect(rulesFromOperators([OPS.constructPath], [[OPS.fill, [ring(100, 500, 300, 560, 1)], null]], OPS, VIEW)).toEqual([]);
  });

  it("applies the current transformation matrix and restores it", () => {
    const fn = [OPS.save, OPS.transform, OPS.constructPath, OPS.restore, OPS.constructPath];
    const args = [
      null,
      [1, 0, 0, 1, 100, 0],
      [OPS.stroke, [new Float32Array([MOVE, 0, 0, LINE, 0, 50])], null],
      null,
      [OPS.stroke, [new Float32Array([MOVE, 0, 0, LINE, 0, 50])], null],
    ];
    expect(rulesFromOperators(fn, args, OPS, VIEW)).toEqual([
      { x1: 0, y1: 792, x2: 0, y2: 842 },
      { x1: 100, y1: 792, x2: 100, y2: 842 },
    ]);
  });

  it("places paths inside a form XObject by the form's matrix, handed out by pdf.js as a Float32Array", () => {
    const fn = [OPS.paintFormXObjectBegin, OPS.constructPath, OPS.paintFormXObjectEnd, OPS.constructPath];
    const args = [
      [new Float32Array([1, 0, 0, 1, 0, 391]), new Float32Array([0, -20, 792, 632])],
      [OPS.stroke, [new Float32Array([MOVE, 72, 0, LINE, 720, 0])], null],
      null,
      [OPS.stroke, [new Float32Array([MOVE, 72, 0, LINE, 720, 0])], null],
    ];
    expect(rulesFromOperators(fn, args, OPS, VIEW)).toEqual([
      { x1: 72, y1: 451, x2: 720, y2: 451 },
      { x1: 72, y1: 842, x2: 720, y2: 842 },
    ]);
  });

  it("merges pieces of one border drawn cell by cell, ignores diagonals and unpainted clips", () => {
    const fn = [OPS.constructPath, OPS.constructPath, OPS.constructPath, OPS.constructPath];
    const args = [
      [OPS.stroke, [new Float32Array([MOVE, 50, 700, LINE, 200, 700])], null],
      [OPS.stroke, [new Float32Array([MOVE, 200, 700, LINE, 400, 700])], null],
      [OPS.stroke, [new Float32Array([MOVE, 50, 50, LINE, 300, 300])], null],
      [28 /* endPath: a clip, nothing drawn */, [new Float32Array([MOVE, 0, 0, LINE, 595, 0])], null],
    ];
    expect(rulesFromOperators(fn, args, OPS, VIEW)).toEqual([{ x1: 50, y1: 142, x2: 400, y2: 142 }]);
  });

  it("splits path data into polylines at each moveTo and closes closed paths", () => {
    expect(pathToPolylines([MOVE, 0, 0, LINE, 1, 0, LINE, 1, 1, CLOSE, MOVE, 5, 5, LINE, 6, 5])).toEqual([
      [[0, 0], [1, 0], [1, 1], [0, 0]],
      [[5, 5], [6, 5]],
    ]);
  });
});

describe("withParagraphBreaks", () => {
  const at = (baseline: number) => ({ baseline, segments: [{ text: "x", x: 0, width: 5, fontSize: 9, bold: false, superscript: false, baseline }] });
  it("puts a blank line where the gap exceeds the page's wrapped-line distance by 15 %", () => {
    // wrapped lines 10.5 pt apart; paragraph gaps of 13.9 pt (3.4 pt paragraph spacing)
    const out = withParagraphBreaks([at(100), at(110.5), at(121), at(134.9), at(145.4), at(159.3)]);
    expect(out.map((l) => (l ? l.baseline : null))).toEqual([100, 110.5, 121, null, 134.9, 145.4, null, 159.3]);
  });
  it("uses the smallest repeated gap, not the most frequent one (a list of one-line paragraphs)", () => {
    const out = withParagraphBreaks([at(100), at(113.9), at(127.8), at(141.7), at(152.2), at(162.7)]);
    expect(out.filter((l) => l === null)).toHaveLength(3);
  });
  it("measures the line distance between lines above one another only, not across table cells side by side", () => {
    // Wrapped lines 9.3 pt apart in two columns; twice a cell's last line (left, x 0–100) is 8 pt
    // above the next sub-row's first line (right, x 200–300). 8 pt is no line distance.
    const seg = (x: number, baseline: number) => ({ text: "x", x, width: 100, fontSize: 8, bold: false, superscript: false, baseline });
    const line = (baseline: number, ...xs: number[]) => ({ baseline, segments: xs.map((x) => seg(x, baseline)) });
    const lines = [line(100, 0, 200), line(109.3, 0, 200), line(118.6, 0), line(126.6, 200), line(135.9, 200), line(152.9, 0, 200), line(162.2, 0), line(170.2, 200), line(179.5, 200)];
    const out = withParagraphBreaks(lines);
    // Only the 17 pt gap between rows is a paragraph break.
    expect(out.map((l) => (l ? l.baseline : null))).toEqual([100, 109.3, 118.6, 126.6, 135.9, null, 152.9, 162.2, 170.2, 179.5]);
  });
});

describe("runsFromOperators", () => {
  const font = { fontMatrix: [0.001, 0, 0, 0.001, 0, 0], name: "ABCDEF+DejaVuSans-Bold" };
  const g = (unicode: string, width: number, isSpace = false) => ({ unicode, width, isSpace });

  it("places glyphs through text matrix, CTM and viewport; spaces and small offsets stay in the run", () => {
    const fn = [T.beginText, T.setFont, T.setTextMatrix, T.showText, T.moveText, T.showText];
    const args = [
      null,
      ["f1", 10],
      [[1, 0, 0, 1, 100, 700]],
      // "Hi x" then a 1 em offset (-1000): a new run "y"; letter code 32 ("H" here) is not a space
      [[g("H", 700, true), g("i", 300), g(" ", 300), g("x", 500), -1000, g("y", 500)]],
      [0, -12],
      [[g("n", 600), g("e", 550), g("x", 500), g("t", 350)]],
    ];
    const { runs, uprightShare } = runsFromOperators(fn, args, T, VIEW, () => font);
    expect(uprightShare).toBe(1);
    expect(runs).toEqual([
      { text: "Hi x", x: 100, baseline: 142, width: 18, fontSize: 10, bold: true },
      { text: "y", x: 128, baseline: 142, width: 5, fontSize: 10, bold: true },
      { text: "next", x: 100, baseline: 154, width: 20, fontSize: 10, bold: true },
    ]);
  });

  it("reads a glyph of a pictogram font without a Unicode map (Wingdings/ZapfDingbats 'l') as a bullet, not a letter", () => {
    const fonts: Record<string, { fontMatrix: number[]; name: string }> = { f1: font, f3: { fontMatrix: [0.001, 0, 0, 0.001, 0, 0], name: "ZapfDingbats" } };
    const fn = [T.beginText, T.setFont, T.setTextMatrix, T.showText, T.setFont, T.setTextMatrix, T.showText];
    const args = [null, ["f3", 10], [[1, 0, 0, 1, 100, 700]], [[g("l", 791)]], ["f1", 10], [[1, 0, 0, 1, 112, 700]], [[g("8", 556), g("0", 556), g("%", 889)]]];
    expect(runsFromOperators(fn, args, T, VIEW, (name) => fonts[name] ?? null).runs.map((r) => r.text)).toEqual(["\u2022 80%"]);
  });

  it("reads a two-byte glyph its ToUnicode map leaves out (code reported as text) as an unmapped ligature", () => {
    // WeasyPrint's DejaVu Sans subset: "ffi" is glyph 0x13B4 with no ToUnicode entry; pdf.js
    // reports U+13B4 (a Cherokee letter). Mapped glyphs of the same font and one-byte codes stay.
    const fn = [T.beginText, T.setFont, T.setTextMatrix, T.showText];
    const cid = (unicode: string, width: number, originalCharCode: number) => ({ unicode, width, isInFont: true, originalCharCode });
    const args = [null, ["f1", 10], [[1, 0, 0, 1, 100, 700]], [[cid("o", 612, 0x52), cid("\u13b4", 906, 0x13b4), cid("c", 550, 0x46), cid("e", 615, 0x48), cid("s", 521, 0x56)]]];
    const lines = buildLines(runsFromOperators(fn, args, T, VIEW, () => font).runs);
    expect(lines.map((l) => l.segments.map((x) => x.text))).toEqual([["offices"]]);
  });

  it("drops a line whose baseline lies outside the clip (wkhtmltopdf prints a line cut by a page break on both pages)", () => {
    const C = { ...T, constructPath: 91, clip: 29, eoClip: 30 };
    // Clip to the content box x 50–550, y 100–700 (user space, y up); a line at y 96 is 4 pt past
    // its foot (only the letters' tops show), a line at y 101 is inside; after Q the clip is gone.
    const fn = [C.save, C.clip, C.constructPath, C.beginText, C.setFont, C.setTextMatrix, C.showText, C.setTextMatrix, C.showText, C.restore, C.beginText, C.setFont, C.setTextMatrix, C.showText];
    const args = [
      null, null, [28, [new Float32Array([0, 50, 100, 1, 550, 100, 1, 550, 700, 1, 50, 700, 4])], new Float32Array([50, 100, 550, 700])],
      null, ["f1", 10], [[1, 0, 0, 1, 100, 96]], [[g("c", 500), g("u", 500), g("t", 500)]], [[1, 0, 0, 1, 100, 101]], [[g("i", 500), g("n", 500)]],
      null, null, ["f1", 10], [[1, 0, 0, 1, 100, 50]], [[g("f", 500), g("r", 500), g("e", 500), g("e", 500)]],
    ];
    expect(runsFromOperators(fn, args, C, VIEW, () => font).runs.map((r) => r.text)).toEqual(["in", "free"]);
  });

  it("records where a later text operator's glyphs join the run (a seam lines.ts may cut at a column edge)", () => {
    // Two operators, the second 0.2 em after the first: one run, a space between, the seam at "b".
    const fn = [T.beginText, T.setFont, T.setTextMatrix, T.showText, T.setTextMatrix, T.showText];
    const args = [null, ["f1", 10], [[1, 0, 0, 1, 100, 700]], [[g("a", 500)]], [[1, 0, 0, 1, 107, 700]], [[g("b", 500)]]];
    expect(runsFromOperators(fn, args, T, VIEW, () => font).runs).toEqual([{ text: "a b", x: 100, baseline: 142, width: 12, fontSize: 10, bold: true, seams: [{ x: 107, at: 2, before: 5 }] }]);
  });

  it("keeps words set apart by word spacing (Tw: troff's justified cell lines) in one run, the next cell apart", () => {
    // groff -Tpdf: "Mediation support" justified across a 119 pt cell with 36.55 Tw (3.7 em), then
    // the next cell at x 240 in an operator of its own. The space's widening is a word gap.
    const fn = [T.beginText, T.setFont, T.setWordSpacing, T.setTextMatrix, T.showSpacedText, T.setWordSpacing, T.setTextMatrix, T.showText];
    const word = (w: string) => [...w].map((c) => g(c, 500));
    const args = [
      null, ["f1", 10], [36.55], [[1, 0, 0, 1, 100, 700]], [[...word("Mediation"), g(" ", 250, true), ...word("support")]],
      [0], [[1, 0, 0, 1, 240, 700]], [[...word("84%")]],
    ];
    const { runs } = runsFromOperators(fn, args, T, VIEW, () => font);
    expect(runs.map((r) => [r.text, r.x])).toEqual([["Mediation support", 100], ["84%", 240]]);
    expect(buildLines(runs)[0]!.segments.map((s) => s.text)).toEqual(["Mediation support", "84%"]);
  });

  it("keeps a word gap written as a TJ displacement in a line justified by Tw in the run (session 21, h-groff3)", () => {
    // groff -Tpdf, corpus12 d12-006: `11.890 Tw [(at least one) -1529.474 (w)] TJ` then "oman": the
    // space before a kerning pair is written as a displacement of the space plus the stretch
    // (1.5 em), no space glyph. Without Tw the same displacement sets a cell apart.
    const fn = [T.beginText, T.setFont, T.setWordSpacing, T.setTextMatrix, T.showSpacedText, T.moveText, T.setWordSpacing, T.showText];
    const word = (w: string) => [...w].map((c) => g(c, 500));
    const line = (tw: number) => runsFromOperators(fn, [
      null, ["f1", 10], [tw], [[1, 0, 0, 1, 100, 700]], [[...word("at"), g(" ", 250, true), ...word("one"), -1529.474, g("w", 500)]],
      [5 * 5 + 2.5 + tw + 15.29474 + 5, 0], [0], [[...word("oman")]],
    ], T, VIEW, () => font).runs;
    expect(line(11.89).map((r) => r.text)).toEqual(["at one woman"]);
    expect(buildLines(line(11.89))[0]!.segments.map((s) => s.text)).toEqual(["at one woman"]);
    // No word spacing: a 1.5 em displacement is a gap (the reading before, kept for other producers).
    expect(line(0).map((r) => r.text)).toEqual(["at one", "woman"]);
    // Tw of the line does not stretch a gap wider than the word gap it allows (a cell further on).
    expect(runsFromOperators([T.beginText, T.setFont, T.setWordSpacing, T.setTextMatrix, T.showSpacedText], [
      null, ["f1", 10], [2], [[1, 0, 0, 1, 100, 700]], [[...word("at"), -4000, ...word("84%")]],
    ], T, VIEW, () => font).runs.map((r) => r.text)).toEqual(["at", "84%"]);
  });

  it("sets text apart after space glyphs typed in a row (troff's padded tbl row), not after one or two spaces (session 20, h-fields4)", () => {
    // groff -Tpdf, corpus12 d12-001: "Signature: ____" + spaces + "Signature: ____" in one TJ; the
    // second label is a column of its own, as pdftotext sets it. Word spaces stay in the run.
    const fn = [T.beginText, T.setFont, T.setTextMatrix, T.showSpacedText];
    const word = (w: string) => [...w].map((c) => g(c, 500));
    const spaces = (n: number) => Array.from({ length: n }, () => g(" ", 250, true));
    const line = (n: number) => runsFromOperators(fn, [null, ["f1", 10], [[1, 0, 0, 1, 100, 700]], [[...word("Noor"), ...spaces(1), ...word("Ivanova"), ...spaces(n), ...word("Guterres")]]], T, VIEW, () => font).runs;
    const padded = line(20);
    expect(padded.map((r) => [r.text.trim(), r.x])).toEqual([["Noor Ivanova", 100], ["Guterres", 100 + 11 * 5 + 1 * 2.5 + 20 * 2.5]]);
    expect(buildLines(padded)[0]!.segments.map((s) => s.text)).toEqual(["Noor Ivanova", "Guterres"]);
    // Two spaces after a full stop (1 em would take four): one run.
    expect(line(2).map((r) => r.text)).toEqual(["Noor Ivanova  Guterres"]);
    expect(line(3).map((r) => r.text)).toEqual(["Noor Ivanova   Guterres"]);
  });

  it("reports text that does not run left to right in the viewport (a page stored sideways)", () => {
    const fn = [T.beginText, T.setFont, T.setTextMatrix, T.showText];
    const args = [null, ["f1", 10], [[0, 1, -1, 0, 300, 100]], [[g("a", 500), g("b", 500)]]];
    expect(runsFromOperators(fn, args, T, VIEW, () => font).uprightShare).toBe(0);
  });
});

describe("stacked runs within the baseline tolerance", () => {
  it("keeps two lines of one column apart when their baselines are a few points apart", () => {
    // A centred target cell ("97%") and the first line of the next one ("65% by") 4 pt lower, both
    // in the column at x=446, beside a measure line at x=299: three runs within half an em.
    const lines = buildLines([run("updated", 299, 224, 30, 9), run("97%", 446, 220, 16, 9), run("65% by", 446, 224, 28, 9)]);
    const texts = lines.map((l) => l.segments.map((s) => s.text));
    expect(texts).toHaveLength(2);
    expect(texts.findIndex((t) => t.includes("97%"))).toBeLessThan(texts.findIndex((t) => t.includes("65% by")));
    expect(texts.flat().sort()).toEqual(["65% by", "97%", "updated"]);
  });
});

describe("list bullets drawn as shapes (browser-printed lists)", () => {
  const CURVE_TO = 2;
  // A 4 pt disc as four Bézier arcs centred on (x, y) in PDF user space (y up).
  const disc = (x: number, y: number) => new Float32Array([MOVE, x + 2, y, CURVE_TO, x + 2, y + 1, x + 1, y + 2, x, y + 2, CURVE_TO, x - 1, y + 2, x - 2, y + 1, x - 2, y, CURVE_TO, x - 2, y - 1, x - 1, y - 2, x, y - 2, CURVE_TO, x + 1, y - 2, x + 2, y - 1, x + 2, y, CLOSE]);
  it("finds filled discs and squares of bullet size, and nothing larger or elongated", () => {
    const fn = [OPS.constructPath, OPS.constructPath, OPS.constructPath, OPS.constructPath];
    const args = [
      [OPS.fill, [disc(60, 700)], null],
      [OPS.fill, [new Float32Array([MOVE, 58, 680, LINE, 62, 680, LINE, 62, 684, LINE, 58, 684, CLOSE])], null],
      // a shaded cell and a thin rule: no bullets
      [OPS.fill, [new Float32Array([MOVE, 50, 500, LINE, 500, 500, LINE, 500, 520, LINE, 50, 520, CLOSE])], null],
      [OPS.fill, [new Float32Array([MOVE, 50, 600, LINE, 60, 600, LINE, 60, 602, LINE, 50, 602, CLOSE])], null],
    ];
    expect(drawnBullets(fn, args, OPS, VIEW).map((b) => [b.glyph, b.x1, b.y1])).toEqual([["•", 58, 140], ["▪", 58, 158]]);
  });
  it("finds outline squares stroked as four lines (groff's \\(sq), and no open corner or lone tick", () => {
    // groff 1.22.4 -Tpdf, corpus12 d12-001: a 5 pt square before "Budget implemented" at baseline 707.75.
    const stroke = (x1: number, y1: number, x2: number, y2: number) => [OPS.stroke, [new Float32Array([MOVE, x1, y1, LINE, x2, y2])], null];
    const square = [stroke(195.46, 707.75, 200.46, 707.75), stroke(200.46, 707.75, 200.46, 712.75), stroke(200.46, 712.75, 195.46, 712.75), stroke(195.46, 712.75, 195.46, 707.75)];
    // Three sides only (an open corner mark), and a short underline: no bullets.
    const corner = [stroke(300, 707.75, 305, 707.75), stroke(305, 707.75, 305, 712.75), stroke(305, 712.75, 300, 712.75)];
    const args = [...square, ...corner, stroke(400, 700, 404, 700)];
    const bullets = drawnBullets(args.map(() => OPS.constructPath), args, OPS, VIEW);
    expect(bullets.map((b) => [b.glyph, b.x1, b.y1, b.x2, b.y2].map((v) => (typeof v === "number" ? Math.round(v * 100) / 100 : v)))).toEqual([["□", 195.46, 129.25, 200.46, 134.25]]);
    // The square marks the run after it: a bullet glyph opens that line.
    const runs = withDrawnBullets([run("Budget implemented", 205.96, 134.25, 106.3)], bullets);
    expect(runs.map((r) => r.text)).toEqual(["Budget implemented", "□"]);
  });
  it("gives a bullet to the text that starts right after it at its x-height, and to nothing else", () => {
    const run = (text: string, x: number, baseline: number) => ({ text, x, baseline, width: 100, fontSize: 10, bold: false });
    const runs = [run("Member States’ satisfaction", 72, 143), run("Other text far right", 300, 163), run("• Already bulleted", 72, 183)];
    const bullets = [
      { x1: 58, y1: 138, x2: 62, y2: 142, glyph: "•" },
      { x1: 58, y1: 158, x2: 62, y2: 162, glyph: "•" },
      { x1: 58, y1: 178, x2: 62, y2: 182, glyph: "•" },
    ];
    const out = withDrawnBullets(runs, bullets);
    expect(out.filter((r) => r.text === "•")).toEqual([{ text: "•", x: 58, baseline: 143, width: 4, fontSize: 10, bold: false }]);
  });
});
