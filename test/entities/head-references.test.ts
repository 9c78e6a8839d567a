import { describe, expect, it } from "vitest";
import { textToLayout } from "../../src/extract/text.js";
import { headColumns, withHeadReferences } from "../../src/entities/index.js";
import { buildGazetteer, findMissionLists } from "../../src/entities/missions.js";
import { loadDomainData } from "../../src/data/index.js";
import { findSymbols } from "../../src/entities/symbols.js";
import { buildReferences } from "../../src/entities/references.js";

/** References as the stage gives them: the whole text's, then the head read column by column. */
function references(text: string) {
  const layout = textToLayout(text);
  const symbols = findSymbols(layout.text);
  const none = new Set<string>();
  return withHeadReferences(headColumns(layout), buildReferences(layout.text, symbols, none).references, symbols, none);
}

// pdftotext -layout of a first page in two columns: both columns share each printed line.
const TWO_COLUMNS = [
  "                              SENIOR MANAGER'S COMPACT",
  "The Department carries out its work under the        The Department provides backstopping to the following",
  "mandates entrusted to it by Member States, in        field operations:",
  "particular S/RES/1871                                – United Nations Mission in Liberia (UNMIL)",
  "(2009), General Assembly resolution 62/267 of 12     – United Nations Office for West Africa and the Sahel",
  "December 2007 and the budget (A/75/6                   (UNOWAS)",
  "(Sect. 5)).                                          – United Nations Interim Force in Lebanon (UNIFIL)",
  "",
  "A. ACHIEVING PROGRAMME OBJECTIVES",
  "Objective        Expected accomplishment        Performance measure",
  "To support the implementation of A/RES/70/1.",
].join("\n");

describe("withHeadReferences: a compact's head in two columns", () => {
  it("reads symbols and dates the other column cut, and drops their cut-short forms", () => {
    const refs = references(TWO_COLUMNS);
    expect(refs.resolutions.map((r) => [r.symbol, r.date])).toEqual([
      ["S/RES/1871 (2009)", null],
      ["A/RES/62/267", "2007-12-12"],
      ["A/RES/70/1", null],
    ]);
    expect(refs.documents.map((r) => r.symbol)).toEqual(["A/75/6 (Sect. 5)"]);
  });

  it("reads the columns on where pdftotext sets their lines apart, the right one's between the left one's", () => {
    // pdftotext -layout of a 2020 first page: both columns share the first lines, then the right
    // column's lines fall between the left column's (other baselines) until the first heading.
    const text = [
      "                                                                             Emeka Castellanos",
      "                                               Under-Secretary-General for Operational Support",
      "",
      "I commit myself to using the authorities                  Guidance and backstopping will continue for",
      "delegated to me by the Secretary-General to               UNISFA,     MINUSCA,    MINURSO        and",
      "lead the Department of Operational Support                UNAMID, whose mandates were renewed",
      "towards the results below, in line with the               during the year.",
      "regulations, rules and policies of the",
      "                                                          I will report on progress to the Management",
      "Organization. The programme of work is that",
      "                                                          Performance Board and keep the Secretary-",
      "of the proposed programme budget (A/74/6",
      "                                                          General, António Guterres, informed of risks",
      "(Sect. 29)), approved by the General",
      "                                                          to delivery.",
      "Assembly in its resolution 74/265.",
      "",
      "SECTION 1 : DELIVERING RESULTS",
    ].join("\n");
    const refs = references(text);
    expect(refs.documents.map((r) => r.symbol)).toEqual(["A/74/6 (Sect. 29)"]);
    expect(refs.resolutions.map((r) => r.symbol)).toEqual(["A/RES/74/265"]);
    const head = headColumns(textToLayout(text))!.map((l) => l.text).filter(Boolean);
    expect(head.slice(head.indexOf("regulations, rules and policies of the"), head.indexOf("Assembly in its resolution 74/265.") + 2)).toEqual([
      "regulations, rules and policies of the",
      "Organization. The programme of work is that",
      "of the proposed programme budget (A/74/6",
      "(Sect. 29)), approved by the General",
      "Assembly in its resolution 74/265.",
      "Guidance and backstopping will continue for",
    ]);
    expect(head.slice(-5, -1)).toEqual(["I will report on progress to the Management", "Performance Board and keep the Secretary-", "General, António Guterres, informed of risks", "to delivery."]);
  });

  it("changes nothing when the head is one column", () => {
    const text = "SENIOR MANAGER'S COMPACT\nThe Department works under S/RES/1871 (2009) and General Assembly resolution 62/267 of 12 December 2007.\n";
    const layout = textToLayout(text);
    const symbols = findSymbols(layout.text);
    const whole = buildReferences(layout.text, symbols, new Set()).references;
    expect(withHeadReferences(headColumns(layout), whole, symbols, new Set())).toBe(whole);
  });
});

describe("headColumns: a mandate list in the right column", () => {
  it("gives the list reader the right column's items whole, not interleaved with the left column", () => {
    const text = [
      "                              SENIOR MANAGER'S COMPACT",
      "The Department carries out its work under the       The Department supports the following field operations:",
      "mandates entrusted to it by Member States, in       – Office of the United Nations Special Coordinator for Lebanon (UNSCOL)",
      "particular General Assembly resolution 62/267 of 12 – Office of the Special Envoy of the Secretary-General for the LRA-affected",
      "December 2007.                                      Areas (LRA)",
      "The programme of work for 2009 reflects the         – United Nations Political Office for Somalia (UNPOS)",
      "priorities of the strategic framework.",
    ].join("\n");
    const layout = textToLayout(text);
    const gaz = buildGazetteer(loadDomainData().missions);
    const interleaved = findMissionLists(layout.pages[0]!.lines, gaz).missions.map((m) => m.canonical);
    const ordered = findMissionLists(headColumns(layout)!, gaz).missions.map((m) => m.canonical);
    expect(ordered).toEqual(["UNSCOL", "LRA", "UNPOS"]);
    expect(interleaved).not.toContain("LRA");
  });
});
