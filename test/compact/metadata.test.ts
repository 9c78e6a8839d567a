import { describe, expect, it } from "vitest";
import { textToLayout } from "../../src/extract/text.js";
import {
  readParties,
  findAcronym,
  readCompactMetadata,
  splitNameAndTitle,
  readTitleAndYear,
} from "../../src/compact/metadata.js";
import { loadDomainData } from "../../src/data/index.js";
import { parseDate } from "../../src/entities/dates.js";
import { synthCompactFacts, renderCompactText } from "../support/synth.js";

describe("parties of the compact", () => {
  const cases: Array<[string, { manager: string; managerTitle: string; counterpart: string }]> = [
    [
      "Between Ms. Jane Holl Lute, Assistant-Secretary-General and Officer-in-Charge, Department of Field Support, and the Secretary-General, Mr. Ban Ki-moon",
      { manager: "Jane Holl Lute", managerTitle: "Assistant-Secretary-General and Officer-in-Charge, Department of Field Support", counterpart: "Ban Ki-moon" },
    ],
    [
      "This compact is made between the Secretary-General, Mr. Ban Ki-moon, and Mr. Alain Le Roy, Under-Secretary-General for Peacekeeping Operations.",
      { manager: "Alain Le Roy", managerTitle: "Under-Secretary-General for Peacekeeping Operations", counterpart: "Ban Ki-moon" },
    ],
    [
      "Between Kenji Watanabe, Under-Secretary-General, Department of Management, and the Secretary-General, António Guterres",
      { manager: "Kenji Watanabe", managerTitle: "Under-Secretary-General, Department of Management", counterpart: "António Guterres" },
    ],
  ];
  for (const [text, want] of cases) {
    it(text.slice(0, 50), () => {
      const { manager, counterpart } = readParties(text);
      expect(manager).toEqual({ name: want.manager, title: want.managerTitle });
      expect(counterpart).toEqual({ name: want.counterpart, title: "Secretary-General" });
    });
  }
  it("finds no parties where there is no preamble, rather than guessing", () => {
    expect(readParties("The Department of Management will report on the results.")).toEqual({ manager: null, counterpart: null });
    expect(splitNameAndTitle("Department of Field Support")).toBeNull();
  });
});

describe("entity acronym from the document", () => {
  const cases: Array<[string, string, string | null]> = [
    ["Department of Field Support", "support by DFS and DPKO; DFS targets", "DFS"],
    ["Department of Peacekeeping Operations", "DPKO and DFS work together; DPKO leads", "DPKO"],
    ["Office of Human Resources Management", "the Office of Human Resources Management (OHRM) sets", "OHRM"],
    ["Department of Management", "DM, DFS and DPKO", "DM"],
    ["Department of Field Support", "no acronym in this text at all", null],
  ];
  for (const [name, text, want] of cases) it(`${name} → ${want}`, () => expect(findAcronym(name, text)).toBe(want));
});

describe("signature dates (the entities date parser)", () => {
  const cases: Array<[string, string | null]> = [
    ["4 February 2008", "2008-02-04"],
    ["4 Feb. 2008", "2008-02-04"],
    ["February 4, 2008", "2008-02-04"],
    ["2010-03-01", "2010-03-01"],
    ["31 February 2008", null],
    ["1 August 22 2007", null],
  ];
  for (const [raw, want] of cases) it(`${raw} → ${want}`, () => expect(parseDate(raw)).toBe(want));
});

describe("compact metadata on generated compacts", () => {
  const data = loadDomainData();
  for (const seed of [3, 11, 19, 27]) {
    it(`synthetic compact ${seed}`, () => {
      const facts = synthCompactFacts(seed, data.missions);
      const meta = readCompactMetadata(textToLayout(renderCompactText(facts)));
      expect(meta.year).toBe(facts.year);
      expect(meta.manager).toEqual(facts.manager);
      expect(meta.counterpart).toEqual(facts.counterpart);
      expect(meta.entity?.name).toBe(facts.department.name);
      expect(meta.challenges).toEqual(facts.challenges);
      expect(meta.signatures.map((s) => [s.name, s.date])).toEqual([
        [facts.manager.name, facts.signedOn],
        [facts.counterpart.name, facts.signedOn],
      ]);
    });
  }
});

describe("title and year", () => {
  const cases: Array<[string, { title: string | null; year: number | null }]> = [
    ["2008 SENIOR MANAGER'S COMPACT\n\nBetween …", { title: "SENIOR MANAGER'S COMPACT", year: 2008 }],
    ["SENIOR MANAGER'S COMPACT FOR 2009\n", { title: "SENIOR MANAGER'S COMPACT", year: 2009 }],
    [
      "Office of Legal Affairs                Senior Manager's Compact 2011\n\n            SENIOR MANAGER'S COMPACT 2011\n",
      { title: "SENIOR MANAGER'S COMPACT", year: 2011 },
    ],
    ["Senior Managers Compact\n\nMy objectives for the year 2010 are:", { title: "Senior Managers Compact", year: 2010 }],
    ["An annual report\n", { title: null, year: null }],
  ];
  for (const [text, want] of cases) {
    it(JSON.stringify(text.slice(0, 40)), () => expect(readTitleAndYear(textToLayout(text).pages[0]!.lines)).toEqual(want));
  }
});

