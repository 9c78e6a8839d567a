/**
 * Footnote calls in plain text (session 24, h-txtfn; corpus15 txt): pdftotext prints a raised call
 * on the baseline, glued to its word or one space after it. A trailing digit is cut only where the
 * page proves it a call: a footnote with that number at the page's foot, the document's notes
 * numbered in order, and one place on the page where a call can stand.
 */
import { describe, expect, it } from "vitest";
import { textToLayout } from "../../src/extract/text.js";
import { noteCallSites, withoutProvenNoteCalls } from "../../src/extract/text-notes.js";
import { tableRows } from "../support/table-rows.js";

const head = "    Objectives                                  Expected accomplishments                   Performance measures";
const row = (objective: string, acc: string, measure = "") => `    ${objective.padEnd(44)}${acc.padEnd(43)}${measure}`.trimEnd();

/** A table on one page, its notes at the page's foot (pdftotext: the raised number on a line of its own). */
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

describe("footnote calls pdftotext glued to the cell text", () => {
  it("cuts a call glued to a word, set off after a bracket, and before the item's full stop", () => {
    const text = page(["Country teams trained in mission planning1", "National focal points in the global network (40) 2", "Meetings held in accessible venues: 63%3."], NOTES);
    expect(measuresOf(text)).toEqual([["Country teams trained in mission planning"], ["National focal points in the global network (40)"], ["Meetings held in accessible venues: 63%."]]);
  });

  it("cuts a call one space after a value's figure or unit (\"schedule: 2 3\", \"90 per cent 2\")", () => {
    const text = page(["Reports issued on schedule: 2 1", "Risk assessments delivered on time: 90 per cent 2", "Civil society monitors trained (129)3"], NOTES);
    expect(measuresOf(text)).toEqual([["Reports issued on schedule: 2"], ["Risk assessments delivered on time: 90 per cent"], ["Civil society monitors trained (129)"]]);
  });

  it("keeps the offsets: the line and the document text keep their lengths, each segment is its slice", () => {
    const text = page(["Country teams trained in mission planning1", "National focal points in the global network (40) 2", "Meetings held in accessible venues: 63%3."], NOTES);
    const before = textToLayout(text);
    const after = withoutProvenNoteCalls(before);
    expect(after.text.length).toBe(before.text.length);
    for (const line of after.pages.flatMap((p) => p.lines)) {
      expect(after.text.slice(line.start, line.end)).toBe(line.text);
      for (const s of line.segments) expect(after.text.slice(s.start, s.end)).toBe(s.text);
    }
  });

  it("keeps a figure that ends a cell when no note has its number (no footnotes, or notes numbered otherwise)", () => {
    const cells: [string, string, string] = ["Workshops on early warning held (12%) 2", "Days to brief Member States (target: 1 days) 3", "National focal points in the global network (40) 1"];
    // No notes at the page's foot: nothing is a call.
    expect(measuresOf(page(cells, []))).toEqual([[cells[0]], [cells[1]], [cells[2]]]);
    // A note numbered 3 alone (the document's notes are not 1, 2, 3 …): no proof either.
    expect(measuresOf(page(cells, [[3, "Includes meetings held virtually."]]))).toEqual([[cells[0]], [cells[1]], [cells[2]]]);
  });

  it("never cuts a digit of a figure, a value after a colon or a quantity (\"95\", \": 2\", \"At least 2\")", () => {
    const text = page(["Country teams trained in the framework: 95", "Selections of candidates from unrepresented States: 2", "Expert-level meetings held: at least 3"], NOTES);
    expect(measuresOf(text)).toEqual([["Country teams trained in the framework: 95"], ["Selections of candidates from unrepresented States: 2"], ["Expert-level meetings held: at least 3"]]);
    expect(noteCallSites(textToLayout(text)).map((n) => n.sites.length)).toEqual([0, 0, 0]);
  });

  it("cuts nothing where two places on the page could hold the call", () => {
    const text = page(["Country teams trained (40) 1", "Regional workshops held (12%) 1", "Meetings held in accessible venues (89%) 2"], NOTES.slice(0, 2));
    expect(measuresOf(text)).toEqual([["Country teams trained (40) 1"], ["Regional workshops held (12%) 1"], ["Meetings held in accessible venues (89%)"]]);
  });
});
