/**
 * Session 28 (h-c20): a soft hyphen (U+00AD) before a space is where a word was broken. A
 * discretionary hyphen only ever stands inside a word, so a space after it means the line broke
 * there; in `pdftotext -layout` of a hyphenated table (Typst with `hyphenate: true`, corpus20) the
 * cell's line end is followed by the next column's text on the same printed line.
 */
import { describe, expect, it } from "vitest";
import { repairText } from "../../src/vocab/text.js";
import { textToLayout } from "../../src/extract/text.js";
import { textRows } from "../support/table-rows.js";

const rows = (printed: string) => textRows(repairText(printed));

describe("a soft hyphen before a space is a line-end hyphen", () => {
  it("repairText prints it as a hyphen, as at a line end; inside a word it stays invisible", () => {
    expect(repairText("partners con\u00AD     (b) Mechanism")).toBe("partners con-     (b) Mechanism");
    expect(repairText("partners con\u00AD\ncerned")).toBe("partners con-\ncerned");
    expect(repairText("trans\u00ADparent manner")).toBe("transparent manner");
  });

  it("keeps the printed columns: one grid place for the soft hyphen and for its hyphen", () => {
    const printed = `${"with the partners con\u00AD".padEnd(30)}cilitated.`;
    const layout = textToLayout(repairText(printed), printed);
    expect(layout.pages[0]!.lines[0]!.segments.map((s) => s.text)).toEqual(["with the partners con-", "cilitated."]);
  });

  it("a hyphenated table in layout text: the words broken in every column are joined back", () => {
    const printed = [
      "A. PROGRAMME OBJECTIVES",
      " Objective                    Expected results             Performance measures",
      " To co-chair the Geneva       (a) Humanitarian work\u00AD       (a) Informal consultations",
      " International Discussions        ing group sessions fa\u00AD       held: 6.",
      " with the partners con\u00AD           cilitated.               (b) Mechanism meetings",
      " cerned                                                        convened: 8.",
      " To support practical mea\u00AD    (a) Rounds held.             (a) Briefings held: 4.",
      " sures for the populations",
    ].join("\n");
    expect(rows(printed)).toEqual([
      { objective: "To co-chair the Geneva International Discussions with the partners concerned", accomplishments: ["Humanitarian working group sessions facilitated."], measures: ["Informal consultations held: 6.", "Mechanism meetings convened: 8."] },
      { objective: "To support practical measures for the populations", accomplishments: ["Rounds held."], measures: ["Briefings held: 4."] },
    ]);
  });
});
