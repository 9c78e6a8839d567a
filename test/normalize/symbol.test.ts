import { describe, expect, it } from "vitest";
import { normalizeSymbol } from "../../src/normalize/symbol.js";
import { findSymbols } from "../../src/entities/symbols.js";

/** [raw as printed, canonical] — worked examples of data/un-symbols.md §5 and more. */
const SYMBOLS: Array<[string, string]> = [
  ["A/62/80", "A/62/80"],
  ["A/ 62/ 80", "A/62/80"],
  ["a/62/80.", "A/62/80"],
  ["A/62/\n80", "A/62/80"],
  ["A/61/858 Add. 1", "A/61/858/Add.1"],
  ["A/61/858/Add 1", "A/61/858/Add.1"],
  ["A/62/80/Add.1/Corr.1", "A/62/80/Add.1/Corr.1"],
  ["A/62/281 (Part I)/Add.1", "A/62/281 (Part I)/Add.1"],
  ["A/61/264(part II)", "A/61/264 (Part II)"],
  ["A/62/6(sect.5)", "A/62/6 (Sect. 5)"],
  ["A/62/5 (Vol. II)", "A/62/5 (Vol. II)"],
  ["A/C. 5/62/L. 5/Rev. 1", "A/C.5/62/L.5/Rev.1"],
  ["A/62/PV.12", "A/62/PV.12"],
  ["A/C.5/62/SR.10", "A/C.5/62/SR.10"],
  ["A/BUR/62/1", "A/BUR/62/1"],
  ["A/AC.96/1040/Add.1", "A/AC.96/1040/Add.1"],
  ["A/CONF.192/15", "A/CONF.192/15"],
  ["A/HRC/7/3", "A/HRC/7/3"],
  ["A/62/80*", "A/62/80"],
  ["A/RES/62/237", "A/RES/62/237"],
  ["A/RES/217 (III)", "A/RES/217 (III)"],
  ["A/RES/ES-10/19", "A/RES/ES-10/19"],
  ["A/RES/S-26/2", "A/RES/S-26/2"],
  ["S/RES/1440(2002)", "S/RES/1440 (2002)"],
  ["S/RES/1769 (2007)", "S/RES/1769 (2007)"],
  ["S/2008/304", "S/2008/304"],
  ["S/PRST/2008/5", "S/PRST/2008/5"],
  ["S/PV.5912 (Resumption 1)", "S/PV.5912 (Resumption 1)"],
  ["S/25704", "S/25704"],
  ["E/2008/15", "E/2008/15"],
  ["E/RES/2008/3", "E/RES/2008/3"],
  ["E/CN.5/2008/2", "E/CN.5/2008/2"],
  ["ST/SGB/2008/5", "ST/SGB/2008/5"],
  ["ST/SGB/2003/17", "ST/SGB/2003/17"],
  ["ST/AI 2010/3", "ST/AI/2010/3"],
  ["ST/AI/ 2006/3/Rev.1", "ST/AI/2006/3/Rev.1"],
  ["ST/AI/2010/3/Amend.1", "ST/AI/2010/3/Amend.1"],
  ["ST/IC/2008/10", "ST/IC/2008/10"],
  ["A/RES/61/409/Add.2", "A/RES/61/409/Add.2"],
  ["A/9030", "A/9030"],
  ["A∕62∕80", "A/62/80"],
  ["JIU/REP/2008/1", "JIU/REP/2008/1"],
  ["A/INF/62/4", "A/INF/62/4"],
];

/** Text that looks like a symbol but is not one (§6). */
const DECOYS: string[] = [
  "1/8/2007", "31/12/2008", "12/31/08", "2007/08", "24/7", "1/2", "2/3 majority", "Page 1 of 14",
  "A/C", "A/C unit", "A/V", "S/N", "N/A", "c/o", "and/or", "km/h", "DPKO/DFS", "AU/UN",
  "Cameroon/Nigeria", "P-4/P-3", "07-34567 (E) 150607", "Sales No. E.08.I.2", "A/RES/", "ST/",
  "a/ 5", "http://www.un.org/Depts/dhl/", "A/5", "S/2", "E/12",
];

