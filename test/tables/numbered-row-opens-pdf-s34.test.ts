/**
 * XeLaTeX's print of a numbered table (corpus14 val14 v14-014 xe.pdf: `NO. | OBJECTIVES | EXPECTED
 * ACCOMPLISHMENTS | KEY PERFORMANCE INDICATORS`): each row's first line holds only its bare number
 * and the objective's first line (the other cells are centred a line lower), and row 3 opens the
 * next page with no header repeated. The number hid the "To …" that opens an objective, the
 * objective above ends without a full stop, and no padding parts the rows across the break, so
 * rows 2 and 3 were read as one ("2 To report … 3 To protect …") and `withoutRowNumbers` then kept
 * every number. `opensNumberedObjective` (tables/rows, session 34, h-v14) reads a bare number that
 * goes on from the row above's before "To …" as the next row's opening.
 */
import { describe, expect, it } from "vitest";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { extract } from "../../src/index.js";
import { groupRowsIntoBlocks } from "../../src/tables/rows.js";
import type { TableLine } from "../../src/tables/columns.js";

const HERE = dirname(fileURLToPath(import.meta.url));

describe("a bare row number that goes on from the row above opens the next row (opensNumberedObjective)", () => {
  it("parts two numbered rows across a headerless page break (v14-014 xe.pdf)", async () => {
    const out = await extract(join(HERE, "..", "corpus14", "val14", "v14-014.xe.pdf"));
    const rows = out.kind === "compact" ? out.objectives : [];
    const objectives = rows.map((o) => o.objective);
    const at = objectives.indexOf("To protect the confidentiality of information provided by States");
    expect(at).toBeGreaterThanOrEqual(0);
    expect(objectives.slice(at, at + 5)).toEqual([
      "To protect the confidentiality of information provided by States",
      "To report to the Security Council on the activities of the Office twice a year",
      "To protect the confidentiality of information provided by States in Africa",
      "To make the procedure known to petitioners and their counsel in the Asia-Pacific region",
      "To protect the confidentiality of information provided by States through regional partners",
    ]);
    expect(rows[at + 1]!.accomplishments).toEqual([
      "Petitioners informed of the outcome with reasons",
      "Biannual reports issued to the Council",
      "States responding to requests for information within the deadline",
    ]);
  });

  const line = (y: number, page: number, objective: string, other = ""): TableLine =>
    ({ page, line: y, y, cells: [objective, other], lostGlyphs: [false, false] });

  it("needs the number to go on from the row above's", () => {
    const next = groupRowsIntoBlocks([line(10, 1, "2 To report to the Council on the"), line(11, 1, "activities of the Office", "Reports issued"), line(1, 2, "3 To protect the information")]);
    expect(next.length).toBe(2);
    // "5" after a row numbered 2 is no row marker: the line stays in the row.
    const skipped = groupRowsIntoBlocks([line(10, 1, "2 To report to the Council on the"), line(11, 1, "activities of the Office", "Reports issued"), line(1, 2, "5 To protect the information")]);
    expect(skipped.length).toBe(1);
  });
});
