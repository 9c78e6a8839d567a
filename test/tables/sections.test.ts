import { describe, expect, it } from "vitest";
import { textToLayout } from "../../src/extract/text.js";
import { readdirSync, readFileSync } from "node:fs";
import { findSections, headingCandidate, readHeadingCandidate } from "../../src/compact/sections.js";

const ids = (text: string) => findSections(textToLayout(text)).map((s) => [s.id, s.title]);

describe("findSections", () => {
  it("takes no numbered sentence wrapped onto a lower-case line ending in a full stop for the next section", () => {
    const text = ["A. PROGRAMME OBJECTIVES", "1. Programme budget", "2. Other mandates", "3. Priority objectives for the year", "3. To strengthen the protection of civilians", "", "4. To improve the performance and accountability of uniformed contingents", "        deployed in field missions.", "B. MANAGERIAL OBJECTIVES", "1. Human resources and the", "   related targets"].join("\n");
    expect(ids(text)).toEqual([
      ["A", "PROGRAMME OBJECTIVES"],
      ["A.1", "Programme budget"],
      ["A.2", "Other mandates"],
      ["A.3", "Priority objectives for the year"],
      ["B", "MANAGERIAL OBJECTIVES"],
      ["B.1", "Human resources and the"],
    ]);
  });
  it("nests numbered subsections under lettered parts", () => {
    expect(
      ids(["A. PROGRAMME OBJECTIVES AND PERFORMANCE MEASURES", "", "1. Programme budget:", "text", "2.   Other   Mandates:", "", "B. MANAGEMENT OBJECTIVES", "1. Internal communications and staff relations"].join("\n")),
    ).toEqual([
      ["A", "PROGRAMME OBJECTIVES AND PERFORMANCE MEASURES"],
      ["A.1", "Programme budget"],
      ["A.2", "Other Mandates"],
      ["B", "MANAGEMENT OBJECTIVES"],
      ["B.1", "Internal communications and staff relations"],
    ]);
  });

  it("reads SECTION n headings, letters under them, and roman parts", () => {
    expect(ids(["SECTION 1 : DELIVERING RESULTS", "A. ACHIEVING PROGRAMME OBJECTIVES", "B. ENHANCING ACCOUNTABILITY", "Section 2: Managing resources", "A. Human resources"].join("\n"))).toEqual([
      ["1", "DELIVERING RESULTS"],
      ["1.A", "ACHIEVING PROGRAMME OBJECTIVES"],
      ["1.B", "ENHANCING ACCOUNTABILITY"],
      ["2", "Managing resources"],
      ["2.A", "Human resources"],
    ]);
    expect(ids(["I. PROGRAMME OBJECTIVES", "1. Priorities", "II. MANAGEMENT OBJECTIVES"].join("\n"))).toEqual([
      ["I", "PROGRAMME OBJECTIVES"],
      ["I.1", "Priorities"],
      ["II", "MANAGEMENT OBJECTIVES"],
    ]);
  });

  const notHeadings: Array<[string, string]> = [
    ["a numbered sentence in prose", "1. Timely issuance of pre-session documents for the intergovernmental bodies."],
    ["a table cell line", "1. Improve delivery\tTimely delivery\t90% on time"],
    ["a long numbered paragraph", "1. " + "word ".repeat(30)],
    ["a lower-case start", "1. the Department will"],
    ["out of sequence", "7. Seventh item"],
  ];
  it.each(notHeadings)("not a heading: %s", (_, line) => {
    expect(ids(line)).toEqual([]);
  });

  it("numbered lines out of order under a part are not subsections", () => {
    expect(ids(["A. PART", "1. First", "1. First again", "2. Second"].join("\n"))).toEqual([
      ["A", "PART"],
      ["A.1", "First"],
      ["A.2", "Second"],
    ]);
  });
});

describe("headingCandidate's pre-check", () => {
  // The char-code pre-check may only say "no" where the full reading says null: compared on
  // every line of the text fixtures and on generated openings (labels of every style, spaces,
  // Markdown marks, bold, near misses).
  const same = (text: string) => {
    const line = textToLayout(text).pages[0]?.lines[0];
    if (!line) return;
    expect(headingCandidate(line), JSON.stringify(text)).toEqual(readHeadingCandidate(line));
  };
  it("agrees with the full reading on the fixtures' lines", () => {
    const dir = "fixtures";
    let found = 0;
    for (const f of readdirSync(dir).filter((n) => /\.(txt|md)$/.test(n))) {
      for (const line of textToLayout(readFileSync(`${dir}/${f}`, "utf8")).pages.flatMap((p) => p.lines)) {
        expect(headingCandidate(line), line.text).toEqual(readHeadingCandidate(line));
        if (readHeadingCandidate(line)) found++;
      }
    }
    expect(found).toBeGreaterThan(10);
  });
  it("agrees with the full reading on generated openings", () => {
    const heads = ["", " ", "  ", "\u00a0", "\t", "# ", "## ", "**", "__", "*", "_", "#"];
    const labels = ["A.", "B.", "Z.", "a.", "I.", "II.", "III.", "IV.", "V.", "VI.", "IX.", "X.", "XI.", "IIV.", "1.", "12.", "123.", "1)", "Section 2:", "SECTION 1", "section 3 -", "Se.", "se.", "S.", "s.", "To", "The", "(a)", "•", "-", "1", "A", "I", "IV"];
    const tails = [" Programme objectives", "  Human resources", " PROGRAMME OBJECTIVES:", " To improve.", "Programme", "", " ", " **Bold**", " x"];
    let readings = 0;
    for (const h of heads) for (const l of labels) for (const t of tails) {
      same(h + l + t);
      same(h + l + "**" + t);
      const line = textToLayout(h + l + t).pages[0]?.lines[0];
      if (line && readHeadingCandidate(line)) readings++;
    }
    // The generated set holds real headings of every style, so both answers were exercised.
    expect(readings).toBeGreaterThan(100);
  });
});
