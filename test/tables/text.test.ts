import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { decideHyphen, endsSentence, hyphenLexicon, joinFragments, joinWrapped, splitItems, splitSentences, stripBullet } from "../../src/tables/text.js";
import type { Fragment } from "../../src/tables/text.js";

const frags = (...lines: string[]): Fragment[] => lines.map((text, i) => ({ text, page: 1, line: i + 1 }));

describe("joinWrapped: line-break hyphenation", () => {
  // [line end, next line, joined]
  const cases: Array<[string, string, string]> = [
    ["recruitments from un-", "and under-represented", "recruitments from un- and under-represented"],
    ["short-", "or long-term plans", "short- or long-term plans"],
    ["Report of the Secretary-", "General issued", "Report of the Secretary-General issued"],
    ["efficient manage-", "ment of resources", "efficient management of resources"],
    ["coordin-", "ation of policy", "coordination of policy"],
    ["Establishment of self-", "evaluation capacity", "Establishment of self-evaluation capacity"],
    ["mitigated by cross-", "training of staff", "mitigated by cross-training of staff"],
    ["non-", "post expenditures", "non-post expenditures"],
    ["the 2008-", "2009 budget", "the 2008-2009 budget"],
    ["DPKO-", "led missions", "DPKO-led missions"],
    ["staff from under-", "represented States", "staff from under-represented States"],
    ["timely, cost-", "effective production", "timely, cost-effective production"],
    ["a follow-", "up mechanism", "a follow-up mechanism"],
    // Ordinary hyphenation of words that merely begin like a prefix: the hyphen goes.
    ["to pre-", "pare the report", "to prepare the report"],
    // A compound broken at its own hyphen: both halves are words, the whole is none (or a prefix
    // UN texts hyphenate before a whole word); hyphenation pieces and closed UN spellings join.
    ["rosters of pre-", "cleared candidates", "rosters of pre-cleared candidates"],
    ["coherence of system-", "wide responses", "coherence of system-wide responses"],
    ["confidence-", "building measures", "confidence-building measures"],
    ["efficient admi-", "nistrative support", "efficient administrative support"],
    ["by policy-", "makers", "by policymakers"],
    ["peace-", "keeping operations", "peacekeeping operations"],
    ["our part-", "ners", "our partners"],
    // One letter before a line-end hyphen is never a hyphenation break; a short number word and a
    // whole word make a compound adjective ("one-hour"), hyphenation pieces after one join.
    ["of e-", "performance documents", "of e-performance documents"],
    ["within the one-", "hour standard", "within the one-hour standard"],
    ["a two-", "year programme", "a two-year programme"],
    ["an one-", "rous task", "an onerous task"],
    ["the ten-", "ant farmers", "the tenant farmers"],
    ["plain", "continuation", "plain continuation"],
  ];
  it.each(cases)("%s + %s", (a, b, want) => {
    expect(joinWrapped(a, b)).toBe(want);
  });
  it("names its decisions", () => {
    expect(decideHyphen("un", "and under-represented")).toBe("keep-space");
    expect(decideHyphen("Secretary", "General")).toBe("keep");
    expect(decideHyphen("manage", "ment")).toBe("drop");
  });
  it("keeps UN spelling's hyphen in de-escalation, which the dictionary also lists closed (corpus17)", () => {
    expect(decideHyphen("de", "escalation measures")).toBe("keep");
    expect(joinWrapped("economic de-", "escalation measures")).toBe("economic de-escalation measures");
    expect(decideHyphen("de", "velopment")).toBe("drop");
  });
});

