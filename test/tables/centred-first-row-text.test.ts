/**
 * `pdftotext -layout` of a table whose cells are centred vertically (Word, ruled or not): the
 * first row's objective is one line taller than its other cells, so pdftotext sets it half a line
 * off them — its lines on every other grid line, the row's other cells on the lines between. The
 * row opens the table, so the objective has text only below it in its band, which used to count
 * as a top-aligned row; with the one later objective that sits beside a measure's lower-case rest
 * voting centred, the tie read the table top-aligned, and the second row's first lines (above its
 * objective) went to the first row (corpus10 d10-013). A top-aligned row opens every cell on its
 * first line, so an objective alone there, its row's cells on the next grid line, is centred.
 */
import { describe, expect, it } from "vitest";
import { FRAME_2008, extractCompact } from "../support/compact-text.js";

const TEXT = [
  ...FRAME_2008,
  "        Objectives                 Outcomes                  Key Performance Indicators",
  " To strengthen audit",
  "                          Audit plans approved on         12 audits completed on",
  " follow-up in all",
  "                          schedule.                       schedule.",
  " field offices",
  "                                                          20 field offices applying",
  "                          Field offices using",
  " To improve the                                           the revised audit manual.",
  "                          revised audit tools.",
  " timeliness of audit                                      75% of reports issued",
  "                          Audit reports issued",
  " reports                                                  within 30 days",
  "                          within deadlines.",
  "                                                          after fieldwork.",
  "",
].join("\n");

describe("a centred table whose first objective sits half a line off its row's cells (text)", () => {
  it("reads the rows around their centred objectives", async () => {
    const out = await extractCompact(TEXT);
    expect(out.objectives.map((o) => [o.objective, o.accomplishments, o.measures.map((m) => m.text)])).toEqual([
      ["To strengthen audit follow-up in all field offices", ["Audit plans approved on schedule."], ["12 audits completed on schedule."]],
      [
        "To improve the timeliness of audit reports",
        ["Field offices using revised audit tools.", "Audit reports issued within deadlines."],
        ["20 field offices applying the revised audit manual.", "75% of reports issued within 30 days after fieldwork."],
      ],
    ]);
  });
});
