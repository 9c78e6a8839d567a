/**
 * An objective printed as a bold row spanning the table, with no "Objective:" label and too short
 * to reach the next column's centred label (test/corpus6, `objective:no-label`): it is the row's
 * objective, not the first accomplishment of the row above.
 */
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { extract } from "../../src/index.js";
import { markdownTextToLayout } from "../../src/extract/markdown.js";
import { findSections } from "../../src/compact/sections.js";
import { readTables } from "../../src/tables/index.js";

const corpus6 = join(dirname(fileURLToPath(import.meta.url)), "..", "corpus6", "dev6");

describe("a bold spanning objective row without a label", () => {
  it("is an objective in Markdown (`| **To …** | | |`)", () => {
    const md = [
      "| Expected results | Performance measures |",
      "|---|---|",
      "| **To widen the audiences reached in all official languages.** |  |",
      "| Content published in all official languages. | • 80% of content published within 5 days. |",
      "| **To keep collections open to researchers online.** |  |",
      "| Digitized collections available online. | • 12 thousand documents placed online. |",
    ].join("\n");
    const layout = markdownTextToLayout(md);
    const rows = readTables(layout, findSections(layout)).objectives.map((o) => ({ objective: o.objective, accomplishments: o.accomplishments, measures: o.measures.map((m) => m.text) }));
    expect(rows).toEqual([
      { objective: "To widen the audiences reached in all official languages.", accomplishments: ["Content published in all official languages."], measures: ["80% of content published within 5 days."] },
      { objective: "To keep collections open to researchers online.", accomplishments: ["Digitized collections available online."], measures: ["12 thousand documents placed online."] },
    ]);
  });

  it("is an objective in a LibreOffice PDF whose header labels are centred (d6-009)", async () => {
    const out = await extract(new Uint8Array(readFileSync(join(corpus6, "d6-009.lo.pdf"))), { fileName: "d6-009.lo.pdf" });
    const objectives = out.kind === "compact" ? out.objectives : [];
    const row = objectives.find((o) => o.objective === "To advance gender-responsive policies in national budgets.");
    expect(row?.accomplishments).toEqual([
      "National plans aligned with the Sustainable Development Goals.",
      "Member States adopting trade facilitation measures the Commission recommended.",
      "Climate risk assessments used in national investment plans.",
    ]);
    // The row above keeps only its own three accomplishments.
    expect(objectives.find((o) => o.objective.startsWith("To promote sustainable energy"))?.accomplishments).toHaveLength(3);
  });

  it("is an objective under a 3-line bold header in a ruled table (d6-007)", async () => {
    const out = await extract(new Uint8Array(readFileSync(join(corpus6, "d6-007.lo.pdf"))), { fileName: "d6-007.lo.pdf" });
    const truth = JSON.parse(readFileSync(join(corpus6, "d6-007.truth.json"), "utf8")) as { rows: { objective: string; accomplishments: string[]; measures: string[] }[] };
    const objectives = out.kind === "compact" ? out.objectives : [];
    for (const want of truth.rows.filter((r) => /^To (advance|deepen|help)/.test(r.objective))) {
      const got = objectives.find((o) => o.objective === want.objective);
      expect(got?.accomplishments).toEqual(want.accomplishments);
      expect(got?.measures.map((m) => m.text)).toEqual(want.measures);
    }
  });
});

describe("a footnote whose raised number is glued to its text ('1Targets are set …')", () => {
  it("is no cell of the table running on over the page break (d6-012)", async () => {
    const out = await extract(new Uint8Array(readFileSync(join(corpus6, "d6-012.lo.pdf"))), { fileName: "d6-012.lo.pdf" });
    const truth = JSON.parse(readFileSync(join(corpus6, "d6-012.truth.json"), "utf8")) as { rows: { objective: string; accomplishments: string[]; measures: string[] }[] };
    const want = truth.rows[3]!;
    const got = (out.kind === "compact" ? out.objectives : []).find((o) => o.objective === want.objective);
    expect(got?.accomplishments).toEqual(want.accomplishments);
    expect(got?.measures.map((m) => m.text)).toEqual(want.measures);
  });
});

describe("an objective heading at the top of a page, above the next table", () => {
  it("ends the table above it instead of being cut into its columns (d6-024)", async () => {
    const out = await extract(new Uint8Array(readFileSync(join(corpus6, "d6-024.lo.pdf"))), { fileName: "d6-024.lo.pdf" });
    const truth = JSON.parse(readFileSync(join(corpus6, "d6-024.truth.json"), "utf8")) as { rows: { objective: string; accomplishments: string[]; measures: string[] }[] };
    const objectives = out.kind === "compact" ? out.objectives : [];
    const want = truth.rows.find((r) => r.objective.startsWith("To bring the vacancy rate"))!;
    const got = objectives.find((o) => o.objective === want.objective);
    expect(got?.accomplishments).toEqual(want.accomplishments);
    expect(got?.measures.map((m) => m.text)).toEqual(want.measures);
    expect(objectives.some((o) => o.objective === "")).toBe(false);
  });
});

describe("an objective across a table in pdftotext's layout text, where nothing is bold", () => {
  it("crosses the edge where the second column's cells start, though not the centred label (d6-009.lo.txt)", async () => {
    const out = await extract(new Uint8Array(readFileSync(join(corpus6, "d6-009.lo.txt"))), { fileName: "d6-009.lo.txt", format: "text" });
    const truth = JSON.parse(readFileSync(join(corpus6, "d6-009.truth.json"), "utf8")) as { rows: { objective: string; accomplishments: string[]; measures: string[] }[] };
    const want = truth.rows[1]!;
    expect(want.objective).toBe("To advance gender-responsive policies in national budgets.");
    const got = (out.kind === "compact" ? out.objectives : []).find((o) => o.objective === want.objective);
    expect(got?.accomplishments).toEqual(want.accomplishments);
    expect(got?.measures.map((m) => m.text)).toEqual(want.measures);
  });
});
