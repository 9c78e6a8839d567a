/**
 * HTML tables inside Markdown (`pandoc -f docx -t gfm`, and other GitHub-bound exporters, write a
 * table a pipe table cannot hold as a raw `<table>` block, with rowspan / colspan). Before, its
 * tags were dropped and its cells read as lines of text: test/corpus7's gfm.md rendering read 39
 * of 326 dev7 rows, 6 of 30 documents not even recognised as compacts.
 */
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { extract } from "../../src/index.js";
import { markdownTextToLayout } from "../../src/extract/markdown.js";
import { placeSpans } from "../../src/extract/html-table.js";
import { sniffFormat } from "../../src/extract/decode.js";
import { findSections } from "../../src/compact/sections.js";
import { readTables } from "../../src/tables/index.js";

const HERE = dirname(fileURLToPath(import.meta.url));
const rows = (md: string) =>
  markdownTextToLayout(md).pages[0]!.lines.filter((l) => l.kind === "table-row").map((l) => [l.line, ...l.segments.map((s) => `${s.column}:${s.text}${s.bold ? " (b)" : ""}`)]);
/** The lines of text (no table rows) of a Markdown source: [source line, text (bold)]. */
const captionLines = (md: string) =>
  markdownTextToLayout(md).pages[0]!.lines.filter((l) => l.kind === "text").map((l) => [l.line, l.segments.map((s) => `${s.text}${s.bold ? " (b)" : ""}`).join(" ")]);

const TABLE = `Intro.

<table>
<colgroup>
<col style="width: 50%" />
<col style="width: 50%" />
</colgroup>
<thead>
<tr class="header">
<th><strong>Expected<br />
accomplishment</strong></th>
<th>Performance<br />
measure</th>
<th>Target</th>
</tr>
</thead>
<tbody>
<tr class="odd">
<td colspan="3"><strong>Objective: To support
dialogue.</strong></td>
</tr>
<tr class="even">
<td rowspan="2"><ol type="a">
<li><p>Faster reports</p></li>
<li><p>Better data</p></li>
</ol></td>
<td>90% of reports<br />
on time<br />
Survey score &amp; trust</td>
<td>12</td>
</tr>
<tr class="odd">
<td><p>12 notes</p>
<p>issued in time</p></td>
<td>3<sup>a</sup></td>
</tr>
</tbody>
</table>

After.
`;

