import type { Cell, Row } from "./rows.js";
import { joinWrapped, normalizeSpace, styleBreak } from "./rows.js";
import { ordinalToNumber } from "./ordinals.js";
import {
  AGENDA_PREFIXED, AGENDA_SUFFIXED, BARCODE, BODY_HEADING, CONTENTS, DISTRIBUTION, DISTRIBUTION_LABEL, ITEM_NUMBER_GLOBAL,
  JOB_NUMBER, LANGUAGE_ALONE, MARKS_ONLY, MASTHEAD_DATE, MASTHEAD_NAME, NAME_THEN_SYMBOL, NUMBERED_PARAGRAPH,
  ORIGINAL_LABEL, ORIGINAL_LANGUAGE, PAGE_FURNITURE, SESSION, SUBTITLE, SUMMARY_HEADING, SYMBOL,
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

const MONTH_NUMBER: Readonly<Record<string, number>> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10, november: 11, december: 12,
};

/**
 * "9 August 2005" → "2005-08-09". Only the masthead form; the entities stage owns the general date
 * grammar (src/entities/dates.ts) and this should delegate to it once that has landed.
 */
export function mastheadDateToIso(raw: string): string | null {
  const m = MASTHEAD_DATE.exec(raw);
  if (!m?.[1] || !m[2] || !m[3]) return null;
  const day = Number(m[1]);
  const month = MONTH_NUMBER[m[2].toLowerCase()];
  if (!month) return null;
  // Reject impossible days ("31 February") rather than emit a date that does not exist.
  const check = new Date(Date.UTC(Number(m[3]), month - 1, day));
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  return `${m[3]}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

function titleCase(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
}

/** The symbol of a cell that is only a symbol, or "United Nations A/60/209 …". */
export function mastheadSymbol(cellText: string): string | null {
  const lead = NAME_THEN_SYMBOL.exec(cellText);
  if (lead?.[1]) return normalizeSpace(lead[1]);
  const whole = SYMBOL.exec(cellText);
  if (whole?.[1] && whole.index === 0 && whole[0].length === cellText.length) return normalizeSpace(whole[1]);
  return null;
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
