/**
 * The PDF extractor on the committed fixtures (made by scripts/make-pdf-fixtures.mjs with
 * LibreOffice): geometry, rules, furniture, page-cut rows and the typed errors.
 */
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { extract, extractDoc } from "../../src/index.js";
import type { Layout, Line } from "../../src/model/layout.js";

const DIR = join(dirname(fileURLToPath(import.meta.url)), "..", "fixtures", "pdf");
const fixture = (name: string) => join(DIR, name);
const layoutOf = async (name: string): Promise<Layout> => (await extractDoc(fixture(name))).layout;
const lines = (l: Layout): Line[] => l.pages.flatMap((p) => p.lines);
/** Lines with text (PDF layouts also hold blank lines at paragraph gaps). */
const textLines = (p: { lines: Line[] }): Line[] => p.lines.filter((l) => l.segments.length > 0);
const cells = (line: Line) => line.segments.map((s) => s.text);

describe("pdf extractor: text geometry", () => {
  it("reads a 4-column landscape table into one segment per cell, with header anchors", async () => {
    const layout = await layoutOf("risks-landscape.pdf");
    expect(layout.format).toBe("pdf");
    expect(layout.pages.map((p) => [Math.round(p.width), Math.round(p.height)])).toEqual([[842, 595], [842, 595]]);
    const header = lines(layout).find((l) => l.text.startsWith("Objective"))!;
    expect(cells(header)).toEqual(["Objective", "Expected accomplishment", "Performance measure", "Risks and mitigations"]);
    expect(header.segments.every((s) => s.bold)).toBe(true);
    expect(header.segments.map((s) => Math.round(s.x))).toEqual([59, 241, 423, 605]);
    const first = lines(layout).find((l) => l.text.startsWith("To strengthen"))!;
    // ﬁ ligature in the source text comes out as letters
    expect(cells(first)).toEqual(["To strengthen the financial", "• Timely closure of mission", "• 95% of mission accounts", "• Staff turnover in finance"]);
    expect(first.text).toBe(cells(first).join("\t"));
    expect(first.segments.every((s) => s.fontSize === 11 && s.y === first.y)).toBe(true);
  });

  it("reads a page stored sideways (/Rotate 90) in the orientation its text is written in", async () => {
    const [upright, sideways] = await Promise.all([layoutOf("risks-landscape.pdf"), layoutOf("risks-rotated.pdf")]);
    expect(sideways.pages.map((p) => [Math.round(p.width), Math.round(p.height)])).toEqual([[842, 595], [842, 595]]);
    expect(sideways.text).toBe(upright.text);
    expect(sideways.pages[0]!.rules).toEqual(upright.pages[0]!.rules);
    // The turn is recorded (a viewer shows the page as read); an upright page has none.
    expect(sideways.pages.map((p) => p.turned)).toEqual([270, 270]);
    expect(upright.pages.map((p) => p.turned)).toEqual([undefined, undefined]);
  });

  it("keeps the footnote mark apart and removes the soft hyphen", async () => {
    const layout = await layoutOf("risks-landscape.pdf");
    const line = lines(layout).find((l) => l.text.startsWith("The following objectives"))!;
    expect(cells(line)).toEqual(["The following objectives include the risks identified for each of them and how they are mitigated.", "1"]);
    expect(line.segments[1]!.fontSize).toBeLessThan(8);
    expect(line.text.endsWith("mitigated. 1")).toBe(true);
  });

  it("keeps every line and segment offset pointing at its text", async () => {
    for (const name of ["seed-narrow.pdf", "seed-furniture.pdf"]) {
      const layout = await layoutOf(name);
      for (const l of lines(layout)) {
        expect(layout.text.slice(l.start, l.end)).toBe(l.text);
        for (const s of l.segments) expect(layout.text.slice(s.start, s.end)).toBe(s.text);
      }
      // pages start with a form feed, like pdftotext output
      expect(layout.text.split("\f")).toHaveLength(layout.pages.length);
    }
  });
});

describe("pdf extractor: ruling lines (lattice) vs none (stream)", () => {
  it("fills page.rules for the ruled layout only, and no rule cuts through a text line", async () => {
    const ruled = await layoutOf("seed-ruled.pdf");
    const plain = await layoutOf("seed-borderless.pdf");
    expect(plain.pages.every((p) => p.rules.length === 0)).toBe(true);
    const page = ruled.pages.find((p) => p.lines.some((l) => l.text.startsWith("To ensure that deployed")))!;
    const horizontal = page.rules.filter((r) => r.y1 === r.y2);
    const vertical = page.rules.filter((r) => r.x1 === r.x2);
    // 3 columns → 4 vertical borders of the table on that page; horizontal borders between rows
    expect(vertical.length).toBeGreaterThanOrEqual(4);
    expect(horizontal.length).toBeGreaterThanOrEqual(4);
    for (const r of horizontal) {
      expect(r.x2 - r.x1).toBeGreaterThan(400); // spans the table
      for (const l of textLines(page)) {
        const fs = l.segments[0]!.fontSize;
        const crosses = r.y1 < l.y + 0.2 * fs && r.y1 > l.y - 0.8 * fs;
        expect(crosses, `rule at ${r.y1} crosses "${l.text}"`).toBe(false);
      }
    }
    // the row boundary sits between the end of one row and the start of the next
    const body = textLines(page);
    const next = body.find((l) => l.text.startsWith("To ensure that the instrument"))!;
    const above = body[body.indexOf(next) - 1]!;
    expect(horizontal.some((r) => r.y1 > above.y && r.y1 < next.y - 0.8 * next.segments[0]!.fontSize)).toBe(true);
  });
});

