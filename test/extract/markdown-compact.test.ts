import { describe, expect, it } from "vitest";
import { extract } from "../../src/index.js";

/** The same compact as a GFM table and as tab-separated text must give the same rows. */
const HEAD = "2012 SENIOR MANAGER'S COMPACT\n\nBetween Ms. Jane Doe, Assistant Secretary-General, and the Secretary-General, Mr. Ban Ki-moon\n\nDEPARTMENT/OFFICE: Office of Human Resources Management\n\nA. PROGRAMME OBJECTIVES AND PERFORMANCE MEASURES\n\n";
const ROWS: Array<[string, string[], string[]]> = [
  ["To implement the new mobility framework.", ["Managed mobility introduced.", "Staff informed."], ["Policy promulgated by 30 June 2012.", "80% of staff briefed."]],
  ["To reduce recruitment time to 120 days.", ["Faster recruitment."], ["Average recruitment time of 120 days or less."]],
];
const TAIL = "\nC. SIGNATURES\n\nI acknowledge the objectives stated above.\n";

function asText(): string {
  const lines = ["Objectives\tExpected accomplishments\tPerformance measures"];
  for (const [o, acc, mea] of ROWS) {
    const n = Math.max(acc.length, mea.length);
    for (let i = 0; i < n; i++) lines.push([i === 0 ? o : "", acc[i] ? `• ${acc[i]}` : "", mea[i] ? `• ${mea[i]}` : ""].join("\t"));
  }
  return HEAD + lines.join("\n") + "\n" + TAIL;
}
function asMarkdown(): string {
  const lines = ["| Objectives | Expected accomplishments | Performance measures |", "|---|---|---|"];
  for (const [o, acc, mea] of ROWS) lines.push(`| ${o} | ${acc.map((a) => `• ${a}`).join("<br>")} | ${mea.map((m) => `• ${m}`).join("<br>")} |`);
  return "# " + HEAD + lines.join("\n") + "\n" + TAIL;
}
const rowsOf = async (src: string) => {
  const out = await extract(new TextEncoder().encode(src));
  if (out.kind !== "compact") throw new Error(`kind ${out.kind}`);
  return { format: out.source.format, rows: out.objectives.map((o) => [o.objective, o.accomplishments, o.measures.map((m) => m.text)]) };
};

describe("compact given as Markdown", () => {
  it("gives the same rows as the tab-separated text", async () => {
    const text = await rowsOf(asText());
    const md = await rowsOf(asMarkdown());
    expect(text.format).toBe("text");
    expect(md.format).toBe("markdown");
    expect(md.rows).toEqual(ROWS);
    expect(text.rows).toEqual(md.rows);
  });
});
