/**
 * Viewer's copies (`mutool draw -F txt`; session 24, h-mu5; src/tables/linearized.ts): what holds
 * for any copy that keeps the wrap's space — a line breaks without one only inside a word too long
 * for its cell; a paragraph that stops with the wrap's space before the next item's marker was cut
 * there (a page break), and its rest opens the next page.
 */
import { describe, expect, it } from "vitest";
import { readLinearText } from "../support/linearized.js";

function read(text: string, heading: string | null = null) {
  const { viewer, out } = readLinearText(text, heading);
  return {
    viewer,
    rows: out.rows.map((r) => ({ objective: r.objective, accomplishments: r.accomplishments, measures: r.measures.map((m) => m.text), extra: r.extra })),
  };
}

describe("viewer's copy: a line without the wrap's space", () => {
  // Six columns; the Remarks `e-Performance cycle` in a narrow column breaks after `e-`, right
  // under the row's Target `55%`, in one block.
  const wide = (target: string) =>
    [
      "Objective",
      "Expected ",
      "accomplishment",
      "Key ",
      "performance ",
      "indicator",
      "Baseline",
      "Target",
      "Remarks",
      "",
      "To complete the ",
      "appraisal of staff on time",
      "",
      "Performance documents ",
      "finalized by the deadline",
      "",
      "Staff with a completed ",
      "performance document ",
      "(percentage)",
      "",
      "54%",
      target,
      "e-",
      "Performance ",
      "cycle",
      "",
      "Women among staff at ",
      "the P-5 level (percentage)",
      "",
      "40%",
      "45%",
      "Gender parity ",
      "strategy target",
    ].join("\n");

  it("keeps a value line apart from the next cell's line in lower case (`55%` / `e-`)", () => {
    const { viewer, rows } = read(wide("55%"));
    expect(viewer).toBe(true);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.extra).toEqual({ baseline: ["54%", "40%"], target: ["55%", "45%"], remarks: ["e-Performance cycle", "Gender parity strategy target"] });
  });

  it("still joins a word broken inside a narrow cell (`recommendati` / `ons`)", () => {
    const text = [
      "Objective",
      "Expected ",
      "accomplishment",
      "Key ",
      "performance ",
      "indicator",
      "Baseline",
      "Target",
      "Remarks",
      "",
      "To implement ",
      "accepted oversight ",
      "recommendati",
      "ons without delay",
      "",
      "Recommendations ",
      "closed in the period",
      "",
      "Audit recommendations ",
      "implemented (percentage)",
      "",
      "68",
      "71",
      "Board of ",
      "Auditors",
    ].join("\n");
    const { rows } = read(text);
    expect(rows.map((r) => r.objective)).toEqual(["To implement accepted oversight recommendations without delay"]);
    expect(rows[0]!.extra).toEqual({ baseline: ["68"], target: ["71"], remarks: ["Board of Auditors"] });
  });
});

describe("viewer's copy: a paragraph cut before the next item's marker", () => {
  // Outline ids: the accomplishment `1.2 Invoices paid within ` and its measure `1.2.1 41% of …`
  // stand side by side at the page's foot, in one block; the page break cut both, and the next
  // page opens with their rests in the cells' order. (The objective's line ending with a stray
  // space, in an earlier block, is no cut.)
  const text = [
    "Objectives",
    "Expected accomplishments",
    "Key performance indicators",
    "",
    "To keep the accounts of the ",
    "Organization in order ",
    "1.1 Accounts closed on time ",
    "at the end of the period",
    "1.1.1 95% of accounts closed ",
    "within 30 days",
    "",
    "1.2 Invoices paid within ",
    "1.2.1 41% of invoices paid ",
    "",
    "\fthirty days of receipt",
    "within thirty days of receipt",
    "1.2.2 80% of vendors paid by ",
    "electronic transfer",
    "To pay the vendors of the ",
    "Organization on time",
    "2.1 Vendors paid by ",
    "electronic transfer",
    "2.1.1 75% of vendors paid ",
    "within ten days",
  ].join("\n");

  it("moves each rest back after its cut paragraph", () => {
    const { viewer, rows } = read(text);
    expect(viewer).toBe(true);
    expect(rows.map((r) => r.objective)).toEqual(["To keep the accounts of the Organization in order", "To pay the vendors of the Organization on time"]);
    expect(rows[0]!.accomplishments).toEqual(["Accounts closed on time at the end of the period", "Invoices paid within thirty days of receipt"]);
    expect(rows[0]!.measures).toEqual(["95% of accounts closed within 30 days", "41% of invoices paid within thirty days of receipt", "80% of vendors paid by electronic transfer"]);
  });
});