describe("joinWrapped: an en dash glued to a word at a line end (session 24, corpus16)", () => {
  it("continues the compound with no space", () => {
    expect(joinWrapped("the Cameroon\u2013", "Nigeria border")).toBe("the Cameroon\u2013Nigeria border");
    expect(joinWrapped("Joint United Nations\u2013", "IGAD consultations")).toBe("Joint United Nations\u2013IGAD consultations");
    expect(joinWrapped("in 2008\u2013", "2009")).toBe("in 2008\u20132009");
  });
  it("keeps the space after a dash set off by spaces, or before a dash or sign", () => {
    expect(joinWrapped("the mandate \u2013", "renewed in May")).toBe("the mandate \u2013 renewed in May");
    expect(joinWrapped("Cameroon\u2013", "(border)")).toBe("Cameroon\u2013 (border)");
  });
});

describe("joinWrapped: the document's own spelling and UN compounds", () => {
  it("keeps the hyphen of a compound whose second part makes compounds (troop-contributing, field-based)", () => {
    expect(joinWrapped("troop- and police-", "contributing countries")).toBe("troop- and police-contributing countries");
    expect(joinWrapped("shorter timelines for field-", "based posts")).toBe("shorter timelines for field-based posts");
    expect(joinWrapped("the peace-", "keeping operations")).toBe("the peacekeeping operations");
  });
  it("mends a broken word the way the document prints it elsewhere", () => {
    const lexicon = hyphenLexicon("Staff of unrepresented Member States. A well-documented case-law of the Tribunal.");
    expect(joinWrapped("of unrepr-", "esented States", lexicon)).toBe("of unrepresented States");
    expect(joinWrapped("a case-", "law", lexicon)).toBe("a case-law");
    // Without the document's spelling: two words whose join is no English word keep their hyphen.
    expect(joinWrapped("a case-", "law")).toBe("a case-law");
    expect(joinWrapped("of unrepr-", "esented States")).toBe("of unrepresented States");
    expect(decideHyphen("well", "documented", lexicon)).toBe("keep");
  });
  it("reads the lexicon as the token pattern would: letter runs, pairs joined by one hyphen", () => {
    const reference = (text: string) => {
      const hyphenated = new Set<string>();
      const words = new Set<string>();
      for (const m of text.matchAll(/[A-Za-z]+(?:-[A-Za-z]+)*/g)) {
        const parts = m[0].toLowerCase().split("-");
        for (const p of parts) words.add(p);
        for (let i = 1; i < parts.length; i++) hyphenated.add(`${parts[i - 1]}-${parts[i]}`);
      }
      return { hyphenated: [...hyphenated].sort(), words: [...words].sort() };
    };
    const chars = fc.constantFrom("a", "B", "z", "Q", "s", "k", "-", "-", " ", "1", "é", "\u2010", "\n", "\u017f", "\u212a");
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: chars })), fc.string({ unit: chars, maxLength: 6 }), (text, probe) => {
        const got = hyphenLexicon(text);
        const want = reference(text);
        // Everything the set holds is found, and probes (pieces of the text or random) agree with it.
        for (const w of want.words) expect(got.words.has(w)).toBe(true);
        for (const p of want.hyphenated) expect(got.hyphenated.has(p)).toBe(true);
        const probes = [probe, probe.toLowerCase(), ...text.toLowerCase().split(/[^a-z-]+/), ...text.toLowerCase().split(/[^a-z]+/)];
        for (const p of probes) {
          expect(got.words.has(p)).toBe(want.words.includes(p));
          expect(got.hyphenated.has(p)).toBe(want.hyphenated.includes(p));
        }
      }),
      { numRuns: 2000 },
    );
    const lexicon = hyphenLexicon("a-b-c x--y z- Ab");
    expect(["a-b", "b-c", "x-y", "c-x", "b-c-"].map((p) => lexicon.hyphenated.has(p))).toEqual([true, true, false, false, false]);
    expect(["a", "ab", "x", "z", "abc", ""].map((w) => lexicon.words.has(w))).toEqual([true, true, true, true, false, false]);
  });
});

