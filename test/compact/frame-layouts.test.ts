/**
 * The compact's header fields on layouts other than the 2008 seed: preambles, side-by-side and
 * stacked signature blocks, challenges that end at the signatures (issue 11).
 */
import { describe, expect, it } from "vitest";
import { textToLayout } from "../../src/extract/text.js";
import { readCompactMetadata, readParties, readAccountableTo, headText, readEntityName, readChallenges, columnsInOrder } from "../../src/compact/metadata.js";
import { findSignatureBlocks, splitAtTitleStart } from "../../src/compact/signatures.js";
import type { Layout } from "../../src/model/layout.js";
import { rowsLayout } from "../support/pdf-lines.js";

/** A PDF-like layout: each row is [y, [x, text]…]; rows with no cells are blank lines. */
const pdfLayout = (rows: Array<[number, Array<[number, string]>]>): Layout => rowsLayout(rows);

describe("preambles", () => {
  it("skips a subtitle 'between the Secretary-General and the …' that names nobody", () => {
    const text =
      "Senior Manager's Compact 2015\nbetween the Secretary-General and the Executive Director of the United Nations Office on\nDrugs and Crime\n\n" +
      "This compact is concluded between the Secretary-General, Mr. Ban Ki-moon, and Mr. Viktor\nHallström, Executive Director of the United Nations Office on Drugs and Crime, for the period\nfrom 1 January to 31 December 2015.\n";
    const { manager, counterpart } = readParties(text);
    expect(manager).toEqual({ name: "Viktor Hallström", title: "Executive Director of the United Nations Office on Drugs and Crime" });
    expect(counterpart).toEqual({ name: "Ban Ki-moon", title: "Secretary-General" });
  });
  it("drops a footnote mark after the last party (a set-apart superscript, a Markdown reference)", () => {
    for (const mark of [" 1", "[^1]"]) {
      const { counterpart } = readParties(`Between Ms. Margarethe Lindqvist, Under-Secretary-General for Peacekeeping Operations, and the Secretary-General, Mr. Kofi A. Annan${mark}`);
      expect(counterpart?.name).toBe("Kofi A. Annan");
    }
  });
  it("drops a footnote call glued to the last party's name when a new sentence follows on the next line (corpus5 g2-006)", () => {
    const { manager, counterpart } = readParties(
      "Between Mr. Pádraig O’Donnell, Under-Secretary-General for General\nAssembly and Conference Management, and the Secretary-General,\nMr. Ban Ki-moon1\nThe programme objectives of the Department for 2011 are those of\nthe proposed programme budget.",
    );
    expect(manager).toEqual({ name: "Pádraig O’Donnell", title: "Under-Secretary-General for General Assembly and Conference Management" });
    expect(counterpart).toEqual({ name: "Ban Ki-moon", title: "Secretary-General" });
  });
  it("reads a manager without honorific whose name wraps between its words", () => {
    const { manager, counterpart } = readParties(
      "This compact is concluded between the Secretary-General, Ban Ki-moon, and Farida\nOkonkwo-Bell, Under-Secretary-General for Internal Oversight Services, for the period from\n1 January to 31 December 2011.",
    );
    expect(manager).toEqual({ name: "Farida Okonkwo-Bell", title: "Under-Secretary-General for Internal Oversight Services" });
    expect(counterpart).toEqual({ name: "Ban Ki-moon", title: "Secretary-General" });
  });
  it("reads the Secretary-General a first-person preamble is accountable to", () => {
    const text = "Rafael Quintanilla, Under-Secretary-General for Peacekeeping Operations, will\nstrive to fulfil the goals … and will be accountable to the Secretary‑General, Ban Ki-moon, for the\nobjectives set out below.";
    expect(readAccountableTo(text)).toEqual({ name: "Ban Ki-moon", title: "Secretary-General" });
    expect(readAccountableTo("and will be accountable to the Management Performance Board")).toBeNull();
  });
  it("starts the first-person preamble after the title line, not with it", () => {
    const meta = readCompactMetadata(
      textToLayout("SENIOR MANAGER'S COMPACT for 2015\nMehmet Yıldırım, Under-Secretary-General for Political Affairs, will strive to fulfil the goals of the\nUnited Nations Charter, and will be accountable to the Secretary-General, Ban Ki-moon, for the\nobjectives set out below.\n"),
    );
    expect(meta.manager).toEqual({ name: "Mehmet Yıldırım", title: "Under-Secretary-General for Political Affairs" });
    expect(meta.counterpart?.name).toBe("Ban Ki-moon");
  });
  it("reads a PDF's loosely spaced lines as one paragraph, a wide gap as a break", () => {
    const layout = pdfLayout([
      [103, [[193, "SENIOR MANAGER'S COMPACT"]]],
      [124, [[283, "2007"]]],
      [143, [[90, "Between Mr. Oluwaseun Adebayo-Clarke, Executive Secretary of the Economic"]]],
      [149, []],
      [155, [[90, "Commission for Latin America and the Caribbean, and the Secretary-General, Mr. Ban"]]],
      [161, []],
      [167, [[90, "Ki-moon"]]],
      [173, []],
      [199, [[90, "A. PROGRAMME OBJECTIVES AND PERFORMANCE MEASURES"]]],
      [211, [[90, "The programme objectives of the Commission for 2007 are those of the"]]],
    ]);
    const head = headText(layout.pages[0]!.lines, "pdf");
    expect(head).toContain("Mr. Ban\nKi-moon\n\nA. PROGRAMME");
    const meta = readCompactMetadata(layout);
    expect(meta.manager?.name).toBe("Oluwaseun Adebayo-Clarke");
    expect(meta.counterpart?.name).toBe("Ban Ki-moon");
  });
});

