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
