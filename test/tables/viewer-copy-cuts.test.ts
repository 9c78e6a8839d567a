/**
 * Viewer's copies (`mutool draw -F txt`; session 24, h-mu5; src/tables/linearized.ts): what holds
 * for any copy that keeps the wrap's space — a line breaks without one only inside a word too long
 * for its cell; a paragraph that stops with the wrap's space before the next item's marker was cut
 * there (a page break), and its rest opens the next page.
 */
import { describe, expect, it } from "vitest";
import { readLinearText } from "../support/linearized.js";

function read(text: string, heading: string | null = null) {
  const { viewer, out } = readLinearText(text, heading);
  return {
    viewer,
    rows: out.rows.map((r) => ({ objective: r.objective, accomplishments: r.accomplishments, measures: r.measures.map((m) => m.text), extra: r.extra })),
  };
}

describe("viewer's copy: a line without the wrap's space", () => {
  // Six columns; the Remarks `e-Performance cycle` in a narrow column breaks after `e-`, right
  // under the row's Target `55%`, in one block.
  const wide = (target: string) =>
    [
      "Objective",
      "Expected ",
      "accomplishment",
      "Key ",
      "performance ",
      "indicator",
      "Baseline",
      "Target",
      "Remarks",
      "",
      "To complete the ",
      "appraisal of staff on time",
      "",
      "Performance documents ",
      "finalized by the deadline",
      "",
      "Staff with a completed ",
      "performance document ",
      "(percentage)",
      "",
      "54%",
      target,
      "e-",
      "Performance ",
      "cycle",
      "",
      "Women among staff at ",
      "the P-5 level (percentage)",
      "",
      "40%",
      "45%",
      "Gender parity ",
      "strategy target",
    ].join("\n");

  it("keeps a value line apart from the next cell's line in lower case (`55%` / `e-`)", () => {
    const { viewer, rows } = read(wide("55%"));
    expect(viewer).toBe(true);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.extra).toEqual({ baseline: ["54%", "40%"], target: ["55%", "45%"], remarks: ["e-Performance cycle", "Gender parity strategy target"] });
  });

  it("still joins a word broken inside a narrow cell (`recommendati` / `ons`)", () => {
    const text = [
      "Objective",
      "Expected ",
      "accomplishment",
      "Key ",
      "performance ",
      "indicator",
      "Baseline",
      "Target",
      "Remarks",
      "",
      "To implement ",
      "accepted oversight ",
      "recommendati",
      "ons without delay",
      "",
      "Recommendations ",
      "closed in the period",
      "",
      "Audit recommendations ",
      "implemented (percentage)",
      "",
      "68",
      "71",
      "Board of ",
      "Auditors",
    ].join("\n");
    const { rows } = read(text);
    expect(rows.map((r) => r.objective)).toEqual(["To implement accepted oversight recommendations without delay"]);
    expect(rows[0]!.extra).toEqual({ baseline: ["68"], target: ["71"], remarks: ["Board of Auditors"] });
  });
});
