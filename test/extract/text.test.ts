import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { textToLayout, splitCells, CHAR_WIDTH, TAB_COLUMN_WIDTH } from "../../src/extract/text.js";
import { sniffFormat } from "../../src/extract/decode.js";
import { repairText } from "../../src/vocab/text.js";

describe("text extractor", () => {
  it("makes tab indexes into columns and keeps offsets into the text", () => {
    const text = "Objective\tExpected accomplishment\tPerformance measure\n\t• Second item\t\n";
    const layout = textToLayout(text);
    const [header, second] = layout.pages[0]!.lines;
    expect(header!.segments.map((s) => [s.text, s.column, s.x])).toEqual([
      ["Objective", 0, 0],
      ["Expected accomplishment", 1, TAB_COLUMN_WIDTH],
      ["Performance measure", 2, 2 * TAB_COLUMN_WIDTH],
    ]);
    expect(second!.segments).toHaveLength(1);
    const seg = second!.segments[0]!;
    expect(seg.column).toBe(1);
    expect(layout.text.slice(seg.start, seg.end)).toBe("• Second item");
    expect(seg.line).toBe(2);
  });

  it("splits space-aligned text on runs of two or more spaces, x by character column", () => {
    const cells = splitCells("To minimize vacancy   To achieve regular    Vacancy rate");
    expect(cells.map((c) => [c.text, c.offset])).toEqual([
      ["To minimize vacancy", 0],
      ["To achieve regular", 22],
      ["Vacancy rate", 44],
    ]);
    const layout = textToLayout("abc   def");
    expect(layout.pages[0]!.lines[0]!.segments[1]!.x).toBe(6 * CHAR_WIDTH);
  });

  it("splits at the same gaps as the pattern / {2,}/g (the scan reads char codes)", () => {
    // The cells a global match of the gap pattern gives, as splitCells gave them before.
    const reference = (line: string) => {
      const out: Array<[string, number]> = [];
      const push = (from: number, to: number) => {
        const raw = line.slice(from, to);
        const text = raw.trim();
        if (text) out.push([text, from + raw.length - raw.trimStart().length]);
      };
      let last = 0;
      for (const m of line.matchAll(/ {2,}/g)) {
        push(last, m.index);
        last = m.index + m[0].length;
      }
      push(last, line.length);
      return out;
    };
    fc.assert(
      fc.property(fc.array(fc.constantFrom(" ", "  ", "   ", "a", "Bc", "\u00a0", "\u3000", "-", "é"), { maxLength: 30 }), (parts) => {
        const line = parts.join("");
        expect(splitCells(line).map((c) => [c.text, c.offset])).toEqual(reference(line));
      }),
      { numRuns: 500 },
    );
  });

  it("starts a new page at a form feed", () => {
    const layout = textToLayout("page one\n\fpage two\nmore");
    expect(layout.pages.map((p) => p.lines.map((l) => l.text))).toEqual([["page one"], ["page two", "more"]]);
    const l = layout.pages[1]!.lines[0]!;
    expect(layout.text.slice(l.start, l.end)).toBe("page two");
  });
});

describe("format sniffing", () => {
  const enc = (s: string) => new TextEncoder().encode(s);
  it("detects Markdown from content whatever the extension", () => {
    expect(sniffFormat(enc("## **Title**\n\ntext<sup>\\*</sup>\n")).format).toBe("markdown");
    expect(sniffFormat(enc("Objective\tExpected accomplishment\n")).format).toBe("text");
  });
  it("refuses empty, binary and image input with typed errors", () => {
    expect(() => sniffFormat(new Uint8Array())).toThrow(expect.objectContaining({ code: "EMPTY" }));
    expect(() => sniffFormat(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2]))).toThrow(expect.objectContaining({ code: "UNSUPPORTED_FORMAT" }));
    expect(() => sniffFormat(new Uint8Array(200).fill(1))).toThrow(expect.objectContaining({ code: "UNSUPPORTED_FORMAT" }));
    expect(sniffFormat(enc("%PDF-1.7\n")).format).toBe("pdf");
  });
});

describe("running headers and footers in paged text (pdftotext output)", () => {
  it("drops them from the lines but keeps offsets into the original text", async () => {
    const { extractLayout } = await import("../../src/extract/index.js");
    const { loadDomainData } = await import("../../src/data/index.js");
    const page = (n: number, body: string[]) =>
      ["          Senior Manager's Compact 2008 — Department of Field Support", "", ...body, "", `                 Page ${n} of 3`].join("\n");
    const text = [page(1, ["Mission list:", "UNMIS"]), page(2, ["UNMIL", "UNOCI"]), page(3, ["The end."])].join("\n\f");
    const { layout } = await extractLayout(new TextEncoder().encode(text), { options: {}, data: loadDomainData() });
    const lines = layout.pages.flatMap((p) => p.lines.map((l) => l.text.trim())).filter(Boolean);
    expect(lines).toEqual(["Mission list:", "UNMIS", "UNMIL", "UNOCI", "The end."]);
    expect(layout.pages[1]!.removed.map((r) => r.reason).sort()).toEqual(["page number", "running header"]);
    expect(layout.text).toBe(text);
    const l = layout.pages[1]!.lines.find((x) => x.text === "UNOCI")!;
    expect(layout.text.slice(l.start, l.end)).toBe("UNOCI");
  });
});

describe("text extractor: repaired characters keep their printed columns", () => {
  it("a ligature glyph takes one place on pdftotext's grid: the cells after it stay at their printed columns", () => {
    // "eﬃciency" is eight characters on the grid and ten letters after repair; the measure cell
    // after it starts at printed column 36 on both lines.
    const printed = [`${"Improved eﬃciency in the use of".padEnd(36)}Reduction in the time taken`, `${"resources for Member States.".padEnd(36)}to fill a vacancy.`].join("\n");
    const repaired = repairText(printed);
    const layout = textToLayout(repaired, printed);
    const [first, second] = layout.pages[0]!.lines;
    expect(first!.segments.map((s) => [s.text, s.x])).toEqual([
      ["Improved efficiency in the use of", 0],
      ["Reduction in the time taken", 36 * CHAR_WIDTH],
    ]);
    expect(second!.segments[1]!.x).toBe(36 * CHAR_WIDTH);
    // The first cell spans its 31 printed columns, so its last word still ends before the gap.
    expect(first!.segments[0]!.width).toBe(31 * CHAR_WIDTH);
    expect(layout.text.slice(first!.segments[1]!.start, first!.segments[1]!.end)).toBe("Reduction in the time taken");
  });

  it("a soft hyphen inside a line keeps its place on the grid though the repair drops it", () => {
    const printed = `${"in a trans\u00adparent manner".padEnd(27)}Annual report`;
    const layout = textToLayout(repairText(printed), printed);
    expect(layout.pages[0]!.lines[0]!.segments.map((s) => [s.text, s.x])).toEqual([
      ["in a transparent manner", 0],
      ["Annual report", 27 * CHAR_WIDTH],
    ]);
  });
});
