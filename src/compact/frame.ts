/**
 * The frame of a compact other than its title: who signs it and for which year, as each era
 * prints it. Read by the classifier (as evidence) and by the metadata reader (as fields), so the
 * two cannot disagree about what a preamble or a header block is.
 *
 * - 2006–2016: "Between Ms. …, <title>, and the Secretary-General, Mr. …" (metadata.readParties);
 * - 2017–2018: a first-person preamble, "<Name>, <Title>, will strive to fulfil the goals … I commit
 *   to achieve the objectives …";
 * - 2019 on: no title line, a header block "<Name>" / "<Title>" / "<Year>" at the top of page 1.
 */
import { normalizeSpace } from "../vocab/text.js";
import type { Line } from "../model/layout.js";

/** A header block sits in the first few lines of page 1 (after nothing but running furniture). */
export const HEADER_BLOCK_LINES = 8;
/** A title in a header block wraps over at most this many lines. */
const MAX_TITLE_LINES = 3;
const BARE_YEAR = /^(?:19[89]\d|20[0-4]\d)$/;
/** Words of a UN post title; a line with one of them under a name is that person's title. */
export const ROLE_WORDS =
  /\b(?:Secretary|Under-Secretary|Assistant|Director|Chief|Head|Executive|Coordinator|Commissioner|Representative|Adviser|Advisor|Officer|Envoy|Controller|President|Chef|Registrar|Prosecutor|Ombudsman|Ombudsperson|Rector|Administrator)\b/i;
/**
 * The first-person commitment of 2017–2024 preambles: "will strive to fulfil", "I commit (myself)
 * to", "I hereby commit", "I will give special attention to delivering".
 */
export const FIRST_PERSON_COMMITMENT =
  /\b(?:will\s+strive\s+to\b|I\s+(?:hereby\s+)?commit(?:\s+myself)?\s+to\b|I\s+will\s+give\s+special\s+attention\b|I\s+undertake\s+to\b)/i;
/** "<Name>, <Title>, will strive to …" or "I, <Name>, <Title>, commit …": the party is before the verb. */
const PREAMBLE_PARTY = /^(?:I,\s+)?(.{5,240}?),?\s+(?:will\s+strive|hereby\s+commit|commit\s+(?:myself\s+)?to|undertake\s+to)\b/i;

export interface HeaderBlock {
  name: string;
  title: string;
  /** The title's lines as printed (the last may be the entity's line: metadata.ts titleAndEntity). */
  titleLines: string[];
  year: number;
  /** Index (into the lines given) of the name line. */
  at: number;
}

/**
 * An office named by what it does, its head noun last, on a line of its own (a signature block's
 * entity line under the title): "Development Coordination Office", "Peacebuilding Support Office".
 * Two to four capitalised words before the noun, so a title's wrapped tail ("… for Peacebuilding" /
 * "Support Office") does not pass. Names that open with their noun ("Office for …") are the
 * metadata reader's ENTITY_IN_TITLE_RE.
 */
export const NAMED_OFFICE = /^(?:\p{Lu}[\p{L}-]*\s+){2,4}(?:Office|Secretariat)$/u;

/** An honorific before a name ("Ms. ", "Mr ", "H.E. "). */
export const HONORIFIC = /^(?:Ms|Mr|Mrs|Dr|Sir|Dame|H\.E)\.?\s+/;
/**
 * A person's name on a line of its own: 2–5 capitalised words, particles allowed, no role word. A
 * letter's accent may be a combining mark of its own ("Anto\u0301nio": pdftotext of a TeX font that
 * sets the accent apart).
 */
