/**
 * Text from outside (file names, a PDF's own error messages) printed on a terminal or into a log:
 * control characters must never reach it raw. A newline in a file name would forge a second log
 * line, an escape sequence would recolour or clear the terminal, a bidi override would show the
 * name reversed. One definition, used wherever the CLI prints a path or a message.
 */

/**
 * What is never printed raw: C0 controls (newline, tab, escape …), DEL, C1 controls, Unicode's
 * line and paragraph separators (a new line to many terminals and editors), and the bidirectional
 * marks, embeddings, overrides and isolates (they reorder what the reader sees).
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
const UNPRINTABLE_ALL = new RegExp(UNPRINTABLE.source, "gu");

/** `\u` + four hex digits: valid in JSON and in a JavaScript string literal. */
const unicodeEscape = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`;

/**
 * A path (or any name) as it is printed: unchanged when it holds nothing unprintable; otherwise a
 * JSON string literal — quoted, `\n`, `\t`, `\\`, `\"` and `\uXXXX` for the rest — so it stays
 * on its line, cannot be mistaken for a plain name (a name holding a real backslash-n is quoted
 * and shows `\\n`), and `JSON.parse` gives the exact name back.
 */
export function printablePath(path: string): string {
  if (!UNPRINTABLE.test(path)) return path;
  // JSON.stringify escapes C0, `"` and `\`; DEL, C1 and the Unicode separators and bidi marks it leaves raw.
  return JSON.stringify(path).replace(UNPRINTABLE_ALL, unicodeEscape);
}

/**
 * A message on one line: runs of whitespace (a PDF's own error text may hold newlines) become one
 * space; any other unprintable character is written as `\uXXXX`.
 */
export function oneLine(message: string): string {
  return message.replace(/\s+/g, " ").trim().replace(UNPRINTABLE_ALL, unicodeEscape);
}
