/**
 * PDF → Layout with pdf.js (pdfjs-dist 5.x, legacy build for Node). One operator list per page
 * gives glyph runs (extract/pdf/glyphs.ts) and ruling lines (extract/pdf/rules.ts); runs become
 * lines and word-group segments (extract/pdf/lines.ts); running headers/footers are removed
 * (extract/furniture.ts).
 *
 * Scanned pages (no usable text layer, or every page with `ocr: "force"`) are read by OCR
 * (extract/ocr/), which hands back glyph runs and rules like the operator list does; from there on
 * both go through the same line building, furniture removal and offsets.
 *
 * Worker: in Node the legacy build runs pdf.js's "fake worker" in this thread, importing
 * `./pdf.worker.mjs` beside `pdf.mjs` on its own; nothing to configure.
 */
// First: it keeps the engine's JSON functions before pdf.js replaces them (pdf/native-json.ts).
import { restoreNativeJson } from "./pdf/native-json.js";
import { AnnotationMode, getDocument, OPS } from "pdfjs-dist/legacy/build/pdf.mjs";
import type { PDFDocumentLoadingTask, PDFDocumentProxy, PDFPageProxy } from "pdfjs-dist/legacy/build/pdf.mjs";
import { ExtractError } from "../model/errors.js";
import type { Context } from "../model/doc.js";
import type { Layout, Line, Page, Segment } from "../model/layout.js";
import type { ExtractedLayout } from "./index.js";
import { mojibakeWarning } from "./decode.js";
import { buildLines, type GlyphRun, type TextLine } from "./pdf/lines.js";
import { decodeMojibakeMarkers, GLYPH_CLASS } from "../vocab/markers.js";
import { isJsSpace, lineEndBreaks, softBrokenField } from "../vocab/text.js";
import type { LineEndBreaks } from "../vocab/text.js";
import { shapesFromOperators, type DrawnBullet, type OpCodes } from "./pdf/rules.js";
import { runsFromOperators, type FontInfo, type PlacedGlyph, type TextOpCodes } from "./pdf/glyphs.js";
import { analyseFold, foldRepairs, type FoldAnalysis, type FontGlyphs } from "./pdf/folded-unicode.js";
import { assignOffsetsInPlace } from "./pdf/offsets.js";
import { removeFurniture } from "./furniture.js";
import { orderColumns } from "./pdf/columns.js";
import { contentStreamsOfPage, guardStreams, type StreamProblem } from "./pdf/streams.js";
import { DEFAULT_OCR_DPI, ocrPage } from "./ocr/index.js";
import { FEW_GARBLED_TOKENS, GARBLED_SHARE, garbledPageShare, garbledShare, MIN_TEXT_LAYER_CHARS, needsOcr, ocrWarnings, type OcrStats } from "./ocr/quality.js";
import { MIN_SCAN_PPI, paintedImages, scanResolution, type ImageOpCodes } from "./ocr/scan-images.js";
import { recogniseOcrLayer, repairOcrLayerRuns, type OcrLayer, type OcrLayerOpCodes } from "./pdf/ocr-layer.js";
import { inkRewrites, OCR_LAYER_INK_DPI, type LayerInk } from "./pdf/ocr-layer-ink.js";
import { renderPage, toGrey } from "./ocr/raster.js";
import { typedPageRuns, typedPitch } from "./pdf/typed.js";
import { sharingWorker } from "./pdf/port.js";
import { withFields } from "../model/objects.js";

restoreNativeJson();

/** Segments of one line are joined by a tab in `Layout.text`: they are split only at column gaps. */
export const COLUMN_JOINER = "\t";
/** A superscript footnote mark is its own segment, joined to the word before by a space in the text. */
export const MARK_JOINER = " ";

const OP_CODES: OpCodes = {
  save: OPS.save,
  restore: OPS.restore,
  transform: OPS.transform,
  constructPath: OPS.constructPath,
  paintFormXObjectBegin: OPS.paintFormXObjectBegin,
  paintFormXObjectEnd: OPS.paintFormXObjectEnd,
  stroke: OPS.stroke,
  closeStroke: OPS.closeStroke,
  fill: OPS.fill,
  eoFill: OPS.eoFill,
  fillStroke: OPS.fillStroke,
  eoFillStroke: OPS.eoFillStroke,
  closeFillStroke: OPS.closeFillStroke,
  closeEOFillStroke: OPS.closeEOFillStroke,
};

export const TEXT_OP_CODES: TextOpCodes = {
  save: OPS.save,
  restore: OPS.restore,
  transform: OPS.transform,
  paintFormXObjectBegin: OPS.paintFormXObjectBegin,
  paintFormXObjectEnd: OPS.paintFormXObjectEnd,
  beginText: OPS.beginText,
  setFont: OPS.setFont,
  setTextMatrix: OPS.setTextMatrix,
  moveText: OPS.moveText,
  setLeadingMoveText: OPS.setLeadingMoveText,
  nextLine: OPS.nextLine,
  nextLineShowText: OPS.nextLineShowText,
  nextLineSetSpacingShowText: OPS.nextLineSetSpacingShowText,
  setLeading: OPS.setLeading,
  setCharSpacing: OPS.setCharSpacing,
  setWordSpacing: OPS.setWordSpacing,
  setHScale: OPS.setHScale,
  setTextRise: OPS.setTextRise,
  showText: OPS.showText,
  showSpacedText: OPS.showSpacedText,
  constructPath: OPS.constructPath,
  clip: OPS.clip,
  eoClip: OPS.eoClip,
  beginMarkedContent: OPS.beginMarkedContent,
  beginMarkedContentProps: OPS.beginMarkedContentProps,
  endMarkedContent: OPS.endMarkedContent,
};

/**
 * Largest image (width × height pixels) pdf.js decodes; larger ones are skipped. Text extraction
 * never reads pixels, but pdf.js decodes images while building the operator list: a 20,000²
 * image (a few KB as a Flate bomb) cost 2 GB and 6 s. 2^26 (67 Mpx) still admits a 600 dpi A4 scan.
 */
export const MAX_IMAGE_PIXELS = 2 ** 26;

