/**
 * Session 20 (h-fields4, corpus12 dev12): "Signature:"-labelled blocks side by side, and blocks whose
 * lines a paragraph's gap parts (ReportLab, LibreOffice's spaced cell paragraphs).
 */
import { describe, expect, it } from "vitest";
import { textToLayout } from "../../src/extract/text.js";
import { readChallenges, readCompactMetadata, readSignatures, readTitleAndYear } from "../../src/compact/metadata.js";
import { findHeaderBlock } from "../../src/compact/frame.js";
import { findSignatureBlocks } from "../../src/compact/signatures.js";
import { rowsLayout } from "../support/pdf-lines.js";

const lines = (layout: ReturnType<typeof textToLayout>) => layout.pages.flatMap((p) => p.lines);

describe("labelled signature blocks side by side", () => {
  // pdftotext -layout of a borderless two-cell table (d12-001 txt, LibreOffice's print of python-docx).
  const sideBySide = [
    "C. CHALLENGES",
    "",
    "•   Travel restrictions have limited the presence of staff in the field.",
    "•   Security conditions in several duty stations remain volatile.",
    "Signature: ____________________                               Signature: ____________________",
    "",
    "Noor Ivanova                                                  António Guterres",
    "",
    "Under-Secretary-General for Political Affairs                 Secretary-General",
    "",
    "Department of Political Affairs                               Date: 11 January 2017",
    "",
    "Date: 10 January 2017",
    "",
  ].join("\n");

  it("reads each column as a block of its own", () => {
    expect(readSignatures(lines(textToLayout(sideBySide)))).toEqual([
      { name: "Noor Ivanova", title: "Under-Secretary-General for Political Affairs, Department of Political Affairs", date: "2017-01-10" },
      { name: "António Guterres", title: "Secretary-General", date: "2017-01-11" },
    ]);
  });

  it("gives the manager and the counterpart from the two columns when the preamble names neither", () => {
    const meta = readCompactMetadata(textToLayout(`Senior Manager's Compact 2017\n\n${sideBySide}`));
    expect(meta.manager).toEqual({ name: "Noor Ivanova", title: "Under-Secretary-General for Political Affairs" });
    expect(meta.counterpart).toEqual({ name: "António Guterres", title: "Secretary-General" });
    expect(meta.signatures.map((s) => s.date)).toEqual(["2017-01-10", "2017-01-11"]);
  });

  it("ends the challenges at a line of two labels", () => {
    expect(readChallenges(lines(textToLayout(sideBySide)))).toEqual([
      "Travel restrictions have limited the presence of staff in the field.",
      "Security conditions in several duty stations remain volatile.",
    ]);
  });

  it("takes a column whose label pdftotext set right of the lines under it (d12-011 txt)", () => {
    const text = [
      "Signature: ____________________                                  Signature: ____________________",
      "",
      "Rashid Haddad                                               Kofi A. Annan",
      "",
      "Under-Secretary-General for Political Affairs               Secretary-General",
      "",
      "Department of Political Affairs                             Date: 27 February 2006",
      "",
      "Date: 26 February 2006",
    ].join("\n");
    expect(readSignatures(lines(textToLayout(text))).map((s) => [s.name, s.date])).toEqual([
      ["Rashid Haddad", "2006-02-26"],
      ["Kofi A. Annan", "2006-02-27"],
    ]);
  });

  it("keeps one block whose first line holds one label beside other cells", () => {
    const text = "Signature:\t\nName and title:\tDate: 4 February 2008\nJane Holl Lute, Assistant-Secretary-General\n";
    expect(readSignatures(lines(textToLayout(text)))).toEqual([{ name: "Jane Holl Lute", title: "Assistant-Secretary-General", date: "2008-02-04" }]);
  });
});

describe("labelled signature blocks whose lines a paragraph's gap parts", () => {
  // ReportLab's print (d12-002 rl.pdf): each line a paragraph of its own, a blank layout line between.
  const layout = rowsLayout([
    [292.6, [[66, "Signature: ____________________"]]],
    [301.6, []],
    [310.5, [[66, "Kwame Osei"]]],
    [319.4, []],
    [328.4, [[66, "Under-Secretary-General for Operational Support"]]],
    [337.3, []],
    [346.3, [[66, "Department of Operational Support"]]],
    [355.2, []],
    [364.1, [[66, "Date: 11 February 2023"]]],
    [378.1, []],
    [392.0, [[66, "Signature: ____________________"]]],
    [400.9, []],
    [409.9, [[66, "António Guterres"]]],
    [418.8, []],
    [427.8, [[66, "Secretary-General"]]],
    [436.7, []],
    [445.7, [[66, "Date: 12 February 2023"]]],
  ]);

  it("joins the title and the entity's line to the name", () => {
    expect(readSignatures(layout.pages[0]!.lines)).toEqual([
      { name: "Kwame Osei", title: "Under-Secretary-General for Operational Support, Department of Operational Support", date: "2023-02-11" },
      { name: "António Guterres", title: "Secretary-General", date: "2023-02-12" },
    ]);
  });

  it("joins no line that is neither a title under a name alone nor an entity under a title", () => {
    const loose = rowsLayout([
      [100, [[66, "Signature: ____________________"]]],
      [110, []],
      [120, [[66, "Kwame Osei"]]],
      [130, []],
      [140, [[66, "Annual review of the compact"]]],
      [150, []],
      [160, [[66, "Date: 11 February 2023"]]],
    ]);
    expect(readSignatures(loose.pages[0]!.lines)).toEqual([{ name: "Kwame Osei", title: null, date: "2023-02-11" }]);
  });
});

