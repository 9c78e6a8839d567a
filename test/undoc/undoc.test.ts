import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { readUnDocument, ordinalToNumber, mastheadDateToIso, mastheadSymbol } from "../../src/undoc/index.js";
import { textToLayout } from "../../src/extract/text.js";
import { markdownTextToLayout } from "../../src/extract/markdown.js";
import { extract } from "../../src/index.js";

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), "..", "fixtures");
const SEED = join(FIXTURES, "seeds", "002_6d0a952f88cf6e44.txt");
const read = (text: string) => readUnDocument(textToLayout(text)).body;

describe("seed 002 (GA note in Markdown saved as .txt)", () => {
  it("reads every masthead field", async () => {
    const out = await extract(SEED);
    expect(out.kind).toBe("un-document");
    if (out.kind !== "un-document") return;
    expect(out.source.format).toBe("markdown");
    expect({
      symbol: out.symbol, distribution: out.distribution, date: out.date, originalLanguage: out.originalLanguage,
      session: out.session, agendaItems: out.agendaItems, title: out.title, subtitle: out.subtitle,
    }).toEqual({
      symbol: "A/60/209", distribution: "General", date: "2005-08-09", originalLanguage: "English", session: 60,
      agendaItems: [{ number: "132", title: "United Nations common system" }],
      title: "Senior Management Network", subtitle: "Note by the Secretary-General",
    });
  });

  it("reads 8 paragraphs, (a)–(e) under 6, the footnote apart, and paragraph 4 continued after it", async () => {
    const out = await extract(SEED);
    if (out.kind !== "un-document") throw new Error(out.kind);
    expect(out.paragraphs.map((p) => p.number)).toEqual(["1", "2", "3", "4", "5", "6", "7", "8"]);
    expect(out.paragraphs[5]!.subparagraphs.map((s) => s.label)).toEqual(["a", "b", "c", "d", "e"]);
    expect(out.paragraphs[5]!.subparagraphs[4]!.text).toBe("To signal a commitment to the professionalism of the management function.");
    expect(out.paragraphs[3]!.text).toMatch(/existing CEB terminology and should allay any concerns about the possible creation of a separate category of staff, or new positions\.$/);
    expect(out.footnotes).toEqual([{ mark: "*", text: "A/60/150." }]);
    expect(out.paragraphs.some((p) => p.text.includes("A/60/150"))).toBe(false);
    expect(out.paragraphs[7]!.text.endsWith("throughout the United Nations system.")).toBe(true);
  });
});

describe("masthead variants", () => {
  it("'Distr. GENERAL' and ORIGINAL: / ENGLISH split over two lines", () => {
    const d = read("                 General Assembly        Distr.\n                                         GENERAL\n\n                                         A/50/447\n                                         18 September 1995\n\n                                         ORIGINAL:\n                                         ENGLISH\n\nFiftieth session\nAgenda item 117\n\n1. Text.\n");
    expect([d.symbol, d.distribution, d.date, d.originalLanguage, d.session]).toEqual(["A/50/447", "General", "1995-09-18", "English", 50]);
  });

  it("'DISTR. GENERAL' on one cell, lettered agenda item, 'Fifty-ninth session'", () => {
    const d = read("A/59/300                    DISTR. GENERAL\n                            2 September 2004\nFifty-ninth session\nAgenda item 112 (c)\nHuman rights questions\n\nREPORT OF THE SECRETARY-GENERAL\n\n1. Text.\n");
    expect([d.symbol, d.distribution, d.date, d.session]).toEqual(["A/59/300", "General", "2004-09-02", 59]);
    expect(d.agendaItems).toEqual([{ number: "112 (c)", title: "Human rights questions" }]);
    expect(d.subtitle).toBe("REPORT OF THE SECRETARY-GENERAL");
  });

  it("the whole masthead, session and agenda item with its title on one line", () => {
    const d = read("United Nations A/60/209 General Assembly Distr.: General 9 August 2005 Original: English Sixtieth session Item 132 of the provisional agenda* United Nations common system\nSenior Management Network\nNote by the Secretary-General\n1. Text.\n");
    expect([d.symbol, d.distribution, d.date, d.originalLanguage, d.session]).toEqual(["A/60/209", "General", "2005-08-09", "English", 60]);
    expect(d.agendaItems).toEqual([{ number: "132", title: "United Nations common system" }]);
    expect([d.title, d.subtitle]).toEqual(["Senior Management Network", "Note by the Secretary-General"]);
  });

  it("symbol alone at the top right", () => {
    const d = read("                                              A/C.5/62/L.5/Rev.1\n\nDistr.: Limited\n\n1. Text.\n");
    expect(d.symbol).toBe("A/C.5/62/L.5/Rev.1");
    expect(d.distribution).toBe("Limited");
  });

  it("two agenda items with a footnoted agenda line and a title each", () => {
    const d = read("United Nations A/61/605\n\nSixty-first session\nAgenda items 118 and 127*\nProgramme budget for the biennium 2006-2007\nHuman resources management\n\nSome title\n\nNote by the Secretary-General\n\n1. Text.\n");
    expect(d.agendaItems).toEqual([
      { number: "118", title: "Programme budget for the biennium 2006-2007" },
      { number: "127", title: "Human resources management" },
    ]);
    expect(d.session).toBe(61);
    expect([d.title, d.subtitle]).toEqual(["Some title", "Note by the Secretary-General"]);
  });

  it("a wrapped agenda title is joined, and '60th session' is read", () => {
    const d = read("A/60/1\n\n60th session\nItem 121 of the provisional agenda*\nReview of the efficiency of the administrative and\nfinancial functioning of the United Nations\n\nReport of the Secretary-General\n\n1. Text.\n");
    expect(d.session).toBe(60);
    expect(d.agendaItems).toEqual([{ number: "121", title: "Review of the efficiency of the administrative and financial functioning of the United Nations" }]);
  });

  it("a CONTENTS table with dot leaders is skipped, job number and bar code ignored", () => {
    const d = read("A/60/2\n\nTitle\n\nCONTENTS\n\n   I. INTRODUCTION ............ 1 - 2    2\n   1. Scope ................... 1        2\n\nI. INTRODUCTION\n\n1. First paragraph\nwrapped.\n\n05-45678 (E)\n*0545678*\n\n2. Second.\n");
    expect(d.paragraphs).toEqual([
      { number: "1", text: "First paragraph wrapped.", subparagraphs: [] },
      { number: "2", text: "Second.", subparagraphs: [] },
    ]);
    expect(d.title).toBe("Title");
  });
});