/**
 * Pages read on one opening of the document. pdf.js keeps every page it has handed out for as long
 * as the document is open — on its worker side (the page objects and what they cache) and on the
 * API side — `page.cleanup()` and `pdf.cleanup()` release neither: measured on dense table pages,
 * ~36 KB of heap and ~25 KB of buffers a page beyond its Layout page, so a 4,000-page document
 * grew by ~240 MB while being read. Closing the document and opening it again every so many pages
 * releases all of it; an opening costs the cross-reference table and the fonts again (a few
 * milliseconds a page at most in 100).
 */
export const PAGES_PER_OPENING = 100;

/** Warning codes of a PDF that is readable but partly damaged (the PDF_INVALID family). */
export const PDF_WARNING = { streamTooLarge: "PDF_STREAM_TOO_LARGE", contentInvalid: "PDF_CONTENT_INVALID", pageTimeout: "PDF_PAGE_TIMEOUT", watermarkRemoved: "PDF_WATERMARK_REMOVED" } as const;

function streamWarning(p: StreamProblem, page: number | null): ExtractedLayout["warnings"][number] {
  return { code: p.kind === "too-large" ? PDF_WARNING.streamTooLarge : PDF_WARNING.contentInvalid, message: p.message, page, line: null };
}

/**
 * How pdf.js treats the fonts of a document it reads.
 *
 * - "paths": pdf.js's default in Node (`disableFontFace`). While it builds a page's operator list,
 *   the worker compiles every glyph the page shows into an outline and posts each to this thread,
 *   for its canvas renderer to draw text with. Rendering a page (OCR) needs them.
 * - "faces": as in a browser, each embedded font goes to pdf.js's font loader as an @font-face
 *   rule (into FONT_RULE_SINK) and no outline is built. The text layer needs no outlines: the
 *   operator list, its glyphs (text, widths) and the font objects we read are the same.
 *   Measured on the seven bench PDFs: the operator lists' CPU 233 → 187 ms a round (−20 %).
 */
export type FontMode = "paths" | "faces";

/**
 * pdf.js's font loader base64-encodes a font for its @font-face rule with a polyfill that builds
 * the string four characters at a time (Node 20 has no native `toBase64`): ~25 µs a KB for a
 * subset font of 50 KB, and growing faster than the font beyond a few hundred KB (1 MB: 120–280
 * ms, with as many MB of short-lived strings). A document embedding a larger font (a whole
 * family, a CJK font) is read with outlines, which cost per glyph shown instead.
 */
export const MAX_FONT_BYTES_FOR_FACES = 256 * 1024;

/**
 * The document pdf.js's font loader adds its @font-face rules to in "faces" mode: a style sheet
 * that keeps nothing. Node has no document: without one, the loader throws on its first font and
 * pdf.js falls back to outlines (its FontFallback message), the work "faces" is there to save.
 * In Node pdf.js uses this document for nothing else (its canvas and filter factories are Node's).
 */
const FONT_RULE_SINK = {
  createElement: () => ({ sheet: { cssRules: { length: 0 }, insertRule: () => 0 }, remove: () => undefined }),
  documentElement: { getElementsByTagName: () => [{ append: () => undefined }] },
} as unknown as Extract<Parameters<typeof getDocument>[0], { ownerDocument?: unknown }>["ownerDocument"];

/**
 * `fontExtraProperties` makes pdf.js pass each font's ToUnicode map and widths on: needed only to
 * read back a Ghostscript-damaged ToUnicode (pdf/folded-unicode.ts), so asked for only when the
 * file names Ghostscript (its /Producer).
 */
export function openDocument(data: Uint8Array, fonts: FontMode, fontExtraProperties = false): PDFDocumentLoadingTask {
  const worker = sharingWorker();
  const task = getDocument({
    ...(worker ? { worker } : {}),
    data,
    isEvalSupported: false,
    verbosity: 0,
    useSystemFonts: false,
    maxImageSize: MAX_IMAGE_PIXELS,
    ...(fonts === "paths" ? { disableFontFace: true } : { disableFontFace: false, ownerDocument: FONT_RULE_SINK }),
    ...(fontExtraProperties ? { fontExtraProperties } : {}),
  });
  // pdf.js destroys with the task only a worker it made itself: this one is the task's alone.
  if (worker) (task as unknown as { _worker: unknown })._worker = worker;
  return task;
}

/**
 * In "faces" mode, each font still goes through pdf.js's font loader, which base64-encodes it
 * (MAX_FONT_BYTES_FOR_FACES) only to hand the rule to FONT_RULE_SINK: 1.5 % of the pipeline's CPU
 * on the bench PDFs. Nothing is drawn from a document read in this mode, so its loader's `bind`
 * (the document's own instance, `_transport.fontLoader`) is made to do nothing; pdf.js then
 * resolves each font at once, as before. Without that internal (another pdf.js version), fonts
 * take the sink's way: slower, the same text.
 */
export function skipFontLoading(pdf: PDFDocumentProxy, fonts: FontMode): PDFDocumentProxy {
  if (fonts !== "faces") return pdf;
  const loader = (pdf as unknown as { _transport?: { fontLoader?: { bind?: unknown } } })._transport?.fontLoader;
  if (loader && typeof loader.bind === "function") loader.bind = async () => {};
  return pdf;
}

/** Outlines when pages are rendered anyway (`ocr: "force"`) or a font is too large to encode cheaply. */
export function fontModeFor(largestFont: number, ctx: Context): FontMode {
  return ctx.options.ocr === "force" || largestFont > MAX_FONT_BYTES_FOR_FACES ? "paths" : "faces";
}
const GHOSTSCRIPT = /Ghostscript/i;
/** Versions seen to fold every ToUnicode range above Latin-1 (pdf/folded-unicode.ts): no font need show it first. */
const FOLDING_GHOSTSCRIPT = /Ghostscript 10\.00\b/i;
const GHOSTSCRIPT_BYTES = Buffer.from("Ghostscript", "latin1");

/**
 * Decompression bombs are emptied and over-deep content reported before pdf.js sees the file.
 * pdf.js transfers (detaches) the buffer it is given: the caller's bytes are copied, a guarded
 * copy is ours to give. Nothing here outlives the call but pdf.js's copy.
 */
function openGuarded(bytes: Uint8Array, ctx: Context): { task: PDFDocumentLoadingTask; problems: StreamProblem[]; fonts: FontMode; ghostscript: boolean } {
  const guarded = guardStreams(bytes);
  const fonts = fontModeFor(guarded.largestFont, ctx);
  const ghostscript = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(GHOSTSCRIPT_BYTES);
  return { task: openDocument(guarded.bytes === bytes ? bytes.slice() : guarded.bytes, fonts, ghostscript), problems: guarded.problems, fonts, ghostscript };
}

