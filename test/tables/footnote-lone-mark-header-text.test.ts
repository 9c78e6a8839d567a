/**
 * `pdftotext -layout` of LibreOffice's PDF of a Word file (corpus7 tune7b t7b-001): a table whose
 * `Target (2008)` label carries a footnote mark ends its page above the footnote, printed as its
 * mark alone on a line ("1") over its text ("Baselines are those of 2007; targets refer to …"); the
 * next page opens with another table's header (`Objective | Outcomes | Performance measure`), its
 * one row's objective centred over its sub-rows. The footnote's label words ("Baselines",
 * "targets") read as the first line of a header cut by the page break, whose rest was the next
 * page's header: one five-column header, and the new table's row was read into the old table's
 * value columns — its objective lost. (The page's running head, which the furniture filter drops, is
 * left out.)
 */
import { describe, expect, it } from "vitest";
import { FRAME_2008, extractCompact } from "../support/compact-text.js";

const TEXT = [
  ...FRAME_2008,
  "1. To strengthen the science-policy interface on the state of the environment",
  "               Expected result                           Indicators of achievement                        Baseline              Target (2008)1",
  "    Environment assessments used in         Countries with chemical frameworks                                 10                       24",
  "    policy decisions.                       Countries reporting on time                                        26                       29",
  "",
  "    Sustainable procurement policies        Hectares under restoration                                      3,000                     8,000",
  "    adopted.                                Governments with sustainable procurement                           16                       26",
  "",
  "1",
  "    Baselines are those of 2007; targets refer to 31 December 2008.",
  "",
  "                                                                  Page 2 of 5",
  "\f",
  "",
  "",
  "",
  "",
  "              Objective                              Outcomes                                     Performance measure",
  "                                                                                  a) 62 countries submitting their national reports on",
  "                                                                                     time.",
  "                                        a) Chemical management",
  "Objective 5: To mainstream                                                        b) 3 hectares of ecosystems under restoration.",
  "                                           frameworks adopted.",
  "sustainable consumption and                                                       c) Sustainable procurement policies adopted by 92",
  "production in national policies                                                      Governments by September 2008.",
  "                                        a) Sustainable procurement policies       a) 49 policy decisions citing the global",
  "                                           adopted.                                  environment assessment.",
  "",
].join("\n");

describe("a page-foot footnote under its lone mark, the next page opening with a header (text)", () => {
  it("is no header line: the next page's table keeps its own columns and its row", async () => {
    const out = await extractCompact(TEXT);
    expect(out.objectives.map((o) => [o.objective, o.accomplishments])).toEqual([
      ["To strengthen the science-policy interface on the state of the environment", ["Environment assessments used in policy decisions.", "Sustainable procurement policies adopted."]],
      ["To mainstream sustainable consumption and production in national policies", ["Chemical management frameworks adopted.", "Sustainable procurement policies adopted."]],
    ]);
  });
});