describe("signature blocks", () => {
  it("splits side-by-side blocks into their columns (PDF: a typed rule, names, titles, dates at different heights)", () => {
    const layout = pdfLayout([
      [386, [[90, "III. CHALLENGES"]]],
      [405, [[90, "-"], [108, "Security conditions in several duty stations restrict programme delivery."]]],
      [452, [[90, "______________________________"], [306, "______________________________"]]],
      [468, [[90, "Rafael Quintanilla"], [306, "Ban Ki-moon"]]],
      [481, [[90, "Under-Secretary-General for"], [306, "Secretary-General"]]],
      [494, [[90, "Peacekeeping Operations"]]],
      [500, [[306, "19 January 2012"]]],
      [507, [[90, "Department of Peacekeeping"]]],
      [519, [[90, "Operations"]]],
      [538, [[90, "15 January 2012"]]],
      [560, [[285, "Annex"]]],
      [580, [[136, "1. UNTSO – United Nations Truce Supervision Organization"]]],
    ]);
    const meta = readCompactMetadata(layout);
    expect(meta.signatures).toEqual([
      { name: "Rafael Quintanilla", title: "Under-Secretary-General for Peacekeeping Operations, Department of Peacekeeping Operations", date: "2012-01-15" },
      { name: "Ban Ki-moon", title: "Secretary-General", date: "2012-01-19" },
    ]);
    expect(meta.challenges).toEqual(["Security conditions in several duty stations restrict programme delivery."]);
  });
  it("reads side-by-side blocks in plain text with 'Date:' labels and no rule", () => {
    const text = [
      "SECTION 2 : CHALLENGES",
      "     • Liquidity constraints have delayed the filling of several posts.",
      "Pádraig Ó Briain                                              António Guterres",
      "Under-Secretary-General for Humanitarian Affairs              Secretary-General",
      "and Emergency Relief Coordinator                              Date: 9 February 2020",
      "Date: 12 January 2020",
    ].join("\n");
    const meta = readCompactMetadata(textToLayout(text));
    expect(meta.signatures.map((s) => [s.name, s.date])).toEqual([["Pádraig Ó Briain", "2020-01-12"], ["António Guterres", "2020-02-09"]]);
    expect(meta.signatures[0]!.title).toBe("Under-Secretary-General for Humanitarian Affairs and Emergency Relief Coordinator");
    expect(meta.challenges).toEqual(["Liquidity constraints have delayed the filling of several posts."]);
  });
  it("reads stacked blocks, the second date after a page break", () => {
    const text = [
      "______________________________",
      "Kwabena Owusu-Ansah",
      "Executive Director of the United Nations Human Settlements Programme",
      "17 February 2010",
      "",
      "",
      "______________________________",
      "Ban Ki-moon",
      "Secretary-General",
      "",
      "                                           Page 2 of 3",
      "",
      "26 February 2010",
    ].join("\n");
    const blocks = findSignatureBlocks(textToLayout(text).pages.flatMap((p) => p.lines));
    expect(blocks.map((b) => b.at)).toEqual([0, 6]);
    expect(blocks.flatMap((b) => b.signatures).map((s) => [s.name, s.title, s.date])).toEqual([
      ["Kwabena Owusu-Ansah", "Executive Director of the United Nations Human Settlements Programme", "2010-02-17"],
      ["Ban Ki-moon", "Secretary-General", "2010-02-26"],
    ]);
  });
  it("reads a block whose title opens with 'United Nations' before its role word (corpus5 g2-009)", () => {
    const text = [
      "______________________________",
      "Ingrid Halvorsen",
      "United Nations High Commissioner for Human Rights",
      "Office of the United Nations High Commissioner for Human Rights",
      "10 April 2014",
      "",
      "______________________________",
      "Ban Ki-moon",
      "Secretary-General",
      "11 April 2014",
    ].join("\n");
    const blocks = findSignatureBlocks(textToLayout(text).pages.flatMap((p) => p.lines));
    expect(blocks.flatMap((b) => b.signatures).map((s) => [s.name, s.title, s.date])).toEqual([
      ["Ingrid Halvorsen", "United Nations High Commissioner for Human Rights, Office of the United Nations High Commissioner for Human Rights", "2014-04-10"],
      ["Ban Ki-moon", "Secretary-General", "2014-04-11"],
    ]);
  });
  it("takes the entity from a signature block's line of its own naming an office by its last word (2019 template)", () => {
    const text = [
      "Oumar Halvorsen",
      "Assistant Secretary-General for Development Coordination",
      "2019",
      "",
      "SECTION 2 : CHALLENGES",
      "Country teams vary widely in size.",
      "",
      "______________________________",
      "Oumar Halvorsen",
      "Assistant Secretary-General for Development Coordination",
      "Development Coordination Office",
      "Date: 12 February 2019",
      "",
      "______________________________",
      "António Guterres",
      "Secretary-General",
      "Date: 12 February 2019",
    ].join("\n");
    const meta = readCompactMetadata(textToLayout(text));
    expect(meta.signatures[0]!.title).toBe("Assistant Secretary-General for Development Coordination, Development Coordination Office");
    expect(meta.entity?.name).toBe("Development Coordination Office");
    // A title's wrapped tail is no office line: one word before "Office" joins the title.
    const wrapped = text.replace("Development Coordination\nDevelopment Coordination Office", "Development Coordination and Peacebuilding\nSupport Office");
    expect(readCompactMetadata(textToLayout(wrapped)).signatures[0]!.title).toBe("Assistant Secretary-General for Development Coordination and Peacebuilding Support Office");
  });
  it("takes no header block (name, title, year) for a signature", () => {
    const lines = textToLayout("Élodie Marchand\nExecutive Secretary of the Economic and Social Commission for Asia and the Pacific\n2020\n").pages[0]!.lines;
    expect(findSignatureBlocks(lines)).toEqual([]);
  });
});

describe("preambles in plain text", () => {
  it("ends the 'Between …' sentence at a mixed-case label on the next line", () => {
    const { manager, counterpart } = readParties(
      "Senior Manager’s Compact 2013\nbetween the Secretary-General and the Under-Secretary-General for Safety and Security\nBetween Ms. Beatriz Carvalho Nunes, Under-Secretary-General for Safety and Security, and the\nSecretary-General, Mr. Ban Ki-moon\nDepartment/Office: Department of Safety and Security\nThe programme objectives of the Department for 2013 are those of the proposed programme\n",
    );
    expect(manager?.name).toBe("Beatriz Carvalho Nunes");
    expect(counterpart?.name).toBe("Ban Ki-moon");
  });
  it("starts a first-person party at its own line under a subtitle with no full stop", () => {
    const meta = readCompactMetadata(
      textToLayout("Senior Manager's Compact 2014\n    between the Secretary-General and the Under-Secretary-General for Economic and Social Affairs\nTomasz Wieczorek, Under-Secretary-General for Economic and Social Affairs, will strive to fulfil the\ngoals of the United Nations Charter.\n"),
    );
    expect(meta.manager).toEqual({ name: "Tomasz Wieczorek", title: "Under-Secretary-General for Economic and Social Affairs" });
  });
});

describe("a subtitle above the 'between' sentence", () => {
  it("never reads one 'between' sentence into the next", () => {
    const { manager, counterpart } = readParties(
      "between the Secretary-General and the Under-Secretary-General for Peacekeeping Operations\nDEPARTMENT OF PEACEKEEPING OPERATIONS\nThis compact is concluded between the Secretary-General, Mr. Ban Ki-moon, and Mr. Tomasz Wierzbicki,\nUnder-Secretary-General for Peacekeeping Operations, for the period from 1 January to 31 December\n2011.\n",
    );
    expect(manager).toEqual({ name: "Tomasz Wierzbicki", title: "Under-Secretary-General for Peacekeeping Operations" });
    expect(counterpart?.name).toBe("Ban Ki-moon");
  });
});

