/**
 * Session 33 (h-v11): WeasyPrint starts a row at a page foot when its first sub-row or its
 * vertically centred value fits there, and sets the rest (the objective first) on the next page.
 * Those lines, a row's gap under the row above and with no objective text, open the next page's
 * row (`pageFootRowStartsToNextRow`, tables/index.ts) instead of closing the row above. Committed
 * files of corpus11's validation draw val11.
 */
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { extract } from "../../src/index.js";

const rowsOf = async (name: string) => {
  const file = join(dirname(fileURLToPath(import.meta.url)), "..", "corpus11", "val11", name);
  const out = await extract(new Uint8Array(readFileSync(file)), { fileName: name });
  if (out.kind !== "compact") throw new Error(`${name}: ${out.kind}`);
  const row = (start: string) => out.objectives.find((o) => o.objective.startsWith(start));
  return { row, text: (xs: ReadonlyArray<string | { text: string }> | undefined) => (xs ?? []).map((x) => (typeof x === "string" ? x : x.text)) };
};

describe("a row's first lines left at the page foot open the next page's row", () => {
  it("a whole first sub-row (v11-014 weasy.pdf: '13.1 Women appointed …' | '93% of …' | 'Hiring freeze …')", async () => {
    const { row, text } = await rowsOf("v11-014.weasy.pdf");
    expect(text(row("To reduce the time taken")?.measures)).toEqual(["93% of oversight recommendations implemented on time.", "Budget implementation rate of 98%.", "Vacancies filled in 122 days on average."]);
    expect(text(row("To act on the recommendations")?.accomplishments)).toEqual(["Women appointed to senior posts", "Documents submitted within the slotted dates", "Mandatory courses completed by all staff"]);
    expect(text(row("To act on the recommendations")?.measures)[0]).toBe("93% of performance appraisals completed by the deadline.");
  });
  it("a centred target alone at the page foot (v11-021 weasy.pdf: '27')", async () => {
    const { row, text } = await rowsOf("v11-021.weasy.pdf");
    expect(text(row("To raise the profile")?.extra["target"])).toEqual(["65"]);
    expect(text(row("To mobilize the United Nations")?.extra["target"])).toEqual(["27", "268"]);
  });
  it("in pdftotext's layout text too (v11-022 txt: a measure under the page's last row)", async () => {
    const { row, text } = await rowsOf("v11-022.txt");
    expect(text(row("To protect civic space")?.measures)).toEqual(["Investigative teams deployed in 43 days on average"]);
    expect(text(row("To improve the follow-up")?.measures)).toEqual(["Investigative teams deployed in 42 days on average", "13 national action plans adopted after the review"]);
  });
});
