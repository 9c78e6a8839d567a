/**
 * Session 36 (h-v16c): `pdftotext -layout` of Chromium prints (corpus16 draws val16, val16b, val16c
 * txt). Each expectation is a row the reader of the session's start got wrong:
 *
 * - `subRowsPulledTogether` (tables/geometry.ts, `objectivesCentred`): a vertically centred table of
 *   one-line sub-rows parted by blank lines, whose two-line objectives pull two sub-rows onto
 *   consecutive grid lines, is read as centred (it was read top-aligned, every row taking the next
 *   row's first sub-row).
 * - `wrappedFullLine` (tables/geometry.ts, `joinObjectiveWrapBands`): a centred objective's rest
 *   after a full line ("… between the United" / "" / "Nations and the Intergovernmental …").
 * - `wrapsOverSpacedGrid` (tables/rows.ts, `groupRowsIntoBlocks`): a top-aligned objective's rest
 *   one blank grid line under a full line, where the grid is seen spaced (the objective wrapped over a
 *   blank line before, or another column's sentence goes on across the same blank line).
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extract } from "../../src/index.js";
import type { Output } from "../../src/index.js";

type Compact = Extract<Output, { kind: "compact" }>;

const read = async (draw: string, name: string): Promise<Compact> => {
  const out = await extract(new Uint8Array(readFileSync(new URL(`../corpus16/${draw}/${name}`, import.meta.url))), { fileName: name });
  if (out.kind !== "compact") throw new Error(`read as ${out.kind}`);
  return out;
};
const rowOf = (out: Compact, objective: string) => out.objectives.find((o) => o.objective === objective);

describe("a centred table whose objectives pull two one-line sub-rows onto consecutive grid lines", () => {
  it("gives each objective the sub-rows around it (val16 v16-026)", async () => {
    const row = rowOf(await read("val16", "v16-026.txt"), "To increase the share of staff from unrepresented and underrepresented Member States");
    expect(row?.measures.map((m) => m.text)).toEqual(["Business continuity exercises conducted.", "Women among international staff.", "Town hall meetings on conduct held.", "Recruits from unrepresented and underrepresented Member States."]);
    expect(row?.measures.map((m) => m.baseline)).toEqual(["3", "41 per cent", "1", "26 per cent"]);
  });

  it("keeps a page's first sub-row with the objective under it (val16c v16-026)", async () => {
    const row = rowOf(await read("val16c", "v16-026.txt"), "To achieve gender parity among international staff of the Office");
    expect(row?.measures.map((m) => m.text)).toEqual(["Town hall meetings on conduct held", "Risk register reviews", "Recruits from unrepresented and underrepresented Member States"]);
    expect(row?.measures.map((m) => m.target)).toEqual(["≥ 5", "At least 2", "At least 36%"]);
  });
});

describe("an objective's rest after a full line on the spaced grid", () => {
  it("joins a centred objective's capitalised rest (val16b v16-008)", async () => {
    const out = await read("val16b", "v16-008.txt");
    const row = rowOf(out, "To strengthen the partnership between the United Nations and the Intergovernmental Authority on Development within the approved budget");
    expect(row?.measures.map((m) => m.text)).toEqual(["Climate security assessments completed", "Young people trained in mediation", "Joint UN–IGAD consultations", "Regional analytical products shared"]);
  });

  it("joins a top-aligned objective's rest where the objective wrapped over a blank line before (val16b, val16c v16-012)", async () => {
    const b = rowOf(await read("val16b", "v16-012.txt"), "To facilitate a Syrian-led and Syrian-owned political process in line with resolution 2254 (2015) throughout the year");
    expect(b?.measures.map((m) => m.target)).toEqual(["≥ 6", "454", "3"]);
    const c = rowOf(await read("val16c", "v16-012.txt"), "To facilitate a Syrian-led and Syrian-owned political process in line with resolution 2254 (2015) with the support of the country teams");
    expect(c?.measures.map((m) => m.baseline)).toEqual(["111", "10", "33%", "13"]);
  });

  it("joins a top-aligned objective's rest beside another cell going on in lower case (val16c v16-024)", async () => {
    const out = await read("val16c", "v16-024.txt");
    const row = rowOf(out, "To promote the participation of women and young people in peace processes in West Africa");
    expect(row?.measures.map((m) => m.text)).toEqual(["Transnational crime units operational.", "Recommendations of joint assessments implemented.", "Women mediators trained and deployed."]);
    expect(out.objectives.map((o) => o.objective)).not.toContain("Africa");
  });
});
