import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { textToLayout } from "../../src/extract/text.js";
import { readTextBoxTables } from "../../src/extract/box-tables.js";
import { typedPageRuns, typedPitch } from "../../src/extract/pdf/typed.js";
import type { GlyphRun } from "../../src/extract/pdf/lines.js";
import { extract } from "../../src/index.js";
import { pdfToLayout } from "../../src/extract/pdf.js";
import { loadDomainData } from "../../src/data/index.js";
import { tableRows } from "../support/table-rows.js";

/** A box table typed in characters, as a plain-text copy (enscript's input, an e-mail) holds it. */
const BOX = [
  "+-----------------------+--------------------------+---------------------------+",
  "| Objective             | Expected accomplishment  | Performance measure       |",
  "+=======================+==========================+===========================+",
  "| To strengthen the     | * Better reports issued  | * Number of reports       |",
  "| oversight of field    |   on time                |   issued                  |",
  "| missions              | * Findings shared with   | * Days to issue a report  |",
  "|                       |   Member States          |                           |",
  "+-----------------------+--------------------------+---------------------------+",
  "| To speed up the       | * Faster recruitment     | * Average days to fill a  |",
  "| recruitment of staff  |                          |   post                    |",
  "+-----------------------+--------------------------+---------------------------+",
].join("\n");

const BOX_ROWS = [
  {
    objective: "To strengthen the oversight of field missions",
    accomplishments: ["Better reports issued on time", "Findings shared with Member States"],
    measures: ["Number of reports issued", "Days to issue a report"],
  },
  { objective: "To speed up the recruitment of staff", accomplishments: ["Faster recruitment"], measures: ["Average days to fill a post"] },
];

const boxLayout = (text: string) => readTextBoxTables(textToLayout(text));

/** A compact output's rows as the tests compare them. */
function outputRows(out: Awaited<ReturnType<typeof extract>>) {
  if (out.kind !== "compact") throw new Error(`classified as ${out.kind}`);
  return out.objectives.map((o) => ({ objective: o.objective, accomplishments: o.accomplishments, measures: o.measures.map((m) => m.text) }));
}

