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
