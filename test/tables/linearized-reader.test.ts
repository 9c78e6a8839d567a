/**
 * The reader of linearised tables (src/tables/linearized.ts): text whose table cells stand one a
 * line, cell after cell, row after row (LibreOffice's / Word's "save as text"). Small hand-made
 * texts, one per piece of evidence the reader uses.
 */
import { describe, expect, it } from "vitest";
import { readLinearText } from "../support/linearized.js";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { extract } from "../../src/index.js";
import { textToLayout } from "../../src/extract/text.js";
import { needsHeading, readLinearHeader, readLinearizedPart, readMarker } from "../../src/tables/linearized.js";

const HERE = dirname(fileURLToPath(import.meta.url));

function read(text: string, heading: string | null = null) {
  const { header, out } = readLinearText(text, heading);
  return { header, ...out, rows: out.rows.map((r) => ({ objective: r.objective, accomplishments: r.accomplishments, measures: r.measures.map((m) => [m.text, m.accomplishment, m.target, m.baseline]), extra: r.extra })) };
}

describe("linearised header", () => {
  it("joins a wrapped label's lines and a year line into one label", () => {
    const lines = textToLayout(["Performance", "Measures", "Baseline", "(2009)", "Target", "2010", "Days to publish"].join("\n")).pages.flatMap((p) => p.lines);
    const header = readLinearHeader(lines, 0)!;
    expect(header.columns.map((c) => [c.role, c.header])).toEqual([
      ["measures", "Performance Measures"],
      ["baseline", "Baseline (2009)"],
      ["target", "Target 2010"],
    ]);
    expect(header.end).toBe(6);
  });

  it("reads a label cut after a connector and a label of one word as separate columns", () => {
    const lines = textToLayout(["OBJECTIVE", "EXPECTED", "ACCOMPLISHMENT", "INDICATOR", "OF ACHIEVEMENT", "RISKS", "AND MITIGATIONS", "To do"].join("\n")).pages.flatMap((p) => p.lines);
    expect(readLinearHeader(lines, 0)!.columns.map((c) => c.key)).toEqual(["objective", "accomplishments", "measures", "risksAndMitigations"]);
  });

  it("is no header when the labels are separated by blank lines (pdftotext's default mode)", () => {
    const lines = textToLayout(["Objectives", "", "Key Performance Indicators", "", "Outcomes"].join("\n")).pages.flatMap((p) => p.lines);
    expect(readLinearHeader(lines, 0)).toBeNull();
  });
});

describe("item markers", () => {
  it.each([
    ["    • Item", { glyph: "•", numbers: [] }],
    ["    (ii) Item", { glyph: null, numbers: [{ family: "(i)", ordinal: 2 }] }],
    ["    a) Item", { glyph: null, numbers: [{ family: "a)", ordinal: 1 }] }],
    ["    (i) Item", { glyph: null, numbers: [{ family: "(i)", ordinal: 1 }, { family: "(a)", ordinal: 9 }] }],
    ["    3. Item", { glyph: null, numbers: [{ family: "1.", ordinal: 3 }] }],
    ["Plain text", null],
  ])("%s", (text, want) => {
    expect(readMarker(text)).toEqual(want);
  });
});

