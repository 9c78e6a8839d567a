import iconv from "iconv-lite";
import { ExtractError } from "../model/errors.js";
import type { InputFormat } from "../model/layout.js";
import { isPdf } from "./pdf-magic.js";

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

/** Share of control characters above which a ".txt" is really binary. Text has tabs/newlines only. */
const MAX_CONTROL_CHAR_RATIO = 0.01;

function startsWith(bytes: Uint8Array, sig: number[]): boolean {
  return sig.every((b, i) => bytes[i] === b);
}

/** Encodings text input is read in. */
export type TextEncodingName = "utf-8" | "utf-16le" | "utf-16be" | "windows-1252" | "iso-8859-1";

export interface DecodedText {
  /** The text, line ends normalised to \n. */
  text: string;
  encoding: TextEncodingName;
  /** True when no BOM or valid UTF-8 proved the encoding: a warning names the guess. */
  guessed: boolean;
}

/** A diagnostic of decoding, shaped like an extractor warning. */
export interface DecodeWarning {
  code: "TEXT_ENCODING_GUESSED" | "TEXT_CONTROL_CHARS_REMOVED" | "TEXT_MOJIBAKE_MARKER";
  message: string;
  page: number | null;
  line: number | null;
}

/** Bytes examined for BOM-less UTF-16: enough for thousands of characters, cheap on a 50 MB file. */
const UTF16_SNIFF_BYTES = 64 * 1024;
/**
 * BOM-less UTF-16: mostly-ASCII text has a NUL in every second byte. At least this share of the
 * high bytes must be NUL, and at most UTF16_OTHER_NUL_SHARE of the low ones (a NUL in plain text is rare).
 */
const UTF16_NUL_SHARE = 0.3;
const UTF16_OTHER_NUL_SHARE = 0.05;
/** Bytes 0x80–0x9F: C1 controls in ISO-8859-1, never in real text; in Windows-1252 they are ’ “ ” – € …. */
const C1_FIRST = 0x80;
const C1_LAST = 0x9f;

function utf16Guess(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  const n = Math.min(bytes.length, UTF16_SNIFF_BYTES) & ~1;
  if (n < 4) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul / pairs >= UTF16_NUL_SHARE && evenNul / pairs <= UTF16_OTHER_NUL_SHARE) return "utf-16le";
  if (evenNul / pairs >= UTF16_NUL_SHARE && oddNul / pairs <= UTF16_OTHER_NUL_SHARE) return "utf-16be";
  return null;
}

/**
 * Decode text bytes, detecting the encoding: a BOM (UTF-8, UTF-16 LE/BE) decides; else BOM-less
 * UTF-16 by its NUL pattern; else valid UTF-8; else a single-byte code page — Windows-1252 if any
 * byte is in 0x80–0x9F (its curly quotes, dashes, €), else ISO-8859-1. Single-byte code pages
 * are decoded with iconv-lite: Node 20's TextDecoder("windows-1252") maps 0x80–0x9F to controls,
 * so ’ “ ” – € vanished. Line ends become \n.
 */
export function decodeTextDetailed(bytes: Uint8Array): DecodedText {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let decoded: Omit<DecodedText, "text"> & { raw: string };
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) decoded = { raw: iconv.decode(buf.subarray(3), "utf-8"), encoding: "utf-8", guessed: false };
  else if (bytes[0] === 0xff && bytes[1] === 0xfe) decoded = { raw: iconv.decode(buf.subarray(2), "utf-16le"), encoding: "utf-16le", guessed: false };
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) decoded = { raw: iconv.decode(buf.subarray(2), "utf-16be"), encoding: "utf-16be", guessed: false };
  else {
    const utf16 = utf16Guess(bytes);
    if (utf16) decoded = { raw: iconv.decode(buf, utf16), encoding: utf16, guessed: true };
    else {
      try {
        decoded = { raw: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8", guessed: false };
      } catch {
        const cp1252 = buf.some((b) => b >= C1_FIRST && b <= C1_LAST);
        const encoding = cp1252 ? "windows-1252" : "iso-8859-1";
        decoded = { raw: iconv.decode(buf, encoding), encoding, guessed: true };
      }
    }
  }
  // Most files have no CR: the search is cheaper than the replace's pass.
  const text = decoded.raw.includes("\r") ? decoded.raw.replace(/\r\n?/g, "\n") : decoded.raw;
  return { text, encoding: decoded.encoding, guessed: decoded.guessed };
}