describe("HTML tables in Markdown", () => {
  it("give one table row per <tr>: header breaks as spaces, items apart, spans as printed", () => {
    expect(rows(TABLE)).toEqual([
      [9, "0:Expected accomplishment (b)", "1:Performance measure", "2:Target"],
      [18, "0:Objective: To support dialogue. (b)"],
      [22, "0:• Faster reports • Better data", "1:90% of reports on time • Survey score & trust", "2:12"],
      // The rowspan cell leaves column 0 empty; "issued in time" opens in lower case: it goes on.
      [32, "1:12 notes issued in time", "2:3"], // "3<sup>a</sup>": the raised call ending the cell is dropped (withoutNoteCalls)
    ]);
    const layout = markdownTextToLayout(TABLE);
    const texts = layout.pages[0]!.lines.map((l) => l.text);
    expect(texts).toContain("Intro.");
    expect(texts).toContain("After.");
    // No tag text and no cell text outside the rows.
    expect(texts.filter((t) => /colgroup|Faster/.test(t) && !t.includes("\t"))).toEqual([]);
    // The colspan row keeps its columns (empty ones after the text), as a grid table's does.
    expect(layout.pages[0]!.lines.find((l) => l.line === 18)!.text).toBe("Objective: To support dialogue.\t\t");
    const sup = layout.pages[0]!.lines.find((l) => l.line === 32)!.segments.at(-1)!;
    expect(sup.text).toBe("3"); // the <sup>a</sup> note call is no part of the value (withoutNoteCalls)
  });

  it("reads a table a blank line splits into several HTML blocks as one", () => {
    const split = "<table>\n<tr><td>A</td><td>B</td></tr>\n\n<tr><td>C</td><td>D</td></tr>\n</table>\n\nAfter.\n";
    expect(rows(split)).toEqual([
      [2, "0:A", "1:B"],
      [4, "0:C", "1:D"],
    ]);
    expect(markdownTextToLayout(split).pages[0]!.lines.filter((l) => l.kind !== "table-row" && l.text).map((l) => l.text)).toEqual(["After."]);
  });

  it("leaves an HTML block that is no table, and a table never closed, as text", () => {
    expect(rows("<div>\nA <b>b</b>\n</div>\n")).toEqual([]);
    const open = markdownTextToLayout("<table>\n<tr><td>A</td></tr>\n");
    expect(open.pages[0]!.lines.map((l) => l.text)).toEqual(["A"]);
  });

  it("read pandoc's HTML footnotes as a printed footnote: the number as a superscript mark, no tag text, no link back", () => {
    const md = [
      '<section class="footnotes footnotes-end-of-document"',
      'role="doc-endnotes">',
      "<hr />",
      "<ol>",
      '<li id="fn1" role="doc-endnote"><p>Baselines are those of 2020; targets',
      'refer to 31 December 2021.<a href="#fnref1" class="footnote-back"',
      'role="doc-backlink">↩︎</a></p></li>',
      "</ol>",
      "</section>",
      "",
    ].join("\n");
    const lines = markdownTextToLayout(md).pages[0]!.lines.filter((l) => l.text);
    expect(lines.map((l) => [l.line, l.text])).toEqual([
      [5, "1 Baselines are those of 2020; targets"],
      [6, "refer to 31 December 2021."],
    ]);
    expect(lines[0]!.segments[0]).toMatchObject({ text: "1", fontSize: 6 });
  });

  it("read test/corpus7 d7-015 by pandoc -t gfm: a table after the HTML footnotes keeps its objectives", async () => {
    const md = readFileSync(join(HERE, "..", "corpus7", "dev7", "d7-015.gfm.md"));
    const out = await extract(new Uint8Array(md), { fileName: "d7-015.gfm.md" });
    if (out.kind !== "compact") throw new Error(out.kind);
    expect(out.objectives.map((o) => o.objective)).toEqual(
      expect.arrayContaining(["To reinforce the links between humanitarian and development action.", "To promote humanitarian access through negotiation with all parties."]),
    );
  });

  it("places spans as a grid table does", () => {
    const cell = (text: string, colSpan = 1, rowSpan = 1) => ({ runs: [{ text, bold: false, sup: false }], colSpan, rowSpan });
    const text = (rows: ReturnType<typeof placeSpans>) => rows.map((r) => r.map((c) => c.map((x) => x.text).join("")));
    expect(text(placeSpans([[cell("a", 1, 3), cell("b", 2)], [cell("c"), cell("d")], [cell("e", 2)], [cell("f"), cell("g"), cell("h")]]))).toEqual([
      ["a", "b", ""],
      ["", "c", "d"],
      ["", "e", ""],
      ["f", "g", "h"],
    ]);
  });

  it("count as Markdown when sniffing (a Word compact by pandoc -t gfm has few other cues)", () => {
    const md = readFileSync(join(HERE, "..", "corpus7", "dev7", "d7-001.gfm.md"));
    expect(sniffFormat(new Uint8Array(md)).format).toBe("markdown");
    expect(sniffFormat(new TextEncoder().encode("Plain text with a <table> word, never closed.\n")).format).toBe("text");
  });

  it("read test/corpus7 d7-001 by pandoc -t gfm as the compact it is", async () => {
    const md = readFileSync(join(HERE, "..", "corpus7", "dev7", "d7-001.gfm.md"));
    const out = await extract(new Uint8Array(md), { fileName: "d7-001.gfm.md" });
    expect(out.classification.kind).toBe("compact");
    expect(out.kind).toBe("compact");
    if (out.kind !== "compact") return;
    expect(out.objectives.map((o) => o.objective)).toContain("To improve the quality of economic forecasts published by the Organization");
    const first = out.objectives.find((o) => o.objective.startsWith("To improve the quality"))!;
    expect(first.accomplishments).toEqual(["National statistical offices producing indicators to international standards"]);
    expect(first.measures.map((m) => m.text)).toEqual([
      "8 ministries of finance publishing gender budget statements",
      "Development plans of 22 countries addressing disability",
      "Infrastructure plans of 24 countries screened for climate risk by March 2008",
    ]);
  });
});

