/**
 * Session 40 (h-chr2), pdftotext -layout text of Chromium's and LibreOffice's prints of the first
 * corpora (committed tuning documents):
 *
 * - A row whose item cell ends without a full stop (`unstoppedItemEnd`): the words at a break split
 *   its items though another item of the column ends with one ("… from 7 in 2008 to 42 in 2009" /
 *   "Positive feedback from 83% …", corpus4 f2-004 lo.txt).
 * - A year under a cell line ending on a month name is the date's rest, no item ("… MONUSCO by
 *   December" / "2012.", corpus4 f1-013 lo.txt).
 * - A lower-case run under the marker that opens the measure two grid lines up, a value line between,
 *   is the measure's wrap (`runUnderCellOverEmptyLine`: "activities.  completing mandatory training",
 *   corpus4 f1-011 chromium.txt).
 * - A run's tail glued into an empty cell, ending on "the" above a new item, is the left cell's
 *   (`tailLeadingOnBeforeOpening`: "prioritization of activities in the", corpus dev-025 chromium.txt).
 * - Items part at a page break where the next page's first line opens a sentence
 *   (`opensSentenceAcrossPage`: "… technical assistance" / "Positive feedback from", corpus5 g1-003
 *   chromium.txt).
 * - A wrap between two capitalised words the document prints together elsewhere is no item's end
 *   (`namePrintedWhole`: "All briefings to the Security" / "Council delivered …", corpus2 d2-015
 *   chromium.txt).
 */
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { documentRows } from "../support/table-rows.js";

const rowsOf = (path: string) => documentRows(fileURLToPath(new URL(path, import.meta.url)));

describe("items without full stops beside items with them", () => {
  it("part at the words of the break in a row whose last item has no full stop", async () => {
    const rows = await rowsOf("../corpus4/fresh4/f2-004.lo.txt");
    const row = rows.find((r) => r.objective.startsWith("To improve the rule of law and security institutions"));
    expect(row?.measures).toEqual([
      "Positive feedback from 95% of clients surveyed on the protection of civilians strategies.",
      "Support plans agreed with UNMIS by June 2009",
      "Increase in the number of strategic assessments completed before mandate renewal from 7 in 2008 to 42 in 2009",
      "Positive feedback from 83% of clients surveyed on the pre-deployment visits.",
    ]);
  });
});

describe("a date cut by a wrap", () => {
  it("keeps the year with its month", async () => {
    const rows = await rowsOf("../corpus4/fresh4/f1-013.lo.txt");
    const measures = rows.flatMap((r) => r.measures);
    expect(measures).toContain("Support plans agreed with UNSOA and MONUSCO by December 2012.");
    expect(measures).not.toContain("2012.");
  });
});

describe("a cell's wrap on pdftotext's grid", () => {
  it("goes under the marker that opens its cell two grid lines up, over a value line", async () => {
    const rows = await rowsOf("../corpus4/fresh4/f1-011.chromium.txt");
    const row = rows.find((r) => r.objective.startsWith("To review and improve the efficiency of administrative processes"));
    expect(row?.accomplishments).toEqual(["Better planning of programme activities."]);
    expect(row?.measures).toEqual(["Percentage of staff members completing mandatory training"]);
  });
  it("keeps a line's last word that leads on out of an empty cell opening a line below", async () => {
    const rows = await rowsOf("../corpus/dev/dev-025.chromium.txt");
    const row = rows.find((r) => r.objective.startsWith("Effective management of coordination with the Lebanese Armed Forces"));
    expect(row?.measures).toContain("At least 87 per cent of policies reviewed and updated.");
    expect(row?.extra?.["risksAndMitigations"]).toContain("Delays in the approval of resources; mitigated by prioritization of activities in the workplan.");
  });
});

describe("items at a page break", () => {
  it("part where the next page's first line opens a sentence", async () => {
    const rows = await rowsOf("../corpus5/fresh5/g1-003.chromium.txt");
    const row = rows.find((r) => r.objective.startsWith("To strengthen oversight of enterprise risk management"));
    expect(row?.measures).toContain("Number of Member States requesting technical assistance");
    expect(row?.measures).toContain("Positive feedback from Member States on the quality of services received");
  });
});

describe("a name cut by a wrap", () => {
  it("goes on where the document prints the two words together elsewhere", async () => {
    const rows = await rowsOf("../corpus2/dev2/d2-015.chromium.txt");
    const row = rows.find((r) => r.objective.startsWith("To support the effective backstopping of special political missions"));
    expect(row?.measures).toHaveLength(1);
    expect(row?.measures[0]).toMatch(/^All briefings to the Security Council delivered as scheduled, as reported to the Secretary.General\.$/);
  });
});
