/**
 * Session 47 (h-unread47), linearised text (LibreOffice's "Save as text", corpus9 odt.txt): a table
 * without an Objective column prints each objective as a line spanning the table, its cells' items
 * on lines of their own. An unmarked "To …" line read as an accomplishment cell cost nothing where
 * the column's list kind was unknown, against a spanning line's one, so the objectives after the
 * first became the first row's sub-rows (corpus9 val9e v9e-001 odt.txt: "To improve …" and "To
 * achieve …" lost). `objectiveAsItem` prices such a paragraph in an item column as a spanning line;
 * the weak cues (a risk without its semicolon) then choose the spanning reading. Fails without the
 * rule (checked: the cost set to 0, run, restored).
 */
import { describe, expect, it } from "vitest";
import { textToLayout } from "../../src/extract/text.js";
import { findSections } from "../../src/compact/sections.js";
import { readTables } from "../../src/tables/index.js";

const WELL_BEING = [
  "A. Programme objectives",
  "Expected",
  "Accomplishment",
  "Risks",
  "and Mitigations",
  "Performance",
  "Measure",
  "To support the well-being and mental health of staff",
  "    • Young professionals recruited through the examination",
  "    • Rosters used for most selections",
  "    • Balanced representation of women and men",
  "    • Managers' resistance to mobility; incentives",
  "    • 40% women at the D-1 level and above",
  "To improve geographical representation in the Secretariat",
  "    • Staff moving between duty stations",
  "    • System outages; manual fallback procedures",
  "    • 18 young professionals placed",
  "    • Average of 59 days from vacancy to selection",
  "    • 70% of selections from rosters",
  "    • Counsellors deployed at 6 duty stations",
  "To achieve gender parity at senior levels",
  "    • Balanced representation of women and men",
  "    • System outages; manual fallback procedures",
  "    • Hiring freezes; priority to critical posts",
  "    • Counsellors deployed at 28 duty stations",
  "    • 51% of selections from rosters",
  "B. Managerial objectives",
].join("\n");

describe("an unmarked \"To …\" paragraph in an item column (objectiveAsItem)", () => {
  it("reads val9e v9e-001 odt.txt's spanning objectives as three rows", () => {
    const layout = textToLayout(WELL_BEING);
    const rows = readTables(layout, findSections(layout)).objectives;
    expect(rows.map((r) => r.objective)).toEqual([
      "To support the well-being and mental health of staff",
      "To improve geographical representation in the Secretariat",
      "To achieve gender parity at senior levels",
    ]);
    expect(rows[1]?.accomplishments).toEqual(["Staff moving between duty stations"]);
    expect(rows[1]?.measures.map((m) => m.text)).toEqual([
      "18 young professionals placed",
      "Average of 59 days from vacancy to selection",
      "70% of selections from rosters",
      "Counsellors deployed at 6 duty stations",
    ]);
    expect(rows[2]?.extra?.risksAndMitigations).toEqual(["System outages; manual fallback procedures", "Hiring freezes; priority to critical posts"]);
  });
});