describe("a word broken without a hyphen at a full narrow column", () => {
  it("joins the word's head, alone on its line, to the rest on the next line", () => {
    expect(splitItems(frags("a) Forecasts cited in", "intergovern", "mental deliberations", "."))).toEqual(["Forecasts cited in intergovernmental deliberations."]);
    expect(splitItems(frags("a) Oversight", "recommendatio", "ns implemented on", "time.", "b) Budget statements", "disaggregate", "d by sex."))).toEqual([
      "Oversight recommendations implemented on time.",
      "Budget statements disaggregated by sex.",
    ]);
    expect(joinFragments(frags("Expected", "Accomplishme", "nt"))).toBe("Expected Accomplishment");
  });
  it("keeps two words apart that only make a third, and a word that shares its line", () => {
    expect(splitItems(frags("to be completed", "within", "in 2010"))).toEqual(["to be completed within in 2010"]);
    expect(splitItems(frags("the intergovern", "mental bodies"))).toEqual(["the intergovern mental bodies"]);
  });
  it("appends punctuation pushed alone onto the next line, not a dotted rule after a full stop", () => {
    expect(splitItems(frags("Reports issued on", "schedule", ";"))).toEqual(["Reports issued on schedule;"]);
    expect(splitItems(frags("Reports issued.", "."))).toEqual(["Reports issued."]);
  });
});

describe("endsSentence", () => {
  const cases: Array<[string, boolean]> = [
    ["implemented on time.", true],
    ["with para.", false],
    ["report No.", false],
    ["countries, e.g.", false],
    ["signed by J.", false],
    ["of the Department", false],
    ["(ST/SGB/2003/17).", true],
    ["'Road Map'.", true],
  ];
  it.each(cases)("%s → %s", (s, want) => expect(endsSentence(s)).toBe(want));
});

describe("stripBullet", () => {
  const cases: Array<[string, string, boolean]> = [
    ["• Provision of advice", "Provision of advice", true],
    ["\uF0B7 Improved planning", "Improved planning", true],
    ["\uF0A7 Improved planning", "Improved planning", true],
    ["▪ Staff informed", "Staff informed", true],
    // Wingdings' shadowed box, as pdftotext maps it from ZapfDingbats/Wingdings 'q'.
    ["❏ Enhanced influence", "Enhanced influence", true],
    ["♦ Staff informed", "Staff informed", true],
    ["- Proposed budget", "Proposed budget", true],
    ["* Proposed budget", "Proposed budget", true],
    ["1. Timely submission", "Timely submission", true],
    ["(a) Timely submission", "Timely submission", true],
    // Word's "(a)" / "(i)" numbering printed from HTML as "a." / "ii." (corpus7 html.pdf), items opening with a count.
    ["a. 83 cooperation agreements signed", "83 cooperation agreements signed", true],
    ["ii. 74 ministries of finance", "74 ministries of finance", true],
    ["i.e. 5 countries", "i.e. 5 countries", false],
    ["a. lower case goes on", "a. lower case goes on", false],
    ["100% PAS Compliance.", "100% PAS Compliance.", false],
    ["2008. Report", "2008. Report", false],
    ["-based approach", "-based approach", false],
  ];
  it.each(cases)("%s", (s, text, bulleted) => expect(stripBullet(s)).toEqual({ text, bulleted }));
});