export function isNameLine(text: string): boolean {
  const t = text.replace(HONORIFIC, "").trim();
  if (!t || t.length > 60 || ROLE_WORDS.test(t) || /\d/.test(t)) return false;
  const words = t.split(/\s+/);
  return (
    words.length >= 2 &&
    words.length <= 5 &&
    words.every((w) => /^[A-ZÀ-Ý]\p{M}*[\p{L}\p{M}'’.-]*$/u.test(w) || /^(?:de|da|del|van|von|al|bin|el|la|le|y|dos|der)$/i.test(w))
  );
}

/**
 * How far into its line a title's role word stands ("Under-Secretary-General …", "High
 * Representative …"): a sentence has it later. A leading "United Nations" qualifies the post and
 * is not counted ("United Nations High Commissioner for Human Rights").
 */
const ROLE_WITHIN_WORDS = 3;
/** A post title's line or cell: a role word among its first ROLE_WITHIN_WORDS words. */
export const opensWithRole = (text: string) => ROLE_WORDS.test(text.replace(/^United\s+Nations\s+/, "").split(/\s+/).slice(0, ROLE_WITHIN_WORDS).join(" "));

/**
 * The first HEADER_BLOCK_LINES non-blank lines, where a header block stands: the document's other
 * lines are not read (the header readers run in the classifier and again in the compact stage).
 */
function headLines(lines: readonly Line[]): Line[] {
  const head: Line[] = [];
  for (const l of lines) {
    if (head.length >= HEADER_BLOCK_LINES) break;
    if (l.text.trim()) head.push(l);
  }
  return head;
}

/**
 * The header block "<Name>" / "<Title>" (1–3 lines) / "<Year>" among the first lines of page 1.
 * Lines are compared by text only, so text, Markdown and PDF read alike — but where the name's
 * line holds cells apart (the block set beside another one: "Zainab Asante" | "United Nations
 * Environment", the period under the entity on the right), the block is the column of the name's
 * cell: on each line under it, the cells that overlap the name's cell across (a column ranged left,
 * right or centred shares some width with every line of it). The title's first line opens with a
 * role word (opensWithRole): a line above the name ("United Nations Environment Programme" over
 * "1 January – 31 December 2022") is no name with the real name in its title.
 */
export function findHeaderBlock(lines: readonly Line[]): HeaderBlock | null {
  const head = headLines(lines);
  // `block` reads a name's first MAX_TITLE_LINES + 1 lines below it at most: only those are cleaned.
  const below = (i: number) => head.slice(i + 1, i + 2 + MAX_TITLE_LINES);
  const block = (name: string, titleLines: readonly string[], at: number): HeaderBlock | null => {
    if (!isNameLine(name)) return null;
    const titleParts: string[] = [];
    for (const t of titleLines.slice(0, MAX_TITLE_LINES + 1)) {
      if (BARE_YEAR.test(t)) {
        if (titleParts.length === 0 || !opensWithRole(titleParts[0]!)) return null;
        return { name: name.replace(HONORIFIC, ""), title: titleParts.join(" "), titleLines: titleParts, year: Number(t), at };
      }
      if (!t) return null;
      titleParts.push(t);
    }
    return null;
  };
  for (let i = 0; i < head.length; i++) {
    const segments = head[i]!.segments;
    if (segments.length > 1) {
      for (const s of segments) {
        const overlaps = (o: Line["segments"][number]) => o.x < s.x + s.width && s.x < o.x + o.width;
        const name = clean(s.text);
        if (!isNameLine(name)) continue; // block's first test, before its column is read
        const column = below(i).map((l) => clean(l.segments.filter(overlaps).map((o) => o.text).join(" ")));
        const found = block(name, column, i);
        if (found) return found;
      }
    }
    const name = clean(head[i]!.text);
    const found = isNameLine(name) ? block(name, below(i).map((l) => clean(l.text)), i) : null;
    if (found) return found;
  }
  return null;
}

/**
 * The year of a letterhead-style header block: the name's line carries the year as a cell of its
 * own, set apart at the right ("Leilani Tshibanda          2022" / "Executive Secretary of …"; a
 * document-definition PDF lays the two out as columns), the post title opening the next line with
 * a role word. The same block as findHeaderBlock's, with the year moved up beside the name. Among
 * the first HEADER_BLOCK_LINES non-blank lines; null when no line is so.
 */
export function yearBesideName(lines: readonly Line[]): number | null {
  const head = headLines(lines);
  for (let i = 0; i + 1 < head.length; i++) {
    const cells = head[i]!.segments.map((s) => clean(s.text)).filter(Boolean);
    if (cells.length !== 2 || !isNameLine(cells[0]!) || !BARE_YEAR.test(cells[1]!)) continue;
    if (opensWithRole(clean(head[i + 1]!.text))) return Number(cells[1]);
  }
  return null;
}

/** The party of a first-person preamble: "Jane Doe, Under-Secretary-General for …, will strive …". */
export function readFirstPersonParty(text: string): { name: string; title: string | null } | null {
  // A blank line ends a paragraph (and a title line above the preamble): the party's sentence
  // never starts before one.
  // Above the preamble may stand a subtitle with no full stop ("between the Secretary-General and
  // the Under-Secretary-General for …"): the party's sentence may also start at a line start.
  // A line holding only a year ends a header block ("<Name>" / "<Title>" / "2024"), not a
  // sentence: a text with no blank line under the block starts the preamble's paragraph after it.
  for (const paragraph of text.split(/\n\s*\n|\n[ \t]*(?:19[89]\d|20[0-4]\d)[ \t]*(?=\n)/)) {
    const lines = paragraph.split("\n");
    // Each line's tail below is a suffix of the whole paragraph's flat text that starts after a
    // space (or at its start), and the commitment pattern reads no context before its "\b": a
    // paragraph whose flat text holds no commitment has none in any tail. Most paragraphs hold
    // none, and trying every tail of a long one (a table's rows without blank lines) was quadratic.
    const flat = flatSentence(lines);
    if (!FIRST_PERSON_COMMITMENT.test(flat)) continue;
    for (let i = 0; i < lines.length; i++) {
      const party = partyOf(i === 0 ? flat : flatSentence(lines.slice(i)));
      if (party) return party;
    }
  }
  return null;
}

/** Lines as one sentence: joined, dashes as hyphens, white space collapsed and trimmed. */
function flatSentence(lines: readonly string[]): string {
  return lines.join(" ").replace(/[\u2010-\u2015]/g, "-").replace(/\s+/g, " ").trim();
}

function partyOf(flat: string): { name: string; title: string | null } | null {
  const at = flat.search(FIRST_PERSON_COMMITMENT);
  if (at < 0) return null;
  // The sentence that holds the commitment: from the previous sentence end (or start of text).
  const from = Math.max(0, flat.lastIndexOf(". ", at) + 1);
  const m = PREAMBLE_PARTY.exec(flat.slice(from).trim());
  if (!m?.[1]) return null;
  const parts = m[1].split(/,\s*/).map((p) => p.trim()).filter(Boolean);
  const nameAt = parts.findIndex((p) => isNameLine(p));
  if (nameAt < 0) return null;
  const title = parts.filter((_, i) => i !== nameAt).join(", ").replace(/^the\s+/i, "").trim();
  return { name: parts[nameAt]!.replace(HONORIFIC, ""), title: title || null };
}

function clean(s: string): string {
  return normalizeSpace(s.replace(/^#{1,6}\s+/, "").replace(/\*\*|__/g, ""));
}
