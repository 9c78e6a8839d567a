/**
 * Session 49 (h-wm49): a scrambled watermark band opening inside a row (`emptyWhileOthersOpened`,
 * extract/text-watermark.ts). Where pdfmake's diagonal "DRAFT" crosses a page, pdftotext prints the
 * band's columns one after another. When the line above the band holds some columns' cells and not
 * others', `startsInsideRow` refused the band: the empty columns' blocks may open the same row or the
 * next one. The cue: the going-on cells opened on the line above (nothing in their columns above it
 * but the header's other line), and the empty columns hold nothing on those lines — in a top-aligned
 * row their cells open on the row's top, so their band blocks are that row's and the common top sets
 * them right. Where an empty column held text on the going-on cells' lines, its cell ended in that row
 * and its block opens the next row: the band stays as pdftotext printed it.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extract } from "../../src/index.js";
import { textToLayout } from "../../src/extract/text.js";
import { removeTextWatermark, TABLE_SCRAMBLED_BAND } from "../../src/extract/text-watermark.js";

const C2 = " ".repeat(30);
const C3 = " ".repeat(58);

/** A page: the header, a row whose Objective cell pdftotext moved into the stamp's band, the next row read whole. */
function page(above: string[]): string {
  return [
    "                                                T",
    "Objective                     Outcome                     Key performance",
    `${C3}indicator`,
    ...above,
    "                      AF",
    "To strengthen the tracking",
    "system for recommendations",
    `${C2}the Chief Executives`,
    `${C2}Board.`,
    `${C3}report after its review`,
    `${C3}(target: 99 days).`,
    "To support the Inspectors     Peer review completed.      Reports issued: 12.",
    "in their evaluations",
    "DR",
    "",
  ].join("\n");
}

/** The stamped two-page layout's first page once the stamp is removed, and the warnings' codes. */
function firstPage(above: string[]): { lines: string[]; codes: string[] } {
  const text = page(above);
  const { layout, warnings } = removeTextWatermark(textToLayout(`${text}\n\f${text}\n`));
  return { lines: layout.pages[0]!.lines.map((l) => l.text), codes: warnings.map((w) => w.code) };
}

describe("a scrambled band opening inside a row whose empty columns had nothing yet (layout text)", () => {
  it("sets the empty column's block beside the cells that go on, on the common top", () => {
    const { lines, codes } = firstPage([`${C2}Consultations held with     Average time to issue a`]);
    expect(codes).toContain(TABLE_SCRAMBLED_BAND);
    const first = lines.find((l) => l.startsWith("To strengthen"));
    expect(first).toContain("the Chief Executives");
    expect(first).toContain("report after its review");
    expect(lines.find((l) => l.startsWith("system for recommendations"))).toContain("(target: 99 days).");
  });

  it("leaves the band as printed where the empty column held a cell's lines beside the going-on cells", () => {
    const { lines } = firstPage([
      `Earlier objective             Consultations held with     Average time to issue a`,
      `${C2}and partners`,
    ]);
    expect(lines.find((l) => l.startsWith("To strengthen"))?.trim()).toBe("To strengthen the tracking");
  });

  it("reads val19i v19-006's first row, whose objective pdftotext moved into the band", async () => {
    const name = "v19-006.pdfmake.txt";
    const out = await extract(new Uint8Array(readFileSync(new URL(`../corpus19/val19i/${name}`, import.meta.url))), { fileName: name });
    if (out.kind !== "compact") throw new Error(`read as ${out.kind}`);
    const truth = JSON.parse(readFileSync(new URL("../corpus19/val19i/v19-006.truth.json", import.meta.url), "utf8")) as { rows: Array<{ objective: string; accomplishments: string[]; measures: string[] }> };
    const want = truth.rows[0]!;
    expect(want.objective).toBe("To strengthen the web-based tracking system for recommendations");
    const row = out.objectives.find((o) => o.objective === want.objective);
    expect(row?.accomplishments).toEqual(want.accomplishments);
    expect(row?.measures.map((m) => m.text)).toEqual(want.measures);
  });
});
