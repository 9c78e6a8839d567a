/**
 * A PDF's diagonal watermark in its `pdftotext -layout` text (session 29, h-txt19): pdftotext
 * prints the stamp's letters as short pieces on lines of their own, down the page at moving
 * columns. corpus19's pdfmake drafts carry "DRAFT" on every page; its pieces split table rows.
 * Real content that looks alike (lone letters, markers, bullets, a header wrapped letter by letter)
 * must stay.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extractDoc } from "../../src/index.js";
import { textToLayout } from "../../src/extract/text.js";
import { TABLE_SCRAMBLED_BAND, TEXT_WATERMARK_REMOVED, removeTextWatermark, watermarkLines } from "../../src/extract/text-watermark.js";

const bytes = (text: string) => new TextEncoder().encode(text);
const lineTexts = (text: string) => removeTextWatermark(textToLayout(text)).layout.pages.flatMap((p) => p.lines.map((l) => l.text));

/**
 * One page of a list-like body: `a)` markers, `o` bullets, capitals in a column and alone on their
 * lines, with `marks` put after given lines.
 */
function page(marks: Record<number, string>): string {
  const body = [
    "OBJECTIVE                EXPECTED ACCOMPLISHMENT",
    "To support the           a) Consultations held with",
    "Inspectors in their         the Chief Executives Board",
    "work                     b) Reports and notes issued",
    "                         o  Peer review completed",
    "                         o  Tracking system used",
    "A                        c) Recommendations accepted",
    "B                        d) Projects completed",
    "To close audit           a) Audit recommendations",
    "recommendations             closed on time",
    "                         o",
    "E",
  ];
  return body.flatMap((line, i) => (marks[i] !== undefined ? [line, marks[i]] : [line])).join("\n");
}
/** "DRAFT" rising from the lower left, cut as pdftotext cuts it: `D`, ` RA`, `   FT` up the page. */
const draft = { 1: "   FT", 4: " RA", 8: "D" };

