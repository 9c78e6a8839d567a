/**
 * Frame fields (session 25, h-fields15; corpus16 dev16): a form's labelled signature blocks
 * ("Signed: ____" / "Name: …" / "Title: …" / "Date: …"), the 2017–24 first-person preamble's
 * "… to achieve the objectives of <entity> set out below", a tribunal's registry named after
 * "the mandates of the", and "Secretary-General" whose hyphen a text layer dropped at a line break.
 */
import { describe, expect, it } from "vitest";
import { textToLayout } from "../../src/extract/text.js";
import { markdownTextToLayout } from "../../src/extract/markdown.js";
import { readCompactMetadata } from "../../src/compact/metadata.js";

const meta = (lines: string[]) => readCompactMetadata(textToLayout(lines.join("\n")));
const RULE = "________________________";

describe("a form's labelled signature blocks", () => {
  const form = (gap: string[]) => [
    "C. CHALLENGES",
    "(a) Regional organizations have limited resources for mediation.",
    `Signed: ${RULE}`,
    ...gap,
    "Name: Abena Sall",
    ...gap,
    "Title: Special Representative of the Secretary-General for West Africa",
    ...gap,
    "Date: April 11, 2007",
    ...gap,
    `Signed: ${RULE}`,
    ...gap,
    "Name: Ban Ki-moon",
    ...gap,
    "Title: Secretary-General",
    ...gap,
    "Date: April 19, 2007",
    "",
  ];
  const signatures = [
    { name: "Abena Sall", title: "Special Representative of the Secretary-General for West Africa", date: "2007-04-11" },
    { name: "Ban Ki-moon", title: "Secretary-General", date: "2007-04-19" },
  ];
  it("'Signed: ____' opens a block; 'Name:' and 'Title:' are its signer's name and title", () => {
    const m = meta(form([]));
    expect(m.signatures).toEqual(signatures);
    expect(m.challenges).toHaveLength(1);
  });
  it("with a blank line between the fields (a PDF's spaced paragraphs)", () => {
    expect(meta(form([""])).signatures).toEqual(signatures);
  });
  it("in Markdown, the rule's underscores escaped and each field a hard break", () => {
    const md = form([])
      .map((l) => l.replace(RULE, "\\_".repeat(24)))
      .map((l) => (/^(Signed|Name|Title):/.test(l) ? `${l}  ` : l))
      .join("\n");
    expect(readCompactMetadata(markdownTextToLayout(md)).signatures).toEqual(signatures);
  });
  it("give the manager and the counterpart when the preamble names neither", () => {
    const m = meta(["2007 SENIOR MANAGER'S COMPACT", "", "The programme of work is set out in the proposed programme budget.", "", ...form([])]);
    expect(m.manager).toEqual({ name: "Abena Sall", title: "Special Representative of the Secretary-General for West Africa" });
    expect(m.counterpart?.name).toBe("Ban Ki-moon");
  });
  it("but 'Signed at New York' in a sentence labels nothing", () => {
    expect(meta(["C. CHALLENGES", "(a) Few staff.", "Signed at New York on 3 May 2007 by the parties.", ""]).signatures).toEqual([]);
  });
});

describe("the entity in a first-person preamble", () => {
  const header = ["Bjørn Ekström", "Special Representative of the Secretary-General for West Africa and the Sahel", "2024"];
  it("'… to achieve the objectives of <entity> set out below'", () => {
    const m = meta([
      ...header,
      "I commit myself to using the authorities delegated to me by the Secretary-General to achieve the",
      "objectives of the United Nations Office for West Africa and the Sahel set out below, in line with the",
      "Charter of the United Nations.",
      "",
    ]);
    expect(m.entity?.name).toBe("United Nations Office for West Africa and the Sahel");
  });
  it("an office's name wrapped over two lines", () => {
    const m = meta([
      "Nikolai Nakashima",
      "Special Envoy of the Secretary-General for the Great Lakes Region",
      "2024",
      "I commit myself to using the authorities delegated to me by the Secretary-General to achieve the objectives of the Office of the Special Envoy of",
      "the Secretary-General for the Great Lakes Region set out below, in line with the Charter of the United Nations.",
      "",
    ]);
    expect(m.entity?.name).toBe("Office of the Special Envoy of the Secretary-General for the Great Lakes Region");
  });
  it("a tribunal's registry after 'the mandates of the', not 'the United Nations Charter'", () => {
    const m = meta([
      "SENIOR MANAGER'S COMPACT for 2017",
      "",
      "Bjørn Ekström, Registrar of the International Residual Mechanism for Criminal Tribunals, will strive to fulfil the goals of the United Nations",
      "Charter and the mandates of the Registry of the International Residual Mechanism for Criminal Tribunals. I commit to achieve the objectives",
      "detailed below, within the resources provided by the General Assembly.",
      "",
    ]);
    expect(m.entity?.name).toBe("Registry of the International Residual Mechanism for Criminal Tribunals");
  });
});

describe("'Secretary-General' whose hyphen was dropped at a line break", () => {
  it("still names the counterpart of a 'Between …' sentence ('SecretaryGeneral')", () => {
    const m = meta([
      "2007 SENIOR MANAGER’S COMPACT",
      "Between Ms. Priya Lindqvist, Special Representative of the Secretary-General for West Africa, and the SecretaryGeneral, Mr. Ban Ki-moon",
      "DEPARTMENT/OFFICE: United Nations Office for West Africa (UNOWA)",
      "",
    ]);
    expect(m.manager).toEqual({ name: "Priya Lindqvist", title: "Special Representative of the Secretary-General for West Africa" });
    expect(m.counterpart).toEqual({ name: "Ban Ki-moon", title: "Secretary-General" });
  });
});
