/**
 * Session 34 (h-v11): lines at a page foot a row's gap under the row above, with no objective text,
 * stay the row above's last sub-row when the next page's row opens whole — its first line fills
 * every column those lines fill (`nextRowOpensWithoutTailColumn`, tables/index.ts). Session 33's
 * `pageFootRowStartsToNextRow` moved them to the next row and lost these rows (corpus8 d8-015
 * html.pdf, corpus14 d14-012 odt.pdf); WeasyPrint's row starts (page-foot-row-start-s33.test.ts)
 * leave a column of the next row's first line blank instead.
 */
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { extract } from "../../src/index.js";

const rowsOf = async (path: string) => {
  const file = join(dirname(fileURLToPath(import.meta.url)), "..", path);
  const out = await extract(new Uint8Array(readFileSync(file)), { fileName: path.split("/").at(-1)! });
  if (out.kind !== "compact") throw new Error(`${path}: ${out.kind}`);
  const row = (start: string) => out.objectives.find((o) => o.objective.startsWith(start));
  return { row, text: (xs: ReadonlyArray<string | { text: string }> | undefined) => (xs ?? []).map((x) => (typeof x === "string" ? x : x.text)) };
};

describe("a row's last sub-row at a page foot stays when the next page's row opens whole", () => {
  it("corpus8 d8-015 html.pdf: '3. Travel planned ahead of time' | its two measures", async () => {
    const { row, text } = await rowsOf("corpus8/dev8/d8-015.html.pdf");
    expect(text(row("To implement accepted oversight")?.accomplishments)).toEqual(["Staff completing mandatory courses", "Managers modelling ethical leadership", "Travel planned ahead of time"]);
    expect(text(row("To implement accepted oversight")?.measures).slice(-2)).toEqual(["86% of accepted recommendations implemented by their target dates", "65% of tickets purchased 16 days before travel"]);
    expect(text(row("To ensure full compliance")?.accomplishments)).toEqual(["Oversight recommendations closed within their deadlines", "Performance cycle completed on schedule"]);
  });
  it("corpus14 d14-012 odt.pdf: a measure with its baseline and target", async () => {
    const { row, text } = await rowsOf("corpus14/dev14/d14-012.odt.pdf");
    expect(text(row("To give Member States a single entry point")?.measures)).toEqual(["Grants disbursed to implementing entities", "Share of contributions recorded within 10 working days", "Business leaders attending the partnership forum"]);
  });
});
