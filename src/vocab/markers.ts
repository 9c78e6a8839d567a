import { escapeRegExp } from "./text.js";
/**
 * Item markers (bullets and list numbers) of compacts and UN documents: one table, read by the
 * table reader (items inside cells), the compact reader (challenges) and every text cleaner.
 * A marker is never part of an item's text.
 */

/**
 * Bullet glyphs as they reach us: Unicode bullets and squares, arrows, check marks, and the
 * Private Use Area code points that Symbol/Wingdings fonts map their bullets to (U+F0B7 ,
 * U+F0A7 , U+F0D8 , U+F06F o, U+F071 ❑, U+F0FC ✓ …: the whole U+F020–U+F0FF block is symbol-font
 * glyphs, never letters). U+FFFD is what a decoder leaves for a glyph it could not map, which at
 * a line start in these documents is always a lost bullet. Likewise the C1 controls U+0080–U+009F:
 * a glyph of a font with a custom encoding and no ToUnicode map (TeX's `\textbullet`, a Type 3 font,
 * reads as U+0088) comes out as its raw code, and no text carries a C1 control. The outline
 * triangles ▷ ▹ (TeX's `\triangleright`, where Word prints ➢) are bullets as the filled ones are,
 * and so is ∙ (U+2219 BULLET OPERATOR: math `\bullet` in a Unicode math font, corpus14 val14
 * v14-017 xe.pdf), a dot like · beside it.
 */
export const BULLET_GLYPHS = "•▪▫◦●○■□◆◇►▶▸▷▹➢➤➣✓✔❏❐❑❒♦⧫◘⁃‣·\u2219\u2023\u2043\u25CF\u25E6\uF020-\uF0FF\uFFFD\u0080-\u009F";
/**
 * Arrows set as item markers: troff's `\(->` (→, what a groff user types for an arrow bullet),
 * ⇒ and ⇨, and the dingbat arrows (➔ ➜ ➝ ➞ ➡) that Word's bullet picker offers beside ➢. A marker
 * where a line or cell opens with one; inside a line an arrow is text ("2019 → 2021", "A → B"),
 * so INLINE_BULLET leaves it. Not folded back from Ghostscript's codes either (folded-unicode
 * reads BULLET_GLYPHS only): those are the glyphs Symbol/Wingdings print, and no corpus has seen
 * an arrow there.
 */
export const ARROW_BULLETS = "\u2192\u21D2\u21E8\u2794\u279C\u279D\u279E\u27A1";
export const GLYPH_CLASS = `[${BULLET_GLYPHS}${ARROW_BULLETS}]`;
/** A bullet glyph alone (a word, a run's text trimmed, a marker read off a line). */
export const BULLET_GLYPH_ONLY = new RegExp(`^${GLYPH_CLASS}$`, "u");
/** What an item opens with after its marker or at a cell's edge: a capital or a digit ("- Energy efficiency …", "- 64% of …"). */
export const ITEM_OPENING = /^[\p{Lu}\d]/u;
/** The bullet glyphs that set items apart inside a line too (not the arrows). */
const INLINE_GLYPH_CLASS = `[${BULLET_GLYPHS}]`;

/**
 * Letter-like bullets: "o" (Word's second-level bullet in Courier New), "-", "*", "–" — only when
 * a space follows, since inside text they are letters and hyphens.
 */
const LETTER_BULLET = String.raw`[-*\u2013\u2014o](?=\s)`;
/** A bullet at the start of a line: a glyph, or a letter-like bullet followed by a space. */
export const LEADING_BULLET = new RegExp(String.raw`^\s*(?:${GLYPH_CLASS}+|${LETTER_BULLET})\s*`, "u");
/**
 * List numbers at line start: "1." "2)" "(a)" "a)" "(iii)" "iv." Two digits at most, so "2008." is
 * no marker; a lone letter with a dot ("a.") only before a capital or a digit, so "e.g." and
 * "i.e." stay text. The digit: Word's "(a)" / "(i)" numbering exported to HTML comes back as an
 * <ol> printed "a." / "ii.", and measure items often open with their count ("a. 83 agreements").
 */
