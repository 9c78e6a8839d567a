/**
 * Session 52 (h-rows52), layout text (`pdftotext -layout`): a table whose own lines cast no centring
 * vote or one takes the reading its document's other tables agree on (`documentReading`, `weakTally`
 * in src/tables/index.ts). corpus14 val14k v14k-018, cut down: the programme table's top-aligned rows
 * (each objective opens its row's first sub-row; a wrapped last sub-row sits right above the next
 * objective) get one centred vote, while the managerial table under it votes top three times (five in
 * the whole document). Read centred, each sub-row above a later objective went to that objective's row.
 * The mirror (corpus18 val18n v18-023 jspdf.txt, cut down; v18-007 in val18o and val18p alike): a
 * two-column table whose objectives cast no vote, read top-aligned, under a table that votes centred
 * five times; its second row, centred on two measures, kept the next row's first measure.
 * The first and third tests fail without the rule (checked: `documentReading` returning null, run, restored).
 */
import { describe, expect, it } from "vitest";
import { textRowsWithValues } from "../support/table-rows.js";

const PROGRAMME = [
  "A. PROGRAMME OBJECTIVES",
  "The results I commit to deliver in 2009 are set out in the table below.",
  "Objective                                   Key performance indicator                       Baseline   Target",
  "To promote the International Day of Sport Share of community programmes led by women 40%               53%",
  "for Development and Peace among",
  "Member States in countries in transition",
  "",
  "",
  "                                            Share of camp participants from post-conflict   43         100%",
  "                                            countries",
  "To support host cities of major sporting    Young leaders trained at the camps              133        144",
  "events in leaving a social legacy in the",
  "Asia-Pacific region",
  "",
  "",
  "                                            Good practice case studies published            33         ≥ 37",
  "                                            Share of camp participants from post-conflict   41         100 per cent",
  "                                            countries",
  "To foster the participation of women and   Meetings of the Group of Friends convened        5          at least 6",
  "girls in community sport across the United",
  "Nations system",
  "",
  "",
];

const MANAGERIAL = [
  "B. MANAGERIAL OBJECTIVES",
  "The results I commit to deliver in 2009 are set out in the table below.",
  "Objectives                               Expected accomplishments                  Indicators of achievement",
  "To complete the performance              – Selection decisions taken within the    ➢ 79% of oversight recommendations",
  "appraisals of all staff on time across   timeline                                  implemented",
  "the United Nations system                – Risk register reviewed by senior",
  "                                         management",
  "",
  "To fill vacant posts within the        – Appraisals completed in the performance ➢ Days from vacancy announcement to",
  "timeline of the staff selection system management system                         selection: 120",
  "across the United Nations system                                                 ➢ 85% of appraisals completed by the deadline",
  "                                                                                 ➢ 76% of oversight recommendations",
  "                                                                                 implemented",
  "",
  "",
  "To reach gender parity among            – Tickets purchased in advance of travel   ➢ Days from vacancy announcement to",
  "professional staff of the Office across – Selection decisions taken within the     selection: 96",
  "the United Nations system               timeline                                   ➢ 49% of women among professional staff",
  "                                        – Oversight recommendations closed",
];

