/**
 * Target and Baseline cells on pdftotext's grid of LibreOffice's PDF (test/corpus8 txt): values
 * glued by one space to the text before them or to each other, and rows set on a grid of their
 * own, their values several characters off the header's. Hand-made texts that reproduce each
 * layout, not corpus files.
 */
import { describe, expect, it } from "vitest";
import { textToLayout } from "../../src/extract/text.js";
import { findSections } from "../../src/compact/sections.js";
import { readTables } from "../../src/tables/index.js";

function rows(text: string) {
  const layout = textToLayout(text);
  return readTables(layout, findSections(layout)).objectives.map((o) => ({
    objective: o.objective,
    accomplishments: o.accomplishments,
    measures: o.measures.map((m) => [m.text, m.baseline, m.target]),
  }));
}

const HEADER = [
  "                                                                           Baseline      Target",
  "      Expected accomplishments        Performance measures",
  "                                                                             2006          2007",
];

describe("a value glued to the text before it, straddling a value column's edge", () => {
  // The measure's line fills its cell: pdftotext keeps one space before the value and sets its
  // number four characters left of where the column's other values open.
  it("opens the Baseline cell at the value's number, not at its unit", () => {
    const text = [
      ...HEADER,
      "Objective 1: To achieve gender parity at all levels of the department",
      "Managers modelling ethical        Staff completing mandatory training      83 per cent   87 per cent",
      "leadership.                       (percentage)",
      "Risk registers maintained and     Budget implementation rate               94 per cent   96 per cent",
      "acted upon.                       (percentage)",
      "Objective 2: To improve the geographical diversity of staff",
      "Oversight recommendations         Tickets purchased 16 days in advance 50 per cent       57 per cent",
      "closed within their deadlines.    (percentage)",
    ].join("\n");
    expect(rows(text)[1]).toEqual({
      objective: "To improve the geographical diversity of staff",
      accomplishments: ["Oversight recommendations closed within their deadlines."],
      measures: [["Tickets purchased 16 days in advance (percentage)", "50 per cent", "57 per cent"]],
    });
  });

  it("opens the Target cell at the number glued to the Baseline value (\"99 per cent 100 per cent\")", () => {
    const text = [
      "                                                                          Baseline      Target",
      "      Expected accomplishment         Performance measure",
      "                                                                            2019          2020",
      "Objective 1: To raise the availability of field communications.",
      "Personnel receiving medical       Network availability in field            94 per cent   97 per cent",
      "care within standards.            locations (percentage)",
      "Goods delivered against agreed    Network availability in field          99 per cent 100 per cent",
      "lead times.                       locations (percentage)",
    ].join("\n");
    expect(rows(text)[0]?.measures).toEqual([
      ["Network availability in field locations (percentage)", "94 per cent", "97 per cent"],
      ["Network availability in field locations (percentage)", "99 per cent", "100 per cent"],
    ]);
  });

  it("also where a value of the lines around opens the Target column a character right of the glued number", () => {
    const text = [
      "                                                                     Baseline     Target",
      "      Expected accomplishment        Performance measure",
      "                                                                       2010        2011",
      "Objective 5: To modernize records and archives management.",
      "Construction projects         Average days to deliver a legal         20 days    14 days",
      "completed within budget       opinion",
      "                              Documents issued on time              85 per cent 87 per cent",
      "                              (percentage)",
      "Meetings serviced with        Critical vulnerabilities open beyond      36          26",
      "documents available on time   30 days",
      "                              Client satisfaction with services     75 per cent 78 per cent",
      "                              (percentage)",
      "Objective 6: To improve the client orientation of administrative services.",
      "Premises meeting              Client satisfaction with services     77 per cent 83 per cent",
      "accessibility standards       (percentage)",
    ].join("\n");
    expect(rows(text).map((r) => r.measures)).toEqual([
      [
        ["Average days to deliver a legal opinion", "20 days", "14 days"],
        ["Documents issued on time (percentage)", "85 per cent", "87 per cent"],
        ["Critical vulnerabilities open beyond 30 days", "36", "26"],
        ["Client satisfaction with services (percentage)", "75 per cent", "78 per cent"],
      ],
      [["Client satisfaction with services (percentage)", "77 per cent", "83 per cent"]],
    ]);
  });
});

