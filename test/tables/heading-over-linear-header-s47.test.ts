/**
 * Session 47 (h-unread47), linearised text (LibreOffice's "Save as text", corpus9 odt.txt): a table
 * without an Objective column under its objective heading ("Objective 1: To end …" right above the
 * labels). `needsHeading` asked only whether the table's cheapest reading opens with a spanning
 * line — and an unmarked first accomplishment ("Cases of grave violations referred to justice
 * mechanisms.") can be read as one, so the heading was dropped and the accomplishment became the
 * row's objective (corpus9 val9c v9c-022 odt.txt). When that line does not open as objectives do and
 * the line above the header does (`opensAsObjective`: its label, or "To …" after a number), the line
 * above is the heading. Fails without the rule (checked: `needsHeading`'s new return replaced by
 * false, run, restored).
 */
import { describe, expect, it } from "vitest";
import { textToLayout } from "../../src/extract/text.js";
import { findSections } from "../../src/compact/sections.js";
import { readTables } from "../../src/tables/index.js";

const CHILDREN = [
  "II. Programme objectives and key performance indicators",
  "Objective 1: To end and prevent the recruitment and use of children by parties to conflict",
  "Expected Accomplishment",
  "Performance Measure",
  "Cases of grave violations referred to justice mechanisms.",
  "Children released and handed over to civilian actors.",
  "    • 16 States endorsing the declaration on school safety",
  "    • 46 action plans signed with listed parties",
  "    • 19 children released from armed forces and groups",
  "    • 4 cases referred to national or international jurisdictions",
  "    Objective 2: To raise awareness of the consequences of conflict for children",
  "Expected Accomplishment",
  "Performance Measure",
  "    • Regional child protection policies adopted",
  "    • Children released and handed over to civilian actors",
  "    • Commitments to protect education endorsed",
  "    • Campaign materials viewed 47 thousand times",
  "    • 3 country task forces submitting quarterly notes",
  "III. Challenges",
].join("\n");

describe("the heading over a linearised header when the first spanning line does not open as an objective (needsHeading)", () => {
  it("reads val9c v9c-022 odt.txt's first objective from its heading", () => {
    const layout = textToLayout(CHILDREN);
    const rows = readTables(layout, findSections(layout)).objectives;
    expect(rows[0]?.objective).toBe("To end and prevent the recruitment and use of children by parties to conflict");
    expect(rows[0]?.accomplishments).toEqual(["Cases of grave violations referred to justice mechanisms.", "Children released and handed over to civilian actors."]);
    expect(rows[0]?.measures.map((m) => m.text)).toEqual([
      "16 States endorsing the declaration on school safety",
      "46 action plans signed with listed parties",
      "19 children released from armed forces and groups",
      "4 cases referred to national or international jurisdictions",
    ]);
  });
});