describe("a 'between' sentence whose second party has no honorific", () => {
  it("splits at the ', and' before the manager's name, not at an 'and' inside the entity's name", () => {
    const { manager, counterpart } = readParties(
      "This compact is concluded between the Secretary-General, Ban Ki-moon, and Ruth Volkov, Executive\nSecretary of the Economic and Social Commission for Asia and the Pacific, for the period from 1\nJanuary to 31 December 2016.\n",
    );
    expect(manager).toEqual({ name: "Ruth Volkov", title: "Executive Secretary of the Economic and Social Commission for Asia and the Pacific" });
    expect(counterpart).toEqual({ name: "Ban Ki-moon", title: "Secretary-General" });
  });
  it("takes the sentence with the names over a subtitle whose entity holds an 'and' before capitals", () => {
    const { manager, counterpart } = readParties(
      "between the Secretary-General and the High Representative for the Least Developed Countries, Landlocked Developing Countries and Small Island Developing States\n\nThis compact is concluded between the Secretary-General, Mr. Ban Ki-moon, and Mr. Wendell Fitzgerald, High Representative for the Least Developed Countries, Landlocked Developing Countries and Small Island Developing States.\n",
    );
    expect([manager?.name, counterpart?.name]).toEqual(["Wendell Fitzgerald", "Ban Ki-moon"]);
  });
  it("reads the manager first and the Secretary-General second without honorifics too", () => {
    const { manager, counterpart } = readParties("Between Kwame Asante, Under-Secretary-General for Safety and Security, and the Secretary-General, António Guterres\n");
    expect([manager?.name, counterpart?.name]).toEqual(["Kwame Asante", "António Guterres"]);
  });
});

describe("no signature block in the frame", () => {
  it("takes an entity in capitals above the preamble for no name, and the challenges end at the signatures after them", () => {
    const text = [
      "                                  DEPARTMENT OF SAFETY AND SECURITY",
      "This compact is concluded between the Secretary-General, Mr. Ban Ki-moon, and Ms. Thandiwe",
      "Mokoena, Under-Secretary-General for Safety and Security, for the period from 1 January to",
      "31 December 2011.",
      "III. Challenges",
      "    • Liquidity constraints have delayed the filling of several posts.",
      "    • Access restrictions in several countries affect the delivery of programmes.",
      "",
      "Thandiwe Mokoena                                       Ban Ki-moon",
      "Under-Secretary-General for Safety and Security        Secretary-General",
      "Date: 7 January 2011                                   Date: 24 February 2011",
    ].join("\n");
    const meta = readCompactMetadata(textToLayout(text));
    expect(meta.signatures.map((s) => s.name)).toEqual(["Thandiwe Mokoena", "Ban Ki-moon"]);
    expect(meta.challenges).toHaveLength(2);
  });
});

describe("the entity", () => {
  const lines = (text: string) => textToLayout(text).pages[0]!.lines;
  it("joins a label's value wrapped onto the next line", () => {
    expect(readEntityName(lines("Department/Office: Office for the Coordination of Humanitarian\nAffairs\n\nA. PROGRAMME OBJECTIVES\n"), null)).toBe(
      "Office for the Coordination of Humanitarian Affairs",
    );
    expect(readEntityName(lines("Department/Office: Economic Commission for Europe\nThe programme objectives of the Commission for 2012 are\n"), null)).toBe("Economic Commission for Europe");
  });
  it("reads a line in capitals under the title", () => {
    expect(readEntityName(lines("Senior Manager’s Compact 2013\n      DEPARTMENT FOR GENERAL ASSEMBLY AND CONFERENCE MANAGEMENT\nThis compact is concluded between …\n"), null)).toBe(
      "Department for General Assembly and Conference Management",
    );
  });
  it("reads an entity named on its own at the end of the manager's title", () => {
    expect(readEntityName([], { name: "Zeynep Aksoy", title: "Executive Director of the United Nations Human Settlements Programme" })).toBe("United Nations Human Settlements Programme");
  });
  it("reads the mandates the preamble entrusts", () => {
    const head = "Lucía Fernández Ortega, Under-Secretary-General for Management, will strive to fulfil the goals of the\nUnited Nations Charter and the mandates of the Department of Management. I commit to achieve the";
    expect(readEntityName([], { name: "Lucía Fernández Ortega", title: "Under-Secretary-General for Management" }, head)).toBe("Department of Management");
    expect(readEntityName([], null, "and the mandates entrusted to the Department of Field Support by Member States, and")).toBe("Department of Field Support");
  });
});

describe("the entity in the preamble's mandates", () => {
  it("ends at the first lower-case word that no capitalised word follows", () => {
    expect(readEntityName([], null, "the goals of the Charter and the mandates of the Office of Legal Affairs and to achieve the results set out below.")).toBe("Office of Legal Affairs");
    expect(readEntityName([], null, "the mandates of the Department of Economic and Social Affairs. I commit")).toBe("Department of Economic and Social Affairs");
  });
});

describe("challenge items", () => {
  it("keeps a marked item whole across a PDF's loose-spacing blank lines", () => {
    const layout = pdfLayout([
      [511, [[90, "C. CHALLENGES"]]],
      [520, []],
      [529, [[108, "• The liquidity situation of the regular budget continues to constrain recruitment and"]]],
      [535, []],
      [541, [[126, "travel."]]],
      [549, []],
      [557, [[108, "• Demand for services has grown faster than approved resources."]]],
    ]);
    expect(readCompactMetadata(layout).challenges).toEqual([
      "The liquidity situation of the regular budget continues to constrain recruitment and travel.",
      "Demand for services has grown faster than approved resources.",
    ]);
  });
  it("splits numbered items, and unmarked lines that end a sentence", () => {
    expect(readChallenges(textToLayout("SECTION 3 : CHALLENGES\n   1. Demand for services has grown.\n   2. Extrabudgetary resources remain unpredictable.\n").pages[0]!.lines)).toHaveLength(2);
    expect(
      readChallenges(textToLayout("C. CHALLENGES\n   The implementation of new enterprise systems requires sustained training of\n   staff.\n   The liquidity situation of the regular budget continues to constrain recruitment\n   and travel.\n").pages[0]!.lines),
    ).toEqual([
      "The implementation of new enterprise systems requires sustained training of staff.",
      "The liquidity situation of the regular budget continues to constrain recruitment and travel.",
    ]);
  });

  it("splits unmarked lines with no full stop where the line before had room for the next word (bullets the text layer lost)", () => {
    const body = "The programme of work is set out in the proposed programme budget, as approved by the Assembly.\n";
    const lost = body + "C. CHALLENGES\n        Remote interpretation raises health and quality concerns\n        Author departments submit many documents late\n        Retirements reduce the pool of experienced language staff\n";
    expect(readChallenges(textToLayout(lost).pages[0]!.lines)).toEqual([
      "Remote interpretation raises health and quality concerns",
      "Author departments submit many documents late",
      "Retirements reduce the pool of experienced language staff",
    ]);
    // Wrapped prose: each line broken where the next word no longer fitted the measure.
    const wrapped = "C. CHALLENGES\nRemote interpretation raises health and quality concerns among interpreters\nAuthor departments and the delegations submit many of their documents\nLate\n";
    expect(readChallenges(textToLayout(wrapped).pages[0]!.lines)).toEqual([
      "Remote interpretation raises health and quality concerns among interpreters Author departments and the delegations submit many of their documents Late",
    ]);
    // Markdown source lines wrap anywhere: no room test.
    expect(readChallenges(textToLayout(lost).pages[0]!.lines, undefined, "markdown")).toHaveLength(1);
  });

  it("splits items lettered 'a.' 'b.' (Word's '(a)' numbering as Chromium prints the HTML list, no blank lines between: corpus7 tune7 html.pdf)", () => {
    const text = "C. CHALLENGES\nThe following challenges may affect the delivery of the results above:\n   a. Unpredictable extrabudgetary funding for mandated activities.\n   b. The liquidity situation of the regular budget.\n   c. High vacancy rates in specialist occupational groups.\n";
    expect(readChallenges(textToLayout(text).pages[0]!.lines)).toEqual([
      "Unpredictable extrabudgetary funding for mandated activities.",
      "The liquidity situation of the regular budget.",
      "High vacancy rates in specialist occupational groups.",
    ]);
  });

  it("drops the lead-in sentence that introduces the list (corpus8: 'The main challenges I anticipate … are:')", () => {
    const text = "C. CHALLENGES\n   The main challenges I anticipate in delivering these results in 2016 are:\n   • Vacancies in the language services remain high.\n   • Documents are submitted late by author departments.\n";
    expect(readChallenges(textToLayout(text).pages[0]!.lines)).toEqual([
      "Vacancies in the language services remain high.",
      "Documents are submitted late by author departments.",
    ]);
    // A single item ending with a colon is kept: there is no list after it to introduce.
    expect(readChallenges(textToLayout("C. CHALLENGES\n   Resources for the following:\n").pages[0]!.lines)).toEqual(["Resources for the following:"]);
  });
});

