/**
 * The committed synthetic corpus (test/corpus/, made by scripts/corpus/generate.mjs) is internally
 * consistent: every manifest entry has all its files, every truth parses and agrees with the
 * manifest and with its own Markdown, the feature catalogue is covered in ruled and borderless
 * documents, and the held-out part shares no entity or feature combination with dev. No pipeline
 * scoring here (that is `npm run corpus:score`).
 */
import { describe, expect, it } from "vitest";
import { existsSync, readFileSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";

const here = dirname(fileURLToPath(import.meta.url));

/** What the brief asks of the development part, and of the held-out part. */
const MIN_DEV_DOCS = 30;
const MIN_DEV_ROWS = 400;
const MIN_HOLDOUT_DOCS = 10;
/** Feature families FORMATS.md lists; the catalogue must name at least one feature of each. */
const REQUIRED_FAMILIES = ["title:", "preamble:", "entity:", "sections:", "signatures:", "running-header", "page-footer", "footnotes", "two-column-prose", "landscape",
  "header-number:", "header-case:", "acc-vocab:", "meas-vocab:", "col:risks", "col:baseline", "col:target", "order:", "header-wrapped", "header-repeated",
  "objective:spanning-row", "objective:heading", "no-accomplishment", "two-column", "subrows:rowspan", "subrows:measure-rows", "cells-vcenter", "cells-long",
  "marker:", "text-", "missions-", "res-", "doc-qualified"];
const RENDERINGS = ["html", "lo.pdf", "chromium.pdf", "lo.txt", "chromium.txt", "md", "weasy.pdf", "wk.pdf"] as const;

const Entry = z.object({
  id: z.string().regex(/^(dev|ho)-\d{3}$/),
  split: z.enum(["dev", "holdout"]),
  year: z.number().int().min(2006).max(2024),
  entity: z.string().min(3),
  ruled: z.boolean(),
  rows: z.number().int().positive(),
  pages: z.object({ lo: z.number().int().positive(), chromium: z.number().int().positive() }),
  cutRows: z.object({ lo: z.array(z.number().int()), chromium: z.array(z.number().int()) }),
  lateRows: z.object({ lo: z.array(z.number().int()), chromium: z.array(z.number().int()) }),
  features: z.array(z.string()),
  renderings: z.record(z.enum(RENDERINGS), z.string()),
  truth: z.string(),
});
const Manifest = z.object({ minDocs: z.number().int().positive(), catalogue: z.array(z.string()), documents: z.array(Entry) });
const Measure = z.object({ accomplishment: z.number().int().nonnegative().nullable(), target: z.string().nullable(), baseline: z.string().nullable() });
const Row = z.object({ section: z.string().min(1), objective: z.string().min(10), accomplishments: z.array(z.string().min(3)), measures: z.array(z.string().min(3)).min(1) }).catchall(z.array(z.string()));
const Truth = z.object({
  kind: z.literal("compact"),
  year: z.number().int(),
  manager: z.object({ name: z.string(), title: z.string() }),
  counterpart: z.object({ name: z.enum(["Kofi A. Annan", "Ban Ki-moon", "António Guterres"]), title: z.literal("Secretary-General") }),
  entity: z.string(),
  signedOn: z.array(z.string().regex(/^\d{4}-\d{2}-\d{2}$/)).length(2),
  rows: z.array(Row).min(1),
  missions: z.array(z.object({ acronym: z.string(), name: z.string() })),
  resolutions: z.array(z.string().regex(/^(S\/RES\/\d+ \(\d{4}\)|A\/RES\/\d+\/\d+|E\/RES\/\d{4}\/\d+)$/)),
  documents: z.array(z.string()),
  resolutionDates: z.record(z.string(), z.string().regex(/^\d{4}-\d{2}-\d{2}$/)),
  challenges: z.number().int().nonnegative(),
  structure: z.object({
    features: z.array(z.string()),
    rows: z.array(z.object({ section: z.string(), objective: z.string(), features: z.array(z.string()), measures: z.array(Measure) })),
  }),
});
type TruthT = z.infer<typeof Truth>;

const manifest = Manifest.parse(JSON.parse(readFileSync(join(here, "manifest.json"), "utf8")));
const docs = manifest.documents.map((e) => ({ e, truth: Truth.parse(JSON.parse(readFileSync(join(here, e.truth), "utf8"))) }));
const dev = docs.filter((d) => d.e.split === "dev");
const holdout = docs.filter((d) => d.e.split === "holdout");

/** Printed text back to truth spelling: the quirks the README lists, undone. */
// U+2011 first: NFKC would turn it into U+2010, not "-".
const unquirk = (s: string) => s.replace(/\u00ad/g, "").replace(/\u2011/g, "-").replace(/\u00a0/g, " ").normalize("NFKC");
/** Truth spelling as it appears in Markdown (escaped pipes, collapsed spaces). */
const flat = (s: string) => unquirk(s).replace(/\\\|/g, "|").replace(/\s+/g, " ");

describe("synthetic corpus", () => {
  it("has the size the brief asks for", () => {
    expect(dev.length).toBeGreaterThanOrEqual(MIN_DEV_DOCS);
    expect(dev.reduce((a, d) => a + d.truth.rows.length, 0)).toBeGreaterThanOrEqual(MIN_DEV_ROWS);
    expect(holdout.length).toBeGreaterThanOrEqual(MIN_HOLDOUT_DOCS);
  });

  it("has every rendering of every document, non-empty", () => {
    for (const { e } of docs) {
      for (const r of RENDERINGS) {
        const f = join(here, e.renderings[r] ?? "missing");
        expect(existsSync(f), `${e.id} ${r}`).toBe(true);
        expect(statSync(f).size, `${e.id} ${r}`).toBeGreaterThan(500);
      }
      expect(readFileSync(join(here, e.renderings["lo.pdf"] ?? "")).subarray(0, 5).toString()).toBe("%PDF-");
      expect(readFileSync(join(here, e.renderings["chromium.pdf"] ?? "")).subarray(0, 5).toString()).toBe("%PDF-");
    }
  });

  it("agrees between manifest and truth, and truth is self-consistent", () => {
    for (const { e, truth } of docs) {
      expect(truth.rows.length, e.id).toBe(e.rows);
      expect(truth.structure.features, e.id).toEqual(e.features);
      expect(truth.structure.rows.length, e.id).toBe(truth.rows.length);
      expect(new Set(truth.rows.map((r) => r.objective.toLowerCase())).size, `${e.id}: objectives unique`).toBe(truth.rows.length);
      truth.rows.forEach((row, i) => {
        const s = truth.structure.rows[i];
        expect(s?.objective).toBe(row.objective);
        expect(s?.measures.length, `${e.id} row ${i}`).toBe(row.measures.length);
        for (const m of s?.measures ?? []) if (m.accomplishment !== null) expect(m.accomplishment).toBeLessThan(row.accomplishments.length);
        if (row["target"]) expect(row["target"]).toEqual(s?.measures.map((m) => m.target));
        if (row["baseline"]) expect(row["baseline"]).toEqual(s?.measures.map((m) => m.baseline));
      });
      for (const k of e.cutRows.lo) expect(k).toBeLessThan(truth.rows.length);
      for (const p of ["lo", "chromium"] as const) for (const k of e.lateRows[p]) expect(e.cutRows[p]).toContain(k);
    }
  });

  it("prints every truth item in the Markdown and the HTML of its document", () => {
    for (const { e, truth } of docs) {
      const md = flat(readFileSync(join(here, e.renderings.md ?? ""), "utf8"));
      const html = flat(readFileSync(join(here, e.renderings.html ?? ""), "utf8").replace(/&amp;/g, "&").replace(/<[^>]+>/g, " "));
      const items = (r: TruthT["rows"][number]) => [r.objective, ...r.accomplishments, ...r.measures, ...(r["risksAndMitigations"] ?? [])];
      for (const r of truth.rows) for (const it of items(r)) {
        expect(md.includes(flat(it)), `${e.id} md: ${it}`).toBe(true);
        expect(html.includes(flat(it)), `${e.id} html: ${it}`).toBe(true);
      }
      // A mission is printed by its acronym, or by its name (a mission's own compact names it in the header).
      for (const m of truth.missions) expect(md.includes(m.acronym) || md.includes(m.name), `${e.id}: ${m.acronym}`).toBe(true);
      for (const d of truth.documents) expect(md.includes(d), `${e.id}: ${d}`).toBe(true);
    }
  });

  it("names the entity in both pdftotext renderings", () => {
    const squash = (s: string) => unquirk(s).toLowerCase().replace(/[^a-z0-9]/g, "");
    for (const { e, truth } of docs) for (const r of ["lo.txt", "chromium.txt"] as const) {
      const txt = squash(readFileSync(join(here, e.renderings[r] ?? ""), "utf8"));
      expect(txt.includes(squash(truth.entity)), `${e.id} ${r}`).toBe(true);
    }
  });

  it("covers every catalogue feature in at least minDocs ruled and minDocs borderless dev documents", () => {
    for (const fam of REQUIRED_FAMILIES) expect(manifest.catalogue.some((f) => f.startsWith(fam)), fam).toBe(true);
    const gaps: string[] = [];
    for (const f of manifest.catalogue) {
      const ruled = dev.filter((d) => d.e.ruled && d.truth.structure.features.includes(f)).length;
      const borderless = dev.filter((d) => !d.e.ruled && d.truth.structure.features.includes(f)).length;
      if (ruled < manifest.minDocs || borderless < manifest.minDocs) gaps.push(`${f}: ${ruled} ruled, ${borderless} borderless`);
    }
    expect(gaps).toEqual([]);
    expect(manifest.minDocs).toBeGreaterThanOrEqual(3);
  });

  it("cuts rows by page breaks in ruled and borderless documents of both producers", () => {
    for (const prod of ["lo", "chromium"] as const) for (const ruled of [true, false]) {
      const n = dev.filter((d) => d.e.ruled === ruled && d.e.cutRows[prod].length > 0).length;
      expect(n, `${prod} ruled=${ruled}`).toBeGreaterThanOrEqual(manifest.minDocs);
      const late = dev.filter((d) => d.e.ruled === ruled && d.e.lateRows[prod].length > 0).length;
      expect(late, `${prod} ruled=${ruled}: rows starting in a page's last lines`).toBeGreaterThanOrEqual(manifest.minDocs);
    }
  });


  it("keeps the held-out part apart from dev", () => {
    const devEntities = new Set(dev.map((d) => d.truth.entity));
    const devManagers = new Set(dev.map((d) => d.truth.manager.name));
    const devObjectives = new Set(dev.flatMap((d) => d.truth.rows.map((r) => r.objective)));
    const devCombos = new Set(dev.map((d) => d.e.features.join("|")));
    for (const { e, truth } of holdout) {
      expect(devEntities.has(truth.entity), e.id).toBe(false);
      expect(devManagers.has(truth.manager.name), e.id).toBe(false);
      expect(devCombos.has(e.features.join("|")), e.id).toBe(false);
      for (const r of truth.rows) expect(devObjectives.has(r.objective), `${e.id}: ${r.objective}`).toBe(false);
    }
  });
});
