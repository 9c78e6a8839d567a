/**
 * pdftotext -layout text of LibreOffice's PDFs of native Writer tables whose cells are centred
 * vertically over several sub-rows of the next column (test/corpus9 dev9b, session 15, h-t9b):
 * hand-made texts, one per rule, each failing without its rule.
 */
import { describe, expect, it } from "vitest";
import { textToLayout } from "../../src/extract/text.js";
import { findSections } from "../../src/compact/sections.js";
import { readTables } from "../../src/tables/index.js";

function read(text: string) {
  const layout = textToLayout(text);
  return readTables(layout, findSections(layout)).objectives.map((o) => ({
    objective: o.objective,
    accomplishments: o.accomplishments,
    measures: o.measures.map((m) => m.text),
  }));
}

describe("a centred row of three sub-rows cut by a page break, under a header of other wording than the table above", () => {
  // An "OUTCOMES" table whose accomplishments carry "▪" (three lines open with one), then an
  // "EXPECTED RESULTS" table of unmarked one-item cells that the reader runs on with it (the same
  // column roles). Its first row's first sub-row ends page 1 (the objective as tall as that part);
  // its second and third sub-rows open page 2 under the repeated header, above the next row's
  // centred objective (corpus9 d9b-002).
  const text = [
    "             OBJECTIVES                                OUTCOMES                                     INDICATORS",
    "                                                                                                  OF ACHIEVEMENT",
    "                                                                                  (a) 39 cities approving spatial plans",
    "To improve access to adequate housing     ▪ Households with improved water",
    "                                                                                  (b) 32 thousand households reached by",
    "for the urban poor                          and sanitation",
    "                                                                                      housing programmes",
    "                                                                                  (a) 6 settlements upgraded",
    "To enhance urban data and monitoring      ▪ Urban indicators reported by          (b) 68% of tenure documents issued to women",
    "of the urban goal                           Member States                         (c) 35 recovery plans prepared with local",
    "                                                                                      authorities",
    "To strengthen urban basic services such ▪ Households with improved water",
    "                                                                                  (a) 58 cities approving spatial plans",
    "as water and sanitation                   and sanitation",
    "",
    "",
    "             OBJECTIVES                           EXPECTED RESULTS                     KEY PERFORMANCE INDICATORS",
    "To upgrade informal settlements with      Households with improved water and      (i) 27 thousand households reached by",
    "communities                               sanitation                                  housing programmes",
    "\f              OBJECTIVES                               EXPECTED RESULTS                   KEY PERFORMANCE INDICATORS",
    "                                              Tenure documents issued to women        (i) 83% of tenure documents issued to women",
    "                                              Settlements upgraded with community     (i) 48 recovery plans prepared with local",
    "                                              participation                               authorities",
    "                                              Settlements upgraded with community     (i) 26 countries reporting urban indicators",
    "                                              participation                           (ii) 41% of tenure documents issued to women",
    "                                                                                      (i) 55 recovery plans prepared with local",
    "To promote sustainable urbanization           Tenure documents issued to women",
    "                                                                                          authorities",
    "policies at national level",
    "                                                                                      (i) 9 cities approving spatial plans",
    "                                              Cities with approved spatial plans      (ii) 45 thousand households reached by",
    "                                                                                           housing programmes",
    "                                                                                      (i) 19 thousand households with improved",
    "                                              Tenure documents issued to women",
    "                                                                                          services",
    "                                                                                      (i) 44 countries adopting national urban",
    "To build resilience of cities to crises and                                                policies",
    "                                              Cities with approved spatial plans",
    "conflict",
    "                                                                                      (ii) 31 settlements upgraded",
    "                                              Recovery plans for cities affected by   (i) 11 countries reporting urban indicators",
    "                                              crises                                  (ii) 64% of tenure documents issued to women"
  ].join("\n");
  const rows = read(text);
  it("gives the cut row its sub-rows from the next page's top", () => {
    const cut = rows.find((r) => r.objective.startsWith("To upgrade informal settlements"));
    expect(cut?.accomplishments).toEqual(["Households with improved water and sanitation", "Tenure documents issued to women", "Settlements upgraded with community participation"]);
    expect(cut?.measures).toEqual(["27 thousand households reached by housing programmes", "83% of tenure documents issued to women", "48 recovery plans prepared with local authorities"]);
  });
  it("leaves the next rows their own sub-rows, each centred on its objective", () => {
    const next = rows.find((r) => r.objective.startsWith("To promote sustainable urbanization"));
    expect(next?.accomplishments).toEqual(["Settlements upgraded with community participation", "Tenure documents issued to women", "Cities with approved spatial plans"]);
    expect(next?.measures).toHaveLength(5);
    const last = rows.find((r) => r.objective.startsWith("To build resilience"));
    expect(last?.accomplishments).toEqual(["Tenure documents issued to women", "Cities with approved spatial plans", "Recovery plans for cities affected by crises"]);
    expect(last?.measures[0]).toBe("19 thousand households with improved services");
  });
  it("keeps the marked table's rows", () => {
    expect(rows.slice(0, 3).map((r) => r.accomplishments)).toEqual([["Households with improved water and sanitation"], ["Urban indicators reported by Member States"], ["Households with improved water and sanitation"]]);
  });
});
