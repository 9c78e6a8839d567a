/**
 * Session 38 (h-v15c), corpus15/corpus8 layout text (`pdftotext -layout`):
 * - `figureGluedCalls` (extract/text-notes): a page-foot note that no word, bracket or stop can
 *   call is called from the one value figure on its page ending in its number ("trained: 2132" for
 *   213 and call 2; a lone "74" under "… held:").
 * - a hole beside a running cell ends an accomplishment in a column the table spaces by blank lines,
 *   and so does a neighbour's item opening on the hole (`textSpacedColumns`, val15 v15-004, v15-013).
 * - `labelledHeadingAcrossColumns` (tables/index): "Objective 1.6: To …" in one run across the
 *   column edges at a page foot is the next objective's heading, no row (val15 v15-023).
 */
import { describe, expect, it } from "vitest";
import { join } from "node:path";
import { textToLayout } from "../../src/extract/text.js";
import { withoutProvenNoteCalls } from "../../src/extract/text-notes.js";
import { documentRows, tableRows } from "../support/table-rows.js";

const head = "    Objectives                                  Expected accomplishments                   Performance measures";
const row = (objective: string, acc: string, measure = "") => `    ${objective.padEnd(44)}${acc.padEnd(43)}${measure}`.trimEnd();
const page = (measures: readonly [string, string, string], notes: ReadonlyArray<[number, string]>) =>
  [
    "1. Programme objectives",
    "",
    head,
    row("To integrate atrocity prevention into the", "Risk assessments shared before", measures[0]),
    row("analysis of United Nations country teams", "situations deteriorate"),
    "",
    "",
    row("To prepare the annual report of the", "Country teams applying the framework", measures[1]),
    row("Secretary-General within existing resources", "of analysis in their planning"),
    "",
    "",
    row("To support regional organizations in", "National focal points appointed", measures[2]),
    row("developing early warning mechanisms", "and meeting regularly"),
    "",
    ...notes.flatMap(([n, text]) => [String(n), ` ${text}`]),
    "",
  ].join("\n");
const measuresOf = (text: string) => tableRows(withoutProvenNoteCalls(textToLayout(text))).map((r) => r.measures);
const NOTES: ReadonlyArray<[number, string]> = [
  [1, "Subject to the availability of voluntary contributions."],
  [2, "Includes meetings held virtually."],
  [3, "Figures for the calendar year, as recorded on 31 December."],
];

describe("a note's call glued to a value's figure (figureGluedCalls)", () => {
  it("cuts call 2 from the one figure after a colon ending in 2, the other notes called as before", () => {
    const text = page(["Country teams trained in mission planning1", "Civil society monitors trained: 2132", "Meetings held in accessible venues: 63%3."], NOTES);
    expect(measuresOf(text)).toEqual([["Country teams trained in mission planning"], ["Civil society monitors trained: 213"], ["Meetings held in accessible venues: 63%."]]);
  });
  it("cuts nothing where two figures could hold it", () => {
    const text = page(["Country teams trained in mission planning1", "Civil society monitors trained: 2132", "Desk-to-desk meetings held: 12"], NOTES.slice(0, 2));
    expect(measuresOf(text)).toEqual([["Country teams trained in mission planning"], ["Civil society monitors trained: 2132"], ["Desk-to-desk meetings held: 12"]]);
  });
  it("never reads a figure alone after a colon as a call (\": 2\")", () => {
    const text = page(["Country teams trained in mission planning1", "Civil society monitors trained: 2", "Meetings held in accessible venues: 63%3."], NOTES);
    expect(measuresOf(text)[1]).toEqual(["Civil society monitors trained: 2"]);
  });
  it("reads val15 v15-022's lone \"74\" under \"Desk-to-desk meetings held:\" as 7 and call 4", async () => {
    const rows = await fileRows("v15-022");
    expect(rows.flatMap((x) => x.measures)).toContain("Desk-to-desk meetings held: 7");
    expect(rows.flatMap((x) => x.measures)).not.toContain("Desk-to-desk meetings held: 74");
  });
});

/** A committed val15 draw document read as `extract` reads it (footnote calls and page furniture included). */
const fileRows = (id: string) => documentRows(join(__dirname, "..", "corpus15", "val15", `${id}.txt`));

describe("items a table sets apart by blank lines: a hole in the column ends the item", () => {
  it("parts v15-004's two accomplishments beside the objective's last line", async () => {
    const r = (await fileRows("v15-004")).find((x) => x.objective === "To improve the geographical diversity of the Office's workforce");
    expect(r?.accomplishments).toEqual(["Mandatory courses completed by new and serving staff", "Recruitment completed from job opening to selection within 120 days"]);
  });
  it("parts v15-013's accomplishments where the next measure opens on the hole", async () => {
    const r = (await fileRows("v15-013")).find((x) => x.accomplishments[0] === "Early warning notes escalated to the principals without delay");
    expect(r?.accomplishments).toEqual(["Early warning notes escalated to the principals without delay", "Implementation of senior management decisions tracked and reported quarterly", "Informal briefings to regional groups held as scheduled"]);
  });
});

describe("an objective's labelled heading across the columns at a page foot (labelledHeadingAcrossColumns)", () => {
  it("reads v15-023's 'Objective 1.6: To support …' as the next table's objective, no row of the table above", async () => {
    const rows = await fileRows("v15-023");
    expect(rows.some((x) => x.objective === "6:" || x.objective === "")).toBe(false);
    const r = rows.find((x) => x.objective === "To support cross-border cooperation on the consequences of developments in Afghanistan");
    expect(r?.accomplishments).toEqual(["Border authorities cooperating on shared threats"]);
  });
});
