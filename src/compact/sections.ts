import { isJsSpace, normalizeSpace } from "../vocab/text.js";
import type { Layout, Line } from "../model/layout.js";
import type { SectionMark } from "../model/doc.js";

/**
 * Heading styles of compact sections, from the outermost. Each style matches a whole line and
 * captures its label and title. Ids nest by style: "A" then "2." under it is "A.2"; "SECTION 1"
 * then "A." is "1.A".
 */
const STYLES = [
  { name: "section", pattern: /^section\s+(\d{1,2})\s*[:.\-–—]?\s+(.+)$/i },
  { name: "roman", pattern: /^((?:X|IX|IV|V?I{1,3}|VI{0,3}))\.\s+(.+)$/ },
  { name: "letter", pattern: /^([A-Z])\.\s+(.+)$/ },
  { name: "number", pattern: /^(\d{1,2})\.\s+(.+)$/ },
] as const;
type StyleName = (typeof STYLES)[number]["name"];

/** A heading is a short label, not a sentence or a table line. */
export const HEADING_MAX_CHARS = 90;
export const HEADING_MAX_WORDS = 12;
/**
 * Columns of a space-aligned table are at least this many spaces apart; a heading never has
 * such a gap ("A.  PROGRAMME" has two, a table line many).
 */
const COLUMN_GAP = / {4,}/;

export interface Candidate {
  style: StyleName;
  label: string;
  title: string;
}

/** Read a line as a heading candidate (style, label, title) or null. */
export function headingCandidate(line: Line): Candidate | null {
  return mayOpenHeading(line.text) ? readHeadingCandidate(line) : null;
}