describe("more preamble and entity forms", () => {
  it("ends the 'Between' sentence at an entity line in capitals and drops a glued footnote digit", () => {
    const { counterpart } = readParties(
      "Between Ms. Margarethe Lindqvist, Under-Secretary-General for Peacekeeping Operations, and\nthe Secretary-General, Mr. Kofi A. Annan1\n                   DEPARTMENT OF PEACEKEEPING OPERATIONS\nA. PROGRAMME\n",
    );
    expect(counterpart?.name).toBe("Kofi A. Annan");
  });
  it("keeps a run of connectives inside the mandates' entity", () => {
    expect(readEntityName([], null, "and the mandates of the Office for the Coordination of Humanitarian Affairs and to achieve the results")).toBe(
      "Office for the Coordination of Humanitarian Affairs",
    );
  });
});

describe("a footnote right under the preamble (plain text)", () => {
  it("ends the 'Between' sentence at the footnote's number", () => {
    const { manager, counterpart } = readParties(
      "Between Mr. Kwabena Owusu-Ansah, Executive Director of the United Nations Human Settlements Programme, and\nthe Secretary‑General, Mr. Ban Ki-moon1\n1\n The Programme comprises the offices at Headquarters and the 9 offices away from Headquarters reporting to the Executive Director\n",
    );
    expect(manager?.name).toBe("Kwabena Owusu-Ansah");
    expect(counterpart?.name).toBe("Ban Ki-moon");
  });
});

describe("two-column prose on the first page", () => {
  const rows: Array<[number, Array<[number, string]>]> = [
    [76, [[46, "DEPARTMENT/OFFICE: United Nations Office at Geneva"]]],
    [91, [[46, "Between Mr. Emeka Obi-Nwosu, Director-General of the"], [268, "Particular attention will be given to the needs of UNSOM, UNOCI and"]]],
    [101, [[46, "United Nations Office at Geneva, and the Secretary-"], [268, "MINUJUSTH, where the operating environment remains demanding."]]],
    [111, [[46, "General, Mr. António Guterres, for the period from 1"], [268, "The Office provides substantive and support backstopping to the following"]]],
    [120, [[46, "January to 31 December 2017."], [268, "field operations:"]]],
    [132, [[46, "The Office carries out its work under the mandates"], [289, "• United Nations Assistance Mission in Afghanistan (UNAMA)"]]],
    [160, [[46, "A. ACHIEVING PROGRAMME OBJECTIVES"]]],
    [172, [[46, "Objective"], [200, "Expected accomplishment"], [400, "Performance measure"]]],
  ];
  it("reads the left column before the right (PDF)", () => {
    const meta = readCompactMetadata(pdfLayout(rows));
    expect(meta.manager).toEqual({ name: "Emeka Obi-Nwosu", title: "Director-General of the United Nations Office at Geneva" });
    expect(meta.counterpart?.name).toBe("António Guterres");
  });
  it("cuts a plain-text line whose columns touch at the right column's character", () => {
    const text = [
      "Catalina Herrera Vidal, Executive Secretary of the    The Commission works closely with the United Nations Support Office for",
      "Economic and Social Commission for Asia and the       AMISOM (UNSOA) on matters of common concern, including joint planning",
      "Pacific, will strive to advance the purposes of the    and the sharing of information.",
      "Charter of the United Nations and the mandates given The Commission provides substantive and support backstopping to the",
      "to the Commission by Member States. I commit to       following field operations:",
    ].join("\n");
    const lines = columnsInOrder(textToLayout(text).pages[0]!.lines, "text");
    expect(lines.map((l) => l.text).slice(0, 5)).toEqual([
      "Catalina Herrera Vidal, Executive Secretary of the",
      "Economic and Social Commission for Asia and the",
      "Pacific, will strive to advance the purposes of the",
      "Charter of the United Nations and the mandates given",
      "to the Commission by Member States. I commit to",
    ]);
  });
  it("reads a two-line right column as a column, after the left column's lines that run on below it (plain text)", () => {
    const text = [
      "Between Mr. Diego Fernández Ocampo, Under-Secretary-General for General                The programme of work for 2020 reflects the priorities of",
      "Assembly and Conference Management, and the Secretary-General, Mr. António             the strategic framework approved by the General Assembly.",
      "Guterres, for the period from 1 January to 31 December 2020.",
      "",
      "    A. ACHIEVING PROGRAMME OBJECTIVES",
    ].join("\n");
    const meta = readCompactMetadata(textToLayout(text));
    expect(meta.manager?.name).toBe("Diego Fernández Ocampo");
    expect(meta.counterpart?.name).toBe("António Guterres");
  });
});