/** decodeTextDetailed, text only. */
export function decodeText(bytes: Uint8Array): string {
  return decodeTextDetailed(bytes).text;
}

/** C0 controls other than tab, newline and form feed (a page break), and DEL: never text, break JSON consumers and the index. */
const STRAY_CONTROLS = /[\u0000-\u0008\u000b\u000d-\u001f\u007f]/g;
/**
 * A control character standing alone as a word — at a line start or after white space, and
 * followed by white space — is a glyph the text layer could not map: `pdftotext` writes a glyph's
 * character code when its font has no ToUnicode map, and a Symbol/Wingdings bullet of a Word PDF
 * is coded 1, 2, 3 … in its subset. It keeps its column as U+FFFD, the PDF reader's answer for
 * the same glyph (pdf/glyphs.ts), which the item-marker table reads as a bullet at an item's start.
 */
const LONE_CONTROL = /(?<=^|[ \t])[\u0000-\u0008\u000e-\u001f\u007f](?=[ \t])/gm;

/**
 * Remove stray control characters, but keep a lone one (an unmapped glyph, LONE_CONTROL) as U+FFFD;
 * the warning names how many went and the line of the first.
 */
export function stripControls(text: string): { text: string; warning: DecodeWarning | null } {
  STRAY_CONTROLS.lastIndex = 0;
  const first = STRAY_CONTROLS.exec(text);
  if (!first) return { text, warning: null };
  let kept = 0;
  const glyphs = text.replace(LONE_CONTROL, () => {
    kept++;
    return "\uFFFD";
  });
  let removed = 0;
  const clean = glyphs.replace(STRAY_CONTROLS, () => {
    removed++;
    return "";
  });
  let line = 1;
  for (let i = text.indexOf("\n"); i >= 0 && i < first.index; i = text.indexOf("\n", i + 1)) line++;
  const code = first[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, "0");
  const what = kept === 0 ? `removed ${removed} control character(s)` : `removed ${removed} control character(s) and kept ${kept} standing alone as U+FFFD (a glyph with no text mapping, e.g. a bullet)`;
  return {
    text: clean,
    warning: { code: "TEXT_CONTROL_CHARS_REMOVED", message: `${what} (the first, U+${code}, on line ${line})`, page: null, line },
  };
}

/** The warning for a guessed encoding, or null. */
/**
 * TEXT_MOJIBAKE_MARKER, once per document: item markers printed as the two WinAnsi characters of
 * their UTF-16 code unit ("%ª" for ▪: a standard PDF font given Unicode, vocab/markers.ts
 * decodeMojibakeMarkers) were read back as markers. The text layer is damaged: a character
 * inside an item printed the same way ("≥ 6" as `"e 6`) cannot be told and stays as printed.
 */
export function mojibakeWarning(count: number, page: number | null = null): DecodeWarning[] {
  if (count === 0) return [];
  return [{ code: "TEXT_MOJIBAKE_MARKER", message: `${count} item marker(s) were printed as the two characters of their UTF-16 code (a standard PDF font given characters outside WinAnsi, e.g. "%ª" for ▪) and were read as markers; other characters outside WinAnsi may be printed the same way in the text`, page, line: null }];
}

export function encodingWarning(d: DecodedText): DecodeWarning | null {
  if (!d.guessed) return null;
  const why = d.encoding.startsWith("utf-16") ? "no byte-order mark, but every second byte is NUL" : "no byte-order mark and not valid UTF-8";
  return { code: "TEXT_ENCODING_GUESSED", message: `${why}: read as ${d.encoding} (a guess)`, page: null, line: null };
}

