/**
 * Session 32 (h-speed): shortcuts on the text path that skip work whose result could not matter —
 * the first-person preamble tried only in paragraphs that hold a commitment, the date patterns'
 * overlap test by a binary search over the spans kept — pinned on input where they are taken and
 * where they are not.
 */
import { describe, expect, it } from "vitest";
import { readFirstPersonParty } from "../src/compact/frame.js";
import { findDates } from "../src/entities/dates.js";

describe("readFirstPersonParty: paragraphs without a commitment are skipped whole", () => {
  it("finds the party whose sentence starts on a later line of the paragraph", () => {
    const text = [
      "Senior Manager's Compact",
      "",
      "between the Secretary-General and",
      "Jane Doe, Under-Secretary-General for Field Support, will strive to",
      "achieve the objectives below.",
    ].join("\n");
    expect(readFirstPersonParty(text)).toEqual({ name: "Jane Doe", title: "Under-Secretary-General for Field Support" });
  });
  it("answers null for long paragraphs without a commitment, and reads one after them", () => {
    const rows = Array.from({ length: 400 }, (_, i) => `| Objective ${i} | Measure ${i} will be met | 2024 |`).join("\n");
    expect(readFirstPersonParty(rows)).toBeNull();
    const text = `${rows}\n\nJohn Roe, Head of Mission, will strive to achieve the results below.`;
    expect(readFirstPersonParty(text)).toEqual({ name: "John Roe", title: "Head of Mission" });
  });
  it("a commitment split over two lines of one paragraph is found (the lines are joined)", () => {
    expect(readFirstPersonParty("Ms. Ann Lee, Executive Director, will\nstrive to deliver.")).toEqual({ name: "Ann Lee", title: "Executive Director" });
  });
});

describe("findDates: a later pattern's match inside a kept span is dropped", () => {
  it("keeps a range whole, drops the month-year and year range inside kept spans, in text order", () => {
    const text = "From 1 January 2008 to 31 December 2009, in June 2008, for 2008-2009; again 3 March 2010 and March 2011.";
    expect(findDates(text).map((d) => [d.text, d.normalized])).toEqual([
      ["1 January 2008 to 31 December 2009", "2008-01-01/2009-12-31"],
      ["June 2008", "2008-06"],
      ["2008-2009", "2008/2009"],
      ["3 March 2010", "2010-03-03"],
      ["March 2011", "2011-03"],
    ]);
  });
  it("many dates: every one found once", () => {
    const text = Array.from({ length: 300 }, (_, i) => `${(i % 28) + 1} May ${2000 + (i % 20)}; June ${2000 + (i % 20)}`).join(". ");
    const spans = findDates(text);
    expect(spans).toHaveLength(600);
    for (let i = 1; i < spans.length; i++) expect(spans[i]!.start).toBeGreaterThanOrEqual(spans[i - 1]!.end);
  });
});
