// First, and eagerly (pdf.js itself is loaded on the first PDF): it keeps the engine's built-ins
// before anything loads pdf.js, whose polyfills replace them for the whole process
// (pdf/native-json.ts). Taken only when pdf.js loads, they would be the polyfills whenever the
// application had loaded pdf.js itself first.
import { joinJustifiedGaps } from "./justifiedGaps.js";
import "./pdf/native-json.js";
import type { Layout, InputFormat } from "../model/layout.js";
import { ExtractError } from "../model/errors.js";
import type { Context, Doc } from "../model/doc.js";
import { sniffFormat, decodeTextDetailed, encodingWarning, mojibakeWarning, stripControls, type DecodeWarning } from "./decode.js";
import { spaceGluedComparisons, textToLayout } from "./text.js";
import { withoutProvenNoteCalls } from "./text-notes.js";
import { removeTextWatermark } from "./text-watermark.js";
import { readTextBoxTables, readTypedBoxTables } from "./box-tables.js";
import { removeFurniture } from "./furniture.js";
import { lineEndBreaks, repairText, softBrokenField } from "../vocab/text.js";
import { decodeMojibakeMarkers } from "../vocab/markers.js";
import { MAX_STRUCTURED_TEXT_BYTES, largeTextWarning, leanTextLayout } from "../large-text.js";

export interface ExtractedLayout {
  layout: Layout;
  /** Diagnostics of the extractor (e.g. NO_TEXT_LAYER); become document warnings. */
  warnings: Array<{ code: string; message: string; page: number | null; line: number | null }>;
  /** Set when the extractor could read the file but not all of its content (e.g. a scan: "partial"). */
  status?: "partial";
}

/** bytes → Layout, choosing the extractor from the content (or the forced format). */
export async function extractLayout(bytes: Uint8Array, ctx: Context, onFormat?: (format: InputFormat) => void): Promise<ExtractedLayout> {
  const forced: InputFormat | undefined = ctx.options.format;
  const sniffed = forced ? forcedFormat(forced, bytes) : sniffFormat(bytes);
  // Known before the extractor runs: a PDF the extractor cannot read is still recorded as a PDF.
  onFormat?.(sniffed.format);
  switch (sniffed.format) {
    case "pdf":
      // Loaded on the first PDF: pdf.js and its canvas cost a text-only batch worker ~0.2 s of CPU and ~50 MB.
      // Chained, not awaited here: this frame must not stay suspended holding the input (see pdfToLayout).
      return (await pdfReader()).pdfToLayout(bytes, ctx).then(withTypedBoxTables);
    case "markdown":
    case "text":
      if (bytes.length > MAX_STRUCTURED_TEXT_BYTES) {
        // Far beyond any one document: lines and offsets only, for the entity recognisers (large-text.ts).
        return { layout: leanTextLayout(repairText(sniffed.text ?? ""), sniffed.format), warnings: [...sniffed.warnings, largeTextWarning(bytes.length)], status: "partial" };
      }
      return sniffed.format === "markdown" ? readMarkdown(sniffed.text ?? "", sniffed.warnings, ctx) : readText(sniffed.text ?? "", sniffed.warnings);
    default:
      throw new ExtractError("UNSUPPORTED_FORMAT", `unknown format ${String(sniffed.format)}`);
  }
}

/**
 * The PDF and Markdown readers' modules, each imported on the first document of its format: the
 * later ones take the same promise (a dynamic import of a loaded module still cost 4–12 µs a
 * document, session 49).
 */
const pdfReader = once(() => import("./pdf.js"));
const markdownReader = once(() => import("./markdown.js"));

function once<T>(load: () => T): () => T {
  let loaded: { value: T } | undefined;
  return () => (loaded ??= { value: load() }).value;
}

async function readMarkdown(text: string, decodeWarnings: readonly DecodeWarning[], ctx: Context): Promise<ExtractedLayout> {
  // Loaded on the first Markdown document, as pdf.js on the first PDF: its parsers (micromark,
  // commonmark, the HTML parser and their entity tables) cost every worker of a text or PDF batch
  // tens of milliseconds of start-up for nothing (bench/README.md, session 46).
  const { alignedGridRepair, markdownToLayout } = await markdownReader();
  const moji = decodeMojibakeMarkers(text);
  const md = await markdownToLayout(repairText(alignedGridRepair(moji.text)), ctx);
  return { ...md, layout: withSoftBroken(md.layout, [moji.text]), warnings: [...decodeWarnings, ...md.warnings, ...mojibakeWarning(moji.count)] };
}

/** A PDF's typed pages with their box tables read as ruled tables (extract/box-tables.ts). */
function withTypedBoxTables(read: ExtractedLayout): ExtractedLayout {
  readTypedBoxTables(read.layout);
  return read;
}

function readText(text: string, decodeWarnings: readonly DecodeWarning[]): ExtractedLayout {
  // Text from pdftotext & co. keeps its pages (form feeds) and their running headers/footers.
  const moji = decodeMojibakeMarkers(text);
  const repaired = spaceGluedComparisons(repairText(moji.text));
  // A PDF's diagonal watermark, cut into letters on lines of their own, goes before anything reads lines.
  const unmarked = removeTextWatermark(textToLayout(repaired, repaired === moji.text ? undefined : moji.text));
  return { layout: withSoftBroken(withoutProvenNoteCalls(removeFurniture(readTextBoxTables(joinJustifiedGaps(unmarked.layout)), { reflow: false })), [moji.text]), warnings: [...decodeWarnings, ...unmarked.warnings, ...mojibakeWarning(moji.count)] };
}

/** The layout with the words its source broke at a soft hyphen (Layout.softBroken), read from the text before repair. */
function withSoftBroken(layout: Layout, raw: Iterable<string>): Layout {
  return { ...layout, ...softBrokenField(lineEndBreaks(raw)) };
}

/** A format the caller forced: text is decoded (and cleaned) without sniffing. */
function forcedFormat(format: InputFormat, bytes: Uint8Array): { format: InputFormat; text: string | null; warnings: DecodeWarning[] } {
  if (format === "pdf") return { format, text: null, warnings: [] };
  const decoded = decodeTextDetailed(bytes);
  const { text, warning } = stripControls(decoded.text);
  return { format, text, warnings: [encodingWarning(decoded), warning].filter((w): w is DecodeWarning => w !== null) };
}

function takeInput(doc: Doc & { input?: Uint8Array }): Uint8Array {
  const input = doc.input ?? new Uint8Array(0);
  delete doc.input;
  return input;
}

/** The extract stage: fills doc.layout from doc.input. */
export async function extractStage(doc: Doc & { input?: Uint8Array }, ctx: Context): Promise<Doc> {
  if (!doc.input) return doc;
  // Handed over, not kept here: the PDF reader lets go of the file once pdf.js has its own copy,
  // and a reference held by this (suspended) stage would keep a second one alive all along.
  const { layout, warnings, status } = await extractLayout(takeInput(doc), ctx, (format) => (doc.source.format = format));
  if (status) doc.status = status;
  doc.layout = layout;
  doc.source.format = layout.format;
  doc.source.pages = layout.pages.length;
  const turned = layout.pages.flatMap((p): NonNullable<typeof doc.source.turned> => {
    const degrees = p.turned;
    return degrees === 90 || degrees === 180 || degrees === 270 ? [{ page: p.number, degrees }] : [];
  });
  if (turned.length) doc.source.turned = turned;
  doc.warnings.push(...warnings);
  return doc;
}
