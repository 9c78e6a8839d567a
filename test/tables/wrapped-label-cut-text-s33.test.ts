/**
 * Typst header labels glued one space to the next label where their own label wraps or is
 * justified (session 33, h-v20; corpus20 val20 typst.txt, the validation draw; soft hyphens as
 * `repairText` leaves them before a space: "-"). "KEY PERFORMANCE" ends its cell's first line and
 * "INDICATORS" is its second, so the words before "RISKS" are no whole label on their own;
 * "Key     performance" is a justified line whose last word is glued to "Expected result". The
 * header was not read and the table's rows were lost (v20-010: 5 rows, v20-017: 4 rows).
 * `wrappedLabelCut` (tables/header.ts, `cutAtCellEdges`) reads the cell with its other pieces.
 * Both header cases fail without it; the third guards two-word labels whose second word opens labels too.
 */
import { describe, expect, it } from "vitest";
import { textToLayout } from "../../src/extract/text.js";
import { detectHeader } from "../../src/tables/header.js";

const headerOf = (text: string) => {
  const layout = textToLayout(text);
  const lines = layout.pages.flatMap((p) => p.lines);
  const header = detectHeader(lines, 0, layout.text);
  return header && { columns: header.columns.map((c) => [c.role, c.header, c.x / 5]), lineCount: header.lineCount };
};

describe("a header label glued to the next where its own label wraps (layout text)", () => {
  it("cuts before the next label where the words before read as a label with the line below (v20-017)", () => {
    const text = [
      " OBJECTIVES                EXPECTED ACCOM- KEY PERFORMANCE RISKS AND MITIGA-",
      "                           PLISHMENTS      INDICATORS      TIONS",
      " To promote com- 1) Sessions of the Board 1) Inter-agency network 1) Interlocutors change af-",
    ].join("\n");
    expect(headerOf(text)).toEqual({
      columns: [
        ["objective", "OBJECTIVES", 1],
        ["accomplishments", "EXPECTED ACCOMPLISHMENTS", 27],
        ["measures", "KEY PERFORMANCE INDICATORS", 43],
        ["risks", "RISKS AND MITIGATIONS", 59],
      ],
      lineCount: 2,
    });
  });

  it("cuts a justified label line's last word from the next label (v20-010)", () => {
    const text = [
      "Objective              Key     performance Expected result              Risks          and",
      "                       indicator                                        mitigations",
      "To     reduce    the   • Oversight             a) Greenhouse     gas    • Voluntary",
    ].join("\n");
    expect(headerOf(text)).toEqual({
      columns: [
        ["objective", "Objective", 0],
        ["measures", "Key performance indicator", 23],
        ["accomplishments", "Expected result", 43],
        ["risks", "Risks and mitigations", 72],
      ],
      lineCount: 2,
    });
  });

  it("keeps a two-word label whose second word opens labels too (\"Expected accomplishments\", \"Key performance indicators\")", () => {
    const text = [
      "Objectives             Expected accomplishments     Key performance indicators",
      "To     reduce    the   Oversight recommendations    Budget implementation rate",
    ].join("\n");
    expect(headerOf(text)?.columns.map((c) => c[1])).toEqual(["Objectives", "Expected accomplishments", "Key performance indicators"]);
  });
});