/**
 * Markdown cues with weights; a plain text file rarely shows two of them. With each, a character
 * every match of it holds: where the text has none (a plain search), the pattern is not run — most
 * of these patterns are tried at every line start or every character of a text that is no Markdown.
 */
export const MARKDOWN_CUES: ReadonlyArray<readonly [RegExp, number, string]> = [
  [/^#{1,6} \S/m, 2, "#"], // ATX heading
  [/\*\*[^*\n]+\*\*/, 1, "*"], // bold
  [/^\s*\|.*\|\s*$\n^\s*\|?\s*:?-{3,}/m, 3, "|"], // GFM table header + delimiter row
  [/^[ \t]*\+(?:[-=:]{3,}\+)+[ \t]*\r?\n[ \t]*\|/m, 3, "+"], // grid table (pandoc, reStructuredText): a "+---+---+" border, then a "|" row
  [/<sup>[^<]*<\/sup>/i, 2, "<"], // footnote marks as HTML
  [/^[ \t]*<table[\s>][\s\S]*?<\/table\s*>/im, 3, "<"], // an HTML table block (pandoc -t gfm: a table a pipe table cannot hold)
  [/\\[*_#[\]()`]/, 1, "\\"], // backslash escapes that only a Markdown writer produces
  [/^\[[^\]]+\]\([^)]+\)/m, 1, "["], // link at line start
  [/^```/m, 2, "`"], // fenced code
  [/^#{1,6} \S[^\n]*\n(?:[^\n]*\n)*?#{1,6} \S/m, 1, "#"], // a second ATX heading: one "#" line can be a plain-text accident, two rarely are
  [/^[-*+] \d{1,3}\. \S/m, 1, "."], // "- 1. text": PDF-to-Markdown converters write UN numbered paragraphs as bullets
];
/** Score at which content counts as Markdown whatever its extension. */
export const MARKDOWN_MIN_SCORE = 3;

export function markdownScore(text: string): number {
  let score = 0;
  for (const [re, weight, needs] of MARKDOWN_CUES) if (text.includes(needs) && re.test(text)) score += weight;
  return score;
}

/**
 * One pass over the decoded text: how many characters make it look binary (C0 controls other than
 * tab, newline and form feed, and U+FFFD), and whether it holds a STRAY_CONTROLS character (the
 * same C0 controls, or DEL) that stripControls would remove.
 */
export function countControls(text: string): { control: number; stray: boolean } {
  let control = 0;
  let stray = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20) {
      if (c !== 0x09 && c !== 0x0a && c !== 0x0c) {
        control++;
        stray = true;
      }
    } else if (c === 0xfffd) control++;
    else if (c === 0x7f) stray = true;
  }
  return { control, stray };
}

/** Decide the format from content, not extension: archives are named carelessly. */
export function sniffFormat(bytes: Uint8Array): { format: InputFormat; text: string | null; warnings: DecodeWarning[] } {
  if (bytes.length === 0) throw new ExtractError("EMPTY", "the file is empty (0 bytes)");
  if (isPdf(bytes)) return { format: "pdf", text: null, warnings: [] };
  for (const [what, sig] of BINARY_SIGNATURES) {
    if (startsWith(bytes, sig)) throw new ExtractError("UNSUPPORTED_FORMAT", `the file is a ${what}, not a PDF, text or Markdown document`);
  }
  const decoded = decodeTextDetailed(bytes);
  const raw = decoded.text;
  const { control, stray } = countControls(raw);
  if (raw.length > 0 && control / raw.length > MAX_CONTROL_CHAR_RATIO) {
    throw new ExtractError("UNSUPPORTED_FORMAT", "the file looks binary (control characters), not text");
  }
  // stripControls returns a text without a STRAY_CONTROLS character as it is: its search is not repeated.
  const { text, warning } = stray ? stripControls(raw) : { text: raw, warning: null };
  if (text.trim() === "") throw new ExtractError("EMPTY", "the file has no text (only whitespace)");
  const warnings = [encodingWarning(decoded), warning].filter((w): w is DecodeWarning => w !== null);
  return { format: markdownScore(text) >= MARKDOWN_MIN_SCORE ? "markdown" : "text", text, warnings };
}