describe("splitItems", () => {
  it("splits on bullets and joins wrapped lines (seed B.3, measures of the gender row)", () => {
    const items = splitItems(
      frags(
        "• Maintenance of at least 50%",
        "selection of women for vacancies",
        "in Professional category and",
        "above.",
        "• 1 percentage point increase in",
        "female representation in",
        "Professional categories and above",
        "(if departments female",
        "representation is below 50% in",
        "these categories).",
        "• An improvement in the ratio of",
        "female staff at Director level, if",
      ),
    );
    expect(items).toEqual([
      "Maintenance of at least 50% selection of women for vacancies in Professional category and above.",
      "1 percentage point increase in female representation in Professional categories and above (if departments female representation is below 50% in these categories).",
      "An improvement in the ratio of female staff at Director level, if",
    ]);
  });

  it("splits at TeX's unmapped bullet (U+0088, a C1 control) and its outline triangle ▷ (corpus13 tex.pdf)", () => {
    // \textbullet from a Type 3 font with no ToUnicode map reads as its raw code 0x88; items have no full stop.
    expect(splitItems(frags("\u0088 Statements of programme budget", "implications delivered before the vote", "\u0088 Member States informed of arrears"))).toEqual([
      "Statements of programme budget implications delivered before the vote",
      "Member States informed of arrears",
    ]);
    expect(splitItems(frags("\u25B7 Claims of contributing countries settled", "\u25B7 Allotments issued on the first day"))).toEqual([
      "Claims of contributing countries settled",
      "Allotments issued on the first day",
    ]);
    expect(stripBullet("\u0088 Budget fascicles issued")).toEqual({ text: "Budget fascicles issued", bulleted: true });
  });

  it("splits at a bracketed list number printed flush against its text ('(iii)All officers')", () => {
    // f2-003 of test/corpus4 (a Word list through LibreOffice): "(iii)" runs past the hanging
    // indent's tab stop, so no space follows it; the item was glued to the one before.
    const items = splitItems(
      frags("(i) Member States' satisfaction with the", "country review", "(ii) Legislative assistance requests answered", "within 9 working days (2007: 50 days)", "(iii)All officers trained in investigation", "techniques"),
    );
    expect(items).toEqual([
      "Member States' satisfaction with the country review",
      "Legislative assistance requests answered within 9 working days (2007: 50 days)",
      "All officers trained in investigation techniques",
    ]);
    // A bracketed word or number glued to a lower-case word is text, not a marker.
    expect(splitItems(frags("(a) Staff trained", "(e)mail campaigns run"))).toEqual(["Staff trained (e)mail campaigns run"]);
  });

  it("finds lost bullets: a capital after a finished sentence (seed B.5)", () => {
    expect(splitItems(frags("90% of recommendations", "implemented on time.", "Remaining 10% within 3 months", "of target."))).toEqual([
      "90% of recommendations implemented on time.",
      "Remaining 10% within 3 months of target.",
    ]);
  });

  it("a capital after an abbreviation is no lost bullet", () => {
    expect(splitItems(frags("Compliance with para.", "32 of General Assembly", "resolution A/RES/59/283."))).toEqual([
      "Compliance with para. 32 of General Assembly resolution A/RES/59/283.",
    ]);
    expect(splitItems(frags("in accordance with para.", "Twenty of the rules."))).toEqual(["in accordance with para. Twenty of the rules."]);
  });

  it("a capital after an unfinished line continues the item (proper nouns wrap)", () => {
    expect(splitItems(frags("A significant number of", "recruitments from un- and", "under-represented Member", "States.", "Troop and Police", "Contributing Countries are", "appropriately represented in DFS."))).toEqual([
      "A significant number of recruitments from un- and under-represented Member States.",
      "Troop and Police Contributing Countries are appropriately represented in DFS.",
    ]);
  });

  it("drops stray rule glyphs ('_', '|', '---')", () => {
    expect(splitItems(frags("100% PAS Compliance.", "_", "|", "---"))).toEqual(["100% PAS Compliance."]);
  });

  it("splits inline glyph bullets inside one line", () => {
    expect(splitItems(frags("\uF0A7 Improved planning. \uF0A7 Strengthened measures. \uF0A7 Greater impact."))).toEqual([
      "Improved planning.",
      "Strengthened measures.",
      "Greater impact.",
    ]);
  });

  it("splits a one-line cell whose bullet glyphs were lost into its sentences, honouring abbreviations", () => {
    const cell: Fragment = {
      text: "Improved resource management. Strengthened measures under para. 20 of the policy. Greater impact.",
      page: 1,
      line: 1,
      lostGlyphs: true,
    };
    expect(splitItems([cell])).toEqual(["Improved resource management.", "Strengthened measures under para. 20 of the policy.", "Greater impact."]);
    // Without the trace of lost glyphs, sentences inside a line stay one item.
    expect(splitItems([{ ...cell, lostGlyphs: false }])).toHaveLength(1);
  });

  it("splitSentences keeps initials and abbreviations", () => {
    expect(splitSentences("Reviewed by J. Smith. Approved by No. 5 committee. Done.")).toEqual(["Reviewed by J. Smith.", "Approved by No. 5 committee.", "Done."]);
  });
});

