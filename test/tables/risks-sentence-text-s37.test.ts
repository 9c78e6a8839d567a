/**
 * Session 37 (h-pm19), layout text: in a Risks column, a whole line ending on a word of its own and
 * a line under it at the cell's left edge opening a sentence (a capitalised word, then a lower-case
 * one) part two risks (`opensSentence` in `paragraphBreaks`, tables/index.ts), without the plain-text
 * guard other columns keep (`gridSentenceCue`). pdfmake types a cell's risks one under the other with
 * no marker, and the next risk's first word never fits on the full line above. The first two
 * expectations fail without the rule; the last two hold what it must leave alone: a risk wrapped
 * before "of Member States", and a title at a wrap in an accomplishment column (corpus8 d8b-019).
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
const risksOf = (out: Compact, opening: string): string[] => [...(rowOf(out, opening)?.extra?.["risksAndMitigations"] ?? [])];

describe("a sentence opening under a whole line parts a Risks cell (pdfmake.txt)", () => {
  it("parts two risks at a capital under a full line (val19 v19-004)", async () => {
    const out = await read("corpus19/val19/v19-004.pdfmake.txt");
    expect(risksOf(out, "To strengthen the web-based tracking system")).toEqual([
      "Vacancies in key posts; mitigation: temporary assignments and a roster of candidates",
      "Counterparts change after elections; mitigation: early briefings for new officials",
    ]);
  });

  it("parts two risks in another draw (val19c v19-022)", async () => {
    const out = await read("corpus19/val19c/v19-022.pdfmake.txt");
    expect(risksOf(out, "To increase the number of companies")).toEqual([
      "Partners report late; mitigation: shared calendar and reminders",
      "Extrabudgetary funding falls short; mitigation: priorities reviewed with donors each quarter",
    ]);
  });

  it("keeps a risk wrapped before a lower-case line (val19 v19-004)", async () => {
    const out = await read("corpus19/val19/v19-004.pdfmake.txt");
    expect(risksOf(out, "To enhance cooperation with other oversight bodies")[0]).toBe("Competing priorities of Member States; mitigation: regular informal briefings");
  });

  it("keeps a title at a wrap in an accomplishment column (corpus8 d8b-019 txt)", async () => {
    const out = await read("corpus8/dev8b/d8b-019.txt");
    expect(rowOf(out, "To strengthen the protection of civilians")?.accomplishments[0]).toBe("Transition plans agreed with host Governments and country teams");
  });
});