const CENTRED_DOCUMENT = [
  "I. Programme",
  "Objectives                                   Performance measures",
  "To support the peace process between the Consultations with stakeholders held: 90.",
  "Government and the ethnic armed          Average time to issue a public statement after a major incident:",
  "organizations                            4.",
  "To support the national reconciliation",
  "                                            Briefings to intergovernmental bodies (target: 2).",
  "process and an inclusive political dialogue",
  "                                            Meetings with ASEAN representatives (target: 4).",
  "in Myanmar",
  "                                            Briefings to intergovernmental bodies: 7.",
  "To support the national reconciliation      Average time to issue a public statement after a major incident:",
  "process and an inclusive political dialogue 4.",
  "in Myanmar within the approved resources Visits to the region conducted: 7.",
  "                                            Meetings with ASEAN representatives: 8.",
  "To support the voluntary, safe and           Average time to issue a public statement after a major incident:",
  "dignified return of refugees from Cox’s      2.",
  "Bazar in the biennium                        Briefings to intergovernmental bodies: 5.",
  "",
  "",
  "II. Managing resources",
  "Objectives                        Expected accomplishments           Key performance indicators",
  "                                  Travel booked in advance of        (a) Performance evaluations completed",
  "                                  departure.                         on time: 85 per cent.",
  "To meet the targets of the                                           (a) Average days to fill a vacancy",
  "human resources action plan       Vacancies filled within the        (target: 92 days).",
  "                                  recruitment benchmark.             (b) Air tickets purchased 16 days before",
  "                                                                     travel: 57 per cent.",
  "                                  Oversight recommendations          (a) Average days to fill a vacancy",
  "                                  closed.                            (target: 128 days).",
  "To achieve gender parity at all",
  "levels of the Office                                             (a) Budget implementation rate: 95%.",
  "                                  Mandatory courses completed by",
  "                                                                 (b) Staff who completed all mandatory",
  "                                  staff.",
  "                                                                 courses: 75%.",
  "To implement the                                                     (a) Performance evaluations completed",
  "recommendations of the            Budget implemented as              on time: 76 per cent.",
  "oversight bodies within the set   approved.                          (b) Women among staff at the P-5 level",
  "deadlines                                                            and above: 50%.",
  "                                                                     (a) Staff who completed all mandatory",
  "                                  Travel booked in advance of        courses: 80%.",
  "To reduce the environmental       departure.                         (b) Women among staff at the P-5 level",
  "footprint of the Office                                              and above: 37%.",
  "                                  Vacancies filled within the        (a) Performance evaluations completed",
  "                                  recruitment benchmark.             on time: 90 per cent.",
];

describe("a table with no centring vote or one takes its document's reading (documentReading)", () => {
  it("reads a one-vote programme table top-aligned beside a managerial table that votes top (v14k-018)", () => {
    const rows = textRowsWithValues([...PROGRAMME, ...MANAGERIAL].join("\n"));
    expect(rows.map((r) => r.measures).slice(0, 3)).toEqual([
      ["Share of community programmes led by women", "Share of camp participants from post-conflict countries"],
      ["Young leaders trained at the camps", "Good practice case studies published", "Share of camp participants from post-conflict countries"],
      ["Meetings of the Group of Friends convened"],
    ]);
    expect(rows.map((r) => r.baselines).slice(0, 3)).toEqual([["40%", "43"], ["133", "33", "41"], ["5"]]);
    expect(rows.map((r) => r.targets).slice(0, 3)).toEqual([["53%", "100%"], ["144", "≥ 37", "100 per cent"], ["at least 6"]]);
    expect(rows).toHaveLength(6);
  });
  it("leaves a table alone in its document to its own vote", () => {
    const rows = textRowsWithValues(PROGRAMME.join("\n"));
    expect(rows.map((r) => r.measures)).toEqual([
      ["Share of community programmes led by women"],
      ["Share of camp participants from post-conflict countries", "Young leaders trained at the camps", "Good practice case studies published"],
      ["Share of camp participants from post-conflict countries", "Meetings of the Group of Friends convened"],
    ]);
  });
  it("reads a table with no vote centred under a table that votes centred (v18-023)", () => {
    const rows = textRowsWithValues(CENTRED_DOCUMENT.join("\n"));
    expect(rows.map((r) => r.measures).slice(0, 4)).toEqual([
      ["Consultations with stakeholders held: 90.", "Average time to issue a public statement after a major incident: 4."],
      ["Briefings to intergovernmental bodies (target: 2).", "Meetings with ASEAN representatives (target: 4)."],
      ["Briefings to intergovernmental bodies: 7.", "Average time to issue a public statement after a major incident: 4.", "Visits to the region conducted: 7.", "Meetings with ASEAN representatives: 8."],
      ["Average time to issue a public statement after a major incident: 2.", "Briefings to intergovernmental bodies: 5."],
    ]);
    expect(rows).toHaveLength(8);
  });
});
