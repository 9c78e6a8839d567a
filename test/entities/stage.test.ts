import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { loadDomainData } from "../../src/data/index.js";
import { newDoc, runPipeline } from "../../src/pipeline.js";
import { entitiesStage } from "../../src/entities/index.js";
import { textToLayout } from "../../src/extract/text.js";
import type { Doc } from "../../src/model/doc.js";

const data = loadDomainData();
const SEEDS = join(dirname(fileURLToPath(import.meta.url)), "..", "fixtures", "seeds");
const seed = (name: string) => new Uint8Array(readFileSync(join(SEEDS, name)));

function docOf(text: string, kind: Doc["kind"] = "unknown"): Doc {
  const { input: _input, ...doc } = newDoc("t.txt", new TextEncoder().encode(text));
  return { ...doc, layout: textToLayout(text), kind, classification: { kind, scores: {}, evidence: [] } };
}

describe("seed compact (2008 DFS)", async () => {
  const doc = await runPipeline("000.txt", seed("000_5d885c4051877f43.txt"), {}, data);
  it("lists the 33 mandate missions with their kinds", () => {
    const missions = doc.compact?.missions ?? [];
    expect(missions).toHaveLength(33);
    expect(missions.filter((m) => m.kind === "peacekeeping")).toHaveLength(17);
    expect(missions.filter((m) => m.kind === "political")).toHaveLength(16);
    expect(missions.find((m) => m.acronym === "UNIIC")).toMatchObject({ canonical: "UNIIIC", known: true });
    expect(missions.find((m) => m.acronym === "LRA")).toMatchObject({ canonical: "LRA", kind: "political" });
    expect(missions[0]).toEqual({ acronym: "UNAMID", canonical: "UNAMID", name: "African Union/United Nations Hybrid operation in Darfur", kind: "peacekeeping", known: true, listed: true });
    expect(missions.every((m) => m.listed)).toBe(true);
  });
  it("finds resolutions with their dates, and documents", () => {
    expect(doc.references.resolutions).toEqual([
      { symbol: "A/RES/62/237", date: "2007-12-22", raw: ["A/RES/62/237"] },
      { symbol: "A/RES/61/279", date: null, raw: ["A/RES/61/279"] },
      { symbol: "A/RES/61/409/Add.2", date: "2007-07-17", raw: ["A/RES/61/409/Add.2"] },
      { symbol: "A/RES/61/276", date: "2007-07-20", raw: ["A/RES/61/276"] },
      { symbol: "A/RES/61/291", date: "2007-08-24", raw: ["A/RES/61/291"] },
      { symbol: "A/RES/62/99", date: "2007-12-17", raw: ["A/RES/62/99"] },
      { symbol: "A/RES/58/269", date: null, raw: ["A/RES/58/269"] },
      { symbol: "A/RES/59/283", date: null, raw: ["A/RES/59/283"] },
    ]);
    expect(doc.references.documents).toEqual([
      { symbol: "A/62/80", raw: ["A/62/80"] },
      { symbol: "A/61/858/Add.1", raw: ["A/61/858 Add. 1"] },
      { symbol: "ST/SGB/2003/17", raw: ["ST/SGB/2003/17"] },
    ]);
  });
  it("warns about the noisy date and the malformed resolution symbol, with page and line", () => {
    expect(doc.warnings).toContainEqual(expect.objectContaining({ code: "DATE_UNPARSEABLE", page: 1, line: 14 }));
    expect(doc.warnings).toContainEqual(expect.objectContaining({ code: "SYMBOL_MALFORMED" }));
    expect(doc.warnings.filter((w) => w.code === "MISSION_UNKNOWN")).toEqual([]);
  });
  it("finds people, organizations and dates", () => {
    const of = (t: string) => [...new Set(doc.entities.filter((e) => e.type === t).map((e) => e.normalized))];
    expect(of("person")).toEqual(["Jane Holl Lute", "Ban Ki-moon"]);
    expect(of("organization")).toEqual(expect.arrayContaining(["DFS", "DPKO", "DPA", "ACABQ", "Fifth Committee", "General Assembly", "Security Council"]));
    expect(of("organization")).not.toContain("AU");
    expect(of("date")).toEqual(expect.arrayContaining(["2008-02-04", "2008/2009", "2007-07-01/2008-06-30"]));
  });
});

