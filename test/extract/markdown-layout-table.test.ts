/**
 * A table of one row and no header row in Markdown is a Word layout table — most often the two
 * signature blocks set side by side in a borderless table, which pandoc writes as a grid table
 * (`pandoc -t markdown`) or a raw HTML table (`pandoc -t gfm`). Before, its cells were read as one
 * table-row line each cell's paragraphs run together ("____ Jane Doe Under-Secretary-General …
 * Date: …"): no signature block was found, the counterpart of a 2019 header-block compact (named
 * only under the signatures) was lost, and the block was read as one more challenge.
 * test/corpus7 tune7b gfm.md and pandoc.md: fields 141/168 → 168/168.
 */
import { describe, expect, it } from "vitest";
import { extract } from "../../src/index.js";
import { markdownTextToLayout } from "../../src/extract/markdown.js";
import { findSignatureBlocks } from "../../src/compact/signatures.js";

const lines = (md: string) =>
  markdownTextToLayout(md).pages[0]!.lines.filter((l) => l.kind !== "blank").map((l) => [l.kind, ...l.segments.map((s) => `${s.column ?? "-"}:${s.text}`)]);

/** As pandoc -t markdown writes the block: the typed rule split over two lines, a title wrapped in its cell. */
const GRID = `+-----------------------------------+-----------------------------------+
| \\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\       | \\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\       |
| _\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_ | _\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_ |
|                                   |                                   |
| Anders Kjeldsen                   | António Guterres                  |
|                                   |                                   |
| Under-Secretary-General for       | Secretary-General                 |
| Operational Support               |                                   |
|                                   | Date: 5 January 2019              |
| Date: 3 January 2019              |                                   |
+-----------------------------------+-----------------------------------+
`;

/** As pandoc -t gfm writes it. */
const HTML = `<table>
<colgroup>
<col style="width: 50%" />
<col style="width: 50%" />
</colgroup>
<tbody>
<tr class="odd">
<td><p>______________________________</p>
<p>Anders Kjeldsen</p>
<p>Under-Secretary-General for Operational Support</p>
<p>Date: 3 January 2019</p></td>
<td><p>______________________________</p>
<p>António Guterres</p>
<p>Secretary-General</p>
<p>Date: 5 January 2019</p></td>
</tr>
</tbody>
</table>
`;

const SIGNED = [
  { name: "Anders Kjeldsen", title: "Under-Secretary-General for Operational Support", date: "2019-01-03" },
  { name: "António Guterres", title: "Secretary-General", date: "2019-01-05" },
];

describe("a one-row table without a header row: its lines as printed", () => {
  it("grid table: each cell's paragraphs one under another, the cells side by side", () => {
    expect(lines(GRID)).toEqual([
      ["text", "0:_____________", "1:_____________"],
      ["text", "0:_________________", "1:_________________"],
      ["text", "0:Anders Kjeldsen", "1:António Guterres"],
      ["text", "0:Under-Secretary-General for Operational Support", "1:Secretary-General"],
      ["text", "0:Date: 3 January 2019", "1:Date: 5 January 2019"],
    ]);
  });

  it("HTML table: the same lines", () => {
    expect(lines(HTML)).toEqual([
      ["text", "0:______________________________", "1:______________________________"],
      ["text", "0:Anders Kjeldsen", "1:António Guterres"],
      ["text", "0:Under-Secretary-General for Operational Support", "1:Secretary-General"],
      ["text", "0:Date: 3 January 2019", "1:Date: 5 January 2019"],
    ]);
  });

  it("a cell with fewer paragraphs leaves its column empty below them (top-aligned, as printed)", () => {
    const md = `<table><tbody><tr><td><p>Jane Doe</p><p>Director</p><p>Office of Legal Affairs</p></td><td><p>Ban Ki-moon</p><p>Secretary-General</p></td></tr></tbody></table>\n`;
    expect(lines(md)).toEqual([
      ["text", "0:Jane Doe", "1:Ban Ki-moon"],
      ["text", "0:Director", "1:Secretary-General"],
      ["text", "0:Office of Legal Affairs"],
    ]);
  });

  it("a one-row table of one-paragraph cells, and a table with a header row, stay table rows", () => {
    expect(lines(`<table><tbody><tr><td>Objective</td><td>Measure</td></tr></tbody></table>\n`)).toEqual([["table-row", "0:Objective", "1:Measure"]]);
    const withHeader = `<table><thead><tr><th>Expected accomplishment</th><th>Measure</th></tr></thead><tbody><tr><td><p>A.</p><p>B.</p></td><td><p>C.</p></td></tr></tbody></table>\n`;
    expect(lines(withHeader).map((l) => l[0])).toEqual(["table-row", "table-row"]);
  });

  it("the signature blocks are read from it, the rule over two lines opening the block", () => {
    for (const md of [GRID, HTML]) {
      const all = markdownTextToLayout(`Last challenge.\n\n${md}`).pages[0]!.lines;
      const blocks = findSignatureBlocks(all);
      expect(blocks.map((b) => b.signatures)).toEqual([SIGNED]);
      // The block opens at its first rule line: the challenges end there.
      expect(all[blocks[0]!.at]!.text).toMatch(/^_+\t_+$/);
      expect(all.slice(0, blocks[0]!.at).filter((l) => /_{5}/.test(l.text))).toEqual([]);
    }
  });
});

describe("a header-block compact whose signatures stand in a layout table (pandoc)", () => {
  const doc = (table: string) => `**Anders Kjeldsen**

**Under-Secretary-General for Operational Support**

**2019**

I commit myself to delivering the mandates of the Department of Operational Support.

**A. ACHIEVING PROGRAMME OBJECTIVES**

| Objective | Expected accomplishment | Performance measure |
|---|---|---|
| To improve the timeliness of support to field missions. | Support delivered on time. | 90 per cent of requests met within 30 days. |

**C. CHALLENGES**

1.  Growing demand for services without matching resources.

2.  Volatile security conditions in several countries of operation.

${table}`;

  it("reads the counterpart from the signatures, two challenges, both signatures", async () => {
    for (const table of [GRID, HTML]) {
      const out = await extract(new TextEncoder().encode(doc(table)), { format: "markdown" });
      if (out.kind !== "compact") throw new Error(`kind ${out.kind}`);
      expect(out.signatures).toEqual(SIGNED);
      expect(out.counterpart).toEqual({ name: "António Guterres", title: "Secretary-General" });
      expect(out.challenges).toEqual(["Growing demand for services without matching resources.", "Volatile security conditions in several countries of operation."]);
    }
  });
});
