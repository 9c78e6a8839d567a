/**
 * Viewer's copies (`mutool draw -F txt`) read by their blocks (session 23, h-mu4;
 * src/tables/linearized.ts): MuPDF starts a new block, and prints a blank line, wherever the next
 * line starts more than 1.5 font sizes above or below the last. The next cell of a row starts at
 * the row's top, so after a cell of three lines or more a blank line comes; when none does, the
 * paragraph after the cell is below it (the next sub-row's). A paragraph wrapped at a cell's width
 * is a cell's text: no row spanning the table, no note left under it.
 */
import { describe, expect, it } from "vitest";
import { textToLayout } from "../../src/extract/text.js";
import { isViewerCopy, readLinearHeader, readLinearizedPart } from "../../src/tables/linearized.js";

function read(text: string) {
  const lines = textToLayout(text).pages.flatMap((p) => p.lines);
  const header = readLinearHeader(lines, 0);
  if (!header) throw new Error("no header");
  const body = lines.slice(header.end);
  const out = readLinearizedPart(body, header.columns, null, 1);
  return {
    viewer: isViewerCopy(body),
    rows: out.rows.map((r) => ({ objective: r.objective, accomplishments: r.accomplishments, measures: r.measures.map((m) => m.text), target: r.measures.map((m) => m.target ?? null) })),
  };
}

const HEADER = ["Expected accomplishment", "Performance measure", "Target", ""];
const OBJECTIVE_1 = "Objective 1: To keep the accounts of the Organization in order across all of its offices ";
const OBJECTIVE_2 = "Objective 2: To pay the vendors of the Organization on time and to the right bank accounts ";

/**
 * Two measures share one Target cell (a row span): the second prints no Target, and the next
 * sub-row (its own accomplishment, or none under a row span) follows it in one block.
 */
const shared = (gap: string[] = []) =>
  [
    ...HEADER,
    OBJECTIVE_1,
    "in the field",
    "Accounts closed on time at the ",
    "end of each financial period",
    "Invoices paid within thirty ",
    "days of their receipt at ",
    "Headquarters (percentage)",
    "",
    "95",
    "",
    "Vendors paid by electronic ",
    "transfer (percentage)",
    "80",
    "",
    "Payments returned for missing ",
    "bank details of the vendor ",
    "(number)",
    ...gap,
    "Audit findings closed before ",
    "the next audit",
    "Audit recommendations ",
    "implemented on time ",
    "(percentage)",
    "",
    "70",
    "",
    OBJECTIVE_2,
    "and in full",
    "Vendor records kept up to ",
    "date",
    "Vendor records checked in the ",
    "year (percentage)",
    "",
    "60",
    "",
    "Duplicate vendor records ",
    "found and merged in the ",
    "year (number)",
    "",
  ].join("\n");

describe("viewer's copy: a tall cell and the paragraph in its block", () => {
  it("reads a measure sharing the Target above as a measure, not the next accomplishment", () => {
    const { viewer, rows } = read(shared());
    expect(viewer).toBe(true);
    expect(rows).toHaveLength(2);
    expect(rows[0]!.accomplishments).toEqual(["Accounts closed on time at the end of each financial period", "Audit findings closed before the next audit"]);
    expect(rows[0]!.measures).toEqual([
      "Invoices paid within thirty days of their receipt at Headquarters (percentage)",
      "Vendors paid by electronic transfer (percentage)",
      "Payments returned for missing bank details of the vendor (number)",
      "Audit recommendations implemented on time (percentage)",
    ]);
    expect(rows[0]!.target).toEqual(["95", "80", null, "70"]);
  });

  it("reads the table's last measure, sharing the Target above, as a measure (a cell's width: no note under the table)", () => {
    const { rows } = read(shared());
    expect(rows[1]!.objective).toBe("To pay the vendors of the Organization on time and to the right bank accounts and in full");
    expect(rows[1]!.accomplishments).toEqual(["Vendor records kept up to date"]);
    expect(rows[1]!.measures).toEqual(["Vendor records checked in the year (percentage)", "Duplicate vendor records found and merged in the year (number)"]);
  });
});

describe("viewer's copy: blocks — guards", () => {
  it("reads a value right under a tall cell, in its block, as the row's value (a Target may sit centred)", () => {
    const text = [
      ...HEADER,
      OBJECTIVE_1,
      "in the field",
      "Accounts closed on time at the ",
      "end of each financial period",
      "Invoices paid within thirty ",
      "days of their receipt at ",
      "Headquarters (percentage)",
      "95",
      "",
      "Vendors paid by electronic ",
      "transfer (percentage)",
      "",
      "80",
      "",
    ].join("\n");
    const { rows } = read(text);
    expect(rows[0]!.measures).toEqual(["Invoices paid within thirty days of their receipt at Headquarters (percentage)", "Vendors paid by electronic transfer (percentage)"]);
    expect(rows[0]!.target).toEqual(["95", "80"]);
  });

  it("takes nothing from a copy that prints no blank line between its blocks", () => {
    // Without blank lines a paragraph's block is unknown: the reading is the one the cell costs give.
    // (Its units in brackets made words of no unit: a unit is a measure's whatever the blocks,
    // session 24's `unitAsAccomplishment`.)
    const noUnits = (text: string) => text.replace(/\((?:number|percentage)\)$/gm, "(all offices)");
    const bare = noUnits(shared()).split("\n").filter((l) => l !== "").join("\n");
    const { viewer, rows } = read(bare);
    expect(viewer).toBe(true);
    expect(rows[0]!.measures).not.toContain("Payments returned for missing bank details of the vendor (all offices)");
    // The same words parted by their blocks: the block cue alone reads it as a measure.
    expect(read(noUnits(shared())).rows[0]!.measures).toContain("Payments returned for missing bank details of the vendor (all offices)");
  });
});

