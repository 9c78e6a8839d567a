import type { Row } from "./rows.js";
import { joinWrapped } from "./rows.js";
import { mastheadSymbol } from "./masthead.js";
import {
  ANNEX_HEADING, BARCODE, BODY_HEADING, CONTENTS, DECIMAL_PARAGRAPH, SECTION_HEADING, DOT_LEADER, FOOTNOTE_NUMBER, FOOTNOTE_RULE, FOOTNOTE_SLASH, FOOTNOTE_STAR,
  JOB_DATE, JOB_NUMBER, LANGUAGE_ALONE, LETTERED_SUBPARAGRAPH, MARKS_ONLY, MASTHEAD_NAME, NUMBERED_PARAGRAPH, PAGE_FURNITURE, SUMMARY_HEADING,
} from "./patterns.js";

export interface Paragraph {
  number: string;
  text: string;
  subparagraphs: Array<{ label: string; text: string }>;
}
export interface Footnote {
  mark: string;
  text: string;
}
export interface Body {
  paragraphs: Paragraph[];
  footnotes: Footnote[];
  /** Numbered lines that broke the sequence (kept as text), for a warning. */
  outOfSequence: Array<{ page: number; line: number; number: number }>;
}

/** A heading in capitals: at least two upper-case words and no lower-case letter. */
const CAPITALS_HEADING = /^(?=[^a-z]*$)(?:[^A-Za-z]*[A-Z]{2,}){2,}[^a-z]*$/;
/** A numbered heading over a table is short and ends without punctuation. */
const MAX_TABLE_HEADING_CHARS = 60;
/** Cells on a row that make it a table row (a heading's next row, if it heads a table). */
const MIN_TABLE_CELLS = 3;

/** "1. Cooperation with treaty bodies" over a table: a numbered heading, not paragraph 1. */
function isTableHeading(text: string, rows: readonly Row[], at: number): boolean {
  if (text.length > MAX_TABLE_HEADING_CHARS || /[.;:,]$/.test(text)) return false;
  const row = rows[at]!;
  for (let r = at + 1; r < rows.length; r++) {
    const next = rows[r]!;
    if (next.blank) continue;
    // A table's rows, or text in another style under a bold or larger heading.
    return next.cells.length >= MIN_TABLE_CELLS || (row.fontSize > 0 && next.fontSize > 0 && (row.fontSize !== next.fontSize || row.bold !== next.bold));
  }
  return false;
}

/** A table's value cell: a figure (with a note call "a/" or a per cent sign), or a dash for none. */
const VALUE_CELL = /^(?:[-\u2013\u2014]|\(?\d[\d.,]*\)?(?:\s*(?:[a-z]\/|%))?)$/;

/**
 * "4. Infrastructure repairs ........ -" in an annex's cost table: a numbered row whose last cell,
 * set apart, is a value, its text before it short and unpunctuated, is a table's row — not the
 * next paragraph, however its number follows the last one (S/1994/312/Add.1: paragraphs 1–3, then
 * an annex numbering its cost lines 1–7). A paragraph's first line runs on as prose.
 */
function isNumberedTableRow(row: Row): boolean {
  const last = row.cells[row.cells.length - 1];
  if (row.cells.length < 2 || !last || !VALUE_CELL.test(last.text.trim())) return false;
  const before = row.cells.slice(0, -1).map((c) => c.text).join(" ").trim();
  return before.length <= MAX_TABLE_HEADING_CHARS && !/[.;:,]$/.test(before);
}

/** A paragraph number whose digits an OCR layer set apart: "1 3 . The …", "9 . If …". */
const OCR_SPACED_NUMBER = /^(\d(?: \d){0,2}) ?\.\s+(\S.*)$/;
/** A paragraph number alone on its row: "1.". */
const BARE_NUMBER = /^(\d{1,3})\.$/;
/** Body headings are short; longer lines that happen to start "A. " are running text. */
const MAX_HEADING_CHARS = 100;