describe("box tables typed in characters (+---+, |, ===)", () => {
  it("are read as ruled tables: rules from the borders and bars, cell text without the bars", () => {
    const layout = boxLayout(BOX);
    const page = layout.pages[0]!;
    // The four border lines leave the page's lines; their dashes are horizontal rules.
    expect(page.lines.some((l) => l.text.includes("+---"))).toBe(false);
    expect(page.rules.filter((r) => r.y1 === r.y2).length).toBeGreaterThanOrEqual(4 * 3);
    expect(page.rules.filter((r) => r.x1 === r.x2).length).toBeGreaterThanOrEqual(4);
    // No segment holds a bar; the row's cells are segments of their own at their columns.
    expect(page.lines.flatMap((l) => l.segments).some((s) => s.text.includes("|"))).toBe(false);
    const first = page.lines.find((l) => l.text.includes("To strengthen"))!;
    expect(first.segments.map((s) => [s.text, s.x / 5])).toEqual([
      ["To strengthen the", 2],
      ["* Better reports issued", 26],
      ["* Number of reports", 53],
    ]);
    // Offsets stay those of the text (the bars blanked in it).
    for (const s of first.segments) expect(layout.text.slice(s.start, s.end)).toBe(s.text);
    expect(tableRows(layout)).toEqual(BOX_ROWS);
  });

  it("without the reader, the same text gives no rows", () => {
    // The bars glue each row's cells into one segment: the header is no header.
    expect(tableRows(textToLayout(BOX))).toEqual([]);
  });

  it("a .txt input is read through the text path with its box table", async () => {
    const out = await extract(new TextEncoder().encode(["COMPACT", "", BOX, ""].join("\n")), { format: "text" });
    expect(outputRows(out)).toEqual(BOX_ROWS);
  });

  it("a rule left open under a cell spanning rows leaves that column's text in one cell", () => {
    const text = [
      "+----------------------+--------------------------+---------------------------+",
      "| Objective            | Expected accomplishment  | Performance measure       |",
      "+======================+==========================+===========================+",
      "| To strengthen the    | Better reports issued    | Number of reports issued  |",
      "| oversight of field   |                          |                           |",
      "+                      +--------------------------+---------------------------+",
      "| missions             | Findings shared with     | Days to issue a report    |",
      "|                      | Member States            |                           |",
      "+----------------------+--------------------------+---------------------------+",
    ].join("\n");
    const layout = boxLayout(text);
    // The open stretch draws no rule under the objective column.
    const open = layout.pages[0]!.rules.filter((r) => r.y1 === r.y2 && r.y1 > 4 * 12 && r.y1 < 6 * 12);
    expect(open.length).toBe(2);
    expect(Math.min(...open.map((r) => Math.min(r.x1, r.x2)))).toBeGreaterThan(22 * 5);
    const rows = tableRows(layout);
    expect(rows.map((r) => r.objective)).toEqual(["To strengthen the oversight of field missions"]);
    expect(rows[0]!.measures).toEqual(["Number of reports issued", "Days to issue a report"]);
  });

  it("a word wider than its cell pushes the bars after it right; its row stays in the table", () => {
    const text = [
      "+-----------------+-------------+-------------------+",
      "| Objective       | Expected    | Performance       |",
      "|                 | accomplishments | measure           |",
      "+=================+=============+===================+",
      "| To strengthen   | Better      | Number of reports |",
      "| oversight       | recommendations | issued            |",
      "+-----------------+-------------+-------------------+",
    ].join("\n");
    const layout = boxLayout(text);
    expect(layout.pages[0]!.lines.some((l) => l.text.includes("+---"))).toBe(false);
    const line = layout.pages[0]!.lines.find((l) => l.text.includes("recommendations"))!;
    // "issued" moves back into its column (the bar before it stood four columns right).
    expect(line.segments.map((s) => [s.text, s.x / 5])).toEqual([
      ["oversight", 2],
      ["recommendations", 20],
      ["issued", 34],
    ]);
    expect(tableRows(layout)).toEqual([{ objective: "To strengthen oversight", accomplishments: ["Better recommendations"], measures: ["Number of reports issued"] }]);
  });

  it("a table with bars only (no +) and separators between its rows is a box table", () => {
    const text = [
      "|-----------------------|--------------------------|---------------------------|",
      "| Objective             | Expected accomplishment  | Performance measure       |",
      "|=======================|==========================|===========================|",
      "| To strengthen the     | * Better reports issued  | * Number of reports       |",
      "| oversight of field    |   on time                |   issued                  |",
      "| missions              | * Findings shared with   | * Days to issue a report  |",
      "|                       |   Member States          |                           |",
      "|-----------------------|--------------------------|---------------------------|",
      "| To speed up the       | * Faster recruitment     | * Average days to fill a  |",
      "| recruitment of staff  |                          |   post                    |",
      "|-----------------------|--------------------------|---------------------------|",
    ].join("\n");
    const layout = boxLayout(text);
    expect(layout.pages[0]!.rules.length).toBeGreaterThan(0);
    expect(tableRows(layout)).toEqual(BOX_ROWS);
  });

  it("a Markdown pipe table (one separator under its header, a line per row) is left to the Markdown reader", () => {
    const text = ["| Objective | Expected accomplishment | Performance measure |", "|---|---|---|", "| To speed up recruitment | Faster recruitment | Average days |", "| To cut costs | Lower costs | Cost per unit |"].join("\n");
    const layout = boxLayout(text);
    expect(layout.pages[0]!.rules).toEqual([]);
    expect(layout.pages[0]!.lines.map((l) => l.text)).toEqual(text.split("\n"));
  });

  it("a | in prose, and a dashed heading underline, are text", () => {
    const text = [
      "1.A. ACHIEVING PROGRAMME OBJECTIVES",
      "-----------------------------------",
      "",
      "Results are measured as output | outcome pairs, see the",
      "table below (a | b) and the annex.",
    ].join("\n");
    const layout = boxLayout(text);
    expect(layout.pages[0]!.rules).toEqual([]);
    expect(layout.pages[0]!.lines.map((l) => l.text)).toEqual(text.split("\n"));
  });

  it("a space-aligned table with a dashed header rule is no box table (the text path reads it as before)", () => {
    const text = [
      "Objective                 Expected accomplishment    Performance measure",
      "------------------------  -------------------------  ------------------------------",
      "To speed up recruitment   Faster recruitment         Average days to fill a post",
    ].join("\n");
    const layout = boxLayout(text);
    expect(layout.pages[0]!.rules).toEqual([]);
    expect(tableRows(layout)).toEqual(tableRows(textToLayout(text)));
  });

  it("an objective alone in the first column's cell (pandoc -t plain) keeps its last wrapped line, a name in capitals", async () => {
    // pandoc's grid table: no column spans, so the objective row is a first-column cell wrapped at
    // its bars; "Yemen" would have fitted on a line as wide as the table, not in the cell.
    const text = [
      "+----------------------------------+--------------------------------+-------------+",
      "| Expected result                  | Indicator of achievement       | Target      |",
      "+==================================+================================+=============+",
      "| Objective 1: To support an       |                                |             |",
      "| inclusive political process in   |                                |             |",
      "| Yemen                            |                                |             |",
      "+----------------------------------+--------------------------------+-------------+",
      "| -   Joint statements issued by   | -   Roads reopened under       | 5           |",
      "|     the contact group.           |     negotiated arrangements.   |             |",
      "+----------------------------------+--------------------------------+-------------+",
      "| Objective 2: To open roads in    |                                |             |",
      "| the governorates of Ta'izz and   |                                |             |",
      "| Aden                             |                                |             |",
      "+----------------------------------+--------------------------------+-------------+",
      "| -   Truce provisions observed.   | -   Truce violations           | 86%         |",
      "|                                  |     investigated.              |             |",
      "+----------------------------------+--------------------------------+-------------+",
    ].join("\n");
    const out = await extract(new TextEncoder().encode(["COMPACT", "", text, ""].join("\n")), { format: "text" });
    const rows = outputRows(out);
    expect(rows.map((r) => r.objective)).toEqual([
      "To support an inclusive political process in Yemen",
      "To open roads in the governorates of Ta'izz and Aden",
    ]);
    expect(rows.map((r) => r.measures)).toEqual([["Roads reopened under negotiated arrangements."], ["Truce violations investigated."]]);
  });
});