describe("viewer's copy: a measure naming its unit in brackets", () => {
  it("reads a paragraph ending in `(percentage)` as a measure, not an accomplishment, where the cells can be cut either way", () => {
    // Every block parted by a blank line: the measure sharing the Target above and the next
    // sub-row's accomplishment can be read the other way round at the same cost.
    const text = [
      ...HEADER,
      OBJECTIVE_1,
      "in the field",
      "Travel booked in advance of ",
      "the deadline",
      "",
      "Tickets bought 16 days or ",
      "more before travel ",
      "(percentage)",
      "",
      "70",
      "",
      "Staff who completed the ",
      "security course (percentage)",
      "",
      "81",
      "",
      "Allotment spent by the end of ",
      "the period (percentage)",
      "",
      "Staff trained in information ",
      "security",
      "",
      "Women among staff at the P-5 ",
      "level and above (percentage)",
      "",
      "37",
      "",
    ].join("\n");
    const { rows } = read(text);
    expect(rows[0]!.accomplishments).toEqual(["Travel booked in advance of the deadline", "Staff trained in information security"]);
    expect(rows[0]!.measures).toEqual([
      "Tickets bought 16 days or more before travel (percentage)",
      "Staff who completed the security course (percentage)",
      "Allotment spent by the end of the period (percentage)",
      "Women among staff at the P-5 level and above (percentage)",
    ]);
  });
});

describe("viewer's copy: a row a page break cuts, its value beside the cut cell", () => {
  it("puts the cut measure's rest back before the Target printed beside its first line", () => {
    const text = [
      ...HEADER,
      OBJECTIVE_1,
      "in the field",
      "Accounts closed on time at the ",
      "end of each financial period",
      "",
      "Invoices paid within thirty ",
      "days of their receipt ",
      "(percentage)",
      "",
      "95",
      "",
      "Vendors paid by electronic ",
      "12",
      "",
      "",
      "\f",
      "transfer (number)",
      "",
      OBJECTIVE_2,
      "and in full",
      "Vendor records kept up to ",
      "date",
      "",
      "Vendor records checked in the ",
      "year (percentage)",
      "",
      "60",
      "",
    ].join("\n");
    const { rows } = read(text);
    expect(rows[0]!.measures).toEqual(["Invoices paid within thirty days of their receipt (percentage)", "Vendors paid by electronic transfer (number)"]);
    expect(rows[0]!.target).toEqual(["95", "12"]);
    expect(rows[1]!.measures).toEqual(["Vendor records checked in the year (percentage)"]);
  });

  it("keeps a paragraph's last line of words and figures (`2010 baseline`) where it stands", () => {
    const text = [
      ...HEADER,
      OBJECTIVE_1,
      "in the field",
      "Accounts closed on time at the ",
      "end of each financial period",
      "",
      "Reduction in electricity use against the ",
      "2010 baseline",
      "",
      "",
      "\f",
      "7%",
      "",
    ].join("\n");
    const { rows } = read(text);
    expect(rows[0]!.measures).toEqual(["Reduction in electricity use against the 2010 baseline"]);
    expect(rows[0]!.target).toEqual(["7%"]);
  });
});

describe("viewer's copy: an objective beside a two-level list", () => {
  it("reads a numbered line after a first-level item as the list's second level, not the next objective", () => {
    // One block, no blank line: only the markers tell the list's items from the objectives (the
    // part ends where a page break cuts the last item).
    const text = [
      "Objective",
      "Expected accomplishment and performance ",
      "measure",
      "To keep the accounts of the Organization ",
      "in order in every office and mission at ",
      "Headquarters",
      "\u2022 Accounts closed on time at the end of ",
      "each financial period",
      "1. 27 accounts closed within the period",
      "2. 1,250 invoices paid within thirty ",
      "days",
      "\u2022 Vendors paid by electronic transfer ",
      "abroad",
      "1. 80 payments made by bank transfer in ",
      "the year",
      "\u2022 Audit findings closed before the next ",
      "audit",
      "1. 70% of audit recommendations ",
      "implemented on time",
      "2. 312 audit findings closed in the ",
      "period",
      "To keep the accounts of the Organization ",
      "in order in every office and mission with ",
      "partner entities",
      "\u2022 Vendors paid by electronic transfer ",
      "abroad",
      "1. 586 payments made by bank transfer ",
      "abroad",
      "2. 25 accounts closed within the period",
      "\u2022 Financial statements issued on time to ",
      "the Board of Auditors, with their ",
      "notes",
      "1. 400 statements issued by the ",
      "deadline",
      "To report on the finances of the ",
      "Organization to the Member States in ",
      "time",
      "\u2022 Vendors paid by electronic transfer ",
      "abroad",
      "1. 14 payments made by bank transfer in ",
      "the year",
      "2. 51% of invoices paid within thirty ",
      "days",
      "\u2022 Financial statements issued on time to ",
      "the Board of Auditors, with their ",
      "",
      "",
      "",
    ].join("\n");
    const { rows } = read(text);
    expect(rows.map((r) => [r.objective, r.accomplishments.length, r.measures.length])).toEqual([
      ["To keep the accounts of the Organization in order in every office and mission at Headquarters", 3, 5],
      ["To keep the accounts of the Organization in order in every office and mission with partner entities", 2, 3],
      ["To report on the finances of the Organization to the Member States in time", 2, 2],
    ]);
  });
});
