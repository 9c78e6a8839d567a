/**
 * Header and signature fields (session 24, h-fields14; corpus14 dev14 and corpus13 dev13 txt): an
 * Ombudsperson's post title, "Signatures" as a contents entry or a table cell's "signature of …"
 * (no label), an aside in parentheses inside an entity's name, an entity's name begun at the end of
 * the wrapped line above, a typed rule under the Challenges heading, and accents set as combining
 * marks in a person's name.
 */
import { describe, expect, it } from "vitest";
import { textToLayout } from "../../src/extract/text.js";
import { markdownTextToLayout } from "../../src/extract/markdown.js";
import { readCompactMetadata } from "../../src/compact/metadata.js";

const meta = (lines: string[]) => readCompactMetadata(textToLayout(lines.join("\n")));
const RULE = "_____________________________";

describe("an Ombudsperson's post title", () => {
  it("makes a header block, not a person named 'As Ombudsperson'", () => {
    const m = meta([
      "OOMB Compact 2020",
      "",
      "Valentina Zapata",
      "Ombudsperson",
      "Office of the Ombudsperson to the Security Council",
      "2020",
      "As Ombudsperson, I will strive to fulfil the goals of the Charter of the United Nations and deliver the results below in 2020.",
      "",
    ]);
    expect(m.year).toBe(2020);
    expect(m.manager).toEqual({ name: "Valentina Zapata", title: "Ombudsperson" });
    expect(m.entity?.name).toBe("Office of the Ombudsperson to the Security Council");
  });
  it("is a signer's title in a stacked signature block", () => {
    const m = meta(["III. Challenges", "- Few staff.", "", RULE, "Valentina Zapata", "Ombudsperson", "Date: 26 March 2020", "", "", RULE, "António Guterres", "Secretary-General", "Date: 28 March 2020", ""]);
    expect(m.signatures).toEqual([
      { name: "Valentina Zapata", title: "Ombudsperson", date: "2020-03-26" },
      { name: "António Guterres", title: "Secretary-General", date: "2020-03-28" },
    ]);
  });
});

describe("a header block with no blank line under its year", () => {
  it("leaves the block out of the preamble's sentence", () => {
    const m = meta([
      "Jomo Gunawardena",
      "Assistant Secretary-General, Victims' Rights Advocate",
      "2024",
      "Jomo Gunawardena, Assistant Secretary-General, Victims' Rights Advocate, will strive to",
      "fulfil the goals of the Charter of the United Nations and the mandates entrusted to the Office",
      "of the Victims' Rights Advocate.",
      "",
    ]);
    expect(m.manager).toEqual({ name: "Jomo Gunawardena", title: "Assistant Secretary-General, Victims' Rights Advocate" });
    expect(m.year).toBe(2024);
  });
});

describe("words that label no signature", () => {
  const blocks = ["", RULE, "Yusuf Eriksdottir", "Executive Director", "Date: 19 February 2008", "", "", RULE, "Ban Ki-moon", "Secretary-General", "Date: 24 February 2008", ""];
  it("a contents entry 'Signatures ....'", () => {
    const m = meta(["Contents", "A. PROGRAMME OBJECTIVES ......", "Signatures ........................................", "A. PROGRAMME OBJECTIVES", "OBJECTIVE        OUTCOME", "To channel grants   Agreements signed", ...blocks]);
    expect(m.signatures.map((s) => s.date)).toEqual(["2008-02-19", "2008-02-24"]);
  });
  it("a Markdown contents list's item '- Signatures'", () => {
    const rule = "\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_  ";
    const md = [
      "## Contents", "", "- A. PROGRAMME OBJECTIVES", "- Signatures", "", "### A. PROGRAMME OBJECTIVES", "", "In 2008 I will give priority to the following results.", "",
      "| NO. | OBJECTIVE | OUTCOME |", "|---|---|---|", "| (1) | To channel philanthropic grants | a) Partnership agreements signed<br>b) Reports issued |", "",
      rule, "Yusuf Eriksdottir  ", "Executive Director  ", "Date: 19 February 2008", "", rule, "Ban Ki-moon  ", "Secretary-General  ", "Date: 24 February 2008", "",
    ];
    expect(readCompactMetadata(markdownTextToLayout(md.join("\n"))).signatures.map((s) => s.date)).toEqual(["2008-02-19", "2008-02-24"]);
  });
  it("a table cell's line that opens with the word 'signature'", () => {
    const m = meta(["A. PROGRAMME OBJECTIVES", "To shorten the time     Days from request to", "from request to          signature of its", "signature of its         agreement: 12", "agreement", ...blocks]);
    expect(m.signatures.map((s) => s.date)).toEqual(["2008-02-19", "2008-02-24"]);
  });
  it("while 'Signature:' still labels a block", () => {
    const m = meta(["Signature: ____________________", "Yusuf Eriksdottir, Executive Director", "Date: 19 February 2008", ""]);
    expect(m.signatures).toEqual([{ name: "Yusuf Eriksdottir", title: "Executive Director", date: "2008-02-19" }]);
  });
});

