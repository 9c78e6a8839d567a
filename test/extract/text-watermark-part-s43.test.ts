/**
 * Session 43 (h-pm43): a diagonal stamp read whole on one page and in part on another is a stamp
 * (`wholeWords`, extract/text-watermark.ts). pdfmake's "DRAFT" spans the page; where a page's text
 * stops early or a letter falls beside a body line, only part of the word stands alone. Until now the
 * whole word had to be read on two pages, so a two-page stamp with one page cut kept its letters as
 * cells (val19c v19-017: "DRAFT" on page 1, "RAFT" on page 2, page 3 cut short by pdfmake).
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extract } from "../../src/index.js";
import { textToLayout } from "../../src/extract/text.js";
import { watermarkLines } from "../../src/extract/text-watermark.js";

/** A body of table lines with `marks` (pieces alone on their lines) put after given lines. */
function page(marks: Record<number, string>): string {
  const body = [
    "OBJECTIVE                EXPECTED ACCOMPLISHMENT",
    "To support the           a) Consultations held with",
    "Inspectors in their         the Chief Executives Board",
    "work                     b) Reports and notes issued",
    "To close audit           a) Audit recommendations",
    "recommendations             closed on time",
    "To keep the records      a) Records kept up to date",
  ];
  return body.flatMap((line, i) => (marks[i] !== undefined ? [line, marks[i]] : [line])).join("\n");
}

describe("a stamp read whole on one page and in part on another (layout text)", () => {
  it("drops the letters of both pages", () => {
    const text = `${page({ 1: "   FT", 3: " RA", 5: "D" })}\n\f${page({ 1: "   FT", 4: "  A" })}\n`;
    const marks = watermarkLines(textToLayout(text));
    expect(marks.map((m) => [m.page, m.word, m.lines.length])).toEqual([
      [1, "DRAFT", 3],
      [2, "AFT", 2],
    ]);
  });

  it("keeps a word read on one page with no part of it on another (a header wrapped letter by letter)", () => {
    expect(watermarkLines(textToLayout(`${page({ 1: "   FT", 3: " RA", 5: "D" })}\n\f${page({})}\n`))).toEqual([]);
    expect(watermarkLines(textToLayout(`${page({ 1: "   FT", 3: " RA", 5: "D" })}\n\f${page({ 1: "XQ", 4: "  ZW" })}\n`))).toEqual([]);
  });

  it("keeps the stamp's letters out of pdfmake's cells (val19c v19-017)", async () => {
    const name = "v19-017.pdfmake.txt";
    const out = await extract(new Uint8Array(readFileSync(new URL(`../corpus19/val19c/${name}`, import.meta.url))), { fileName: name });
    if (out.kind !== "compact") throw new Error(`read as ${out.kind}`);
    const mobilize = out.objectives.find((o) => o.objective.startsWith("To mobilize international support"));
    expect(mobilize?.accomplishments).toEqual(["Donor assistance aligned with national priorities."]);
    const items = out.objectives.flatMap((o) => [...o.accomplishments, ...o.measures.map((m) => m.text)]);
    expect(items).not.toContain("F");
    expect(items).not.toContain("R");
  });
});
