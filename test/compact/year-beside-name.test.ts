/**
 * Session 27 (corpus19, pdfmake): a letterhead header block whose year stands beside the name as a
 * cell of its own ("<Name>        2022" / "<Title>"), in a PDF and in its layout text.
 */
import { describe, expect, it } from "vitest";
import { textToLayout } from "../../src/extract/text.js";
import { readCompactMetadata } from "../../src/compact/metadata.js";
import { yearBesideName } from "../../src/compact/frame.js";
import { rowsLayout } from "../support/pdf-lines.js";

const lines = (layout: ReturnType<typeof textToLayout>) => layout.pages.flatMap((p) => p.lines);

describe("year beside the name", () => {
  const text = [
    "Leilani Tshibanda                                                         2022",
    "Executive Secretary of the Joint Inspection Unit",
    "",
    "I commit myself to using the authorities delegated to me by the Secretary-General to achieve the objectives",
    "of the Secretariat of the Joint Inspection Unit set out below.",
  ].join("\n");

  it("reads the year from the name's line in layout text, and the compact gets it", () => {
    expect(yearBesideName(lines(textToLayout(text)))).toBe(2022);
    expect(readCompactMetadata(textToLayout(text)).year).toBe(2022);
  });

  it("reads it from a PDF's two segments on the name's line", () => {
    const layout = rowsLayout([
      [72, [[72, "Leilani Tshibanda"], [500, "2022"]]],
      [86, [[72, "Executive Secretary of the Joint Inspection Unit"]]],
      [110, [[72, "I commit myself to using the authorities delegated to me by the Secretary-General"]]],
    ]);
    expect(yearBesideName(layout.pages[0]!.lines)).toBe(2022);
  });

  it("takes no year when the next line is no post title, or the cell beside the name is more than a year", () => {
    expect(yearBesideName(lines(textToLayout("Leilani Tshibanda                      2022\nThe programme of work is set out below.\n")))).toBeNull();
    expect(yearBesideName(lines(textToLayout("Leilani Tshibanda                      May 2022\nExecutive Secretary of the Unit\n")))).toBeNull();
    expect(yearBesideName(lines(textToLayout("Table 2022 results                      2022\nExecutive Secretary of the Unit\n")))).toBeNull();
  });
});
