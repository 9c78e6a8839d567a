/**
 * Session 47 (h-obj47), layout text (`pdftotext -layout`): a one-run line right under a spanning
 * objective's line that is finished — it ends a sentence, or the line's first word would have
 * fitted on it — is the objective's first row glued by single spaces, not the objective's wrap
 * (`gluedRowUnderFinishedObjective`). Both layouts are the committed texts' tables (corpus8 val8e
 * v8-003: the glued row's values on the line below it; corpus13 val13g v13g-009: the glued cell
 * two characters left of its column's edge). Both fail without the rule (checked: its call in
 * `isObjectiveLine` removed, run, restored). An objective set in the first column's cell of pandoc's
 * grid table wraps at that cell's edge, not the table's: its lines are no spanning row and the rule
 * leaves them (corpus17 dev17 d17-001, which the first version cut; the test fails without
 * `objectiveRunsAcross`).
 */
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { documentRows, textRows } from "../support/table-rows.js";

const SENTENCE_ENDED = [
  "A. Programme objectives",
  "",
  "                                                Indicator",
  "         Expected                                                         Target          Baseline",
  "                                                    of",
  "      Accomplishment                                                       2021            2020",
  "                                              Achievement",
  "Objective: To modernize records and archives management.",
  "                                Treaty actions published within 2 weeks",
  "                                                                        93 per cent      85 per cent",
  "Records digitized and           (percentage)",
  "retrievable.                    Processes supported by digital",
  "                                                                            21               14",
  "                                workflows",
  "Objective: To improve the client orientation of administrative services.",
  "Construction projects completed Client satisfaction with services",
  "                                                                        81 per cent      77 per cent",
  "within budget.                  (percentage)",
  "Manual processes replaced by    Processes supported by digital",
  "                                                                            22               16",
  "digital workflows.              workflows",
].join("\n");

const LINE_FILLED = [
  "A. Programme objectives",
  "",
  "Expected Result                     Indicator of Achievement                  Target",
  "Objective: To bring the protection of children into the follow-up to the Sustainable",
  "Development Goals at Headquarters",
  "Member States with a                Country visits concluded with an agreed 51",
  "comprehensive national policy on    plan of action (percentage)",
  "violence against children",
  "Violence against children reflected Voluntary national reviews that address   40",
  "in voluntary national reviews       violence against children (percentage)",
  "Objective: To consolidate data on violence against children so that progress can",
  "be measured in the regions",
  "National data on violence against Children consulted in the preparation of 335",
  "children published with             the annual report (number)",
  "disaggregation by age and sex",
].join("\n");

const here = dirname(fileURLToPath(import.meta.url));

describe("a glued row under a finished spanning objective (gluedRowUnderFinishedObjective)", () => {
  it("keeps the row out of an objective that ended its sentence (v8-003)", () => {
    const row = textRows(SENTENCE_ENDED).find((r) => r.objective.startsWith("To improve the client"));
    expect(row?.objective).toBe("To improve the client orientation of administrative services.");
    expect(row?.accomplishments).toEqual(["Construction projects completed within budget.", "Manual processes replaced by digital workflows."]);
    expect(row?.measures).toEqual(["Client satisfaction with services (percentage)", "Processes supported by digital workflows"]);
  });

  it("keeps the row out of an objective whose line the row's first word would have fitted on (v13g-009)", () => {
    const row = textRows(LINE_FILLED).find((r) => r.objective.startsWith("To consolidate data"));
    expect(row?.objective).toBe("To consolidate data on violence against children so that progress can be measured in the regions");
    expect(row?.accomplishments).toEqual(["National data on violence against children published with disaggregation by age and sex"]);
    expect(row?.measures).toEqual(["Children consulted in the preparation of the annual report (number)"]);
  });

  it("still joins an objective's wrap that did not fit on the line above", () => {
    const row = textRows(LINE_FILLED).find((r) => r.objective.startsWith("To bring the protection"));
    expect(row?.objective).toBe("To bring the protection of children into the follow-up to the Sustainable Development Goals at Headquarters");
  });

  it("leaves an objective wrapped in the first column's cell (pandoc's grid, d17-001 as committed)", async () => {
    const objectives = (await documentRows(join(here, "../corpus17/dev17/d17-001.pandoc.txt"))).map((r) => r.objective);
    expect(objectives).toContain("To support an inclusive political process leading to a comprehensive settlement of the conflict in Yemen");
  });
});