/**
 * Opens the document and hands the reading to `readPdf` without the caller's bytes: an async
 * function keeps the arguments it was called with for as long as it runs, whatever is assigned
 * to the parameter afterwards, because V8 copies a parameter that a closure reads (or any, when
 * one has a default value) into a local and leaves the argument in the suspended frame. Measured:
 * the input of a 4,000-page PDF (40 MB) was held twice while every page was read. This function
 * is not async, so its frame (and the argument) is gone as soon as the document is open.
 */
export function pdfToLayout(bytes: Uint8Array, ctx: Context, pagesPerOpening?: number): Promise<ExtractedLayout> {
  let opened: ReturnType<typeof openGuarded>;
  try {
    opened = openGuarded(bytes, ctx);
  } catch (e) {
    return Promise.reject(e);
  }
  // From here pdf.js's copy is the file: each later opening is given a copy of it (getData), so
  // the document is held once while its pages are read, not twice (4,000 dense pages: 40 MB).
  // Only a damaged file keeps ours, to tell which page a damaged stream belongs to.
  return readPdf(opened.task, opened.fonts, opened.problems, opened.problems.length === 0 ? null : bytes, ctx, pagesPerOpening ?? PAGES_PER_OPENING, opened.ghostscript);
}

async function readPdf(
  task: PDFDocumentLoadingTask,
  fonts: FontMode,
  problems: readonly StreamProblem[],
  damaged: Uint8Array | null,
  ctx: Context,
  perOpening: number,
  ghostscript = false,
): Promise<ExtractedLayout> {
  const bytes = damaged ?? new Uint8Array(0);
  try {
    let pdf: PDFDocumentProxy;
    try {
      pdf = skipFontLoading(await task.promise, fonts);
    } catch (e) {
      throw openError(e);
    } finally {
      // pdf.js's worker module, loaded with the first document, replaces them once more.
      restoreNativeJson();
    }
    let openedAt = 1;
    // A Ghostscript rewrite may carry folded ToUnicode maps: its fonts are checked as pages use them.
    const producer = ghostscript ? await producerOf(pdf) : "";
    const folds: FoldState | null = GHOSTSCRIPT.test(producer) ? { analyses: new Map(), folded: FOLDING_GHOSTSCRIPT.test(producer) } : null;
    /**
     * The document as pdf.js has it for page `n`: opened again every `pagesPerOpening` pages, and
     * with glyph outlines from the first page that is rendered (`render`: OCR) on.
     */
    const documentFor = async (n: number, render = false): Promise<PDFDocumentProxy> => {
      if (n - openedAt < perOpening && (!render || fonts === "paths")) return pdf;
      const data = await pdf.getData();
      await task.destroy();
      if (render) fonts = "paths";
      task = openDocument(data, fonts, ghostscript);
      pdf = skipFontLoading(await task.promise, fonts);
      openedAt = n;
      return pdf;
    };
    const maxPages = ctx.options.maxPages;
    if (maxPages !== undefined && pdf.numPages > maxPages) {
      throw new ExtractError("TOO_LARGE", `the PDF has ${pdf.numPages} pages, more than the limit of ${maxPages}`);
    }
    const mode = ctx.options.ocr ?? "auto";
    const dpi = ctx.options.ocrDpi ?? DEFAULT_OCR_DPI;
    const pages: Page[] = [];
    const ocred = new Map<number, OcrStats>();
    const coarse: Array<{ page: number; ppi: number }> = [];
    /** Pages read from an OCR engine's text layer (searchable scans), for OCR_LAYER warnings. */
    const layered = new Map<number, OcrLayer>();
    /** Pages whose text layer was too garbled to keep (GARBLED_OCR_SHARE), read by OCR instead. */
    const garbledPages: Array<{ page: number; share: number }> = [];
    /** Pages whose text a folded ToUnicode map (a Ghostscript rewrite) leaves in doubt, read by OCR instead. */
    const foldedPages: Array<{ page: number; glyphs: number }> = [];
    /** Page number of each damaged stream that is a page's content (fonts, forms and the like have none). */
    const problemPage = new Map<number, number>();
    const problemObjects = new Set(problems.flatMap((p) => (p.object === null ? [] : [p.object])));
    let lineNo = 0;
    const skipped: number[] = [];
    /** Pages whose item markers were read back from UTF-16 mojibake, and how many (TEXT_MOJIBAKE_MARKER). */
    const mojibakePages: Array<{ page: number; markers: number }> = [];
    /** Pages whose watermark was left out (PDF_WATERMARK_REMOVED): its characters and text. */
    const watermarkPages: Array<{ page: number; chars: number; text: string }> = [];
    /** Words the text-layer pages broke at a line end, by the kind of hyphen (Layout.softBroken). */
    const breaks: LineEndBreaks = { soft: new Set(), printed: new Set() };
    /**
     * One page in full — its text layer, OCR where due — as a Layout page with offsets relative
     * to its lines: only this page's pdf.js objects and operator list are alive meanwhile, and
     * released (page.cleanup) before the next page. What the document keeps per page is its
     * Layout page alone, which every later stage reads.
     */
    const readWholePage = async (n: number, fontsBroken = false): Promise<WholePage> => {
      let pdf = await documentFor(n);
      let page = await pdf.getPage(n);
      try {
        if (problemObjects.size > 0 && page.ref) {
          for (const o of contentStreamsOfPage(bytes, page.ref.num)) if (problemObjects.has(o) && !problemPage.has(o)) problemPage.set(o, n);
        }
        const read = await readPage(page, n, lineNo, folds, (rotation, inkDpi) => renderForInk(pdf, page, rotation, inkDpi));
        const coarseScan = mode === "auto" && read.chars < MIN_TEXT_LAYER_CHARS && read.scanPpi !== null && read.scanPpi < MIN_SCAN_PPI ? read.scanPpi : null;
        const garbled =
          mode !== "auto" ? null : fontsBroken ? garbledPageShare(read.page.lines, FEW_GARBLED_TOKENS) : read.chars >= MIN_TEXT_LAYER_CHARS ? garbledPageShare(read.page.lines) : null;
        if (garbled !== null) garbledPages.push({ page: n, share: garbled });
        // Characters a Ghostscript rewrite folded past reading back: the page's images are the text.
        const folded = mode === "auto" && garbled === null && read.doubtful > 0;
        if (folded) foldedPages.push({ page: n, glyphs: read.doubtful });
        if (mode === "force" || garbled !== null || folded || (mode === "auto" && needsOcr(read.chars, read.scanPpi))) {
          if (fonts === "faces") {
            // Rendering draws text by its outlines: this page and the rest are read from a document that has them.
            page.cleanup();
            pdf = await documentFor(n, true);
            page = await pdf.getPage(n);
          }
          const o = await ocrPage(pdf, page, dpi);
          const stats: OcrStats = { words: o.words, meanConfidence: o.meanConfidence, turned: o.turned, skewDegrees: o.skewDegrees };
          const whole = finishPage(buildLines(o.runs, o.rules), o.rules, o.width, o.height, n, lineNo);
          whole.page.ocr = true;
          if (o.turned % 360) whole.page.turned = ((o.turned % 360) + 360) % 360;
          return { ...whole, ocr: stats, coarseScan, ocrLayer: null };
        }
        if (read.mojibake > 0) mojibakePages.push({ page: n, markers: read.mojibake });
        if (read.watermark) watermarkPages.push({ page: n, ...read.watermark });
        for (const w of read.breaks.soft) breaks.soft.add(w);
        for (const w of read.breaks.printed) breaks.printed.add(w);
        return { page: read.page, lines: read.lines, ocr: null, coarseScan, ocrLayer: read.ocrLayer };
      } finally {
        // pdf.js keeps each page's operator list and rendering caches; a long document would hold them all.
        page.cleanup();
      }
    };
    const skip = new Set(ctx.options.skipPages ?? []);
    // Page 0 of N: the document is open. A caller timing pages (the batch pool) knows page 1 has begun.
    ctx.options.onProgress?.({ page: 0, pages: pdf.numPages, unit: "page" });
    for (let n = 1; n <= pdf.numPages; n++) {
      if (skip.has(n)) {
        // Skipped, not fatal: the page stays in the Layout (empty) so every later page keeps its number.
        skipped.push(n);
        pages.push({ number: n, width: 0, height: 0, lines: [], rules: [], removed: [] });
      } else {
        const read = await readWholePage(n, garbledPages.length > 0);
        lineNo += read.lines;
        pages.push(read.page);
        if (read.ocr) ocred.set(n, read.ocr);
        if (read.ocrLayer) layered.set(n, read.ocrLayer);
        if (read.coarseScan !== null) coarse.push({ page: n, ppi: read.coarseScan });
      }
      ctx.options.onProgress?.({ page: n, pages: pdf.numPages, unit: "page" });
    }
    // Pages before the first garbled one were judged on MIN_TOKENS words: the short ones among them
    // (a cover page, the title) are judged again now that the fonts are known to be broken.
    const firstGarbled = garbledPages[0]?.page;
    if (firstGarbled !== undefined) {
      let replaced = false;
      for (let n = 1; n < firstGarbled; n++) {
        if (skip.has(n) || ocred.has(n) || garbledPageShare(pages[n - 1]!.lines, FEW_GARBLED_TOKENS) === null) continue;
        const read = await readWholePage(n, true);
        pages[n - 1] = read.page;
        if (read.ocr) ocred.set(n, read.ocr);
        if (read.ocr) layered.delete(n);
        replaced = true;
      }
      garbledPages.sort((a, b) => a.page - b.page);
      if (replaced) renumberLines(pages);
    }
    const numPages = pdf.numPages;
    // Every page is read: pdf.js's copy of the file and its state go before the whole-document
    // passes below (a 40 MB file is 40 MB more at the moment a long document is largest).
    await task.destroy();
    const ordered = orderColumns(pages);
    // No text because streams were unreadable or pages too slow is damage, not a scan; nor is text
    // that was all running headers and footers (a page repeated 4,000 times): tested before furniture removal.
    const noText = ordered.every((p) => p.lines.length === 0);
    // Furniture removal reads line text and position only, so it runs before the offsets are
    // assigned, once, in place: the layout is never copied.
    const { pages: cleaned } = removeFurniture({ format: "pdf", text: "", pages: ordered }, { reflow: false });
    const text = assignOffsetsInPlace(cleaned);
    const layout: Layout = { format: "pdf", text, pages: cleaned, ...softBrokenField(breaks) };
    const warnings: ExtractedLayout["warnings"] = problems.map((p) => streamWarning(p, p.object === null ? null : (problemPage.get(p.object) ?? null)));
    // Once per document, on the first page that showed it (the count is the document's).
    const firstMojibake = mojibakePages[0];
    if (firstMojibake) warnings.push(...mojibakeWarning(mojibakePages.reduce((n, p) => n + p.markers, 0), firstMojibake.page));
    for (const n of skipped) {
      warnings.push({ code: PDF_WARNING.pageTimeout, message: `page ${n} was not read: it took longer than the page time limit, and the document was read again without it`, page: n, line: null });
    }
    let partial = warnings.length > 0;
    if (warnings.length === 0 && noText) {
      partial = true;
      const hint =
        mode === "off"
          ? "; OCR is off (--ocr auto reads scans)"
          : ocred.size > 0
            ? "; OCR found no text either"
            : coarse.length > 0
              ? `; the scan is too coarse to read (${Math.round(Math.min(...coarse.map((c) => c.ppi)))} pixels per inch, OCR needs ${MIN_SCAN_PPI}; --ocr force tries anyway)`
              : "";
      warnings.push({
        code: "NO_TEXT_LAYER",
        message: `none of the ${numPages} page(s) has a text layer (a scan or images only)${hint}`,
        page: null,
        line: null,
      });
    }
    for (const g of garbledPages) {
      warnings.push({
        code: "TEXT_LAYER_GARBLED",
        message: `${Math.round(g.share * 100)}% of the page's text-layer words look garbled (a broken font encoding or an old OCR layer): the page was read by OCR instead`,
        page: g.page,
        line: null,
      });
    }
    for (const f of foldedPages) {
      warnings.push({
        code: "TEXT_LAYER_GARBLED",
        message: `${f.glyphs} character(s) of the page's text layer cannot be told from the signs a Ghostscript rewrite folded them onto (its ToUnicode map lost the high byte of every character above Latin-1): the page was read by OCR instead`,
        page: f.page,
        line: null,
      });
    }
    // Informational, once per document (the status stays as it is): the text left out is page furniture.
    const pagesMarked = [...new Map(watermarkPages.map((w) => [w.page, w])).values()].sort((a, b) => a.page - b.page);
    const firstWatermark = pagesMarked[0];
    if (firstWatermark) {
      const shown = firstWatermark.text.length > 40 ? `${firstWatermark.text.slice(0, 40)}…` : firstWatermark.text;
      warnings.push({
        code: PDF_WARNING.watermarkRemoved,
        message: `${pagesMarked.reduce((n, w) => n + w.chars, 0)} character(s) of large text drawn diagonally across ${pagesMarked.length} page(s) ("${shown}" on page ${firstWatermark.page}) were read as a watermark and left out`,
        page: firstWatermark.page,
        line: null,
      });
    }
    for (const [n, l] of [...layered].sort((a, b) => a[0] - b[0])) {
      // Informational: the text is there, but it is what an OCR engine read (misreadings possible).
      warnings.push({
        code: OCR_LAYER_WARNING,
        message: `the page's text is an OCR engine's invisible layer over a scan (font ${l.font}): read as OCR output, with its bullets and sizes repaired; --ocr force reads the image again`,
        page: n,
        line: null,
      });
    }
    if (ocred.size > 0) partial = ocrWarnings(layout.pages, ocred, dpi, warnings) || partial;
    else {
      const share = garbledShare(text);
      if (share !== null && share > GARBLED_SHARE) {
        warnings.push({
          code: "TEXT_LAYER_GARBLED",
          message: `${Math.round(share * 100)}% of the text layer's words look garbled (an old OCR layer or a broken font encoding); --ocr force reads the page images instead`,
          page: null,
          line: null,
        });
        // The words are not the printed ones: the output is not to be trusted as a whole.
        partial = true;
      }
    }
    return partial ? { layout, warnings, status: "partial" } : { layout, warnings };
  } catch (e) {
    if (e instanceof ExtractError) throw e;
    throw new ExtractError("PDF_INVALID", `cannot read the PDF: ${(e as Error).message ?? String(e)}`, { cause: e });
  } finally {
    await task.destroy();
  }
}

