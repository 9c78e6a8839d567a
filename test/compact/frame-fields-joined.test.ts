/**
 * Frame fields (session 26, h-fields17; corpus17 dev17): signature blocks set side by side with
 * tab stops and read as one run a line, dotted day-first dates under a signature, the other signer
 * of a two-party compact as its counterpart, and the year named by the first page's results.
 */
import { describe, expect, it } from "vitest";
import { textToLayout } from "../../src/extract/text.js";
import { markdownTextToLayout } from "../../src/extract/markdown.js";
import { readCompactMetadata } from "../../src/compact/metadata.js";
import { cellDate, splitTwoDates, splitTwoNames, splitTwoTitles } from "../../src/compact/signatures.js";

const meta = (lines: string[]) => readCompactMetadata(textToLayout(lines.join("\n")));
const RULE = "________________________";
const PREAMBLE = [
  "SENIOR MANAGER’S COMPACT for 2016",
  "Mateus Eze-Okafor, Special Coordinator on Improving the United Nations Response to Sexual",
  "Exploitation and Abuse, will strive to fulfil the goals of the United Nations Charter and the mandates of",
  "the Office of the Special Coordinator on Improving the United Nations Response to Sexual Exploitation",
  "and Abuse. I commit to achieve the objectives detailed below.",
  "",
  "III. Challenges",
  "1. Victims' assistance funding remains voluntary.",
];

describe("tabbed signature blocks read as one run a line", () => {
  const joined = [
    ...PREAMBLE,
    `${RULE} ${RULE}`,
    "Mateus Eze-Okafor Ban Ki-moon",
    "Special Coordinator on Improving the United Nations Response to Sexual Exploitation and Abuse Secretary-General",
    "Date: 3 February 2016 Date: 9 February 2016",
    "",
  ];
  it("parts the names, titles and dates of the two blocks (plain text)", () => {
    const m = meta(joined);
    expect(m.signatures).toEqual([
      { name: "Mateus Eze-Okafor", title: "Special Coordinator on Improving the United Nations Response to Sexual Exploitation and Abuse", date: "2016-02-03" },
      { name: "Ban Ki-moon", title: "Secretary-General", date: "2016-02-09" },
    ]);
    expect(m.counterpart).toEqual({ name: "Ban Ki-moon", title: "Secretary-General" });
    // The challenges end at the block's rules.
    expect(m.challenges).toEqual(["Victims' assistance funding remains voluntary."]);
  });
  it("reads the same from Markdown, paragraphs a blank line apart", () => {
    const md = joined.flatMap((l) => [l.replace(/_/g, "\\_"), ""]);
    const m = readCompactMetadata(markdownTextToLayout(md.join("\n")));
    expect(m.signatures.map((s) => s.date)).toEqual(["2016-02-03", "2016-02-09"]);
    expect(m.counterpart?.name).toBe("Ban Ki-moon");
  });
  it("a names line with more than one cut takes the names the preamble prints", () => {
    const doc = () => "Between Ms. Saoirse Ibekwe, Executive Secretary, and the Secretary-General, Mr. Kofi A. Annan. Saoirse Ibekwe Kofi A. Annan";
    expect(splitTwoNames("Saoirse Ibekwe Kofi A. Annan", doc)).toEqual(["Saoirse Ibekwe", "Kofi A. Annan"]);
    expect(splitTwoNames("Saoirse Ibekwe Kofi A. Annan", () => "no names here")).toBeNull();
    expect(splitTwoNames("Ms. Saoirse Ibekwe Mr. Kofi A. Annan", () => "")).toEqual(["Ms. Saoirse Ibekwe", "Mr. Kofi A. Annan"]);
  });
  it("titles are cut before the last free title start, not inside 'Executive Secretary' or 'of the Secretary-General'", () => {
    expect(splitTwoTitles("Executive Secretary of the Advisory Committee on Administrative and Budgetary Questions Secretary-General")).toEqual([
      "Executive Secretary of the Advisory Committee on Administrative and Budgetary Questions",
      "Secretary-General",
    ]);
    expect(splitTwoTitles("Special Adviser of the Secretary-General on Cyprus")).toEqual(["Special Adviser of the Secretary-General on Cyprus", null]);
  });
  it("two dates part at their labels or where both sides are a date", () => {
    expect(splitTwoDates("Date: April 10, 2006 Date: April 19, 2006")).toEqual(["2006-04-10", "2006-04-19"]);
    expect(splitTwoDates("3 February 2016 9 February 2016")).toEqual(["2016-02-03", "2016-02-09"]);
    expect(splitTwoDates("3 February 2016")).toBeNull();
  });
  it("one rule line and one name make no joined block", () => {
    const m = meta([...PREAMBLE, `${RULE} ${RULE}`, "The Office thanks its partners.", "Date: 3 February 2016 Date: 9 February 2016", ""]);
    expect(m.signatures).toEqual([]);
  });
});