describe("normalizeSymbol", () => {
  it.each(SYMBOLS)("%j → %s", (raw, canonical) => {
    expect(normalizeSymbol(raw)).toBe(canonical);
  });
  it.each(SYMBOLS)("canonical form of %j is a fixed point", (_raw, canonical) => {
    expect(normalizeSymbol(canonical)).toBe(canonical);
  });
  it.each(DECOYS.map((d) => [d]))("decoy %j is not a symbol", (raw) => {
    expect(normalizeSymbol(raw)).toBeNull();
    expect(findSymbols(`see ${raw} here`)).toEqual([]);
  });
});

/** [running text, canonical symbols found in order]. */
const IN_TEXT: Array<[string, string[]]> = [
  ["(A/61/858 Add. 1, 17 April 2007)", ["A/61/858/Add.1"]],
  ["A/62/7/Add.1 and Corr.1", ["A/62/7/Add.1", "A/62/7/Add.1/Corr.1"]],
  ["A/60/883 and Add.1 and 2", ["A/60/883", "A/60/883/Add.1", "A/60/883/Add.2"]],
  ["A/62/7/Add.10-12", ["A/62/7/Add.10", "A/62/7/Add.11", "A/62/7/Add.12"]],
  ["ST/AI/360/Rev.1 and Corr.1", ["ST/AI/360/Rev.1", "ST/AI/360/Rev.1/Corr.1"]],
  ["(A/62/80, 16 May 2006)", ["A/62/80"]],
  ["In its resolution 59/268, the General Assembly requested", ["A/RES/59/268"]],
  ["General Assembly resolutions 61/276 and 61/279", ["A/RES/61/276", "A/RES/61/279"]],
  ["resolution 48/218 B (para. 5 (e))", ["A/RES/48/218 B"]],
  ["resolutions 48/218 B (para. 5 (e)), 54/244 and 59/272", ["A/RES/48/218 B", "A/RES/54/244", "A/RES/59/272"]],
  ["resolution 3201 (S-VI)", ["A/RES/3201 (S-VI)"]],
  ["Security Council resolution 1769 (2007)", ["S/RES/1769 (2007)"]],
  ["resolutions 1325 (2000) and 1820 (2008)", ["S/RES/1325 (2000)", "S/RES/1820 (2008)"]],
  ["Economic and Social Council resolution 2008/3", ["E/RES/2008/3"]],
  ["Human Rights Council resolution 7/1", ["A/HRC/RES/7/1"]],
  ["resolutions 61/252 A to C", ["A/RES/61/252 A", "A/RES/61/252 B", "A/RES/61/252 C"]],
  ["decision 62/545", []],
  ["para. 32 of General Assembly\tresolution A/RES/59/283,", ["A/RES/59/283"]],
  ["* A/60/150.", ["A/60/150"]],
  ["(see A/62/80 (C) above)", ["A/62/80"]],
  ["A/62/80 (2007 report)", ["A/62/80"]],
  // A qualifier wrapped to the next line still belongs to its symbol; a bare Roman item marker there does not.
  ["in particular S/RES/1793\n(2007), resolution 1994 (2011)", ["S/RES/1793 (2007)", "S/RES/1994 (2011)"]],
  ["budget (A/66/6\n(Sect. 28)), as approved", ["A/66/6 (Sect. 28)"]],
  ["budget (A/63/6 (Sect.\n11)), as approved", ["A/63/6 (Sect. 11)"]],
  ["see A/RES/217\n(ii) the second item", ["A/RES/217"]],
  // A PDF layout's loose line spacing: a blank line between the two printed lines.
  ["in particular resolutions 2417\n\n(2018) and 2470 (2019) and A/RES/75/198.", ["S/RES/2417 (2018)", "S/RES/2470 (2019)", "A/RES/75/198"]],
  ["budget (A/66/6\n\n(Sect. 28)), as approved", ["A/66/6 (Sect. 28)"]],
  // A justified PDF line: the reader split its stretched word gaps into runs joined by tabs.
  ["budget\t(A/66/6\t(Sect.\t20)),\tas\tapproved", ["A/66/6 (Sect. 20)"]],
  ["see\tA/62/281\t(Part\tI)/Add.1\tand\tS/RES/1769\t(2007)", ["A/62/281 (Part I)/Add.1", "S/RES/1769 (2007)"]],
  ["in\tA/RES/48/218\tB\tand\tA/61/858\tAdd.\t1", ["A/RES/48/218 B", "A/61/858/Add.1"]],
  // A year-numbered reference is the Security Council's, whatever organ a later clause names.
  [
    "Security Council resolution 1824 (2008), resolution 2060 (2012), General Assembly resolution 64/183",
    ["S/RES/1824 (2008)", "S/RES/2060 (2012)", "A/RES/64/183"],
  ],
  ["resolutions 1492 (2003) and 1617 (2005), A/RES/59/178, General Assembly resolution 50/133", ["S/RES/1492 (2003)", "S/RES/1617 (2005)", "A/RES/59/178", "A/RES/50/133"]],
  // "resolutions" hyphenated at a line end.
  ["Security Council resolution 1957 (2010), resolution 2034 (2012), resol-\nutions 2255 (2015) and 1823 (2008), A/RES/67/12", ["S/RES/1957 (2010)", "S/RES/2034 (2012)", "S/RES/2255 (2015)", "S/RES/1823 (2008)", "A/RES/67/12"]],
  ["General Assembly reso-\n\nlution 69/203 of 16 December 2014", ["A/RES/69/203"]],
  // An organ's name wrapped across lines.
  ["guided by Security\nCouncil resolution 1325 (2000) and General Assembly resolution 60/1.", ["S/RES/1325 (2000)", "A/RES/60/1"]],
  ["General Assembly resolution 1514 (XV) and resolution 2625 (XXV)", ["A/RES/1514 (XV)", "A/RES/2625 (XXV)"]],
  // A footnote mark after the sentence's full stop (pdftotext prints the superscript as a digit,
  // Markdown as [^1]) ends the sentence: the next paragraph's organ is not this reference's.
  ["as approved by the General Assembly in its resolution 68/247.1\n\nThe Office supports Security Council resolution 2067 (2013).", ["A/RES/68/247", "S/RES/2067 (2013)"]],
  ["as approved by the General Assembly in its resolution 68/247.[^1]\n\nThe Office supports Security Council resolution 2067 (2013).", ["A/RES/68/247", "S/RES/2067 (2013)"]],
  ["in its resolution 68/247.\u00B9 The Security Council, in resolution 2067 (2013), asked", ["A/RES/68/247", "S/RES/2067 (2013)"]],
  // A decimal goes on with the sentence: the organ named after it is still this reference's.
  ["in resolution 19/10, with 2.5 times the means, the Human Rights Council decided", ["A/HRC/RES/19/10"]],
];

