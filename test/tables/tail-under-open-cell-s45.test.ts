/**
 * pdftotext -layout text (session 45, h-gap45): a row set on a grid of its own puts the
 * accomplishment's first line one space after the objective's ("To complete the performance
 * appraisals of Risk register reviewed by"), and its next line's words right after the objective's
 * next line, one space on ("… appraisals of senior management"), where the header's edge gives them
 * to the objective. `runTailUnderCellAbove` reads such a lower-case tail opening where the cell
 * opens on the line above as that cell's line, but not at the end of an objective's run — unless the
 * cell's line above cannot end its cell (`cellLineCannotEnd`): it breaks a word with a hyphen or, from
 * this session, ends on a word that leads on ("reviewed by", "held in"). Layouts from corpus14 val14h
 * v14h-006 txt and corpus18 val18h v18-004 jspdf.txt: the first, second and fourth cases fail without
 * the leads-on cue (the objective read "… appraisals of senior management all staff …" and "… progress
 * in the the political process"). The third is the guard: a cell line that ends a word of its own
 * ("… vetted, trained") leaves the objective its "in" (corpus14 val14g v14g-017); it fails when every
 * objective's tail may go (the guard dropped: session 45's first try, +7/−7 rows on corpora 11, 14, 18).
 * The fifth is the second guard (`laterWordOpensBelow`): the run's next word opens where the cell's
 * text opens on the line below, so the objective keeps the tail's first word ("in cooperation with
 * reserve plan …" over "Interlocutors", corpus20 val20f v20f-017 typst.txt); it fails without it.
 */
import { describe, expect, it } from "vitest";
import { join } from "node:path";
import { documentRows, textRows } from "../support/table-rows.js";

/** v14h-006's managerial table (corpus14 val14h txt), two rows and the header. */
const APPRAISALS = [
  "1.B. MANAGING RESOURCES",
  "In 2024 I will give priority to the following results.",
  "",
  "Objectives                     Outcomes                   Key performance indicators              Unit            Baseline   Target",
  "To improve the                 Appraisals completed in    Days from vacancy announcement to       days            198        195",
  "geographical diversity of      the performance            selection",
  "the Office's staff in Africa   management system",
  "",
  "",
  "To complete the           Risk register reviewed by Share of women among professional             percentage      52%        55%",
  "performance appraisals of senior management         staff",
  "all staff on time in the",
  "Asia-Pacific region",
  "",
  "",
  "                               Selection decisions taken Share of tickets purchased 16 days       %               68%        at least 69%",
  "                               within the timeline       before travel",
].join("\n");

/** v18-004's table (corpus18 val18h jspdf.txt): the objective's line and the accomplishment's glued by one space. */
const CAPITALS = [
  "SECTION 1 : DELIVERING RESULTS",
  "A. ACHIEVING PROGRAMME OBJECTIVES",
  "Objectives                      Expected accomplishments       Indicators of achievement",
  "To facilitate negotiations      Reports to the Security        - Reports submitted by the",
  "between the parties without     Council submitted on time.     requested date: 94 per cent.",
  "preconditions",
  "",
  "To keep the Security Council Bilateral consultations held in   - Participants in family visits:",
  "informed of progress in the the capitals of the region.        2,113.",
  "political process                                              - Average time to respond to a",
  "                                                               communication from a party: 3.",
].join("\n");

/** v14g-017's table (corpus14 val14g txt), its first two rows: the outcome's line above ends "trained", a word of its own. */
const TRAINED = [
  "I. Programme delivery",
  "The results I commit to deliver in 2017 are set out in the table below.",
  "OBJECTIVES                               OUTCOMES                               INDICATORS OF ACHIEVEMENT                                   UNIT          BASELINE      TARGET",
  "To deploy standing police and justice National police officers vetted, trained Joint rule-of-law programmes with country teams              programmes    11            14",
  "capacities within weeks of a request in and deployed in mission areas",
  "Latin America and the Caribbean",
  "",
  "",
  "",
  "To support host Governments in         Joint rule-of-law programmes agreed      Share of corrections officers trained in human rights       percentage    63            70",
  "rebuilding justice and corrections     with country teams                       standards",
  "institutions",
].join("\n");

describe("an objective's glued tail under a cell whose line above leads on goes on with that cell (cellLineCannotEnd)", () => {
  it("reads 'senior management' under 'Risk register reviewed by' as the outcome's (v14h-006)", () => {
    const row = textRows(APPRAISALS).find((r) => r.objective.startsWith("To complete the performance"));
    expect(row?.objective).toBe("To complete the performance appraisals of all staff on time in the Asia-Pacific region");
    expect(row?.accomplishments).toEqual(["Risk register reviewed by senior management", "Selection decisions taken within the timeline"]);
  });
  it("reads 'the capitals of the region.' under 'Bilateral consultations held in' as the accomplishment's (v18-004)", () => {
    const row = textRows(CAPITALS).find((r) => r.objective.startsWith("To keep the Security Council"));
    expect(row?.objective).toBe("To keep the Security Council informed of progress in the political process");
    expect(row?.accomplishments).toEqual(["Bilateral consultations held in the capitals of the region."]);
  });
  it("keeps an objective's last word under a cell line that ends a word of its own ('… trained')", () => {
    const row = textRows(TRAINED).find((r) => r.objective.startsWith("To deploy standing police"));
    expect(row?.objective).toBe("To deploy standing police and justice capacities within weeks of a request in Latin America and the Caribbean");
  });
  it("keeps the objective's 'with' when the run's next word opens where the cell's text opens below (laterWordOpensBelow, v20f-017)", async () => {
    const rows = await documentRows(join(__dirname, "..", "corpus20", "val20f", "v20f-017.typst.txt"));
    const row = rows.find((r) => r.objective.startsWith("To prepare system-wide strategies requested by the Board,"));
    expect(row?.objective).toBe("To prepare system-wide strategies requested by the Board, in cooperation with the parties concerned");
    expect(row?.extra["risksAndMitigations"]?.[0]).toBe("Voluntary funding is delayed; mitigation: a reserve plan agreed with donors.");
  });
  it("reads the committed v14h-006 and v18-004 so", async () => {
    const a = (await documentRows(join(__dirname, "..", "corpus14", "val14h", "v14h-006.txt"))).find((r) => r.objective.startsWith("To complete the performance"));
    expect(a?.accomplishments).toEqual(["Risk register reviewed by senior management", "Selection decisions taken within the timeline"]);
    const b = (await documentRows(join(__dirname, "..", "corpus18", "val18h", "v18-004.jspdf.txt"))).find((r) => r.objective.startsWith("To keep the Security Council"));
    expect(b?.objective).toBe("To keep the Security Council informed of progress in the political process");
  });
});