describe("pandoc tables whose header is a caption", () => {
  // A Word table with a merged title row: pandoc writes the title in the first column of the header
  // (or, in HTML, as one cell spanning the table) and the labels in the row below, whose breaks then
  // only wrap a label (not items). The title is a line of its own above the table, as printed: no
  // table row, which the table reader would take for a spanning objective row.
  const objectiveOf = (md: string) => {
    const layout = markdownTextToLayout(md);
    return readTables(layout, findSections(layout)).objectives.map((o) => [o.objective, o.accomplishments, o.measures.map((m) => m.text)]);
  };
  const HEADING = "**Objective 1: To help countries integrate climate risk into\ninfrastructure planning.**\n\n";

  it("pipe (pandoc -t gfm): the row below the header holds the labels", () => {
    const pipe = `${HEADING}| **Performance framework, 2012** |                           |
|---------------------------------|---------------------------|
| **EXPECTED<br>ACCOMPLISHMENTS** | **PERFORMANCE MEASURE**   |
| Budget implemented as planned.  | Women at P‑5 and above    |
`;
    expect(captionLines(pipe).at(-1)).toEqual([4, "Performance framework, 2012 (b)"]);
    expect(rows(pipe)).toEqual([
      [6, "0:EXPECTED ACCOMPLISHMENTS (b)", "1:PERFORMANCE MEASURE (b)"],
      [7, "0:Budget implemented as planned.", "1:Women at P‑5 and above"],
    ]);
    expect(objectiveOf(pipe)).toEqual([["To help countries integrate climate risk into infrastructure planning.", ["Budget implemented as planned."], ["Women at P‑5 and above"]]]);
  });

  it("HTML (pandoc -t gfm): a header cell spanning the table above the labels", () => {
    const html = `${HEADING}<table>
<thead>
<tr class="header">
<th colspan="2"><strong>Performance framework, 2016</strong></th>
</tr>
<tr class="odd">
<th><strong>Expected<br />
result</strong></th>
<th><strong>Performance<br />
measures</strong></th>
</tr>
</thead>
<tbody>
<tr class="odd">
<td>• Joint frameworks implemented.</td>
<td><ul>
<li><p>Mission start-up support provided within 59 weeks.</p></li>
</ul></td>
</tr>
</tbody>
</table>
`;
    expect(captionLines(html).at(-1)).toEqual([6, "Performance framework, 2016 (b)"]);
    expect(rows(html)[0]).toEqual([9, "0:Expected result (b)", "1:Performance measures (b)"]);
    expect(objectiveOf(html)).toEqual([["To help countries integrate climate risk into infrastructure planning.", ["Joint frameworks implemented."], ["Mission start-up support provided within 59 weeks."]]]);
  });

  it("grid under an objective heading: the heading is the objective, not the caption", () => {
    const grid = `${HEADING}+--------------------+---------------------------+
| **Performance      |                           |
| framework, 2009**  |                           |
+====================+===========================+
| **Outcome**        | **Key performance\\        |
|                    | indicators**              |
+--------------------+---------------------------+
| • National offices | (i) Paperless trade       |
| producing data.    |     measures adopted.     |
+--------------------+---------------------------+
`;
    expect(objectiveOf(grid)).toEqual([["To help countries integrate climate risk into infrastructure planning.", ["National offices producing data."], ["Paperless trade measures adopted."]]]);
  });

  it("grid: the first body row holds the labels", () => {
    const grid = `+---------------+---------------+
| **Performance |               |
| framework**   |               |
+===============+===============+
| **Expected\\   | **Key\\        |
| Results**     | Indicators**  |
+---------------+---------------+
| To spend      | -   Air       |
|               | -   Travel    |
+---------------+---------------+
`;
    expect(captionLines(grid)).toEqual([[2, "Performance framework (b)"]]);
    expect(rows(grid)).toEqual([
      [5, "0:Expected Results (b)", "1:Key Indicators (b)"],
      [8, "0:To spend", "1:• Air • Travel"],
    ]);
  });

  it("multiline: the row under the header holds the labels", () => {
    const spaced = `  -----------------------------------------------
  **Performance framework**
  ---------------------------- ------------------
  **KEY\\                       **TARGET\\
  INDICATORS**                 (2009)**

  Forecasts\\                  12\\
  Notes                        14

  -----------------------------------------------
`;
    expect(captionLines(spaced)).toEqual([[2, "Performance framework (b)"]]);
    expect(rows(spaced)).toEqual([
      [4, "0:KEY INDICATORS (b)", "1:TARGET (2009) (b)"],
      [7, "0:Forecasts • Notes", "1:12 • 14"],
    ]);
  });
});

