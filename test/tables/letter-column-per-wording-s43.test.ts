/**
 * Markdown tables of the same columns printed one after the other, each under its own heading
 * wording (session 43, lead; corpus11's Markdown rendering). `letterColumnsPerWording`
 * (src/tables/index.ts): a column whose every cell under one header wording opens with "A." (Word's
 * "A." list numbering restarted in each cell, `cellsOpenWithLetterA`) has letter markers, even when
 * the cells under the other wording open with "■". Before, the test ran over the whole merged table
 * and "A." stayed in the measures' text ("A. 87 institutions accredited with A status"). The first
 * expectation fails without the rule.
 */
import { describe, expect, it } from "vitest";
import { join } from "node:path";
import { extract } from "../../src/index.js";
import { documentRows } from "../support/table-rows.js";

const TWO_TABLES = [
  "# Senior Manager's Compact 2017",
  "",
  "## A. Programme objectives",
  "",
  "| Objectives | Expected Results | Indicators of Achievement |",
  "|---|---|---|",
  "| To protect civic space and human rights defenders at risk | ✓ Monitoring reports issued on schedule | ■ 66% of treaty body reports reviewed within two years<br>■ 27 national action plans adopted after the review |",
  "| To strengthen national human rights institutions | ✓ Human rights components staffed and deployed in missions | ■ 94 institutions accredited with A status |",
  "",
  "| Objectives | Outcomes | Performance Measures |",
  "|---|---|---|",
  "| To mainstream the right to development across the system | ► Recommendations reflected in national action plans | A. 87 institutions accredited with A status |",
  "| To improve the follow-up given to recommendations of the review | ► National human rights institutions accredited | A. 40 public reports issued by field presences |",
  "",
].join("\n");

describe("a letter-numbered column under one header wording of tables read as one (letterColumnsPerWording)", () => {
  it("strips 'A.' from the cells under its own wording, not from the other table's", async () => {
    const out = await extract(new TextEncoder().encode(TWO_TABLES), { fileName: "two-tables.md" });
    if (out.kind !== "compact") throw new Error(`read as ${out.kind}`);
    expect(out.objectives.map((o) => o.measures.map((m) => m.text))).toEqual([
      ["66% of treaty body reports reviewed within two years", "27 national action plans adopted after the review"],
      ["94 institutions accredited with A status"],
      ["87 institutions accredited with A status"],
      ["40 public reports issued by field presences"],
    ]);
  });

  it("keeps a lone 'A.' cell under its wording as text (one cell shows no numbering)", async () => {
    const one = TWO_TABLES.replace(/\n\| To improve[^\n]*\n/, "\n");
    const out = await extract(new TextEncoder().encode(one), { fileName: "one.md" });
    if (out.kind !== "compact") throw new Error(`read as ${out.kind}`);
    expect(out.objectives.at(-1)?.measures.map((m) => m.text)).toEqual(["A. 87 institutions accredited with A status"]);
  });

  it("reads corpus11 v11f-011's Markdown as committed", async () => {
    const rows = await documentRows(join(__dirname, "..", "corpus11", "val11f", "v11f-011.md"));
    expect(rows.find((r) => r.objective.startsWith("To mainstream the right to development"))?.measures).toEqual(["87 institutions accredited with A status"]);
  });
});
