/**
 * Cue `firstNoteOfPage` (session 50, h-marks50; corpus15 txt): a footnote whose call is in the last
 * rows of a page is printed at the next page's foot, as the first note there. With the document's
 * notes numbered through (1, 2, 3 …) and no place on its own page to hold its call, that note's call
 * is looked for on the previous page. Without the cue the call stays in its cell as a word
 * ("… disbursed (44%) 4").
 */
import { describe, expect, it } from "vitest";
import { textToLayout } from "../../src/extract/text.js";
import { noteCallSites, withoutProvenNoteCalls } from "../../src/extract/text-notes.js";
import { tableRows } from "../support/table-rows.js";

const head = "    Objectives                                  Expected accomplishments                   Performance measures";
const row = (objective: string, acc: string, measure = "") => `    ${objective.padEnd(44)}${acc.padEnd(43)}${measure}`.trimEnd();
const table = (a: string, b: string) => [
  head,
  row("To integrate atrocity prevention into the", "Risk assessments shared before", a),
  row("analysis of United Nations country teams", "situations deteriorate"),
  "",
  "",
  row("To support regional organizations in", "National focal points appointed", b),
  row("developing early warning mechanisms", "and meeting regularly"),
  "",
];
const notes = (ns: ReadonlyArray<[number, string]>) => ns.flatMap(([n, t]) => [String(n), ` ${t}`]);
const N1: [number, string] = [1, "Subject to the availability of voluntary contributions."];
const N2: [number, string] = [2, "Includes meetings held virtually."];
const N3: [number, string] = [3, "Figures for the calendar year, as recorded on 31 December."];
const measuresOf = (text: string) => tableRows(withoutProvenNoteCalls(textToLayout(text))).map((r) => r.measures).flat();

describe("a page's first note called from the previous page's last rows", () => {
  it("cuts the call of the next page's first note from the previous page", () => {
    const text = [
      ...table("Country teams trained in mission planning1", "Pledges of the crisis response plan disbursed (44%) 2"),
      ...notes([N1]),
      "\f" + head.trim(),
      ...table("Reports issued on schedule (12) 3", "Meetings held in accessible venues"),
      ...notes([N2, N3]),
    ].join("\n");
    expect(noteCallSites(textToLayout(text)).map((n) => [n.number, n.sites.length])).toEqual([[1, 1], [2, 1], [3, 1]]);
    expect(measuresOf(text)).toEqual(expect.arrayContaining(["Pledges of the crisis response plan disbursed (44%)", "Reports issued on schedule (12)"]));
  });

  it("looks back for no note but the page's first, nor where the notes restart on each page", () => {
    const later = [
      ...table("Country teams trained in mission planning1", "Pledges of the crisis response plan disbursed (44%) 3"),
      ...notes([N1]),
      "\f" + head.trim(),
      ...table("Reports issued on schedule (12) 2", "Meetings held in accessible venues"),
      ...notes([N2, N3]),
    ].join("\n");
    expect(noteCallSites(textToLayout(later)).find((n) => n.number === 3)!.sites).toEqual([]);
    const restarting = [
      ...table("Country teams trained in mission planning1", "Pledges of the crisis response plan disbursed (44%)"),
      ...notes([N1]),
      "\f" + head.trim(),
      ...table("Reports issued on schedule (12)", "Meetings held in accessible venues"),
      ...notes([N1]),
    ].join("\n");
    expect(noteCallSites(textToLayout(restarting)).map((n) => [n.page, n.number, n.sites.length])).toEqual([[1, 1, 1], [2, 1, 0]]);
  });
});
