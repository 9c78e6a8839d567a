/**
 * PDF → Layout with pdf.js (pdfjs-dist 5.x, legacy build for Node). Glyph runs become lines and
 * word-group segments (extract/pdf/lines.ts), drawn rules become `page.rules`
 * (extract/pdf/rules.ts), running headers/footers are removed (extract/furniture.ts).
 *
 * Worker: in Node the legacy build runs pdf.js's "fake worker" in this thread, importing
 * `./pdf.worker.mjs` beside `pdf.mjs` on its own; nothing to configure.
 */
import { AnnotationMode, getDocument, OPS, Util } from "pdfjs-dist/legacy/build/pdf.mjs";
import type { PDFDocumentProxy, PDFPageProxy } from "pdfjs-dist/legacy/build/pdf.mjs";
import { ExtractError } from "../model/errors.js";
import type { Context } from "../model/doc.js";
import type { Line, Page, Segment } from "../model/layout.js";
import type { ExtractedLayout } from "./index.js";
import { buildLines, type GlyphRun, type TextLine } from "./pdf/lines.js";
import { rulesFromOperators, type OpCodes } from "./pdf/rules.js";
import { assignOffsets } from "./pdf/offsets.js";
import { removeFurniture } from "./furniture.js";

/** Segments of one line are joined by a tab in `Layout.text`: they are split only at column gaps. */
export const COLUMN_JOINER = "\t";
/** A superscript footnote mark is its own segment, joined to the word before by a space in the text. */
export const MARK_JOINER = " ";
/** Fonts whose PostScript name says so are bold (pdf.js exposes no weight for embedded fonts). */
const BOLD_FONT_NAME = /bold|black|heavy|semibold|demi/i;

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

/** The fields of a pdf.js text item we use (TextItem; TextMarkedContent items lack `str`). */
interface RawTextItem {
  str: string;
  transform: number[];
  width: number;
  fontName: string;
}
function isTextItem(item: unknown): item is RawTextItem {
  return typeof item === "object" && item !== null && "str" in item && "transform" in item;
}