/** List numbers that are markers wherever they stand: "1." "2)" "(a)" "(iii)" "a)". */
export const LIST_NUMBER = String.raw`\d{1,2}[.)]|\((?:[a-z]|[ivx]{1,5}|\d{1,2})\)|(?:[a-z]|[ivx]{1,5})\)`;
/**
 * The kinds a marker standing alone as a word belongs to, for telling whether two markers are
 * items of one list: a bullet glyph or a dash is its own kind; a list number is its numbering's
 * shape ("(i)" for "(iii)", "1." for "12.", "a)" for "c)"; "(i)" is both a Roman and a letter
 * numbering). Empty for any other word.
 */
export function markerKinds(word: string): string[] {
  if (MARKER_GLYPH_WORD.test(word)) return [word === "\u2013" ? "-" : word];
  const n = MARKER_NUMBER_WORD.exec(word);
  if (!n) return [];
  const [, open = "", body = "", close = ""] = n;
  const digits = /^\d/.test(body);
  // LIST_NUMBER's forms only: "(x)" closes its bracket, a letter or Roman numeral needs one ("a)").
  if ((open && close !== ")") || (!open && !digits && close !== ")")) return [];
  const shape = (kind: string) => `${open}${kind}${close}`;
  if (digits) return [shape("1")];
  const kinds = /^[ivx]+$/.test(body) ? [shape("i")] : [];
  if (body.length === 1) kinds.push(shape("a"));
  return kinds;
}
// "o" too: Word's and LibreOffice's second-level bullet (Courier New) printed as a letter; no English
// word is the letter alone.
const MARKER_GLYPH_WORD = new RegExp(String.raw`^(?:${GLYPH_CLASS}|[-\u2013o])$`, "u");
/** A list number read into its opening bracket, its number and its closing mark. */
const MARKER_NUMBER_WORD = /^(\()?(\d{1,2}|[a-z]|[ivx]{1,5})([.)])$/;

/**
 * A list number in parentheses printed flush against its text ("(iii)All officers …"): a word
 * processor's hanging indent whose tab stop the wider number ran past leaves no space after it.
 * Only before a capital or a digit, and only the bracketed form, which prose never glues to a word.
 */
const GLUED_NUMBER = String.raw`\((?:[a-z]|[ivx]{1,5}|\d{1,2})\)(?=[A-Z\d])`;
/**
 * A list number in parentheses alone on its line (session 24, corpus16 d16-007): a number wider
 * than its hanging indent ("(iii)" beside "(i)", "(ii)") overlaps its text, and the glyph reader
 * sets it apart as a line of its own beside the item's first line. Prose never ends a line with a
 * bracketed letter or Roman numeral of its own; a bracketed number may be a measure's value wrapped
 * onto a line of its own ("… trained in mission planning" / "(50)", corpus15 d15-004): not a marker.
 */
const LONE_NUMBER = String.raw`\((?:[a-z]|[ivx]{1,5})\)\s*$`;
export const LEADING_NUMBER = new RegExp(String.raw`^\s*(?:(?:${LIST_NUMBER}|(?:[a-h]|[ivx]{1,5})\.(?=\s+[A-Z\d]))\s+|${GLUED_NUMBER}|${LONE_NUMBER})`);
/**
 * A list number at a line's start read into its parts, for a reader that follows a numbering
 * (tables/linearized: a cell's items go on `(i)` `(ii)`, a numbering that starts again opens a new
 * cell): "(" or nothing, the number (one or two digits, a letter, a Roman numeral with l and c,
 * either case) and its "." or ")". Wider than LEADING_NUMBER, which decides what the cleaners
 * strip: a numbering step there ("A.", "iv. more") is read as one here and kept as text by them.
 */