describe("seed UN note (A/60/209)", async () => {
  const doc = await runPipeline("002.txt", seed("002_6d0a952f88cf6e44.txt"), {}, data);
  it("finds A/RES/59/268, A/60/150, CEB and HLCM", () => {
    expect(doc.references.resolutions.map((r) => r.symbol)).toEqual(["A/RES/59/268"]);
    expect(doc.references.documents.map((r) => r.symbol)).toContain("A/60/150");
    const orgs = doc.entities.filter((e) => e.type === "organization").map((e) => e.normalized);
    expect(orgs).toEqual(expect.arrayContaining(["CEB", "HLCM"]));
  });
  it("does not count the document's own symbol as a reference", () => {
    const d = docOf(new TextDecoder().decode(seed("002_6d0a952f88cf6e44.txt")), "un-document");
    d.unDocument = { symbol: "A/60/209" } as Doc["unDocument"];
    entitiesStage(d, { options: {}, data });
    expect(d.references.documents.map((r) => r.symbol)).toEqual(["A/60/150"]);
  });
});

describe("targets of compact measures", () => {
  it("fills measures[].targets of every objective left empty by the table stage", () => {
    const d = docOf("Objective\tExpected accomplishment\tPerformance measure", "compact");
    d.compact = {
      objectives: [
        {
          id: "B.3-1", section: "B.3", objective: "To minimize vacancy levels.", accomplishments: [], extra: {},
          measures: [{ text: "Vacancy rate to be no more than 5%.", targets: [] }, { text: "No figure here.", targets: [] }],
          provenance: { page: 1, lines: [1, 1], pages: [1] },
        },
      ],
      missions: [],
    } as unknown as NonNullable<Doc["compact"]>;
    entitiesStage(d, { options: {}, data });
    expect(d.compact!.objectives[0]!.measures.map((m) => m.targets)).toEqual([
      [{ value: 5, unit: "%", comparator: "<=", raw: "no more than 5%" }],
      [],
    ]);
  });
});

describe("unknown mission in a compact's list", () => {
  it("is reported known:false with a MISSION_UNKNOWN warning at its line", () => {
    const d = docOf("Intro\n\nMandates for 2 special political missions:\n\nUnited Nations Mission in Nepal (UNMIN)\nUnited Nations Office in Atlantis (UNOAT)\n\nEnd.", "compact");
    d.compact = { objectives: [], missions: [] } as unknown as NonNullable<Doc["compact"]>;
    entitiesStage(d, { options: {}, data });
    expect(d.compact!.missions).toEqual([
      { acronym: "UNMIN", canonical: "UNMIN", name: "United Nations Mission in Nepal", kind: "political", known: true, listed: true },
      { acronym: "UNOAT", canonical: null, name: "United Nations Office in Atlantis", kind: "political", known: false, listed: true },
    ]);
    expect(d.warnings).toEqual([expect.objectContaining({ code: "MISSION_UNKNOWN", page: 1, line: 6 })]);
  });
});

describe("missions named outside mandate lists", () => {
  it("lists missions from run-on sentences, prose and cells once each, in document order, listed:false", () => {
    const d = docOf(
      "The Department supports UNAMA, UNAMI and UNSMIL in their work.\n\nMandates for 1 peacekeeping operation:\n\nUnited Nations Mission in Liberia (UNMIL)\n\nObjective\tExpected accomplishment\tPerformance measure\nTo support UNAMI.\tSupport to the United Nations Mission in Liberia.\tPlans agreed with UNSMIL.\n",
      "compact",
    );
    d.compact = { objectives: [], missions: [] } as unknown as NonNullable<Doc["compact"]>;
    entitiesStage(d, { options: {}, data });
    expect(d.compact!.missions.map((m) => [m.acronym, m.listed])).toEqual([
      ["UNAMA", false],
      ["UNAMI", false],
      ["UNSMIL", false],
      ["UNMIL", true],
    ]);
  });
});

describe("every entity's text is the slice of layout.text between start and end", () => {
  const pieces = [
    "A/62/80", "A/61/858 Add. 1", "(A/RES/62/237, 22 December 2007)", "General Assembly resolution 59/268",
    "UNMIS", "UNAMID", "United Nations Mission in Sudan (UNMIS)", "DPKO", "High-level Committee on Management (HLCM)",
    "Mr. Ban Ki-moon", "90%", "1 July 2007 to 30 June 2008", "2008-2009", "1/8/2007", "\t", "\n", "\f", " ", "é", "—",
    "Security Council resolution 1769 (2007)", "A/62/7/Add.10-12", "ST/AI 2010/3 and Corr.1", "Jane Holl Lute, Secretary-General",
  ];
  it("holds for random documents built from entity-like pieces and noise", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 6 })), { maxLength: 40 }), (parts) => {
        const text = parts.join(" ");
        const doc = entitiesStage(docOf(text), { options: {}, data });
        for (const e of doc.entities) {
          expect(text.slice(e.start, e.end)).toBe(e.text);
          expect(e.page).toBeGreaterThanOrEqual(1);
        }
      }),
      { numRuns: 200 },
    );
  });
});
