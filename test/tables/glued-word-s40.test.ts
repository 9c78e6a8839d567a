/**
 * pdftotext `-layout` of a TeX print (session 40, h-mu16): a narrow column's long word overruns its
 * cell to the next column's edge and the next cell's text follows with no space
 * ("police-contributingdelivered"). `cutWordsGluedAtColumnEdge` (tables/gluedWord) cuts it where the
 * next column's runs open on the lines around, when its own column's lines stop short of that edge
 * and the cut parts two English words whose join is not one. The document case reads a committed
 * draw document (v13d-019: both objectives missing on main 66d67b25).
 */
import { describe, expect, it } from "vitest";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { textToLayout } from "../../src/extract/text.js";
import { cutWordsGluedAtColumnEdge } from "../../src/tables/gluedWord.js";
import { documentRows } from "../support/table-rows.js";

const here = dirname(fileURLToPath(import.meta.url));

/** The runs of each line the cut changed, by line number. */
function cutLines(text: string): Map<number, string[]> {
  const layout = textToLayout(text);
  const cut = cutWordsGluedAtColumnEdge(layout);
  const out = new Map<number, string[]>();
  cut.pages.forEach((p, pi) =>
    p.lines.forEach((l, li) => {
      if (l !== layout.pages[pi]!.lines[li]) out.set(l.line, l.segments.map((s) => s.text));
    }),
  );
  return out;
}

const GLUED = [
  "To shorten the     Statements of     Contributing          60%     65%",
  "time taken to      programme         countries' claims",
  "reimburse          budget            certified within 90",
  "troop- and         implications      days",
  "police-contributingdelivered",
  "countries          before the vote",
  "                   Financial         Months in which       12      12",
  "                   statements        the cash position",
].join("\n");

describe("a word glued to the next column's text with no space is cut at that column's edge", () => {
  it("cuts 'police-contributingdelivered' where the accomplishments open", () => {
    const lines = cutLines(GLUED);
    expect([...lines.keys()]).toEqual([5]);
    expect(lines.get(5)).toEqual(["police-contributing", "delivered"]);
    const layout = cutWordsGluedAtColumnEdge(textToLayout(GLUED));
    const [, tail] = layout.pages[0]!.lines[4]!.segments;
    expect(tail?.x).toBe(layout.pages[0]!.lines[0]!.segments[1]!.x);
  });

  it("leaves a word whose join is English whole ('understanding' across the edge)", () => {
    expect(cutLines(GLUED.replace("police-contributingdelivered", "misunderstanding"))).toEqual(new Map());
  });

  it("leaves a word whole when its own column's lines run past the edge (a one-word overrun)", () => {
    // "(v) Workplan" opens at 19 and its "plan" at 27, where the runs of two lines below open.
    const text = [
      "Objective one      (iv) 98% of workshops rated useful",
      "goes on here       by participants in 2006.",
      "and more           (v) Workplan approved and",
      "text here          monitored on a quarterly basis.",
      "left text                  plan",
      "left text                  plan",
    ].join("\n");
    expect(text.split("\n")[2]!.indexOf("plan")).toBe(27);
    expect(text.split("\n")[4]!.indexOf("plan")).toBe(27);
    expect(cutLines(text)).toEqual(new Map());
  });

  it("leaves a line spanning the table whole (it crosses another column's edge before the cut)", () => {
    // "building" opens at 49, where the third column's runs open; "OBJECTIVE 1: …" crosses the second's at 19 too.
    const row = (a: string, b: string, c: string) => a.padEnd(19) + b.padEnd(30) + c;
    const text = [
      "OBJECTIVE 1: To promote support through the Peacebuilding Fund",
      row("To help", "Plans adopted", "Risk one"),
      row("States", "in time", "Risk two"),
      row("", "Reports issued", "Risk three"),
    ].join("\n");
    expect(text.split("\n")[0]!.indexOf("building")).toBe(49);
    expect(cutLines(text)).toEqual(new Map());
  });

  it("reads v13d-019's two objectives whose 'police-contributing' ran into the next cell", async () => {
    const rows = await documentRows(join(here, "../corpus13/val13d/v13d-019.txt"));
    const first = rows.find((r) => r.objective === "To shorten the time taken to reimburse troop- and police-contributing countries");
    expect(first?.accomplishments).toEqual([
      "Statements of programme budget implications delivered before the vote",
      "Financial statements accepted by the Board of Auditors without qualification",
    ]);
    const second = rows.find((r) => r.objective === "To shorten the time taken to reimburse troop- and police-contributing countries in the regions");
    expect(second?.accomplishments).toEqual(["Allotments issued on the first working day of the budget period"]);
  });
});