export const NUMBERED_START = /^\s*(\()?(\d{1,2}|[a-z]|[ivxlc]{1,5})([.)])\s+/i;

const ROMAN_DIGITS: Readonly<Record<string, number>> = { i: 1, v: 5, x: 10, l: 50, c: 100 };
/** The value of a lower-case Roman numeral of i, v, x, l, c ("iv" → 4); other letters count 0. */
export function romanNumber(s: string): number {
  let total = 0;
  for (let k = 0; k < s.length; k++) {
    const a = ROMAN_DIGITS[s[k]!] ?? 0;
    const b = ROMAN_DIGITS[s[k + 1] ?? ""] ?? 0;
    total += a < b ? -a : a;
  }
  return total;
}

/** Glyph bullets inside a line start further items ("A.  B."); dashes and "o" do not (hyphens, letters). */
export const INLINE_BULLET = new RegExp(String.raw`\s*${INLINE_GLYPH_CLASS}+\s*`, "gu");
/**
 * Any bullet glyph: a text without one has no INLINE_BULLET match. Tested first because
 * INLINE_BULLET's leading \s* is tried at every space of a text (cells and items, on every row).
 */
const ANY_GLYPH = new RegExp(INLINE_GLYPH_CLASS, "u");

/** `text.split(INLINE_BULLET)`, without the pattern's scan when the text holds no bullet glyph. */
export function splitAtInlineBullets(text: string): string[] {
  return ANY_GLYPH.test(text) ? text.split(INLINE_BULLET) : [text];
}

/** `text.replace(INLINE_BULLET, by)`, without the pattern's scan when the text holds no bullet glyph. */
export function replaceInlineBullets(text: string, by: string): string {
  return ANY_GLYPH.test(text) ? text.replace(INLINE_BULLET, by) : text;
}

/**
 * The top level of an outline number: a section's number ("2" of "2.1") or its letter ("A" of
 * "A.1", the scheme of a document whose sections are lettered `A.`/`B.`). One rule for both: a
 * No. column's `A.5` is the same marker as `1.5`. Only with a number after it ("A.5", never "A."
 * alone), so an item or a heading opening with a lone capital and a full stop ("A. Programme of
 * work", an initial) is not an outline number.
 */
const OUTLINE_TOP = String.raw`(?:\d{1,2}|[A-Z])`;
/**
 * A decimal outline number at an item's start ("3.1 Monitoring arrangements …", "2.4. Staff …"):
 * Word's multilevel numbering of accomplishments under objective 3. A marker only before a word
 * that opens with a capital and goes on in lower case: a sentence opening with a decimal value
 * keeps it ("3.5 per cent of …", "2.1 million people", "1.5 FTE"). Not in LEADING_NUMBER (what
 * `startsWithMarker` asks): a line "1.2 Results for 2015" stays a section heading to the table
 * reader; only the cleaners take the number off the item's text. Three or four levels ("2.1.1 85% of
 * …", "1.2.1 Days from …": a measure numbered under accomplishment 2.1) are no decimal value and
 * no date with its year ("1.12.2015" has four digits last), so they are a marker before any word
 * or number.
 */
export const OUTLINE_NUMBER = new RegExp(
  String.raw`^\s*(?:${OUTLINE_TOP}\.\d{1,2}\.?\s+(?=\p{Lu}\p{Ll})|${OUTLINE_TOP}(?:\.\d{1,2}){2,3}\.?\s+(?=[\p{L}\p{N}]))`,
  "u",
);

/**
 * Word's multilevel outline numbers as a table's cells print them, an objective "13." and its
 * accomplishments "13.1", "13.2": one grammar read on two units, a cell's whole text (outlineRows)
 * and one word of a line (columns). Numeric first levels only (`OUTLINE_TOP` also takes the lettered
 * "A.5" of sections); the first level is captured where a reader compares it with the second's.
 */
