/**
 * The parties of a compact as wkhtmltopdf prints it (corpus4/corpus5 `wk.pdf`): a small font,
 * an empty layout line between every two printed lines, the table's cells centred at staggered
 * baselines a few points apart, the footnote read right under the preamble's mark, a title in
 * capitals wrapped after a comma (session 17).
 */
import { describe, expect, it } from "vitest";
import { readCompactMetadata, readParties, headText, entityFromTitles } from "../../src/compact/metadata.js";
import type { Layout } from "../../src/model/layout.js";
import { rowsLayout } from "../support/pdf-lines.js";

/** Each row is [y, [x, text]…] at `size` points (5/10 of the size per character); rows with no cells are empty lines. */
const pdfLayout = (rows: Array<[number, Array<[number, string]>]>, size = 6.34): Layout => rowsLayout(rows, { fontSize: size, width: 842, height: 595 });

describe("parties as wkhtmltopdf prints them", () => {
  // Two columns of prose beside each other, an empty line under each printed line, then a table
  // whose cells stand 4 points apart (closer than their letters are tall).
  const rows: Array<[number, Array<[number, string]>]> = [
    [64, [[230, "SENIOR MANAGER’S COMPACT"]]],
    [69, []],
    [75, [[50, "Between Mr. Rashid Al-Fadhli, Special Representative of the Secretary-General for"], [305, "The programme of work for 2018 is described in the proposed programme budget"]]],
    [78, []],
    [82, [[50, "Iraq and Head of the United Nations Assistance Mission for Iraq, and the Secretary-"], [305, "(A/72/6 (Sect. 5)) and reflects the priorities of the strategic framework."]]],
    [86, []],
    [90, [[50, "General, Mr. António Guterres, for the period from 1 January to 31 December 2018."]]],
    [94, []],
    [99, [[50, "The Mission carries out its work under the mandates entrusted to it by Member"]]],
    [103, []],
    [106, [[50, "States, in particular General Assembly resolution 62/227."]]],
    [114, []],
    [122, [[50, "Programme objectives"]]],
    [136, [[98, "Objective"], [193, "Expected Accomplishment"], [318, "Risk and Mitigation"], [435, "Indicator of Achievement"]]],
    [149, [[295, "a) Insufficient funding;"], [404, "(a) Proportion of invoices paid within 30 days"]]],
    [156, [[295, "mitigated by cross-training."], [404, "of receipt increased to 82%."]]],
    [160, [[295, "of staff and planning."]]],
    [164, [[178, "More consistent capacity"], [404, "(b) Increase in joint programmes"]]],
    [168, [[176, "of Member States."], [295, "b) High turnover of staff"]]],
    [172, [[52, "Sustained progress in the delivery"]]],
    [176, [[176, "Improved compliance."], [295, "functions; mitigated."]]],
    [180, [[52, "of mandated programmes."], [404, "(c) Increase in users."]]],
    [184, [[295, "training and campaign."]]],
    [188, [[52, "resources."], [178, "Better reporting"], [404, "platform from 28 to 33."]]],
  ];

  it("reads the left column on past the empty lines, before the right one", () => {
    const head = headText(pdfLayout(rows).pages[0]!.lines, "pdf");
    expect(head).toContain("for\nIraq and Head of the United Nations Assistance Mission for Iraq, and the Secretary-\nGeneral, Mr. António Guterres,");
    const meta = readCompactMetadata(pdfLayout(rows));
    expect(meta.manager).toEqual({
      name: "Rashid Al-Fadhli",
      title: "Special Representative of the Secretary-General for Iraq and Head of the United Nations Assistance Mission for Iraq",
    });
    expect(meta.counterpart).toEqual({ name: "António Guterres", title: "Secretary-General" });
  });

  it("stops the left column at a paragraph's gap below an empty line", () => {
    const head = headText(pdfLayout(rows).pages[0]!.lines, "pdf");
    // "Programme objectives" stands 16 points under the paragraph (its step is 7): after the right column.
    expect(head.indexOf("strategic framework.")).toBeLessThan(head.indexOf("Programme objectives"));
    expect(head.indexOf("resolution 62/227.")).toBeLessThan(head.indexOf("The programme of work"));
  });

  it("ends the preamble at its footnote read on the line under the mark", () => {
    const { manager, counterpart } = readParties(
      "Between Ms. Teodora Vasquez Ibarra, Executive Director of the United Nations Office on Drugs and Crime, and the Secretary-General, Mr. Ban Ki-moon 1\n" +
        "1\tThe Office comprises the offices at Headquarters and the 2 offices away from Headquarters reporting to the Executive Director.\n" +
        "ENTITY: United Nations Office on Drugs and Crime\n",
    );
    expect(manager).toEqual({ name: "Teodora Vasquez Ibarra", title: "Executive Director of the United Nations Office on Drugs and Crime" });
    expect(counterpart).toEqual({ name: "Ban Ki-moon", title: "Secretary-General" });
    // A line that opens with another number goes on with the sentence ("… from" / "1 January …").
    expect(readParties("Between Mr. Hiroshi Tanabe, Under-Secretary-General for Peacekeeping Operations, and the Secretary-General, Mr. Ban Ki-moon, for the period from\n1 January to 31 December 2009.\n").counterpart)
      .toEqual({ name: "Ban Ki-moon", title: "Secretary-General" });
  });

  it("leaves out a title in capitals wrapped after a comma ('… STRATEGY, POLICY AND' / 'COMPLIANCE')", () => {
    const meta = readCompactMetadata(
      pdfLayout([
        [64, [[61, "SENIOR MANAGER’S COMPACT for 2024: DEPARTMENT OF MANAGEMENT STRATEGY, POLICY AND"]]],
        [69, []],
        [74, [[266, "COMPLIANCE"]]],
        [80, []],
        [86, [[50, "Arvid Lindqvist, Under-Secretary-General for Management Strategy, Policy and Compliance, will strive to advance the purposes of the Charter of the United"]]],
        [94, [[50, "Nations and the mandates given to the Department by Member States. I commit to achieve the results set out below."]]],
      ]),
    );
    expect(meta.manager).toEqual({ name: "Arvid Lindqvist", title: "Under-Secretary-General for Management Strategy, Policy and Compliance" });
  });
});

describe("the entity from a signature's title", () => {
  it("reads an entity line whose name holds commas, joined after the title", () => {
    expect(
      entityFromTitles([
        "High Representative for the Least Developed Countries, Landlocked Developing Countries and Small Island Developing States, Office of the High Representative for the Least Developed Countries, Landlocked Developing Countries and Small Island Developing States",
      ]),
    ).toBe("Office of the High Representative for the Least Developed Countries, Landlocked Developing Countries and Small Island Developing States");
    // A comma part that is not all one name is no entity.
    expect(entityFromTitles(["Secretary-General", "Special Adviser, Office of the Special Adviser, and Chair of the Board"])).toBeNull();
  });
});
