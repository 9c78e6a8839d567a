/**
 * Session 39 (h-perf3): the header probe's shortcut before a window's merge (`opensWithoutLabel`).
 * A window whose first line's first run is its leftmost piece and opens with two words that can
 * open no label is not merged: a heading over the table ("Performance framework, 2013") or a body
 * line naming a label in passing ("Countries with paperless trade measures"). Words a merge may
 * glue to others (broken label heads, hyphenated line ends) leave the window to the merge, and a
 * lower line opening left of the first run leaves it too (the first run is then not the first cell's).
 */
import { describe, expect, it } from "vitest";
import { detectHeader, opensWithoutLabel } from "../../src/tables/header.js";
import { textToLayout } from "../../src/extract/text.js";
import type { Line } from "../../src/model/layout.js";

const linesOf = (text: string) => {
  const layout = textToLayout(text);
  return { lines: layout.pages.flatMap((p) => p.lines).filter((l) => l.segments.length > 0) as Line[], text: layout.text };
};

const TABLE = [
  "Performance framework, 2013",
  "Expected            Performance            Target",
  "Results             Indicators             (2013)",
  "Trade facilitation  Countries with paperless trade measures   7",
  "                    Plans screened for climate risk           31",
].join("\n") + "\n";

describe("opensWithoutLabel", () => {
  const { lines, text } = linesOf(TABLE);
  it("a heading over the header (a label's first word, then a word ending a clause) opens no label", () => {
    expect(opensWithoutLabel(lines.slice(0, 2), text)).toBe(true);
    expect(opensWithoutLabel(lines.slice(0, 3), text)).toBe(true);
  });
  it("the header's own window is left to the merge", () => {
    expect(opensWithoutLabel(lines.slice(1, 3), text)).toBe(false);
  });
  it("a lower line opening left of the first run leaves the window to the merge", () => {
    // "Countries with …" opens right of "Trade facilitation": the body line's window starts at its
    // first run, which is the window's leftmost — "Trade facilitation" opens no label.
    expect(opensWithoutLabel(lines.slice(3, 5), text)).toBe(true);
    // A line below opening left of "Countries with …": the first run is not the window's leftmost
    // piece, so the first cell's words are not known before the merge.
    const shifted = linesOf("      Countries with paperless trade measures   12\nObjective   Expected accomplishments\n");
    expect(opensWithoutLabel(shifted.lines, shifted.text)).toBe(false);
  });
  it("broken label heads and hyphenated line ends stay with the merge", () => {
    const broken = linesOf("Baseli     Targe\nne         t\n");
    expect(opensWithoutLabel(broken.lines, broken.text)).toBe(false);
    const hyphen = linesOf("Expected accompl-   Key\nishments           performance\n");
    expect(opensWithoutLabel(hyphen.lines, hyphen.text)).toBe(false);
  });
  it("the header is still read where it stands, and the heading is none", () => {
    expect(detectHeader(lines, 0, text)).toBeNull();
    expect(detectHeader(lines, 1, text)?.columns.map((c) => c.role)).toEqual(["accomplishments", "measures", "target"]);
  });
});