describe("entity acronym from the organizations table", () => {
  it("fills the acronym a compact never prints from the known organizations", async () => {
    const { extract } = await import("../../src/index.js");
    const text = [
      "SENIOR MANAGER'S COMPACT 2011",
      "",
      "Between Ms. Ingrid Larsen, Assistant Secretary-General, Department of Peacekeeping Operations, and the Secretary-General, Mr. Ban Ki-moon",
      "",
      "DEPARTMENT/OFFICE: Department of Peace-keeping Operations",
      "",
      "Objective\tExpected accomplishment\tPerformance measure",
      "To deploy missions rapidly.\tTimely deployment.\t90% of deployments within 90 days.",
    ].join("\n");
    const out = await extract(new TextEncoder().encode(text));
    expect(out.kind).toBe("compact");
    if (out.kind === "compact") expect(out.entity).toEqual({ name: "Department of Peace-keeping Operations", acronym: "DPKO" });
  });
});

describe("entity from the organizations table when no line names it", () => {
  const table = ["", "Objective\tExpected accomplishment\tPerformance measure", "To streamline policies.\tSimpler rules.\t90% of policies reviewed."];
  it("takes the department the manager's title says it heads ('Under-Secretary-General for …')", async () => {
    const { extract } = await import("../../src/index.js");
    const text = ["Kwame Asante Boateng", "Under-Secretary-General for Management Strategy, Policy and Compliance", "2012", "I commit myself to pursuing the results set out below in 2012.", ...table].join("\n");
    const out = await extract(new TextEncoder().encode(text));
    expect(out.kind).toBe("compact");
    if (out.kind === "compact") expect(out.entity).toEqual({ name: "Department of Management Strategy, Policy and Compliance", acronym: "DMSPC" });
  });
  it("takes the organization whose acronym opens the running title ('DSS – Senior Manager’s Compact 2012')", async () => {
    const { extract } = await import("../../src/index.js");
    const text = ["DSS – Senior Manager’s Compact 2012", "", "I, Amara Diallo, will strive to advance the purposes of the Charter.", ...table].join("\n");
    const out = await extract(new TextEncoder().encode(text));
    expect(out.kind).toBe("compact");
    if (out.kind === "compact") expect(out.entity).toEqual({ name: "Department of Safety and Security", acronym: "DSS" });
  });
});

describe("preamble as pdftotext prints it", () => {
  it("ends the counterpart at a line that opens the next sentence without a blank line before it", () => {
    const text = [
      "Between Ms. Ingrid Halvorsen, Under-Secretary-General for Humanitarian Affairs and Emergency Relief Coordinator, and",
      "the Secretary-General, Mr. Ban Ki-moon",
      "The programme objectives of the Office for 2014 are those of the proposed programme budget.",
    ].join("\n");
    expect(readParties(text)).toEqual({
      manager: { name: "Ingrid Halvorsen", title: "Under-Secretary-General for Humanitarian Affairs and Emergency Relief Coordinator" },
      counterpart: { name: "Ban Ki-moon", title: "Secretary-General" },
    });
  });
  it("stops at a labelled field with no blank line before it, and rejoins a line-end hyphen", () => {
    const text = [
      "Between Ms. Jane Holl Lute, Assistant-Secretary-General and Officer-in-",
      "Charge, Department of Field Support, and the Secretary-General, Mr. Ban",
      "Ki-moon",
      "DEPARTMENT/OFFICE: Department of Field Support",
    ].join("\n");
    expect(readParties(text)).toEqual({
      manager: { name: "Jane Holl Lute", title: "Assistant-Secretary-General and Officer-in-Charge, Department of Field Support" },
      counterpart: { name: "Ban Ki-moon", title: "Secretary-General" },
    });
  });
});

describe("the Secretary-General named first, with the Organization in the title", () => {
  it("takes the other party as the manager (the title 'Secretary-General of the United Nations' is the SG's)", () => {
    const text = "This compact is concluded between Ban Ki-moon, Secretary-General of the United Nations, and Mateus Hakimi, Special Adviser to the Secretary-General on Sport for Development and Peace, for the period from 1 January to 31 December 2009.";
    expect(readParties(text)).toEqual({
      manager: { name: "Mateus Hakimi", title: "Special Adviser to the Secretary-General on Sport for Development and Peace" },
      counterpart: { name: "Ban Ki-moon", title: "Secretary-General of the United Nations" },
    });
  });
});
