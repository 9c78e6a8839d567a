import type { Cell, Row } from "./rows.js";
import { normalizeSpace } from "../vocab/text.js";
import { joinWrapped, styleBreak } from "./rows.js";
import { ordinalToNumberTolerant } from "./ordinals.js";
import { assignTitles, documentTypeOf, type Block } from "./titles.js";
export { splitSponsors } from "./titles.js";
import { parseDate } from "../entities/dates.js";
import { findPrintedSymbols, startsWithSymbolSeries } from "../entities/symbols.js";
import {
  ADOPTED_LINE, AGENDA_PREFIXED, AGENDA_SUFFIXED, BARCODE, BODY_HEADING, BODY_NAME, BODY_NAME_CAPITALS, CONTENTS, DISTRIBUTION,
  DISTRIBUTION_LABEL, GENEVA_JOB_NUMBER, LANGUAGES_ONLY, INTRODUCTION_HEADING, ISSUANCE_WORD, ITEM_NUMBER_GLOBAL, JOB_NUMBER, LANGUAGE_ALONE,
  MARKS_ONLY, MASTHEAD_DATE, MASTHEAD_NAME, MASTHEAD_NAME_PREFIX, MEETING_DATE_LINE, NUMBERED_PARAGRAPH, NUMBERED_TITLE,
  ORIGINAL_LABEL, ORIGINAL_LANGUAGE, PAGE_FURNITURE, PROSE_OPENING, RECORDS_FURNITURE, REFERRAL_LINE, RESUMED_SESSION,
  RESOLUTION_OPENER, SC_ADOPTED_LINE, SC_RESOLUTION_TITLE, SECRETARIAT_SERIES_LINE, SECTION_HEADING, SESSION, SESSION_DATES,
  SESSION_PLACE_DATE, SUBJECT_TAG, SUBTITLE, SUMMARY_HEADING, MEMO_LABEL, TABLE_LABEL, YEAR_SESSION,
} from "./patterns.js";

export interface MastheadNote {
  code: string;
  message: string;
  page: number;
  line: number;
}

export interface Masthead {
  documentType: string | null;
  /** Organs and bodies named in the masthead, outermost first. */
  bodies: string[];
  sponsors: string[];
  /** The resolution's or decision's own number ("80/2", "59/112", "2758 (XXVI)") from its title line. */
  number: string | null;
  symbol: string | null;
  distribution: string | null;
  date: string | null;
  originalLanguage: string | null;
  session: number | null;
  agendaItems: Array<{ number: string; title: string | null }>;
  title: string | null;
  subtitle: string | null;
}

/** Cells this close in x (points) are in the same column of a two-column masthead. */
export const COLUMN_TOLERANCE = 40;
/** A label ("Distr.", "ORIGINAL:") finds its value at most this many rows below. */
const LABEL_LOOKAHEAD_ROWS = 3;
/** Mastheads sit at the top: the body must start within this many rows or there is none. */
const MAX_HEAD_ROWS = 120;

/**
 * "9 August 2005" → "2005-08-09": MASTHEAD_DATE finds the masthead form, the entities stage's date
 * grammar (parseDate) turns it into ISO and rejects impossible days.
 */
export function mastheadDateToIso(raw: string): string | null {
  const m = MASTHEAD_DATE.exec(raw);
  return m ? parseDate(m[0]) : null;
}

function titleCase(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
}

/**
 * The symbol of a cell that is only a symbol ("A/60/209", "A/60/209*"), or a masthead name then the
 * symbol ("United Nations A/60/209 General Assembly …"). The symbol grammar and its canonical form
 * are the entities stage's (findPrintedSymbols); a symbol inside running text is no masthead.
 */
export function mastheadSymbol(cellText: string): string | null {
  const text = cellText.replace(/\\?\*+$/, "");
  const lead = MASTHEAD_NAME_PREFIX.exec(text);
  const from = lead ? lead[0].length : 0;
  // Spans start where a series does: no series at the start, no symbol there (the classifier asks
  // this of every cell of the first lines, most of them no symbol; a whole scan of each was ~3 % of a PDF's CPU).
  if (!startsWithSymbolSeries(text.slice(from))) return null;
  const span = findPrintedSymbols(text.slice(from))[0];
  if (!span || span.start !== 0) return null;
  // Alone in its cell, or right after a masthead name (one-line mastheads go on after it).
  if (!lead && span.end < text.length) {
    // A joint document of two organs prints both symbols: "A/78/869–S/2024/384". The first is its own.
    const joint = JOINT_SYMBOL_SEPARATOR.exec(text.slice(span.end));
    const second = joint ? findPrintedSymbols(text.slice(span.end + joint[0].length))[0] : undefined;
    if (!joint || !second || second.start !== 0 || span.end + joint[0].length + second.end !== text.replace(/\*+$/, "").length) return null;
  }
  return span.normalized;
}
/** Between the two symbols of a joint GA/SC document: an en or em dash, maybe spaced. */
const JOINT_SYMBOL_SEPARATOR = /^\s*[\u2013\u2014-]\s*/;

