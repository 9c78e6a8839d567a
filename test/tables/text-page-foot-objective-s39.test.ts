/**
 * Session 39 (h-chr), pdftotext -layout text of Chromium's and LibreOffice's prints:
 *
 * - A document that breaks no word at a line-end hyphen keeps the hyphen between two words in its
 *   layout text too, as in its PDF (session 31's `keptByUnhyphenatedDocument`, asked of PDFs only
 *   until now): "a targeted training and help-" / "desk campaign." (corpus dev-012 chromium.txt).
 * - An objective cut at a page foot goes on with the next page's first objective line when its last
 *   line, the table's last before the break, finished no sentence and was full
 *   (`objectiveWrapsOverBreak`): "… expressed by Member" / (repeated header) / "States in the relevant
 *   …" (corpus5 g1-009 chromium.txt: "States" brings the line to exactly the column's full-line width
 *   in characters, which across a break counts as full); the same in a table of centred objectives
 *   ("… armaments through the United" / "Nations Register of Conventional Arms", corpus5 g2-011
 *   chromium.txt); and an objective that ends on "and" goes on whatever its lines' widths
 *   ("… the Financial Regulations and" / "Rules.", corpus4 f2-003 lo.txt).
 * - A value cell whose line ends on a word that leads on ("62% by") goes on two grid lines down,
 *   past the other value column's line between ("43% in 2011"), and opens no second value there
 *   (`valueLeadsOnOver`, corpus4 f1-002 chromium.txt).
 */
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { documentRows } from "../support/table-rows.js";

const rowsOf = (path: string) => documentRows(fileURLToPath(new URL(path, import.meta.url)));

describe("layout text of a document that never hyphenates", () => {
  it("keeps a compound's hyphen at a line end", async () => {
    const rows = await rowsOf("../corpus/dev/dev-012.chromium.txt");
    const risks = rows.flatMap((r) => r.extra?.["risksAndMitigations"] ?? []);
    expect(risks).toContain("Slow adoption of new systems by users; mitigated by a targeted training and help-desk campaign.");
    expect(risks.some((r) => r.includes("helpdesk"))).toBe(false);
  });
});

describe("an objective cut at a page foot", () => {
  it("goes on with the next page's first objective line when its last line was full (top-aligned rows)", async () => {
    const rows = await rowsOf("../corpus5/fresh5/g1-009.chromium.txt");
    const objectives = rows.map((r) => r.objective);
    expect(objectives).toContain("To ensure the effectiveness of the economic integration of Caribbean economies taking into account the recommendations of the oversight bodies and the views expressed by Member States in the relevant intergovernmental bodies.");
    expect(objectives.some((o) => o.startsWith("States in the relevant"))).toBe(false);
  });
  it("does so in a table of centred objectives", async () => {
    const rows = await rowsOf("../corpus5/fresh5/g2-011.chromium.txt");
    const objectives = rows.map((r) => r.objective);
    expect(objectives).toContain("To improve transparency in armaments through the United Nations Register of Conventional Arms");
    expect(objectives).toHaveLength(9);
  });
  it("goes on after a conjunction", async () => {
    const rows = await rowsOf("../corpus4/fresh4/f2-003.lo.txt");
    expect(rows.map((r) => r.objective)).toContain("To manage financial resources efficiently and in compliance with the Financial Regulations and Rules.");
  });
});

describe("a value cell that leads on", () => {
  it("goes on across another column's line pdftotext set between (no second value opens)", async () => {
    const rows = await rowsOf("../corpus4/fresh4/f1-002.chromium.txt");
    const row = rows.find((r) => r.objective.startsWith("To improve the use of evaluation findings in programme planning"));
    expect(row?.measures).toEqual(["Proportion of reports submitted to the General Assembly by the slot date"]);
    expect(row?.extra?.["target"]).toEqual(["62% by December 2012"]);
  });
});
