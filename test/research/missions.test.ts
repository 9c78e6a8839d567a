import { describe, expect, it } from "vitest";
import { loadDomainData } from "../../src/data/index.js";
import { loadSuccessions, mentionsOf, parseSuccessions, resolveMission, type MissionMentionRow } from "../../src/research/missions.js";

const gazetteer = loadDomainData().missions;
const successions = loadSuccessions();

describe("resolveMission", () => {
  it("an acronym in any case, linked to its successor", () => {
    const m = resolveMission("monuc", gazetteer, successions);
    expect(m.record?.acronym).toBe("MONUC");
    expect(m.family.sort()).toEqual(["MONUC", "MONUSCO"]);
    expect(m.links.map((l) => [l.predecessor, l.successor])).toEqual([["MONUC", "MONUSCO"]]);
  });

  it("a successor finds its predecessors along a chain", () => {
    expect(resolveMission("UNIPSIL", gazetteer, successions).family.sort()).toEqual(["UNAMSIL", "UNIOSIL", "UNIPSIL"]);
  });

  it("an alias or the full name resolves to the acronym", () => {
    expect(resolveMission("MINUAD", gazetteer, successions).record?.acronym).toBe("UNAMID");
    expect(resolveMission("united nations mission in the sudan", gazetteer, successions).family.sort()).toEqual(["UNMIS", "UNMISS"]);
  });

  it("a name the gazetteer does not know is matched as printed", () => {
    expect(resolveMission("XYZMIS", gazetteer, successions)).toEqual({ record: null, family: ["XYZMIS"], links: [] });
  });

  it("the successions file is checked", () => {
    expect(() => parseSuccessions("from\tto\n")).toThrow(/unexpected header/);
    expect(() => parseSuccessions("predecessor\tsuccessor\tyear\tnote\nA\tB\tsoon\tx\n")).toThrow(/line 2/);
  });
});

describe("mentionsOf", () => {
  const row = (year: number, acronym: string, canonical: string | null, named_in: string): MissionMentionRow => ({
    year, entity: "DFS", acronym, canonical, named_in, source_file: `${year}.pdf`, doc_id: `${year}`,
  });
  it("keeps the family's mentions, by acronym as printed or by canonical name, in year order", () => {
    const rows = [row(2011, "MONUSCO", "MONUSCO", "mandate list"), row(2009, "Monuc", null, "text"), row(2010, "UNAMID", "UNAMID", "mandate list")];
    expect(mentionsOf(rows, resolveMission("MONUSCO", gazetteer, successions)).map((r) => [r.year, r.acronym, r.named_in])).toEqual([
      [2009, "Monuc", "text"], [2011, "MONUSCO", "mandate list"],
    ]);
  });
});
