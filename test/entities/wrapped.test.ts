/** Items and parentheses wrapped by narrow columns (PDF, hard-wrapped text). */
import { describe, expect, it } from "vitest";
import { textToLayout } from "../../src/extract/text.js";
import { loadDomainData } from "../../src/data/index.js";
import { buildGazetteer, findMissionLists } from "../../src/entities/missions.js";
import { dateInParenthesis } from "../../src/entities/references.js";

const gaz = buildGazetteer(loadDomainData().missions);
const listed = (text: string) => findMissionLists(textToLayout(text).pages[0]!.lines, gaz).missions.map((m) => m.acronym);

describe("wrapped mission list items", () => {
  it("reads an item whose acronym wraps onto the next line instead of stopping the list", () => {
    const text = [
      "• Mandates for 3 peacekeeping operations:",
      "",
      "United Nations Mission in the Central African Republic and Chad",
      "(MINURCAT)",
      "",
      "United Nations Observer Mission in Georgia (UNOMIG)",
      "",
      "United Nations Organization Mission in the Democratic Republic of the",
      "Congo (MONUC)",
    ].join("\n");
    expect(listed(text)).toEqual(["MINURCAT", "UNOMIG", "MONUC"]);
  });
  it("joins a wrapped name rather than fuzzy-matching its first half to another mission", () => {
    const text = [
      "• Mandates for 2 special political missions:",
      "",
      "Office of the Special Envoy of the Secretary-General of the United",
      "Nations for the future status process for Kosovo (UNOSEK)",
      "",
      "United Nations Office For West Africa (UNOWA)",
    ].join("\n");
    expect(listed(text)).toEqual(["UNOSEK", "UNOWA"]);
  });
  it("keeps two items on adjacent lines apart", () => {
    const text = ["• Mandates for 2 peacekeeping operations:", "United Nations Mission in Sudan", "United Nations Mission in Liberia (UNMIL)"].join("\n");
    expect(listed(text)).toEqual(["UNMIS", "UNMIL"]);
  });
});

describe("dates in a parenthesis that wraps", () => {
  const at = (text: string, symbol: string) => {
    const start = text.indexOf(symbol);
    return dateInParenthesis(text, { start, end: start + symbol.length });
  };
  it("reads a date split over two lines", () => {
    expect(at("approved by the General Assembly (A/RES/62/237, 22\nDecember 2007).", "A/RES/62/237")).toEqual({ kind: "date", iso: "2007-12-22" });
  });
  it("does not reach across a blank line or into another table column", () => {
    expect(at("(A/RES/62/237, 22\n\nDecember 2007)", "A/RES/62/237")).toEqual({ kind: "none" });
    expect(at("(A/RES/62/237,\t22 December 2007)", "A/RES/62/237")).toEqual({ kind: "none" });
  });
});