describe("rows set on a grid of their own, their values right of the header's", () => {
  // Labels centred in wide cells; pdftotext sets the later rows' values eleven characters right of
  // the first row's, so the Baseline values of those rows open between the two labels, where the
  // Target edge is read.
  it("reads two value runs under Target, with Baseline empty on the line, as Baseline and Target", () => {
    const text = [
      "                                                                  Baseline            Target",
      "      Expected accomplishment        Performance measure",
      "Objective 1: To strengthen the humanitarian needs overview.",
      "Feedback from affected        Response plans with joint         20                   22",
      "people reflected.             needs analysis",
      "Pooled fund allocations       Days from allocation to                      28 days     23 days",
      "processed on time.            disbursement of funds",
      "Objective 2: To advance anticipatory action.",
      "Emergency teams deployed      Days from allocation to                      23 days     14 days",
      "within 48 hours.              disbursement of funds",
      "Appeals funded earlier.       Countries with anticipatory                     6           9",
      "                              action frameworks",
    ].join("\n");
    expect(rows(text).map((r) => r.measures)).toEqual([
      [
        ["Response plans with joint needs analysis", "20", "22"],
        ["Days from allocation to disbursement of funds", "28 days", "23 days"],
      ],
      [
        ["Days from allocation to disbursement of funds", "23 days", "14 days"],
        ["Countries with anticipatory action frameworks", "6", "9"],
      ],
    ]);
  });

  it("keeps a measure's last word that runs past the Baseline edge in the measure (\"(percentage)\")", () => {
    const text = [
      "                                                          Baseline      Target",
      "      Expected accomplishment        Performance measure",
      "Objective 1: To increase the impact of the Peacebuilding Fund.",
      "Women represented in          Peacebuilding Fund projects 70 per cent   76 per cent",
      "negotiating delegations.      rated satisfactory (percentage)",
      "Council members informed      Electoral needs assessments    12            15",
      "of risks ahead                completed",
    ].join("\n");
    expect(rows(text)[0]?.measures).toEqual([
      ["Peacebuilding Fund projects rated satisfactory (percentage)", "70 per cent", "76 per cent"],
      ["Electoral needs assessments completed", "12", "15"],
    ]);
  });
});

describe("objectives numbered in their cells, centred in their rows", () => {
  // LibreOffice centres every cell of a row; a numbered objective of two lines sits three grid
  // lines under the one above it, no full stop between: its number is what opens it.
  it("starts a row at each numbered objective (\"2. To …\")", () => {
    const text = [
      "           OBJECTIVE                        EXPECTED RESULT                  KEY PERFORMANCE INDICATOR",
      "                                      ▪   Posts filled from a wider",
      "1. To broaden the geographical            range of Member States           80% of travel booked three weeks ahead.",
      "range of staff                        ▪   Rosters renewed every            Recruitment completed in 95 days.",
      "                                          year",
      "                                      ▪   Appraisals completed on time",
      "2. To strengthen performance              and discussed with staff         64% of appraisals finished by April.",
      "management                            ▪   Managers trained in              Feedback sessions held in 30 units.",
      "                                          feedback",
      "                                      ▪   Plans agreed with auditors",
      "3. To close audit                         before the field visits          88% of audit findings closed in time.",
      "recommendations on time               ▪   Findings tracked every           Tracker updated in 40 divisions.",
      "                                          month",
    ].join("\n");
    expect(rows(text).map((r) => [r.objective, r.accomplishments])).toEqual([
      ["To broaden the geographical range of staff", ["Posts filled from a wider range of Member States", "Rosters renewed every year"]],
      ["To strengthen performance management", ["Appraisals completed on time and discussed with staff", "Managers trained in feedback"]],
      ["To close audit recommendations on time", ["Plans agreed with auditors before the field visits", "Findings tracked every month"]],
    ]);
  });
});
