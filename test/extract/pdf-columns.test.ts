/** Reading order on a page set in two columns of prose (scripts/make-two-column-fixture.mjs). */
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { extractDoc } from "../../src/index.js";
import { orderColumns } from "../../src/extract/pdf/columns.js";
import type { Line, Page, Segment } from "../../src/model/layout.js";

const dir = join(dirname(fileURLToPath(import.meta.url)), "..", "fixtures", "pdf");
const paragraphs = JSON.parse(readFileSync(join(dir, "two-column-report.paragraphs.json"), "utf8")) as string[];

describe("two-column PDF pages", () => {
  it("read the left column, then the right: every paragraph whole and in order", async () => {
    const doc = await extractDoc(join(dir, "two-column-report.pdf"));
    // A line-end hyphen before a capital is the compound's own ("Secretary-" / "General").
    const text = doc.layout.text.replace(/-\n(?=\p{Lu})/gu, "-").replace(/\s+/g, " ");
    let from = 0;
    for (const p of paragraphs) {
      const at = text.indexOf(p, from);
      expect(at, p.slice(0, 40)).toBeGreaterThanOrEqual(from);
      from = at + p.length;
    }
    expect(text.indexOf("Accountability of senior managers")).toBeLessThan(text.indexOf(paragraphs[0]!));
  });

  it("give the UN-document reader its numbered paragraphs in order", async () => {
    const doc = await extractDoc(join(dir, "two-column-report.pdf"));
    const numbers = doc.unDocument?.paragraphs.map((p) => p.number) ?? doc.layout.text.match(/^\d+(?=\. )/gm);
    expect(numbers).toEqual(paragraphs.map((_, i) => String(i + 1)));
  });

  it("leave compact tables alone (their columns are cells, not reading columns)", async () => {
    const doc = await extractDoc(join(dir, "seed-borderless.pdf"));
    expect(doc.output?.kind).toBe("compact");
    if (doc.output?.kind === "compact") expect(doc.output.objectives).toHaveLength(21);
  });
});

describe("orderColumns: a compact table header staggered over lines", () => {
  // f2-010 of test/corpus4 (LibreOffice): the header "Key" / "Outcome" / "performance indicator"
  // (labels centred on one, two and three lines) was not seen as a table header, so a later page of
  // the table, two columns of cell text without a header, was read as two columns of prose: all
  // the left column first, then the right, and the rows were lost.
  const seg = (page: number, y: number, x: number, text: string, start: number): Segment => ({ text, x, y, width: text.length * 4.5, fontSize: 9, page, line: 0, start, end: start + text.length });
  const line = (page: number, y: number, cells: Array<[number, string]>): Line => {
    let at = 0;
    const segments = cells.map(([x, t]) => { const s = seg(page, y, x, t, at); at += t.length + 1; return s; });
    return { page, line: 0, y, text: cells.map(([, t]) => t).join("\t"), start: 0, end: at, segments, kind: "text" };
  };
  const page = (number: number, lines: Line[]): Page => ({ number, width: 612, height: 792, rules: [], removed: [], lines });
  const cells = (p: number, y0: number) =>
    Array.from({ length: 10 }, (_, k) => line(p, y0 + k * 11, [[90, `Actionable analysis made available ${k}`], [300, `Requests for electoral assistance answered within ${k} days`]]));
  const header = [line(1, 366, [[383, "Key"]]), line(1, 371, [[157, "Outcome"]]), line(1, 377, [[347, "performance indicator"]])];

  it("keeps the pages of a document with such a header as they are", () => {
    const pages = [page(1, [...header, ...cells(1, 392)]), page(2, cells(2, 100))];
    expect(orderColumns(pages)[1]!.lines.map((l) => l.segments.length)).toEqual(Array(10).fill(2));
  });
  it("(the same page without the header is read as two columns of prose)", () => {
    const pages = [page(1, cells(1, 392)), page(2, cells(2, 100))];
    expect(orderColumns(pages)[1]!.lines.map((l) => l.segments.length)).toEqual(Array(20).fill(1));
  });
});