describe("viewer's copy: a row a page break cuts says nothing by its blocks", () => {
  // The last row's objective (three lines on the page, no blank line after them) and its cells'
  // first lines stand in one block at the page's foot; after the mend the objective is four lines
  // tall with its accomplishment right after it, which on one page would mean the next sub-row.
  const text = [
    "Objectives",
    "Expected results",
    "Key performance indicators",
    "To increase the participation ",
    "of young people in the work ",
    "of the United Nations",
    "",
    "1.1 Young peacebuilders ",
    "consulted on resolutions",
    "",
    "1.1.1 76 youth-led ",
    "organizations in the network",
    "",
    "To make the United Nations ",
    "system deliver the Youth ",
    "Strategy in every country ",
    "2.1 Campaigns reaching ",
    "young people in all official ",
    "2.1.1 2,760,266 followers of ",
    "the Envoy's channels",
    "",
    "\fteam in the regions",
    "languages",
    "",
    "2.2 Country teams reporting ",
    "on the Youth Strategy",
    "2.2.1 41% of country teams ",
    "that report on the Strategy",
  ].join("\n");

  it("reads the cut row's cells, not a leftover", () => {
    const { rows } = read(text);
    expect(rows.map((r) => r.objective)).toEqual(["To increase the participation of young people in the work of the United Nations", "To make the United Nations system deliver the Youth Strategy in every country team in the regions"]);
    expect(rows[1]!.accomplishments).toEqual(["Campaigns reaching young people in all official languages", "Country teams reporting on the Youth Strategy"]);
    expect(rows[1]!.measures).toEqual(["2,760,266 followers of the Envoy's channels", "41% of country teams that report on the Strategy"]);
  });
});

describe("viewer's copy: a label wrapped over three lines with a broken word", () => {
  it("reads `INDICATOR ` / `OF ` / `ACHIEVEME` / `NT` as one label (a narrow column's word broken)", () => {
    const text = [
      "OBJECTIVE",
      "EXPECTED ",
      "RESULT",
      "INDICATOR ",
      "OF ",
      "ACHIEVEME",
      "NT",
      "",
      "BASELINE",
      "TARGET",
      "REMARKS",
      "",
      "To help ",
      "Member States ",
      "adopt national ",
      "strategies",
      "",
      "Regional ",
      "commitments ",
      "adopted",
      "",
      "Regional ",
      "organizations ",
      "with a plan ",
      "(number)",
      "",
      "3",
      "5",
      "Subject to ",
      "funding",
    ].join("\n");
    const { viewer, out } = readLinearText(text);
    expect(viewer).toBe(true);
    expect(out.rows.map((r) => ({ a: r.accomplishments, m: r.measures.map((m) => m.text), x: r.extra }))).toEqual([
      { a: ["Regional commitments adopted"], m: ["Regional organizations with a plan (number)"], x: { baseline: ["3"], target: ["5"], remarks: ["Subject to funding"] } },
    ]);
  });
});

