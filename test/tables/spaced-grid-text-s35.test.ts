/**
 * Session 35 (h-v16b): `pdftotext -layout` of Chromium prints (corpus16 val16b txt) whose tables
 * are set with generous line spacing, so that pdftotext puts a blank grid line between a cell's
 * wrapped lines and two or more between rows. Each expectation fails without its rule:
 *
 * - `spacedYearLine` (tables/index.ts, `withYearLine`): "Baseline" / "" / "(2008)" — the year line
 *   one blank line under the labels, the first row lower still, is the header's.
 * - `wrapBeforeSpacedRow` (tables/textSpacing.ts): a spanning objective's capitalised rest one blank
 *   line down ("… of West African" / "" / "States in conflict prevention") with the row further down.
 * - `joinObjectiveWrapBands` (tables/geometry.ts): a centred objective's rest after a line that
 *   leads on ("… dimension of" / "United Nations support to Somalia and" / "South Sudan").
 * - `continuesCellNumbering` across a page break: "3. Pillars of the" at a page top under
 *   "2. Meetings of heads of" on the page before is the list's next item, not a section heading.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extract } from "../../src/index.js";
import type { Output } from "../../src/index.js";

type Compact = Extract<Output, { kind: "compact" }>;

const read = async (name: string): Promise<Compact> => {
  const out = await extract(new Uint8Array(readFileSync(new URL(`../corpus16/val16b/${name}`, import.meta.url))), { fileName: name });
  if (out.kind !== "compact") throw new Error(`read as ${out.kind}`);
  return out;
};
const rowOf = (out: Compact, objective: string) => out.objectives.find((o) => o.objective === objective);

describe("a year line one blank grid line under the value labels", () => {
  it("is the header's, not the first row's values (v16-019)", async () => {
    const row = rowOf(await read("v16-019.txt"), "To enhance cooperation among United Nations entities operating in West Africa in cooperation with regional partners");
    expect(row?.measures.map((m) => m.baseline)).toEqual(["2", "81", "0", "797"]);
    expect(row?.measures.map((m) => m.target)).toEqual(["At least 4", "92", "At least 1", "874"]);
  });

  it("is the repeated header's at a page top, not the last value's above it (v16-022)", async () => {
    const out = await read("v16-022.txt");
    expect(rowOf(out, "To promote a workplace free of harassment and discrimination")?.measures.map((m) => m.baseline)).toEqual(["76%", "1", "135 days"]);
    expect(rowOf(out, "To strengthen the Office's business continuity and crisis management arrangements")?.measures.map((m) => m.baseline)).toEqual(["34%", "70%", "1", "0"]);
  });
});

describe("an objective's wrapped rest on a spaced grid", () => {
  it("keeps a spanning objective's capitalised rest (v16-019, v16-022)", async () => {
    const objectives = (await read("v16-019.txt")).objectives.map((o) => o.objective);
    expect(objectives).toContain("To strengthen the capacity of the Economic Community of West African States in conflict prevention");
    const others = (await read("v16-022.txt")).objectives.map((o) => o.objective);
    expect(others).toContain("To act as an early warning mechanism for the Secretary-General and the Security Council");
  });

  it("joins a centred objective's lines after one that leads on (v16-008)", async () => {
    const out = await read("v16-008.txt");
    const row = rowOf(out, "To coordinate the regional dimension of United Nations support to Somalia and South Sudan");
    expect(row?.measures.map((m) => m.text)).toEqual(["Joint UN–IGAD consultations", "Days to deploy a good offices mission after a request", "Young people trained in mediation"]);
    expect(out.objectives.map((o) => o.objective)).not.toContain("South Sudan");
  });
});

describe("a numbered item at a page top goes on with the list of the page before", () => {
  it("keeps '3. Pillars of the' in its cell (v16-013)", async () => {
    const row = rowOf(await read("v16-013.txt"), "To enhance cooperation among United Nations entities operating in West Africa with the support of the country teams");
    expect(row?.accomplishments).toEqual([
      "Sahel strategy priorities reflected in the plans of country teams",
      "Meetings of heads of United Nations presences in West Africa held",
      "Pillars of the Cameroon–Nigeria boundary emplaced",
    ]);
  });
});
