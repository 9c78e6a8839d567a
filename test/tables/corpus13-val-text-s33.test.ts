/**
 * pdftotext -layout text of corpus13's validation draw (session 33, h-v13), read from the committed files.
 * - `figureOpensAgain` (tables/cellEdges): under a measure that opens with its figure, a line of the
 *   cell opening with a figure and a lower-case word again is the next measure ("… least 16 days
 *   before travel" / "1,088 vendors registered from", v13-020; "30 entities with a youth focal
 *   point" / "60 young speakers in high-level", v13-016) — unless the line above leads on to it.
 * - `pageLeftShift` (tables/shiftedPageEdge): a page after the header's, set on a grid of its own 7
 *   characters right, still has spanning objective rows (v13-002: they were read into the cells and
 *   every later row joined the one before the page break).
 */
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { textRows } from "../support/table-rows.js";

const corpus = join(__dirname, "..", "corpus13", "val13");
const rowsOf = (id: string) => textRows(readFileSync(join(corpus, `${id}.txt`), "utf8"));

describe("a measure opening with its figure opens no second one inside it (figureOpensAgain)", () => {
  it("parts figure-led measures whose next figure would not have fitted on the line above", () => {
    const row = rowsOf("v13-020").find((r) => r.objective.startsWith("To keep the Headquarters campus safe, functional and accessible across"));
    expect(row?.measures.slice(4)).toEqual(["66% of tickets purchased at least 16 days before travel", "1,088 vendors registered from developing countries"]);
    const youth = rowsOf("v13-016").find((r) => r.objective.startsWith("To increase the participation of young people in the work of the United Nations in field"));
    expect(youth?.measures).toEqual(["30 entities with a youth focal point", "60 young speakers in high-level meetings"]);
  });
  it("keeps a figure the line above leads on to ('… at least' / '16 days')", () => {
    const text = [
      "Objective                        Outcome                             Indicator of achievement",
      "To increase the participation      Country teams reporting on        66% of tickets purchased at least",
      "of young people in the work of     the Youth Strategy                16 days before travel",
      "the United Nations",
    ].join("\n");
    expect(textRows(text)[0]?.measures).toEqual(["66% of tickets purchased at least 16 days before travel"]);
  });
});

describe("a page set on a grid of its own right of the header page's (pageLeftShift)", () => {
  it("finds the spanning objectives of the page after the header's", () => {
    const rows = rowsOf("v13-002");
    const at = (objective: string) => rows.find((r) => r.objective === objective);
    expect(at("To reduce the energy used by the buildings of the Organization in field missions")?.accomplishments).toEqual(["More registered vendors from developing countries and countries with economies in transition"]);
    expect(at("To keep the Headquarters campus safe, functional and accessible at Headquarters")?.measures).toEqual([
      "Tickets purchased at least 16 days before travel",
      "Solicitations completed within the planned lead time",
      "Facilities work orders closed within five working days",
      "Vendors registered from developing countries",
      "Linear metres of mission records accessioned",
    ]);
    expect(at("To open the procurement of the Secretariat to vendors from developing countries")?.accomplishments).toEqual(["Lower electricity consumption at Headquarters"]);
  });
});
