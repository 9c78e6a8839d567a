import { describe, expect, it } from "vitest";
import { ABBREVIATIONS, endsSentence, joinCellLine } from "../../src/tables/text.js";

/** endsSentence as it was written before session 43 (regular expressions): the specification the char scan must keep. */
function endsSentenceByPatterns(s: string): boolean {
  const t = s.trimEnd().replace(/["'’”)\]]+$/, "");
  if (!/[.!?]$/.test(t)) return false;
  if (!t.endsWith(".")) return true;
  const word = /(\S+)\.$/.exec(t)?.[1] ?? "";
  const bare = word.replace(/^[("'‘“[]+/, "").toLowerCase();
  if (ABBREVIATIONS.has(bare)) return false;
  if (/^[A-Z]$/.test(word)) return false;
  return true;
}

describe("endsSentence by char codes (session 43, h-perf8)", () => {
  const named = [
    "", " ", ".", "!", "?", "..", " .", "a.", "A.", "J.", "(J.", "e.g.", "para.", "(para.", "“No.", "Para.",
    "Done.", "Done. ", "Done.\u00a0\t", "Done.)", "Done.”", "Done.’ ", "Done.\")]", "Done. )", "Done )", "Done",
    "Really?", "Really!\u2003", "Really?”\n", "ends with a comma,", "ends with a colon:", "1.", "v. 2.", "x\u3000y.",
    "annex.", "op.", "vs.", "U.N.", "a .", "\ufeff.", "word.\ufeff", "‘quoted.’", "[ref.]", "(see para.)",
  ];
  it("agrees with the patterns on named cases", () => {
    for (const s of named) expect(endsSentence(s), JSON.stringify(s)).toBe(endsSentenceByPatterns(s));
  });
  it("agrees with the patterns on 5,000 drawn strings over the characters that decide", () => {
    const alphabet = ["a", "J", "e", "g", "p", "o", "n", ".", "!", "?", " ", "\t", "\n", "\u00a0", "\u2003", "\ufeff", "\"", "'", "’", "”", ")", "]", "(", "[", "‘", "“", ",", ":", ";"];
    let seed = 43;
    const next = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    for (let i = 0; i < 5000; i++) {
      let s = "";
      const n = Math.floor(next() * 9);
      for (let k = 0; k < n; k++) s += alphabet[Math.floor(next() * alphabet.length)];
      if (next() < 0.3) s = ["para", "No", "e.g", "Done", "J"][Math.floor(next() * 5)] + s;
      expect(endsSentence(s), JSON.stringify(s)).toBe(endsSentenceByPatterns(s));
    }
  });
  it("reads sentence ends, abbreviations and initials as before", () => {
    expect(endsSentence("The target was met.”")).toBe(true);
    expect(endsSentence("as set out in para.")).toBe(false);
    expect(endsSentence("signed by J.")).toBe(false);
    expect(endsSentence("Was it met? ")).toBe(true);
    expect(endsSentence("and the")).toBe(false);
  });
});

describe("a broken word's head tried only on a line of letters and hyphens (session 43, h-perf8)", () => {
  it("joins a word LibreOffice broke at a full column, also as a compound's last part and with spaces around", () => {
    expect(joinCellLine("Number of recommendatio", "recommendatio", "ns implemented")).toBe("Number of recommendations implemented");
    expect(joinCellLine("confidence-buildin", "  confidence-buildin\t", "g through envoys")).toBe("confidence-building through envoys");
  });
  it("leaves a line with a space, a figure or another sign to the ordinary join", () => {
    expect(joinCellLine("Number of recommendatio", "of recommendatio", "ns implemented")).toBe("Number of recommendatio ns implemented");
    expect(joinCellLine("recommendatio2", "recommendatio2", "ns implemented")).toBe("recommendatio2 ns implemented");
    expect(joinCellLine("recommendatió", "recommendatió", "ns implemented")).toBe("recommendatió ns implemented");
  });
});