export async function pdfToLayout(bytes: Uint8Array, ctx: Context): Promise<ExtractedLayout> {
  // pdf.js transfers (detaches) the buffer it is given: always hand it a copy.
  const task = getDocument({ data: bytes.slice(), isEvalSupported: false, verbosity: 0, useSystemFonts: false, disableFontFace: true });
  try {
    let pdf: PDFDocumentProxy;
    try {
      pdf = await task.promise;
    } catch (e) {
      throw openError(e);
    }
    const maxPages = ctx.options.maxPages;
    if (maxPages !== undefined && pdf.numPages > maxPages) {
      throw new ExtractError("TOO_LARGE", `the PDF has ${pdf.numPages} pages, more than the limit of ${maxPages}`);
    }
    const pages: Page[] = [];
    let lineNo = 0;
    // Text of the next pages is requested while this one is processed: pdf.js's in-thread worker
    // then always has work queued instead of idling between requests.
    const ahead = new Map<number, Promise<LoadedPage>>();
    const request = (n: number) => {
      if (n > pdf.numPages || ahead.has(n)) return;
      const loaded = loadPage(pdf, n);
      loaded.catch(() => undefined); // awaited below in page order; this only silences early rejection
      ahead.set(n, loaded);
    };
    for (let n = 1; n <= pdf.numPages; n++) {
      for (let k = n; k < n + PREFETCH_PAGES; k++) request(k);
      const loaded = await ahead.get(n)!;
      ahead.delete(n);
      const { page: built, lines } = await readPage(loaded, n, lineNo);
      lineNo += lines;
      pages.push(built);
    }
    const { text, pages: withOffsets } = assignOffsets(pages);
    const layout = removeFurniture({ format: "pdf", text, pages: withOffsets });
    const warnings: ExtractedLayout["warnings"] = [];
    if (layout.pages.every((p) => p.lines.length === 0)) {
      warnings.push({
        code: "NO_TEXT_LAYER",
        message: `none of the ${pdf.numPages} page(s) has a text layer (a scan or images only); run OCR on it first`,
        page: null,
        line: null,
      });
    }
    return warnings.length > 0 ? { layout, warnings, status: "partial" } : { layout, warnings };
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

/** Pages whose text is requested ahead of the one being processed (a few: memory stays small). */
const PREFETCH_PAGES = 4;

interface LoadedPage {
  page: PDFPageProxy;
  content: Awaited<ReturnType<PDFPageProxy["getTextContent"]>>;
}
async function loadPage(pdf: PDFDocumentProxy, n: number): Promise<LoadedPage> {
  const page = await pdf.getPage(n);
  return { page, content: await page.getTextContent() };
}

/** Share of a page's characters that must run left to right for a page orientation to be the reading one. */
const READING_SHARE = 0.5;

/**
 * The viewport in which most text runs left to right. Usually the page's own (its /Rotate
 * applied); but a page whose /Rotate turns horizontally written text on its side (a portrait
 * page rotated for display, a landscape table stored sideways) is read turned back.
 */
function readingViewport(page: PDFPageProxy, items: readonly RawTextItem[]): ReturnType<PDFPageProxy["getViewport"]> {
  const chars = items.reduce((n, it) => n + it.str.length, 0);
  let fallback: ReturnType<PDFPageProxy["getViewport"]> | null = null;
  for (const turn of [0, 90, 270, 180]) {
    const viewport = page.getViewport({ scale: 1, rotation: (page.rotate + turn) % 360 });
    fallback ??= viewport;
    if (chars === 0) return viewport;
    let upright = 0;
    for (const it of items) {
      const m = Util.transform(viewport.transform, it.transform) as number[];
      if ((m[0] ?? 0) > 0 && Math.abs(m[1] ?? 0) < Math.abs(m[0] ?? 0)) upright += it.str.length;
    }
    if (upright / chars >= READING_SHARE) return viewport;
  }
  return fallback!;
}

async function readPage({ page, content }: LoadedPage, number: number, lineBase: number): Promise<{ page: Page; lines: number }> {
  const items: RawTextItem[] = [];
  for (const item of content.items) if (isTextItem(item) && item.str !== "") items.push(item);
  const viewport = readingViewport(page, items);
  const positioned = items.map((item) => ({ item, m: Util.transform(viewport.transform, item.transform) as number[] }));
  const toRuns = (bold: Map<string, boolean>): GlyphRun[] =>
    positioned.map(({ item, m }) => ({
      text: item.str,
      x: m[4] ?? 0,
      baseline: m[5] ?? 0,
      // Item width is in page units already; the viewport scale is 1, so it is points.
      width: item.width,
      fontSize: Math.hypot(m[2] ?? 0, m[3] ?? 0),
      bold: bold.get(item.fontName) ?? false,
    }));
  let textLines = buildLines(toRuns(new Map()));
  // The operator list costs about half as much again as the text, so only a page with a line cut
  // into several segments (the only kind that can hold a table) is asked for it. It also loads
  // the fonts, which is how we learn which are bold: pages without it report no bold.
  let rules: Page["rules"] = [];
  if (textLines.some((l) => l.segments.filter((s) => !s.superscript).length > 1)) {
    // Annotations (links, form fields) draw no table borders: leave their appearance streams unread.
    const ops = await page.getOperatorList({ annotationMode: AnnotationMode.DISABLE });
    rules = rulesFromOperators(ops.fnArray, ops.argsArray, OP_CODES, viewport.transform);
    const bold = fontWeights(page, items);
    if ([...bold.values()].some(Boolean)) textLines = buildLines(toRuns(bold));
  }
  const lines = withParagraphBreaks(textLines).map((tl, i) => (tl ? toLine(tl, number, lineBase + i + 1) : null));
  lines.forEach((l, i) => {
    if (l === null) {
      const prev = lines[i - 1]!, next = lines[i + 1]!;
      lines[i] = { page: number, line: lineBase + i + 1, y: round((prev.y + next.y) / 2), text: "", start: 0, end: 0, segments: [], kind: "blank" };
    }
  });
  const done = lines.filter((l): l is Line => l !== null);
  return { page: { number, width: viewport.width, height: viewport.height, lines: done, rules, removed: [] }, lines: done.length };
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

/** Lines with `null` inserted where a paragraph break (blank line) goes. */
export function withParagraphBreaks(lines: readonly TextLine[]): Array<TextLine | null> {
  const gaps: number[] = [];
  for (let i = 1; i < lines.length; i++) gaps.push(lines[i]!.baseline - lines[i - 1]!.baseline);
  // The usual line distance is that between wrapped lines of one paragraph: the smallest gap
  // (to a tenth of a point) that occurs at least twice. Not the most frequent one: a list of one-line
  // paragraphs has mostly paragraph gaps.
  const counts = new Map<number, number>();
  for (const g of gaps) counts.set(Math.round(g * 10) / 10, (counts.get(Math.round(g * 10) / 10) ?? 0) + 1);
  let usual = 0;
  for (const [g, n] of counts) if (n >= 2 && g > 0 && (usual === 0 || g < usual)) usual = g;
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

/** Bold per font name, from the font objects pdf.js loaded for the page. */
function fontWeights(page: PDFPageProxy, items: readonly RawTextItem[]): Map<string, boolean> {
  const out = new Map<string, boolean>();
  for (const item of items) {
    if (out.has(item.fontName)) continue;
    let bold = false;
    try {
      if (page.commonObjs.has(item.fontName)) {
        const font = page.commonObjs.get(item.fontName) as { name?: string; bold?: boolean } | null;
        bold = font?.bold === true || BOLD_FONT_NAME.test(font?.name ?? "");
      }
    } catch {
      bold = false; // font not resolved: weight unknown, treat as regular
    }
    out.set(item.fontName, bold);
  }
  return out;
}

/** A TextLine → Layout Line with segment offsets relative to the line (assignOffsets makes them absolute). */
function toLine(tl: TextLine, page: number, lineNo: number): Line {
  let text = "";
  const segments: Segment[] = [];
  tl.segments.forEach((s, i) => {
    if (i > 0) text += s.superscript ? MARK_JOINER : COLUMN_JOINER;
    const start = text.length;
    text += s.text;
    const seg: Segment = {
      text: s.text,
      x: round(s.x),
      y: round(tl.baseline),
      width: round(s.width),
      fontSize: round(s.fontSize),
      page,
      line: lineNo,
      start,
      end: text.length,
    };
    if (s.bold) seg.bold = true;
    segments.push(seg);
  });
  return { page, line: lineNo, y: round(tl.baseline), text, start: 0, end: text.length, segments, kind: "text" };
}

const round = (n: number) => Math.round(n * 100) / 100;
