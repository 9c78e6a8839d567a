import { describe, expect, it } from "vitest";
import { readChallenges } from "../../src/compact/metadata.js";
import { textToLayout } from "../../src/extract/text.js";

/** Session 19 (h-c12a, corpus12 `challenge-marker:none`): the signature line closes the challenges. */
describe("challenges end at a signature line", () => {
  const text = (sign: string) =>
    `IV. Challenges\n\nTravel restrictions have limited the presence of staff in the field.\n\nLiquidity constraints have delayed recruitment against approved posts.\n\n\n${sign}\nAmara Ferreira\nSpecial Adviser on the Prevention of Genocide\n`;

  it("does not count a 'Signed: ____' line as a challenge of unmarked paragraphs", () => {
    for (const sign of ["Signed: ______________________", "Signature: ..........", "SIGNATURE _______"]) {
      expect(readChallenges(textToLayout(text(sign)).pages[0]!.lines)).toEqual([
        "Travel restrictions have limited the presence of staff in the field.",
        "Liquidity constraints have delayed recruitment against approved posts.",
      ]);
    }
  });

  it("keeps a paragraph that only opens with the word", () => {
    const out = readChallenges(textToLayout("IV. Challenges\n\nSigned agreements with host countries are delayed.\n\nLiquidity constraints remain.\n").pages[0]!.lines);
    expect(out).toHaveLength(2);
  });
});

/** Session 22 (corpus14 d14-006/010 md: `challenges: ["Signatures"]`): a contents list names the heading first. */
describe("challenges under the heading, not under its contents entry", () => {
  const body = "C. CHALLENGES\n\nTravel restrictions have limited the presence of staff in the field.\n\nLiquidity constraints have delayed recruitment against approved posts.\n";
  const expected = ["Travel restrictions have limited the presence of staff in the field.", "Liquidity constraints have delayed recruitment against approved posts."];
  it("skips a Markdown contents list's entry that a later heading repeats", async () => {
    const { markdownTextToLayout } = await import("../../src/extract/markdown.js");
    const md = `## Contents\n\n- A. PROGRAMME OBJECTIVES\n- C. CHALLENGES\n- Signatures\n\n### A. PROGRAMME OBJECTIVES\n\nText.\n\n### ${body}`;
    expect(readChallenges(markdownTextToLayout(md).pages.flatMap((p) => p.lines), undefined, "markdown")).toEqual(expected);
  });
  it("skips a printed contents line with leader dots and a page number", () => {
    const text = `CONTENTS\n\nA. PROGRAMME OBJECTIVES ........ 2\nC. CHALLENGES .................. 5\nSignatures ..................... 6\n\n\nA. PROGRAMME OBJECTIVES\n\nText.\n\n${body}`;
    expect(readChallenges(textToLayout(text).pages.flatMap((p) => p.lines))).toEqual(expected);
  });
  it("keeps a lone heading (no contents) as before", () => {
    expect(readChallenges(textToLayout(body).pages[0]!.lines)).toEqual(expected);
  });
});
