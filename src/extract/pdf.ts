/**
 * PDF → Layout with pdf.js (pdfjs-dist 5.x, legacy build for Node). Glyph runs become lines and
 * word-group segments (extract/pdf/lines.ts), drawn rules become `page.rules`
 * (extract/pdf/rules.ts), running headers/footers are removed (extract/furniture.ts).
 *
 * Worker: in Node the legacy build runs pdf.js's "fake worker" in this thread, importing
 * `./pdf.worker.mjs` beside `pdf.mjs` on its own; nothing to configure.
 */
import { getDocument, OPS, Util } from "pdfjs-dist/legacy/build/pdf.mjs";
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
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const { page: built, lines } = await readPage(page, n, lineNo);
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

async function readPage(page: PDFPageProxy, number: number, lineBase: number): Promise<{ page: Page; lines: number }> {
  const viewport = page.getViewport({ scale: 1 });
  const content = await page.getTextContent();
  const items: RawTextItem[] = [];
  for (const item of content.items) if (isTextItem(item) && item.str !== "") items.push(item);
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
    const ops = await page.getOperatorList();
    rules = rulesFromOperators(ops.fnArray, ops.argsArray, OP_CODES, viewport.transform);
    const bold = fontWeights(page, items);
    if ([...bold.values()].some(Boolean)) textLines = buildLines(toRuns(bold));
  }
  const lines = textLines.map((tl, i) => toLine(tl, number, lineBase + i + 1));
  return { page: { number, width: viewport.width, height: viewport.height, lines, rules, removed: [] }, lines: lines.length };
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
