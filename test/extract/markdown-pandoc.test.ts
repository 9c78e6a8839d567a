/**
 * Markdown as pandoc writes it from Word (`pandoc -f docx -t markdown`): grid tables ("+---+"
 * borders; cells of several paragraphs or lists, spanning rows and columns) and multiline / simple
 * tables (space-aligned under dash groups). CommonMark knows neither: before, test/corpus7's Word
 * documents so converted read 0 of 326 rows (19 of 30 not even recognised as compacts).
 */
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { extract } from "../../src/index.js";
import { alignedGridRepair, markdownTextToLayout } from "../../src/extract/markdown.js";
import { sniffFormat } from "../../src/extract/decode.js";
import { repairText } from "../../src/vocab/text.js";
import { findSections } from "../../src/compact/sections.js";
import { readTables } from "../../src/tables/index.js";

const HERE = dirname(fileURLToPath(import.meta.url));
const rows = (md: string) =>
  markdownTextToLayout(md).pages[0]!.lines.filter((l) => l.kind === "table-row").map((l) => [l.line, ...l.segments.map((s) => `${s.column}:${s.text}`)]);

const GRID = `Intro.

+----------------+----------------+----------------+
| **Objective**  | **Expected\\    | **Performance  |
|                | result**       | measure**      |
+================+================+================+
| To improve the | -   Faster     | 1.  90% of     |
| quality of     |     reports.   |     reports on |
| forecasts      |                |     time.      |
|                | -   Better     |                |
|                |     data.      | 2.  12 notes.  |
|                +----------------+----------------+
|                | More trust.    | Survey score.  |
+----------------+----------------+----------------+
| **Objective: To support dialogue.**              |
+----------------+----------------+----------------+
`;

describe("pandoc grid tables", () => {
  it("give one table row per grid row: wrapped lines joined, items apart, spans as printed", () => {
    expect(rows(GRID)).toEqual([
      [4, "0:Objective", "1:Expected result", "2:Performance measure"],
      [7, "0:To improve the quality of forecasts", "1:• Faster reports. • Better data.", "2:• 90% of reports on time. • 12 notes."],
      [13, "1:More trust.", "2:Survey score."],
      [15, "0:Objective: To support dialogue."],
    ]);
  });

  it("keep their alignment when a repair changes a line's length (a soft hyphen removed)", () => {
    const md = "+----------+----------+\n| a        | b        |\n+==========+==========+\n| inter\u00ADgov| x        |\n+----------+----------+\n";
    expect(alignedGridRepair(md)).toBe("+----------+----------+\n| a        | b        |\n+==========+==========+\n| intergov | x        |\n+----------+----------+\n");
    expect(rows(md.replace("\u00AD", ""))).toEqual([]); // the bare removal breaks the table
    expect(rows(alignedGridRepair(md)).at(-1)).toEqual([4, "0:intergov", "1:x"]);
  });

  it("join a word split to fit its column whose tail lost a soft hyphen to the repair, and not two words that wrap", () => {
    // corpus7 h7-001: "e" / "nvir\u00ADonmental" filled its 13-wide cell; the repair pads it back a space short.
    const split = "+---------------+-----+\n| a             | b   |\n+===============+=====+\n| To reduce e   | x   |\n| nvir\u00ADonmental | y   |\n+---------------+-----+\n";
    expect(rows(repairText(alignedGridRepair(split))).at(-1)).toEqual([4, "0:To reduce environmental", "1:x y"]);
    const wrapped = "+---------------+-----+\n| a             | b   |\n+===============+=====+\n| To reduce     | x   |\n| travel\u00ADling   | y   |\n+---------------+-----+\n";
    expect(rows(repairText(alignedGridRepair(wrapped))).at(-1)).toEqual([4, "0:To reduce travelling", "1:x y"]);
  });

  it("make a document Markdown whatever its name", () => {
    expect(sniffFormat(new TextEncoder().encode(GRID)).format).toBe("markdown");
  });
});

