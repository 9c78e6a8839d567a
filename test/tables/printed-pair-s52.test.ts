/**
 * Session 52 (h-gap52), layout text: a glued cut one word early, the left cell's last word read into
 * the right cell with the right cell's own words after it ("… connectivity by 2030 in Latin | America
 * Digital Compact": the objective's "America" read into the outcome, corpus14 val14o v14o-005 txt).
 *
 * `cutAtPrintedPair` (src/tables/gluedPair.ts, assignColumns' post-placement pass): the pair across
 * the cut ("Latin America") is printed elsewhere in the document (the fourth table's row (3)), the
 * pair the cut would make instead ("America Digital") nowhere else, so the word ends the left cell.
 * The other way: "… the United Good | offices missions" (corpus20 val20h v20h-001 typst.txt): "Good
 * offices" is printed in the rows around, "United Good" nowhere, so "Good" opens the outcome.
 * The layouts are the documents' lines as committed (v14o-005: its first two tables, lines 14–60,
 * and the fourth table's first rows, lines 97–109; v20h-001: lines 1–17). The first two tests fail
 * without the rule (checked: the build without its call reads "… in Latin and the Caribbean" /
 * "… the United Good Nations …", as main's build does); the third reads v14o-005's two tables alone,
 * where "Latin America" is printed nowhere else and the cut stays where the grid puts it (the rule
 * reads the document, not a word list).
 */
import { describe, expect, it } from "vitest";
import { textToLayout } from "../../src/extract/text.js";
import { findSections } from "../../src/compact/sections.js";
import { readTables } from "../../src/tables/index.js";
import { repairText } from "../../src/vocab/text.js";

const TABLE = [
  "1.A. ACHIEVING PROGRAMME OBJECTIVES",
  "The results I commit to deliver in 2023 are set out in the table below.",
  "Objective                                                                      Indicator of achievement                                                                Baseline                     Target",
  "To support the High-level Advisory Body on Artificial Intelligence in countries Days to respond to a country request                                                   23                           17",
  "in transition",
  "                                                                               Entities applying the human rights guidance                                             14                           >= 18",
  "To protect human rights online through system-wide guidance in Africa          Roadmap action areas with a champion                                                    8                            at least 8",
  "",
  "                                                                               Entities applying the human rights guidance                                             15                           22",
  "                                                                               Member States adopting connectivity targets                                             13                           21",
  "To promote universal and meaningful connectivity by 2030 in the Asia-          Stakeholder consultations held                                                          10                           at least 13",
  "Pacific region",
  "",
  "",
  "",
  "",
  "                                                                                                                Page 1 of 5",
  "Objectives                           Outcomes                             Key performance indicators                     Unit            Baseline   Target",
  "To protect human rights online       Countries receiving support for digital Roadmap action areas with a champion        areas           6          at least 7",
  "through system-wide guidance in      public infrastructure",
  "countries in transition",
  "",
  "",
  "                                                                          Stakeholder consultations held                 consultations   25         29",
  "To promote universal and meaningful Consultations held on the Global      Entities applying the human rights guidance    entities        29         >= 33",
  "connectivity by 2030 in Latin America Digital Compact",
  "and the Caribbean",
  "",
  "",
  "To advance the implementation of the Connectivity targets adopted by      Roadmap action areas with a champion           areas           8          >= 8",
  "Roadmap for Digital Cooperation      Member States",
  "across the United Nations system",
  "",
  "",
  "To promote universal and meaningful Connectivity targets adopted by       Days to respond to a country request           days            43         <= 37",
  "connectivity by 2030 across the     Member States",
  "United Nations system",
  "",
  "",
  "                                                                          Entities applying the human rights guidance    entities        16         at least 17",
  "",
  "",
  "",
  "",
  "                                                                                                           Page 2 of 5",
  "Table 3",
  "OBJECTIVE                                                          OUTCOME                                                           KEY PERFORMANCE INDICATOR",
].join("\n");