describe("the entity in the title line", () => {
  it("reads the entity after the title's colon, wrapped onto a line in capitals, and keeps that line out of the preamble", () => {
    const meta = readCompactMetadata(
      textToLayout("2014 SENIOR MANAGERS’ COMPACT: DEPARTMENT OF MANAGEMENT STRATEGY,\nPOLICY AND COMPLIANCE\nNadia Benkirane, Under-Secretary-General for Management Strategy, Policy and Compliance, will strive to advance the purposes of the Charter.\n"),
    );
    expect(meta.entity?.name).toBe("Department of Management Strategy, Policy and Compliance");
    expect(meta.manager?.name).toBe("Nadia Benkirane");
    expect(readEntityName(textToLayout("# SENIOR MANAGER'S COMPACT for 2021: DEPARTMENT OF OPERATIONAL SUPPORT\n").pages[0]!.lines, null)).toBe("Department of Operational Support");
  });
  it("reads the entity from 'head of the …' in a first-person preamble, and from an office named by what it does", () => {
    const first = "Olumide Qureshi\nSpecial Representative of the Secretary-General for Children and Armed Conflict\n2020\nI, Olumide Qureshi, head of the Office of the Special Representative of the Secretary-\nGeneral for Children and Armed Conflict, commit myself to using the authorities delegated to me.\n";
    expect(readCompactMetadata(textToLayout(first)).entity?.name).toBe("Office of the Special Representative of the Secretary-General for Children and Armed Conflict");
    const named = "SENIOR MANAGER’S COMPACT for 2018\nKwame Qureshi, Assistant Secretary-General for Peacebuilding Support, will strive to fulfil the goals of the United Nations Charter and the mandates entrusted to the Peacebuilding Support Office. I commit to achieve the objectives detailed below.\n";
    expect(readCompactMetadata(textToLayout(named)).entity?.name).toBe("Peacebuilding Support Office");
    // "against" belongs to a name (corpus13 d13-003 read "… on Violence").
    const against = "SENIOR MANAGER’S COMPACT for 2015\nGiedre Dlamini, Special Representative, will strive to fulfil the goals of the Charter and the mandates entrusted to the Office of the Special Representative of the Secretary-General on Violence against Children. I commit to achieve the objectives detailed below.\n";
    expect(readCompactMetadata(textToLayout(against)).entity?.name).toBe("Office of the Special Representative of the Secretary-General on Violence against Children");
    expect(readEntityName(textToLayout("SENIOR MANAGER'S COMPACT for 2015: OFFICE ON VIOLENCE AGAINST CHILDREN\n").pages[0]!.lines, null)).toBe("Office on Violence against Children");
  });
  it("keeps a title wrapped without a comma ('… FORCE IN' / 'LEBANON') out of the preamble's name", () => {
    const meta = readCompactMetadata(
      textToLayout("SENIOR MANAGER’S COMPACT for 2022: UNITED NATIONS INTERIM FORCE IN\nLEBANON\nThandiwe Mokoena, Head of Mission and Force Commander of the United Nations Interim Force in Lebanon, will strive to advance the purposes of the Charter.\n"),
    );
    expect(meta.manager?.name).toBe("Thandiwe Mokoena");
  });
});

describe("lettered challenge items", () => {
  it("starts an item at 'a)', 'b)'", () => {
    const lines = textToLayout("Challenges\na) Dependence on external partners for data creates delays in reporting.\nb) Changes in the political context may affect the timelines of key processes.\nc) The security environment restricts the movement of staff.\n").pages[0]!.lines;
    expect(readChallenges(lines)).toHaveLength(3);
  });
});

describe("two-column prose above a table with no labelled heading", () => {
  it("splits at the prose's right column, not at the table's more frequent one", () => {
    const table: Array<[number, Array<[number, string]>]> = [];
    for (let k = 0; k < 6; k++) table.push([200 + 10 * k, [[46, `Objective ${k}`], [576, `Measure ${k}`]]]);
    const meta = readCompactMetadata(
      pdfLayout([
        [94, [[46, "Between Ms. Thandiwe Mokoena, Under-Secretary-General for Economic and Social Affairs, and the"], [485, "The programme of work for 2023 reflects the priorities of the strategic"]]],
        [103, [[46, "Secretary-General, Mr. António Guterres, for the period from 1 January to 31 December 2023."], [485, "framework approved by the General Assembly."]]],
        [115, [[46, "The Department carries out its work under the mandates entrusted to it by Member States, in particular"], [485, "Particular attention will be given to the needs of UNDOF, MINURSO and"]]],
        [124, [[46, "resolution 2041 (2012) and General Assembly resolution 77/200 of 12 December 2022."], [485, "UNOWAS, where the operating environment remains demanding."]]],
        [160, [[46, "Programme objectives"]]],
        ...table,
      ]),
    );
    expect(meta.manager?.name).toBe("Thandiwe Mokoena");
    expect(meta.counterpart?.name).toBe("António Guterres");
  });
});

describe("a page break inside a signature block", () => {
  it("finds the title on the next page under a ruled name, past the footer", () => {
    const text = "_______________________\nMr. Farhad Karimov\n\n\n                      Page 3 of 4\f\nUnder-Secretary-General for Management Strategy, Policy and Compliance\nDate: February 6, 2023\n";
    const blocks = findSignatureBlocks(textToLayout(text).pages.flatMap((p) => p.lines));
    expect(blocks.flatMap((b) => b.signatures)).toEqual([{ name: "Farhad Karimov", title: "Under-Secretary-General for Management Strategy, Policy and Compliance", date: "2023-02-06" }]);
  });
});

describe("a page break right after a ruled name", () => {
  it("reads the title at the top of the next page", () => {
    const text = "_______________________\nMr. Farhad Karimov\n\fUnder-Secretary-General for Management Strategy, Policy and Compliance\nDate: February 6, 2023\n";
    const layout = textToLayout(text);
    const blocks = findSignatureBlocks(layout.pages.flatMap((p) => p.lines));
    expect(blocks.flatMap((b) => b.signatures).map((s) => [s.name, s.date])).toEqual([["Farhad Karimov", "2023-02-06"]]);
  });
});

describe("signature columns glued on the character grid", () => {
  it("cuts a title that runs into the next column one space apart", () => {
    const text = [
      "_______________________                                     _______________________",
      "Mr. Oleksandr Petrenko                                   Mr. Ban Ki-moon",
      "Special Representative of the Secretary-General for Iraq Secretary-General",
      "and Head of the United Nations Assistance Mission for    Date: 28 March 2013",
      "Iraq",
      "Date: 28 March 2013",
    ].join("\n");
    const sigs = findSignatureBlocks(textToLayout(text).pages[0]!.lines).flatMap((b) => b.signatures);
    expect(sigs.map((s) => [s.name, s.title, s.date])).toEqual([
      ["Oleksandr Petrenko", "Special Representative of the Secretary-General for Iraq and Head of the United Nations Assistance Mission for Iraq", "2013-03-28"],
      ["Ban Ki-moon", "Secretary-General", "2013-03-28"],
    ]);
  });
});