/** Where the body starts: first paragraph "1.", CONTENTS, Summary, chapter I, "Introduction" or "The General Assembly,". */
export function findBodyStart(rows: readonly Row[]): number {
  const limit = Math.min(rows.length, MAX_HEAD_ROWS);
  for (let i = 0; i < limit; i++) {
    const t = rows[i]!.text;
    const numbered = NUMBERED_PARAGRAPH.exec(t);
    if (numbered && Number(numbered[1]) === 1) return i;
    if (CONTENTS.test(t) || SUMMARY_HEADING.test(t) || INTRODUCTION_HEADING.test(t) || RESOLUTION_OPENER.test(t)) return i;
    if (PROSE_OPENING.test(t) || (SECTION_HEADING.exec(t)?.[1] === "1")) return i;
    if (BODY_HEADING.test(t) && /^I\.\s/.test(t)) return i;
  }
  // No recognisable body: treat the first rows as head so a masthead is still read.
  return Math.min(rows.length, limit);
}

/** A cell that marks the masthead: an organ name, a symbol alone, "Distr.". */
function isMastheadCue(text: string): boolean {
  return MASTHEAD_NAME.test(text) || mastheadSymbol(text.replace(/\*+$/, "")) !== null || DISTRIBUTION.test(text) || DISTRIBUTION_LABEL.test(text);
}

/**
 * Where the masthead starts: the first row with a masthead cue. Rows above it are site banners,
 * navigation, front matter or a library stamp; none of them is read as a field or a title.
 */
export function findMastheadStart(rows: readonly Row[], bodyStart: number): number {
  for (let r = 0; r < bodyStart; r++) if (rows[r]!.cells.some((c) => isMastheadCue(c.text))) return r;
  // No masthead line (text saved from a web page starting at "Sixtieth session"): the head starts
  // at the session or agenda line; what stands above is the site's banner and navigation.
  for (let r = 0; r < bodyStart; r++) {
    const t = rows[r]!.text;
    const session = SESSION.exec(t);
    if ((session && session.index === 0 && t.length <= MAX_SESSION_LINE_CHARS) || SECRETARIAT_SERIES_LINE.test(t)) return r;
    if ((AGENDA_SUFFIXED.test(t) || AGENDA_PREFIXED.test(t)) && t.length <= MAX_SESSION_LINE_CHARS) return r;
  }
  return 0;
}
/** "Seventy-ninth year", "Sixty-third year": the Security Council's year line. */
const YEAR_LINE = /^((?:[A-Za-z]+[-\u2010-\u2013])?[A-Za-z]+)\s+year$/i;
/**
 * Rows between the first masthead cue and the symbol or "Distr." line that may be banner: more than
 * this and the symbol line is a later page's running header, not the masthead.
 */
const MAX_MASTHEAD_LEAD_ROWS = 12;
/** A session or agenda line is short; a sentence naming a session is no masthead. */
const MAX_SESSION_LINE_CHARS = 60;