describe("dotted dates under a signature", () => {
  it("'10.04.2014' is 10 April 2014 (day first), in stacked blocks", () => {
    const m = meta([
      ...PREAMBLE.slice(0, 6),
      RULE,
      "Liesel Udeh",
      "Special Adviser of the Secretary-General on Cyprus",
      "10.04.2014",
      RULE,
      "Ban Ki-moon",
      "Secretary-General",
      "12.04.2014",
      "",
    ]);
    expect(m.signatures.map((s) => [s.name, s.title, s.date])).toEqual([
      ["Liesel Udeh", "Special Adviser of the Secretary-General on Cyprus", "2014-04-10"],
      ["Ban Ki-moon", "Secretary-General", "2014-04-12"],
    ]);
  });
  it("a dotted date must be a calendar date; slashes stay refused", () => {
    expect(cellDate("Date: 10.04.2014")).toBe("2014-04-10");
    expect(cellDate("31.02.2014")).toBeNull();
    expect(cellDate("10/04/2014")).toBeNull();
  });
});

describe("the other signer of a two-party compact", () => {
  it("is the counterpart when a wrapped title hides the Secretary-General's", () => {
    // Jolanta Obeng's and António Guterres's blocks side by side, the Secretary-General's title wrapped.
    const signedUnder = (preamble: string[]) =>
      meta([
        ...preamble,
        `${RULE}                              ${RULE}`,
        "Jolanta Obeng                                     António Guterres",
        "Special Coordinator on Improving the United Nations Response to Sexual Exploitation and Abuse       Secretary-",
        "General",
        "Date: 18 January 2022                             Date: 19 January 2022",
        "",
      ]);
    const m = signedUnder(PREAMBLE);
    expect(m.manager?.name).toBe("Mateus Eze-Okafor");
    // The manager's own name is not among the signers here: no counterpart is guessed.
    expect(m.counterpart).toBeNull();
    const own = signedUnder(PREAMBLE.map((l) => l.replace("Mateus Eze-Okafor", "Jolanta Obeng")));
    expect(own.counterpart?.name).toBe("António Guterres");
  });
});

describe("the year the first page's results name", () => {
  it("'delivering the following results in 2018' when no title names the year", () => {
    const m = meta(["Jane Doe, Director, will strive to fulfil the mandates of the Office.", "", "1. I will give special attention to delivering the following results in 2018.", ""]);
    expect(m.year).toBe(2018);
  });
  it("a results table's 'Target (2014)' column", () => {
    const m = meta(["Jane Doe, Director, will strive to fulfil the mandates of the Office.", "", "Expected results        Performance measures        Baseline        Target (2014)", ""]);
    expect(m.year).toBe(2014);
  });
  it("the title's year wins", () => {
    const m = meta(["SENIOR MANAGER’S COMPACT for 2016", "", "1. I will give special attention to delivering the following results in 2018.", ""]);
    expect(m.year).toBe(2016);
  });
});

describe("an entity's name that goes on after 'by'", () => {
  it("'… for Crimes Committed by Da’esh/ISIL' is one name; 'by the …' ends it", () => {
    const m = meta([
      "SENIOR MANAGER’S COMPACT for 2018",
      "Emeka Mwangi, Special Adviser, will strive to fulfil the goals of the United Nations Charter and the",
      "mandates of the United Nations Investigative Team to Promote Accountability for Crimes Committed by",
      "Da’esh/ISIL. I commit to achieve the objectives detailed below.",
      "",
    ]);
    expect(m.entity?.name).toBe("United Nations Investigative Team to Promote Accountability for Crimes Committed by Da’esh/ISIL");
    const sg = meta([
      "SENIOR MANAGER’S COMPACT for 2018",
      "Jane Doe, Director, will strive to fulfil the mandates of the Office of Counter-Terrorism by the",
      "Secretary-General. I commit to achieve the objectives detailed below.",
      "",
    ]);
    expect(sg.entity?.name).toBe("Office of Counter-Terrorism");
  });
});

describe("a page number under a labelled block", () => {
  it("is no part of the last signer's title", () => {
    const m = meta([
      ...PREAMBLE,
      `Signed: ${RULE}`,
      "Name: Mateus Eze-Okafor",
      "Title: Special Coordinator on Improving the United Nations Response to Sexual Exploitation and Abuse",
      "Date: April 12, 2016",
      `Signed: ${RULE}`,
      "Name: Ban Ki-moon",
      "Title: Secretary-General",
      "Date: April 18, 2016",
      "3",
      "",
    ]);
    expect(m.signatures.at(-1)).toEqual({ name: "Ban Ki-moon", title: "Secretary-General", date: "2016-04-18" });
    expect(m.counterpart).toEqual({ name: "Ban Ki-moon", title: "Secretary-General" });
  });
});
