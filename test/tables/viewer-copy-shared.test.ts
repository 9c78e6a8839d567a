/**
 * Viewer's copies (`mutool draw -F txt`) of AbiWord's prints (session 22, h-mu3;
 * src/tables/linearized.ts): a word broken inside a narrow cell with no hyphen, a line as wide as
 * the table, a table ending in a row whose last cells printed nothing, the next table's header
 * under a lone value at a page foot (src/tables/index.ts).
 */
import { describe, expect, it } from "vitest";
import { readLinearText } from "../support/linearized.js";
import { textToLayout } from "../../src/extract/text.js";
import { readTables } from "../../src/tables/index.js";

function read(text: string, heading: string | null = null) {
  const { viewer, out } = readLinearText(text, heading);
  return {
    viewer,
    rows: out.rows.map((r) => ({ objective: r.objective, accomplishments: r.accomplishments, measures: r.measures.map((m) => m.text), target: r.measures.map((m) => m.target ?? null) })),
  };
}

describe("viewer's copy: a word broken inside a narrow cell", () => {
  const table = (broken: string[]) =>
    [
      "Objective",
      "Expected accomplishment",
      "Performance measure",
      "",
      "To keep the accounts of the ",
      "Organization in order",
      "",
      "Accounts closed on ",
      "time",
      "",
      "Audit ",
      ...broken,
      "financial statements ",
      "implemented (percentage)",
      "",
    ].join("\n");

  it("joins a word AbiWord broke where the narrow cell was full (no hyphen, no wrap space)", () => {
    const { viewer, rows } = read(table(["recommendati", "ons on "]));
    expect(viewer).toBe(true);
    expect(rows[0]!.measures).toEqual(["Audit recommendations on financial statements implemented (percentage)"]);
  });

  it("keeps two words apart when the line broke at a space, or the halves are words of their own", () => {
    // The break's space kept: the line ended at a word's end, whatever the halves make.
    expect(read(table(["recommendati ", "ons on "])).rows[0]!.measures).toEqual(["Audit recommendati ons on financial statements implemented (percentage)"]);
    // "under" + "taking": two words that make a third stay apart.
    expect(read(table(["under", "taking the "])).rows[0]!.measures).toEqual(["Audit under taking the financial statements implemented (percentage)"]);
  });
});

describe("viewer's copy: a line as wide as the table is no cell", () => {
  // Cells wrap at their column's width (about 30 characters), the objective rows at the table's.
  const table = [
    "Expected accomplishment",
    "Performance measure",
    "Target",
    "",
    "To keep the premises of the Office safe, functional and accessible across the ",
    "Secretariat",
    "Requests for repairs answered ",
    "within the service standard",
    "",
    "Work orders closed within five ",
    "working days",
    "",
    "93%",
    "",
    "Reduction in the use of power ",
    "against the 2010 baseline",
    "",
    "19%",
    "",
    "Solicitations completed within ",
    "the planned lead time",
    "",
    "To provide the travel and transport services that delegates and staff rely on in ",
    "field missions",
    "Tickets issued at the lowest ",
    "available fare",
    "",
    "Tickets purchased at least 16 ",
    "days before travel",
    "",
    "98%",
    "",
  ].join("\n");

  it("reads it as the next objective, not as a measure after a measure sharing its Target", () => {
    const { viewer, rows } = read(table);
    expect(viewer).toBe(true);
    expect(rows.map((r) => [r.objective, r.accomplishments, r.measures, r.target])).toEqual([
      [
        "To keep the premises of the Office safe, functional and accessible across the Secretariat",
        ["Requests for repairs answered within the service standard"],
        ["Work orders closed within five working days", "Reduction in the use of power against the 2010 baseline", "Solicitations completed within the planned lead time"],
        ["93%", "19%", null],
      ],
      ["To provide the travel and transport services that delegates and staff rely on in field missions", ["Tickets issued at the lowest available fare"], ["Tickets purchased at least 16 days before travel"], ["98%"]],
    ]);
  });
});

describe("viewer's copy: widths say nothing when the columns differ that much", () => {
  it("reads a narrow column beside one three times as wide as cells", () => {
    const table = [
      "Expected accomplishment",
      "Performance measure",
      "",
      "Accounts closed ",
      "on time",
      "",
      "Statements of programme budget implications issued 48 ",
      "hours before the vote (percentage)",
      "",
      "Claims certified ",
      "promptly",
      "",
      "Contributing countries' claims certified within 90 days of ",
      "their receipt (percentage)",
      "",
      "Reports issued ",
      "by the slot date",
      "",
      "Budget reports submitted to the Advisory Committee by the ",
      "slot date (percentage)",
      "",
      "Allotments issued ",
      "in time",
      "",
      "Allotments issued on the first working day of the period (percentage)",
      "",
    ].join("\n");
    const { viewer, rows } = read(table, "To keep the accounts of the Organization in order");
    expect(viewer).toBe(true);
    expect(rows.map((r) => [r.objective, r.accomplishments, r.measures])).toEqual([
      [
        "To keep the accounts of the Organization in order",
        ["Accounts closed on time", "Claims certified promptly", "Reports issued by the slot date", "Allotments issued in time"],
        [
          "Statements of programme budget implications issued 48 hours before the vote (percentage)",
          "Contributing countries' claims certified within 90 days of their receipt (percentage)",
          "Budget reports submitted to the Advisory Committee by the slot date (percentage)",
          "Allotments issued on the first working day of the period (percentage)",
        ],
      ],
    ]);
  });
});

