/**
 * pdftotext -layout text of Typst tables whose item cells are marked lists (session 43, h-ty43;
 * corpus20 draws, typst.txt). `wordsBeforeHangingText` (src/tables/columns.ts, pdftotext's grid):
 * where the grid line right above opens a marked item in a column, a lower-case word that a run
 * straddling that column's edge puts between the item's marker and its text ends the cell on the
 * left — a marked item's wrapped lines hang under its text, never between marker and text. Before,
 * the objective's last word ("in", "the") went to the accomplishment's wrapped line. Each
 * expectation fails without the rule.
 */
import { describe, expect, it } from "vitest";
import { join } from "node:path";
import { documentRows, textRows } from "../support/table-rows.js";

const fileRows = (split: string, id: string) => documentRows(join(__dirname, "..", "corpus20", split, `${id}.typst.txt`));

/**
 * v20g-001's core-mandate table (corpus20 val20g), its first two rows: "in" ends the objective's
 * second line and stands where the result's marker "1." stands on the line above, one space before
 * the result's wrap "regional organizations", which hangs under "Joint".
 */
const WORD_AT_MARKER = [
  "A. PROGRAMME OBJECTIVES",
  "1. Core mandate",
  " Objective                     Expected result                        Key performance indicator",
  " To advance the women and 1. Joint assessments conducted with         1. Average time to deploy a good of\u00ad",
  " peace and security agenda in regional organizations                     fices mission (target: 9 days)",
  " West Africa, in cooperation                                          2. Good offices missions undertaken",
  " with the parties concerned                                              (target: 15)",
  " To support the Economic 1. Early warning reports shared with 1. Women mediators trained (target:",
  " Community of West African      the Security Council             52)",
  " States in conflict prevention,",
  " in cooperation with the par\u00ad",
  " ties concerned",
  "",
  "B. CHALLENGES",
  "• Insecurity in the north delays the field work.",
].join("\n");

describe("a word between a marked item's marker and its text on the line below ends the cell on the left (wordsBeforeHangingText)", () => {
  it("keeps 'in' in the objective and out of the result's wrapped line", () => {
    const rows = textRows(WORD_AT_MARKER);
    expect(rows[0]?.objective).toBe("To advance the women and peace and security agenda in West Africa, in cooperation with the parties concerned");
    expect(rows[0]?.accomplishments).toEqual(["Joint assessments conducted with regional organizations"]);
  });
  it("reads v20g-001 as committed", async () => {
    const row = (await fileRows("val20g", "v20g-001")).find((r) => r.objective.startsWith("To advance the women"));
    expect(row?.objective).toBe("To advance the women and peace and security agenda in West Africa, in cooperation with the parties concerned");
    expect(row?.accomplishments).toEqual(["Joint assessments conducted with regional organizations"]);
  });
  it("reads v20e-024's 'the populations living in the' over '(a) Boundary pillars emplaced' with 'the' in the objective", async () => {
    const row = (await fileRows("val20e", "v20e-024")).find((r) => r.objective.startsWith("To protect the rights"));
    expect(row?.objective).toBe("To protect the rights of the populations living in the affected areas");
    expect(row?.accomplishments[0]).toBe("Boundary pillars emplaced and verified.");
  });
});