describe("signature columns pushed left of their names by pdftotext (corpus9 d9-003, d9-005, d9-024 txt)", () => {
  // The PDF sets both titles at the right column's x; pdftotext prints the left title wider than
  // the PDF does and the right column one space after it, left of where its name stands.
  it("cuts the left title before the right column's title and reads that column's date where the cut found it", () => {
    const text = [
      "______________________________                                ______________________________",
      "Henrik Takeda                                                 António Guterres",
      "Under-Secretary-General and Executive Director of the Secretary-General",
      "United Nations Human Settlements Programme            Date: 21 February 2018",
      "Date: 17 February 2018",
    ].join("\n");
    const sigs = findSignatureBlocks(textToLayout(text).pages[0]!.lines).flatMap((b) => b.signatures);
    expect(sigs.map((s) => [s.name, s.title, s.date])).toEqual([
      ["Henrik Takeda", "Under-Secretary-General and Executive Director of the United Nations Human Settlements Programme", "2018-02-17"],
      ["António Guterres", "Secretary-General", "2018-02-21"],
    ]);
  });
  it("cuts a hyphen-wrapped left title, and reads a line of two dates after a page break in order", () => {
    const text = [
      "______________________________                   ______________________________",
      "Rafael Adeyemi                                   António Guterres",
      "Special Representative of the Secretary- Secretary-General",
      "General for Children and Armed Conflict",
      "",
      "                                                                 3",
      "\fDate: 13 January 2017   Date: 20 January 2017",
    ].join("\n");
    const sigs = findSignatureBlocks(textToLayout(text).pages.flatMap((p) => p.lines)).flatMap((b) => b.signatures);
    expect(sigs.map((s) => [s.name, s.title, s.date])).toEqual([
      ["Rafael Adeyemi", "Special Representative of the Secretary-General for Children and Armed Conflict", "2017-01-13"],
      ["António Guterres", "Secretary-General", "2017-01-20"],
    ]);
    expect(readCompactMetadata(textToLayout(`Rafael Adeyemi, Special Representative, will strive to fulfil the goals.\n\n${text}`)).counterpart).toEqual({ name: "António Guterres", title: "Secretary-General" });
  });
  it("does not cut between a rank and its role ('Special' / 'Representative …')", () => {
    const left = "Under-Secretary-General for Political and Peacebuilding";
    const cell = { text: `${left} Special Representative of the Secretary-General`, x: 0 };
    // The right column's name stands ten characters right of where its title was pushed.
    expect(splitAtTitleStart(cell, [0, (left.length + 11) * 5])).toEqual([
      { text: left, x: 0 },
      { text: "Special Representative of the Secretary-General", x: (left.length + 1) * 5 },
    ]);
    expect(splitAtTitleStart({ text: "Chief of Staff", x: 0 }, [0, 300])).toEqual([{ text: "Chief of Staff", x: 0 }]);
  });
  it("cuts at a role word a character right of the next column's name (corpus9 d9b-024)", () => {
    const left = "Under-Secretary-General and Executive Director of the United";
    // "António Guterres" stands at the character where "United" ends; "Secretary-General" one further.
    expect(splitAtTitleStart({ text: `${left} Secretary-General`, x: 0 }, [0, left.length * 5])).toEqual([
      { text: left, x: 0 },
      { text: "Secretary-General", x: (left.length + 1) * 5 },
    ]);
  });
  it("keeps a title's last line carried over a page break when the dates stand right under it (corpus9 d9b-011)", () => {
    const text = [
      "______________________________                             ______________________________",
      "Leila Mensah                                               António Guterres",
      "Assistant    Secretary-General      for   Peacebuilding",
      "\fSupport                 Secretary-General",
      "Date: 14 January 2017   Date: 21 January 2017",
    ].join("\n");
    const sigs = findSignatureBlocks(textToLayout(text).pages.flatMap((p) => p.lines)).flatMap((b) => b.signatures);
    expect(sigs.map((s) => [s.name, s.title, s.date])).toEqual([
      ["Leila Mensah", "Assistant Secretary-General for Peacebuilding Support", "2017-01-14"],
      ["António Guterres", "Secretary-General", "2017-01-21"],
    ]);
  });
  it("does not cut a cell that starts in the pushed column where a later name stands ('Date: 18' / 'January 2021')", () => {
    const text = [
      "______________________________                 ______________________________",
      "Nkechi Benedetti                               António Guterres",
      "Special Representative of the Secretary- Secretary-General",
      "General for Disaster Risk Reduction      Date: 18 January 2021",
      "Date: 12 January 2021",
    ].join("\n");
    const sigs = findSignatureBlocks(textToLayout(text).pages[0]!.lines).flatMap((b) => b.signatures);
    expect(sigs.map((s) => [s.title, s.date])).toEqual([
      ["Special Representative of the Secretary-General for Disaster Risk Reduction", "2021-01-12"],
      ["Secretary-General", "2021-01-18"],
    ]);
  });
});

describe("paragraph gaps in a PDF head above a centred table", () => {
  it("measures the usual line step on the preamble, not on the table's lines a few points apart", () => {
    const table: Array<[number, Array<[number, string]>]> = [];
    for (let k = 0; k < 24; k++) table.push([292 + 5 * k, [[49 + (k % 3) * 130, `cell text ${k}`]]]);
    const layout = pdfLayout([
      [110, [[46, "Mariana Ostrowska, Special Representative of the Secretary-General for Afghanistan and Head of the Mission in"]]],
      [121, [[46, "Afghanistan, will strive to advance the purposes of the Charter of the United Nations. I"]]],
      [133, [[46, "commit to achieve the results set out below."]]],
      [275, [[54, "I. PROGRAMME OBJECTIVES"]]],
      ...table,
    ]);
    expect(headText(layout.pages[0]!.lines, "pdf")).toMatch(/Mission in\nAfghanistan, will strive[^\n]*\ncommit to achieve/);
    expect(readCompactMetadata(layout).manager?.name).toBe("Mariana Ostrowska");
  });
});

