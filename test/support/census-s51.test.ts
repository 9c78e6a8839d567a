/**
 * Session 51: scripts/dev/census.mjs, the census of layout-text misses over the former check sets the
 * session's briefs were written from (words moved across a column gap, sub-rows in the neighbouring
 * row, stray tokens kept as words). Its readers of miss-kinds' `--rows` lines, on lines as it prints them.
 */
import { describe, expect, it } from "vitest";
import { movedWords, parseRows, shiftedPairs, splitsOf, strayTokens } from "../../scripts/dev/census.mjs";

const PRINTED = [
  `val14o v14o-005 cells   "To promote universal and meaningful connectivity by 2030 in "  objective: -america +; acc: - +america`,
  `val14o v14o-010 cells   "To advance the implementation of the Roadmap for Digital Coo"  objective: - +share of; meas: -share of +`,
  `val14o v14o-013 cells   "To open youth leadership camps"  acc: - +work; risksAndMitigations: -work +gone`,
  `val14o v14o-001 missing "To account transparently for every contribution received thr"  -share of contributions recorded within 10 working days 77% 82 per cent`,
  `val14o v14o-001 extra   "To convene business leaders around the priorities of the Gen"  +share of contributions recorded within 10 working days 77% 82 per cent`,
  `val14o v14o-009 missing "To manage the Office's budget"  -share of women among professional staff 49 at least 52%`,
  `val14o v14o-020 extra   "To fill vacant posts within the timeline of the staff select"  +a`,
  `val14o v14o-021 extra   "To fill vacant posts"  +key performance indicator 1 2`,
  `val14o txt: missing 2, extra 3, cells 3`,
].join("\n");

describe("census.mjs (scripts/dev)", () => {
  const rows = parseRows(PRINTED);

  it("reads every miss line and no summary line", () => {
    expect(rows.map((r) => r.kind)).toEqual(["cells", "cells", "cells", "missing", "extra", "missing", "extra", "extra"]);
    expect(rows[0]).toMatchObject({ split: "val14o", doc: "v14o-005", detail: "objective: -america +; acc: - +america" });
  });

  it("counts a cells row as a move only when the words taken are the words given", () => {
    expect(movedWords(rows[0]!.detail)).toEqual(["america"]);
    expect(movedWords(rows[1]!.detail)).toEqual(["share", "of"]);
    expect(movedWords(rows[2]!.detail)).toBeNull(); // "gone" came from nowhere
  });

  it("pairs a missing row with another row's extra words in the same document", () => {
    expect(shiftedPairs(rows).map((r) => r.doc)).toEqual(["v14o-001"]);
  });

  it("keeps extra rows of one or two short tokens", () => {
    expect(strayTokens(rows).map((r) => r.doc)).toEqual(["v14o-020"]);
  });

  it("finds a corpus's splits in the sets by their name", () => {
    const sets = { s49: ["val8l", "val14n", "val11n"], s50: ["val8m", "val14o", "val1x"] };
    expect(splitsOf("corpus14", sets)).toEqual([{ split: "val14n", set: "s49" }, { split: "val14o", set: "s50" }]);
    expect(splitsOf("corpus1", sets)).toEqual([{ split: "val1x", set: "s50" }]);
  });
});
