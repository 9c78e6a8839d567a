/**
 * Session 40 (h-v1114): two cues read on pdftotext's grid (`-layout`) of committed corpus11 dev11
 * documents (WeasyPrint prints), both about a page set on a grid of its own.
 *
 * 1. d11-021: a table's header stands alone at a page foot, every row on the next page. That page's
 *    grid opens the second column two characters right of its label and the third one left of it,
 *    and the objective ends three characters short of the second column ("To keep the evaluations
 *    of staff   (a) Women …   ◦ Documents …"): `isProse` took the row for prose and closed the table
 *    (TABLE_NO_ROWS, two rows lost). On a page other than its header's, a run may open
 *    PAGE_GRID_SHIFT_CHARS right of a label and still be a cell. Fails without it
 *    (with rule 2 alone the table still had no rows).
 *
 * 2. d11-016: under the spanning "Objective 5: To make humanitarian information available …" the
 *    page's grid opens the accomplishments at the objective's edge, and "Disaster assessment teams"
 *    was read as the objective's wrap. Its own wrap below ("deployed within 48 hours of a") stands
 *    beside the measure and value (`cellGoesOnPastRowLine`): a spanning objective's wrap has
 *    nothing beside it. Fails on the session's base build.
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
const rowOf = (out: Compact, objective: string) => out.objectives.find((o) => o.objective === objective);

describe("a page on a grid of its own (corpus11 dev11 txt)", () => {
  it("reads the rows under a header left alone at the page foot (d11-021)", async () => {
    const out = await read("corpus11/dev11/d11-021.txt");
    expect(out.warnings.map((w) => w.code)).not.toContain("TABLE_NO_ROWS");
    const keep = rowOf(out, "To keep the evaluations of staff performance current");
    expect(keep?.accomplishments).toEqual(["Documents submitted within the slotted dates", "Workplace survey results acted upon"]);
    expect(keep?.measures.map((m) => m.text)).toEqual(["Women at 39 per cent of posts at the P-5 level and above"]);
    const promote = rowOf(out, "To promote a workplace free of harassment and discrimination");
    expect(promote?.accomplishments).toEqual(["Women appointed to senior posts", "Performance appraisals finalized in the cycle", "Mandatory courses completed by all staff"]);
    expect(promote?.measures.map((m) => m.text)).toEqual([
      "100 per cent of documents submitted by the slotted date",
      "9 staff recruited from unrepresented Member States",
      "Women at 32 per cent of posts at the P-5 level and above",
    ]);
  });

  it("keeps a first cell whose wrap stands beside other cells out of the spanning objective (d11-016)", async () => {
    const out = await read("corpus11/dev11/d11-016.txt");
    const row = rowOf(out, "To make humanitarian information available to all partners in real time");
    expect(row?.accomplishments).toEqual(["Disaster assessment teams deployed within 48 hours of a request", "Contingency plans updated in high-risk countries"]);
    expect(row?.measures.map((m) => [m.text, m.target])).toEqual([
      ["Number of situation reports issued", "571"],
      ["Average time to issue a flash appeal", "6 days"],
    ]);
  });
});