describe("linearised rows", () => {
  it("reads a rowspan table: an empty line is the covered cell, values fill Baseline/Target per measure", () => {
    const { rows, warnings } = read(
      [
        "Objective",
        "Outcome",
        "Indicator",
        "Target",
        "Baseline",
        "To advocate for safer schools",
        "Adaptation plans address disaster risk",
        "Cities with resilience plans",
        "1,113",
        "898",
        "",
        "",
        "Countries reporting loss data",
        "62",
        "53",
        "To promote informed investment",
        "Communities covered by early warning",
        "Population covered by early warning",
        "66%",
        "56%",
        "",
        "National platforms reporting annually",
        "Cities with resilience plans",
        "858",
        "776",
      ].join("\n"),
    );
    expect(warnings).toEqual([]);
    expect(rows).toEqual([
      {
        objective: "To advocate for safer schools",
        accomplishments: ["Adaptation plans address disaster risk"],
        measures: [
          ["Cities with resilience plans", 0, "1,113", "898"],
          ["Countries reporting loss data", 0, "62", "53"],
        ],
        extra: { target: ["1,113", "62"], baseline: ["898", "53"] },
      },
      {
        objective: "To promote informed investment",
        accomplishments: ["Communities covered by early warning", "National platforms reporting annually"],
        measures: [
          ["Population covered by early warning", 0, "66%", "56%"],
          ["Cities with resilience plans", 1, "858", "776"],
        ],
        extra: { target: ["66%", "858"], baseline: ["56%", "776"] },
      },
    ]);
  });

  it("splits cells where a marker changes or a numbering starts again, without ambiguity", () => {
    const { rows, warnings } = read(
      [
        "Objectives",
        "Expected accomplishments",
        "Performance measures",
        "To strengthen national platforms",
        "    (i) Safety assessments completed",
        "    (ii) Loss databases maintained",
        "    • 49 adaptation plans reviewed",
        "    • Loss data reported by 5 countries",
        "To improve loss measurement",
        "    (i) Cities with resilience plans",
        "    • 58 schools assessed",
      ].join("\n"),
    );
    expect(warnings).toEqual([]);
    expect(rows.map((r) => [r.objective, r.accomplishments, r.measures.map((m) => m[0])])).toEqual([
      ["To strengthen national platforms", ["Safety assessments completed", "Loss databases maintained"], ["49 adaptation plans reviewed", "Loss data reported by 5 countries"]],
      ["To improve loss measurement", ["Cities with resilience plans"], ["58 schools assessed"]],
    ]);
  });

  it("takes a labelled line between rows as a spanning objective, and an unlabelled one where no row can start", () => {
    const { rows } = read(
      [
        "Expected results",
        "Performance measures",
        "Objective 1: To improve access to housing",
        "    (a) Recovery plans adopted",
        "    • 32 settlements upgraded",
        "To promote urban policies",
        "    (a) National urban policies adopted",
        "    (b) Spatial plans approved",
        "    • 35 countries reporting",
      ].join("\n"),
    );
    expect(rows.map((r) => [r.objective, r.accomplishments, r.measures.map((m) => m[0])])).toEqual([
      ["To improve access to housing", ["Recovery plans adopted"], ["32 settlements upgraded"]],
      ["To promote urban policies", ["National urban policies adopted", "Spatial plans approved"], ["35 countries reporting"]],
    ]);
  });

  it("gives the rows of a table without an Objective column the heading above it", () => {
    const { rows } = read(["Performance measure", "Baseline", "Target", "Tenure documents issued", "48 per cent", "55 per cent", "Countries reporting", "36", "46"].join("\n"), "To enhance urban data");
    expect(rows).toEqual([
      {
        objective: "To enhance urban data",
        accomplishments: [],
        measures: [
          ["Tenure documents issued", null, "55 per cent", "48 per cent"],
          ["Countries reporting", null, "46", "36"],
        ],
        extra: { baseline: ["48 per cent", "36"], target: ["55 per cent", "46"] },
      },
    ]);
  });

  it("keeps the cycle when one marker runs over two columns, and says the row is ambiguous", () => {
    const { rows, warnings } = read(
      [
        "Objectives",
        "Performance measures",
        "Risks and mitigations",
        "To fill vacant posts",
        "    • Vacancy rate at or below 4 per cent",
        "    • 61 per cent of documents on time",
        "    • Competing deadlines; early planning",
        "To complete appraisals",
        "    • 83 per cent of appraisals completed",
        "    • Liquidity constraints; quarterly plans",
      ].join("\n"),
    );
    // Either split of the first row's three bullets keeps two cells: the figures and the semicolon choose.
    expect(rows.map((r) => [r.objective, r.measures.map((m) => m[0]), r.extra["risksAndMitigations"]])).toEqual([
      ["To fill vacant posts", ["Vacancy rate at or below 4 per cent", "61 per cent of documents on time"], ["Competing deadlines; early planning"]],
      ["To complete appraisals", ["83 per cent of appraisals completed"], ["Liquidity constraints; quarterly plans"]],
    ]);
    expect(warnings.map((w) => [w.code, w.line])).toEqual([["TABLE_LINEARIZED_AMBIGUOUS", 5]]);
  });

  it("reads cells of several unmarked sentences by the cycle, and flags them", () => {
    const { rows, warnings } = read(
      [
        "Expected accomplishment",
        "Performance measure",
        "Objective: To fill vacant posts",
        "Oversight recommendations closed.",
        "Appraisals completed on time.",
        "Vacancy rate at or below 4 per cent.",
        "Objective: To complete appraisals",
        "Implementation rate of the budget.",
        "Budget used by year end.",
      ].join("\n"),
    );
    expect(rows.map((r) => r.objective)).toEqual(["To fill vacant posts", "To complete appraisals"]);
    expect(rows[1]!.accomplishments).toEqual(["Implementation rate of the budget."]);
    expect(rows[1]!.measures.map((m) => m[0])).toEqual(["Budget used by year end."]);
    // The first row's three sentences split 1+2 or 2+1: ambiguous.
    expect(warnings.map((w) => w.code)).toEqual(["TABLE_LINEARIZED_AMBIGUOUS"]);
    expect(warnings[0]!.line).toBe(4);
  });

  it("keeps a column's unmarked sentences alike (full stop or none): an unlabelled line without one is a spanning objective", () => {
    const { rows } = read(
      [
        "EXPECTED",
        "RESULTS",
        "RISKS",
        "AND MITIGATIONS",
        "INDICATORS",
        "OF ACHIEVEMENT",
        "To submit documents to intergovernmental bodies by the deadline",
        "    • Risk register maintained",
        "    • Posts filled within the benchmark",
        "Competing deadlines; early planning of submissions.",
        "71% of staff with completed appraisals.",
        "Vacancy rate at or below 14%.",
        "To complete staff performance appraisals on time",
        "    • Oversight recommendations closed",
        "Competing deadlines; early planning of submissions.",
        "Liquidity constraints; spending plans adjusted quarterly.",
        "61% of the allotment used by year end.",
        "51% of documents submitted on time.",
      ].join("\n"),
    );
    expect(rows.map((r) => [r.objective, r.accomplishments, r.measures.map((m) => m[0]), r.extra["risksAndMitigations"]])).toEqual([
      ["To submit documents to intergovernmental bodies by the deadline", ["Risk register maintained", "Posts filled within the benchmark"], ["71% of staff with completed appraisals.", "Vacancy rate at or below 14%."], ["Competing deadlines; early planning of submissions."]],
      ["To complete staff performance appraisals on time", ["Oversight recommendations closed"], ["61% of the allotment used by year end.", "51% of documents submitted on time."], ["Competing deadlines; early planning of submissions.", "Liquidity constraints; spending plans adjusted quarterly."]],
    ]);
  });

  it("gives a column whose cells are half bulleted, half plain the kind of its first cell (a reading shifted by one cell from the second row on)", () => {
    const { rows } = read(
      [
        "EXPECTED",
        "ACCOMPLISHMENTS",
        "RISKS",
        "AND MITIGATIONS",
        "INDICATORS",
        "OF ACHIEVEMENT",
        "To promote sustainable urbanization policies at national level",
        "    • Housing programmes reaching low-income households",
        "Municipal turnover after elections; early induction of new officials.",
        "Core funding decline; project cost recovery.",
        "48 countries reporting urban indicators.",
        "To improve access to adequate housing for the urban poor",
        "    • Cities with approved spatial plans",
        "Core funding decline; project cost recovery.",
        "17 cities approving spatial plans.",
        "9 countries reporting urban indicators.",
        "48 thousand households reached by housing programmes.",
      ].join("\n"),
    );
    expect(rows.map((r) => [r.objective, r.accomplishments, r.measures.map((m) => m[0]), r.extra["risksAndMitigations"]])).toEqual([
      ["To promote sustainable urbanization policies at national level", ["Housing programmes reaching low-income households"], ["48 countries reporting urban indicators."], ["Municipal turnover after elections; early induction of new officials.", "Core funding decline; project cost recovery."]],
      ["To improve access to adequate housing for the urban poor", ["Cities with approved spatial plans"], ["17 cities approving spatial plans.", "9 countries reporting urban indicators.", "48 thousand households reached by housing programmes."], ["Core funding decline; project cost recovery."]],
    ]);
  });

  it("takes a numbered line the next line's number goes on from for a list item, not a spanning objective: the heading above is the objective", () => {
    const needs = (body: string[]) => {
      const lines = textToLayout(["Outcome", "Key", "Performance Indicator", ...body].join("\n")).pages.flatMap((p) => p.lines);
      const header = readLinearHeader(lines, 0)!;
      return needsHeading(lines.slice(header.end), header.columns);
    };
    expect(needs(["    1. National platforms reporting annually", "    2. Safety assessments of schools completed", "    • 23 countries with strategies aligned", "    • 61% of national platforms submitting reports"])).toBe(true);
    // A numbered objective row is followed by its cells, not by the next number.
    expect(needs(["    5. To strengthen national platforms", "    (i) Safety assessments of schools completed", "    • 23 countries with strategies aligned"])).toBe(false);
  });

  it("leaves the line after the last row unread (the next table's heading)", () => {
    const { rows, leftover } = read(["Objective", "Expected result", "Performance measure", "To act", "Result read", "    • 5 items", "To do the next thing"].join("\n"));
    expect(rows).toHaveLength(1);
    expect(leftover.map((l) => l.text)).toEqual(["To do the next thing"]);
  });
});