function openError(e: unknown): ExtractError {
  const name = (e as { name?: string } | null)?.name;
  const message = (e as Error | null)?.message ?? String(e);
  if (name === "PasswordException") return new ExtractError("PDF_ENCRYPTED", "the PDF is encrypted and needs a password", { cause: e });
  return new ExtractError("PDF_INVALID", `not a readable PDF: ${message}`, { cause: e });
}

/** Share of a page's characters that must run left to right for an orientation to be the reading one. */
const READING_SHARE = 0.5;

const IMAGE_OP_CODES: ImageOpCodes = {
  save: OPS.save,
  restore: OPS.restore,
  transform: OPS.transform,
  paintFormXObjectBegin: OPS.paintFormXObjectBegin,
  paintFormXObjectEnd: OPS.paintFormXObjectEnd,
  byId: [OPS.paintImageXObject, OPS.paintImageXObjectRepeat],
  inline: [OPS.paintInlineImageXObject, OPS.paintImageMaskXObject],
};

const OCR_LAYER_OP_CODES: OcrLayerOpCodes = {
  save: OPS.save,
  restore: OPS.restore,
  setFont: OPS.setFont,
  setTextRenderingMode: OPS.setTextRenderingMode,
  showText: OPS.showText,
  showSpacedText: OPS.showSpacedText,
  nextLineShowText: OPS.nextLineShowText,
  nextLineSetSpacingShowText: OPS.nextLineSetSpacingShowText,
};

