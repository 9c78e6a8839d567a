/**
 * Session 51 (h-gap51), layout text: a prose cell's line glued one space to the next prose cell's
 * line with the cut a word late, the right cell's first word a capital read into the left cell
 * ("… confidence-building Key | posts fall vacant", corpus20 val20n v20n-019 typst.txt; "… waste
 * management Women | among deployed staff", corpus8 val8m v8-011 txt).
 *
 * `capitalAfterSentenceWord` (src/tables/gluedCapital.ts, assignColumns' post-placement pass): a
 * capitalised word after a word of the left cell's sentence that no name follows (not an article,
 * preposition or conjunction: `BEFORE_NAME`), with the right cell's run going on in lower case after
 * it, opens the right cell when it starts within MAX_ANCHOR_SHIFT_CHARS of that column's edge. The
 * layouts are the two documents' lines as committed. Both tests fail without the rule (checked: its
 * call removed, run, restored).
 */
import { describe, expect, it } from "vitest";
import { textRows } from "../support/table-rows.js";
import { textToLayout } from "../../src/extract/text.js";
import { findSections } from "../../src/compact/sections.js";
import { readTables } from "../../src/tables/index.js";
import { repairText } from "../../src/vocab/text.js";

const TYPST = [
  "Objective                           Risks and mitigations                     Outcome                                    Key performance indicator",
  "To assist the parties in the delin\u00AD Partners submit data late; mitigation: a a) Reports of the follow-up committee is\u00AD Boundary pillars emplaced (target: 352).",
  "eation of the maritime boundary in shared calendar with reminders.              sued.",
  "the current period",
  "To mobilize funding for joint eco\u00AD Political tensions delay meetings; mitiga\u00AD a) Reports of the follow-up committee is\u00AD Sessions of the Mixed Commission: \u2265 3.",
  "nomic projects along the boundary, tion: informal consultations between ses\u00AD     sued.                                  Boundary pillars emplaced: \u2265 561.",
  "in cooperation with the parties con\u00AD sions.",
  "cerned",
  "To monitor the implementation of    Political tensions delay meetings; mitiga\u00AD a) Joint projects for the affected popula\u00AD Sessions of the Mixed Commission: 4.",
  "the Greentree Agreement on the      tion: informal consultations between ses\u00AD     tions launched.                         Joint projects under way: \u2265 6.",
  "Bakassi peninsula                   sions.                                     b) Field assessment missions completed. Average time to settle a disagreement in",
  "                                                                                                                          the field: 53.",
  "To promote confidence-building Key posts fall vacant; mitigation: a roster a) Boundary pillars emplaced and veri\u00AD Sessions of the Mixed Commission: 4.",
  "measures among the affected popu\u00AD and temporary assignments.                   fied.                              Kilometres of boundary assessed (target:",
  "lations                           Interlocutors change after a reshuffle; mit\u00AD                                    407).",
].join("\n");

const WORD = [
  "2. Priority programme objectives",
  "The priority objectives of the programme for the year are set out in the tables below.",
  "",
  "               Table 1. Objectives, indicators, baselines and targets",
  "          EXPECTED                         PERFORMANCE",
  "                                                                  BASELINE      TARGET",
  "     ACCOMPLISHMENT                            MEASURE",
  "To strengthen the protection of civilians in mission areas through integrated early",
  "warning.",
  "Joint planning with the         Contingent-owned equipment found     86%          90%",
  "African Union                   serviceable (percentage)",
  "institutionalized               Renewable share of mission            8%          10%",
  "                                electricity (percentage)",
  "                                Women among deployed staff           14%          16%",
  "                                officers (percentage)",
  "                                Explosive-hazard casualties among     39           30",
  "                                personnel",
  "To accelerate the drawdown and transition planning of multidimensional missions.",
  "National police services able   Renewable share of mission            6%          10%",
  "to assume responsibility for    electricity (percentage)",
  "public order                    Misconduct cases open beyond 6        86           66",
  "                                months",
  "To improve the readiness and performance of contingents deployed to field missions.",
  "Missions operating with         Explosive-hazard casualties among     25           16",
  "lower energy consumption        personnel",
  "and safer waste management Women among deployed staff                12%          14%",
  "                                officers (percentage)",
  "Former combatants               Contingent-owned equipment found     80%          86%",
  "reintegrated into civilian life serviceable (percentage)",
  "                                Renewable share of mission           15%          17%",
  "                                electricity (percentage)",
  "                                                                         Senior Manager\u2019s Compact 2007",
].join("\n");

describe("a capital after a word of the left cell's sentence opens the glued right cell (capitalAfterSentenceWord, layout text)", () => {
  it("reads \"Key posts fall vacant\" as the risk's first words, not the objective's (v20n-019 typst.txt)", () => {
    const layout = textToLayout(repairText(TYPST));
    const rows = readTables(layout, findSections(layout)).objectives;
    expect(rows[3]?.objective).toBe("To promote confidence-building measures among the affected populations");
    expect(rows[3]?.extra?.risksAndMitigations?.[0]).toMatch(/^Key posts fall vacant; mitigation: a roster and temporary assignments\.$/);
  });

  it("reads \"Women among deployed staff officers (percentage)\" as a measure (v8-011 txt)", () => {
    const rows = textRows(WORD);
    expect(rows[2]?.accomplishments).toEqual(["Missions operating with lower energy consumption and safer waste management", "Former combatants reintegrated into civilian life"]);
    expect(rows[2]?.measures).toContain("Women among deployed staff officers (percentage)");
  });
});