const OUTLINE_LEVEL = String.raw`\d{1,2}`;
/** A cell's text opening with the first level: "13. To reach gender parity …" (13 captured). */
export const OUTLINE_FIRST_LEVEL_CELL = new RegExp(String.raw`^(${OUTLINE_LEVEL})\.\s+\S`);
/** A cell's text opening with the second level: "13.1 Mandatory courses …", "13.1. …" (13 captured). */
export const OUTLINE_SECOND_LEVEL_CELL = new RegExp(String.raw`^(${OUTLINE_LEVEL})\.${OUTLINE_LEVEL}\.?\s`);
/** One word that is the first level: "3." of "3. To reduce the release …" (3 captured). */
export const OUTLINE_FIRST_LEVEL_WORD = new RegExp(String.raw`^(${OUTLINE_LEVEL})\.$`);
/** One word that is the second level: "6.1" (no full stop after it: "6.1." is a sentence's end). */
export const OUTLINE_SECOND_LEVEL_WORD = new RegExp(String.raw`^${OUTLINE_LEVEL}\.${OUTLINE_LEVEL}$`);

/**
 * The marker word `s` opens with ("•", "–", "(a)", "1.", "2.1.1"), as `stripMarker` takes it off,
 * else undefined.
 */
export function leadingMarker(s: string): string | undefined {
  const m = LEADING_BULLET.exec(s) ?? LEADING_NUMBER.exec(s) ?? OUTLINE_NUMBER.exec(s);
  return m ? m[0].trim() || undefined : undefined;
}

/**
 * The list levels a marker word can stand for, for telling a two-level list's levels apart: a
 * list number's or glyph's kinds (`markerKinds`: "(i)" is both "(i)" and "(a)"), an outline number
 * its depth ("2.1.1" → "n.n.n"), any other glyph run itself.
 */
const OUTLINE_WORD = new RegExp(String.raw`^${OUTLINE_TOP}(?:\.\d{1,2})+\.?$`);
export function markerLevelKinds(word: string): string[] {
  const kinds = markerKinds(word);
  if (kinds.length) return kinds;
  if (OUTLINE_WORD.test(word)) return [word.replace(/\.$/, "").replace(/\d+|^[A-Z]/g, "n")];
  return [word];
}

/**
 * The value of a list number under one of its kinds (`markerKinds`): "(iii)" is 3 as "(i)", "c)"
 * 3 as "a)", "12." 12 as "1."; null for a glyph or another word.
 */
export function markerValue(word: string, kind: string): number | null {
  const n = MARKER_NUMBER_WORD.exec(word);
  if (!n) return null;
  const body = n[2]!;
  if (/^\d/.test(body)) return Number(body);
  if (/\(?i[.)]$/.test(kind)) return romanNumber(body);
  if (/\(?a[.)]$/.test(kind) && body.length === 1) return body.charCodeAt(0) - 0x60;
  return null;
}

/** The marker at the start of `s`, if any, and the text after it. */
export function stripMarker(s: string): { text: string; bulleted: boolean } {
  const m = LEADING_BULLET.exec(s) ?? LEADING_NUMBER.exec(s) ?? OUTLINE_NUMBER.exec(s);
  return m ? { text: s.slice(m[0].length), bulleted: true } : { text: s, bulleted: false };
}

/**
 * A line that is only an item marker ("-", "•"): a narrow cell's hanging indent leaves the marker
 * alone when the item's first word is wider than the space after it (the word goes to the next
 * line, "-" / "Extrabudgetar" / "y resources fall"). The item starts on the line after it.
 */
const LONE_MARKER = new RegExp(String.raw`^\s*(?:${GLYPH_CLASS}|[-*\u2013\u2014])\s*$`, "u");
export function isLoneMarker(s: string): boolean {
  return LONE_MARKER.test(s);
}