describe("typed PDF pages (one fixed-pitch font on a character grid)", () => {
  const PITCH = 5.4;
  /** Runs as the glyph reader gives a Courier 9 pt page: spaces inside a run, one pitch each. */
  const run = (col: number, line: number, text: string): GlyphRun => ({ text, x: 54 + col * PITCH, baseline: 60 + line * 10, width: text.trimEnd().length * PITCH, fontSize: 9, bold: false });
  const page = (extra: GlyphRun[]) => [...Array.from({ length: 24 }, (_, i) => run(0, i + 6, `Line ${i} of the typed prose.`)), ...extra];
  /** A space-aligned table's row as a plain-text file holds it: each cell padded with spaces to the next column. */
  const row = (line: number, a: string, b: string, c: string) => [run(0, line, a.padEnd(12) + b.padEnd(28)), run(40, line, c)];
  const table = [
    ...row(0, "To convene", "a) Due diligence", "* 96% of grant"),
    ...row(1, "business", "opinions", "recipients"),
    ...row(2, "", "b) Timely reports", "* 30 days"),
    ...row(3, "To speed up", "Faster hiring", "Average days"),
  ];

  it("have their runs cut at two spaces or more, each piece at its character column", () => {
    const runs = page(table);
    expect(typedPitch(runs)?.pitch).toBeCloseTo(PITCH);
    const cut = typedPageRuns(runs, typedPitch(runs)).filter((r) => r.baseline === 60);
    expect(cut.map((r) => [r.text, Math.round((r.x - 54) / PITCH), !!r.opensCell])).toEqual([
      ["To convene", 0, false],
      ["a) Due diligence", 12, true],
      ["* 96% of grant", 40, false],
    ]);
  });

  it("a page in a proportional font keeps its runs", () => {
    const runs = page(table).map((r, i) => ({ ...r, width: r.width * (1 + (i % 3) * 0.1) }));
    expect(typedPitch(runs)).toBeNull();
    expect(typedPageRuns(runs, typedPitch(runs))).toBe(runs);
  });

  it("a page in one fixed-pitch font is typed only with typed columns: a gutter of spaces many lines share, or a box border", () => {
    // A word processor's page in Courier New: its table's cells are runs at the cells' edges (on the
    // grid, but no spaces typed between them), two spaces after a full stop here and there.
    const word = page([
      run(0, 0, "Objective"), run(26, 0, "Expected accomplishment"),
      run(0, 1, "To strengthen the "), run(26, 1, "Better reports issued on"),
      run(0, 2, "missions.  Reports reach"), run(26, 2, "time.  Findings shared "),
      run(0, 3, "the Board on time."), run(26, 3, "with Member States."),
      run(0, 4, "Reports are due in May.  The Board meets in June.  Each"),
      run(0, 5, "head reports.  Targets are set with the Board.  The year"),
    ]);
    expect(typedPitch(word)).toBeNull();
    expect(typedPageRuns(word, typedPitch(word))).toBe(word);
    // Three lines sharing a gutter are not enough; four of six are (the table above).
    expect(typedPitch(page(table.slice(0, 6)))).toBeNull();
    expect(typedPitch(page(table))).not.toBeNull();
    // A box table's border drawn in characters.
    expect(typedPitch(page([run(0, 0, "+--------+-----------+"), run(0, 1, "| No.    | Objective |")]))).not.toBeNull();
  });

  it("a Word document set in Courier New (its table on the character grid) reads as any page: its double spaces cut nothing", async () => {
    // LibreOffice's print of test/fixtures/courier-word.rtf: Word's default table columns at 10 pt
    // (156 pt) are 26 pitches, so every run is on the grid; prose and cells hold ".  " twice over.
    const bytes = new Uint8Array(readFileSync(new URL("../fixtures/courier-word.pdf", import.meta.url)));
    const { layout } = await pdfToLayout(bytes, { options: {}, data: loadDomainData() } as never);
    expect(layout.pages[0]!.typed).toBeUndefined();
    const cells = (start: string) => layout.pages[0]!.lines.find((l) => l.segments[0]?.text.startsWith(start))!.segments.map((s) => s.text);
    expect(cells("oversight of field")).toEqual(["oversight of field", "time. Findings shared", "issued. Days to issue a"]);
    expect(cells("missions.")).toEqual(["missions. Reports reach", "with Member States.", "report."]);
    expect(cells("The Department reports")).toEqual(["The Department reports on each measure twice a year. Where a target is"]);
    const out = await extract(bytes);
    expect(outputRows(out)).toEqual([
      {
        objective: "To strengthen the oversight of field missions. Reports reach the Board on time.",
        accomplishments: ["Better reports issued on time. Findings shared with Member States."],
        measures: ["Number of reports issued. Days to issue a report."],
      },
      { objective: "To speed up the recruitment of staff.", accomplishments: ["Faster recruitment.", "Posts filled within 120 days."], measures: ["Average days to fill a post. Share of posts filled on time."] },
    ]);
  });

  it("an enscript print of a box table reads its rows", async () => {
    // BOX printed by GNU enscript (Courier 9 pt) and Ghostscript's ps2pdf, as test/corpus14's typed copies.
    const bytes = new Uint8Array(readFileSync(new URL("../fixtures/typed-box.enscript.pdf", import.meta.url)));
    // The page is judged typed once, by the PDF reader, and its grid kept on the page for the box-table reader.
    const { layout } = await pdfToLayout(bytes, { options: {}, data: loadDomainData() } as never);
    expect(layout.pages[0]!.typed?.pitch).toBeCloseTo(5.4);
    const out = await extract(bytes);
    expect(outputRows(out)).toEqual(BOX_ROWS);
  });
});