describe("charCount", () => {
  it("counts characters as the string iterator does (pairs one, lone surrogates one)", async () => {
    const { charCount } = await import("../../src/tables/columns.js");
    const units = fc.constantFrom("a", "é", "\ud83d", "\ude00", "\ud83d\ude00", "•", " ");
    fc.assert(fc.property(fc.oneof(fc.string({ unit: "binary" }), fc.string({ unit: units })), (text) => charCount(text) === [...text].length), { numRuns: 300 });
  });
});

describe("word scanning by char codes", () => {
  it("isJsSpace is /\\s/ on every UTF-16 unit", async () => {
    const { isJsSpace } = await import("../../src/vocab/text.js");
    for (let c = 0; c <= 0xffff; c++) if (isJsSpace(c) !== /\s/.test(String.fromCharCode(c))) throw new Error(`U+${c.toString(16)}`);
  });
  it("lineWords gives the words and offsets of /\\S+/ with code-point offsets", async () => {
    const { lineWords } = await import("../../src/tables/columns.js");
    const units = fc.constantFrom("a", "B", " ", "  ", "\t", "\u00a0", "\u2003", "\ud83d\ude00", "\ude00", "•", "-", "\u3000", "\ufeff");
    fc.assert(
      fc.property(fc.array(fc.string({ unit: units, maxLength: 12 }), { minLength: 1, maxLength: 3 }), (texts) => {
        const segments = texts.map((text, k) => ({ text, x: 100 * k, y: 0, width: 7 * text.length, fontSize: 10, page: 1, line: 1, start: 0, end: 0 }));
        const line = { page: 1, line: 1, y: 0, text: texts.join(" "), start: 0, end: 0, kind: "text" as const, segments };
        const expected = segments.flatMap((seg, index) => {
          const charWidth = seg.width > 0 ? seg.width / ([...seg.text].length || 1) : 0;
          return [...seg.text.matchAll(/\S+/g)].map((m) => ({ text: m[0], x: seg.x + [...seg.text.slice(0, m.index)].filter((ch) => !/^[\udc00-\udfff]$/.test(ch)).length * charWidth, segment: index }));
        });
        expect(lineWords(line).map((w) => ({ text: w.text, x: w.x, segment: w.segment }))).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });
});

describe("a bracketed list number alone on its line (session 24, corpus16 d16-007)", () => {
  it("opens an item: '(iii)' set apart from the text it overlaps", () => {
    expect(splitItems(frags("(i) Officials trained: 93.", "(ii)Religious leaders engaged in", "regional forums (target: 104).", "(iii)", "Advisory notes to the", "Secretary-General (target: 23)."))).toEqual([
      "Officials trained: 93.",
      "Religious leaders engaged in regional forums (target: 104).",
      "Advisory notes to the Secretary-General (target: 23).",
    ]);
  });
  it("leaves a year in brackets ending a line as text", () => {
    expect(splitItems(frags("Report issued in line with resolution 1234", "(2008)", "and shared."))).toEqual(["Report issued in line with resolution 1234 (2008) and shared."]);
    // A measure's value wrapped onto a line of its own (corpus15 d15-004).
    expect(splitItems(frags("African Union staff trained in mission planning", "(50)"))).toEqual(["African Union staff trained in mission planning (50)"]);
  });
});
