/**
 * pdftotext -layout text of LibreOffice's PDFs of HTML tables whose objectives are centred in rows
 * of several items, printed with no blank line between rows (corpus5 g2-006 lo.txt, session 18,
 * h-lotxt): hand-cut texts, one per rule, each failing without its rule.
 */
import { describe, expect, it } from "vitest";
import { textToLayout } from "../../src/extract/text.js";
import { findSections } from "../../src/compact/sections.js";
import { readTables } from "../../src/tables/index.js";
import { textRows as read } from "../support/table-rows.js";

/** The rows' objectives and their Risks and mitigations cells. */
function readRisks(text: string): Array<{ objective: string; risks: string[] }> {
  const layout = textToLayout(text);
  return readTables(layout, findSections(layout)).objectives.map((o) => ({ objective: o.objective, risks: o.extra?.["risksAndMitigations"] ?? [] }));
}

const HEADER = "        Objectives              Expected results            Indicators of achievement";

describe("a tie of two cuts on the half-line grid goes to the cut after a full stop", () => {
  // Row 1's centred objective (4 lines) sits as well in the middle of its row whether the row
  // ends with "… by July" or with "2011." one line lower; the row below centres as well either
  // way. The measure's sentence ends at "2011.", so that line is row 1's.
  const text = [
    HEADER,
    "                                                        All meetings with interpretation",
    "                                                        serviced as requested, as reported",
    "                            • Meetings serviced with    to the Secretary-General.",
    "                              full interpretation as",
    "To improve the quality of                               At least 16 slotted documents",
    "                              requested.",
    "translation and                                         submitted by the slot date by",
    "interpretation services.                                October 2011.",
    "                                                        At least 23 slotted documents",
    "                            • Reduced cost per page",
    "                                                        submitted by the slot date by July",
    "                              of translation.",
    "                                                        2011.",
    "                            • Pre-session documents     Member States’ satisfaction with",
    "To promote the efficient      issued six weeks before   the slotted document rated “good”",
    "planning and servicing of     consideration.            or better in 70% of responses.",
    "meetings of                 • Positive feedback from    82% of pre-session documents",
    "intergovernmental bodies      Member States on          issued in accordance with the six-",
    "                              conference services.      week rule.",
    "To strengthen the timely                                Pre-session documents issued in",
    "issuance of pre-session     • Higher utilization of     accordance with the six-week rule",
    "documentation in all          conference resources.     within 26 working days (2010: 54",
    "official languages                                      days).",
  ].join("\n");
  const rows = read(text);
  it("keeps the measure's last line with its row", () => {
    expect(rows.map((r) => r.objective)).toEqual([
      "To improve the quality of translation and interpretation services.",
      "To promote the efficient planning and servicing of meetings of intergovernmental bodies",
      "To strengthen the timely issuance of pre-session documentation in all official languages",
    ]);
    expect(rows[0]!.measures).toEqual([
      "All meetings with interpretation serviced as requested, as reported to the Secretary-General.",
      "At least 16 slotted documents submitted by the slot date by October 2011.",
      "At least 23 slotted documents submitted by the slot date by July 2011.",
    ]);
    expect(rows[1]!.measures).toEqual([
      "Member States’ satisfaction with the slotted document rated “good” or better in 70% of responses.",
      "82% of pre-session documents issued in accordance with the six-week rule.",
    ]);
  });
});

describe("a page's first objective beside a line that goes on with a cell above it", () => {
  // Page 2 opens with the rest of row 3 (cut by the break), then row 4, whose centred objective's
  // first line stands beside "days in 2010 to 15 days in 2011." — the end of a measure that opened
  // three grid lines up. Rows do not interleave: the row starts at or above that measure's first line.
  const text = [
    HEADER,
    "To strengthen the timely                                Pre-session documents issued in",
    "issuance of pre-session     • Higher utilization of     accordance with the six-week rule",
    "documentation in all          conference resources.     within 26 working days (2010: 54",
    "official languages                                      days).",
    "                            • Meetings serviced with    At least 14 pages of translation",
    "                              full interpretation as    processed through computer-",
    "                              requested.                assisted tools by September 2011.",
    "",
    "",
    "                                            -2-",
    "\f                                                         At least 15 pre-session documents",
    "                                                         issued in accordance with the six-",
    "                             • Reduced cost per page     week rule by November 2011.",
    "                               of translation.           Reduction in the average time to",
    "                                                         allocate a conference room from 40",
    "                                                         days in 2010 to 29 days in 2011.",
    "                                                         Reduction in the average time to",
    "                                                         process a document from",
    "                                                         submission to issuance from 67",
    "To support the use of                                    days in 2010 to 15 days in 2011.",
    "                             • Pre-session documents",
    "technology in conference                                 Reduction in the average time to",
    "                               issued six weeks before",
    "services, including remote                               allocate a conference room from 54",
    "                               consideration.",
    "participation.                                           days in 2010 to 20 days in 2011.",
    "                                                         Positive feedback from 89% of",
    "                                                         clients surveyed on the meetings",
    "                                                         with interpretation.",
    "To strengthen                                            Positive feedback from 82% of",
    "multilingualism across the                               clients surveyed on the pages of",
    "Secretariat’s meetings and                               translation.",
    "publications.                                            All pre-session documents issued in",
    "                             • Positive feedback from",
    "                                                         accordance with the six-week rule,",
    "                               Member States on",
    "                                                         as reported to the",
    "                               conference services.",
    "                                                         Secretary-General.",
  ].join("\n");
  const rows = read(text);
  it("starts the row at the measure's first line", () => {
    const row = rows.find((r) => r.objective.startsWith("To support the use of"));
    expect(row?.measures.slice(0, 2)).toEqual([
      "Reduction in the average time to process a document from submission to issuance from 67 days in 2010 to 15 days in 2011.",
      "Reduction in the average time to allocate a conference room from 54 days in 2010 to 20 days in 2011.",
    ]);
    expect(rows.find((r) => r.objective.startsWith("To strengthen the timely"))?.measures.slice(-2)).toEqual([
      "At least 15 pre-session documents issued in accordance with the six-week rule by November 2011.",
      "Reduction in the average time to allocate a conference room from 40 days in 2010 to 29 days in 2011.",
    ]);
  });
});

