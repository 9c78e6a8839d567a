/**
 * Session 50 (h-wm50): a line running across the table inside a scrambled watermark band
 * (`crossesFromFirstColumn`, `spanningRows`, extract/text-watermark.ts). Where pdfmake's diagonal
 * "DRAFT" crosses a page, pdftotext prints the band's columns one after another. An objective's row
 * spanning every column ("Objective 2: To close …") starts at the first column's edge and reaches into
 * the block being printed, so `oneColumn` refused the whole band. The cue: once a later column's block
 * has opened, a line starting in the first block's columns that reaches into the last block is no
 * column's line; it is taken out of the blocks, the band is re-stacked on the common top, and the line
 * is set back alone on its own row where pdftotext printed it among the block it crosses.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extract } from "../../src/index.js";
import { textToLayout } from "../../src/extract/text.js";
import { removeTextWatermark, TABLE_SCRAMBLED_BAND } from "../../src/extract/text-watermark.js";

const C2 = " ".repeat(30);
const C3 = " ".repeat(58);

/** A page: a managerial table whose second and third rows the stamp's band set column by column, an objective's spanning row among them. */
function page(spanning: string): string {
  return [
    "                                                T",
    "Expected accomplishment       Performance measure         Target",
    "Objective 1: To fill vacant posts within the timelines of the Organization",
    "a) Posts filled               Evaluations completed       90%",
    "                      AF",
    "b) Expenditure kept within",
    "   the allotment",
    `${C2}Budget implementation`,
    `${C2}Staff who completed the`,
    `${C2}harassment course`,
    spanning,
    `${C3}89%`,
    `${C3}At least 83%`,
    `${C3}≥ 66%`,
    "a) Gender balance reached     Budget implementation       98%",
    "DR",
    "",
  ].join("\n");
}

/** The stamped two-page layout's first page once the stamp is removed, and the warnings' codes. */
function firstPage(spanning: string): { lines: string[]; codes: string[] } {
  const text = page(spanning);
  const { layout, warnings } = removeTextWatermark(textToLayout(`${text}\n\f${text}\n`));
  return { lines: layout.pages[0]!.lines.map((l) => l.text.trimEnd()), codes: warnings.map((w) => w.code) };
}

describe("a line across the table inside a scrambled band (layout text)", () => {
  it("re-stacks the band's columns and sets the spanning objective alone below the rows above it", () => {
    const objective = "Objective 2: To close the audit recommendations addressed to the Office";
    const { lines, codes } = firstPage(objective);
    expect(codes).toContain(TABLE_SCRAMBLED_BAND);
    const first = lines.findIndex((l) => l.startsWith("b) Expenditure kept within"));
    expect(lines[first]).toContain("Budget implementation");
    expect(lines[first]).toContain("89%");
    expect(lines[first + 1]).toContain("Staff who completed the");
    expect(lines[first + 1]).toContain("At least 83%");
    expect(lines[first + 2]).toContain("harassment course");
    expect(lines[first + 2]).toContain("≥ 66%");
    expect(lines[first + 3]).toBe(objective);
  });

  it("leaves the band as printed where the crossing line starts in a later column (two cells glued, not a spanning row)", () => {
    const { lines } = firstPage(`${" ".repeat(40)}Audit recommendations closed within the year`);
    expect(lines.find((l) => l.startsWith("b) Expenditure"))?.trim()).toBe("b) Expenditure kept within");
  });

  it("reads val19o v19-008's second managerial objective, whose spanning line the stamp's band held", async () => {
    const name = "v19-008.pdfmake.txt";
    const out = await extract(new Uint8Array(readFileSync(new URL(`../corpus19/val19o/${name}`, import.meta.url))), { fileName: name });
    if (out.kind !== "compact") throw new Error(`read as ${out.kind}`);
    const truth = JSON.parse(readFileSync(new URL("../corpus19/val19o/v19-008.truth.json", import.meta.url), "utf8")) as { rows: Array<{ objective: string; baseline: string[]; target: string[] }> };
    const want = truth.rows.find((r) => r.objective === "To close the audit recommendations addressed to the Office")!;
    expect(want.baseline).toEqual(["91%", "157 days", "84%"]);
    const row = out.objectives.find((o) => o.objective === want.objective);
    expect(row?.measures.map((m) => m.baseline)).toEqual(want.baseline);
    expect(row?.measures.map((m) => m.target)).toEqual(want.target);
  });
});