/** Running headers, page numbers, job numbers, bar codes: dropped without ending a paragraph. */
function isPageFurniture(text: string): boolean {
  return JOB_DATE.test(text) || PAGE_FURNITURE.test(text) || JOB_NUMBER.test(text) || BARCODE.test(text) || MARKS_ONLY.test(text)
    || LANGUAGE_ALONE.test(text) || MASTHEAD_NAME.test(text) || mastheadSymbol(text.replace(/\*+$/, "")) !== null;
}

function isHeading(row: Row): boolean {
  const t = row.text;
  if (row.heading) return true;
  if (t.length > MAX_HEADING_CHARS || /[.;,]$/.test(t)) return false;
  return BODY_HEADING.test(t) || SUMMARY_HEADING.test(t) || ANNEX_HEADING.test(t) || CAPITALS_HEADING.test(t) || SECTION_HEADING.test(t);
}

function nextLabel(label: string): string {
  const last = label.charCodeAt(label.length - 1);
  if (label.length === 1 && last < 0x7a) return String.fromCharCode(last + 1);
  return label.length === 1 ? "aa" : label.slice(0, -1) + String.fromCharCode(last + 1);
}

/** A footnote line: a superscript mark first, "* text", "1/ text", or "1 text" under a rule. */
function footnoteStart(row: Row, afterRule: boolean): { mark: string; text: string } | null {
  const first = row.cells[0];
  if (first?.supStart && first.mark) {
    const text = row.text.slice(row.text.indexOf(first.mark) + first.mark.length).trim();
    if (text) return { mark: first.mark, text };
  }
  const m = FOOTNOTE_STAR.exec(row.text) ?? FOOTNOTE_SLASH.exec(row.text) ?? (afterRule ? FOOTNOTE_NUMBER.exec(row.text) : null);
  if (m?.[1] && m[2]) return { mark: m[1], text: m[2] };
  return null;
}

type Mode = "none" | "para" | "footnote" | "contents";