describe("after the body", () => {
  it("an annex with its own numbering does not run into the last paragraph", () => {
    const d = read("A/60/3\n\n1. First.\n2. Last paragraph.\n\nAnnex\n\n1. Annex paragraph one.\nAnnex text.\n");
    expect(d.paragraphs.map((p) => [p.number, p.text])).toEqual([["1", "First."], ["2", "Last paragraph."]]);
  });
});

describe("grammar pieces", () => {
  it.each([
    ["Sixtieth", 60], ["Fifty-ninth", 59], ["fiftieth", 50], ["Sixty-second", 62], ["Tenth", 10], ["60th", 60], ["61st", 61], ["Twenty-first", 21], ["session", null], ["its", null],
  ])("ordinal %s → %s", (word, n) => {
    expect(ordinalToNumber(word)).toBe(n);
  });

  it.each([
    ["9 August 2005", "2005-08-09"], ["18 SEPTEMBER 1995", "1995-09-18"], ["31 February 2005", null], ["29 February 2008", "2008-02-29"], ["August 2005", null],
  ])("masthead date %s → %s", (raw, iso) => {
    expect(mastheadDateToIso(raw)).toBe(iso);
  });

  it.each([
    ["A/60/209", "A/60/209"], ["United Nations A/60/209", "A/60/209"], ["A/60/209*", "A/60/209"], ["S/2008/304", "S/2008/304"],
    ["see A/60/209", null], ["DPKO/DFS", null], ["1/8/2007", null], ["A/C", null],
  ])("masthead symbol %s → %s", (cell, symbol) => {
    expect(mastheadSymbol(cell.replace(/\*+$/, ""))).toBe(symbol);
  });
});

describe("PDF-like layouts (no blank lines, titles set by font)", () => {
  /** A Layout as the PDF extractor would give it: one segment per row, sizes and bold from the font. */
  function pdfLike(rows: Array<[string, number, boolean, number?]>): import("../../src/model/layout.js").Layout {
    let text = "";
    const lines = rows.map(([t, fontSize, bold, x = 72], i) => {
      if (text) text += "\n";
      const start = text.length;
      text += t;
      const seg = { text: t, x, y: 72 + i * 14, width: t.length * 5, fontSize, page: 1, line: i + 1, start, end: text.length, ...(bold ? { bold: true } : {}) };
      return { page: 1, line: i + 1, y: seg.y, text: t, start, end: text.length, segments: [seg], kind: "text" as const };
    });
    return { format: "pdf", text, pages: [{ number: 1, width: 612, height: 792, lines, rules: [], removed: [] }] };
  }

  it("tells agenda title, title and subtitle apart by font size and weight", () => {
    const { body } = readUnDocument(pdfLike([
      ["United Nations", 16, true], ["A/63/100", 10, false, 450], ["General Assembly", 16, true], ["Distr.: General", 9, false, 450],
      ["1 July 2008", 9, false, 450], ["Original: English", 9, false, 450], ["Sixty-third session", 10, true],
      ["Item 124 of the preliminary list*", 10, false], ["Human resources management", 10, true],
      ["Senior managers' compacts", 14, true], ["Report of the Secretary-General", 12, true],
      ["1. The present report describes the compacts.", 10, false], ["2. It is submitted pursuant to", 10, false], ["resolution 61/244.", 10, false],
    ]));
    expect(body.symbol).toBe("A/63/100");
    expect(body.date).toBe("2008-07-01");
    expect(body.session).toBe(63);
    expect(body.agendaItems).toEqual([{ number: "124", title: "Human resources management" }]);
    expect(body.title).toBe("Senior managers' compacts");
    expect(body.subtitle).toBe("Report of the Secretary-General");
    expect(body.paragraphs.map((p) => [p.number, p.text])).toEqual([
      ["1", "The present report describes the compacts."],
      ["2", "It is submitted pursuant to resolution 61/244."],
    ]);
  });
});
