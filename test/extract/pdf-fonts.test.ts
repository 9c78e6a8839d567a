import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { AnnotationMode } from "pdfjs-dist/legacy/build/pdf.mjs";
import type { PDFDocumentProxy } from "pdfjs-dist/legacy/build/pdf.mjs";
import { fontModeFor, MAX_FONT_BYTES_FOR_FACES, openDocument, skipFontLoading, TEXT_OP_CODES, visibleChars, type FontMode } from "../../src/extract/pdf.js";
import { CONTROL, isControl, isUnmappedPua, isWhite, runsFromOperators, WHITE, type FontInfo } from "../../src/extract/pdf/glyphs.js";
import { guardStreams } from "../../src/extract/pdf/streams.js";
import { loadDomainData } from "../../src/data/index.js";

const fixture = (name: string) => new Uint8Array(readFileSync(fileURLToPath(new URL(name, import.meta.url))));
const FIXTURES = ["../fixtures/pdf/seed-ruled.pdf", "../fixtures/pdf/risks-rotated.pdf", "../fixtures/pdf/ghostscript-ligatures.pdf", "../../fixtures/compact-2008-dfs-ruled.pdf"];

/** Every page's glyph runs as the extractor reads them, and how many glyph outlines pdf.js built. */
async function readRuns(pdf: PDFDocumentProxy) {
  const pages = [];
  let outlines = 0;
  let fonts = 0;
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    const ops = await page.getOperatorList({ annotationMode: AnnotationMode.DISABLE });
    const fontOf = (name: string) => (page.commonObjs.has(name) ? (page.commonObjs.get(name) as FontInfo) : null);
    pages.push(runsFromOperators(ops.fnArray, ops.argsArray, TEXT_OP_CODES, page.getViewport({ scale: 1 }).transform, fontOf));
    for (const [id] of page.commonObjs as unknown as Iterable<[string, unknown]>) {
      if (id.includes("_path_")) outlines++;
      else fonts++;
    }
  }
  return { pages, outlines, fonts };
}

async function read(bytes: Uint8Array, fonts: FontMode, skip: boolean) {
  const task = openDocument(bytes.slice(), fonts);
  try {
    const pdf = await task.promise;
    return await readRuns(skip ? skipFontLoading(pdf, fonts) : pdf);
  } finally {
    await task.destroy();
  }
}

describe("reading a text layer with font faces instead of glyph outlines", () => {
  it.each(FIXTURES)("gives the same glyph runs and font objects, and builds no outline: %s", async (path) => {
    const bytes = fixture(path);
    const paths = await read(bytes, "paths", true);
    const faces = await read(bytes, "faces", true);
    expect(paths.outlines).toBeGreaterThan(0); // what "faces" saves
    expect(faces.outlines).toBe(0);
    expect(faces.fonts).toBe(paths.fonts);
    expect(faces.pages).toEqual(paths.pages);
    expect(faces.pages.flatMap((p) => p.runs).length).toBeGreaterThan(10);
  });

  it("builds no outline through the rule sink either, when the font loader is left as pdf.js made it", async () => {
    const faces = await read(fixture(FIXTURES[0]!), "faces", false);
    expect(faces.outlines).toBe(0);
    expect(faces.fonts).toBeGreaterThan(0);
  });

  it("reads with outlines when pages are rendered anyway or a font is large", () => {
    const ctx = (ocr: "auto" | "force" | "off") => ({ options: { ocr }, data: loadDomainData() });
    expect(fontModeFor(30_000, ctx("auto"))).toBe("faces");
    expect(fontModeFor(30_000, ctx("off"))).toBe("faces");
    expect(fontModeFor(MAX_FONT_BYTES_FOR_FACES, ctx("auto"))).toBe("faces");
    expect(fontModeFor(MAX_FONT_BYTES_FOR_FACES + 1, ctx("auto"))).toBe("paths");
    expect(fontModeFor(Infinity, ctx("auto"))).toBe("paths");
    expect(fontModeFor(30_000, ctx("force"))).toBe("paths");
  });

  it("measures the largest embedded font program while guarding the streams", () => {
    // seed-ruled.pdf embeds subset TrueType fonts of ~30 KB (FontFile2, Flate).
    const { largestFont } = guardStreams(fixture(FIXTURES[0]!));
    expect(largestFont).toBeGreaterThan(10_000);
    expect(largestFont).toBeLessThan(MAX_FONT_BYTES_FOR_FACES);
  });
});

describe("the glyph reader's per-glyph tests by char codes", () => {
  const samples: string[] = [];
  for (let c = 0; c <= 0xffff; c++) samples.push(String.fromCharCode(c), String.fromCharCode(c) + " ", " " + String.fromCharCode(c), String.fromCharCode(c, c));
  samples.push("", "fi", "\u{1F600}", "\uD83D", "  ", "\u00a0\u3000", "\u0001\u0002", "\u0001a", "\uE000\uE001");
  const UNMAPPED_PUA = /^[\uE000-\uF01F\uF100-\uF8FF]$/u;

  it("answers as the patterns do on every code unit, alone and in pairs", () => {
    const wrong: string[] = [];
    for (const t of samples) {
      if (t !== "" && (isControl(t) !== CONTROL.test(t) || isWhite(t) !== WHITE.test(t))) wrong.push(t);
      if (isUnmappedPua(t) !== UNMAPPED_PUA.test(t)) wrong.push(t);
    }
    expect(wrong).toEqual([]);
    // Each test says yes somewhere (the samples reach every branch).
    expect(samples.filter((t) => t !== "" && isControl(t)).length).toBeGreaterThan(20);
    expect(samples.filter((t) => t !== "" && isWhite(t)).length).toBeGreaterThan(20);
    expect(samples.filter(isUnmappedPua).length).toBeGreaterThan(1000);
    // A page's visible characters (a scan has too few): the runs' text without white space.
    const runs = samples.map((text) => ({ text, x: 0, baseline: 0, width: 1, fontSize: 10, bold: false }));
    expect(visibleChars(runs)).toBe(runs.reduce((n, r) => n + r.text.replace(/\s+/g, "").length, 0));
    expect(visibleChars(runs)).toBeLessThan(samples.reduce((n, t) => n + t.length, 0));
  });
});