/** `headingCandidate` without its pre-check (exported for the test that compares the two). */
export function readHeadingCandidate(line: Line): Candidate | null {
  if (line.segments.some((s) => s.column !== undefined && s.column > 0)) return null;
  if (line.text.includes("\t")) {
    // Tab text: a heading is alone on its line; trailing tabs are harmless.
    if (line.text.replace(/\t+$/, "").includes("\t")) return null;
  }
  const raw = line.text.replace(/^#{1,6}\s+/, "").replace(/\*\*|__/g, "").trim();
  if (!raw || raw.length > HEADING_MAX_CHARS || COLUMN_GAP.test(raw)) return null;
  for (const style of STYLES) {
    const m = style.pattern.exec(raw);
    if (!m || !m[1] || !m[2]) continue;
    const title = normalizeTitle(m[2]);
    if (!title || title.split(" ").length > HEADING_MAX_WORDS) return null;
    // A sentence ends with a full stop; a heading does not (a trailing colon is fine).
    if (/[.;,]$/.test(title)) return null;
    if (!/^["'‘“(]?[A-Z0-9]/.test(title)) return null;
    return { style: style.name, label: m[1], title };
  }
  return null;
}

/**
 * A sure "no" for `headingCandidate`, read by char codes before its replacements and patterns run
 * (every line of a document is asked, most open with a word): a STYLES label opens with "S"/"s"
 * (section), a capital (roman, letter) or a digit, and its second character is "e"/"E" (section),
 * a full stop (letter, one-character roman or number), a digit (two-digit number) or I/V/X (a
 * longer roman). Lines that open with a Markdown mark ("#", "*", "_") or hold "**"/"__" anywhere
 * — which `headingCandidate` removes before matching — get no answer here.
 */
function mayOpenHeading(text: string): boolean {
  let k = 0;
  while (k < text.length && isJsSpace(text.charCodeAt(k))) k++;
  if (k === text.length) return false;
  const c = text.charCodeAt(k);
  if (c === 0x23 || c === 0x2a || c === 0x5f) return true; // "#", "*", "_"
  const digit = c >= 0x30 && c <= 0x39;
  if (!digit && !(c >= 0x41 && c <= 0x5a) && c !== 0x73) return false; // 0-9, A-Z, "s"
  if (text.includes("**") || text.includes("__")) return true;
  const d = text.charCodeAt(k + 1); // NaN past the end: no label
  if (d === 0x2e) return true; // "."
  if (digit) return d >= 0x30 && d <= 0x39;
  if (c === 0x53 || c === 0x73) return d === 0x45 || d === 0x65; // "Se", "se"
  return (c === 0x49 || c === 0x56 || c === 0x58) && (d === 0x49 || d === 0x56 || d === 0x58); // I, V, X
}

export function normalizeTitle(s: string): string {
  return normalizeSpace(s).replace(/\s*:$/, "").trim();
}

const ROMANS = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"];

/**
 * The first label a style may start with. A document may open with a heading the extractor lost,
 * so a run may start a little late, but not at "F." or "7.".
 */
const MAX_FIRST_INDEX = 2;
/** One heading of a run may be lost (merged into a line, cut by a page break) without losing the rest. */
const MAX_STEP = 2;

function ordinal(style: StyleName, label: string): number {
  switch (style) {
    case "section":
    case "number":
      return Number(label);
    case "letter":
      return label.charCodeAt(0) - 64;
    case "roman":
      return ROMANS.indexOf(label) + 1;
  }
}

/** Is `label` a plausible next label of its style after `previous` (or a plausible first one)? */
function followsInSequence(style: StyleName, label: string, previous: string | undefined): boolean {
  const n = ordinal(style, label);
  if (n < 1) return false;
  if (previous === undefined) return n <= 1 + MAX_FIRST_INDEX;
  const step = n - ordinal(style, previous);
  return step >= 1 && step <= MAX_STEP;
}

/**
 * A heading starts in the left part of the text block: at the margin, or centred. This share of
 * the page's text width from its left margin admits centred headings (a 30-character heading on
 * an 80-character line starts at ~30 %) and excludes items in right-hand table columns.
 */
export const HEADING_MAX_START = 0.4;

function headingLimitX(lines: readonly Line[]): number {
  let left = Infinity, right = -Infinity;
  for (const l of lines) {
    for (const s of l.segments) {
      left = Math.min(left, s.x);
      right = Math.max(right, s.x + s.width);
    }
  }
  return Number.isFinite(left) ? left + HEADING_MAX_START * (right - left) : Infinity;
}

/**
 * Compact section headings in document order, with nested ids. A candidate counts only when it
 * continues its style's sequence under the current parent (1, 2, 3 … restarting under each new
 * parent; A, B, C …), which keeps numbered list items in prose from being read as headings.
 * A letter "I" after "H" is a letter; otherwise a lone "I." is a roman numeral.
 */
export function findSections(layout: Layout): SectionMark[] {
  const marks: SectionMark[] = [];
  const rank: Record<StyleName, number> = { section: 0, roman: 1, letter: 2, number: 3 };
  // The open heading per rank, and the last label seen per rank under the current parent.
  const stack: Array<{ rank: number; style: StyleName; label: string; id: string }> = [];
  const lastLabel = new Map<number, string>();
  // Letters may also run on across a new outer section ("SECTION 2" then "C."): remember them globally.
  const lastEver = new Map<number, string>();
  for (const page of layout.pages) {
    const farRight = headingLimitX(page.lines);
    page.lines.forEach((line, index) => {
      let cand = headingCandidate(line);
      if (!cand) return;
      // A numbered sentence wrapped onto the next line ("4. To improve the performance of …" /
      // "deployed in field missions.") is an item or an objective, not a heading: its title runs
      // on in lower case and ends with a full stop, which a heading never does.
      if (wrapsIntoSentence(page.lines, index)) return;
      // "B. …" right under the item "A. …" of a lettered list is its next item.
      if (nextLetterItem(page.lines, index, cand, (l) => marks.some((m) => m.page === l.page && m.line === l.line))) return;
      // A heading starts at the left of the page (or centred); a numbered item in a table's right-hand column is none.
      if ((line.segments[0]?.x ?? 0) > farRight) return;
      if (cand.style === "roman" && cand.label === "I" && lastLabel.get(rank.letter) === "H") cand = { ...cand, style: "letter" };
      let r = rank[cand.style];
      const label = cand.label;
      const continues = (style: StyleName, k: number) =>
        followsInSequence(style, label, lastLabel.get(k)) ||
        (style !== "number" && lastEver.has(k) && followsInSequence(style, label, lastEver.get(k)));
      if (!continues(cand.style, r)) {
        // "I." may be the letter I; "V."/"X." never start a roman run, so no fallback there.
        if (cand.style === "roman" && /^[A-Z]$/.test(cand.label) && continues("letter", rank.letter)) {
          cand = { ...cand, style: "letter" };
          r = rank.letter;
        } else return;
      }
      while (stack.length && (stack[stack.length - 1]?.rank ?? -1) >= r) stack.pop();
      // Deeper ranks restart their numbering under a new parent.
      for (const k of [...lastLabel.keys()]) if (k > r) lastLabel.delete(k);
      lastLabel.set(r, cand.label);
      lastEver.set(r, cand.label);
      const parent = stack[stack.length - 1];
      const id = parent ? `${parent.id}.${cand.label}` : cand.label;
      stack.push({ rank: r, style: cand.style, label: cand.label, id });
      marks.push({ id, title: cand.title, page: line.page, line: line.line });
    });
  }
  return marks;
}

/** The next non-blank line continues this one in lower case and ends a sentence. */
function wrapsIntoSentence(lines: readonly Line[], index: number): boolean {
  let k = index + 1;
  while (k < lines.length && !lines[k]!.text.trim()) k++;
  const next = lines[k]?.text.trim() ?? "";
  return /^\p{Ll}/u.test(next) && /[.;]$/.test(next) && next.length <= HEADING_MAX_CHARS;
}

/**
 * Session 52 (h-c11-52): a line opening "B. …" is the next item of a lettered list, not a heading,
 * when the item above it opens with the letter before at the same place: going up over the lines
 * right of its start (the item's wrapped lines), with no blank line between, the first line that
 * starts where it starts opens with that letter ("A. Performance appraisals finalized in the cy-" /
 * "   cle" / "B. Women appointed to senior posts", corpus11 v11l-021; "B. Documents submitted …" /
 * "C. Budget implemented within the approved resources", v11j-007). A section heading stands after a
 * blank line or under text of another shape. Read as a heading (a section in sequence after the
 * document's "A." and "B.", or out of sequence where a table's walk ends at any heading-like line),
 * it ended the table and lost the item and every row after it. A line "A. …" that was itself taken
 * as a heading (`isHeading`) makes "B. …" under it the next heading ("A. ACHIEVING PROGRAMME
 * OBJECTIVES" / "B. ENHANCING ACCOUNTABILITY", a contents list). `lines`: one page's lines in order,
 * or the layout's (line numbers tell adjacent lines).
 */
export function nextLetterItem(lines: readonly Line[], index: number, candidate: Candidate, isHeading: (line: Line) => boolean = () => false): boolean {
  const line = lines[index];
  const x = line?.segments[0]?.x;
  if (!line || candidate.style !== "letter" || candidate.label === "A" || x === undefined) return false;
  const previous = `${String.fromCharCode(candidate.label.charCodeAt(0) - 1)}.`;
  const slack = (line.segments[0]!.width / Math.max(1, line.segments[0]!.text.length)) / 2;
  let below = line;
  for (let k = index - 1; k >= 0 && index - k <= LETTER_ITEM_MAX_LINES; k--) {
    const above = lines[k]!;
    const ax = above.segments[0]?.x;
    if (above.page !== line.page || above.line !== below.line - 1 || ax === undefined || ax < x - slack) return false;
    if (ax <= x + slack) return LETTER_OPENING.test(above.text) && above.text.trimStart().startsWith(previous) && !isHeading(above);
    below = above;
  }
  return false;
}
/** A line opening with a letter marker: the letter, a full stop, a space. */
const LETTER_OPENING = /^\s*[A-Z]\.\s/;
/** An item's wrapped lines looked over for the item's opening (a cell's item runs a few lines). */
const LETTER_ITEM_MAX_LINES = 6;
