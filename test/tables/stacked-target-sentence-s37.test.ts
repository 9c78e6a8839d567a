/**
 * Session 37 (h-v16d), corpus16 val16d: a stacked Target value beside a measure's wrapped line does
 * not open a new measure where the column's items end with full stops and the line above ends none
 * (paragraphBreaks' value-opening branch, `goesOnSentence`, tables/index.ts).
 *
 * corpus16's `grid4` prints a sub-row's targets as paragraphs at the top of one cell, so the second
 * target sits beside the first measure's second line: "Meetings of heads of United   2" /
 * "Nations presences.   155" / "Kilometres of boundary demarcated.". The measure cell's items end
 * with full stops and "… of United" ends none: it goes on. Both renderings fail without the rule.
 *
 * pdftotext's grid also printed a blank line inside that row (the objective's line between two of
 * the cells' lines), and a blank line opened an item even in a column whose items end with full
 * stops (the blankBetween branch, now held by `goesOnSentence` too): "Women mediators" / "" /
 * "deployed in national dialogue processes." The last test fails without it.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extract } from "../../src/index.js";
import type { Output } from "../../src/index.js";

type Compact = Extract<Output, { kind: "compact" }>;

const read = async (path: string): Promise<Compact> => {
  const out = await extract(new Uint8Array(readFileSync(new URL(`../${path}`, import.meta.url))), { fileName: path.split("/").pop()! });
  if (out.kind !== "compact") throw new Error(`read as ${out.kind}`);
  return out;
};
const rowOf = (out: Compact, opening: string) => out.objectives.find((o) => o.objective.startsWith(opening));

describe("a stacked target beside a sentence that has not ended opens no measure (val16d v16-020)", () => {
  for (const rendering of ["txt", "chromium.pdf"]) {
    it(`keeps "Meetings of heads of United Nations presences." whole (${rendering})`, async () => {
      const out = await read(`corpus16/val16d/v16-020.${rendering}`);
      const row = rowOf(out, "To advance security sector reform in countries emerging from conflict");
      expect(row?.measures.map((m) => m.text)).toEqual([
        "Women mediators trained and deployed.",
        "Meetings of heads of United Nations presences.",
        "Kilometres of boundary demarcated.",
      ]);
      expect(row?.measures.map((m) => m.target)).toEqual(["≥ 32", "2", "155"]);
    });
  }

  it("keeps an accomplishment whole across a blank line of the grid (txt)", async () => {
    const out = await read("corpus16/val16d/v16-020.txt");
    expect(rowOf(out, "To advance security sector reform in countries emerging from conflict")?.accomplishments).toEqual([
      "Regional action plan against drug trafficking implemented.",
      "Women mediators deployed in national dialogue processes.",
    ]);
  });
});
