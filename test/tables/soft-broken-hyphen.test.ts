/**
 * A line-end hyphen the source marked soft is the typesetter's (session 30, h-soft). Typst
 * hyphenates justified table cells: its layout text (pdftotext) prints the break as U+00AD, its
 * PDF draws a hyphen inside `/Span << /ActualText <FEFF00AD> >> BDC … EMC`. repairText prints both
 * as "-", and the joiner's dictionary rules then kept a compound of two words ("Stock-" + "holm":
 * "holm" is a word) or a UN compound ("co-" + "operation"). Layout.softBroken carries the words
 * broken softly; decideHyphen drops their hyphen unless the document prints the pair hyphenated.
 * Corpus20 dev20 d20-006 ("Stockholm Agreement") and d20-011 ("in cooperation with").
 */
import { describe, expect, it } from "vitest";
import { lineEndBreaks, softBrokenWords, softOnly } from "../../src/vocab/text.js";
import { decideHyphen, hyphenLexicon, joinWrapped } from "../../src/tables/text.js";
import { runsFromOperators, type TextOpCodes } from "../../src/extract/pdf/glyphs.js";
import { buildLines } from "../../src/extract/pdf/lines.js";
import { extractLayout } from "../../src/extract/index.js";
import { A4_VIEW as VIEW, TEXT_OPS } from "../support/pdf-ops.js";

describe("softBrokenWords: the words a source broke at a soft hyphen at a line end", () => {
  it("reads a soft hyphen before a line end or a layout-text column gap (d20-006, d20-011 typst.txt)", () => {
    const text = "mentation of the Stock\u00AD        gated: 80%\nholm Agreement\nalong the boundary, in co\u00AD\noperation with the parties";
    expect(softBrokenWords([text])).toEqual(["co", "stock"]);
  });

  it("leaves out a word the source also breaks at a printed hyphen, and soft hyphens inside a line", () => {
    // "co-" + "chairs" is printed: "co" broken both ways is no evidence either way.
    expect(softBrokenWords(["in co\u00AD\noperation with the co-\nchairs", "inter\u00ADnational"])).toEqual([]);
    // A PDF adds page after page: the printed break on page 2 still counts.
    const breaks = lineEndBreaks(["the Stock\u00AD", "in co\u00AD"]);
    lineEndBreaks(["the co-"], breaks);
    expect(softOnly(breaks)).toEqual(["stock"]);
  });

  it("reads a word marked at every hyphenation point as the joiner sees it, and WeasyPrint's soft + printed pair", () => {
    expect(softBrokenWords(["the de\u00ADvel\u00ADop\u00AD\nment of", "the manage\u00AD\u2010"])).toEqual(["develop", "manage"]);
  });
});

describe("decideHyphen with the soft breaks", () => {
  it("drops the hyphen of a softly broken word whatever the dictionary says of its halves", () => {
    const text = "To support the implementation of the Stock-\nholm Agreement";
    // Without the producer's word: "stock" and "holm" are words, "stockholm" is none — a compound.
    expect(decideHyphen("Stock", "holm Agreement", hyphenLexicon(text))).toBe("keep");
    expect(decideHyphen("Stock", "holm Agreement", hyphenLexicon(text, ["stock"]))).toBe("drop");
    expect(joinWrapped("the Stock-", "holm Agreement", hyphenLexicon(text, ["stock"]))).toBe("the Stockholm Agreement");
    // "co-operation" is a listed UN compound; the source wrote "cooperation".
    expect(joinWrapped("in co-", "operation with", hyphenLexicon("in co-\noperation with", []))).toBe("in co-operation with");
    expect(joinWrapped("in co-", "operation with", hyphenLexicon("in co-\noperation with", ["co"]))).toBe("in cooperation with");
  });

  it("still keeps a pair the document prints hyphenated inside a line, and a capitalised second part", () => {
    const text = "the follow-up committee; a follow-\nup report";
    expect(decideHyphen("follow", "up report", hyphenLexicon(text, ["follow"]))).toBe("keep");
    expect(decideHyphen("Secretary", "General", hyphenLexicon("", ["secretary"]))).toBe("keep");
  });
});

describe("a PDF hyphen drawn in a replacement span of its own", () => {
  const T: TextOpCodes = { ...TEXT_OPS, beginMarkedContent: 69, beginMarkedContentProps: 70, endMarkedContent: 71 };
  const f = { fontMatrix: [0.001, 0, 0, 0.001, 0, 0], name: "X+LibertinusSerif" };
  const glyphs = (s: string) => [...s].map((ch) => ({ unicode: ch, width: 500, isSpace: ch === " ", isInFont: true, originalCharCode: ch.charCodeAt(0) }));
  // Typst: the line's text, then the break's hyphen at its own position inside `/Span <<…>> BDC`
  // (pdf.js passes ["Span", null]: no MCID), then the next line.
  const read = (span: [string, number | null]) =>
    runsFromOperators(
      [T.beginText, T.setFont, T.setTextMatrix, T.showText, T.beginMarkedContentProps!, T.setTextMatrix, T.showText, T.endMarkedContent!, T.setTextMatrix, T.showText],
      [null, ["f1", 10], [[1, 0, 0, 1, 100, 700]], [glyphs("of the Stock")], span, [[1, 0, 0, 1, 160, 700]], [glyphs("-")], null, [[1, 0, 0, 1, 100, 687]], [glyphs("holm Agreement")]],
      T,
      VIEW,
      () => f,
    ).runs;

  it("reads the hyphen as a soft one: printed '-' at the line end, recorded as a soft break", () => {
    const runs = read(["Span", null]);
    expect(runs.map((r) => r.text)).toEqual(["of the Stock\u00AD", "holm Agreement"]);
    expect(buildLines(runs).map((l) => l.segments.map((s) => s.text).join(" | "))).toEqual(["of the Stock-", "holm Agreement"]);
    expect(softBrokenWords(runs.map((r) => r.text))).toEqual(["stock"]);
  });

  it("leaves a hyphen in a tagged structure's span (an MCID) as printed", () => {
    const runs = read(["Span", 12]);
    expect(runs.map((r) => r.text)).toEqual(["of the Stock-", "holm Agreement"]);
    expect(softBrokenWords(runs.map((r) => r.text))).toEqual([]);
  });
});

describe("the extracted layout carries the soft breaks", () => {
  it("records them from layout text before repairText prints them as '-'", async () => {
    const text = "Objective           Measures\nthe Stock\u00AD          Truce violations\nholm Agreement      investigated\n";
    const read = await extractLayout(new TextEncoder().encode(text), { options: { format: "text" } } as never);
    expect(read.layout.softBroken).toEqual(["stock"]);
    expect(read.layout.text).toContain("the Stock-");
  });
});
