/**
 * PDF input through the table stage: the seed compact rendered to PDF in every layout gives the
 * same rows as the text seed; lattice (rules) and stream (no rules) agree on the same content; a
 * row cut by a page break is stitched into one row that records both pages.
 */
import { describe, expect, it } from "vitest";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { extract, extractDoc } from "../../src/index.js";
import { readTables } from "../../src/tables/index.js";
import type { Output } from "../../src/model/output.js";
import type { Layout } from "../../src/model/layout.js";

const HERE = dirname(fileURLToPath(import.meta.url));
const PDF = (name: string) => join(HERE, "..", "fixtures", "pdf", name);
const TEXT_SEED = join(HERE, "..", "..", "fixtures", "compact-2008-dfs.txt");

type Row = { objective: string; accomplishments: string[]; measures: string[]; extra: Record<string, string[]> };
const rowsOf = (out: Output): Row[] =>
  out.kind === "compact"
    ? out.objectives.map((o) => ({
        objective: o.objective,
        accomplishments: o.accomplishments,
        measures: o.measures.map((m) => m.text),
        extra: Object.fromEntries(Object.entries(o.extra).map(([k, v]) => [k, v])),
      }))
    : [];

describe("seed compact as PDF: same rows as the text seed", () => {
  for (const layout of ["seed-ruled", "seed-borderless", "seed-narrow", "seed-furniture"]) {
    it(layout, async () => {
      const [pdf, text] = await Promise.all([extract(PDF(`${layout}.pdf`)), extract(TEXT_SEED)]);
      const expected = rowsOf(text);
      expect(expected).toHaveLength(21);
      expect(rowsOf(pdf)).toEqual(expected);
      if (pdf.kind === "compact") expect(pdf.objectives.map((o) => o.section)).toEqual(text.kind === "compact" ? text.objectives.map((o) => o.section) : []);
    });
  }
});

describe("lattice vs stream on the same content", () => {
  it("the ruled PDF gives the same rows with its rules (lattice) and with them taken away (stream)", async () => {
    const doc = await extractDoc(PDF("seed-ruled.pdf"));
    expect(doc.layout.pages.some((p) => p.rules.length > 0)).toBe(true);
    const unruled: Layout = { ...doc.layout, pages: doc.layout.pages.map((p) => ({ ...p, rules: [] })) };
    const lattice = readTables(doc.layout, doc.sections);
    const stream = readTables(unruled, doc.sections);
    expect(lattice.objectives).toHaveLength(21);
    expect(stream.objectives.map((o) => [o.objective, o.accomplishments, o.measures])).toEqual(
      lattice.objectives.map((o) => [o.objective, o.accomplishments, o.measures]),
    );
  });

  it("the 4-column landscape table reads its fourth column, ruled or not", async () => {
    const doc = await extractDoc(PDF("risks-landscape.pdf"));
    const out = doc.output!;
    expect(out.kind).toBe("compact");
    const rows = rowsOf(out);
    expect(rows).toHaveLength(5);
    expect(rows[0]).toEqual({
      objective: "To strengthen the financial oversight of field missions.",
      accomplishments: ["Timely closure of mission accounts.", "Improved cash management in field missions."],
      measures: ["95% of mission accounts closed within 12 months of liquidation.", "Cash balances reconciled monthly in all missions."],
      extra: { risksAndMitigations: ["Staff turnover in finance sections; mitigated by a roster of pre-cleared candidates.", "Late inputs from missions; mitigated by quarterly reminders."] },
    });
    const unruled: Layout = { ...doc.layout, pages: doc.layout.pages.map((p) => ({ ...p, rules: [] })) };
    const stream = readTables(unruled, doc.sections).objectives;
    // Without the frame (stream), the footnote under the table can be read as one more row
    // (it is today: the lattice frame is what ends the table there); the five real rows are the same.
    expect(stream.slice(0, 5).map((o) => o.extra)).toEqual(out.kind === "compact" ? out.objectives.map((o) => o.extra) : []);
  });
});

describe("rows cut by a page break", () => {
  it("are stitched into one row that records every page it touches", async () => {
    const out = await extract(PDF("seed-narrow.pdf"));
    if (out.kind !== "compact") throw new Error("not a compact");
    const row = out.objectives.find((o) => o.objective.startsWith("To ensure that the instrument"))!;
    expect(row.provenance.pages).toHaveLength(2);
    expect(row.accomplishments).toEqual(["Strengthened policy, operational and support capacity of DFS to meet the current and anticipated requirements of peace operations."]);
    expect(row.measures[0]!.text).toMatch(/^Endorsement by the Special Committee .* implementation of those recommendations\.$/);
    const multi = out.objectives.filter((o) => o.provenance.pages.length > 1);
    expect(multi.length).toBeGreaterThanOrEqual(3);
  });

  it("with a running header and footer between the two parts", async () => {
    const out = await extract(PDF("seed-furniture.pdf"));
    if (out.kind !== "compact") throw new Error("not a compact");
    const cut = out.objectives.filter((o) => o.provenance.pages.length > 1);
    expect(cut.length).toBeGreaterThan(0);
    for (const o of cut) {
      const all = [o.objective, ...o.accomplishments, ...o.measures.map((m) => m.text)].join(" ");
      expect(all).not.toMatch(/Page \d+ of|Senior Manager's Compact 2008 —/);
    }
  });
});
