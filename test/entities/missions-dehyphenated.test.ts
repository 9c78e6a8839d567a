/** A hyphenated acronym that joins a word, printed without its line-end hyphen (session 26, h-fields17). */
import { describe, expect, it } from "vitest";
import { buildGazetteer, findMissions } from "../../src/entities/missions.js";
import { compactMissions } from "../../src/entities/index.js";
import { loadDomainData } from "../../src/data/index.js";

describe("'OSESyria' is OSE-Syria", () => {
  const gaz = buildGazetteer(loadDomainData().missions);
  it("the joined form names the mission and is reported with its hyphen", () => {
    const text = "the Office works closely with UNAMI, OSESyria and others";
    const spans = findMissions(text, gaz);
    expect(spans.map((s) => s.normalized)).toEqual(["UNAMI", "OSE-Syria"]);
    expect(compactMissions([], spans, gaz).map((m) => m.acronym)).toEqual(["UNAMI", "OSE-Syria"]);
  });
  it("an all-capitals hyphenated acronym gets no joined form ('UNEFI' is none)", () => {
    expect(gaz.byAcronym.has("UNEF-I")).toBe(true);
    expect(findMissions("as UNEFI did", gaz)).toEqual([]);
  });
});

describe("'OSE-' / 'Syria' broken at the line end", () => {
  const gaz = buildGazetteer(loadDomainData().missions);
  it("is OSE-Syria, blank lines between the parts or not", () => {
    for (const text of ["works closely with MONUSCO, OSE-\nSyria, UNAMI and others", "works closely with MONUSCO, OSE-\n\nSyria, UNAMI and others"]) {
      const spans = findMissions(text, gaz);
      expect(spans.map((s) => s.normalized)).toEqual(["MONUSCO", "OSE-Syria", "UNAMI"]);
      expect(compactMissions([], spans, gaz).map((m) => m.acronym)).toEqual(["MONUSCO", "OSE-Syria", "UNAMI"]);
    }
  });
  it("a word hyphenated at the line end is no mission ('UN-' / 'Women' is no key)", () => {
    expect(findMissions("the Peace-\nbuilding Fund and UN-\nWomen", gaz).map((s) => s.normalized)).toEqual([]);
  });
});