describe("findSymbols in running text", () => {
  it.each(IN_TEXT)("%j", (text, expected) => {
    const spans = findSymbols(text);
    expect(spans.map((s) => s.normalized)).toEqual(expected);
    for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
  it("flags a resolution with /Add. as malformed and keeps it a resolution", () => {
    const [s] = findSymbols("(A/RES/61/409/Add.2, 17 July 2007)");
    expect(s).toMatchObject({ type: "resolution", normalized: "A/RES/61/409/Add.2", malformed: true });
  });
  it("classes S/PRST and drafts as documents", () => {
    expect(findSymbols("S/PRST/2008/5 and A/C.5/62/L.5").map((s) => s.type)).toEqual(["document", "document"]);
  });
});

describe("normalizeSymbol property", () => {
  it("spacing and suffix variants of a GA symbol normalise to one canonical form", async () => {
    const fc = (await import("fast-check")).default;
    fc.assert(
      fc.property(
        fc.integer({ min: 31, max: 99 }),
        fc.integer({ min: 1, max: 999 }),
        fc.option(fc.integer({ min: 1, max: 9 }), { nil: null }),
        fc.constantFrom("/", "/ ", " / "),
        fc.constantFrom("/Add.", " Add. ", "/Add ", "/ADD."),
        (session, n, add, slash, addForm) => {
          const raw = `A${slash}${session}${slash}${n}${add === null ? "" : `${addForm}${add}`}`;
          const canonical = `A/${session}/${n}${add === null ? "" : `/Add.${add}`}`;
          expect(normalizeSymbol(raw)).toBe(canonical);
          expect(findSymbols(`(${raw}, 1 May 2007)`).map((s) => s.normalized)).toEqual([canonical]);
        },
      ),
    );
  });
});