const ELSEWHERE = [
  "No.                 Objectives                                                           Outcomes                                                       Key performance indicators",
  "(1)                 To manage the Office's budget so that expenditure stays within       (a) Tickets purchased in advance of travel                    90% of the allotment spent by year end",
  "                    the approved allotment through regional partners                     (b) Risk register reviewed by senior management               Nationalities represented among staff: 31",
  "                                                                                         (c) Appraisals completed in the performance management system 52% of women among professional staff",
  "",
  "",
  "(2)                 To reach gender parity among professional staff of the Office        (a) Oversight recommendations closed                          73% of oversight recommendations implemented",
  "                                                                                         (b) Expenditure tracked monthly against allotments",
  "                                                                                         (c) Appraisals completed in the performance management system",
  "",
  "",
  "(3)                 To embed risk management in the Office's annual workplan in          (a) Risk register reviewed by senior management                95% of the allotment spent by year end",
  "                    Latin America and the Caribbean                                                                                                     Days from vacancy announcement to selection: 127",
].join("\n");

// corpus20 val20h v20h-001 typst.txt, lines 1–17: "Good offices" is printed in the rows around.
const TYPST = [
  "                                                     2008 SENIOR MANAGER\u2019S COMPACT",
  "Between Ms. Nikolai Ilunga, Special Representative of the Secretary-General for West Africa, and the Secretary-General, Mr. Ban Ki-moon",
  "DEPARTMENT/OFFICE: United Nations Office for West Africa (UNOWA)",
  "The programme of work is set out in the proposed programme budget (A/61/6 (Sect. 3)), approved by the General Assembly in A/RES/61/247.",
  "Pursuant to Security Council resolution 1805 (2007), the Office works closely with LRA, UNMIL and UNOCI on the regional dimension of their mandates.",
  "",
  "A. PROGRAMME OBJECTIVES",
  "1. Core mandate",
  " Objectives                                        Outcomes                                                       Key performance indicators",
  " To encourage regional cooperation against drug    Good offices missions undertaken before elections.             Joint assessments with regional partners (target: 12).",
  " trafficking and organized crime, in cooperation                                                                  Early warning reports issued on schedule (target: 84%).",
  " with the parties concerned                        Dialogue forums held with youth organizations.                 Good offices missions undertaken: 16.",
  " To promote the implementation of the United Good offices missions undertaken before elections.                   Early warning reports issued on schedule: 74 per cent.",
  " Nations integrated strategy for the Sahel, in coop\u00ad",
  " eration with the parties concerned",
  " To strengthen subregional capacities to address Good offices missions undertaken before elections.               Average time to deploy a good offices mission: 4.",
  " cross-border threats                                                                                             Transnational crime units operating: \u2265 6.",
].join("\n");

const rowOf = (text: string, prefix = "To promote universal and meaningful connectivity by 2030 in Latin") => {
  const layout = textToLayout(repairText(text));
  return readTables(layout, findSections(layout)).objectives.find((r) => r.objective.startsWith(prefix));
};

describe("a pair of words the document prints elsewhere is kept together across a glued cut (cutAtPrintedPair, layout text)", () => {
  it("reads \"Latin America\" into the objective and \"Digital Compact\" into the outcome (v14o-005 txt)", () => {
    const row = rowOf(`${TABLE}\n\n${ELSEWHERE}`);
    expect(row?.objective).toBe("To promote universal and meaningful connectivity by 2030 in Latin America and the Caribbean");
    expect(row?.accomplishments).toEqual(["Consultations held on the Global Digital Compact"]);
  });

  it("reads \"Good\" as the outcome's first word, not the objective's: \"Good offices\" is printed elsewhere, \"United Good\" nowhere (v20h-001 typst.txt)", () => {
    const row = rowOf(TYPST, "To promote the implementation of the United");
    expect(row?.objective).toBe("To promote the implementation of the United Nations integrated strategy for the Sahel, in cooperation with the parties concerned");
    expect(row?.accomplishments).toEqual(["Good offices missions undertaken before elections."]);
  });

  it("leaves the cut where the grid puts it when the pair is printed nowhere else", () => {
    const row = rowOf(TABLE);
    expect(row?.objective).toBe("To promote universal and meaningful connectivity by 2030 in Latin and the Caribbean");
    expect(row?.accomplishments).toEqual(["Consultations held on the Global America Digital Compact"]);
  });
});
