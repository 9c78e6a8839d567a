/**
 * Viewer's copies (`mutool draw -F txt` of AbiWord's print; session 38, h-mu14): a sub-row's
 * measure list printed down its column in one block (`▪ 82% of …` / `▪ 1,101 linear metres …`, no
 * blank line between the items) was read as a measure and the next row's objective, the later
 * sub-rows' items shifted into rows of their own. tables/linearized `itemGoesOnListAbove` makes a
 * cell opening with the next glyph item of the list right above it in one block cost `splitList`.
 * Each `it` reads a committed draw document and fails without the rule (main 1a887053).
 */
import { describe, expect, it } from "vitest";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { extract } from "../../src/index.js";

const here = dirname(fileURLToPath(import.meta.url));
const textOf = (a: string | { text: string }) => (typeof a === "string" ? a : a.text);
const rowsOf = async (path: string) => {
  const out = await extract(join(here, path), { format: "text" });
  return out.kind === "compact" ? out.objectives : [];
};

describe("a sub-row's glyph list going on in one block is one cell", () => {
  it("reads v13c-020's first row of table 2 whole (▪ measures under o accomplishments, three sub-rows)", async () => {
    const rows = await rowsOf("../corpus13/val13c/v13c-020.mu.txt");
    const row = rows.find((r) => r.objective === "To move the archives and records of the Organization into managed storage with partner entities");
    expect(row?.accomplishments.map(textOf)).toEqual([
      "Contracts awarded within the planned procurement lead time",
      "Records of closed missions received and catalogued",
      "More registered vendors from developing countries and countries with economies in transition",
    ]);
    expect(row?.measures.map(textOf)).toEqual([
      "82% of solicitations completed within the planned lead time",
      "1,101 linear metres of mission records accessioned",
      "72% of facilities work orders closed within five working days",
      "1,849 vendors registered from developing countries",
      "46% of tickets purchased at least 16 days before travel",
    ]);
    // No measure read as an objective.
    expect(rows.some((r) => /^\d/.test(r.objective))).toBe(false);
  });

  it("reads v13-014's row whose sub-rows print `o` measures under `▪` accomplishments", async () => {
    const rows = await rowsOf("../corpus13/val13/v13-014.mu.txt");
    const row = rows.find((r) => r.objective === "To open the procurement of the Secretariat to vendors from developing countries across the Secretariat");
    expect(row?.accomplishments.map(textOf)).toEqual([
      "Records of closed missions received and catalogued",
      "More registered vendors from developing countries and countries with economies in transition",
      "Lower electricity consumption at Headquarters",
    ]);
    expect(row?.measures).toHaveLength(6);
  });

  it("finds every objective of v13b-005", async () => {
    const rows = await rowsOf("../corpus13/val13b/v13b-005.mu.txt");
    const objectives = rows.map((r) => r.objective);
    expect(objectives).toContain("To make sure that every victim receives assistance without delay at Headquarters");
    expect(objectives).toContain("To coordinate the senior victims' rights officers in field missions");
  });
});