/**
 * An OCR layer's baselines are the engine's, a pixel or two off the printed ones (dev-011 at
 * 200 dpi: wrapped lines 9.7, 10.1 and 10.4 pt apart, and 7.9 pt twice where a line's baseline was
 * read high): the smallest gap seen twice, a text layer's line distance (withParagraphBreaks), was
 * 7.9 pt and made every line a paragraph. There the line distance is the smallest gap that is at
 * least this share of the page's gaps (9.7 pt, 19 of 52 gaps).
 */
const OCR_LAYER_USUAL_GAP_SHARE = 0.15;

/** Warning on each page whose text layer an OCR engine wrote (pdf/ocr-layer.ts): its words are OCR output. */
export const OCR_LAYER_WARNING = "OCR_LAYER";

/** A page as the document keeps it, and what its reading found out for the document's warnings. */
interface WholePage {
  page: Page;
  lines: number;
  /** Set when the page was read by OCR. */
  ocr: OcrStats | null;
  /** Pixels per inch of a scan too coarse for OCR under "auto" (NO_TEXT_LAYER's hint), else null. */
  coarseScan: number | null;
  /** The OCR engine's text layer the page was read from (a searchable scan), else null. */
  ocrLayer: OcrLayer | null;
}

/** The page rendered grey (turned by `rotation` degrees) for an OCR layer's ink checks, or null when it cannot be. */
type RenderInk = (rotation: number, dpi: number) => Promise<LayerInk | null>;

/**
 * An OCR layer's page rendered for its ink checks (pdf/ocr-layer-ink.ts). A page that cannot be
 * rendered (a canvas error) is read from its layer unchecked, as before the checks existed.
 */
async function renderForInk(pdf: PDFDocumentProxy, page: PDFPageProxy, rotation: number, dpi: number): Promise<LayerInk | null> {
  let rendered: Awaited<ReturnType<typeof renderPage>> | null = null;
  try {
    rendered = await renderPage(pdf, page, dpi, rotation);
    return { img: toGrey(rendered), scale: rendered.scale };
  } catch {
    return null;
  } finally {
    rendered?.release();
  }
}

interface ReadPage {
  page: Page;
  lines: number;
  /** Visible characters in the text layer (to tell a scan from a text page). */
  chars: number;
  /** Glyphs drawn with text a damaged ToUnicode map leaves in doubt (pdf/folded-unicode.ts). */
  doubtful: number;
  /** Pixels per inch of the page's main image (a scan is one), null when it paints none. */
  scanPpi: number | null;
  /** Set when the text layer is an OCR engine's invisible one over the scan (pdf/ocr-layer.ts). */
  ocrLayer: OcrLayer | null;
  /** Item markers read back from their UTF-16 mojibake (vocab/markers.ts decodeMojibakeMarkers). */
  mojibake: number;
  /** Words the text layer broke at a line end, by the kind of hyphen (vocab/text lineEndBreaks; Layout.softBroken). */
  breaks: LineEndBreaks;
  /** The watermark left out of the page's text (watermarkRuns), else null. */
  watermark: { chars: number; text: string } | null;
}