describe("the status of a linearised document", () => {
  it("is a success when every row was read without ambiguity, TABLE_LINEARIZED kept", async () => {
    const out = await extract(join(HERE, "..", "corpus9", "dev9", "d9-013.odt.txt"));
    expect(out.warnings.some((w) => w.code === "TABLE_LINEARIZED")).toBe(true);
    expect(out.warnings.filter((w) => w.code === "TABLE_LINEARIZED_AMBIGUOUS")).toEqual([]);
    expect(out.status).toBe("success");
    expect(out.kind === "compact" && out.objectives.length).toBe(8);
  });

  it("is partial when a row could be cut into cells in more than one way", async () => {
    const out = await extract(join(HERE, "..", "corpus9", "dev9", "d9-001.odt.txt"));
    expect(out.status).toBe("partial");
    expect(out.warnings.filter((w) => w.code === "TABLE_LINEARIZED_AMBIGUOUS").map((w) => w.line)).toEqual([83, 89, 94]);
    expect(out.kind === "compact" && out.objectives.length).toBe(11);
  });
});

describe("linearised tables in a whole document", () => {
  const doc = (table: string[]) =>
    Buffer.from(
      [
        "Anjali Popescu",
        "Under-Secretary-General for Counter-Terrorism",
        "2019",
        "I, Anjali Popescu, head of the Office, commit myself to using the authorities delegated to me by the Secretary-General to achieve the results below.",
        "SECTION 1 : DELIVERING RESULTS",
        "A. ACHIEVING PROGRAMME OBJECTIVES",
        ...table,
        "B. MANAGING RESOURCES",
        "",
      ].join("\n"),
    );
  const rowsOf = (out: Awaited<ReturnType<typeof extract>>) => (out.kind === "compact" ? out.objectives.map((o) => [o.objective, o.accomplishments, o.measures.map((m) => m.text)]) : []);

  it("reads a flat table whose last labels the header detector also paired with a cell below (no second table inside the labels)", async () => {
    const out = await extract(
      doc([
        "Objective",
        "Expected Result",
        "Key Performance Indicator",
        "To expand partnerships with regional organizations",
        "    • Programmes screened for human rights compliance",
        "    • Results report issued within 11 days of year end",
        "To integrate gender perspectives into programmes",
        "    • Compact entities working to joint plans",
        "    • 19 national action plans adopted with assistance",
        "    • 93% of programmes screened for human rights and gender",
      ]),
      { fileName: "flat.txt" },
    );
    expect(rowsOf(out)).toEqual([
      ["To expand partnerships with regional organizations", ["Programmes screened for human rights compliance"], ["Results report issued within 11 days of year end"]],
      ["To integrate gender perspectives into programmes", ["Compact entities working to joint plans"], ["19 national action plans adopted with assistance", "93% of programmes screened for human rights and gender"]],
    ]);
  });
  it("takes an indented numbered item after a linearised header for a cell's item, not a section heading", async () => {
    const out = await extract(
      doc([
        "OBJECTIVES",
        "EXPECTED RESULTS",
        "INDICATORS OF ACHIEVEMENT",
        "To reduce the time taken to fill vacant posts",
        "Vacancies filled on time",
        "    1. 48 managers completing the programme",
        "",
        "Balanced representation of women and men",
        "    1. 44 young professionals placed",
        "To promote the mobility of staff",
        "Counselling services available at all duty stations",
        "    1. 50% of selections from rosters",
        "    2. 46% women at the D-1 level and above",
      ]),
      { fileName: "items.txt" },
    );
    expect(rowsOf(out)).toEqual([
      ["To reduce the time taken to fill vacant posts", ["Vacancies filled on time", "Balanced representation of women and men"], ["48 managers completing the programme", "44 young professionals placed"]],
      ["To promote the mobility of staff", ["Counselling services available at all duty stations"], ["50% of selections from rosters", "46% women at the D-1 level and above"]],
    ]);
    expect(out.kind === "compact" && out.objectives.map((o) => o.section)).toEqual(["1.A", "1.A"]);
  });
});