describe("viewer's copy: a unit in brackets is a measure's", () => {
  // Two measures share the Target 33 (a row span): the second prints no Target and no
  // accomplishment; read as the next sub-row's accomplishment it would cost nothing, but it names
  // the unit a measure is counted in.
  const text = [
    "Outcomes",
    "Performance measures",
    "Target",
    "Objective 1: To complete the performance appraisal of every staff member on time",
    "Recruitment completed within ",
    "the target number of days",
    "Women among staff at the P-5 ",
    "level and above (percentage)",
    "33",
    "",
    "Allotment spent by the end of ",
    "the period (percentage)",
    "Staff with a completed ",
    "performance document ",
    "(percentage)",
    "",
    "80",
    "",
    "Objective 2: To recruit staff from unrepresented and under-represented Member States",
    "Staff trained in information ",
    "security",
    "Tickets bought 16 days or ",
    "more before travel ",
    "(percentage)",
    "",
    "35",
  ].join("\n");

  it("reads a paragraph ending `(percentage)` as a measure sharing the Target above, not an accomplishment", () => {
    const { rows } = read(text);
    expect(rows.map((r) => r.accomplishments)).toEqual([["Recruitment completed within the target number of days"], ["Staff trained in information security"]]);
    expect(rows[0]!.measures).toEqual(["Women among staff at the P-5 level and above (percentage)", "Allotment spent by the end of the period (percentage)", "Staff with a completed performance document (percentage)"]);
    expect(rows[0]!.extra).toEqual({ target: ["33", "80"] });
  });
});

describe("viewer's copy: a row a page break cuts between items", () => {
  it("keeps a cell's list going across the page break (its blank lines are the page's)", () => {
    const text = [
      "OUTCOMES",
      "KEY PERFORMANCE INDICATORS",
      "",
      "(a) Expenditure kept within the allotment",
      "(b) Staff trained in information security",
      "",
      "•",
      "68% of oversight ",
      "recommendations implemented",
      "•",
      "82% of staff who completed ",
      "the information security course",
      "",
      "\f•",
      "Days from the posting of a ",
      "vacancy to the selection: 170",
    ].join("\n");
    const { rows } = read(text, "To implement accepted oversight recommendations without delay");
    expect(rows).toHaveLength(1);
    expect(rows[0]!.measures).toEqual(["68% of oversight recommendations implemented", "82% of staff who completed the information security course", "Days from the posting of a vacancy to the selection: 170"]);
  });

  it("reads the next page's items, a numbering going on from before the break (`3.` after `2.`), as the row's, not a leftover", () => {
    const text = [
      "Objectives",
      "Expected accomplishments",
      "Indicators of achievement",
      "To shorten the time taken to ",
      "reimburse contributing countries",
      "1. Allotments issued on the ",
      "first working day",
      "2. Claims settled from ",
      "available cash",
      "",
      "– 65% of claims certified ",
      "within 90 days",
      "– 8 working days between the ",
      "approval and the allotments",
      "",
      "\f3. Member States informed ",
      "of arrears each month",
      "",
      "– 78% of statements issued ",
      "48 hours before the vote",
      "– 8 months in which the cash ",
      "report was published on time",
    ].join("\n");
    const { rows } = read(text);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.accomplishments).toEqual(["Allotments issued on the first working day", "Claims settled from available cash", "Member States informed of arrears each month"]);
    expect(rows[0]!.measures).toEqual([
      "65% of claims certified within 90 days",
      "8 working days between the approval and the allotments",
      "78% of statements issued 48 hours before the vote",
      "8 months in which the cash report was published on time",
    ]);
  });

  it("reads a measure stating its figure after a colon as an item of a list of figures", () => {
    const text = [
      "Expected accomplishments",
      "Performance measures",
      "",
      "➢ Staff trained in information security",
      "➢ Expenditure kept within the allotment",
      "",
      "96% of staff with a completed performance ",
      "document",
      "63% of tickets bought 16 days or more before ",
      "travel",
      "Days from the posting of a vacancy to the ",
      "selection: 183",
      "",
    ].join("\n");
    const { rows } = read(text, "To manage the financial resources of the Office");
    expect(rows).toHaveLength(1);
    expect(rows[0]!.measures).toEqual(["96% of staff with a completed performance document", "63% of tickets bought 16 days or more before travel", "Days from the posting of a vacancy to the selection: 183"]);
  });
});
