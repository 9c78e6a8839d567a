/**
 * Session 36 (h-v19c), corpus19 (pdfmake) layout text: a grid hole in an item column beside the
 * first line of a merged cell that opens there (`holeBesideOpeningCell`, tables/index.ts).
 *
 * pdfmake centres a rowSpan objective over its accomplishment sub-rows; pdftotext gives the
 * objective's first line a grid line of its own in the padding between two sub-rows, and its next
 * line shares the lower sub-row's first line. The accomplishment and measure columns have a one-line
 * hole there: their cells ended above it. The expectations on val19c/val19b fail without the rule;
 * the last two hold its guards (an interleaved column, a line ending on a word that leads on).
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

describe("a hole beside a centred cell's first line ends the item above it (pdfmake.txt)", () => {
  it("parts two measures of a sub-row hole (val19c v19-002)", async () => {
    const out = await read("corpus19/val19c/v19-002.pdfmake.txt");
    expect(rowOf(out, "To complete the mandatory training")?.measures.map((m) => m.text)).toEqual([
      "Budget implementation: 97%",
      "Audit recommendations closed within the year: 68 per cent",
      "Women among Professional staff: 36%",
      "Average days from the closing of a vacancy to selection: 147",
    ]);
  });

  it("parts the accomplishments and the measures on both sides of the hole (val19b v19-006)", async () => {
    const out = await read("corpus19/val19b/v19-006.pdfmake.txt");
    const row = rowOf(out, "To improve the quality and relevance of the reports of the Unit");
    expect(row?.accomplishments.slice(0, 3)).toEqual([
      "Peer review of the Unit completed",
      "Reports and notes issued to legislative organs",
      "Consultations held with the Chief Executives Board",
    ]);
    expect(row?.measures.slice(0, 3).map((m) => m.text)).toEqual([
      "Reports and notes issued: 6",
      "Average time to issue a report after its review: 44",
      "Projects completed within the year (target: 72%)",
    ]);
  });

  it("keeps a wrapped line beside an interleaved objective (corpus dev-031 chromium.txt)", async () => {
    const out = await read("corpus/dev/dev-031.chromium.txt");
    expect(rowOf(out, "To consolidate the gender balance")?.accomplishments[0]).toBe(
      "Enhanced capacity of Member States to implement agreed commitments in cooperation with partner entities of the United Nations system.",
    );
  });

  it("keeps a line ending on a word that leads on (dev19 d19-006)", async () => {
    const out = await read("corpus19/dev19/d19-006.pdfmake.txt");
    expect(rowOf(out, "To support the Committee in its review of the financial statements within")?.measures.map((m) => m.text)).toContain("Sessions of the Committee serviced.");
  });
});