/**
 * One page in one pass: the operator list gives the text runs (pdf/glyphs.ts) and the rules
 * (pdf/rules.ts); `getTextContent` would walk the content stream a second time. The page is read
 * in the orientation its text is written in: its /Rotate applied, unless that leaves most text
 * running other than left to right (a page stored sideways), in which case it is turned back.
 */
async function readPage(page: PDFPageProxy, number: number, lineBase: number, folds: FoldState | null = null, renderInk?: RenderInk): Promise<ReadPage> {
  const ops = await page.getOperatorList({ annotationMode: AnnotationMode.DISABLE });
  const pdfjsFont = (name: string): FontInfo | null => {
    try {
      return page.commonObjs.has(name) ? (page.commonObjs.get(name) as FontInfo) : null;
    } catch {
      return null;
    }
  };
  const fontOf = folds ? withFoldRepairs(pdfjsFont, ops.fnArray, ops.argsArray, folds) : pdfjsFont;
  let viewport = page.getViewport({ scale: 1 });
  let { runs, uprightShare, doubtful } = runsFromOperators(ops.fnArray, ops.argsArray, TEXT_OP_CODES, viewport.transform, fontOf);
  let turnedBy = 0;
  for (const turn of [90, 270, 180]) {
    if (uprightShare >= READING_SHARE) break;
    const turned = page.getViewport({ scale: 1, rotation: (page.rotate + turn) % 360 });
    const again = runsFromOperators(ops.fnArray, ops.argsArray, TEXT_OP_CODES, turned.transform, fontOf);
    if (again.uprightShare > uprightShare) ({ runs, uprightShare, doubtful, viewport, turnedBy } = { ...again, viewport: turned, turnedBy: turn });
  }
  const { rules, bullets } = shapesFromOperators(ops.fnArray, ops.argsArray, OP_CODES, viewport.transform);
  const scanPpi = scanResolution(paintedImages(ops.fnArray, ops.argsArray, IMAGE_OP_CODES));
  // A searchable scan's invisible OCR text: checked against the page image's ink (pdf/ocr-layer-ink.ts)
  // and repaired as OCR output (bullets, sizes) before lines are built.
  const ocrLayer = recogniseOcrLayer(ops.fnArray, ops.argsArray, OCR_LAYER_OP_CODES, (name) => fontOf(name)?.name ?? null, scanPpi !== null);
  if (ocrLayer && renderInk && scanPpi !== null) {
    const ink = await renderInk(turnedBy, Math.min(scanPpi, OCR_LAYER_INK_DPI));
    if (ink) {
      const glyphs: PlacedGlyph[] = [];
      runsFromOperators(ops.fnArray, ops.argsArray, TEXT_OP_CODES, viewport.transform, fontOf, (g) => (glyphs.push(g), g.text));
      const rewrites = inkRewrites(glyphs, ink);
      if (rewrites.size > 0) runs = runsFromOperators(ops.fnArray, ops.argsArray, TEXT_OP_CODES, viewport.transform, fontOf, (g, i) => rewrites.get(i) ?? g.text).runs;
    }
  }
  const watermark = watermarkRuns(runs);
  if (watermark) runs = runs.filter((r) => !watermark.runs.has(r));
  runs = withDrawnBullets(runs, bullets);
  // Item markers a standard font printed as their UTF-16 code's two WinAnsi characters ("%ª" for ▪):
  // read back as markers, in place (the text keeps its length, so run offsets hold). Not in an OCR layer.
  let mojibake = 0;
  if (!ocrLayer) {
    for (const run of runs) {
      const read = decodeMojibakeMarkers(run.text);
      if (read.count > 0) (run.text = read.text), (mojibake += read.count);
    }
  }
  const chars = visibleChars(runs);
  // A typed page (one fixed-pitch font on a character grid) reads as a text file: pdf/typed.ts.
  // Decided once here and kept on the page, where the box-table reader (extract/box-tables.ts) reads it.
  const typed = ocrLayer ? null : typedPitch(runs);
  runs = ocrLayer ? repairOcrLayerRuns(runs) : typedPageRuns(runs, typed);
  // Read before buildLines repairs the runs' text, which prints a soft hyphen and a printed one alike.
  const breaks = lineEndBreaks(runs.map((r) => r.text));
  const finished = finishPage(buildLines(runs), rules, viewport.width, viewport.height, number, lineBase, ocrLayer ? OCR_LAYER_USUAL_GAP_SHARE : 0);
  // Recorded so that a viewer can show the page as it was read (the boxes' coordinates).
  if (turnedBy) finished.page.turned = turnedBy;
  if (typed) finished.page.typed = typed;
  return withFields(finished, { chars, scanPpi, ocrLayer, doubtful, mojibake, breaks, watermark: watermark ? { chars: watermark.chars, text: watermark.text } : null });
}

/**
 * A tilted run (drawn diagonally, pdf/glyphs.ts TILT_MIN_DEG) this many times the size of the
 * page's body text or more is a watermark: a "DRAFT" or "CONFIDENTIAL" stamped across the page.
 */
export const WATERMARK_SIZE_RATIO = 2;

/**
 * The page's watermark: its tilted runs when they are large beside the body text (the size most of
 * the page's upright characters are set in), with their visible characters and text; null when
 * there is none. A real compact's draft carries one; its letters, drawn across the table, would
 * otherwise be read as words of the cells and lines they cross. Diagonal text of the body's size
 * (a rotated label in a chart) stays, as does text turned 90° (a margin note: not tilted).
 */
