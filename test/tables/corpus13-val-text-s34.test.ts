/**
 * pdftotext -layout text of corpus13's validation draw (session 34, h-v13), read from the committed files.
 * `objectOfPreposition` (tables/gluedValues): a measure that shares the Target above has no value of
 * its own, so the glued-value rule looked for one at its first line's end; a figure there after a
 * preposition is the preposition's object when the cell's next line closes the measure with its
 * unit in brackets ("… within 72 hours" / "(percentage)", v13-011) or opens with the figure's own
 * unit ("… within 72" / "hours (percentage)", v13-017).
 * `figureShortOfValues` (tables/columns): on a page whose values pdftotext set far right of the
 * part's Target edge (v13-008: values at 94 under a label at 76), a measure line's last words past
 * that edge but short of where the values around open are the measure's ("… against the 2010" /
 * "baseline"; "… the 2010 8%": "8%" is the value).
 */
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { textRowsWithValues } from "../support/table-rows.js";

const corpus = join(__dirname, "..", "corpus13", "val13");
const rowsOf = (id: string) => textRowsWithValues(readFileSync(join(corpus, `${id}.txt`), "utf8"));

describe("a figure after a preposition, cut from its unit by the wrap, is the measure's text (objectOfPreposition)", () => {
  it("keeps '72 hours' in the measure when the next line is its bracketed unit", () => {
    const row = rowsOf("v13-011").find((r) => r.objective.startsWith("To coordinate the senior victims’ rights officers in field missions across"));
    expect(row?.measures[3]).toBe("Victims referred to assistance within 72 hours (percentage)");
    expect(row?.targets).toEqual(["36", "82", "4", null, "14"]);
  });
  it("keeps '72' in the measure when its unit opens the next line", () => {
    const row = rowsOf("v13-017").find((r) => r.objective.startsWith("To make sure that every victim receives assistance without delay in field missions"));
    expect(row?.measures[4]).toBe("Victims referred to assistance within 72 hours (percentage)");
    expect(row?.targets.filter((t) => t !== null)).toEqual(["13", "28", "6", "34"]);
  });
  it("still takes a value glued before the measure's next words ('… before 46%' / 'travel')", () => {
    const text = [
      "OUTCOMES                      KEY PERFORMANCE INDICATORS                        TARGET",
      "Objective 1: To plan official travel early enough to buy economical fares",
      "Tickets issued at the lowest  Tickets purchased at least 16 days before 46%",
      "available fare                travel",
      "                              Vendors registered from developing countries      1,088",
    ].join("\n");
    const row = textRowsWithValues(text)[0];
    expect(row?.measures[0]).toBe("Tickets purchased at least 16 days before travel");
    expect(row?.targets[0]).toBe("46%");
  });
});

describe("a measure line's last words short of the page's values stay in the measure (figureShortOfValues)", () => {
  const rows = rowsOf("v13-008");
  const at = (objective: string) => rows.find((r) => r.objective === objective);
  it("keeps '2010' in the measure, the Target column's values standing 15 characters right of it", () => {
    const row = at("To reduce the energy used by the buildings of the Organization");
    expect(row?.measures[1]).toBe("Reduction in electricity use against the 2010 baseline");
    expect(row?.targets).toEqual(["93%", null, "924", "89%"]);
  });
  it("parts '2010 8%': the year is the measure's, the value reaches the values around", () => {
    const row = at("To reduce the energy used by the buildings of the Organization in the regions");
    expect(row?.measures[1]).toBe("Reduction in electricity use against the 2010 baseline");
    expect(row?.targets).toEqual(["80%", "8%", "1,501"]);
  });
});
