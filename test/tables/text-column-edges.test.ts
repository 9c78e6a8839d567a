/**
 * Word tables as `pdftotext -layout` prints LibreOffice's PDF of them (test/corpus7 txt): words at
 * and across the gap between two columns, words broken inside narrow cells. Hand-made texts that
 * reproduce each layout, not corpus files.
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

describe("a header label broken inside a narrow cell beside a whole one", () => {
  // A Baseline column narrower than its word: Word breaks "Baseline" inside ("Baseli" / "ne") while
  // "Target" beside it fits, and pdftotext glues the head to "Target" by one space.
  const body = [
    "To reduce the      Fewer late        Reports issued             52%    68%",
    "cost of travel.    tickets.          on time",
    "                                     Claims settled             43%      51%",
    "                                     within a week",
    "To close audits    Audits closed.    Audits closed on           63%      68%",
    "on time.                             schedule",
  ];
  const want = [
    {
      objective: "To reduce the cost of travel.",
      accomplishments: ["Fewer late tickets."],
      measures: [
        ["Reports issued on time", "52%", "68%"],
        ["Claims settled within a week", "43%", "51%"],
      ],
    },
    { objective: "To close audits on time.", accomplishments: ["Audits closed."], measures: [["Audits closed on schedule", "63%", "68%"]] },
  ];

  it("reads the head and its tail as the Baseline column, the label beside it as Target", () => {
    const text = [
      "    Objective          Expected           Performance          Baseli Target",
      "                        Result              Measure              ne",
      ...body,
    ].join("\n");
    expect(rows(text)).toEqual(want);
  });

  it("also when the tail sits under the head's start (a left-aligned cell)", () => {
    const text = [
      "    OBJECTIVE          EXPECTED           PERFORMANCE         BASELIN TARGET",
      "                        RESULT              MEASURE           E",
      ...body,
    ].join("\n");
    expect(rows(text)).toEqual(want);
  });
});

describe("a value broken inside a narrow Target cell", () => {
  // "30 days" set with a no-break space is one word for the layout engine: wider than the Target
  // cell, it is broken inside ("30 day" / "s"); the text keeps a plain space, so the line holds two
  // words and reaches the cell's edge.
  it("joins the lone tail back onto the value", () => {
    const text = [
      "Objective              Expected accomplishment       Performance measure        Target",
      "To speed up            Faster deployment of          Police units deployable     19",
      "deployments.           police units.                 within a month",
      "                                                     Days to close a serious     30 day",
      "                                                     misconduct case                s",
      "",
      "                                                     Reports issued              87%",
    ].join("\n");
    expect(rows(text)).toEqual([
      {
        objective: "To speed up deployments.",
        accomplishments: ["Faster deployment of police units."],
        measures: [
          ["Police units deployable within a month", null, "19"],
          ["Days to close a serious misconduct case", null, "30 days"],
          ["Reports issued", null, "87%"],
        ],
      },
    ]);
  });

  it("keeps a word that ends a full line apart from a one-letter word below it", () => {
    const text = [
      "Objective              Expected accomplishment       Performance measure",
      "To plan the use of     Space planned for each        Floor area per staff member",
      "office space.          duty station area             reduced",
      "                       a year ahead.",
    ].join("\n");
    expect(rows(text)[0]?.accomplishments).toEqual(["Space planned for each duty station area a year ahead."]);
  });
});

describe("a centred header row whose staggered lines the grid prints a line apart", () => {
  // Word centres each header cell vertically: the two-line "EXPECTED" / "ACCOMPLISHMENTS" and
  // "BASELINE" / "(2018)" straddle the one-line "INDICATORS OF ACHIEVEMENT", and pdftotext puts
  // each piece on a grid line of its own.
  it("reads the last line's pieces as the header's, so the accomplishment column is kept", () => {
    const text = [
      "         EXPECTED                                                              BASELINE        TARGET",
      "                                      INDICATORS OF ACHIEVEMENT",
      "      ACCOMPLISHMENTS                                                           (2018)          (2019)",
      " To speed up the settlement of claims",
      "                                 Claims settled within a week                     45%             61%",
      " Claims settled",
      "                                 Appeals closed within a month                    69%             91%",
      " faster.",
      "",
      " To cut the cost of official travel",
      "                                 Tickets bought early                             23%             36%",
      " Cheaper travel.",
    ].join("\n");
    expect(rows(text)).toEqual([
      {
        objective: "To speed up the settlement of claims",
        accomplishments: ["Claims settled faster."],
        measures: [
          ["Claims settled within a week", "45%", "61%"],
          ["Appeals closed within a month", "69%", "91%"],
        ],
      },
      { objective: "To cut the cost of official travel", accomplishments: ["Cheaper travel."], measures: [["Tickets bought early", "23%", "36%"]] },
    ]);
  });
});

describe("a value centred beside a two-line measure, on a grid line of its own", () => {
  // The row is set on a grid of its own: its values start a few characters left of the Target
  // label, and the centred "29" falls on a line between the measure's two lines.
  it("is the Target cell, not a line of the measure", () => {
    const text = [
      "         OUTCOMES                         PERFORMANCE MEASURE                TARGET       BASELINE",
      "To protect civilians under threat in the areas where missions deploy",
      "Contingents deployed with    Planning teams with a gender adviser        60%          45%",
      "the pledged capabilities.",
      "                             Countervailing explosive-hazard courses",
      "                                                                          29           18",
      "Budget proposals linked to   held",
      "mission results.",
      "                                Missions with a current protection strategy      14                7",
      "To align force generation with the requirements of missions",
      "Transition plans agreed.     Police units deployable within 30 days       14             10",
    ].join("\n");
    const got = rows(text);
    expect(got[0]?.measures).toEqual([
      ["Planning teams with a gender adviser", "45%", "60%"],
      ["Countervailing explosive-hazard courses held", "18", "29"],
      ["Missions with a current protection strategy", "7", "14"],
    ]);
  });
});

describe("a row's first line alone under its header at a page foot", () => {
  // The header's printing on page 1 holds one body line, glued by one space ("… disaggregated
  // Forecast error …"); the row goes on under the header repeated on page 2, whose lines show
  // where the measure column starts.
  it("takes its column edges from the table's other printings of the same header", () => {
    const text = [
      "2. To promote the inclusion of persons with disabilities in development plans",
      "           Expected                             Performance                    Target",
      "            results                               measures                     (2008)",
      "Budget statements disaggregated Forecast error (percentage points)               2.0",
      "\f",
      "           Expected                             Performance                    Target",
      "            results                               measures                     (2008)",
      "                                 Countries with paperless trade measures          40",
      "by sex.",
      "                                 Plans screened for climate risk                  23",
      "Development plans                Countries reporting additional                   19",
      "adopted.                         indicators",
    ].join("\n");
    const got = rows(text);
    expect(got.map((r) => [r.objective, r.accomplishments, r.measures.map((m) => m[0])])).toEqual([
      [
        "To promote the inclusion of persons with disabilities in development plans",
        ["Budget statements disaggregated by sex.", "Development plans adopted."],
        ["Forecast error (percentage points)", "Countries with paperless trade measures", "Plans screened for climate risk", "Countries reporting additional indicators"],
      ],
    ]);
  });
});

describe("a Word-numbered objective heading between two tables", () => {
  // "1. To promote …" under the last row of a two-column table, above the header of a
  // Measure | Target | Baseline block; one of its words ("in") happens to start right where the
  // table above opens its second column.
  it("is the next table's objective, not a row of the table above", () => {
    const text = [
      "Objective 3: To support regional integration.",
      "                        Expected                                                      Key performance",
      "                          result                                                         indicators",
      "• National statistical offices producing indicators to   (i) Paperless trade measures adopted by 46 countries.",
      "  international standards.                               (ii) 55 member States reporting on Goal indicators.",
      "• Energy policies revised with the support of the        (i) Development plans of 24 countries addressing disability.",
      "  commission.                                            (ii) 12 energy policies revised by June.",
      "",
      "",
      "1. To promote the inclusion of persons with disabilities in national development plans.",
      "Performance Measure                                                                Target (2018)                  Baseline (2017)",
      "Countries with paperless trade measures                                                       28                               18",
      "Plans screened for climate risk                                                               24                               14",
    ].join("\n");
    const got = rows(text);
    expect(got.map((r) => r.objective)).toEqual(["To support regional integration.", "To promote the inclusion of persons with disabilities in national development plans."]);
    expect(got[0]?.accomplishments).toEqual(["National statistical offices producing indicators to international standards.", "Energy policies revised with the support of the commission."]);
    expect(got[1]?.measures).toEqual([
      ["Countries with paperless trade measures", "18", "28"],
      ["Plans screened for climate risk", "14", "24"],
    ]);
  });
});

describe("Word-numbered objective headings over tab-aligned blocks, no blank line between", () => {
  // `Indicator ⇥ Baseline ⇥ Target` paragraphs under numbered headings; pdftotext prints the
  // second heading on the grid line right under the first block's last row.
  it("reads the second heading as the next objective, not a measure of the first", () => {
    const text = [
      "1. To provide policy advice on sustainable energy to member States.",
      "Performance Measure                                                                    Baseline                           Target",
      "Gender budget statements published                                                            4                               13",
      "Countries with paperless trade measures                                                       9                               23",
      "Forecast error (percentage points)                                                          1.8                              1.4",
      "2. To advance gender-responsive budgeting in member States.",
      "Performance Measure                                                                    Baseline                           Target",
      "Plans screened for climate risk                                                              14                               20",
      "Gender budget statements published                                                           22                               34",
    ].join("\n");
    const got = rows(text);
    expect(got.map((r) => r.objective)).toEqual(["To provide policy advice on sustainable energy to member States.", "To advance gender-responsive budgeting in member States."]);
    expect(got[0]?.measures).toEqual([
      ["Gender budget statements published", "4", "13"],
      ["Countries with paperless trade measures", "9", "23"],
      ["Forecast error (percentage points)", "1.8", "1.4"],
    ]);
    expect(got[1]?.measures).toEqual([
      ["Plans screened for climate risk", "14", "20"],
      ["Gender budget statements published", "22", "34"],
    ]);
  });
});

describe("a capitalised word straddling the gap between two glued columns", () => {
  // pdftotext sets the row's cells one space apart: "Limited" starts four characters left of where
  // the Risks column opens on the lines around it and ends four characters right of it.
  it("opens the next column's cell", () => {
    const text = [
      "Objective: To deepen South-South cooperation on financing for development.",
      "      Expected results             Risks and mitigations              Performance indicators",
      "• Trade facilitation           Extrabudgetary funding           • Paperless trade measures adopted",
      "  measures adopted by          uncertain; joint proposals with    by 73 countries.",
      "  member States.               partners.                        • 31 cooperation agreements signed",
      "                                                                  in 2009.",
      "• Cooperation agreements Limited data availability in           • Forecast errors reduced to 59",
      "  among developing             member States; technical           percentage points.",
      "  countries concluded.         cooperation.",
      "• National statistical offices Political transitions delay      • Development plans of 43 countries",
      "  producing indicators to      reforms; engagement with           addressing disability.",
      "  international standards.     new authorities.",
    ].join("\n");
    const layout = textToLayout(text);
    const row = readTables(layout, findSections(layout)).objectives[0];
    expect(row?.accomplishments).toEqual([
      "Trade facilitation measures adopted by member States.",
      "Cooperation agreements among developing countries concluded.",
      "National statistical offices producing indicators to international standards.",
    ]);
    expect(row?.extra["risksAndMitigations"]).toEqual([
      "Extrabudgetary funding uncertain; joint proposals with partners.",
      "Limited data availability in member States; technical cooperation.",
      "Political transitions delay reforms; engagement with new authorities.",
    ]);
  });
});
