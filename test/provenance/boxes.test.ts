import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { extract } from "../../src/index.js";
import type { Layout, Line, Segment } from "../../src/model/layout.js";
import type { Box, CompactOutput, Objective } from "../../src/model/output.js";
import { OutputSchema, outputJsonSchema } from "../../src/model/output.js";
import { AlignScratch, itemWords, lineIndex, locateRow, normWord } from "../../src/provenance/boxes.js";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

/** A PDF-like layout: each line is [y, [x, text]…] with 10-point text, 5 points per character. */
function layout(lines: [number, [number, string][]][], page = 1): Layout {
  const ls: Line[] = lines.map(([y, segs], i) => ({
    page,
    line: i + 1,
    y,
    text: segs.map((s) => s[1]).join(" "),
    start: 0,
    end: 0,
    kind: "text",
    segments: segs.map(([x, text]): Segment => ({ text, x, y, width: text.length * 5, fontSize: 10, page, line: i + 1, start: 0, end: 0 })),
  }));
  return { format: "pdf", text: "", pages: [{ number: page, width: 600, height: 800, lines: ls, rules: [], removed: [] }] };
}

function row(objective: string, accomplishments: string[], measures: string[], lines: [number, number]): Objective {
  return {
    id: "A-1",
    section: "A",
    objective,
    accomplishments,
    measures: measures.map((text) => ({ text, targets: [], accomplishment: null, target: null, baseline: null })),
    extra: {},
    provenance: { page: 1, lines, pages: [1] },
  };
}

const contains = (b: Box, x: number, y: number) => x >= b.x0 && x <= b.x1 && y >= b.y0 && y <= b.y1;

describe("normWord / itemWords", () => {
  it.each([
    ["Peace-keeping,", "peacekeeping"],
    ["(A/RES/62/237)", "ares62237"],
    ["ﬁnancial", "financial"],
    ["•", ""],
    ["50%", "50"],
  ])("%s → %s", (raw, norm) => expect(normWord(raw)).toBe(norm));
  it("drops bullets and empty words", () => expect(itemWords("• To  ensure – the")).toEqual(["to", "ensure", "the"]));
  it("takes the ASCII fast path to the same word as NFKC + lower case + letters and digits", () => {
    const reference = (raw: string) => raw.normalize("NFKC").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
    const chars = fc.constantFrom("A", "Z", "a", "z", "0", "9", "-", "/", "(", ".", "@", "[", "`", "{", "é", "ﬁ", "Ä", "İ", "\u212a", "\u00ad", "²");
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: "binary" }), fc.string({ unit: chars })), (raw) => normWord(raw) === reference(raw)),
      { numRuns: 2000 },
    );
  });
});

describe("locateRow", () => {
  // Three columns; "the support" appears in two of them, so a column-blind search could take the wrong one.
  const L = layout([
    [100, [[50, "To ensure the support"], [250, "Timely the support"], [450, "90% of the"]]],
    [112, [[50, "of missions."], [250, "to missions."], [450, "documents."]]],
    [124, [[250, "Second item here."], [450, "Second measure."]]],
  ]);

  it("puts each item in its own column, across its wrapped lines", () => {
    const r = locateRow(L, row("To ensure the support of missions.", ["Timely the support to missions.", "Second item here."], ["90% of the documents.", "Second measure."], [1, 3]));
    expect(r.unlocated).toEqual([]);
    const [obj] = r.cells.objective;
    expect(obj).toMatchObject({ page: 1, x0: 50, lines: [1, 2] });
    expect(obj!.x1).toBeLessThan(250);
    const [acc1] = r.cells.accomplishments[0]!;
    expect(acc1).toMatchObject({ x0: 250, lines: [1, 2] });
    expect(acc1!.x1).toBeLessThan(450);
    expect(r.cells.accomplishments[1]![0]).toMatchObject({ x0: 250, lines: [3, 3] });
    expect(r.cells.measures[0]![0]).toMatchObject({ x0: 450, lines: [1, 2] });
    expect(r.cells.measures[1]![0]).toMatchObject({ x0: 450, lines: [3, 3] });
    // Ascent and descent around the baseline: the glyphs of line 1 (baseline 100) are inside.
    expect(contains(obj!, 55, 95)).toBe(true);
    expect(obj!.y0).toBeLessThan(100 - 5);
    expect(obj!.y1).toBeGreaterThan(112);
    // The row's box is the union of all its printed words.
    expect(r.boxes).toEqual([{ page: 1, x0: 50, y0: 92, x1: 450 + "Second measure.".length * 5, y1: 126.2, lines: [1, 3] }]);
  });

  it("an item that is not in print gets no box and is reported, rather than a guessed box", () => {
    const r = locateRow(L, row("To ensure the support of missions.", ["Something the reader invented entirely."], [], [1, 3]));
    expect(r.cells.accomplishments[0]).toEqual([]);
    expect(r.unlocated).toEqual([{ what: "accomplishment 1", text: "Something the reader invented entirely." }]);
  });

  it("a word broken at a line end (manage- / ment) still places the item", () => {
    const H = layout([
      [100, [[50, "Better manage-"]]],
      [112, [[50, "ment of assets."]]],
    ]);
    const r = locateRow(H, row("Better management of assets.", [], [], [1, 2]));
    expect(r.unlocated).toEqual([]);
    expect(r.cells.objective[0]).toMatchObject({ x0: 50, lines: [1, 2] });
  });

  it("an objective printed above its table (outside the row's lines) is found between the previous row and this one", () => {
    const P = layout([
      [80, [[50, "To build on progress in needs assessments."]]],
      [100, [[50, "Average processing time"], [250, "Increased awareness."]]],
    ]);
    const r = locateRow(P, row("To build on progress in needs assessments.", ["Increased awareness."], ["Average processing time"], [2, 2]), 0);
    expect(r.unlocated).toEqual([]);
    expect(r.cells.objective[0]).toMatchObject({ lines: [1, 1] });
    expect(r.boxes[0]!.lines).toEqual([1, 2]);
  });

  it("a row over two pages gets one box per page, in page order; a scratch reused and grown past its first size places items as a fresh one does", () => {
    // 60 lines of "the of the and of": the accomplishment's 7 words have 780 exact candidates (past the scratch's first 256).
    const filler = Array.from({ length: 60 }, (_, i): [number, [number, string][]] => [100 + 12 * i, [[50, "the of the and of"]]]);
    const first = layout([[88, [[50, "Improved the of results here."]]], ...filler]);
    const second = layout([[100, [[50, "Second page the of closing words."]]]], 2);
    const second1 = { ...second.pages[0]!, lines: second.pages[0]!.lines.map((l) => ({ ...l, line: 400, segments: l.segments.map((s) => ({ ...s, line: 400 })) })) };
    const L2: Layout = { ...first, pages: [first.pages[0]!, second1] };
    const r2 = row("Improved the of results here.", ["the of the and of the of"], ["Second page the of closing words."], [1, 400]);
    const scratch = new AlignScratch();
    const index = lineIndex(L2);
    // The first call grows the scratch; the second reads the same row with the grown one.
    const a = locateRow(L2, r2, 0, index, scratch);
    const b = locateRow(L2, r2, 0, index, scratch);
    const fresh = locateRow(L2, r2, 0, index);
    expect(scratch.candWord.length).toBeGreaterThan(256);
    expect(a).toEqual(fresh);
    expect(b).toEqual(fresh);
    expect(fresh.unlocated).toEqual([]);
    expect(fresh.boxes.map((x) => x.page)).toEqual([1, 2]);
    expect(fresh.boxes[1]).toMatchObject({ page: 2, x0: 50, lines: [400, 400] });
    expect(fresh.cells.objective).toEqual([{ page: 1, x0: 50, y0: 80, x1: 50 + "Improved the of results here.".length * 5, y1: 90.2, lines: [1, 1] }]);
    expect(fresh.cells.measures[0]).toMatchObject([{ page: 2, x0: 50, lines: [400, 400] }]);
  });
});

