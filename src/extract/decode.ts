import { ExtractError } from "../model/errors.js";
import type { InputFormat } from "../model/layout.js";

/** Magic numbers of formats users drop into archives by mistake; named so the error says what it was. */
const BINARY_SIGNATURES: ReadonlyArray<[string, number[]]> = [
  ["PNG image", [0x89, 0x50, 0x4e, 0x47]],
  ["JPEG image", [0xff, 0xd8, 0xff]],
  ["GIF image", [0x47, 0x49, 0x46, 0x38]],
  ["ZIP archive (DOCX/ODT/XLSX?)", [0x50, 0x4b, 0x03, 0x04]],
  ["OLE2 file (DOC/XLS?)", [0xd0, 0xcf, 0x11, 0xe0]],
  ["gzip archive", [0x1f, 0x8b]],
  ["TIFF image", [0x49, 0x49, 0x2a, 0x00]],
];

/** PDF readers accept a header anywhere in the first 1024 bytes; so do we. */
const PDF_HEADER_WINDOW = 1024;
/** Share of control characters above which a ".txt" is really binary. Text has tabs/newlines only. */
const MAX_CONTROL_CHAR_RATIO = 0.01;

function startsWith(bytes: Uint8Array, sig: number[]): boolean {
  return sig.every((b, i) => bytes[i] === b);
}

export function isPdf(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.subarray(0, PDF_HEADER_WINDOW)).toString("latin1");
  return head.includes("%PDF-");
}

/**
 * Decode text bytes: UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252, which is what
 * older archives on Windows were saved as. Line endings become \n.
 */
export function decodeText(bytes: Uint8Array): string {
  let text: string;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) text = new TextDecoder("utf-16le").decode(bytes.subarray(2));
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = new TextDecoder("utf-16be").decode(bytes.subarray(2));
  else {
    try {
      text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
    } catch {
      text = new TextDecoder("windows-1252").decode(bytes);
    }
  }
  return text.replace(/\r\n?/g, "\n");
}

/** Markdown cues with weights; a plain text file rarely shows two of them. */
const MARKDOWN_CUES: ReadonlyArray<[RegExp, number]> = [
  [/^#{1,6} \S/m, 2], // ATX heading
  [/\*\*[^*\n]+\*\*/, 1], // bold
  [/^\s*\|.*\|\s*$\n^\s*\|?\s*:?-{3,}/m, 3], // GFM table header + delimiter row
  [/<sup>[^<]*<\/sup>/i, 2], // footnote marks as HTML
  [/\\[*_#[\]()`]/, 1], // backslash escapes that only a Markdown writer produces
  [/^\[[^\]]+\]\([^)]+\)/m, 1], // link at line start
  [/^```/m, 2], // fenced code
  [/^#{1,6} \S[^\n]*\n(?:[^\n]*\n)*?#{1,6} \S/m, 1], // a second ATX heading: one "#" line can be a plain-text accident, two rarely are
  [/^[-*+] \d{1,3}\. \S/m, 1], // "- 1. text": PDF-to-Markdown converters write UN numbered paragraphs as bullets
];
/** Score at which content counts as Markdown whatever its extension. */
export const MARKDOWN_MIN_SCORE = 3;

export function markdownScore(text: string): number {
  return MARKDOWN_CUES.reduce((sum, [re, w]) => sum + (re.test(text) ? w : 0), 0);
}

/** Decide the format from content, not extension: archives are named carelessly. */
export function sniffFormat(bytes: Uint8Array): { format: InputFormat; text: string | null } {
  if (bytes.length === 0) throw new ExtractError("EMPTY", "the file is empty (0 bytes)");
  if (isPdf(bytes)) return { format: "pdf", text: null };
  for (const [what, sig] of BINARY_SIGNATURES) {
    if (startsWith(bytes, sig)) throw new ExtractError("UNSUPPORTED_FORMAT", `the file is a ${what}, not a PDF, text or Markdown document`);
  }
  const text = decodeText(bytes);
  let control = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0c) || c === 0xfffd) control++;
  }
  if (text.length > 0 && control / text.length > MAX_CONTROL_CHAR_RATIO) {
    throw new ExtractError("UNSUPPORTED_FORMAT", "the file looks binary (control characters), not text");
  }
  if (text.trim() === "") throw new ExtractError("EMPTY", "the file has no text (only whitespace)");
  return { format: markdownScore(text) >= MARKDOWN_MIN_SCORE ? "markdown" : "text", text };
}