describe("an introduction set in two columns under its heading (corpus8 d8-007, d8-016)", () => {
  // pdftotext -layout of LibreOffice's continuous two-column section: the heading "I. Introduction"
  // comes first, then both columns' lines interleaved, the right column's on lines of their own.
  const text = [
    "                             Senior Manager’s Compact 2011",
    " between the Secretary-General and the Under-Secretary-General for Humanitarian Affairs",
    "                           and Emergency Relief Coordinator",
    "",
    "I. Introduction",
    "This compact is concluded between Mr.                       (Sect. 27)), approved by the General",
    "Ban Ki-moon, Secretary-General, and Mr.                     Assembly in its resolution 65/257.",
    "Abdoulaye Lindqvist, Under-Secretary-",
    "                                                            The results below are expressed as",
    "General for Humanitarian Affairs and",
    "                                                            expected      accomplishments     with",
    "Emergency Relief Coordinator, for the",
    "                                                            measurable indicators, baselines and",
    "period from 1 January to 31 December",
    "                                                            targets, consistent with results-based",
    "2011. The programme of work is that of",
    "                                                            budgeting.",
    "the proposed programme budget (A/65/6",
    "",
    "",
    "II. Programme objectives and key performance indicators",
    "The following programme objectives and indicators apply to the period of this compact.",
  ].join("\n");
  it("reads the parties from the left column before the right one", () => {
    const meta = readCompactMetadata(textToLayout(text));
    expect(meta.manager).toEqual({ name: "Abdoulaye Lindqvist", title: "Under-Secretary-General for Humanitarian Affairs and Emergency Relief Coordinator" });
    expect(meta.counterpart?.name).toBe("Ban Ki-moon");
    const ordered = columnsInOrder(textToLayout(text).pages[0]!.lines, "text").map((l) => l.text).filter(Boolean);
    expect(ordered.indexOf("the proposed programme budget (A/65/6")).toBeLessThan(ordered.indexOf("(Sect. 27)), approved by the General"));
  });
  it("reads the columns when the right one opens with the last word of the left one's paragraph (corpus9 d9-023 txt)", () => {
    const intro = [
      "                                           Senior Manager’s Compact 2013",
      "   between the Secretary-General and the Assistant Secretary-General and Executive Director of the Capital Master Plan",
      "",
      "I. Introduction",
      "This compact is concluded between the Secretary-General,              2013.",
      "Ban Ki-moon, and Amara Raghunathan, Assistant",
      "                                                                      The programme of work is set out in the proposed",
      "Secretary-General and Executive Director of the Capital",
      "                                                                      programme budget (A/66/6 (Sect. 33)) as approved by the",
      "Master Plan, for the period from 1 January to 31 December",
      "                                                                      General Assembly in its resolution 66/247.",
      "",
      "",
      "II. Programme objectives and key performance indicators",
    ].join("\n");
    const meta = readCompactMetadata(textToLayout(intro));
    expect(meta.manager?.name).toBe("Amara Raghunathan");
    expect(meta.counterpart).toEqual({ name: "Ban Ki-moon", title: "Secretary-General" });
  });
  it("leaves a section whose first line is a table's header labels in reading order", () => {
    const table = [
      "I. Programme objectives",
      "Objective                                 Expected accomplishment",
      "To strengthen the protection of           Member States and partners engaged in",
      "civilians in mission areas through        shared commitments on peacekeeping",
      "integrated early warning systems          operations and their support",
      "To accelerate the drawdown and            Joint planning with the African Union",
      "II. Challenges",
    ];
    const lines = textToLayout(table.join("\n")).pages[0]!.lines;
    expect(columnsInOrder(lines, "text").map((l) => l.text)).toEqual(lines.map((l) => l.text));
  });
});

describe("the parties from the signature blocks when the preamble cannot be read (corpus dev-033 weasy.pdf, corpus4 f1-003 lo.txt)", () => {
  it("takes the manager from the signer who is not the Secretary-General, the post without its entity line", () => {
    const text = [
      "                                                SENIOR MANAGER’S COMPACT",
      "Between Mr. Rashid Al-Fadhli, Special Representative of the Secretary-General for     The programme of work for 2018 is described in the",
      "Iraq and Head of the United Nations Assistance Mission for Iraq, and the Secretary- proposed programme budget (A/72/6 (Sect. 5)) and",
      "General, Mr. António Guterres, for the period from 1 January to 31 December 2018. reflects the priorities of the strategic framework.",
      "",
      "Challenges",
      "- Security conditions restrict travel.",
      "",
      "______________________________",
      "Rashid Al-Fadhli",
      "Special Representative of the Secretary-General for Iraq and Head of the United Nations Assistance Mission for Iraq",
      "United Nations Assistance Mission for Iraq",
      "12 January 2018",
      "",
      "______________________________",
      "António Guterres",
      "Secretary-General",
      "15 January 2018",
    ].join("\n");
    const meta = readCompactMetadata(textToLayout(text));
    expect(meta.manager).toEqual({
      name: "Rashid Al-Fadhli",
      title: "Special Representative of the Secretary-General for Iraq and Head of the United Nations Assistance Mission for Iraq",
    });
    expect(meta.counterpart).toEqual({ name: "António Guterres", title: "Secretary-General" });
  });
  it("takes no manager from one signature, or from two signers neither of whom is the Secretary-General", () => {
    const block = (name: string, title: string, date: string) => ["______________________________", name, title, date, ""];
    const one = ["Challenges", "- None.", "", ...block("Rashid Al-Fadhli", "Under-Secretary-General for Management", "12 January 2018")].join("\n");
    expect(readCompactMetadata(textToLayout(one)).manager).toBeNull();
    const two = ["Challenges", "- None.", "", ...block("Rashid Al-Fadhli", "Under-Secretary-General for Management", "12 January 2018"), ...block("Ana Lima", "Director of Administration", "13 January 2018")].join("\n");
    expect(readCompactMetadata(textToLayout(two)).manager).toBeNull();
  });
});

