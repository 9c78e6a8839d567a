import type { Cell, Row } from "./rows.js";
import { joinWrapped, normalizeSpace, styleBreak } from "./rows.js";
import { ordinalToNumber } from "./ordinals.js";
import { parseDate } from "../entities/dates.js";
import { findPrintedSymbols } from "../entities/symbols.js";
import {
  AGENDA_PREFIXED, AGENDA_SUFFIXED, BARCODE, BODY_HEADING, CONTENTS, DISTRIBUTION, DISTRIBUTION_LABEL, ITEM_NUMBER_GLOBAL,
  JOB_NUMBER, LANGUAGE_ALONE, MARKS_ONLY, MASTHEAD_DATE, MASTHEAD_NAME, NUMBERED_PARAGRAPH,
  MASTHEAD_NAME_PREFIX, ORIGINAL_LABEL, ORIGINAL_LANGUAGE, PAGE_FURNITURE, SESSION, SUBTITLE, SUMMARY_HEADING,
} from "./patterns.js";

export interface Masthead {
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
  const span = findPrintedSymbols(text.slice(from))[0];
  if (!span || span.start !== 0) return null;
  // Alone in its cell, or right after a masthead name (one-line mastheads go on after it).
  if (!lead && span.end < text.length) return null;
  return span.normalized;
}

/** Where the body starts: first paragraph "1.", CONTENTS, Summary or chapter I. */
export function findBodyStart(rows: readonly Row[]): number {
  const limit = Math.min(rows.length, MAX_HEAD_ROWS);
  for (let i = 0; i < limit; i++) {
    const t = rows[i]!.text;
    const numbered = NUMBERED_PARAGRAPH.exec(t);
    if (numbered && Number(numbered[1]) === 1) return i;
    if (CONTENTS.test(t) || SUMMARY_HEADING.test(t)) return i;
    if (BODY_HEADING.test(t) && /^I\.\s/.test(t)) return i;
  }
  // No recognisable body: treat the first rows as head so a masthead is still read.
  return Math.min(rows.length, limit);
}

interface Located {
  row: number;
  cell: number;
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
  return MASTHEAD_NAME.test(text) || JOB_NUMBER.test(text) || BARCODE.test(text) || PAGE_FURNITURE.test(text) || MARKS_ONLY.test(text) || LANGUAGE_ALONE.test(text);
}

