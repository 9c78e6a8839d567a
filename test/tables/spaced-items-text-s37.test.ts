/**
 * pdftotext -layout text of the session 37 validation draws of corpora 15 and 8 (h-v815), read from
 * the committed files.
 * `textSpacedColumns` (tables/index): a column whose items the table sets apart by blank lines
 * (Writer's empty paragraph between items, corpus15's `para3`) is not cut one grid line down by the
 * line-fill test — "… unrepresented Member" / "States shortlisted" is one item (val15 v15-012, v15-016).
 * `goesOnSentence` in the sub-row near-fit test: a column whose every cell ends with a full stop is
 * not cut after a line short of its sentence's end where a measure opens beside the next line
 * ("Staff drawn from a wider range of Member" / "States.", val8 v8-009).
 */
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { textRows } from "../support/table-rows.js";

const fileRows = (corpus: string, split: string, id: string) => textRows(readFileSync(join(__dirname, "..", corpus, split, `${id}.txt`), "utf8"));

describe("items set apart by blank lines: a line right under another goes on with it (textSpacedColumns)", () => {
  const rows = fileRows("corpus15", "val15", "v15-016");
  it("keeps 'Candidates from unrepresented Member' / 'States shortlisted' one accomplishment among three", () => {
    const row = rows.find((r) => r.objective.startsWith("To make the Office's premises"));
    expect(row?.accomplishments).toEqual(["Women appointed to a larger share of posts at the P-5 level and above", "Exercise of delegated authority reported every quarter", "Candidates from unrepresented Member States shortlisted"]);
  });
  it("keeps it one where it is the row's only accomplishment", () => {
    const row = rows.find((r) => r.objective === "To use delegated authority in line with the accountability framework");
    expect(row?.accomplishments).toEqual(["Candidates from unrepresented Member States shortlisted"]);
    expect(row?.measures).toEqual(["Meetings held in accessible venues (96%)", "Audit recommendations implemented by the due date (84%)", "Reduction in air travel emissions (17%)"]);
  });
  it("reads v15-012's last measure whole", () => {
    const row = fileRows("corpus15", "val15", "v15-012").find((r) => r.objective === "To complete the performance appraisals of all staff on time");
    expect(row?.measures).toEqual(["Reduction in air travel emissions: 27%.", "Audit recommendations implemented by the due date: 63%.", "Selections of candidates from unrepresented Member States (7)."]);
  });
});

describe("a sentence not finished above a new measure's sub-row goes on (goesOnSentence)", () => {
  it("reads v8-009's 'Staff drawn from a wider range of Member States.' as one accomplishment", () => {
    const row = fileRows("corpus8", "val8", "v8-009").find((r) => r.objective === "To ensure full compliance with mandatory training");
    expect(row?.accomplishments).toEqual(["Staff drawn from a wider range of Member States."]);
    expect(row?.measures).toEqual(["Staff completing mandatory training (percentage)", "Accepted recommendations implemented on time (percentage)", "Days from job opening to selection", "Women at P-5 level and above (percentage)"]);
  });
});
