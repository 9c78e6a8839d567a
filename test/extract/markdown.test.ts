import { describe, expect, it } from "vitest";
import { markdownTextToLayout, SUPERSCRIPT_FONT_SIZE } from "../../src/extract/markdown.js";
import { sniffFormat, markdownScore, MARKDOWN_CUES, MARKDOWN_MIN_SCORE } from "../../src/extract/decode.js";
import fc from "fast-check";
import { TAB_COLUMN_WIDTH } from "../../src/extract/text.js";
import type { Layout } from "../../src/model/layout.js";

const lines = (layout: Layout) => layout.pages.flatMap((p) => p.lines).filter((l) => l.kind !== "blank");

describe("Markdown extractor", () => {
  it("gives headings with depth, strips bold and keeps source line numbers", () => {
    const layout = markdownTextToLayout("Intro line\n\n## **Senior Management Network**\n\n### Note by the *Secretary-General*\n");
    const [intro, title, sub] = lines(layout);
    expect(intro).toMatchObject({ text: "Intro line", kind: "text", line: 1 });
    expect(title).toMatchObject({ text: "Senior Management Network", kind: "heading", depth: 2, line: 3 });
    expect(title!.segments[0]!.bold).toBe(true);
    expect(sub).toMatchObject({ text: "Note by the Secretary-General", kind: "heading", depth: 3, line: 5 });
  });

  it("keeps paragraph numbers of '- 1.' items and '(a)' markers, drops bullets", () => {
    const src = "- 1. In its resolution 59/268, the Assembly\n- 2. Second paragraph\n- (a) To strengthen capacity;\n- plain bullet\n";
    const got = lines(markdownTextToLayout(src)).map((l) => [l.kind, l.text, l.line]);
    expect(got).toEqual([
      ["list-item", "1. In its resolution 59/268, the Assembly", 1],
      ["list-item", "2. Second paragraph", 2],
      ["list-item", "(a) To strengthen capacity;", 3],
      ["list-item", "plain bullet", 4],
    ]);
  });

  it("keeps the delimiter of an ordered list as written and the start number", () => {
    const got = lines(markdownTextToLayout("4) Fourth\n5) Fifth\n")).map((l) => l.text);
    expect(got).toEqual(["4) Fourth", "5) Fifth"]);
  });

  it("makes a <sup> footnote mark its own small segment and resolves backslash escapes", () => {
    const layout = markdownTextToLayout("Item 132 of the provisional agenda\\*\n\n<sup>\\*</sup> A/60/150.\n");
    const [agenda, note] = lines(layout);
    expect(agenda!.text).toBe("Item 132 of the provisional agenda*");
    expect(note!.text).toBe("* A/60/150.");
    expect(note!.segments.map((s) => [s.text, s.fontSize < 10])).toEqual([["*", true], ["A/60/150.", false]]);
    expect(note!.segments[0]!.fontSize).toBe(SUPERSCRIPT_FONT_SIZE);
  });

  it("sets a footnote number glued to a figure apart, so a symbol does not absorb it", () => {
    const [line] = lines(markdownTextToLayout("In resolution 59/268<sup>1</sup>, the Assembly\n"));
    expect(line!.text).toBe("In resolution 59/268 1, the Assembly");
    expect(line!.segments.map((s) => s.text)).toEqual(["In resolution 59/268", "1", ", the Assembly"]);
  });

  it("turns a GFM table into one line per row with a segment per cell carrying its column", () => {
    const src = "| Objective | Expected<br>accomplishment | Performance measure |\n|---|---|---|\n| To do A. | • Done<br>• Also | 90% on time<br>Plans agreed |\n|  | only middle |  |\n";
    const rows = lines(markdownTextToLayout(src));
    expect(rows.map((r) => r.kind)).toEqual(["table-row", "table-row", "table-row"]);
    expect(rows[1]!.segments.map((s) => [s.text, s.column, s.x])).toEqual([
      ["To do A.", 0, 0],
      ["• Done • Also", 1, TAB_COLUMN_WIDTH],
      ["90% on time • Plans agreed", 2, 2 * TAB_COLUMN_WIDTH],
    ]);
    // A <br> in a body cell is a hard item break (a bullet the table reader splits on); in the
    // header row it only wraps a label.
    expect(rows[0]!.segments.map((s) => s.text)).toEqual(["Objective", "Expected accomplishment", "Performance measure"]);
    expect(rows[1]!.text).toBe("To do A.\t• Done • Also\t90% on time • Plans agreed");
    expect(rows[2]!.segments.map((s) => [s.text, s.column])).toEqual([["only middle", 1]]);
    expect(rows.map((r) => r.line)).toEqual([1, 3, 4]);
  });

  it("keeps the number of a numbered item whose text is indented (read as code by CommonMark)", () => {
    const layout = markdownTextToLayout("90. Luxembourg noted the progress.\n\n91.     Luxembourg welcomed the report.\n\n```\nfenced\n```\n");
    const rows = lines(layout);
    expect(rows.map((r) => [r.line, r.kind, r.text])).toEqual([
      [1, "list-item", "90. Luxembourg noted the progress."],
      [3, "list-item", "91. Luxembourg welcomed the report."],
      [6, "text", "fenced"],
    ]);
  });

  it("gives every line and segment offsets into the extracted text", () => {
    const layout = markdownTextToLayout("# Title\n\nSome **bold** and _italic_ text\nwrapped here.\n\n| a | b |\n|---|---|\n| c | d |\n");
    for (const l of layout.pages[0]!.lines) {
      expect(layout.text.slice(l.start, l.end)).toBe(l.text);
      for (const s of l.segments) expect(layout.text.slice(s.start, s.end)).toBe(s.text);
    }
    expect(layout.text).toContain("Some bold and italic text\nwrapped here.");
    expect(layout.text).not.toContain("**");
  });

  it("keeps blank source lines between blocks as blank Layout lines", () => {
    const layout = markdownTextToLayout("first\n\nsecond\nthird\n");
    expect(layout.pages[0]!.lines.map((l) => l.kind)).toEqual(["text", "blank", "text", "text"]);
  });
});

