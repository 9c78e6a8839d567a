/** OCR misreads read back through the symbol grammar and the mission gazetteer (entities/ocr-repair.ts). */
import { describe, expect, it } from "vitest";
import { loadDomainData } from "../../src/data/index.js";
import { findSymbols } from "../../src/entities/symbols.js";
import { buildGazetteer, findMissionLists, findMissions } from "../../src/entities/missions.js";
import { ocrAcronymRepairer } from "../../src/entities/index.js";
import { repairAcronym, repairSymbolToken } from "../../src/entities/ocr-repair.js";

const data = loadDomainData();
const gaz = buildGazetteer(data.missions);
const orgs = new Set(data.organizations.map((o) => o.acronym).filter((a): a is string => a !== null));

describe("symbols read through OCR look-alikes", () => {
  // [as read, canonical symbol, substitutions]
  const repaired: Array<[string, string, string]> = [
    ["A/62/8O", "A/62/80", "O→0"],
    ["A/RES/62/Z37", "A/RES/62/237", "Z→2"],
    ["A/RES/6l/279", "A/RES/61/279", "l→1"],
    ["A/RES/6O/1", "A/RES/60/1", "O→0"],
    ["S/RES/l769 (2007)", "S/RES/1769 (2007)", "l→1"], // the grammar alone reads "L.769"
    ["S/RES/I769", "S/RES/1769", "I→1"],
    ["ST/SGB/2OO6/5", "ST/SGB/2006/5", "O→0, O→0"],
    ["ST/AI/2OlO/3", "ST/AI/2010/3", "O→0, l→1, O→0"],
    ["A/62/7/Add.l", "A/62/7/Add.1", "l→1"],
    ["A/C.S/62/L.3", "A/C.5/62/L.3", "S→5"],
    ["A/RE5/62/237", "A/RES/62/237", "5→S"],
    ["5/RES/1769 (2007)", "S/RES/1769 (2007)", "5→S"], // a body (RES) shows the series was letters
    ["S/2OO8/123", "S/2008/123", "O→0, O→0"],
  ];
  it.each(repaired)("%s → %s", (read, canonical, edits) => {
    const spans = findSymbols(`as approved (${read}, 22 December 2007).`);
    expect(spans).toHaveLength(1);
    expect(spans[0]).toMatchObject({ text: read, normalized: canonical, start: 13 });
    expect(spans[0]!.confusions!.map((e) => `${e.read}→${e.meant}`).join(", ")).toBe(edits);
  });

  // Text that is no misread symbol stays as it is: no look-alike is read where nothing shows a number.
  const untouched: Array<[string, string[]]> = [
    ["A/B testing and I/O", []],
    ["on 5/8/2OO7 and 1/8/2007", []],
    ["and/or S/O", []],
    ["A/62/80 and A/RES/62/237", ["A/62/80", "A/RES/62/237"]],
    ["S/RES/1769 (2007)", ["S/RES/1769 (2007)"]],
    ["A/C.5/62/L.3", ["A/C.5/62/L.3"]],
    ["A/2OlOlO/3", []], // four look-alikes: over the edit limit, noise
    ["A/C. 5/62/L. 5/Rev. 1", ["A/C.5/62/L.5/Rev.1"]], // spaced: "5/Rev" inside is no token
    ["A/ 31/ 5/Add 1", ["A/31/5/Add.1"]],
    ["see 5/Add.1 and 8/Corr.2", []], // a suffix word is no body: the series stays a digit
  ];
  it.each(untouched)("leaves %s", (text, symbols) => {
    const spans = findSymbols(text);
    expect(spans.map((s) => s.normalized)).toEqual(symbols);
    expect(spans.every((s) => s.confusions === undefined)).toBe(true);
  });

  it("repairs a token only when the grammar does not read it whole", () => {
    expect(repairSymbolToken("A/RES/62/2Z7")).toMatchObject({ scanned: { canonical: "A/RES/62/227", end: 12 } });
    expect(repairSymbolToken("A/62/80")).toBeNull();
    expect(repairSymbolToken("A/62/xyz")).toBeNull(); // no look-alike reading makes it a symbol
  });
});

describe("mission acronyms one OCR confusion away from the gazetteer", () => {
  const canonicalOf = (a: string) => gaz.byAcronym.get(a)?.acronym ?? null;
  const cases: Array<[string, string | null]> = [
    ["UNM1L", "UNMIL"],
    ["M0NUC", "MONUC"],
    ["UNAMlD", "UNAMID"],
    ["B1NUB", "BINUB"],
    ["IVIINURCAT", "MINURCAT"],
    ["UNMIL", null], // known as printed
    ["UNM1", null], // too far / too short
    ["UN0", null],
  ];
  it.each(cases)("%s → %s", (printed, meant) => {
    expect(repairAcronym(printed, canonicalOf)?.meant ?? null).toBe(meant);
  });

  it("repairs only on OCR'd pages, never an organisation's acronym, never into a pair-only acronym", () => {
    const everywhere = ocrAcronymRepairer(gaz, orgs, () => true);
    const nowhere = ocrAcronymRepairer(gaz, orgs, () => false);
    expect(everywhere("UNM1L", 0)).toMatchObject({ meant: "UNMIL", record: { acronym: "UNMIL" } });
    expect(nowhere("UNM1L", 0)).toBeNull();
    expect(everywhere("Council", 0)).toBeNull(); // not shaped like an acronym
    expect(everywhere("LR4", 0)).toBeNull();
    for (const org of ["UNDP", "UNHCR", "UNICEF", "DPKO", "OHCHR"]) expect(orgs.has(org) ? everywhere(org, 0) : null).toBeNull();
  });

  it("reads mentions and list items through the repairer, keeping the printed text of the span", () => {
    const text = "Mandates for peacekeeping operations:\nUnited Nations Mission in Liberia (UNM1L)\nUnited Nations Mission in the Sudan (UNMlS)\n\nSupport to M0NUC and UNAMlD.";
    const repair = ocrAcronymRepairer(gaz, orgs, () => true);
    const lines: Array<{ text: string; start: number }> = [];
    let at = 0;
    for (const t of text.split("\n")) {
      lines.push({ text: t, start: at });
      at += t.length + 1;
    }
    const lists = findMissionLists(lines, gaz, repair);
    expect(lists.missions.map((m) => [m.acronym, m.canonical, m.known, m.misread?.printed])).toEqual([
      ["UNMIL", "UNMIL", true, "UNM1L"],
      ["UNMIS", "UNMIS", true, "UNMlS"],
    ]);
    // (The names in the list are mentions too.)
    const mentions = findMissions(text, gaz, { listRanges: lists.ranges, repair }).filter((m) => !m.text.includes(" "));
    expect(mentions.map((m) => [m.text, m.normalized])).toEqual([
      ["UNM1L", "UNMIL"],
      ["UNMlS", "UNMIS"],
      ["M0NUC", "MONUC"],
      ["UNAMlD", "UNAMID"],
    ]);
    // Without a repairer (a text layer) nothing changes: the items are unknown, the mentions absent.
    expect(findMissionLists(lines, gaz).missions.map((m) => [m.acronym, m.known])).toEqual([
      ["UNM1L", false],
      ["UNMlS", false],
    ]);
    expect(findMissions(text, gaz, { listRanges: lists.ranges }).filter((m) => !m.text.includes(" "))).toEqual([]);
  });
});
