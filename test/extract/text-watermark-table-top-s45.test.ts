/**
 * Session 45 (h-wm45): a scrambled watermark band that opens above the table is re-stacked from the
 * table's first line (`tableTopInBand`, extract/text-watermark.ts). Where pdfmake's diagonal "DRAFT"
 * crosses a page, pdftotext prints the band's columns one after another; when the band's strip starts
 * above the table (a section heading, "1. Core mandate", a list of missions), those lines head the first
 * column's block, and the re-stack set every other block's first line — the header cells — beside the
 * heading. The table's rows under the band, read side by side, give its first column's left edge (a
 * ruled cell's padding sets it one grid column right of the page margin); the band's leading lines left
 * of that edge are the page's and stay above the table.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extract } from "../../src/index.js";
import { textToLayout } from "../../src/extract/text.js";
import { removeTextWatermark } from "../../src/extract/text-watermark.js";

const M = " ".repeat(50);
/** One page: a heading, then a two-column ruled table (cells one column in) whose top pdftotext printed column by column. */
const PAGE = [
  "                                                T",
  "A. MANAGERIAL OBJECTIVES",
  "",
  "1. Human and financial resources",
  " Objectives",
  "                      AF",
  " To plan official travel early enough to",
  " obtain economy fares",
  "",
  " To implement the budget of the Office as",
  " approved by the General Assembly",
  `${M} Key performance indicators`,
  `${M} Tickets bought 16 days or more`,
  `${M} before travel: 85%`,
  `${M} Women among Professional staff: 35%`,
  `${M} Budget implementation: 90%`,
  `${M} Audit recommendations closed: 73%`,
  " To fill vacant posts within the                  Evaluations completed by the",
  " recruitment timelines                            deadline: 92%",
  "DR",
  "",
].join("\n");

/** The stamped two-page layout's first page, as the reader sees it once the stamp is removed. */
function firstPage(): string[] {
  const { layout } = removeTextWatermark(textToLayout(`${PAGE}\n\f${PAGE}\n`));
  return layout.pages[0]!.lines.map((l) => l.text);
}

describe("a scrambled band that opens above the table (layout text)", () => {
  it("sets the header cells beside each other, not beside the heading above the table", () => {
    const lines = firstPage();
    const header = lines.find((l) => l.includes("Key performance indicators"));
    expect(header).toContain("Objectives");
    expect(lines.find((l) => l.includes("1. Human and financial resources"))).not.toContain("Key performance");
    expect(lines.find((l) => l.includes("A. MANAGERIAL OBJECTIVES"))?.trim()).toBe("A. MANAGERIAL OBJECTIVES");
  });

  it("sets the first row's cells on one line", () => {
    expect(firstPage().find((l) => l.includes("To plan official travel"))).toContain("Tickets bought 16 days or more");
  });

  it("reads val19j v19-021's managerial objectives with their measures", async () => {
    const name = "v19-021.pdfmake.txt";
    const out = await extract(new Uint8Array(readFileSync(new URL(`../corpus19/val19j/${name}`, import.meta.url))), { fileName: name });
    if (out.kind !== "compact") throw new Error(`read as ${out.kind}`);
    const row = out.objectives.find((o) => o.objective.startsWith("To fill vacant posts"));
    expect(row?.objective).toBe("To fill vacant posts within the recruitment timelines of the Organization");
    expect(out.objectives.some((o) => o.objective === "To plan official travel early enough to obtain economy fares")).toBe(true);
  });
});
