/**
 * Viewer's copies (`mutool draw -F txt`) of AbiWord's prints (session 22, h-mu3;
 * src/tables/linearized.ts): a word broken inside a narrow cell with no hyphen.
 */
import { describe, expect, it } from "vitest";
import { textToLayout } from "../../src/extract/text.js";
import { isViewerCopy, readLinearHeader, readLinearizedPart } from "../../src/tables/linearized.js";

function read(text: string, heading: string | null = null) {
  const lines = textToLayout(text).pages.flatMap((p) => p.lines);
  const header = readLinearHeader(lines, 0);
  if (!header) throw new Error("no header");
  const body = lines.slice(header.end);
  const out = readLinearizedPart(body, header.columns, heading, 1);
  return {
    viewer: isViewerCopy(body),
    rows: out.rows.map((r) => ({ objective: r.objective, accomplishments: r.accomplishments, measures: r.measures.map((m) => m.text), target: r.measures.map((m) => m.target ?? null) })),
  };
}

describe("viewer's copy: a word broken inside a narrow cell", () => {
  const table = (broken: string[]) =>
    [
      "Objective",
      "Expected accomplishment",
      "Performance measure",
      "",
      "To keep the accounts of the ",
      "Organization in order",
      "",
      "Accounts closed on ",
      "time",
      "",
      "Audit ",
      ...broken,
      "financial statements ",
      "implemented (percentage)",
      "",
    ].join("\n");

  it("joins a word AbiWord broke where the narrow cell was full (no hyphen, no wrap space)", () => {
    const { viewer, rows } = read(table(["recommendati", "ons on "]));
    expect(viewer).toBe(true);
    expect(rows[0]!.measures).toEqual(["Audit recommendations on financial statements implemented (percentage)"]);
  });

  it("keeps two words apart when the line broke at a space, or the halves are words of their own", () => {
    // The break's space kept: the line ended at a word's end, whatever the halves make.
    expect(read(table(["recommendati ", "ons on "])).rows[0]!.measures).toEqual(["Audit recommendati ons on financial statements implemented (percentage)"]);
    // "under" + "taking": two words that make a third stay apart.
    expect(read(table(["under", "taking the "])).rows[0]!.measures).toEqual(["Audit under taking the financial statements implemented (percentage)"]);
  });
});