describe("a 'Part N.' challenges heading (corpus11 dev11)", () => {
  it("reads the challenges under 'Part 3. Challenges' up to the signature line", () => {
    const text = [
      "Part 2. Managerial objectives",
      "",
      "Part 3. Challenges",
      "– Protracted crises require a different model of planning and financing.",
      "– Humanitarian needs continue to grow faster than the funding received.",
      "",
      "Signed: ____________________",
      "Beatriz Ferreira",
    ].join("\n");
    expect(readChallenges(lines(textToLayout(text)))).toEqual([
      "Protracted crises require a different model of planning and financing.",
      "Humanitarian needs continue to grow faster than the funding received.",
    ]);
  });

  it("ends them at the next 'Part N.' heading", () => {
    const text = "Part 3. Challenges\nLiquidity constraints remain.\nPart 4. Annex\nField presences listed below.\n";
    expect(readChallenges(lines(textToLayout(text)))).toEqual(["Liquidity constraints remain."]);
  });

  it("takes no sentence that opens with the word 'Part' for the heading", () => {
    const text = "Part of the challenges lie in the funding.\n\nThe Office plans ahead.\n";
    expect(readChallenges(lines(textToLayout(text)))).toEqual([]);
  });

  it("ends unmarked challenges at a line of two 'Signed:' labels (d11-022)", () => {
    const text = [
      "SECTION 2 : CHALLENGES",
      "Keeping the data portals current when national releases are irregular.",
      "Securing predictable extrabudgetary resources for capacity-development projects.",
      "",
      "Signed: ____________________                                           Signed: ____________________",
      "Marta Fraser                                                           Ban Ki-moon",
    ].join("\n");
    expect(readChallenges(lines(textToLayout(text)))).toHaveLength(2);
  });
});

describe("corpus11 dev11 header fields", () => {
  it("reads the header block as the column of the name's cell beside another block (d11-004)", () => {
    // WeasyPrint: the name, title and year ranged right, the entity and the period on the right.
    const layout = rowsLayout([
      [72.7, [[254, "Zainab Asante"], [338, "United Nations Environment"]]],
      [85.5, [[73, "Executive Director of the United Nations Environment"], [338, "Programme"]]],
      [98.4, [[266, "Programme"], [338, "1 January – 31 December 2022"]]],
      [111.2, [[298, "2022"]]],
    ]);
    expect(findHeaderBlock(layout.pages[0]!.lines)).toMatchObject({ name: "Zainab Asante", title: "Executive Director of the United Nations Environment Programme", year: 2022 });
  });

  it("takes no entity line for the name with the real name in its title (d11-004 md)", () => {
    const text = "United Nations Environment Programme\n1 January – 31 December 2022\n\nZainab Asante\n\nExecutive Director of the United Nations Environment Programme\n\n2022\n";
    expect(findHeaderBlock(lines(textToLayout(text)))).toMatchObject({ name: "Zainab Asante", title: "Executive Director of the United Nations Environment Programme", year: 2022 });
  });

  it("reads the year from the period when the title wraps beside another column (d11-017)", () => {
    const text = [
      "        2006 SENIOR MANAGER’S                               Department of Economic and Social Af-",
      "               COMPACT                                      fairs",
      "                                                            1 January – 31 December 2006",
      "Between Ms. Zainab Yilmaz, Under-Secretary-General",
    ].join("\n");
    expect(readTitleAndYear(lines(textToLayout(text))).year).toBe(2006);
  });

  it("joins a title's hyphenated wrap into one word (d11-005)", () => {
    const text = [
      "Signed: ____________________              Signed: ____________________",
      "Beatriz Quintero                          António Guterres",
      "Under-Secretary-General for Political     Secretary-General",
      "and Peacebuilding Affairs                 Date: 14 February 2019",
      "Department of Political and Peacebuild-",
      "ing Affairs",
      "Date: 11 February 2019",
    ].join("\n");
    const blocks = findSignatureBlocks(lines(textToLayout(text)));
    expect(blocks.flatMap((b) => b.signatures.map((s) => s.title))).toEqual([
      "Under-Secretary-General for Political and Peacebuilding Affairs, Department of Political and Peacebuilding Affairs",
      "Secretary-General",
    ]);
  });
});