/** Numbered paragraphs, lettered subparagraphs and footnotes from the rows after the masthead. */
export function readBody(rows: readonly Row[], bodyStart: number): Body {
  const paragraphs: Array<{ number: string; parts: string[]; subs: Array<{ label: string; parts: string[] }> }> = [];
  const footnotes: Array<{ mark: string; parts: string[] }> = [];
  const outOfSequence: Body["outOfSequence"] = [];
  let mode: Mode = "none";
  let current: (typeof paragraphs)[number] | null = null;
  let lastNumber = 0;
  /** The last decimal paragraph read, [section, paragraph]; sections start at 1. */
  let lastDecimal: [number, number] = [0, 0];
  let sawBreak = false;
  let afterRule = false;

  for (let r = bodyStart; r < rows.length; r++) {
    let row = rows[r]!;
    // "1." alone on its row, its text on the next (text dumps of PDFs that tab after the number).
    const bare = BARE_NUMBER.exec(row.text);
    if (bare) {
      let next = r + 1;
      while (next < rows.length && rows[next]!.blank) next++;
      const following = rows[next];
      if (following && !NUMBERED_PARAGRAPH.test(following.text) && !BARE_NUMBER.test(following.text) && Number(bare[1]) === lastNumber + 1) {
        row = { ...row, text: `${bare[1]}. ${following.text}` };
        r = next;
      }
    }
    // OCR of typescript may space a paragraph number's digits ("1 3 . The numbers …", "9 . If"):
    // read as the number when, and only when, it is the next one in sequence.
    const spaced = OCR_SPACED_NUMBER.exec(row.text);
    const spacedNumber = spaced?.[1] ? spaced[0].slice(0, spaced[0].indexOf(".")) : "";
    if (spaced?.[1] && spaced[2] && / /.test(spacedNumber) && Number(spaced[1].replace(/ /g, "")) === lastNumber + 1) {
      row = { ...row, text: `${spaced[1].replace(/ /g, "")}. ${spaced[2]}` };
    }
    const t = row.text;
    if (row.blank) {
      sawBreak = true;
      continue;
    }
    if (CONTENTS.test(t)) {
      mode = "contents";
      continue;
    }
    const numbered = NUMBERED_PARAGRAPH.exec(t);
    if (mode === "contents") {
      // The contents table ends at the first real paragraph (a number, no dot leaders).
      if (!(numbered && Number(numbered[1]) === lastNumber + 1 && !DOT_LEADER.test(t))) continue;
      mode = "none";
    }
    if (FOOTNOTE_RULE.test(t)) {
      afterRule = true;
      sawBreak = true;
      continue;
    }
    // A footer row can hold several cells ("95-28765 (E)   260995   /..."): all must be furniture.
    if (isPageFurniture(t) || (row.cells.length > 1 && row.cells.every((c) => isPageFurniture(c.text)))) {
      sawBreak = true;
      continue;
    }
    const note = numbered && Number(numbered[1]) === lastNumber + 1 && !afterRule ? null : footnoteStart(row, afterRule);
    if (note) {
      footnotes.push({ mark: note.mark, parts: [note.text] });
      mode = "footnote";
      sawBreak = false;
      continue;
    }
    // Bulletins and instructions: "Section 2" headings over decimal paragraphs "2.1", "2.2".
    const decimal = DECIMAL_PARAGRAPH.exec(t);
    if (decimal?.[1] && decimal[2] && decimal[3]) {
      const sec = Number(decimal[1]);
      const par = Number(decimal[2]);
      const follows = (sec === lastDecimal[0] && par === lastDecimal[1] + 1) || (sec === lastDecimal[0] + 1 && par === 1);
      if (follows) {
        current = { number: `${sec}.${par}`, parts: [decimal[3]], subs: [] };
        paragraphs.push(current);
        lastDecimal = [sec, par];
        mode = "para";
        afterRule = false;
        sawBreak = false;
        continue;
      }
    }
    if (numbered?.[1] && numbered[2] && (isTableHeading(numbered[2], rows, r) || isNumberedTableRow(row))) {
      sawBreak = true;
      continue;
    }
    if (numbered?.[1] && numbered[2]) {
      const n = Number(numbered[1]);
      if (n === lastNumber + 1) {
        current = { number: numbered[1], parts: [numbered[2]], subs: [] };
        paragraphs.push(current);
        lastNumber = n;
        mode = "para";
        afterRule = false;
        sawBreak = false;
        continue;
      }
      if (n > lastNumber + 1 && n <= lastNumber + 3 && sawBreak) outOfSequence.push({ page: row.page, line: row.line, number: n });
    }
    if (mode === "footnote" && !sawBreak) {
      footnotes[footnotes.length - 1]!.parts.push(t);
      continue;
    }
    afterRule = false;
    const lettered = LETTERED_SUBPARAGRAPH.exec(t);
    if (current && lettered?.[1] && lettered[2]) {
      const label = lettered[1];
      const lastSub = current.subs[current.subs.length - 1];
      const expected = lastSub ? nextLabel(lastSub.label) : "a";
      if (label === expected) {
        current.subs.push({ label, parts: [lettered[2]] });
        mode = "para";
        sawBreak = false;
        continue;
      }
      // "(i)", "(ii)" under a lettered subparagraph: nested, kept in its text.
    }
    if (isHeading(row)) {
      current = null;
      mode = "none";
      sawBreak = false;
      continue;
    }
    if (current && (mode === "para" || mode === "footnote")) {
      // Text after a footnote or page break continues the interrupted paragraph.
      const target = current.subs[current.subs.length - 1] ?? current;
      target.parts.push(t);
      mode = "para";
    }
    sawBreak = false;
  }
  return {
    paragraphs: paragraphs.map((p) => ({
      number: p.number,
      text: joinWrapped(p.parts),
      subparagraphs: p.subs.map((s) => ({ label: s.label, text: joinWrapped(s.parts) })),
    })),
    footnotes: footnotes.map((f) => ({ mark: f.mark, text: joinWrapped(f.parts) })),
    outOfSequence,
  };
}


