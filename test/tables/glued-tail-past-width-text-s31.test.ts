/**
 * pdftotext -layout text of a Chromium print (session 31, h-chr): a cell's line glued by one space
 * to the next cell, whose words pdftotext printed a few characters left of where that column opens
 * on the lines around. "▪ Late submission of inputs by UNSMIL by March 2012." (corpus4 f1-013
 * chromium.txt): "UNSMIL" carries the risk's line five characters past the widest line of the Risks
 * column that ends before a real gap, and opens two characters left of the measure's "Support" on
 * the line above, so it is the measure's (`tailPastCellWidth`, tables/gluedTail). Fails without the
 * change: "UNSMIL" is read into the risk and lost from the measure.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extract } from "../../src/index.js";

const file = new URL("../corpus4/fresh4/f1-013.chromium.txt", import.meta.url);

describe("a glued cell's words past its column's widest clean line", () => {
  it("open the next cell where that cell opens on the line above", async () => {
    const out = await extract(new Uint8Array(readFileSync(file)), { fileName: "f1-013.chromium.txt" });
    if (out.kind !== "compact") throw new Error(`read as ${out.kind}`);
    const row = out.objectives.find((r) => r.objective.startsWith("To consolidate the management of extrabudgetary"));
    expect(row?.measures.map((m) => m.text)).toEqual(["Proportion of staff members completing mandatory training increased to 71 per cent by the end of 2012.", "Support plans agreed with UNPOS and UNSMIL by March 2012."]);
    expect(row?.extra?.["risksAndMitigations"]).toEqual([
      "Competing priorities of partner entities; mitigated by a diversified donor base and pooled funding.",
      "Late submission of inputs by contributing offices; mitigated by a diversified donor base and pooled funding.",
    ]);
  });
});
