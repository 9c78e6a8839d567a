/**
 * Entity fields (session 27, h-fields18; corpus18 dev18, corpora 2, 4, 5): a labelled value's
 * mixed-case acronym, a labelled value wrapped onto a hanging line, a name that goes on after a
 * participle and "by the", and a bare kind word ("the Department") that names no entity.
 */
import { describe, expect, it } from "vitest";
import { textToLayout } from "../../src/extract/text.js";
import { markdownTextToLayout } from "../../src/extract/markdown.js";
import { findAcronym, readCompactMetadata } from "../../src/compact/metadata.js";

const meta = (lines: string[]) => readCompactMetadata(textToLayout(lines.join("\n")));
const BETWEEN = "Between Ms. Amina Diallo, Special Adviser of the Secretary-General on Myanmar, and the Secretary-General, Mr. Ban Ki-moon";
const BUDGET = "The programme of work is set out in the proposed programme budget (A/62/6 (Sect. 3)).";

describe("a labelled entity's acronym with lower-case letters", () => {
  it("'(OSA-Myanmar)' and '(UNRoD)' end the value and are no part of the name", () => {
    const md = (value: string) =>
      readCompactMetadata(markdownTextToLayout(["# 2009 SENIOR MANAGER’S COMPACT", "", BETWEEN, "", `**DEPARTMENT/OFFICE:** ${value}`, "", BUDGET, ""].join("\n")));
    expect(md("Office of the Special Adviser of the Secretary-General on Myanmar (OSA-Myanmar)").entity).toEqual({
      name: "Office of the Special Adviser of the Secretary-General on Myanmar",
      acronym: "OSA-Myanmar",
    });
    expect(md("United Nations Register of Damage (UNRoD)").entity).toEqual({ name: "United Nations Register of Damage", acronym: "UNRoD" });
  });
  it("a word in parentheses with one capital is no acronym: '(Geneva)' stays", () => {
    const m = meta(["2009 SENIOR MANAGER’S COMPACT", BETWEEN, "DEPARTMENT/OFFICE: United Nations Office (Geneva)", BUDGET]);
    expect(m.entity?.name).toBe("United Nations Office (Geneva)");
  });
  it("findAcronym reads a defined mixed-case acronym", () => {
    expect(findAcronym("United Nations Register of Damage", "… the United Nations Register of Damage (UNRoD) records …")).toBe("UNRoD");
  });
});

describe("a labelled value wrapped onto a hanging line", () => {
  const PAD = " ".repeat(31);
  const head = ["                   2006 SENIOR MANAGER’S COMPACT", BETWEEN];
  it("joins a line that starts at the value's own left edge, however many words, and drops its acronym", () => {
    const m = meta([...head, `DEPARTMENT/OFFICE:             Office of the United Nations Special Coordinator for the Middle`, `${PAD}East Peace Process (UNSCO)`, BUDGET]);
    expect(m.entity).toEqual({ name: "Office of the United Nations Special Coordinator for the Middle East Peace Process", acronym: "UNSCO" });
  });
  it("does not join a paragraph at the margin under the value", () => {
    const m = meta([...head, `DEPARTMENT/OFFICE:             Office of Legal Affairs`, "Pursuant To The Charter Of The United Nations", BUDGET]);
    expect(m.entity?.name).toBe("Office of Legal Affairs");
  });
  it("a value that ends on its acronym is whole: a short capitalised line under it is not joined", () => {
    const m = meta([...head, "DEPARTMENT/OFFICE: Office of Legal Affairs (OLA)", "Mr. Tom Smith", BUDGET]);
    expect(m.entity?.name).toBe("Office of Legal Affairs");
  });
});

describe("names in the preamble", () => {
  const pre = (sentence: string) => meta(["SENIOR MANAGER’S COMPACT for 2016", sentence, "", "I. Programme objectives"]);
  it("'Caused by the Construction' goes on with the name (a capitalised participle before 'by the')", () => {
    const m = pre(
      "Amina Diallo, Executive Director of the Register, will strive to fulfil the goals of the United Nations Charter and the mandates of the United Nations Register of Damage Caused by the Construction of the Wall in the Occupied Palestinian Territory. I commit to achieve the objectives detailed below.",
    );
    expect(m.entity?.name).toBe("United Nations Register of Damage Caused by the Construction of the Wall in the Occupied Palestinian Territory");
  });
  it("'… Political Affairs by the General Assembly' ends at the noun", () => {
    const m = pre("Amina Diallo, Head of Office, will fulfil the mandates entrusted to the Department of Political Affairs by the General Assembly. I commit to achieve the objectives.");
    expect(m.entity?.name).toBe("Department of Political Affairs");
  });
  it("a bare kind word ('the Department for 2022') names no entity", () => {
    const m = readCompactMetadata(
      markdownTextToLayout(
        [
          "**Tendai Mupfumira**",
          "",
          "Under-Secretary-General for Operational Support",
          "",
          "2022",
          "",
          "I commit myself to using the authorities delegated to me by the Secretary-General, and to achieving the results set out in this document.",
          "",
          "The programme objectives of the Department for 2022 are those of the proposed programme budget (A/76/6 (Sect. 23)).",
          "",
        ].join("\n"),
      ),
    );
    expect(m.entity).toBeNull();
  });
});
