/**
 * pdftotext -layout text (session 31, h-txb; corpus14 d14-014 txt): the first row of a table set
 * on a grid of its own, its measures opening at characters 99–100 while the header's label and
 * the rows below open them at 112. `localAnchors` only moved an edge right, so the measures' runs
 * read as second runs of the accomplishment cell ("… submitted to the Confidentiality Committee
 * on time Outreach"). `blockShiftedLeftStart`: two lines near opening such a run at one place move
 * the column's local edge there. Fails without it.
 */
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { extract } from "../../src/index.js";

describe("a row's block set well left of the header's column edge", () => {
  it("opens the measures where its lines show them (corpus14 d14-014 txt)", async () => {
    const file = new URL("../corpus14/dev14/d14-014.txt", import.meta.url);
    const out = await extract(new Uint8Array(readFileSync(file)), { fileName: "d14-014.txt" });
    const row = (out.kind === "compact" ? out.objectives : []).find((o) => o.objective.startsWith("To obtain relevant information from States of residence and nationality across"));
    expect(row?.accomplishments).toEqual([
      "Confidentiality arrangements concluded with States",
      "Comprehensive reports submitted to the Committee on time",
      "Petitioners informed of the outcome with reasons",
    ]);
    expect(row?.measures.map((m) => m.text)).toEqual(["Cases completed during the year: 4", "Confidentiality arrangements in force: 16", "Outreach briefings for counsel and civil society: 4"]);
  });
});
