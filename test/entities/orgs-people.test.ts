import { describe, expect, it } from "vitest";
import { loadDomainData } from "../../src/data/index.js";
import { findOrganizations, learnDefinitions } from "../../src/entities/orgs.js";
import { findPeople } from "../../src/entities/people.js";

const orgs = loadDomainData().organizations;

const ORGS: Array<[string, string[]]> = [
  ["managed by DPKO and DPA", ["DPKO", "DPA"]],
  ["endorsement by the ACABQ and approval by the Fifth Committee", ["ACABQ", "Fifth Committee"]],
  ["the Department of Field Support (DFS)", ["DFS", "DFS"]],
  ["Office of Internal Oversight Services", ["OIOS"]],
  ["DPKO/DFS joint guidance", ["DPKO", "DFS"]],
  ["Security Council resolutions", ["Security Council"]],
  ["the fifth committee", []],
  ["Secretariat-wide strategy", []],
  ["ADMIN and DMS are not DM", ["DM"]],
];

describe("findOrganizations", () => {
  it.each(ORGS)("%j", (text, expected) => {
    const spans = findOrganizations(text, orgs);
    expect(spans.map((s) => s.normalized)).toEqual(expected);
    for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});

describe("learnDefinitions", () => {
  it.each([
    ["the CEB High-level Committee on Management (HLCM) endorsed", "HLCM", "High-level Committee on Management"],
    ["as Chairman of the United Nations System Chief Executives Board for Coordination (CEB), to", "CEB", "Chief Executives Board for Coordination"],
    ["the Field Staff Union (FSU) and", "FSU", "Field Staff Union"],
  ])("%j → %s", (text, acronym, name) => {
    expect(learnDefinitions(text)).toEqual([{ acronym, name, aliases: [] }]);
  });
  it("does not learn systems or ordinary parentheses", () => {
    expect(learnDefinitions("Integrated Monitoring and Documentation Information System (IMDIS) and (ICT) strategy")).toEqual([]);
  });
  it("learned acronyms are then found elsewhere", () => {
    const text = "High-level Committee on Management (HLCM). Later HLCM agreed.";
    expect(findOrganizations(text, [...orgs, ...learnDefinitions(text)]).map((s) => s.text)).toEqual([
      "High-level Committee on Management",
      "HLCM",
      "HLCM",
    ]);
  });
});

describe("findPeople", () => {
  it("reads the parties of a compact and its signatories", () => {
    const text = [
      "Between Ms. Jane Holl Lute, Assistant-Secretary-General and Officer-in-Charge, Department of Field Support, and the Secretary-General, Mr. Ban Ki-moon",
      "Jane Holl Lute, Assistant-Secretary-General\t",
      "Ban Ki-moon, Secretary-General\tDate: 4 February 2008",
      "Department of Field Support, Director of nothing",
    ].join("\n");
    const people = findPeople(text);
    expect(people.map((p) => [p.normalized, p.title])).toEqual([
      ["Jane Holl Lute", "Assistant-Secretary-General and Officer-in-Charge, Department of Field Support"],
      ["Ban Ki-moon", "Secretary-General"],
      ["Jane Holl Lute", "Assistant-Secretary-General"],
      ["Ban Ki-moon", "Secretary-General"],
    ]);
    for (const p of people) expect(text.slice(p.start, p.end)).toBe(p.text);
  });
  it("reads parties printed without honorifics", () => {
    const text = "Between Amina Diallo, Under-Secretary-General, Department of Management, and the Secretary-General, Ban Ki-moon";
    expect(findPeople(text).map((p) => [p.text, p.title])).toEqual([
      ["Amina Diallo", "Under-Secretary-General, Department of Management"],
      ["Ban Ki-moon", "Secretary-General"],
    ]);
  });
});