describe("Markdown sniffing", () => {
  it("picks Markdown for the GA note saved as .txt and text for a plain compact", () => {
    const note = "United Nations A/60/209\n\n## **Senior Management Network**\n\n- 1. In its resolution\n\n<sup>\\*</sup> A/60/150.\n";
    expect(sniffFormat(new TextEncoder().encode(note)).format).toBe("markdown");
    const plain = "2008 SENIOR MANAGER'S COMPACT\n\nBetween Ms. A and the Secretary-General\n\nObjectives\tExpected accomplishments\n";
    expect(sniffFormat(new TextEncoder().encode(plain)).format).toBe("text");
  });

  it("scores a lone GFM table as Markdown", () => {
    expect(markdownScore("| a | b |\n|---|---|\n| c | d |\n")).toBeGreaterThanOrEqual(MARKDOWN_MIN_SCORE);
  });
});

describe("Markdown sniffing cues", () => {
  const enc = (s: string) => new TextEncoder().encode(s);
  it("two headings are Markdown, one '#' line alone is not", () => {
    expect(sniffFormat(enc("# Compact\n\nText.\n\n## Objectives\n\nMore text.\n")).format).toBe("markdown");
    expect(sniffFormat(enc("# 5 items left\n\nplain text\n")).format).toBe("text");
  });
  it("converter-style numbered bullets with one heading are Markdown", () => {
    expect(sniffFormat(enc("## Note by the Secretary-General\n\n- 1. In its resolution\n- 2. Second\n")).format).toBe("markdown");
  });
  it("a plain-text compact with '-' bullets stays text", () => {
    expect(sniffFormat(enc("2008 SENIOR MANAGER'S COMPACT\n\n- Achievement of the objectives.\n- Another challenge.\n")).format).toBe("text");
  });
});

describe("markdownScore: a cue's pattern runs only where its character is", () => {
  const PIECES = ["#", "## ", "# T", "**", "b", "|", " | ", ":-", "---", "<sup>", "</sup>", "<SUP>", "\\", "\\*", "[", "]", "(", ")", "```", "-", "*", "+", " ", "1.", "12", ". ", "x", "\n", "\t"];
  it("scores generated texts as every pattern run on them does", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), (parts) => {
        const text = parts.join("");
        for (const [re, , needs] of MARKDOWN_CUES) {
          const m = re.exec(text);
          // Every match holds the character the cue is filtered by.
          if (m) expect(m[0]).toContain(needs);
        }
        expect(markdownScore(text)).toBe(MARKDOWN_CUES.reduce((sum, [re, w]) => sum + (re.test(text) ? w : 0), 0));
      }),
      { numRuns: 3000 },
    );
  });
});
