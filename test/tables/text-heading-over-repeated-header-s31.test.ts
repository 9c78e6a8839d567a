import { describe, expect, it } from "vitest";
import { textToLayout } from "../../src/extract/text.js";
import { findSections } from "../../src/compact/sections.js";
import { readTables } from "../../src/tables/index.js";

/** Per row: objective, accomplishments and measures. */
function rows(lines: readonly string[]) {
  const layout = textToLayout(lines.join("\n"));
  return readTables(layout, findSections(layout)).objectives.map((o) => ({ objective: o.objective, accomplishments: o.accomplishments, measures: o.measures.map((m) => m.text) }));
}

describe("a centred heading over a repeated header after a one-row table (session 31, h-lotxt)", () => {
  it("reads the heading as the next table's objective, not as the row above's cells", () => {
    // corpus5 g2-005 lo.txt: the first table has one row, so its own lines show the second column's
    // start once; the heading "To strengthen performance management …" runs across it and was cut
    // into the row above ("To strengthen performance" | "management and staff development.").
    const got = rows(ONE_ROW_TABLES);
    expect(got.map((r) => r.objective)).toEqual([
      "To purchase tickets for official travel at least 16 days in advance of travel.",
      "To strengthen performance management and staff development.",
    ]);
    expect(got[0]!.accomplishments).toEqual(["Compliance with the advance purchase policy for air tickets."]);
    expect(got[0]!.measures).toEqual(["81% of tickets purchased at least 16 days before travel."]);
    expect(got[1]!.measures).toEqual(["Each staff member spends at least five days on learning."]);
  });
});

const ONE_ROW_TABLES = [
  "Managerial objectives",
  "The following managerial objectives apply to every head of department and office in 2010; the targets below are those of",
  "the Commission.",
  "",
  "                     To purchase tickets for official travel at least 16 days in advance of travel.",
  "                  Expected results                                              Performance indicators",
  "(a) Compliance with the advance purchase policy for air   a) 81% of tickets purchased at least 16 days before travel.",
  "    tickets.",
  "",
  "",
  "",
  "                          To strengthen performance management and staff development.",
  "                  Expected results                                                  Performance indicators",
  "(a) Performance evaluations completed on time.            a) Each staff member spends at least five days on learning.",
  "",
];