describe("list items in pandoc table cells", () => {
  // Word's bulleted or numbered paragraphs in a cell are a Markdown list (grid: "-   Political …";
  // HTML: <ul><li>). Each item opens with a marker, as printed, also when it is alone in its cell:
  // one risk per sub-row under a spanning objective is one item each, not a paragraph going on in
  // the row below (as an unmarked line without a full stop does).
  const objectives = (md: string) => {
    const layout = markdownTextToLayout(md);
    return readTables(layout, findSections(layout)).objectives.map((o) => [o.objective, o.accomplishments, o.measures.map((m) => m.text), o.extra]);
  };
  const grid = `+--------------------+--------------------+--------------------+
| **Expected         | **Risks and        | **Performance      |
| accomplishment**   | mitigations**      | indicators**       |
+====================+====================+====================+
| **To promote the   |                    |                    |
| inclusion of       |                    |                    |
| persons with       |                    |                    |
| disabilities.**    |                    |                    |
+--------------------+--------------------+--------------------+
| -   Cooperation    | -   Political      | -   33 member      |
|     agreements     |     transitions    |     States         |
|     concluded      |     delay reforms; |     reporting      |
|                    |     engagement     |                    |
+--------------------+--------------------+--------------------+
| -   Budget         | -   Extrabudgetary | -   Paperless      |
|     statements     |     funding        |     trade in 58    |
|     disaggregated  |     uncertain;     |     countries      |
|     by sex         |     joint          |                    |
|                    |     proposals      |                    |
+--------------------+--------------------+--------------------+
`;
  const html = `<table>
<thead>
<tr class="header"><th>Expected accomplishment</th><th>Risks and mitigations</th><th>Performance indicators</th></tr>
</thead>
<tbody>
<tr><td colspan="3"><strong>To promote the inclusion of persons with disabilities.</strong></td></tr>
<tr><td><ul><li><p>Cooperation agreements concluded</p></li></ul></td><td><ul><li><p>Political transitions delay reforms; engagement</p></li></ul></td><td><ul><li><p>33 member States reporting</p></li></ul></td></tr>
<tr><td><ul><li><p>Budget statements disaggregated by sex</p></li></ul></td><td><ul><li><p>Extrabudgetary funding uncertain; joint proposals</p></li></ul></td><td><ul><li><p>Paperless trade in 58 countries</p></li></ul></td></tr>
</tbody>
</table>
`;
  const want = [
    [
      "To promote the inclusion of persons with disabilities.",
      ["Cooperation agreements concluded", "Budget statements disaggregated by sex"],
      ["33 member States reporting", "Paperless trade in 58 countries"],
      { risksAndMitigations: ["Political transitions delay reforms; engagement", "Extrabudgetary funding uncertain; joint proposals"] },
    ],
  ];

  it("grid: each item opens with a marker, one risk per sub-row stays one risk", () => {
    expect(rows(grid)[2]).toEqual([10, "0:• Cooperation agreements concluded", "1:• Political transitions delay reforms; engagement", "2:• 33 member States reporting"]);
    expect(objectives(grid)).toEqual(want);
  });

  it("HTML (pandoc -t gfm): the same", () => {
    expect(objectives(html)).toEqual(want);
  });
});

describe("words pandoc wraps apart in narrow grid cells", () => {
  // corpus7 t7c-010 / t7c-016 pandoc.md: a bold label's opener left alone on the cell's first line
  // ("**" / "OBJECTIVE**": Markdown opens no emphasis before a line break, the cell read
  // "** OBJECTIVE**" and the table had no Objective column); a compound broken at its hyphen, the
  // hyphen opening the next line and the tail filling the cell ("gender" / "-responsive").
  const grid = `+-------------+-------------+---------------------------+
| **          | **OUTCOME** | **KEY PERFORMANCE\\        |
| OBJECTIVE** |             | INDICATORS**              |
+=============+=============+===========================+
| To advance  | a)  Budget  | a)  5 per cent of         |
| gender      |     plans   |     oversight             |
| -responsive |     adopted |     recommendations       |
| budgeting.  |             |     implemented           |
+-------------+-------------+---------------------------+
`;
  it("holds a lone opener to its word, and a hyphen-led tail to its head", () => {
    expect(rows(grid)[0]).toEqual([2, "0:OBJECTIVE", "1:OUTCOME", "2:KEY PERFORMANCE INDICATORS"]);
    const layout = markdownTextToLayout(grid);
    expect(readTables(layout, findSections(layout)).objectives.map((o) => [o.objective, o.accomplishments])).toEqual([
      ["To advance gender-responsive budgeting.", ["Budget plans adopted"]],
    ]);
  });
  it("leaves an opener whose word does not follow on the next line as it is", () => {
    const apart = grid.replace("| OBJECTIVE** |", "|             |");
    expect(rows(apart)[0]?.[1]).toBe("0:**");
  });
});