describe("the provenance stage on real fixtures", () => {
  it("seed PDF: every item located; objective and measure boxes sit in different columns; schema-valid", async () => {
    const out = await extract(join(ROOT, "test/fixtures/pdf/seed-ruled.pdf"));
    expect(OutputSchema.safeParse(out).success).toBe(true);
    const o = out as CompactOutput;
    expect(o.objectives).toHaveLength(21);
    expect(o.warnings.filter((w) => w.code === "PROVENANCE_UNLOCATED")).toEqual([]);
    for (const r of o.objectives) {
      const c = r.provenance.cells!;
      expect(c.objective.length, r.id).toBeGreaterThan(0);
      for (const m of c.measures) expect(m.length, r.id).toBeGreaterThan(0);
      const objRight = Math.max(...c.objective.map((b) => b.x1));
      const measLeft = Math.min(...c.measures.flat().map((b) => b.x0));
      expect(objRight, r.id).toBeLessThan(measLeft);
      // Every item box lies within the row's box on its page.
      for (const b of [...c.objective, ...c.accomplishments.flat(), ...c.measures.flat()]) {
        const rb = r.provenance.boxes!.find((x) => x.page === b.page)!;
        expect(b.x0 >= rb.x0 && b.x1 <= rb.x1 && b.y0 >= rb.y0 && b.y1 <= rb.y1, r.id).toBe(true);
      }
    }
    // A row across a page break has one box per page.
    const split = o.objectives.find((r) => r.provenance.pages.length > 1);
    if (split) expect(split.provenance.boxes!.map((b) => b.page)).toEqual(split.provenance.pages);
  });

  it("text compact: boxes carry the row's source lines; warnings that name a line get its box", async () => {
    const o = (await extract(join(ROOT, "fixtures/compact-2008-dfs.txt"))) as CompactOutput;
    for (const r of o.objectives) {
      const [b] = r.provenance.boxes!;
      expect(b!.lines[0]).toBeGreaterThanOrEqual(r.provenance.lines[0]);
      expect(b!.lines[1]).toBeLessThanOrEqual(r.provenance.lines[1]);
      expect(r.provenance.cells!.objective[0]!.x0).toBe(0); // the first column starts at character 0
    }
    const w = o.warnings.find((x) => x.code === "DATE_UNPARSEABLE")!;
    expect(w.box).toMatchObject({ page: w.page, lines: [w.line, w.line] });
  });

  it("the JSON Schema documents the boxes", () => {
    const text = JSON.stringify(outputJsonSchema());
    expect(text).toContain('"cells"');
    expect(text).toContain('"x0"');
  });
});

describe("itemWords", () => {
  it("keeps the normalised non-empty runs between white space, as splitting at /\\s+/ does", () => {
    const pieces = ["word", "Ünïcode", "50%", "-", "•", " ", "  ", "\n", "\t", "\u00a0", "\u2003", "\u3000", "e-mail", "A/62/8", "(a)", ""];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), (parts) => {
        const text = parts.join("");
        expect(itemWords(text)).toEqual(text.split(/\s+/).map(normWord).filter((w) => w.length > 0));
      }),
      { numRuns: 500 },
    );
    expect(itemWords("  Reduced • number of\u00a0e-mails ")).toEqual(["reduced", "number", "of", "emails"]);
  });
});
