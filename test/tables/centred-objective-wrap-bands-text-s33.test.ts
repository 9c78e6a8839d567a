/**
 * pdftotext -layout text of a spaced, vertically centred table (session 33, h-v16; corpus16 val16
 * txt, Chromium prints): an objective's wrapped rest set two or three grid lines under its first
 * line, with the other columns' item gaps falling between, opened a whole-width band of its own and
 * was read as a row ("To promote a workplace free of harassment" / "and discrimination"). Fails
 * without `joinObjectiveWrapBands` (src/tables/geometry.ts, in `groupCentredRows`).
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extract } from "../../src/index.js";

const read = async (path: string, name: string) => {
  const out = await extract(new Uint8Array(readFileSync(new URL(path, import.meta.url))), { fileName: name });
  if (out.kind !== "compact") throw new Error(`read as ${out.kind}`);
  return out;
};

describe("a centred objective's wrapped rest after a whole-width gap", () => {
  it("keeps the objective and its row's items whole (corpus16 v16-008 txt, managerial table)", async () => {
    const out = await read("../corpus16/val16/v16-008.txt", "v16-008.txt");
    const objectives = out.objectives.map((o) => o.objective);
    expect(objectives).not.toContain("and discrimination");
    expect(objectives).not.toContain("and crisis management arrangements");
    const row = out.objectives.find((o) => o.objective === "To promote a workplace free of harassment and discrimination");
    expect(row?.accomplishments).toEqual(["Business continuity plan tested and updated", "Audit recommendations closed by the Board of Auditors"]);
    expect(row?.measures.map((m) => m.text)).toEqual([
      "Recruits from unrepresented and underrepresented Member States (target: 15%)",
      "Staff having completed mandatory learning (target: 94%)",
      "Average number of days to fill a vacancy: 83",
    ]);
    const last = out.objectives.find((o) => o.objective === "To strengthen the Office's business continuity and crisis management arrangements");
    expect(last?.measures.map((m) => m.text)).toEqual(["Business continuity exercises conducted: 3", "Town hall meetings on conduct held: 6"]);
  });

  it("keeps a row's objective whole in a three-column table (corpus16 v16-009 txt)", async () => {
    const out = await read("../corpus16/val16/v16-009.txt", "v16-009.txt");
    const objectives = out.objectives.map((o) => o.objective);
    expect(objectives).toContain("To promote regional approaches to climate-related security risks throughout the year");
    expect(objectives).toContain("To support the consolidation of the rapprochement between countries of the Horn of Africa");
    expect(objectives.filter((o) => /^\p{Ll}/u.test(o))).toEqual([]);
  });
});