/** Does the line open with an item marker? */
export function startsWithMarker(s: string): boolean {
  return LEADING_BULLET.test(s) || LEADING_NUMBER.test(s);
}

/**
 * A footnote opens with its number or sign (a separate superscript run, or glued to the text) and
 * then a capital: "1 See S/RES/2145 (2014).", "* Includes …", "2/ Approved …".
 */
export const FOOTNOTE_START = /^(?:\d{1,2}\/?|[*†‡§]{1,3})(?:\s+|(?=[A-Z]))\S/u;
/**
 * A footnote numbered as a list item: "1. The resources are those approved by …" (WeasyPrint's
 * footnote area, its default marker "1. "). A numbered cell item opens the same way, so this alone
 * tells nothing: the table reader asks it only of a PDF line set in another size than the table,
 * in one run across its columns, at a page foot (`footnoteBlockEnd`).
 */
/**
 * The text of a note call set as a superscript after a cell's item ("… sources<sup>a</sup>", a Word
 * superscript run, a ReportLab `<super>`): a letter, a one- or two-digit number or a note sign. The
 * PDF reader tells a call by its size and rise (tables/columns noteCallSegments), the Markdown
 * reader by its `<sup>` (extract/markdown withoutNoteCalls); both ask this of its text.
 */
export const NOTE_CALL = /^(?:[a-z]|\d{1,2}|[*†‡§]{1,3})$/u;
export const FOOTNOTE_NUMBERED_START = /^\d{1,2}[.)]\s+\p{Lu}/u;
/**
 * A footnote's number set off from its text: a run of its own in a PDF ("1" | "See …"), or two or
 * more spaces in text ("1    See …"). Unlike FOOTNOTE_START this never matches a table cell that
 * opens with a number, so it can stop a footnote from being read as a row.
 */
export const FOOTNOTE_MARK_RUN = /^(?:\d{1,2}\/?|[*†‡§]{1,3})$/u;

/**
 * WinAnsi (cp1252) bytes 0x80–0x9F: the characters a standard-font PDF shows for them (0x81, 0x8D,
 * 0x8F, 0x90 and 0x9D show nothing). Every other byte of 0x20–0xFF shows as its Latin-1 character.
 */
const WIN_ANSI_80 = "€\u0000‚ƒ„…†‡ˆ‰Š‹Œ\u0000Ž\u0000\u0000‘’“”•–—˜™š›œ\u0000žŸ";
/** The character a standard font shows for a byte, or null for a byte it shows as nothing, a space or a control. */
function winAnsiChar(byte: number): string | null {
  if (byte > 0x20 && byte < 0x7f) return String.fromCharCode(byte);
  if (byte >= 0x80 && byte <= 0x9f) {
    const c = WIN_ANSI_80[byte - 0x80]!;
    return c === "\u0000" ? null : c;
  }
  return byte > 0xa0 ? String.fromCharCode(byte) : null;
}

/**
 * The two characters a standard-font PDF shows for `char` (one UTF-16 code unit above U+00FF) when
 * a producer writes it unconverted (see MOJIBAKE_MARKERS): "≥" U+2265 → `"e`; null when either byte
 * shows as nothing, a space or a control.
 */
export function utf16Mojibake(char: string): string | null {
  const code = char.charCodeAt(0);
  if (code <= 0xff) return null;
  const hi = winAnsiChar(code >> 8);
  const lo = winAnsiChar(code & 0xff);
  return hi === null || lo === null ? null : hi + lo;
}