describe("an objective's later line beside a line that goes on with a cell above its first line", () => {
  // "To enhance the" sits a grid line under "Insufficient" and a line above "extrabudgetary", the
  // rest of that risk: the risk cell opens above the objective, so the row does too (corpus2 d2-005
  // lo.txt, its page 2 from the repeated header down).
  const text = [
    "\f                                EXPECTED                                                          RISKS",
    "                                                                   Performance",
    "       Objectives            ACCOMPLISHMENT                                                        AND",
    "                                                                    indicators",
    "                                    S                                                          MITIGATIONS",
    "                                                                                             Turnover of key staff;",
    "                                                                                             succession planning",
    "                                                                                             and rosters.",
    "                                                                                             Liquidity constraints;",
    "                                                                                             prioritization of",
    "                                                                                             activities by the senior",
    "                             (a) Consolidated                 Reduction in the average      management team.",
    "                                 back-office                   time to deliver a strategic",
    "                                 functions at the              deployment stock item from    Insufficient",
    "                                 regional service              62 days in 2009 to 34 days    extrabudgetary",
    "                                 centre                        in 2010                       funding; mitigated by",
    "                                                                                             a resource",
    "                                                                                             mobilization strategy",
    "                                                                                             agreed with donors.",
    "                                                                                             Insufficient",
    "                                                                                             extrabudgetary",
    "                                                              Positive feedback from 88%",
    "                                                                                             funding; mitigated by",
    "                                                               of clients surveyed on the",
    "                                                                                             a resource",
    "                             (a) Reduced reliance              requisitions",
    "                                                                                             mobilization strategy",
    "                                 on diesel generation         Claims certified for          agreed with donors.",
    "                                 in mission camps              reimbursement within 12",
    "                                                                                             Competing priorities",
    "                                                               working days (2009: 48",
    "                                                                                             of Member States;",
    "                                                               days)",
    "                                                                                             regular briefings to",
    "                                                                                             regional groups.",
    "                                                                                             Competing priorities",
    "                                                                                             of Member States;",
    "                                                                                             regular briefings to",
    "                             (a) Faster delivery of",
    "                                                              Member States’ satisfaction   regional groups.",
    "                                                               with the requisition rated",
    "                                 goods and services                                          Limited data",
    "To improve the                                                 “good” or better in 78% of",
    "                                 to client missions                                          availability in some",
    "timeliness of supply                                           responses",
    "                                                                                             countries; partnerships",
    "chain delivery to field                                                                      with national",
    "operations.                                                                                  statistical offices.",
    "                             (a) Fewer serious                Member States’ satisfaction   Delays in the approval",
    "                                 injuries and                  with the camp rated “good”    of the budget; early",
    "                                 fatalities in field           or better in 89% of           engagement with the",
    "                                 locations                     responses                     Advisory Committee.",
    "                                                                                             Insufficient",
    "To enhance the               (a) Timely",
    "                                                                                             extrabudgetary",
    "reliability of information       reimbursement of             At least 11 camps",
    "                                                                                             funding; mitigated by",
    "and communications               troop- and                    connected to wastewater",
    "                                                                                             a resource",
    "technology services in           police-contributing           treatment by July 2010",
    "                                                                                             mobilization strategy",
    "the field.                       countries",
    "                                                                                             agreed with donors.",
    "To strengthen the                                                                            Delays in the approval",  ].join("\n");
  const rows = readRisks(text);
  it("gives the whole risk to the objective's row", () => {
    const row = rows.find((r) => r.objective.startsWith("To enhance the reliability"));
    expect(row?.risks[0]).toBe("Insufficient extrabudgetary funding; mitigated by a resource mobilization strategy agreed with donors.");
    expect(rows.find((r) => r.objective.startsWith("To improve the timeliness"))?.risks.at(-1)).toBe("Delays in the approval of the budget; early engagement with the Advisory Committee.");
  });
});