describe("pandoc multiline and simple tables", () => {
  it("multiline: columns from the dash groups, rows apart at blank lines, a cut inside a word moved to its start", () => {
    const md = [
      "Before.",
      "",
      "  ------------------------------------------------",
      "  **Objectives**   **Measure**              **Target**",
      "  ---------------- ------------------------ ----------",
      "  To provide       Women in mediation       83%",
      "  assistance       support teams",
      "",
      "                   Appeal funding received  45%",
      "",
      "  To prevent       Joint missions with      23",
      "  escalation       organizations",
      "  ------------------------------------------------",
      "",
      "After.",
    ].join("\n");
    expect(rows(md)).toEqual([
      [4, "0:Objectives", "1:Measure", "2:Target"],
      [6, "0:To provide assistance", "1:Women in mediation support teams", "2:83%"],
      [9, "1:Appeal funding received", "2:45%"],
      [11, "0:To prevent escalation", "1:Joint missions with organizations", "2:23"],
    ]);
    // One character lost before a column (a soft hyphen pandoc counted): the word is not cut.
    expect(rows(md.replace("Joint missions", "oint missions").replace("  To prevent       ", "  To prevent      J"))[3]).toEqual([11, "0:To prevent escalation", "1:Joint missions with organizations", "2:23"]);
  });

  it("simple: one line per row under a header line", () => {
    const md = "Text.\n\nIndicator          Baseline   Target\n-----------------  ---------  ------\nForecast error     2.4        2.0\nPlans screened     13         23\n\nMore text.\n";
    expect(rows(md)).toEqual([
      [3, "0:Indicator", "1:Baseline", "2:Target"],
      [5, "0:Forecast error", "1:2.4", "2:2.0"],
      [6, "0:Plans screened", "1:13", "2:23"],
    ]);
  });

  it("a footnote call on a header label (a Word footnote on 'Target') is a note call, neither the literal '[^1]' nor part of the label", () => {
    const md = [
      "  ----------------------------------------------",
      "  **Indicator**            **Baseline**   **Target**[^1]",
      "  ------------------------ -------------- ----------------",
      "  Budget implementation    65%            73%",
      "",
      "  Women at P-5 and above   58%            82%",
      "  ----------------------------------------------",
      "",
      "[^1]: Targets refer to 31 December 2022.",
      "",
    ].join("\n");
    // The call is a superscript ending the cell: a note call, dropped from the cell as in a PDF
    // (session 19, h-c12a: markdown.ts withoutNoteCalls; tables/columns.ts noteCallSegments).
    expect(rows(md)[0]).toEqual([2, "0:Indicator", "1:Baseline", "2:Target"]);
    // Without a definition "[^2]" is not a footnote call (CommonMark text): it stays as written.
    expect(rows(md.replace("[^1]**", "[^2]**").replace("**Target**[^1]", "**Target**[^2]"))[0]).toEqual([2, "0:Indicator", "1:Baseline", "2:Target[^2]"]);
  });

  it("a dash line that is no table (a rule under a heading) leaves the text as it was", () => {
    const md = "Title\n-----\n\nSome text.\n";
    expect(rows(md)).toEqual([]);
    expect(markdownTextToLayout(md).text).toBe("Title\n\nSome text.");
  });
});

describe("a Word compact converted by pandoc (test/corpus7 d7-020)", () => {
  it("reads every row of the truth", { timeout: 600_000 }, async () => {
    const dir = join(HERE, "..", "corpus7", "dev7");
    const truth = JSON.parse(readFileSync(join(dir, "d7-020.truth.json"), "utf8")) as { rows: Array<{ objective: string; accomplishments: string[]; measures: string[] }> };
    const out = await extract(join(dir, "d7-020.pandoc.md"));
    expect(out.kind).toBe("compact");
    if (out.kind !== "compact") return;
    const fold = (s: string) => s.replace(/\s+/g, " ").trim().toLowerCase();
    expect(out.objectives.map((o) => [fold(o.objective), o.accomplishments.map(fold), o.measures.map((m) => fold(m.text))])).toEqual(
      truth.rows.map((t) => [fold(t.objective), t.accomplishments.map(fold), t.measures.map(fold)]),
    );
  });
});
