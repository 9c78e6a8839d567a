/**
 * Session 20 (h-c13a, test/corpus13 classes 1 and 2): measures numbered under their accomplishment
 * (`2.1` accomplishment, `2.1.1` measure: the id is a marker), and a combined column
 * ("Expected accomplishments and performance measures") holding a two-level list: accomplishments
 * at the first level, their measures indented at the second, each level with its own marker.
 */
import { describe, expect, it } from "vitest";
import { markdownTextToLayout } from "../../src/extract/markdown.js";
import { findSections } from "../../src/compact/sections.js";
import { readTables } from "../../src/tables/index.js";
import { combinedItems } from "../../src/tables/text.js";
import { stripMarker } from "../../src/vocab/markers.js";

const rowsOf = (md: string) => {
  const layout = markdownTextToLayout(md);
  return readTables(layout, findSections(layout)).objectives.map((o) => ({ objective: o.objective, accomplishments: o.accomplishments, measures: o.measures.map((m) => [m.text, m.accomplishment]) }));
};

describe("outline ids of three levels", () => {
  it("are markers before a number or a word", () => {
    expect(stripMarker("2.1.1 85% of the allotment spent")).toEqual({ text: "85% of the allotment spent", bulleted: true });
    expect(stripMarker("1.2.1 Days from the posting of a vacancy")).toEqual({ text: "Days from the posting of a vacancy", bulleted: true });
    expect(stripMarker("3.2.1. 40 entities reporting").text).toBe("40 entities reporting");
  });

  it("leave decimal values and dates as text", () => {
    expect(stripMarker("3.5 per cent of posts filled").text).toBe("3.5 per cent of posts filled");
    expect(stripMarker("2.1 million people reached").text).toBe("2.1 million people reached");
    expect(stripMarker("2.5 85% of staff").text).toBe("2.5 85% of staff");
    expect(stripMarker("1.12.2015 deadline met").text).toBe("1.12.2015 deadline met");
  });

  it("are taken off each measure of a cell (Markdown)", () => {
    const rows = rowsOf([
      "| Objectives | Expected accomplishments | Key performance indicators |",
      "|---|---|---|",
      "| To recruit staff from unrepresented Member States | 1.1 Expenditure kept within the allotment | 1.1.1 85% of the allotment spent<br>1.1.2 Days from the posting of a vacancy to the selection: 162 |",
    ].join("\n"));
    expect(rows[0]!.accomplishments).toEqual(["Expenditure kept within the allotment"]);
    expect(rows[0]!.measures.map(([t]) => t)).toEqual(["85% of the allotment spent", "Days from the posting of a vacancy to the selection: 162"]);
  });
});

describe("a two-level list in a combined cell", () => {
  const table = (cell: string) =>
    rowsOf(["| Objective | Expected accomplishments and performance measures |", "|---|---|", `| To reach parity between women and men | ${cell} |`].join("\n"))[0]!;
  const INDENT = "&nbsp;&nbsp;&nbsp;&nbsp;";

  it("takes the indented items for the measures of the item above (Markdown &nbsp;)", () => {
    const row = table(`• Travel booked in advance<br>${INDENT}– 81% of staff trained<br>${INDENT}– 46% of women among staff<br>• Expenditure kept within the allotment<br>${INDENT}– 64% of recommendations implemented`);
    expect(row.accomplishments).toEqual(["Travel booked in advance", "Expenditure kept within the allotment"]);
    expect(row.measures).toEqual([["81% of staff trained", 0], ["46% of women among staff", 0], ["64% of recommendations implemented", 1]]);
  });

  it("tells the levels by their markers when nothing is indented", () => {
    const row = table("▪ Oversight recommendations closed<br>o 88% of recommendations implemented<br>▪ Expenditure kept within the allotment<br>o 95% of the allotment spent<br>o 41% of women among staff");
    expect(row.accomplishments).toEqual(["Oversight recommendations closed", "Expenditure kept within the allotment"]);
    expect(row.measures).toEqual([["88% of recommendations implemented", 0], ["95% of the allotment spent", 1], ["41% of women among staff", 1]]);
  });

  it("reads a first level numbered (i) over measures lettered (a), and a dash over (i)", () => {
    const levels = (items: Array<{ lead?: string; marker?: string }>) => {
      const out = combinedItems(items.map((it, k) => ({ ...it, text: `t${k}` })))!;
      return [out.accomplishments.map((a) => a.text), out.measures.map((m) => [m.item.text, m.accomplishment])];
    };
    expect(levels([{ lead: "(i)", marker: "(i)" }, { lead: "(a)", marker: "(a)" }, { lead: "(b)", marker: "(b)" }, { lead: "(ii)", marker: "(ii)" }, { lead: "(a)", marker: "(a)" }])).toEqual([
      ["t0", "t3"],
      [["t1", 0], ["t2", 0], ["t4", 1]],
    ]);
    expect(levels([{ lead: "–" }, { lead: "(i)", marker: "(i)" }, { lead: "–" }, { lead: "(i)", marker: "(i)" }, { lead: "(ii)", marker: "(ii)" }])).toEqual([
      ["t0", "t2"],
      [["t1", 0], ["t3", 1], ["t4", 1]],
    ]);
    // "1." then "a)": a numbering going on is the first level, one starting again the second.
    expect(levels([{ lead: "1." }, { lead: "a)", marker: "a)" }, { lead: "b)", marker: "b)" }, { lead: "2." }, { lead: "a)", marker: "a)" }])).toEqual([
      ["t0", "t3"],
      [["t1", 0], ["t2", 0], ["t4", 1]],
    ]);
  });

  it("leaves a one-level list whole", () => {
    expect(combinedItems([{ lead: "•" }, { lead: "•" }, { lead: "•" }])).toBeNull();
    expect(combinedItems([{ lead: "1." }, { lead: "2." }, { lead: "3." }])).toBeNull();
    const row = table("• Travel booked in advance<br>• Expenditure kept within the allotment");
    expect(row.accomplishments).toEqual(["Travel booked in advance", "Expenditure kept within the allotment"]);
    expect(row.measures).toEqual([]);
  });
});
