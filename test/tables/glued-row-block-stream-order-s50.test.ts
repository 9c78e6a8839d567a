/**
 * Session 50 (h-typst50). `gluedInsideRowBlock` (session 49, src/tables/index.ts, the table-end
 * test) reads layout text's justified grids: a one-run line whose capital is glued one space inside
 * a row block keeps the table open. Text without column geometry (`pdftotext -raw`, a viewer's copy:
 * every line at the margin, words one space apart) has no grid to read it against, and every line is
 * one run: there the rule kept a linearised table open past a line of prose-like cells ("a. Documents
 * posted on the Committee's website a. Hearings …", corpus17 dev17 d17-015 raw.txt), so the next
 * page's header was taken for a repeat of the open table's and its "labels stand one under the other"
 * warning pair (`TABLE_LINEARIZED`, `TABLE_READING_ORDER`) was lost.
 *
 * The gate: the table walk asks `withoutColumnGeometry` (src/tables/stream-order.ts, the
 * reading-order readers' own document-level test) once per document; the rule stays off where it
 * holds. The layout is d17-015 raw.txt's lines 21–50 as committed. Fails without the gate (checked:
 * `!w.streamOrder &&` removed, run, restored): one table, no warning pair at page 3's header.
 */
import { describe, expect, it } from "vitest";
import { textToLayout } from "../../src/extract/text.js";
import { findSections } from "../../src/compact/sections.js";
import { readTables } from "../../src/tables/index.js";
import { withoutColumnGeometry } from "../../src/tables/stream-order.js";

const RAW = [
  "Objective 2: To plan the programme of work of the Committee in consultation with the Chair",
  "\fExpected accomplishments Indicators of achievement Baseline (2005) Target (2006)",
  "a. Analytical notes prepared for each budget",
  "hearing",
  "a. Average time to draft a report after the last hearing21 days 16 days",
  "b. Briefings provided to new members of the",
  "Committee",
  "a. Recommendations tracked in the archive 73% 90%",
  "a. Peacekeeping budgets examined 13 (actual) At least 18",
  "c. Hearings with representatives of the Secretary-",
  "General scheduled as planned",
  "a. Members rating briefings as useful 68% 82%",
  "Objective 3: To improve the quality of the substantive analysis submitted to the members of the Committee",
  "a. Documents posted on the Committee's website a. Hearings held with representatives of the",
  "Secretary-General",
  "96 (actual) At least 104",
  "b. Hearings with representatives of the Secretary-",
  "General scheduled as planned",
  "a. Peacekeeping budgets examined 18 (actual) 19 (cumulative)",
  "a. Analytical notes prepared for hearings 85 88",
  "c. Programme of work adopted at the start of",
  "each session",
  "a. Members rating briefings as useful 65% At least 77%",
  "a. Recommendations tracked in the archive 92% At least 99%",
  "Objective 4: To facilitate the Committee's examination of peacekeeping budgets and financial statements",
  "a. Hearings with representatives of the Secretary-",
  "General scheduled as planned",
  "a. Members rating briefings as useful 58% 70% by December",
  "\fExpected accomplishments Indicators of achievement Baseline (2005) Target (2006)",
  "b. Programme of work adopted at the start of",
].join("\n");

describe("gluedInsideRowBlock stays off text without column geometry (pdftotext -raw)", () => {
  it("ends the table at the glued one-run line, so the next page's header opens a table with its own warnings", () => {
    const layout = textToLayout(RAW);
    expect(withoutColumnGeometry(layout)).toBe(true);
    const read = readTables(layout, findSections(layout));
    expect(read.tables).toBe(2);
    const pair = read.warnings.filter((w) => w.page === 3 && (w.code === "TABLE_LINEARIZED" || w.code === "TABLE_READING_ORDER"));
    expect(pair.map((w) => `${w.code}@${w.line}`)).toEqual(["TABLE_LINEARIZED@29", "TABLE_READING_ORDER@29"]);
  });
});
