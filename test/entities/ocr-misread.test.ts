/**
 * OCR misreads on real OCR output: the Layout tesseract made of seed-ruled-150.pdf (saved by
 * scripts/make-ocr-layout-fixture.mjs, so no recognition runs here), with confusions typical of
 * UN scans injected into its text. The stages after extraction run on it as on any document.
 *
 *   precision: the clean OCR text gets no repair at all, and the same output with and without
 *              the repairs; text-layer pages (no `ocr` flag) get no mission repair;
 *   recall:    every injected misread of a gazetteer acronym or a symbol is read back.
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { loadDomainData } from "../../src/data/index.js";
import { newDoc, STAGES } from "../../src/pipeline.js";
import type { Doc } from "../../src/model/doc.js";
import { LayoutSchema, type Layout } from "../../src/model/layout.js";

const HERE = dirname(fileURLToPath(import.meta.url));
const LAYOUT = LayoutSchema.parse(JSON.parse(readFileSync(join(HERE, "..", "fixtures", "ocr", "seed-ruled-150.layout.json"), "utf8")));
const data = loadDomainData();

/** Every stage after extraction, on a given Layout. */
async function runOnLayout(layout: Layout): Promise<Doc> {
  const { input: _input, ...fresh } = newDoc("seed-ruled-150.pdf", new Uint8Array());
  let doc: Doc = { ...fresh, layout, source: { ...fresh.source, format: "pdf", pages: layout.pages.length } };
  for (const stage of STAGES) if (stage.name !== "extract") doc = await stage.run(doc, { options: {}, data });
  return doc;
}

/** The layout with `read` printed wherever `meant` was (same length, so every offset still holds). */
function inject(layout: Layout, confusions: ReadonlyArray<readonly [meant: string, read: string]>): Layout {
  const swap = (t: string) => confusions.reduce((s, [meant, read]) => s.replaceAll(meant, read), t);
  for (const [meant, read] of confusions) expect(read.length).toBe(meant.length);
  return {
    ...layout,
    text: swap(layout.text),
    pages: layout.pages.map((p) => ({
      ...p,
      lines: p.lines.map((l) => ({ ...l, text: swap(l.text), segments: l.segments.map((s) => ({ ...s, text: swap(s.text) })) })),
    })),
  };
}

const withoutOcrFlag = (layout: Layout): Layout => ({ ...layout, pages: layout.pages.map(({ ocr: _o, ...p }) => p) });
const repairs = (doc: Doc) => doc.warnings.filter((w) => w.code === "OCR_MISSION_REPAIRED" || w.code === "OCR_SYMBOL_REPAIRED");
const missions = (doc: Doc) => (doc.compact?.missions ?? []).map((m) => m.canonical ?? m.acronym);
const symbols = (doc: Doc) => [...doc.references.resolutions.map((r) => r.symbol), ...doc.references.documents.map((d) => d.symbol)];

/**
 * Misreads seen in scanned UN documents: 1 / l for I, 0 for O in acronyms; O, l, Z, g for digits
 * in symbols. Each acronym here is printed in the fixture (list items and prose); each symbol once or more.
 */
const MISSION_MISREADS = [
  ["UNMIL", "UNM1L"],
  ["MONUC", "M0NUC"],
  ["UNAMID", "UNAMlD"],
  ["UNMIS", "UNMlS"],
  ["MINURSO", "MINURS0"],
  ["BINUB", "B1NUB"],
] as const;
const SYMBOL_MISREADS = [
  ["A/RES/62/237", "A/RES/62/Z37"],
  ["A/RES/61/279", "A/RES/6l/279"],
  ["A/62/80", "A/62/8O"],
  ["A/RES/62/99", "A/RES/62/9g"],
  ["A/RES/61/291", "A/RES/6I/291"],
] as const;

describe("OCR misreads on real OCR output (seed-ruled-150)", async () => {
  const clean = await runOnLayout(LAYOUT);
  const misread = await runOnLayout(inject(LAYOUT, [...MISSION_MISREADS, ...SYMBOL_MISREADS]));

  it("the fixture is OCR output and holds every acronym and symbol the misreads change", () => {
    expect(LAYOUT.pages.every((p) => p.ocr === true)).toBe(true);
    for (const [meant] of [...MISSION_MISREADS, ...SYMBOL_MISREADS]) expect(LAYOUT.text).toContain(meant);
  });

  it("precision: no repair on the clean OCR text, and the same missions and references as without repairs", async () => {
    expect(repairs(clean)).toEqual([]);
    const plain = await runOnLayout(withoutOcrFlag(LAYOUT));
    expect(missions(clean)).toEqual(missions(plain));
    expect(clean.references).toEqual(plain.references);
  });

  it("recall: every misread mission acronym and symbol is read back, with a warning where it is printed", () => {
    expect(missions(misread)).toEqual(missions(clean));
    expect(symbols(misread)).toEqual(symbols(clean));
    const warned = repairs(misread);
    for (const [meant, read] of MISSION_MISREADS) {
      expect(warned.some((w) => w.code === "OCR_MISSION_REPAIRED" && w.message.startsWith(`mission acronym ${read} read as ${meant}`) && w.page !== null && w.line !== null)).toBe(true);
    }
    for (const [meant, read] of SYMBOL_MISREADS) {
      expect(warned.some((w) => w.code === "OCR_SYMBOL_REPAIRED" && w.message.startsWith(`${read} read as ${meant}`) && w.page !== null && w.line !== null)).toBe(true);
    }
    // The printed form is kept: raw forms and entity spans say what OCR read.
    const raw = misread.references.resolutions.find((r) => r.symbol === "A/RES/62/237")!.raw;
    expect(raw).toContain("A/RES/62/Z37");
    expect(misread.entities.some((e) => e.type === "mission" && e.text === "UNM1L" && e.normalized === "UNMIL")).toBe(true);
  });

  it("text-layer pages get symbol repairs (the grammar decides) but no mission repair", async () => {
    const layer = await runOnLayout(withoutOcrFlag(inject(LAYOUT, [...MISSION_MISREADS, ...SYMBOL_MISREADS])));
    expect(repairs(layer).every((w) => w.code === "OCR_SYMBOL_REPAIRED")).toBe(true);
    expect(symbols(layer)).toEqual(symbols(clean));
    // The list item stays as printed and unknown (the mission is still found by its name there).
    expect(layer.compact!.missions.find((m) => m.acronym === "UNM1L")).toMatchObject({ canonical: null, known: false, listed: true });
    expect(layer.entities.some((e) => e.type === "mission" && e.text === "M0NUC")).toBe(false);
  });
});