export function watermarkRuns(runs: readonly GlyphRun[]): { runs: Set<GlyphRun>; chars: number; text: string } | null {
  if (!runs.some((r) => r.tilted)) return null;
  const bySize = new Map<number, number>();
  for (const r of runs) if (!r.tilted) bySize.set(Math.round(r.fontSize * 2) / 2, (bySize.get(Math.round(r.fontSize * 2) / 2) ?? 0) + visibleChars([r]));
  let body = 0, most = 0;
  for (const [size, n] of bySize) if (n > most || (n === most && size < body)) (body = size), (most = n);
  if (most === 0) return null;
  const marks = runs.filter((r) => r.tilted && r.fontSize >= WATERMARK_SIZE_RATIO * body);
  if (marks.length === 0) return null;
  const text = marks.map((r) => r.text).join("").replace(/\s+/g, " ").trim();
  return { runs: new Set(marks), chars: visibleChars(marks), text };
}

/** The document's /Producer, "" when it has none. */
async function producerOf(pdf: PDFDocumentProxy): Promise<string> {
  try {
    const info = (await pdf.getMetadata()).info as { Producer?: unknown } | null;
    return typeof info?.Producer === "string" ? info.Producer : "";
  } catch {
    return "";
  }
}

/** What a Ghostscript-written document's fonts showed so far (pdf/folded-unicode.ts). */
interface FoldState {
  /** Per font (by its PostScript name, subset tag included). */
  analyses: Map<string, FoldAnalysis>;
  /** Some font showed the fold: its likely repairs (ligatures, bullets) apply to every font. */
  folded: boolean;
}

/** The font as pdf.js passes it on with fontExtraProperties: the maps analyseFold reads. */
interface FontWithMaps extends FontInfo {
  toUnicode?: { _map?: ArrayLike<unknown> | Record<string, unknown> };
  widths?: Record<string, unknown>;
  defaultWidth?: number;
  composite?: boolean;
  /** pdf.js: "Type1" for Type 1 and CFF (Type1C) programs, whose encodings name their glyphs. */
  type?: string;
  differences?: ArrayLike<unknown> | Record<string, unknown>;
  defaultEncoding?: ArrayLike<unknown> | Record<string, unknown>;
}

function glyphMapsOf(font: FontWithMaps): FontGlyphs {
  const unicode = new Map<number, string>();
  const width = new Map<number, number>();
  for (const [k, v] of Object.entries(font.toUnicode?._map ?? {})) if (typeof v === "string") unicode.set(Number(k), v);
  for (const [k, v] of Object.entries(font.widths ?? {})) if (typeof v === "number") width.set(Number(k), v);
  // A CID font's /W leaves out the glyphs of its default width (/DW, which may be 0: Ghostscript
  // writes /DW 0 for a font of one zero-width space). A simple font's default is no width of any glyph.
  if (font.composite === true && typeof font.defaultWidth === "number") for (const code of unicode.keys()) if (!width.has(code)) width.set(code, font.defaultWidth);
  // A Type 1 / CFF program's encoding (its own, or /Differences over it) names the glyphs; a
  // TrueType font's base encoding is only pdf.js's guess, so it names nothing here.
  let names: Map<number, string> | undefined;
  if (font.type === "Type1" && font.composite !== true) {
    names = new Map();
    const differences = (font.differences ?? {}) as Record<string, unknown>;
    const base = (font.defaultEncoding ?? {}) as Record<string, unknown>;
    for (const code of unicode.keys()) {
      const name = differences[code] ?? base[code];
      if (typeof name === "string" && name) names.set(code, name);
    }
  }
  return { unicode, width, unitsPerEm: 1 / (font.fontMatrix?.[0] || 0.001), ...(names ? { names } : {}) };
}

/**
 * `fontOf` with each font's folded codes read back: the page's fonts are analysed (once per
 * document) before its text is read, so that a fold shown by one font applies to the others.
 */
function withFoldRepairs(fontOf: (name: string) => FontInfo | null, fnArray: readonly number[], argsArray: readonly unknown[], folds: FoldState): (name: string) => FontInfo | null {
  const names = new Set<string>();
  for (let i = 0; i < fnArray.length; i++) {
    const name = fnArray[i] === OPS.setFont ? (argsArray[i] as unknown[] | null)?.[0] : undefined;
    if (typeof name === "string") names.add(name);
  }
  for (const name of names) {
    const font = fontOf(name) as FontWithMaps | null;
    if (!font?.name || folds.analyses.has(font.name)) continue;
    const analysis = analyseFold(glyphMapsOf(font));
    folds.analyses.set(font.name, analysis);
    if (analysis.evidence) folds.folded = true;
  }
  const repaired = new Map<string, FontInfo | null>();
  return (name) => {
    if (repaired.has(name)) return repaired.get(name)!;
    const font = fontOf(name);
    const analysis = font?.name ? folds.analyses.get(font.name) : undefined;
    const r = analysis ? foldRepairs(analysis, folds.folded) : null;
    const out: FontInfo | null = font && r && (r.glyphText.size || r.loneGlyphText.size || r.doubtful.size || r.mayBeFolded.size) ? { ...pick(font), ...r } : font;
    repaired.set(name, out);
    return out;
  };
}

/** The FontInfo fields of a pdf.js font object (its own and inherited properties). */
function pick(font: FontInfo): FontInfo {
  const out: FontInfo = {};
  if (font.fontMatrix !== undefined) out.fontMatrix = font.fontMatrix;
  if (font.bold !== undefined) out.bold = font.bold;
  if (font.black !== undefined) out.black = font.black;
  if (font.name !== undefined) out.name = font.name;
  if (font.vertical !== undefined) out.vertical = font.vertical;
  if (font.isType3Font !== undefined) out.isType3Font = font.isType3Font;
  return out;
}

/** Code units of the runs' text that are not white space (`text.replace(/\s+/g, "").length`, summed; no strings made). */
export function visibleChars(runs: readonly GlyphRun[]): number {
  let n = 0;
  for (const r of runs) {
    const t = r.text;
    for (let i = 0; i < t.length; i++) if (!isJsSpace(t.charCodeAt(i))) n++;
  }
  return n;
}

/**
 * List bullets drawn as shapes become bullet glyphs of the text they stand before: a disc or square
 * whose middle sits at the x-height of a run starting within BULLET_TEXT_GAP_EM after it (browsers
 * print `list-style` bullets so). A shape with no such text beside it (a dot in a logo, a rule's
 * end) is left alone.
 */
