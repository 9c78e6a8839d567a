/**
 * A viewer's copy of a table (session 20, h-mu; `mutool draw -F txt`, what selecting all in a PDF
 * viewer and pasting gives): each cell a block, each wrapped line on a line of its own ending with
 * the break's space, a bullet alone on its line, nothing for an empty or rowspan-covered cell,
 * blank lines between some blocks. Read by the linearised reader (src/tables/linearized.ts).
 */
import { describe, expect, it } from "vitest";
import { readLinearText } from "../support/linearized.js";
import { isViewerCopy } from "../../src/tables/linearized.js";
import { textToLayout } from "../../src/extract/text.js";

function read(text: string, heading: string | null = null) {
  const { viewer, out } = readLinearText(text, heading);
  return { viewer, rows: out.rows.map((r) => ({ objective: r.objective, accomplishments: r.accomplishments, measures: r.measures.map((m) => [m.text, m.target]) })) };
}

describe("viewer's copy of a table", () => {
  it("joins wrapped lines, opens items at lone bullets and reads the covered cells of sub-rows as absent", () => {
    const text = [
      "EXPECTED ",
      "ACCOMPLISHMENTS",
      "PERFORMANCE ",
      "MEASURES",
      "TARGET",
      "",
      "Objective 1: To keep the Headquarters campus safe, functional and accessible with ",
      "partner entities",
      "•",
      "Facilities requests answered ",
      "within the service standard",
      "Work orders closed within five ",
      "working days (percentage)",
      "72",
      "",
      // A second measure of the same accomplishment: the accomplishment cell is covered.
      "Vendors registered from ",
      "developing countries (number)",
      "1,440",
      "",
      "Objective 2: To move the archives of the Organization into managed storage",
      "•",
      "Records of closed missions ",
      "received and catalogued",
      "Linear metres of records ",
      "accessioned (number)",
      "729",
    ].join("\n");
    const { viewer, rows } = read(text);
    expect(viewer).toBe(true);
    expect(rows).toEqual([
      {
        objective: "To keep the Headquarters campus safe, functional and accessible with partner entities",
        accomplishments: ["Facilities requests answered within the service standard"],
        measures: [
          ["Work orders closed within five working days (percentage)", "72"],
          ["Vendors registered from developing countries (number)", "1,440"],
        ],
      },
      {
        objective: "To move the archives of the Organization into managed storage",
        accomplishments: ["Records of closed missions received and catalogued"],
        measures: [["Linear metres of records accessioned (number)", "729"]],
      },
    ]);
  });

  it("takes a value after an item as the next cell, not as an item", () => {
    const text = ["Expected results", "Indicators", "Target", "", "Objective 1: To coordinate the officers", "Officers in place in the ", "missions", "Missions with an officer ", "(number)", "6", "", "Victims referred within ", "72 hours (percentage)", "88"].join("\n");
    expect(read(text).rows[0]!.measures).toEqual([
      ["Missions with an officer (number)", "6"],
      ["Victims referred within 72 hours (percentage)", "88"],
    ]);
  });

  it("is not the form of a text export, whose paragraphs stand one a line", () => {
    const lines = textToLayout(["To keep the campus safe", "• Requests answered", "• 72% of work orders closed", "", "To move the archives", "• Records catalogued", "• 729 metres accessioned"].join("\n")).pages.flatMap((p) => p.lines);
    expect(isViewerCopy(lines)).toBe(false);
  });
});
