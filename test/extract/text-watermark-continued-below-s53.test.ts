/**
 * Session 53 (h-wm53): a scrambled watermark band whose columns all go on right below it
 * (`continuedBelow`, `bottomAligned`, extract/text-watermark.ts). Where pdfmake's diagonal "DRAFT"
 * crosses a page, pdftotext prints the band's columns one after another, each column's lines in the
 * strip as one block. The re-stack sets the blocks on a common top, and `endsWithLastBlock` refuses it
 * when a block then ends lower than the last one. When the line right below the band holds text in
 * every block's column, every column's cell runs on under the strip: the blocks share their last grid
 * line instead, and the band is re-stacked from there — unless a list restarts on that line (a new row's
 * cells open there).
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extract } from "../../src/index.js";
import { textToLayout } from "../../src/extract/text.js";
import { removeTextWatermark, TABLE_SCRAMBLED_BAND } from "../../src/extract/text-watermark.js";

const C2 = " ".repeat(32);

/**
 * A page: the first row's objective runs one line longer than its measures, so in the stamp's strip the
 * Objective block opens two lines above the measure block; the second row's cells go on below the strip.
 */
function page(below: string): string {
  return [
    "                                                T",
    " Objective                      Performance measure",
    " To plan official travel        Budget implementation: 90%",
    " early enough to obtain         Tickets bought: 70%",
    "                      AF",
    " economy fares",
    "",
    " To track the disbursement",
    " of pledges made at the",
    `${C2}Posts filled: 60%`,
    `${C2}Vacancies filled: 50%`,
    below,
    "",
    "DR",
    "",
  ].join("\n");
}

/** The stamped two-page layout's first page once the stamp is removed, and the warnings' codes. */
function firstPage(below: string): { lines: string[]; codes: string[] } {
  const text = page(below);
  const { layout, warnings } = removeTextWatermark(textToLayout(`${text}\n\f${text}\n`));
  return { lines: layout.pages[0]!.lines.map((l) => l.text.trimEnd()), codes: warnings.map((w) => w.code) };
}

describe("a scrambled band whose columns all go on below it (layout text)", () => {
  it("sets the blocks on their common last line: the second row's cells side by side again", () => {
    const { lines, codes } = firstPage(" International Conference       Evaluations completed: 40%");
    expect(codes).toContain(TABLE_SCRAMBLED_BAND);
    const at = lines.findIndex((l) => l.startsWith(" To track the disbursement"));
    expect(lines[at]).toContain("Posts filled: 60%");
    expect(lines[at + 1]).toContain("of pledges made at the");
    expect(lines[at + 1]).toContain("Vacancies filled: 50%");
    expect(lines[at + 2]).toContain("International Conference");
    expect(lines.find((l) => l.startsWith(" economy fares"))?.trim()).toBe("economy fares");
  });

  it("leaves the band as printed when the line below goes on in the first column only", () => {
    const { lines } = firstPage(" International Conference");
    expect(lines.find((l) => l.startsWith(" To track the disbursement"))?.trim()).toBe("To track the disbursement");
  });

  it("leaves the band as printed when a list restarts on the line below (the next row's cells open there)", () => {
    const { lines } = firstPage(" International Conference       a) Evaluations completed: 40%");
    expect(lines.find((l) => l.startsWith(" To track the disbursement"))?.trim()).toBe("To track the disbursement");
  });

  it("reads val19n v19-025's Haiti objectives, whose band went on into the row below it", async () => {
    const name = "v19-025.pdfmake.txt";
    const out = await extract(new Uint8Array(readFileSync(new URL(`../corpus19/val19n/${name}`, import.meta.url))), { fileName: name });
    if (out.kind !== "compact") throw new Error(`read as ${out.kind}`);
    const truth = JSON.parse(readFileSync(new URL("../corpus19/val19n/v19-025.truth.json", import.meta.url), "utf8")) as { rows: Array<{ objective: string; measures: string[] }> };
    const want = truth.rows.find((r) => r.objective.startsWith("To support the Interim Haiti Recovery Commission"))!;
    expect(want.measures).toEqual(["Cholera treatment centres operating: 76.", "Reconstruction projects approved: 54."]);
    for (const r of truth.rows.slice(1, 4)) {
      const row = out.objectives.find((o) => o.objective === r.objective);
      expect(row?.measures.map((m) => m.text)).toEqual(r.measures);
    }
  });
});