describe("viewer's copy: the end of a table", () => {
  // A 4-column table whose last row's Target a row span above shares (printed nothing), then, at
  // the page foot under a lone value, the next table's labels; its rows on the next page.
  const text = [
    "Objectives",
    "Expected accomplishments",
    "Performance measures",
    "Target",
    "",
    "To keep the accounts of the ",
    "Organization in order",
    "Accounts closed on ",
    "time",
    "Statements issued within ",
    "the period (percentage)",
    "",
    "47",
    "To close the financial ",
    "statements on time",
    "Audits completed in the ",
    "period",
    "Audit recommendations ",
    "implemented (percentage)",
    "",
    "Expected result",
    "Indicator of achievement",
    "Target",
    "",
    "\f",
    "Objective 1: To keep the protection of children from violence high on the global agenda",
    "Country visits followed by a ",
    "plan of action agreed with the ",
    "Government",
    "",
    "Country visits concluded with ",
    "an agreed plan of action ",
    "(percentage)",
    "",
    "82",
    "",
  ].join("\n");

  it("reads the last row though its last cell printed nothing", () => {
    const { rows } = read(text.split("\nExpected result")[0]!);
    expect(rows.map((r) => [r.objective, r.accomplishments, r.measures, r.target])).toEqual([
      ["To keep the accounts of the Organization in order", ["Accounts closed on time"], ["Statements issued within the period (percentage)"], ["47"]],
      ["To close the financial statements on time", ["Audits completed in the period"], ["Audit recommendations implemented (percentage)"], [null]],
    ]);
  });

  it("finds the next table's header under a lone value at the page foot (no footnote)", () => {
    const out = readTables(textToLayout(text), []);
    expect(out.objectives.map((o) => [o.objective, o.accomplishments, o.measures.map((m) => m.text)])).toEqual([
      ["To keep the accounts of the Organization in order", ["Accounts closed on time"], ["Statements issued within the period (percentage)"]],
      ["To close the financial statements on time", ["Audits completed in the period"], ["Audit recommendations implemented (percentage)"]],
      ["To keep the protection of children from violence high on the global agenda", ["Country visits followed by a plan of action agreed with the Government"], ["Country visits concluded with an agreed plan of action (percentage)"]],
    ]);
  });
});

describe("viewer's copy: lone values above the next table's labels, lists of figures", () => {
  it("takes labels one under the other right under a lone value for a header, not a footnote", () => {
    const text = [
      "Objectives",
      "Expected accomplishments",
      "Performance measures",
      "Target",
      "",
      "To keep the accounts of the ",
      "Organization in order",
      "Accounts closed on ",
      "time",
      "Statements issued within ",
      "the period (percentage)",
      "",
      "47",
      "",
      "Expected result",
      "Indicator of achievement",
      "Target",
      "",
      "\f",
      "Objective 1: To keep the protection of children from violence high on the global agenda",
      "Country visits followed by a ",
      "plan of action agreed with the ",
      "Government",
      "",
      "Country visits concluded with ",
      "an agreed plan of action ",
      "(percentage)",
      "",
      "82",
      "",
    ].join("\n");
    const out = readTables(textToLayout(text), []);
    expect(out.objectives.map((o) => [o.objective, o.accomplishments, o.measures.map((m) => m.text)])).toEqual([
      ["To keep the accounts of the Organization in order", ["Accounts closed on time"], ["Statements issued within the period (percentage)"]],
      ["To keep the protection of children from violence high on the global agenda", ["Country visits followed by a plan of action agreed with the Government"], ["Country visits concluded with an agreed plan of action (percentage)"]],
    ]);
  });

  it("keeps unmarked items that each open with a figure in one cell (measures whose markers were lost)", () => {
    const text = [
      "Outcome",
      "Performance measure",
      "",
      "\u27a2 Departmental focal points for women ",
      "appointed",
      "29 entities with a gender action plan",
      "45% of reports of the Secretary-General with ",
      "gender analysis",
      "42 focal points trained on gender ",
      "mainstreaming",
      "",
      "\u27a2 Reports of the Secretary-General that ",
      "include gender analysis",
      "56% of reports of the Secretary-General with ",
      "gender analysis",
      "12 entities with a gender action plan",
      "",
    ].join("\n");
    const { viewer, rows } = read(text, "To bring a gender perspective into the programmes of the Organization");
    expect(viewer).toBe(true);
    expect(rows.map((r) => [r.accomplishments, r.measures])).toEqual([
      [
        ["Departmental focal points for women appointed", "Reports of the Secretary-General that include gender analysis"],
        [
          "29 entities with a gender action plan",
          "45% of reports of the Secretary-General with gender analysis",
          "42 focal points trained on gender mainstreaming",
          "56% of reports of the Secretary-General with gender analysis",
          "12 entities with a gender action plan",
        ],
      ],
    ]);
  });
});