describe("pdf extractor: running headers, footers and page-cut rows", () => {
  it("removes the running header and 'Page N of M' from every page and records them", async () => {
    const layout = await layoutOf("seed-furniture.pdf");
    const n = layout.pages.length;
    expect(n).toBeGreaterThan(2);
    for (const p of layout.pages) {
      expect(p.removed.map((r) => [r.text, r.reason])).toEqual([
        ["Senior Manager's Compact 2008 — Department of Field Support", "running header"],
        [`Page ${p.number} of ${n}`, "page number"],
      ]);
    }
    expect(layout.text).not.toContain("Page 2 of");
    expect(layout.text).not.toContain("Senior Manager's Compact 2008 —");
  });

  it("keeps the repeated table header, and the cut row's rest opens the next page", async () => {
    const layout = await layoutOf("seed-narrow.pdf");
    // The second A.2 row ("To ensure that the instrument …") is cut by a page break: its
    // accomplishment and measure continue under the repeated header on the next page.
    const cut = layout.pages.find((p) => p.lines.some((l) => l.text.startsWith("To ensure that the\t")))!;
    expect(cells(textLines(cut).at(-1)!)).toEqual(["evolving challenges.", "anticipated", "Fourth Committee of"]);
    const next = { ...layout.pages[cut.number]!, lines: textLines(layout.pages[cut.number]!) };
    expect(cells(next.lines[0]!)).toEqual(["Objective", "Expected", "Performance"]);
    expect(cells(next.lines[1]!)).toEqual(["accomplishment", "measure"]);
    // objective column empty: a continuation, not a new row
    expect(cells(next.lines[2]!)).toEqual(["requirements of peace", "recommendations in"]);
    expect(next.lines[2]!.segments[0]!.x).toBeCloseTo(next.lines[0]!.segments[1]!.x, 0);
    expect(layout.pages[cut.number]!.removed).toEqual([]);
  });
});

describe("pdf extractor: errors and limits", () => {
  it("an encrypted PDF fails with PDF_ENCRYPTED", async () => {
    const out = await extract(fixture("error-encrypted.pdf"));
    expect([out.status, out.error?.code]).toEqual(["failure", "PDF_ENCRYPTED"]);
  });

  it("a PDF with only an owner password (printing restricted) reads normally", async () => {
    const out = await extract(fixture("owner-password.pdf"));
    expect([out.status, out.error]).toEqual(["success", null]);
    expect(out.kind === "compact" ? out.objectives.length : 0).toBe(5);
  });

  it("a truncated PDF fails with PDF_INVALID", async () => {
    const out = await extract(fixture("error-truncated.pdf"));
    expect([out.status, out.error?.code]).toEqual(["failure", "PDF_INVALID"]);
    const garbage = new TextEncoder().encode("%PDF-1.7\nthis is not a pdf body\n");
    expect((await extract(garbage)).error?.code).toBe("PDF_INVALID");
  });

  it("a scan without a text layer is partial with NO_TEXT_LAYER, not an error", async () => {
    const out = await extract(fixture("error-scanned.pdf"));
    expect(out.status).toBe("partial");
    expect(out.error).toBeNull();
    expect(out.warnings.map((w) => w.code)).toContain("NO_TEXT_LAYER");
    expect(out.warnings.find((w) => w.code === "NO_TEXT_LAYER")!.message).toMatch(/no|none/i);
  });

  it("refuses more pages than maxPages with TOO_LARGE", async () => {
    const out = await extract(fixture("risks-landscape.pdf"), { maxPages: 1 });
    expect(out.error?.code).toBe("TOO_LARGE");
    expect((await extract(fixture("risks-landscape.pdf"), { maxPages: 2 })).status).not.toBe("failure");
  });

  it("does not detach the caller's buffer", async () => {
    const bytes = new Uint8Array(readFileSync(fixture("risks-landscape.pdf")));
    await extract(bytes);
    expect(bytes.byteLength).toBeGreaterThan(0);
    expect((await extract(bytes)).status).not.toBe("failure");
  });
});
