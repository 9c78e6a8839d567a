/**
 * `pdftotext -layout` of a borderless 2-column table under an objective heading: the last row's
 * accomplishment cell (two unmarked items) runs on below its one measure, and the next table —
 * the same columns, its objective a spanning row — follows after a blank line. The lines below
 * the measure follow the row's lines at a line's step and start where the row's first cells
 * start: they are that cell's last item, not the next table's objective heading (the PDF reader's
 * `runsOnLastRow`, now asked of text too).
 */
import { describe, expect, it } from "vitest";
import { FRAME_2008, extractCompact } from "../support/compact-text.js";

const TEXT = [
  ...FRAME_2008,
  "To increase the efficiency of business operations at country level",
  "",
  "       Expected accomplishment                          Indicator of achievement",
  " Candidates assessed for resident          a) 64 per cent of resident coordinator offices",
  " coordinator posts.                           fully staffed",
  " Resident coordinators supported by full",
  " offices.",
  "",
  "             Expected result                         Performance measure",
  " To expand common premises of the development system",
  " Joint programmes funded.                    a) 124 country results reports published",
  " Common premises established.                b) 96 integrated national financing frameworks",
  "",
].join("\n");

describe("a 2-column table's last accomplishment cell running on below its measure (text)", () => {
  it("stays in the row", async () => {
    const out = await extractCompact(TEXT);
    expect(out.objectives.map((o) => [o.objective, o.accomplishments])).toEqual([
      ["To increase the efficiency of business operations at country level", ["Candidates assessed for resident coordinator posts.", "Resident coordinators supported by full offices."]],
      ["To expand common premises of the development system", ["Joint programmes funded.", "Common premises established."]],
    ]);
  });
});

/**
 * What is not such a run-on in text, where pdftotext keeps no paragraph spacing: the next table's
 * objective heading set right under the last row (corpus dev-009 lo.txt, dev-028 chromium.txt).
 */
const heading = (firstTableRows: string[], headingLine: string) =>
  [
    ...FRAME_2008,
    "Better planning of programme activities",
    "",
    "                Expected accomplishment                                Performance measure",
    "",
    ...firstTableRows,
    headingLine,
    "",
    "                Expected accomplishment                                Performance measure",
    "",
    "- Better consistency of policy advice.                       – Proportion of audit recommendations implemented.",
    "",
  ].join("\n");

describe("the next table's heading right under the last row (text) is no run-on", () => {
  it("after a cell of marked items whose last line ends a sentence", async () => {
    const out = await extractCompact(heading([
      "- Better quality of advisory services.                       – Clean audit opinion on the financial statements.",
      "- Demonstrated coordination among units of the entity.       – Evaluation of the pilot completed and findings",
      "                                                               presented to management.",
    ], "Results-focused management of the use of evaluation findings"));
    expect(out.objectives.map((o) => [o.objective, o.accomplishments])).toEqual([
      ["Better planning of programme activities", ["Better quality of advisory services.", "Demonstrated coordination among units of the entity."]],
      ["Results-focused management of the use of evaluation findings", ["Better consistency of policy advice."]],
    ]);
  });

  it("as one run across where the second column's cells open", async () => {
    const out = await extractCompact(heading([
      " Better continuity of operations.                            – Proportion of staff members completing training",
      "                                                               increased to 79 per cent by the end of 2011.",
      " Greater capacity of Member States to implement              – 93 per cent of performance appraisals completed",
      "agreed commitments.                                            on time in 2011.",
    ], "Sustained progress in reporting on the commitments made to Africa."));
    expect(out.objectives.map((o) => [o.objective, o.accomplishments])).toEqual([
      ["Better planning of programme activities", ["Better continuity of operations.", "Greater capacity of Member States to implement agreed commitments."]],
      ["Sustained progress in reporting on the commitments made to Africa.", ["Better consistency of policy advice."]],
    ]);
  });
});