describe("a diagonal watermark in layout text", () => {
  it("drops the stamp's pieces on every page and warns once for the document", () => {
    const text = `${page(draft)}\n\f${page(draft)}\n`;
    const marks = watermarkLines(textToLayout(text));
    expect(marks.map((m) => [m.page, m.word, m.lines.length])).toEqual([
      [1, "DRAFT", 3],
      [2, "DRAFT", 3],
    ]);
    const { layout, warnings } = removeTextWatermark(textToLayout(text));
    expect(warnings.map((w) => [w.code, w.page, w.line])).toEqual([[TEXT_WATERMARK_REMOVED, 1, 3]]);
    const lines = layout.pages.flatMap((p) => p.lines.map((l) => l.text.trim()));
    expect(lines).not.toContain("RA");
    expect(lines.filter((l) => /^[ABE]\b/.test(l)).map((l) => l.charAt(0))).toEqual(["A", "B", "E", "A", "B", "E"]);
    expect(lines.filter((l) => l === "o")).toEqual(["o", "o"]);
    // The lines below a piece move up: the rows it split meet again.
    const first = layout.pages[0]!.lines;
    expect(first.map((l) => l.y)).toEqual(first.map((_, i) => i * 12));
    expect(layout.pages[0]!.removed.map((r) => [r.text, r.reason])).toEqual([
      ["FT", "watermark"],
      ["RA", "watermark"],
      ["D", "watermark"],
    ]);
  });

  it("keeps lone letters, markers and bullets of a text without a stamp", () => {
    const text = `${page({})}\n\f${page({})}\n`;
    expect(watermarkLines(textToLayout(text))).toEqual([]);
    expect(lineTexts(text)).toEqual(text.split("\n").map((l) => l.replace(/^\f/, "")));
  });

  it("keeps pieces that spell a word on one page only (a header wrapped letter by letter)", () => {
    expect(watermarkLines(textToLayout(`${page(draft)}\n\f${page({})}\n`))).toEqual([]);
    // corpus8: "BASELINE" wrapped in a narrow header cell, "BAS" … "E" alone on their lines.
    const wrapped = readFileSync(new URL("../corpus8/dev8d/d8d-015.txt", import.meta.url), "utf8");
    expect(watermarkLines(textToLayout(wrapped))).toEqual([]);
  });

  it("keeps pieces whose columns do not move one way down the page", () => {
    expect(watermarkLines(textToLayout(`${page({ 1: "  FT", 4: "   RA", 8: "D" })}\n\f${page({ 1: "  FT", 4: "   RA", 8: "D" })}\n`))).toEqual([]);
  });

  it("gives corpus19's pdfmake draft its rows back (d19-001)", async () => {
    const file = new URL("../corpus19/dev19/d19-001.pdfmake.txt", import.meta.url);
    const doc = await extractDoc(bytes(readFileSync(file, "utf8")));
    expect(doc.warnings.filter((w) => w.code === TEXT_WATERMARK_REMOVED).map((w) => w.message)).toEqual([
      '9 line(s) across 3 page(s) held only the letters of a word set along a diagonal ("DRAFT" on page 1), as a watermark\'s text is printed, and were left out',
    ]);
    const second = doc.compact?.objectives[1];
    expect(second?.objective).toBe("To deliver the programme of work approved by the Unit on schedule, in cooperation with the partners concerned");
    expect(second?.accomplishments).toEqual(["Web-based tracking system used by all participating organizations", "Peer review of the Unit completed"]);
  });

  // Session 33 (h-v19, corpus19 val19): pdftotext also sets a piece on a body line's row, and a page's edge cuts the diagonal.
  it("drops a stamp piece glued onto a body line, and the part of the stamp a cut page shows, once the word is stamped on two pages", () => {
    const glued = page({ 1: "   FT", 3: " RA", 4: "D                        e) Stamped line" });
    const cut = page({ 1: "   FT", 4: "  A" });
    const text = `${page(draft)}\n\f${page(draft)}\n\f${glued}\n\f${cut}\n`;
    const marks = watermarkLines(textToLayout(text));
    expect(marks.map((m) => [m.page, m.word, m.lines.length, m.glued?.length ?? 0])).toEqual([
      [1, "DRAFT", 3, 0],
      [2, "DRAFT", 3, 0],
      [3, "DRAFT", 2, 1],
      [4, "AFT", 2, 0],
    ]);
    const { layout, warnings } = removeTextWatermark(textToLayout(text));
    expect(warnings[0]!.message).toMatch(/1 piece\(s\) glued onto body lines/);
    const third = layout.pages[2]!.lines;
    const stamped = third.find((l) => l.text.includes("Stamped line"))!;
    expect(stamped.segments.map((s) => s.text)).toEqual(["e) Stamped line"]);
    expect(stamped.text.trimStart().startsWith("e)")).toBe(true);
    expect(layout.text.slice(stamped.start, stamped.end)).toBe(stamped.text);
    expect(layout.pages[3]!.lines.map((l) => l.text.trim())).not.toContain("A");
  });

  it("keeps short capital ends of a repeated wrapped header that spell a word from glued pieces only", () => {
    const header = ["ACCOMPLISHMENT                 RISKS", "S                              AND", "   MEASURE      MITIGATIONS"].join("\n");
    const text = [1, 2, 3].map(() => `${header}\n${page({})}`).join("\n\f") + "\n";
    const head = ["ACCOMPLISHMENT                 RISKS", "AND  S", "   MEASURE      MITIGATIONS"].join("\n");
    const flipped = [1, 2, 3].map(() => `${head}\n${page({})}`).join("\n\f") + "\n";
    expect(watermarkLines(textToLayout(text))).toEqual([]);
    expect(watermarkLines(textToLayout(flipped))).toEqual([]);
  });

  // Session 34 (h-v19): inside the stamp's band pdftotext sorts the text by column, so a table's
  // columns come one after another (a staircase of one-column blocks); the rows read there are flagged.
  it("warns TABLE_SCRAMBLED_BAND where the stamp's band holds one column's lines, then the next column's", () => {
    const scrambled = [
      "OBJECTIVE                MEASURE",
      "To support the           Reports issued",
      "   FT",
      "To keep the Council",
      "informed",
      "",
      "To close audit",
      "recommendations",
      "                         Sessions held.",
      "                         Briefings given.",
      "                         Reports issued.",
      " RA",
      "",
      "",
      "To fill posts            Posts filled",
      "D",
    ].join("\n");
    const text = `${scrambled}\n\f${page(draft)}\n`;
    const { warnings } = removeTextWatermark(textToLayout(text));
    const bands = warnings.filter((w) => w.code === TABLE_SCRAMBLED_BAND);
    expect(bands.map((w) => [w.page, w.line, w.box?.lines])).toEqual([[1, 4, [4, 11]]]);
    expect(bands[0]!.message).toMatch(/2 columns/);
    // The band's box is on the grid once the pieces are gone (line 4 moved up one row, y 36 → 24) and
    // its two blocks stand side by side again: five grid lines where pdftotext printed eight.
    expect([bands[0]!.box!.y0, bands[0]!.box!.y1]).toEqual([24, 24 + 5 * 12]);
  });

  it("reads no scrambled band where the stamp's band holds rows side by side (d19-001), and marks a table read from one partial (v19-020)", async () => {
    const read = async (path: string) => extractDoc(bytes(readFileSync(new URL(path, import.meta.url), "utf8")));
    const clean = await read("../corpus19/dev19/d19-001.pdfmake.txt");
    expect(clean.warnings.filter((w) => w.code === TABLE_SCRAMBLED_BAND)).toEqual([]);
    expect(clean.status).toBe("success");
    const doc = await read("../corpus19/val19/v19-020.pdfmake.txt");
    expect(doc.warnings.filter((w) => w.code === TABLE_SCRAMBLED_BAND).map((w) => [w.page, w.box?.lines])).toEqual([
      [1, [23, 38]],
      [2, [90, 119]],
    ]);
    expect(doc.status).toBe("partial");
  });

  // Session 38 (h-wm19): the band's blocks are set side by side again from the band's first line,
  // each block's own line steps kept (restackBand).
  it("sets a scrambled band's column blocks side by side from the band's top, each block's steps kept", () => {
    const scrambled = [
      "OBJECTIVE                MEASURE",
      "To support the           Reports issued",
      "   FT",
      "To keep the Council",
      "informed",
      "",
      "To close audit",
      "recommendations",
      "                         Sessions held.",
      "                         Briefings given.",
      "",
      "                         Reports issued.",
      " RA",
      "",
      "To fill posts            Posts filled",
      "D",
    ].join("\n");
    const text = `${scrambled}\n\f${page(draft)}\n`;
    const { layout } = removeTextWatermark(textToLayout(text));
    const first = layout.pages[0]!.lines;
    expect(first.map((l) => l.text.trimEnd())).toEqual([
      "OBJECTIVE                MEASURE",
      "To support the           Reports issued",
      "To keep the Council      Sessions held.",
      "informed                 Briefings given.",
      "",
      "To close audit           Reports issued.",
      "recommendations",
      "",
      "To fill posts            Posts filled",
    ]);
    // Grid lines one apart, line numbers ascending (the band's own numbers), every segment kept.
    expect(first.map((l) => l.y)).toEqual([0, 12, 24, 36, 48, 60, 72, 84, 96]);
    expect(first.map((l) => l.line)).toEqual([1, 2, 4, 5, 6, 7, 8, 14, 15]);
    expect(first[2]!.segments.map((s) => [s.text, s.line])).toEqual([["To keep the Council", 4], ["Sessions held.", 9]]);
  });

  it("sets a block's tail after pdftotext's longest step (four blank lines) against the band's bottom", () => {
    const scrambled = [
      "OBJECTIVE                MEASURE",
      "To support the           Reports issued",
      "   FT",
      "To keep the Council",
      "informed of the",
      "situation",
      "To close audit",
      "recommendations",
      "within the year",
      "To review the",
      "budget",
      "                         Sessions held.",
      "",
      "",
      "",
      "",
      "                         Briefings given.",
      "                         Reports issued.",
      " RA",
      "To fill posts            Posts filled",
      "D",
    ].join("\n");
    const text = `${scrambled}\n\f${page(draft)}\n`;
    const texts = removeTextWatermark(textToLayout(text)).layout.pages[0]!.lines.map((l) => l.text.trimEnd());
    // The four blank lines say only "five lines or more" (pdftotext's clamp): the tail ends where the
    // objective block, whose steps are all known, ends — one line lower than five lines would set it.
    expect(texts).toEqual([
      "OBJECTIVE                MEASURE",
      "To support the           Reports issued",
      "To keep the Council      Sessions held.",
      "informed of the",
      "situation",
      "To close audit",
      "recommendations",
      "within the year",
      "To review the            Briefings given.",
      "budget                   Reports issued.",
      "To fill posts            Posts filled",
    ]);
  });

  // Session 39 (h-wm20): the re-stack is only done where the band's geometry says the blocks share
  // their top; elsewhere the band stays as pdftotext printed it.
  it("reads the rows of val19b v19-020's scrambled band once its columns stand side by side again", async () => {
    const doc = await extractDoc(bytes(readFileSync(new URL("../corpus19/val19b/v19-020.pdfmake.txt", import.meta.url), "utf8")));
    const row = doc.compact?.objectives.find((r) => r.objective.startsWith("To promote the political participation of women"));
    // Before: the band's measures of three rows were all read into this one (nine measures).
    expect(row?.measures.map((m) => m.text)).toEqual([
      "Briefings to the Security Council: 5.",
      "Average time to issue a statement after an incident (target: 5 days).",
      "Consultations with national stakeholders held: 73.",
    ]);
  });

  /**
   * Whether each of a document's scrambled bands is left as pdftotext printed it (band's first line →
   * true/false): every segment in the band stays on its own source line (a re-stacked band merges
   * lines and renumbers them).
   */
  function bandsAsPrinted(path: string): Record<number, boolean> {
    const raw = readFileSync(new URL(path, import.meta.url), "utf8");
    const { layout, warnings } = removeTextWatermark(textToLayout(raw));
    const lines = layout.pages.flatMap((p) => p.lines);
    return Object.fromEntries(
      warnings
        .filter((w) => w.code === TABLE_SCRAMBLED_BAND)
        .map((w) => {
          const [a, b] = w.box!.lines as [number, number];
          const inBand = lines.filter((l) => l.line >= a && l.line <= b);
          return [a, inBand.every((l) => l.segments.every((seg) => seg.line === l.line))];
        }),
    );
  }

  it("re-stacks the band whose blocks share their top (val19b v19-020)", () => {
    expect(Object.values(bandsAsPrinted("../corpus19/val19b/v19-020.pdfmake.txt"))).toContain(false);
  });

  it("leaves a band that starts inside a row: the line above holds text over some blocks' columns only (val19e v19-008, startsInsideRow)", () => {
    // Lines 21–23 above the first band: the Objective and Expected-result columns go on into it, the
    // Indicators, Baseline and Target columns open their next cells in it.
    expect(bandsAsPrinted("../corpus19/val19e/v19-008.pdfmake.txt")).toEqual({ 24: true, 137: true });
  });

  it("leaves a band whose re-stack would set a block below the line under the band (val19d v19-006 p. 2, endsWithLastBlock)", () => {
    // The first block holds a section heading and the table's header above the objective; the
    // Indicators block ends right above "To plan official travel" (no blank line), yet the common top
    // would end it two lines above the first block's end.
    expect(bandsAsPrinted("../corpus19/val19d/v19-006.pdfmake.txt")[112]).toBe(true);
  });

  it("leaves a band with a block whose lines are not one column's (val19 v19-012: a heading across the page; val19b v19-011: cells glued with one space)", () => {
    expect(bandsAsPrinted("../corpus19/val19/v19-012.pdfmake.txt")[29]).toBe(true);
    expect(bandsAsPrinted("../corpus19/val19b/v19-011.pdfmake.txt")[23]).toBe(true);
  });

  // Session 40 (h-wm21): a wider marker's hanging indent is still one column.
  it("re-stacks a band whose measures wrap under a roman marker's word, six columns in (val19d v19-020, oneColumn)", async () => {
    // Lines 36–46: "(iii) Refugees returned …" at column 80, its neighbours' wrapped lines
    // ("incident (target: 7 days)") at column 86, under "Refugees". The 4-column indent alone left it.
    const path = "../corpus19/val19d/v19-020.pdfmake.txt";
    expect(bandsAsPrinted(path)[29]).toBe(false);
    const doc = await extractDoc(bytes(readFileSync(new URL(path, import.meta.url), "utf8")));
    const row = doc.compact?.objectives.find((r) => r.objective.startsWith("To engage the guarantors of the Arusha"));
    // Before: the objective's two lines were parted by the band and the row was not read at all.
    expect(row?.objective).toBe("To engage the guarantors of the Arusha Peace and Reconciliation Agreement within existing resources");
    expect(row?.measures.map((m) => m.text)).toEqual(["Refugees returned (thousands): ≥ 71", "Average time to issue a statement after an incident: 2"]);
  });

  it("leaves a block whose lines stand further in than a hanging indent where no word above starts there (constructed)", () => {
    // h-wm19's band with a Measure item under a roman marker: its wrapped line six columns in, under
    // "Sessions" (the word after "(iii) "), is the item's; one column further, under the middle of the
    // word, it is not the column's line and the band stays as printed.
    const band = (wrap: string): string =>
      [
        "OBJECTIVE                MEASURE",
        "To support the           Reports issued",
        "   FT",
        "To keep the Council",
        "informed",
        "",
        "To close audit",
        "recommendations",
        "                         (iii) Sessions held in",
        wrap,
        "",
        "                         Reports issued.",
        " RA",
        "",
        "To fill posts            Posts filled",
        "D",
      ].join("\n");
    const first = (wrap: string): string[] => removeTextWatermark(textToLayout(`${band(wrap)}\n\f${page(draft)}\n`)).layout.pages[0]!.lines.map((l) => l.text.trimEnd());
    expect(first("                               the region.").slice(2, 4)).toEqual([
      "To keep the Council      (iii) Sessions held in",
      "informed                       the region.",
    ]);
    expect(first("                                the region.").slice(2, 4)).toEqual(["To keep the Council", "informed"]);
  });
});