/** Read the masthead fields, agenda items, title and subtitle from the rows before the body. */
export function readMasthead(rows: readonly Row[], bodyStart: number): Masthead {
  const out: Masthead = { symbol: null, distribution: null, date: null, originalLanguage: null, session: null, agendaItems: [], title: null, subtitle: null };
  const consumed = new Set<string>();
  const key = (l: Located) => `${l.row}:${l.cell}`;
  const agendaAt: Array<{ at: Located; x: number; tail: string }> = [];

  for (let r = 0; r < bodyStart; r++) {
    rows[r]!.cells.forEach((cell: Cell, c) => {
      const at = { row: r, cell: c };
      const t = cell.text;
      let hit = false;
      const symbol = mastheadSymbol(t.replace(/\*+$/, ""));
      if (symbol) {
        out.symbol ??= symbol;
        hit = true;
      }
      const distr = DISTRIBUTION.exec(t);
      if (distr?.[1]) {
        out.distribution ??= titleCase(distr[1]);
        hit = true;
      } else if (DISTRIBUTION_LABEL.test(t)) {
        const below = cellBelow(rows, at, cell.x);
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
      } else if (ORIGINAL_LABEL.test(t)) {
        const below = cellBelow(rows, at, cell.x);
        const value = below && rows[below.row]!.cells[below.cell]!.text;
        if (below && value && LANGUAGE_ALONE.test(value)) {
          out.originalLanguage ??= titleCase(value);
          consumed.add(key(below));
        }
        hit = true;
      }
      const date = MASTHEAD_DATE.exec(t);
      // A date counts when it is the whole cell or shares it with other masthead fields only.
      if (date && (hit || date[0].length === t.length)) {
        out.date ??= mastheadDateToIso(date[0]);
        hit = true;
      }
      const session = SESSION.exec(t);
      const sessionNumber = session?.[1] ? ordinalToNumber(session[1]) : null;
      if (sessionNumber !== null) {
        out.session ??= sessionNumber;
        hit = true;
      }
      const agenda = AGENDA_SUFFIXED.exec(t) ?? AGENDA_PREFIXED.exec(t);
      if (agenda?.[1] && out.agendaItems.length === 0) {
        for (const number of parseAgendaNumbers(agenda[1])) out.agendaItems.push({ number, title: null });
        // Text after "…agenda*" in the same cell begins the item's title (one-line mastheads).
        const tail = normalizeSpace(t.slice(agenda.index + agenda[0].length).replace(/^[\s*\u2020\u2021]+/, ""));
        agendaAt.push({ at, x: cell.x, tail });
        hit = true;
      }
      if (hit || isFurniture(t)) consumed.add(key(at));
    });
  }

  // Agenda titles: the lines directly under the agenda line, in its column, up to a break.
  const agendaTitleRows = new Set<number>();
  const first = agendaAt[0];
  if (first) {
    const candidates: Array<{ at: Located | null; text: string }> = first.tail ? [{ at: null, text: first.tail }] : [];
    for (let r = first.at.row + 1; r < bodyStart; r++) {
      const row = rows[r]!;
      if (row.blank || row.heading || styleBreak(rows[r - 1]!, row)) break;
      const c = row.cells.findIndex((cell) => Math.abs(cell.x - first.x) <= COLUMN_TOLERANCE);
      if (c < 0) break;
      if (consumed.has(key({ row: r, cell: c }))) continue;
      const text = row.cells[c]!.text;
      if (SUBTITLE.test(text)) break;
      candidates.push({ at: { row: r, cell: c }, text });
    }
    // One title per item; lines left over (no blank line before the document title) stay title text.
    const groups = groupWrappedLines(candidates);
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
  const blocks: string[][] = [];
  let currentBlock: string[] | null = null;
  for (let r = 0; r < bodyStart; r++) {
    const row = rows[r]!;
    const rest = row.cells.filter((_, c) => !consumed.has(key({ row: r, cell: c }))).map((c) => c.text);
    // The subtitle is a block of its own even when no blank line sets it apart.
    const isSubtitle = rest.length > 0 && SUBTITLE.test(rest.join(" "));
    const previous = r > 0 ? rows[r - 1]! : null;
    const restyled = previous !== null && !previous.blank && styleBreak(previous, row);
    if (row.blank || rest.length === 0 || row.heading || agendaTitleRows.has(r) || isSubtitle || restyled) currentBlock = null;
    if (rest.length === 0) continue;
    if (!currentBlock) {
      currentBlock = [];
      blocks.push(currentBlock);
    }
    currentBlock.push(rest.join(" "));
    if (row.heading || isSubtitle) currentBlock = null;
  }
  const texts = blocks.map((b) => joinWrapped(b)).filter((t) => t !== "" && !/^[*\u2020\u2021]/.test(t));
  const subIndex = texts.findIndex((t) => SUBTITLE.test(t));
  let before = subIndex >= 0 ? texts.slice(0, subIndex) : texts.slice(0, 1);
  if (subIndex >= 0) out.subtitle = texts[subIndex]!;
  // 1990s layout: the agenda item's title stands apart, centred in capitals, before the title.
  const onlyItem = out.agendaItems.length === 1 ? out.agendaItems[0] : undefined;
  if (onlyItem && onlyItem.title === null && before.length >= 2) {
    onlyItem.title = before[0]!;
    before = before.slice(1);
  }
  if (before.length > 0) out.title = before.join(" ");
  else if (subIndex >= 0 && texts[subIndex + 1]) out.title = texts[subIndex + 1]!;
  return out;
}

/** A wrapped title line continues the previous one: it starts in lower case or follows "and", ",". */
const CONTINUES_PREVIOUS = /^[a-z(]|^(?:and|of|the|for|in|on|to)\b/;
const ENDS_OPEN = /(?:,|;|:|-|\band|\bof|\bthe|\bfor|\bin|\bon|\bto|\bwith)$/i;

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
