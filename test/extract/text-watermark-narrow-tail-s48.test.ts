/**
 * Session 48 (h-wm48): a scrambled watermark band whose strip opens on a line wider than the table's
 * first column (`narrowTail`, extract/text-watermark.ts). Where pdfmake's diagonal "DRAFT" crosses a
 * page, pdftotext prints the band's columns one after another (a staircase of column blocks). When the
 * strip opens above the table on a line running across the page (the sentence introducing the table, a
 * mission list's longest entry), that line reaches over the next column's left edge: the next column's
 * first line overlaps the first block, so no staircase was seen and the band stayed column by column.
 * The first block's closing lines, all ending left of the next column's first line, are the table's
 * first column; the wider line above is the page's.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extract } from "../../src/index.js";
import { textToLayout } from "../../src/extract/text.js";
import { removeTextWatermark, TABLE_SCRAMBLED_BAND } from "../../src/extract/text-watermark.js";

const M = " ".repeat(60);
/** One page: a sentence wider than the first column, then a two-column table whose top pdftotext printed column by column. */
const PAGE = [
  "                                                T",
  "The programme of work below is set out in the proposed programme budget for the biennium.",
  "                      AF",
  "Objectives",
  "To keep the Council informed of the",
  "situation in the region",
  `${M}Indicators of achievement`,
  `${M}Briefings to the Council: 5.`,
  `${M}Reports issued on time: 3.`,
  "To support the dialogue facilitated by the                  Dialogue sessions convened: 6.",
  "regional organization                                       Consultations held: 12.",
  "DR",
  "",
].join("\n");

/** The stamped two-page layout's first page, as the reader sees it once the stamp is removed, and the warnings. */
function firstPage(): { lines: string[]; codes: string[] } {
  const { layout, warnings } = removeTextWatermark(textToLayout(`${PAGE}\n\f${PAGE}\n`));
  return { lines: layout.pages[0]!.lines.map((l) => l.text), codes: warnings.map((w) => w.code) };
}

describe("a scrambled band that opens on a line wider than the table's first column (layout text)", () => {
  it("sees the staircase below the wide line and flags the band", () => {
    expect(firstPage().codes).toContain(TABLE_SCRAMBLED_BAND);
  });

  it("sets the header cells and the first row's cells side by side, the wide line left alone", () => {
    const { lines } = firstPage();
    expect(lines.find((l) => l.startsWith("Objectives"))).toContain("Indicators of achievement");
    expect(lines.find((l) => l.startsWith("To keep the Council"))).toContain("Briefings to the Council: 5.");
    expect(lines.find((l) => l.startsWith("situation in the region"))).toContain("Reports issued on time: 3.");
    expect(lines.find((l) => l.startsWith("The programme of work"))?.trim()).toBe("The programme of work below is set out in the proposed programme budget for the biennium.");
  });

  it("reads val19f v19-025's first-page rows with their measures", async () => {
    const name = "v19-025.pdfmake.txt";
    const out = await extract(new Uint8Array(readFileSync(new URL(`../corpus19/val19f/${name}`, import.meta.url))), { fileName: name });
    if (out.kind !== "compact") throw new Error(`read as ${out.kind}`);
    const row = out.objectives.find((o) => o.objective.startsWith("To promote private investment and job creation"));
    expect(row?.objective).toBe("To promote private investment and job creation in Haiti in the biennium");
    expect(out.objectives.some((o) => o.objective === "To strengthen the capacity of the Government of Haiti to manage aid")).toBe(true);
  });
});