describe("Word numbering in pandoc table cells", () => {
  // CommonMark numbers lists by digits only: pandoc's letter lists ("a)", "b)") reach a cell as
  // paragraphs, and a column too narrow for "a)  Greenhouse" splits the marker from its parenthesis.
  const grid = `+---------------+---------------+
| **Objective** | **Result**    |
+===============+===============+
| To spend the  | a             |
| budget        | )  Greenhouse |
|               |     gas       |
|               |     reduced.  |
|               |               |
|               | b)  Capital   |
|               |     projects  |
|               |     within    |
|               |               |
|               |    resources. |
|               |               |
|               | ii. Plans     |
+---------------+---------------+
`;
  it("keeps lettered items apart and joins a split marker, while a lower-case line goes on", () => {
    expect(rows(grid)).toEqual([
      [2, "0:Objective (b)", "1:Result (b)"],
      [4, "0:To spend the budget", "1:a)  Greenhouse gas reduced. • b)  Capital projects within resources. • ii. Plans"],
    ]);
  });
});

describe("words pandoc split to fit a grid column", () => {
  // "Extrabudgetary" (14) in a 13-character cell: pandoc puts its last 13 characters on a line of
  // their own, edge to edge, and leaves "E" above.
  const grid = `+---------------+---------------+
| **Risks**     | **Result**    |
+===============+===============+
| E             | Liquidity     |
| xtrabudgetary | commendations |
| funding       | shortfall     |
+---------------+---------------+
`;
  it("joins the two parts again, and leaves an English word that fills its cell alone", () => {
    expect(rows(grid)).toEqual([
      [2, "0:Risks (b)", "1:Result (b)"],
      [4, "0:Extrabudgetary funding", "1:Liquidity commendations shortfall"],
    ]);
    // Offsets and lengths of the source are kept: no joiner is left in the text.
    expect(markdownTextToLayout(grid).text).not.toMatch(/\u2060/);
  });
});

describe("words pandoc split to fit a grid column: upper case and English tails", () => {
  const grid = `+---------------+---------------+
| **EXPECTED\\   | **RISKS**     |
| ACC           |               |
| OMPLISHMENT** |               |
+===============+===============+
| Oversight     | Late          |
| re            | recruitment;  |
| commendations | planning      |
+---------------+---------------+
`;
  it("joins an upper-case tail under an upper-case head, and an English tail when the whole is a word", () => {
    expect(rows(grid)).toEqual([
      [2, "0:EXPECTED ACCOMPLISHMENT (b)", "1:RISKS (b)"],
      [6, "0:Oversight recommendations", "1:Late recruitment; planning"],
    ]);
  });

  it("joins a hyphenated tail ('gend' / 'er-responsive'), and leaves a compound of English words that fills its cell alone", () => {
    const hyphenated = `+---------------+---------------+
| **OBJECTIVE** | **RISKS**     |
+===============+===============+
| To advance    | Loss of the   |
| gend          | self-reliance |
| er-responsive | of States.    |
| budgeting.    |               |
+---------------+---------------+
`;
    expect(rows(hyphenated)).toEqual([
      [2, "0:OBJECTIVE (b)", "1:RISKS (b)"],
      [4, "0:To advance gender-responsive budgeting.", "1:Loss of the self-reliance of States."],
    ]);
  });
});


describe("words pandoc moved out of a list item's indentation", () => {
  // "consumption" and "Headquarters" do not fit the 9 columns after "c)  ": pandoc sets each flush
  // with the cell's right edge after a blank line, where it reads as a new paragraph.
  const grid = `+---------------+---------------+
| **Result**    | **Measure**   |
+===============+===============+
| c)  Energy    | -   Plans     |
|               |               |
|   consumption | -   Notes     |
|     at        |               |
|               |               |
|  Headquarters |               |
|     reduced.  |               |
+---------------+---------------+
`;
  it("joins them to the item they belong to, whatever their case", () => {
    expect(rows(grid)).toEqual([
      [2, "0:Result (b)", "1:Measure (b)"],
      [4, "0:c)  Energy consumption at Headquarters reduced.", "1:• Plans • Notes"],
    ]);
  });
});

describe("an `o` bullet opening a paragraph of a raw-HTML cell (session 24, corpus16 md)", () => {
  // Word's second-level bullet typed as the letter: "<p>o Youth …</p><p>o Extradition …</p>". Each
  // paragraph is an item; a paragraph opening with another lower-case word still goes on.
  const md = `<table>
<thead><tr><th>Objective</th><th>Performance measure</th></tr></thead>
<tbody>
<tr><td>To promote confidence</td><td><p>o Youth organizations engaged: 25</p>
<p>o Extradition requests processed: 25</p>
<p>of which 3 urgent</p></td></tr>
</tbody>
</table>
`;
  it("keeps the `o` items apart and joins the lower-case paragraph", () => {
    expect(rows(md)[1]).toEqual([4, "0:To promote confidence", "1:o Youth organizations engaged: 25 • o Extradition requests processed: 25 of which 3 urgent"]);
  });
});
