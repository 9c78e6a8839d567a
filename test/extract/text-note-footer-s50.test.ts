/**
 * Footnote calls across a running footer and a page break (session 50, h-marks50; corpus15 txt):
 * a page's notes stand above its running footer ("Page 2 of 4", set off by a blank line, the last
 * line of more than one page), and a note that opens a page's notes may be called from the previous
 * page's last rows (notes numbered through the document). Without these cues the call stays in
 * its cell as a word ("… disbursed (44%) 4").
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
const footer = (n: number) => ["", `${" ".repeat(90)}Page ${n} of 2`];
const measuresOf = (text: string) => tableRows(withoutProvenNoteCalls(textToLayout(text))).map((r) => r.measures);

describe("footnotes above a running footer, and calls from the previous page", () => {
  it("reads the notes above a 'Page n of m' footer and cuts their calls", () => {
    const text = [
      ...table("Country teams trained in mission planning1", "Pledges of the crisis response plan disbursed (44%) 2"),
      ...notes([[1, "Subject to the availability of voluntary contributions."], [2, "Includes meetings held virtually."]]),
      ...footer(1),
      "\f" + head.trim(),
      ...table("Reports issued on schedule (12) 3", "Meetings held in accessible venues"),
      ...notes([[3, "Figures for the calendar year, as recorded on 31 December."]]),
      ...footer(2),
    ].join("\n");
    expect(noteCallSites(textToLayout(text)).map((n) => [n.number, n.sites.length])).toEqual([[1, 1], [2, 1], [3, 1]]);
    expect(measuresOf(text).flat()).toContain("Pledges of the crisis response plan disbursed (44%)");
    expect(measuresOf(text).flat()).toContain("Reports issued on schedule (12)");
  });

  it("calls a page's first note from the previous page's last rows when its own page holds no call", () => {
    const text = [
      ...table("Country teams trained in mission planning1", "Pledges of the crisis response plan disbursed (44%) 2"),
      ...notes([[1, "Subject to the availability of voluntary contributions."]]),
      "\f" + head.trim(),
      ...table("Reports issued on schedule (12) 3", "Meetings held in accessible venues"),
      ...notes([[2, "Includes meetings held virtually."], [3, "Figures for the calendar year, as recorded on 31 December."]]),
    ].join("\n");
    expect(measuresOf(text).flat()).toContain("Pledges of the crisis response plan disbursed (44%)");
    expect(measuresOf(text).flat()).toContain("Reports issued on schedule (12)");
  });

  it("does not take a note's own last line for a footer", () => {
    const text = [
      ...table("Country teams trained in mission planning1", "Meetings held in accessible venues (12) 2"),
      ...notes([[1, "Subject to the availability of voluntary contributions."], [2, "Subject to the availability of voluntary contributions."]]),
      "\f" + head.trim(),
      ...table("Reports issued on schedule (12) 3", "Meetings held in accessible venues"),
      ...notes([[3, "Subject to the availability of voluntary contributions."]]),
    ].join("\n");
    expect(noteCallSites(textToLayout(text)).map((n) => n.number)).toEqual([1, 2, 3]);
  });
});