describe("the entity in the title block, the manager's title and the mandates (corpus8 era 2011–16 and 2017–18)", () => {
  const lines = (text: string) => textToLayout(text).pages[0]!.lines;
  it("reads the entity printed in mixed case as the last title line, not a wrapped subtitle's tail", () => {
    const text = [
      "                           Senior Manager’s Compact 2014",
      " between the Secretary-General and the Executive Secretary of the Economic and Social",
      "                            Commission for Western Asia",
      "                 Economic and Social Commission for Western Asia",
      "",
      "I. Introduction",
      "This compact is concluded between Mr. Ban Ki-moon, Secretary-General, and Ms. Amaia Okafor,",
    ].join("\n");
    expect(readEntityName(lines(text), null)).toBe("Economic and Social Commission for Western Asia");
  });
  it("reads a secretariat's and a named office's line in the title block (corpus9 d9b-006, d9b-014)", () => {
    const block = (entityLine: string) =>
      [
        "                              Senior Manager’s Compact 2011",
        "       between the Secretary-General and the Special Representative of the Secretary-General for",
        "                                       Disaster Risk Reduction",
        entityLine,
        "",
        "I. Introduction",
        "This compact is concluded between the Secretary-General, Ban Ki-moon, and Dmitri Ekdahl,",
      ].join("\n");
    const manager = { name: "Dmitri Ekdahl", title: "Special Representative of the Secretary-General for Disaster Risk Reduction" };
    expect(readEntityName(lines(block("             Secretariat of the International Strategy for Disaster Reduction")), manager)).toBe(
      "Secretariat of the International Strategy for Disaster Reduction",
    );
    expect(readEntityName(lines(block("                          Peacebuilding Support Office")), manager)).toBe("Peacebuilding Support Office");
    // A wrapped subtitle's tail in capitalised words names no entity kind: no entity.
    expect(readEntityName(lines(block("")), manager)).toBeNull();
  });
  it("does not take the wrapped 'Between …' sentence under the title for the entity's line (corpus2 d2-002)", () => {
    const text = [
      "                          SENIOR MANAGER’S COMPACT",
      "                                                       2007",
      "Between Mr. Oluwaseun Adebayo-Clarke, Executive Secretary of the Economic",
      "Commission for Latin America and the Caribbean, and the Secretary-General, Mr. Ban",
      "Ki-moon",
      "",
      "A. PROGRAMME OBJECTIVES AND PERFORMANCE MEASURES",
    ].join("\n");
    const manager = { name: "Oluwaseun Adebayo-Clarke", title: "Executive Secretary of the Economic Commission for Latin America and the Caribbean" };
    expect(readEntityName(lines(text), manager)).toBe("Economic Commission for Latin America and the Caribbean");
  });
  it("reads a title-block name wrapped over two lines, with commas between names, under a running header that repeats the title (corpus8 d8b-007)", () => {
    const text = [
      "                                                                                 Senior Manager’s Compact 2015",
      "",
      "",
      "",
      "                                  Senior Manager’s Compact 2015",
      " between the Secretary-General and the High Representative for the Least Developed Countries,",
      "             Landlocked Developing Countries and Small Island Developing States",
      "     Office of the High Representative for the Least Developed Countries, Landlocked",
      "                 Developing Countries and Small Island Developing States",
      "",
      "",
      "I. Introduction",
    ].join("\n");
    expect(readEntityName(lines(text), null)).toBe(
      "Office of the High Representative for the Least Developed Countries, Landlocked Developing Countries and Small Island Developing States",
    );
  });
  it("reads a label's value in capitals wrapped over further lines in capitals, not past a blank line (corpus8 d8b-014)", () => {
    const label = [
      "DEPARTMENT/OFFICE: OFFICE OF THE HIGH REPRESENTATIVE FOR THE LEAST",
      "DEVELOPED COUNTRIES, LANDLOCKED DEVELOPING COUNTRIES AND SMALL ISLAND",
      "DEVELOPING STATES",
      "",
      "A. PROGRAMME OBJECTIVES",
    ];
    expect(readEntityName(lines(label.join("\n")), null)).toBe(
      "OFFICE OF THE HIGH REPRESENTATIVE FOR THE LEAST DEVELOPED COUNTRIES, LANDLOCKED DEVELOPING COUNTRIES AND SMALL ISLAND DEVELOPING STATES",
    );
    expect(readEntityName(lines("DEPARTMENT/OFFICE: DEPARTMENT OF FIELD SUPPORT\n\nMANDATES AND PRIORITIES\n"), null)).toBe("DEPARTMENT OF FIELD SUPPORT");
  });
  it("reads the office the manager is 'to lead' in a two-column preamble whose right column has lines of its own (corpus8 d8b-017)", () => {
    const text = [
      "                                        Office of Information and Communications Technology — Compact 2023",
      "",
      "",
      "Valentina Ulloa",
      "Assistant Secretary-General and Chief Information Technology Officer",
      "2023",
      "",
      "I commit myself to using the authorities             proposed programme budget (A/77/6",
      "delegated to me by the Secretary-General             (Sect. 29)), approved by the General",
      "to lead the Office of Information and                Assembly in its resolution 77/256.",
      "Communications Technology towards the",
      "                                                     I will report on progress to the",
      "results below, in line with the regulations,",
      "                                                     Management Performance Board and",
      "rules and policies of the Organization.",
      "                                                     keep the Secretary-General, António",
      "The programme of work is that of the",
      "                                                     Guterres, informed of risks to delivery.",
      "",
      "SECTION 1 : DELIVERING RESULTS",
    ].join("\n");
    const meta = readCompactMetadata(textToLayout(text));
    expect(meta.entity?.name).toBe("Office of Information and Communications Technology");
  });
  it("reads an office 'at' a duty station from the manager's title", () => {
    expect(readEntityName([], { name: "Lorenzo Dunmore", title: "Director-General of the United Nations Office at Nairobi" })).toBe("United Nations Office at Nairobi");
  });
  it("reads a name with commas from the mandates, up to the sentence's end", () => {
    const head =
      "Gunnar Achterberg, High Representative for the Least Developed Countries, Landlocked Developing Countries and Small Island Developing States, will strive to fulfil the goals of the United Nations Charter and the mandates entrusted to the Office of the High Representative for the Least Developed Countries, Landlocked Developing Countries and Small Island Developing States. I commit to achieve";
    const manager = { name: "Gunnar Achterberg", title: "High Representative for the Least Developed Countries, Landlocked Developing Countries and Small Island Developing States" };
    expect(readEntityName([], manager, head)).toBe("Office of the High Representative for the Least Developed Countries, Landlocked Developing Countries and Small Island Developing States");
    expect(readEntityName([], null, "the mandates of the Department of Field Support, and to achieve the results")).toBe("Department of Field Support");
  });
});

describe("a section's text in two columns under a sub-heading, the right one a bulleted list (corpus8 d8-022 rtf.pdf)", () => {
  it("reads the left column first, so a budget symbol wrapped before its qualifier stays whole", () => {
    const layout = pdfLayout([
      [100, [[181, "2008 SENIOR MANAGER’S COMPACT"]]],
      [130, [[57, "A. PROGRAMME OBJECTIVES"]]],
      [150, [[57, "1. Mandates"]]],
      [170, [[57, "The mandates of the Department of Field"], [330, "• United Nations Mission in Ethiopia"]]],
      [182, [[57, "Support derive from the Charter and from"], [348, "and Eritrea (UNMEE)"]]],
      [194, [[57, "the resolutions of the intergovernmental"], [330, "• United Nations Mission in the Central"]]],
      [206, [[57, "bodies. The programme of work is that of"], [348, "African Republic and Chad"]]],
      [218, [[57, "the proposed programme budget (A/62/6"], [348, "(MINURCAT)"]]],
      [230, [[57, "(Sect. 5)), approved by the General"]]],
      [236, [[330, "• United Nations Organization Mission"]]],
      [242, [[57, "Assembly in its resolution 62/262."]]],
      [248, [[348, "in the Democratic Republic of the"]]],
      [254, [[57, "In 2008 the Department supports the"], [348, "Congo (MONUC)"]]],
      [266, [[57, "following peacekeeping operations:"]]],
    ]);
    const text = columnsInOrder(layout.pages[0]!.lines, "pdf").map((l) => l.text).filter(Boolean).join("\n");
    expect(text).toContain("the proposed programme budget (A/62/6\n(Sect. 5)), approved by the General\nAssembly in its resolution 62/262.\nIn 2008 the Department supports the\nfollowing peacekeeping operations:\n• United Nations Mission in Ethiopia");
    expect(text).toContain("in the Democratic Republic of the\nCongo (MONUC)");
  });
});