/**
 * UTF-16 mojibake of the item markers (session 26, corpus18). jsPDF, and any producer that passes a
 * string unconverted to a standard PDF font (Helvetica, Times: WinAnsi, no Unicode), writes a
 * character outside WinAnsi as the two bytes of its UTF-16BE code unit, and the page shows each byte
 * as its WinAnsi character: ▪ U+25AA prints "%ª", ➢ U+27A2 "'¢", ● U+25CF "%Ï", a Wingdings-range
 * U+F0B7 "ð·". Built from the one marker table above (every glyph and arrow above U+00FF; a glyph
 * WinAnsi has, •, prints as itself). A pair with an ASCII letter or digit in it (❏ U+274F → "'O")
 * could be a piece of a word and is left; so is one whose bytes show as nothing, a space or a control.
 * Pair → marker glyph.
 */
export const MOJIBAKE_MARKERS: ReadonlyMap<string, string> = (() => {
  const out = new Map<string, string>();
  const table = BULLET_GLYPHS + ARROW_BULLETS;
  const codes: number[] = [];
  for (let k = 0; k < table.length; k++) {
    const c = table.charCodeAt(k);
    if (table[k + 1] === "-" && k + 2 < table.length) {
      for (let r = c; r <= table.charCodeAt(k + 2); r++) codes.push(r);
      k += 2;
    } else codes.push(c);
  }
  for (const code of codes) {
    const marker = String.fromCharCode(code);
    const pair = utf16Mojibake(marker);
    if (pair === null || /[A-Za-z0-9]/.test(pair)) continue;
    out.set(pair, marker);
  }
  return out;
})();
/**
 * A mojibake pair where an item can start: as a word of its own (at a line's start or after white
 * space, a Markdown cell's "|" or a "<br>"'s ">"), followed by white space and the item's text.
 */
const MOJIBAKE_MARKER = new RegExp(
  String.raw`(?<=^|[\s|>])(${[...MOJIBAKE_MARKERS.keys()].map(escapeRegExp).join("|")})(?=[ \t\u00A0]+\S)`,
  "gmu",
);
/** The first characters of the pairs: a text with none of them has no pair (no regex scan). */
const MOJIBAKE_FIRST = [...new Set([...MOJIBAKE_MARKERS.keys()].map((p) => p[0]!))];
/** Every pair is two UTF-16 units (one WinAnsi character per byte): `holdsMojibakePair` reads two. */
const MOJIBAKE_PAIRS_ARE_TWO_UNITS = [...MOJIBAKE_MARKERS.keys()].every((p) => p.length === 2);

/**
 * Whether a marker pair stands anywhere in `text`, read at each occurrence of a pair's first
 * character ("%", "'", ")", "ð", "ÿ", "!"). The marker regex can match only where a pair stands, so a
 * text without one skips its scan: "%" and ")" are common in compacts ("80%", "(a)") and the regex —
 * a lookbehind and an alternation of ~200 pairs, in Unicode mode — was tried at each of them and
 * read the whole text (a 16 KB text: ~0.4 % of its pipeline CPU), with nothing to replace.
 */
function holdsMojibakePair(text: string): boolean {
  for (const c of MOJIBAKE_FIRST) {
    for (let i = text.indexOf(c); i >= 0; i = text.indexOf(c, i + 1)) {
      if (!MOJIBAKE_PAIRS_ARE_TWO_UNITS || MOJIBAKE_MARKERS.has(text.slice(i, i + 2))) return true;
    }
  }
  return false;
}

/**
 * `text` with every mojibake marker pair at an item start read back as its marker glyph, followed by
 * a space so that the text keeps its length (a layout text's columns, a PDF run's offsets stay where
 * they were): "%ª Fuel supply increased." → "▪  Fuel supply increased.". Text inside items is not
 * touched ("≥ 6" printed `"e 6` stays: `"e` is no marker). `count`: the pairs read back.
 */
export function decodeMojibakeMarkers(text: string): { text: string; count: number } {
  if (!holdsMojibakePair(text)) return { text, count: 0 };
  let count = 0;
  const out = text.replace(MOJIBAKE_MARKER, (pair: string) => {
    count++;
    return `${MOJIBAKE_MARKERS.get(pair)!} `;
  });
  return { text: count > 0 ? out : text, count };
}
