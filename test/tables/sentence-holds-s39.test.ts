/**
 * Session 39 (h-v1416): two cues read on pdftotext's grid of committed tuning draws.
 *
 * 1. corpus16 val16e (Chromium prints): an accomplishment's last word wrapped onto a line of its
 *    own ("Sessions of the Constitutional" / "Committee convened in" / … / "Geneva.") opened an item
 *    where the grid left more than TEXT_ITEM_HOLE_LINES lines between it and the line above (v16-006),
 *    or where it stood beside the next measure's bullet and would nearly have fitted above ("… with
 *    ECOWAS and the African" / "Union.", v16-025). The column's items all end with full stops and the
 *    line above ends none (`goesOnSentence`): both branches of paragraphBreaks are now held by it,
 *    as the value-opening and blank-line branches were (session 37). Each case fails without its hold.
 *
 * 2. corpus14 val14d v14d-020 (LibreOffice Calc's print): a top-aligned table whose later objective
 *    sat beside the Target "at least 69" was voted centred by that cell alone (objectivesCentred
 *    took its lower-case opening for a sentence going on), and every row lost its last sub-row to
 *    the row below. A whole value cell (`isValueCell`) casts no such vote. Fails without it.
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

describe("a wrapped sentence's last word opens no item (val16e, goesOnSentence)", () => {
  it("keeps 'Geneva.' with its accomplishment across a hole of the grid (v16-006 txt)", async () => {
    const out = await read("corpus16/val16e/v16-006.txt");
    expect(rowOf(out, "To promote the release of detainees and clarify the fate of missing persons")?.accomplishments).toEqual([
      "Working group on the release of detainees meeting regularly.",
      "Women's Advisory Board consulted before each round.",
      "Sessions of the Constitutional Committee convened in Geneva.",
    ]);
  });

  it("keeps 'Union.' with its accomplishment beside the next measure's bullet (v16-025 txt)", async () => {
    const out = await read("corpus16/val16e/v16-025.txt");
    expect(rowOf(out, "To strengthen the capacity of the Economic Community of West African States")?.accomplishments).toEqual([
      "Regional action plan against drug trafficking implemented.",
      "Joint assessment missions conducted with ECOWAS and the African Union.",
    ]);
  });
});

describe("a value cell beside a later objective casts no centred vote (val14d v14d-020 txt)", () => {
  it("keeps each top-aligned row's second sub-row in its row", async () => {
    const out = await read("corpus14/val14d/v14d-020.txt");
    const first = rowOf(out, "To bring together the digital cooperation work of United Nations entities in Latin America");
    expect(first?.measures.map((m) => m.text)).toEqual(["Roadmap action areas with a champion", "Share of digital cooperation entities reporting on joint work"]);
    expect(first?.measures.map((m) => m.target)).toEqual(["≥ 7", "100 per cent"]);
    const third = rowOf(out, "To advance the implementation of the Roadmap for Digital Cooperation");
    expect(third?.measures.map((m) => m.text)).toEqual(["Share of digital cooperation entities reporting on joint work", "Days to respond to a country request"]);
    const fourth = rowOf(out, "To bring together the digital cooperation work of United Nations entities in Africa");
    expect(fourth?.measures.map((m) => m.text)).toEqual(["Member States adopting connectivity targets", "Stakeholder consultations held"]);
  });
});
