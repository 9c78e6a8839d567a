/**
 * A results table numbered by a lettered section scheme (test/corpus15, issue 11): the No. column
 * prints `A.5`, `B.2` where a numbered scheme prints `1.5`. Both are one outline-number marker; a
 * lone capital with a full stop ("A. Programme of work", an initial) is not one.
 */
import { describe, expect, it } from "vitest";
import { markdownTextToLayout } from "../../src/extract/markdown.js";
import { findSections } from "../../src/compact/sections.js";
import { readTables } from "../../src/tables/index.js";
import { markerLevelKinds, stripMarker } from "../../src/vocab/markers.js";

const rowsOf = (md: string) => {
  const layout = markdownTextToLayout(md);
  return readTables(layout, findSections(layout)).objectives.map((o) => ({ objective: o.objective, accomplishments: o.accomplishments }));
};

describe("lettered outline numbers", () => {
  it("are markers as decimal ones are", () => {
    expect(stripMarker("A.5 To coordinate United Nations support")).toEqual({ text: "To coordinate United Nations support", bulleted: true });
    expect(stripMarker("B.12. Staff trained")).toEqual({ text: "Staff trained", bulleted: true });
    expect(stripMarker("C.2.1 85% of posts filled")).toEqual({ text: "85% of posts filled", bulleted: true });
    expect(markerLevelKinds("A.5")).toEqual(markerLevelKinds("1.5"));
  });

  it("leave a lone capital with a full stop and a value in text", () => {
    expect(stripMarker("A. Programme of work").text).toBe("A. Programme of work");
    expect(stripMarker("J. Smith reviewed the plan").text).toBe("J. Smith reviewed the plan");
    expect(stripMarker("A.5 per cent of posts").text).toBe("A.5 per cent of posts");
  });

  it("are taken off an objective in a No. column (Markdown)", () => {
    const rows = rowsOf([
      "| No. | Objective | Expected accomplishment | Performance measure |",
      "|---|---|---|---|",
      "| A.4 | To support the Commission in planning its operations | • Joint plans adopted | • Plans adopted: 4 |",
      "| A.5 | To coordinate support to mediation efforts | • Envoys deployed | • Envoys deployed: 3 |",
    ].join("\n"));
    expect(rows.map((r) => r.objective)).toEqual(["To support the Commission in planning its operations", "To coordinate support to mediation efforts"]);
  });

  it("keep an objective that opens with a lone capital and a full stop", () => {
    const rows = rowsOf([
      "| Objective | Expected accomplishment | Performance measure |",
      "|---|---|---|",
      "| A. To support the Commission in planning its operations | • Joint plans adopted | • Plans adopted: 4 |",
    ].join("\n"));
    expect(rows.map((r) => r.objective)).toEqual(["A. To support the Commission in planning its operations"]);
  });
});