describe("an entity's name", () => {
  const preamble = (office: string) => [
    "Senior Manager's Compact 2016",
    "",
    `I, Søren Petrosyan, undertake to carry out the mandates entrusted to the ${office} and to achieve, in 2016, the results set out in this compact with the Secretary-General.`,
    "",
  ];
  it("keeps a capitalised aside in parentheses when the name goes on after it", () => {
    expect(meta(preamble("Office of the Ombudsperson to the Security Council ISIL (Da’esh) and Al-Qaida Sanctions Committee")).entity?.name).toBe(
      "Office of the Ombudsperson to the Security Council ISIL (Da’esh) and Al-Qaida Sanctions Committee",
    );
  });
  it("leaves out an acronym in parentheses after the name", () => {
    expect(meta(preamble("Office of Legal Affairs (OLA)")).entity?.name).toBe("Office of Legal Affairs");
  });
  it("labelled, without the acronym in parentheses after it", () => {
    const m = meta(["2009 SENIOR MANAGER’S COMPACT", "Between Mr. Sékou Petrescu, Special Representative of the Secretary-General for West Africa, and the Secretary-General, Mr. Ban Ki-moon", "DEPARTMENT/OFFICE: United Nations Office for West Africa (UNOWA)", ""]);
    expect(m.entity).toEqual({ name: "United Nations Office for West Africa", acronym: "UNOWA" });
  });
  it("begun at the end of the wrapped line above ('…, United Nations' / 'Office on Sport …')", () => {
    const m = meta([
      "Senior Manager’s Compact 2014",
      "",
      "Valentina Yamamoto",
      "",
      "Special Adviser to the Secretary-General on Sport for Development and Peace, United Nations",
      "Office on Sport for Development and Peace",
      "",
      "The programme of work of the Office is described in the proposed programme budget.",
      "",
    ]);
    expect(m.entity?.name).toBe("United Nations Office on Sport for Development and Peace");
  });
  it("but not joined to a subtitle that ends on a whole name", () => {
    for (const [above, entity] of [
      ["between the Secretary-General and the Under-Secretary-General and Executive Director of the United Nations Human Settlements Programme", "United Nations Human Settlements Programme"],
      ["United Nations Legal Counsel", "Office of Legal Affairs"],
    ]) {
      const m = meta(["Senior Manager’s Compact 2014", above!, entity!, "", "I. Introduction", ""]);
      expect(m.entity?.name).toBe(entity);
    }
  });
});

describe("the challenges of a typed copy", () => {
  it("skip the heading's typed underline", () => {
    const m = meta(["2. CHALLENGES AND RISKS", "-----------------------", "", "- Matching funds depend on a few foundations.", "- Reporting remains uneven.", ""]);
    expect(m.challenges).toEqual(["Matching funds depend on a few foundations.", "Reporting remains uneven."]);
  });
});

describe("a name whose accent is a combining mark", () => {
  it("is the Secretary-General's signature block", () => {
    const m = meta(["C. CHALLENGES", "    Few staff.", "", "", "Birgitta Eriksdottir", "Secretary-General’s Envoy on Youth", "Date: 11 February 2023", "", "", "Anto\u0301nio Guterres", "Secretary-General", "Date: 14 February 2023", ""]);
    expect(m.signatures.map((s) => [s.name?.normalize("NFC"), s.date])).toEqual([
      ["Birgitta Eriksdottir", "2023-02-11"],
      ["António Guterres", "2023-02-14"],
    ]);
  });
});
