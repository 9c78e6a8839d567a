/**
 * Session 47 (h-align47): the diagnostic switch `tableAlignment` (ExtractOptions, internal) reads
 * every table top-aligned or by the centred fit whatever `objectivesCentred` votes.
 * The layout is corpus14 val14j v14j-005's first table (layout text, top-aligned: each objective's
 * first line opens a sub-row, the row's other sub-rows under it). In the whole document the vote
 * reads it centred (one later objective's line beside a glued word of its overflow); this excerpt
 * votes top: the centred test fails without the switch (checked: forcedVote returning the vote, run, restored).
 */
import { describe, expect, it } from "vitest";
import { textToLayout } from "../../src/extract/text.js";
import { findSections } from "../../src/compact/sections.js";
import { readTables } from "../../src/tables/index.js";
import type { TableAlignment } from "../../src/model/doc.js";

const TABLE = [
  "1.A. ACHIEVING PROGRAMME OBJECTIVES",
  "My office will deliver the following results in 2024.",
  "Objective                                                       Key performance indicator                                       Baseline   Target",
  "To protect human rights online through system-wide guidance     Member States adopting connectivity targets                     12         31",
  "through regional partners",
  "                                                                Entities applying the human rights guidance                     22         24",
  "                                                                Stakeholder consultations held                                  24         >= 28",
  "To advance the implementation of the Roadmap for Digital        Days to respond to a country request                            19         14 days or fewer",
  "Cooperation in Africa",
  "                                                                Stakeholder consultations held                                  22         >= 26",
  "To prepare the Global Digital Compact with Member States        Stakeholder consultations held                                  20         at least 25",
  "and stakeholders in Latin America and the Caribbean",
  "",
  "",
  "                                                                Days to respond to a country request                            22         20",
  "                                                                Share of digital cooperation entities reporting on joint work   61%        100%",
].join("\n");

const rows = (alignment?: TableAlignment) => {
  const layout = textToLayout(TABLE);
  return readTables(layout, findSections(layout), undefined, () => {}, alignment).objectives.map((o) => [o.objective.slice(0, 30), o.measures.map((m) => m.text)]);
};

describe("tableAlignment: a table read one way whatever the vote (diagnostics)", () => {
  it("top: each objective's row from its first line to the next objective's", () => {
    expect(rows("top")).toEqual([
      ["To protect human rights online", ["Member States adopting connectivity targets", "Entities applying the human rights guidance", "Stakeholder consultations held"]],
      ["To advance the implementation ", ["Days to respond to a country request", "Stakeholder consultations held"]],
      ["To prepare the Global Digital ", ["Stakeholder consultations held", "Days to respond to a country request", "Share of digital cooperation entities reporting on joint work"]],
    ]);
  });

  it("centred: the centred fit gives the line above each later objective to its row", () => {
    const centred = rows("centred");
    expect(centred[0]?.[1]).toEqual(["Member States adopting connectivity targets", "Entities applying the human rights guidance"]);
    expect(centred[1]?.[1]).toEqual(["Stakeholder consultations held", "Days to respond to a country request"]);
    expect(centred[2]?.[1]).toHaveLength(4);
  });

  it("without the switch the vote decides (this excerpt: top)", () => {
    expect(rows()).toEqual(rows("top"));
  });
});