/** Letters among the visible characters of a real title line; stamp OCR falls below this. */
const MIN_LETTER_SHARE = 0.75;
/** Characters that do not occur in masthead text but do in OCR of stamps and smudges. */
const OCR_JUNK_GLOBAL = /[~·|{}<>\\^_=+#@§¬]|['’][(\[]|[(\[]['’]/g;
/** Below this many visible characters one junk character makes a line noise. */
const SHORT_LINE_CHARS = 25;
/** Above this share of junk characters a line of any length is noise. */
const MAX_JUNK_SHARE = 0.05;

/** OCR of a stamp or smudge, not text: junk characters or too few letters. */
export function looksLikeOcrNoise(text: string): boolean {
  const visible = text.replace(/\s+/g, "");
  if (visible.length === 0) return false;
  // A junk character in a short line is a stamp; in a long line ("Nicar~gua,") a misread letter.
  const junk = (text.match(OCR_JUNK_GLOBAL) ?? []).length;
  if (junk > 0 && (visible.length < SHORT_LINE_CHARS || junk / visible.length > MAX_JUNK_SHARE)) return true;
  // Figures are no noise ("14/105", "on 2 July 2025"): the share is taken over the rest.
  const letters = (visible.match(/\p{L}/gu) ?? []).length;
  const others = visible.replace(/\p{N}/gu, "").length;
  return letters > 0 && letters / others < MIN_LETTER_SHARE;
}

interface Located {
  row: number;
  cell: number;
}

/** The cell right of a label on its row ("ORIGINAL:   ENGLISH"), else the one below in its column. */
function valueCell(rows: readonly Row[], at: Located, x: number): Located | null {
  if (rows[at.row]!.cells[at.cell + 1]) return { row: at.row, cell: at.cell + 1 };
  return cellBelow(rows, at, x);
}

/** The cell below a label in the same column (two-column 1990s mastheads). */
function cellBelow(rows: readonly Row[], at: Located, x: number): Located | null {
  let seen = 0;
  for (let r = at.row + 1; r < rows.length && seen < LABEL_LOOKAHEAD_ROWS; r++) {
    const row = rows[r]!;
    if (row.blank) continue;
    seen++;
    const c = row.cells.findIndex((cell) => Math.abs(cell.x - x) <= COLUMN_TOLERANCE);
    if (c >= 0) return { row: r, cell: c };
    if (row.cells.length === 1) return { row: r, cell: 0 };
  }
  return null;
}

function parseAgendaNumbers(list: string): string[] {
  return [...list.matchAll(ITEM_NUMBER_GLOBAL)].map((m) => normalizeSpace(m[0].replace(/\s?\(/, " (")));
}

/** Masthead furniture that carries no field but is no title either. */
function isFurniture(text: string): boolean {
  return MASTHEAD_NAME.test(text) || JOB_NUMBER.test(text) || GENEVA_JOB_NUMBER.test(text) || BARCODE.test(text) || PAGE_FURNITURE.test(text)
    || MARKS_ONLY.test(text) || LANGUAGE_ALONE.test(text) || LANGUAGES_ONLY.test(text) || SESSION_DATES.test(text) || SESSION_PLACE_DATE.test(text) || REFERRAL_LINE.test(text)
    || RECORDS_FURNITURE.test(text) || SUBJECT_TAG.test(text);
}

/** Organ names in the forms mastheads print them, to their usual spelling. */
const ORGANS: ReadonlyArray<[RegExp, string]> = [
  [/^general\s+assembly$/i, "General Assembly"],
  [/^security\s+council$/i, "Security Council"],
  [/^economic\s+and\s+social\s+council$/i, "Economic and Social Council"],
  [/^trusteeship\s+council$/i, "Trusteeship Council"],
  [/^secretariat$/i, "Secretariat"],
];
/** Capital words a typewritten masthead spreads over lines ("GENERAL" / "ASSEMBLY"). */
const ORGAN_WORD = /^(?:GENERAL|ASSEMBLY|SECURITY|COUNCIL|ECONOMIC(?:\s+AND(?:\s+SOCIAL)?)?|AND\s+SOCIAL(?:\s+COUNCIL)?|SOCIAL\s+COUNCIL|TRUSTEESHIP)$/;

/** "HUMAN RIGHTS COUNCIL" → "Human Rights Council" (small words stay lower case). */
function capitalsToTitle(text: string): string {
  return text.toLowerCase().replace(/\b([a-z])([a-z]*)/g, (w, a: string, b: string) => (/^(?:on|of|the|and|for|against|to|in)$/.test(w) ? w : a.toUpperCase() + b));
}

/** A title block left open is joined to the next only when it is a title's few lines, not prose. */
const MAX_OPEN_TITLE_LINES = 4;

/** A head line longer than this is running prose (an introductory paragraph), not a title line… */
const MAX_TITLE_LINE_CHARS = 90;
/** …unless it stands alone, as unwrapped titles of web pages do, up to this length. */
const MAX_UNWRAPPED_TITLE_CHARS = 250;
/** Footnote marks after a title line ("Review*", "Slovenia*\u2020", "No. 2025/2011*, **"). */
const TRAILING_MARKS = /(?:\s*,?\s*\\?[*\u2020\u2021]+)+$/;
/**
 * Rows from the first to the last masthead field (symbol, "Distr.", date, "Original:"): four in
 * current mastheads, up to eight in 1990s ones with the class and language on lines of their own.
 * A longer span is no masthead column (a symbol repeated lower down).
 */
const MAX_FIELD_COLUMN_ROWS = 9;
/** A name's wrapped lines start where its first line does (points; text input: two characters). */
const NAME_COLUMN_TOLERANCE = 12;
/** A body's name wraps over at most this many lines (UNCTAD's standing committees take four). */
const MAX_BODY_NAME_LINES = 5;
/**
 * A title block this long that ends a sentence is running text: titles and subtitles carry no
 * full stop, and the longest sentences of a title ("Letter dated … addressed to …") stay shorter.
 */
const MIN_PROSE_BLOCK_CHARS = 160;
/** Footnote to a title ("* The annex is being circulated …"): the title area ends there. */
const TITLE_FOOTNOTE = /^\\?[*\u2020\u2021]\s+\S/;

/** Read the masthead fields, agenda items, title and subtitle from the rows before the body. */
export function readMasthead(rows: readonly Row[], bodyStart: number): { masthead: Masthead; notes: MastheadNote[] } {
  const out: Masthead = {
    symbol: null, distribution: null, date: null, originalLanguage: null, session: null, agendaItems: [], title: null, subtitle: null,
    documentType: null, bodies: [], sponsors: [], number: null,
  };
  const notes: MastheadNote[] = [];
  const note = (code: string, message: string, r: number) => notes.push({ code, message, page: rows[r]!.page, line: rows[r]!.line });
  const consumed = new Set<string>();
  const key = (l: Located) => `${l.row}:${l.cell}`;
  const agendaAt: Array<{ at: Located; x: number; tail: string }> = [];
  const start = findMastheadStart(rows, bodyStart);
  const organWords: string[] = [];
  let issuance: string | null = null;
  let dateUnreadable = false;
  /** The first row with the symbol or "Distr.": titles stand below it, banners above. */
  let firstFieldRow: number | null = null;
  /** The last row with the symbol, "Distr." or "Original:": the end of the masthead's field column. */
  let lastFieldRow: number | null = null;
  /** Rows that name a body, and rows that give the session or agenda item. */
  const bodyNameRows: number[] = [];
  const sessionRows = new Set<number>();

  for (let r = 0; r < start; r++) {
    const t = rows[r]!.text;
    if (t && looksLikeOcrNoise(t)) note("UNDOC_OCR_NOISE", `stamp or noise above the masthead skipped: "${t}"`, r);
  }

  for (let r = start; r < bodyStart; r++) {
    rows[r]!.cells.forEach((cell: Cell, c) => {
      const at = { row: r, cell: c };
      const t = cell.text;
      let hit = false;
      const symbol = mastheadSymbol(t.replace(/\*+$/, ""));
      if (symbol) {
        out.symbol ??= symbol;
        hit = true;
        firstFieldRow ??= r;
        lastFieldRow = r;
      }
      const distr = DISTRIBUTION.exec(t);
      if (distr?.[1]) {
        out.distribution ??= titleCase(distr[1]);
        hit = true;
        firstFieldRow ??= r;
        lastFieldRow = r;
      } else if (DISTRIBUTION_LABEL.test(t)) {
        firstFieldRow ??= r;
        lastFieldRow = r;
        const below = valueCell(rows, at, cell.x);
        const value = below && rows[below.row]!.cells[below.cell]!.text;
        if (below && value && /^(General|Limited|Restricted)$/i.test(value)) {
          out.distribution ??= titleCase(value);
          consumed.add(key(below));
        }
        hit = true;
      }
      const lang = ORIGINAL_LANGUAGE.exec(t);
      if (lang?.[1]) {
        out.originalLanguage ??= titleCase(lang[1]);
        hit = true;
        if (firstFieldRow !== null) lastFieldRow = r;
      } else if (ORIGINAL_LABEL.test(t)) {
        if (firstFieldRow !== null) lastFieldRow = r;
        const below = valueCell(rows, at, cell.x);
        const value = below && rows[below.row]!.cells[below.cell]!.text;
        if (below && value && LANGUAGE_ALONE.test(value)) {
          out.originalLanguage ??= titleCase(value);
          consumed.add(key(below));
        }
        hit = true;
      }
      const date = MASTHEAD_DATE.exec(t);
      // A date counts when it is the whole cell, shares it with other masthead fields only, or
      // stands beside OCR smudges only ("~9 September 1971").
      const rest = date ? t.slice(0, date.index) + t.slice(date.index + date[0].length) : "";
      const smudged = date !== null && rest.trim() !== "" && /^[^\p{L}\p{N}]+$/u.test(rest.replace(/\s/g, ""));
      if (date && (hit || date[0].length === t.length || smudged || MEETING_DATE_LINE.test(t))) {
        // A smudge glued to the day ("~9 September") may hide a digit: the day is unreadable.
        const dayHidden = smudged && date.index > 0 && /\S/.test(t[date.index - 1]!);
        if (out.date === null && !dateUnreadable) {
          if (dayHidden) {
            dateUnreadable = true;
            note("UNDOC_OCR_NOISE", `masthead date "${t}": the day is smudged and may have lost a digit; no date recorded`, r);
          } else {
            out.date = mastheadDateToIso(date[0]);
            if (smudged) note("UNDOC_OCR_NOISE", `masthead date "${t}" read as ${date[0]}`, r);
          }
        }
        hit = true;
      }
      const yearSession = YEAR_SESSION.exec(t);
      const session = RESUMED_SESSION.exec(t) ?? SESSION.exec(t);
      const sessionNumber = session?.[1] ? ordinalToNumberTolerant(session[1]) : null;
      if (yearSession) {
        out.session ??= Number(yearSession[1] ?? yearSession[2] ?? yearSession[3]);
        sessionRows.add(r);
        hit = true;
      } else if (session && sessionNumber) {
        sessionRows.add(r);
        if (out.session === null) {
          out.session = sessionNumber.value;
          if (sessionNumber.repaired) note("UNDOC_OCR_NOISE", `session line "${t}" read as session ${sessionNumber.value}`, r);
        }
        hit = true;
      } else if (session?.[1] && /\d/.test(session[1]) === false && /^[^ ]+\s+session$/i.test(t) && out.session === null) {
        note("UNDOC_OCR_NOISE", `session line "${t}" could not be read`, r);
        hit = true;
      }
      // "Seventy-ninth year": the Security Council's year line beside the GA session in joint documents.
      const year = YEAR_LINE.exec(t);
      if (year?.[1] && ordinalToNumberTolerant(year[1]) !== null) hit = true;
      const agenda = AGENDA_SUFFIXED.exec(t) ?? AGENDA_PREFIXED.exec(t);
      if (agenda?.[1] && out.agendaItems.length === 0) {
        for (const number of parseAgendaNumbers(agenda[1])) out.agendaItems.push({ number, title: null });
        // Text after "…agenda*" in the same cell begins the item's title (one-line mastheads).
        const tail = normalizeSpace(t.slice(agenda.index + agenda[0].length).replace(/^[\s*\u2020\u2021]+/, ""));
        // Punctuation closing the line ("agenda item 13 )") is no title.
        agendaAt.push({ at, x: cell.x, tail: /^[\p{P}\s]*$/u.test(tail) ? "" : tail });
        sessionRows.add(r);
        hit = true;
      }
      const organ = ORGANS.find(([re]) => re.test(t));
      if (organ && !out.bodies.includes(organ[1])) out.bodies.push(organ[1]);
      if (ORGAN_WORD.test(t) && !consumed.has(key(at))) organWords.push(t);
      const lead = MASTHEAD_NAME_PREFIX.exec(t);
      const leadOrgan = lead ? ORGANS.find(([re]) => re.test(lead[0].trim())) : undefined;
      if (leadOrgan && !out.bodies.includes(leadOrgan[1])) out.bodies.push(leadOrgan[1]);
      if (BODY_NAME.test(t) || BODY_NAME_CAPITALS.test(t)) {
        const name = BODY_NAME_CAPITALS.test(t) ? capitalsToTitle(t) : t;
        if (!out.bodies.includes(name)) out.bodies.push(name);
        bodyNameRows.push(r);
        hit = true;
      }
      if (ISSUANCE_WORD.test(t)) {
        issuance ??= titleCase(t);
        hit = true;
      }
      if (hit || isFurniture(t)) consumed.add(key(at));
    });
  }
  // Beside the field column (symbol, "Distr.", date, "Original:") stand only names: the organ, a
  // treaty ("International Covenant on" / "Civil and Political Rights"), a conference ("United
  // Nations Conference" / "on Trade and Development"), or their OCR ("Secuflty Council"). Titles
  // stand below the masthead in every era.
  if (firstFieldRow !== null && lastFieldRow !== null && lastFieldRow - firstFieldRow <= MAX_FIELD_COLUMN_ROWS) {
    let nameX: number | null = null;
    for (let r = firstFieldRow; r <= lastFieldRow; r++) {
      rows[r]!.cells.forEach((cell, c) => {
        if (!consumed.has(key({ row: r, cell: c }))) nameX = nameX === null ? cell.x : Math.min(nameX, cell.x);
        consumed.add(key({ row: r, cell: c }));
      });
    }
    // A long name goes on below the field column in its own column ("Executive Board of the" …
    // "United Nations Office for" / "Project Services"), up to the first blank row.
    for (let r = lastFieldRow + 1; nameX !== null && r < bodyStart && !rows[r]!.blank; r++) {
      const x: number = nameX;
      if (!rows[r]!.cells.every((cell) => Math.abs(cell.x - x) <= NAME_COLUMN_TOLERANCE)) break;
      rows[r]!.cells.forEach((_, c) => consumed.add(key({ row: r, cell: c })));
    }
  }
  // A body's name may wrap ("Standing Committee on Developing" / "Services Sectors: …"): the lines
  // between it and the session or agenda line, with no blank line between, go on with it.
  for (const b of bodyNameRows) {
    // A wide line spacing may set a blank row inside the name; a line in lower case after it goes on.
    const gap = b + 2 < bodyStart && rows[b + 1]!.blank && /^[a-z]/.test(rows[b + 2]!.text) ? 1 : 0;
    let end = b + 1 + gap;
    while (end < bodyStart && !rows[end]!.blank && !sessionRows.has(end) && end - b <= MAX_BODY_NAME_LINES) end++;
    if (end < bodyStart && sessionRows.has(end) && end > b + 1 + gap) {
      for (let r = b + 1; r < end; r++) rows[r]!.cells.forEach((_, c) => consumed.add(key({ row: r, cell: c })));
    }
  }
  // A typewritten masthead spells the organ over two lines: "GENERAL" … "ASSEMBLY".
  const spelled = organWords.join(" ");
  for (const [re, name] of ORGANS) {
    if (re.test(spelled.replace(/^.*?(GENERAL\s+ASSEMBLY|SECURITY\s+COUNCIL|ECONOMIC\s+AND\s+SOCIAL\s+COUNCIL|TRUSTEESHIP\s+COUNCIL).*$/, "$1")) && !out.bodies.includes(name)) {
      out.bodies.unshift(name);
    }
  }

  // Agenda titles: the lines directly under the agenda line, in its column, up to a break.
  const agendaTitleRows = new Set<number>();
  const first = agendaAt[0];
  if (first) {
    const candidates: Array<{ at: Located | null; text: string; block: number }> = first.tail ? [{ at: null, text: first.tail, block: 0 }] : [];
    let block = 0;
    // A masthead set with a blank row after every line (the session line, its dates and the agenda
    // line each apart) sets its agenda title's lines apart too.
    const aboveAgenda = first.at.row >= 2 ? rows[first.at.row - 1]! : undefined;
    const doubleSpaced = aboveAgenda !== undefined && aboveAgenda.blank && sessionRows.has(first.at.row - 2) === false
      && rows[first.at.row - 2]!.cells.length > 0 && rows[first.at.row - 2]!.cells.every((_, c) => consumed.has(key({ row: first.at.row - 2, cell: c })));
    for (let r = first.at.row + 1; r < bodyStart; r++) {
      const row = rows[r]!;
      if (row.blank && doubleSpaced) {
        const next = nonBlankRow(rows, r, 1);
        const gap = next !== undefined ? next.index - r : 0;
        if (next !== undefined && gap === 1 && next.index < bodyStart && next.cells.length === 1
          && Math.abs(next.cells[0]!.x - first.x) <= NAME_COLUMN_TOLERANCE
          && (candidates.length === 0 || CONTINUES_PREVIOUS.test(next.text) || ENDS_OPEN.test(candidates[candidates.length - 1]!.text))) {
          continue;
        }
      }
      // Several items ("Agenda items 62, 67, 80, 110 and 132") may have their titles in blocks of
      // their own, between blank rows, all in the agenda line's column: read on while items lack one.
      if (row.blank) {
        const next = nonBlankRow(rows, r, 1);
        const inColumn = next !== undefined && next.index < bodyStart && next.cells.length > 0
          && next.cells.every((cell) => Math.abs(cell.x - first.x) <= NAME_COLUMN_TOLERANCE);
        // Titles read so far: one per block, or per wrapped group when one block holds several.
        const titlesRead = [...new Set(candidates.map((x) => x.block))]
          .reduce((n, b) => n + groupWrappedLines(candidates.filter((x) => x.block === b)).length, 0);
        if (out.agendaItems.length > 1 && titlesRead < out.agendaItems.length && inColumn) {
          if (candidates.length > 0) block++;
          r = next.index - 1;
          continue;
        }
        break;
      }
      // The title may be set in another style than the agenda line (bold), but keeps one style.
      const above = rows[r - 1]!;
      if (row.heading || (r > first.at.row + 1 && !above.blank && styleBreak(above, row))) break;
      const c = row.cells.findIndex((cell) => Math.abs(cell.x - first.x) <= COLUMN_TOLERANCE);
      if (c < 0) break;
      if (consumed.has(key({ row: r, cell: c }))) continue;
      const text = row.cells[c]!.text;
      // "Report of the International Atomic Energy Agency" right under the agenda line is its title;
      // a subtitle by an author ("Note by the Secretary-General") never is.
      const firstLine = (r === first.at.row + 1 || !candidates.some((x) => x.block === block)) && !/\bby\b/.test(text);
      if ((SUBTITLE.test(text) && !firstLine) || ADOPTED_LINE.test(text) || NUMBERED_TITLE.test(text) || TITLE_FOOTNOTE.test(text)) break;
      candidates.push({ at: { row: r, cell: c }, text, block });
    }
    // One title per item; lines left over (no blank line before the document title) stay title text.
    // Titles set apart by blank rows are one title each, however their lines wrap.
    const blocks = [...new Set(candidates.map((x) => x.block))];
    const groups = blocks.length > 1 ? blocks.map((b) => candidates.filter((x) => x.block === b)) : groupWrappedLines(candidates);
    groups.slice(0, out.agendaItems.length).forEach((group, i) => {
      out.agendaItems[i]!.title = joinWrapped(group.map((g) => g.text));
      for (const g of group) {
        if (!g.at) continue;
        consumed.add(key(g.at));
        agendaTitleRows.add(g.at.row);
      }
    });
  }

  // Title blocks: what is left of the head, split at blank rows, headings and masthead rows.
  const rawBlocks: Array<{ lines: string[]; row: number; subject?: boolean }> = [];
  let currentBlock: { lines: string[]; row: number; subject?: boolean } | null = null;
  // A title never stands above the symbol or "Distr." line; a banner that names the United Nations may.
  const titleStart = Math.max(start, firstFieldRow !== null && firstFieldRow - start <= MAX_MASTHEAD_LEAD_ROWS ? firstFieldRow : start);
  for (let r = titleStart; r < bodyStart; r++) {
    const row = rows[r]!;
    const rest = row.cells.filter((_, c) => !consumed.has(key({ row: r, cell: c }))).map((c) => c.text);
    const joined = rest.join(" ");
    const bare = joined.replace(TRAILING_MARKS, "");
    // The title area ends at a footnote to it or at running prose (an introductory paragraph).
    // A long line is prose when a sentence ends on it or the next line goes on; a web page may print
    // a long title unwrapped, alone between blank lines.
    const nextRow = rows[r + 1];
    const long = joined.length > MAX_TITLE_LINE_CHARS && (/[.;:]$/.test(bare) || (nextRow !== undefined && !nextRow.blank) || joined.length > MAX_UNWRAPPED_TITLE_CHARS);
    if (rest.length > 0 && (TITLE_FOOTNOTE.test(joined) || long || PROSE_OPENING.test(joined))) break;
    // A Secretariat memo block: "To:" and "From:" are no title; "Subject:" gives it.
    const memo = rest.length > 0 ? MEMO_LABEL.exec(joined) : null;
    if (memo) {
      currentBlock = null;
      if (memo[1] === "Subject" && memo[2]) {
        currentBlock = { lines: [memo[2]], row: r, subject: true };
        rawBlocks.push(currentBlock);
      }
      continue;
    }
    // A label–value table under the title ("State party:   Russian Federation") ends the title area;
    // one such row alone is a line that happens to end in a colon ("America and Uruguay:").
    const labelRow = (x: Row | undefined) => x !== undefined && x.cells.length > 1 && TABLE_LABEL.test(x.cells[0]!.text);
    if (labelRow(row) && (labelRow(nonBlankRow(rows, r, 1)) || labelRow(nonBlankRow(rows, r, -1)))) {
      if (rawBlocks.length > 0) break;
      continue;
    }
    if (rest.length > 0 && looksLikeOcrNoise(joined)) {
      note("UNDOC_OCR_NOISE", `noise in the masthead skipped, not read as a title: "${joined}"`, r);
      currentBlock = null;
      continue;
    }
    // The subtitle is a block of its own even when no blank line sets it apart.
    const isSubtitle = rest.length > 0 && (SUBTITLE.test(bare) || ADOPTED_LINE.test(bare) || NUMBERED_TITLE.test(bare)
      || SECRETARIAT_SERIES_LINE.test(bare) || SC_ADOPTED_LINE.test(bare) || SC_RESOLUTION_TITLE.test(bare));
    const previous = r > 0 ? rows[r - 1]! : null;
    // A title line left open ("… addressed to the President of the" / "Security Council", "…
    // meeting, on" / "21 December 2023") goes on in a line that alone reads as a masthead field.
    const openBlock = currentBlock !== null && previous !== null && !previous.blank && ENDS_OPEN.test(currentBlock.lines[currentBlock.lines.length - 1] ?? "");
    if (rest.length === 0 && openBlock && currentBlock && row.cells.length === 1 && (MASTHEAD_NAME.test(row.text) || MASTHEAD_DATE.test(row.text) || SESSION_ALONE.test(row.text))) {
      currentBlock.lines.push(row.text);
      continue;
    }
    const restyled = previous !== null && !previous.blank && styleBreak(previous, row);
    if (row.blank || rest.length === 0 || row.heading || agendaTitleRows.has(r) || isSubtitle || restyled) currentBlock = null;
    if (rest.length === 0) continue;
    if (!currentBlock) {
      currentBlock = { lines: [], row: r };
      rawBlocks.push(currentBlock);
    }
    currentBlock.lines.push(joined);
    if (row.heading) currentBlock = null;
  }
  // Double-spaced typescript may set a blank line inside a title: a block left open ("QUESTION OF")
  // goes on in the next one.
  for (let i = rawBlocks.length - 1; i > 0; i--) {
    const a = rawBlocks[i - 1]!;
    const last = a.lines[a.lines.length - 1] ?? "";
    if (ENDS_OPEN.test(last) && !/,$/.test(last) && a.lines.length <= MAX_OPEN_TITLE_LINES) {
      a.lines.push(...rawBlocks[i]!.lines);
      rawBlocks.splice(i, 1);
    }
  }
  const allBlocks: Block[] = rawBlocks
    .map((b) => ({ text: joinWrapped(b.lines.map((l) => l.replace(TRAILING_MARKS, ""))), row: b.row, ...(b.subject ? { subject: true } : {}) }))
    .filter((b) => b.text !== "" && !/^[*\u2020\u2021]/.test(b.text));
  // Running text (a letter's first paragraphs when no body start was recognised) ends the titles.
  const prose = allBlocks.findIndex((b) => b.text.length >= MIN_PROSE_BLOCK_CHARS && /[.!?]$/.test(b.text));
  const blocks = prose >= 0 ? allBlocks.slice(0, prose) : allBlocks;
  assignTitles(out, blocks);
  out.documentType = documentTypeOf(out, issuance);
  return { masthead: out, notes };
}

/** The nearest row above (step -1) or below (step 1) that is not blank. */
function nonBlankRow(rows: readonly Row[], from: number, step: 1 | -1): Row | undefined {
  for (let r = from + step; r >= 0 && r < rows.length; r += step) if (!rows[r]!.blank) return rows[r];
  return undefined;
}

/** A wrapped title line continues the previous one: it starts in lower case or follows "and", ",". */
const CONTINUES_PREVIOUS = /^[a-z(]|^(?:and|of|the|for|in|on|to)\b/;
const ENDS_OPEN = /(?:,|;|:|-|\band|\bof|\bthe|\bfor|\bin|\bon|\bto|\bwith|\bits|\bat)$/i;
/** "third session", "fourteenth session": the end of "Report of the Council on its" as a line of its own. */
const SESSION_ALONE = /^(?:[a-z]+[-\u2010-\u2013])?[a-z]+\s+(?:(?:regular|special)\s+)?session$/;

/** Group lines into titles: a line joins the previous one when it reads as its continuation. */
function groupWrappedLines<T extends { text: string }>(lines: readonly T[]): T[][] {
  const groups: T[][] = [];
  for (const line of lines) {
    const last = groups[groups.length - 1];
    const lastText = last?.[last.length - 1]?.text;
    if (last && lastText !== undefined && (CONTINUES_PREVIOUS.test(line.text) || ENDS_OPEN.test(lastText))) last.push(line);
    else groups.push([line]);
  }
  return groups;
}