export function withDrawnBullets(runs: GlyphRun[], bullets: readonly DrawnBullet[]): GlyphRun[] {
  if (bullets.length === 0) return runs;
  const added: GlyphRun[] = [];
  for (const b of bullets) {
    const middle = (b.y1 + b.y2) / 2;
    const text = runs.find((r) => {
      const gap = r.x - b.x2;
      return gap >= 0 && gap <= BULLET_TEXT_GAP_EM * r.fontSize && Math.abs(r.baseline - BULLET_RAISE_EM * r.fontSize - middle) <= BULLET_Y_SLACK_EM * r.fontSize;
    });
    if (!text || BULLET_START.test(text.text)) continue;
    added.push({ text: b.glyph, x: b.x1, baseline: text.baseline, width: b.x2 - b.x1, fontSize: text.fontSize, bold: false });
  }
  return added.length ? [...runs, ...added] : runs;
}
/** Text starts at most this many ems after a bullet (a list's marker box and its gap). */
const BULLET_TEXT_GAP_EM = 2.5;
/** A bullet's middle sits this far above the baseline (about the x-height's middle). */
const BULLET_RAISE_EM = 0.3;
const BULLET_Y_SLACK_EM = 0.3;
/** Text that already opens with a bullet glyph (the marker table's, or a dash) keeps it (no second one). */
const BULLET_START = new RegExp(String.raw`^\s*(?:${GLYPH_CLASS}|-)`, "u");

/** Lines numbered 1, 2, … through the document again, after a page was read a second time. */
function renumberLines(pages: readonly Page[]): void {
  let n = 0;
  for (const page of pages) {
    for (const line of page.lines) {
      line.line = ++n;
      for (const s of line.segments) s.line = n;
    }
  }
}

export function finishPage(textLines: TextLine[], rules: Page["rules"], width: number, height: number, number: number, lineBase: number, usualGapShare = 0): { page: Page; lines: number } {
  const lines = withParagraphBreaks(textLines, usualGapShare).map((tl, i) => (tl ? toLine(tl, number, lineBase + i + 1) : null));
  lines.forEach((l, i) => {
    if (l === null) {
      const prev = lines[i - 1]!, next = lines[i + 1]!;
      lines[i] = { page: number, line: lineBase + i + 1, y: round((prev.y + next.y) / 2), text: "", start: 0, end: 0, segments: [], kind: "blank" };
    }
  });
  const done = lines.filter((l): l is Line => l !== null);
  return { page: { number, width, height, lines: done, rules, removed: [] }, lines: done.length };
}

/**
 * A vertical gap this many times the page's usual line distance marks a paragraph break, written
 * as a blank line (as in text input, where later stages read blank lines as paragraph ends).
 * Wrapped lines of one paragraph are spaced identically (to rounding, < 2 %); word processors'
 * smallest paragraph spacing (~3 pt, 0.1 cm) adds over 20 % to a 10–13 pt leading. 15 % sits between.
 */
export const PARAGRAPH_GAP_FACTOR = 1.15;
/** Fallback line distance (em) when a page has too few lines to measure its usual one. */
const DEFAULT_LEADING_EM = 1.2;

/** True when some segment of `a` and some segment of `b` share part of their x range. */
function overlapInX(a: TextLine, b: TextLine): boolean {
  return a.segments.some((s) => b.segments.some((t) => s.x < t.x + t.width && t.x < s.x + s.width));
}

/** Lines with `null` inserted where a paragraph break (blank line) goes. */
export function withParagraphBreaks(lines: readonly TextLine[], usualGapShare = 0): Array<TextLine | null> {
  // The usual line distance is that between wrapped lines of one paragraph: the smallest gap
  // (to a tenth of a point) that occurs at least twice. Not the most frequent one: a list of one-line
  // paragraphs has mostly paragraph gaps. Only lines above one another count (some of their text
  // shares an x range, as wrapped lines of one paragraph do): the gap from the last line of one
  // table cell to the first of a cell beside it, a sub-row lower, is no line distance (WeasyPrint:
  // 8.0 pt twice between cells of 9.3 pt lines made every wrapped line a paragraph).
  const gaps: number[] = [];
  for (let i = 1; i < lines.length; i++) if (overlapInX(lines[i]!, lines[i - 1]!)) gaps.push(lines[i]!.baseline - lines[i - 1]!.baseline);
  const counts = new Map<number, number>();
  for (const g of gaps) counts.set(Math.round(g * 10) / 10, (counts.get(Math.round(g * 10) / 10) ?? 0) + 1);
  let usual = 0;
  // An OCR layer's baselines jitter (usualGapShare > 0): the line distance is the smallest gap
  // that is common, not merely repeated.
  const often = Math.max(2, usualGapShare * gaps.length);
  for (const [g, n] of counts) if (n >= often && g > 0 && (usual === 0 || g < usual)) usual = g;
  const out: Array<TextLine | null> = [];
  lines.forEach((l, i) => {
    const prev = lines[i - 1];
    if (prev) {
      const size = Math.max(...prev.segments.map((s) => s.fontSize), ...l.segments.map((s) => s.fontSize));
      const lead = usual > 0 ? usual : DEFAULT_LEADING_EM * size;
      if (l.baseline - prev.baseline > PARAGRAPH_GAP_FACTOR * Math.max(lead, size)) out.push(null);
    }
    out.push(l);
  });
  return out;
}

/**
 * A TextLine → Layout Line with segment offsets relative to the line (assignOffsets makes them
 * absolute). Built for a long document's memory: the segments array has its exact length (one
 * grown by push keeps room for 16, ~130 bytes a line), and a bold segment is one object literal
 * (a property added later goes to a separate store, ~290 bytes).
 */
function toLine(tl: TextLine, page: number, lineNo: number): Line {
  let text = "";
  const segments: Segment[] = new Array<Segment>(tl.segments.length);
  tl.segments.forEach((s, i) => {
    if (i > 0) text += s.superscript ? MARK_JOINER : COLUMN_JOINER;
    const start = text.length;
    text += s.text;
    const [x, y, width, fontSize] = [round(s.x), round(s.baseline), round(s.width), round(s.fontSize)];
    segments[i] = s.bold
      ? { text: s.text, x, y, width, fontSize, page, line: lineNo, start, end: text.length, bold: true }
      : { text: s.text, x, y, width, fontSize, page, line: lineNo, start, end: text.length };
  });
  return { page, line: lineNo, y: round(tl.baseline), text, start: 0, end: text.length, segments, kind: "text" };
}

const round = (n: number) => Math.round(n * 100) / 100;
