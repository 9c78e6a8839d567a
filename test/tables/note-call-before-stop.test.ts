/**
 * A footnote call typed before the item's full stop (corpus15, issue 11): Word prints "63%⁶." — a
 * raised, smaller digit between the text and its full stop. The call is no part of the measure;
 * the full stop is. PDF (the call's size and rise) and Markdown (pandoc's `<sup>` footnote-ref).
 */
import { describe, expect, it } from "vitest";
import type { Line } from "../../src/model/layout.js";
import { assignColumns, noteCallSegments } from "../../src/tables/columns.js";
import { detectHeader } from "../../src/tables/header.js";
import { markdownTextToLayout } from "../../src/extract/markdown.js";
import { findSections } from "../../src/compact/sections.js";
import { readTables } from "../../src/tables/index.js";

const seg = (text: string, x: number, width: number, y: number, fontSize = 10, bold = false) => ({ text, x, width, y, fontSize, page: 1, line: 20, start: 0, end: 0, ...(bold ? { bold } : {}) });
const headerLine: Line = { page: 1, line: 10, y: 400, text: "Objective\tExpected accomplishment\tIndicator of achievement", start: 0, end: 0, segments: [seg("Objective", 60, 45, 400, 10, true), seg("Expected accomplishment", 205, 110, 400, 10, true), seg("Indicator of achievement", 364, 110, 400, 10, true)] };

describe("a raised call before the full stop (PDF)", () => {
  const header = detectHeader([headerLine], 0);
  if (!header) throw new Error("fixture");
  it("is dropped and the full stop stays on the text", () => {
    const line: Line = { page: 1, line: 20, y: 615.7, text: "the oversight bodies. 63% 6 .", start: 0, end: 0, segments: [seg("the oversight bodies.", 205.1, 92.1, 615.7), seg("Meetings held in accessible venues: 63%", 364.1, 170, 615.7), seg("6", 534.1, 3.2, 611.8, 5.8), seg(".", 537.4, 2.8, 615.7)] };
    expect([...noteCallSegments(line)]).toEqual([2]);
    expect(assignColumns(line, header.columns).cells).toEqual(["", "the oversight bodies.", "Meetings held in accessible venues: 63%."]);
  });
  it("stays when text follows the punctuation in the cell, or when the digit is on the baseline", () => {
    const inside: Line = { page: 1, line: 20, y: 615.7, text: "x", start: 0, end: 0, segments: [seg("Meetings held: 63%", 364.1, 80, 615.7), seg("6", 444.1, 3.2, 611.8, 5.8), seg(",", 447.4, 2.8, 615.7), seg("and more", 452, 40, 615.7)] };
    expect(noteCallSegments(inside).size).toBe(0);
    const flat: Line = { page: 1, line: 20, y: 615.7, text: "x", start: 0, end: 0, segments: [seg("Meetings held: 63%", 364.1, 80, 615.7), seg("6", 446.1, 5.6, 615.7), seg(".", 452, 2.8, 615.7)] };
    expect(noteCallSegments(flat).size).toBe(0);
  });
});

describe("a <sup> call before the full stop (Markdown)", () => {
  it("is dropped and the full stop stays", () => {
    const md = [
      "<table>",
      "<thead><tr><th>Objective</th><th>Expected accomplishment</th><th>Indicator of achievement</th></tr></thead>",
      "<tbody><tr><td><p>To execute the approved budget with a low variance</p></td><td><p>Audit recommendations closed by the oversight bodies.</p></td>",
      '<td><p>Staff who completed all mandatory training: 70 per cent.</p>',
      '<p>Meetings held in accessible venues: 63%<a href="#fn1" class="footnote-ref" id="fnref1" role="doc-noteref"><sup>1</sup></a>.</p></td></tr></tbody>',
      "</table>",
      "",
      '<section class="footnotes" role="doc-endnotes">',
      "<ol>",
      '<li id="fn1" role="doc-endnote"><p>Includes meetings held virtually.<a href="#fnref1" class="footnote-back" role="doc-backlink">↩︎</a></p></li>',
      "</ol>",
      "</section>",
    ].join("\n");
    const layout = markdownTextToLayout(md);
    const rows = readTables(layout, findSections(layout)).objectives;
    expect(rows.map((r) => r.measures.map((m) => m.text))).toEqual([["Staff who completed all mandatory training: 70 per cent.", "Meetings held in accessible venues: 63%."]]);
  });
});
