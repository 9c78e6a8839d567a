import type { Layout, Line, Segment } from "../model/layout.js";
import type { CompactBody } from "../model/doc.js";
import { cleanText } from "./text.js";
import { startsWithMarker } from "../vocab/markers.js";
import { escapeRegExp } from "../vocab/text.js";
import { NAMED_OFFICE, findHeaderBlock, isNameLine, readFirstPersonParty, yearBesideName } from "./frame.js";
import { STAGGER_OF_FONT, cellDate, findSignatureBlocks, isTitleCell } from "./signatures.js";
import { CHAR_WIDTH } from "../extract/text.js";

/** The title and preamble sit on the first page; reading further only invites false matches. */
export const HEAD_LINES = 60;
/** A "Name, Title" line is short; longer lines are prose that happens to contain a comma. */
const MAX_SIGNATURE_LINE = 160;

/** "Senior Manager's Compact", "SENIOR MANAGERS' COMPACT", "Senior Managers Compact". */
const TITLE_RE = /senior\s+manager(?:['’`]?s|s['’`])?\s+compact/i;
const YEAR_RE = /\b(19[89]\d|20[0-4]\d)\b/;
/** "for the year 2008", "for 2010", "for the period 1 January to 31 December 2009". */
const YEAR_CONTEXT_RE = /\bfor\s+(?:the\s+(?:year|period)\s+)?(?:[^.\n]{0,40}?)\b(19[89]\d|20[0-4]\d)\b/i;
/** The compact's period, a calendar year: "1 January – 31 December 2006", "1 January to 31 December 2009". */
const PERIOD_YEAR_RE = /\b1\s+January\s*(?:[-\u2010-\u2015]|to)\s*31\s+December\s+(19[89]\d|20[0-4]\d)\b/i;
/**
 * Where a reader lost the title (pandoc drops a page header that carried "SENIOR MANAGER'S COMPACT
 * for 2016"), the first page still says the year: the 2013–24 wording "I will give special
 * attention to delivering the following results in 2018", or a results table's "Target (2014)"
 * column (a compact's targets are its own year's).
 */
const RESULTS_YEAR_RE = /\b(?:following\s+results\s+in|Target\s+\()\s*(19[89]\d|20[0-4]\d)\b/i;
const HONORIFIC_RE = /^(?:the\s+)?(?:Ms|Mr|Mrs|Miss|Dr|Mme|M|Sir|Dame|H\.E)\.?\s+/i;
/** Words that make a comma-part a title or office, not a person's name. */
const ROLE_WORD_RE =
  /\b(Secretary|General|Department|Office|Officer|Director|Chief|Head|Under|Assistant|Executive|Coordinator|Commissioner|Representative|Adviser|Advisor|Charge|Division|Affairs|Operations|Management|Support|Nations|Chef|Cabinet|President|Controller|Envoy|Ombudsman|Ombudsperson)\b/i;
/** The Secretary-General's title as a party or signer prints it: "Secretary-General", "the Secretary-General of the United Nations". */
const SG_TITLE_RE = /^(?:the\s+)?Secretary-General(?:\s+of\s+the\s+United\s+Nations)?$/i;
const ENTITY_LINE_RE = /^\s*(?:department\s*\/\s*office|department|office|entity)\s*:\s*(.+)$/i;
/** The entity a post title names: departments, offices, regional commissions, missions and UN offices. */
const ENTITY_IN_TITLE_RE =
  /\b((?:Department|Office|(?:Economic(?:\s+and\s+Social)?\s+)?Commission|United\s+Nations(?:\s+[A-Z][\w-]*){0,4}\s+(?:Mission|Office|Operation|Force|Programme|Centre|Conference))\s+(?:of|for|in|on|at)\s+(?:the\s+)?[A-Z][^,;]+?)\s*$/;
/** "C. CHALLENGES", "III. Challenges", "SECTION 2 : CHALLENGES" (the label of the 2019 template), "Part 3. Challenges". */
const CHALLENGES_HEADING_RE = /^\s*(?:(?:SECTION|PART)\s+\d{1,2}\s*[:.\-–—]?\s*|(?:[A-Z]|[IVX]+|\d+)[.)]?\s+)?[^a-z]*\bCHALLENGES\b/i;
/** An unnumbered "Challenges" heading is a short line of its own, not a sentence that starts with the word. */
const MAX_CHALLENGES_HEADING_WORDS = 6;
/** A section heading: "D. CONTRIBUTION …", "SECTION 3: …", "Part 4. Annex", "3. Human resources". */
const HEADING_RE = /^\s*(?:SECTION\s+\d+\s*:|(?:PART|Part)\s+\d{1,2}[.:]|[A-Z][.)]|[IVX]{1,4}[.)]|\d{1,2}[.)])\s+\S/;
/** An annex after the challenges: "Annex", "ANNEX I", "Annex: Field operations …". */
const ANNEX_RE = /^\s*(?:#{1,6}\s+)?ANNEX(?:\s+[IVX\d]+|\s*:.*)?\s*$/i;
const DATE_LABEL_RE = /\bDate\s*:\s*([^\t]+?)\s*$/i;
/**
 * A signature label opens its line: "Signature:", "Signature ____", or the word alone. The word
 * "Signatures" is a heading or a contents entry ("Signatures ........", "- Signatures"), and a
 * sentence's word ("signature of its" wrapped in a table cell) goes on: neither labels a block.
 * A form's "Signed: ________" (SIGNED_LABEL_RE, over "Name: …" / "Title: …" / "Date: …", the
 * 2006–08 labelled blocks) opens one too: the past participle then a rule to sign on, or a colon
 * ending the line; "Signed at New York on …" or "signed by" in a sentence is no label. It is read
 * last (readCompactMetadata): over a name, a title and a date with no labels the unlabelled blocks'
 * reader (signatures.ts) reads them, and joins a title's wrapped lines better.
 */
const SIGNATURE_START_RE = /^\s*Signature\b\s*(?::|_{3,}|[.…]{3,}|$)/i;
const SIGNED_LABEL_RE = /^\s*Signed\s*(?::\s*(?:_{3,}|[.…]{3,}|$)|_{3,}|[.…]{3,})/i;
/** A signature label and the rule to sign on (its underscores or dots), or the label alone with a colon. */
const SIGNATURE_LABEL = /(?:Signed|Signature)\s*(?::\s*(?:_{3,}|[.…]{3,})?|\s*(?:_{3,}|[.…]{3,}))/.source;
/** A line holding only signature labels: one, or one per block of blocks side by side ("Signature: ____   Signature: ____"). */
const SIGNATURE_LINE_RE = new RegExp(`^\\s*${SIGNATURE_LABEL}(?:\\s+${SIGNATURE_LABEL})*\\s*$`, "i");

function looksLikePersonName(s: string): boolean {
  const t = s.replace(HONORIFIC_RE, "").trim();
  if (!t || ROLE_WORD_RE.test(t)) return false;
  const words = t.split(/\s+/);
  // Names are 2–5 capitalised words ("Ban Ki-moon", "Jane Holl Lute", "Kofi A. Annan").
  return words.length >= 2 && words.length <= 5 && words.every((w) => /^[A-ZÀ-Ý]\p{M}*[\p{L}\p{M}'’.-]*$/u.test(w) || /^(?:de|da|van|von|al|bin|el|la|le|y)$/i.test(w));
}

/** Split "Ms. Jane Holl Lute, Assistant-Secretary-General …" or "the Secretary-General, Mr. Ban Ki-moon". */
export function splitNameAndTitle(party: string): { name: string; title: string | null } | null {
  const parts = party.split(/,\s*/).map((p) => p.trim()).filter(Boolean);
  const idx = parts.findIndex(looksLikePersonName);
  if (idx < 0) return null;
  const name = parts[idx]!.replace(HONORIFIC_RE, "").trim();
  const title = parts.filter((_, i) => i !== idx).join(", ").replace(/^the\s+/i, "").trim();
  return { name, title: title || null };
}

/**
 * A footnote mark after a party's name: a superscript digit the text layer set apart ("Annan 1"),
 * or a Markdown footnote reference ("Annan[^1]").
 */
const FOOTNOTE_MARK_RE = /\s*(?:\[\^[\w-]+\]|(?<=\p{L})\s?\d{1,2})$/u;
/** What follows the last party of a "between" sentence: "…, for the period from 1 January to …". */
const PARTY_TAIL_RE = /,?\s+for\s+the\s+(?:period|year)\b[\s\S]*$/i;
/** Any hyphen or dash a text layer may print inside "Secretary-General" (U+2010–U+2015, the hyphen-minus). */
const ANY_HYPHEN_RE = /[\u2010-\u2015]/g;

/** "SecretaryGeneral", "UnderSecretary-General", "AssistantSecretary-General": a title's hyphen lost at a line break. */
const DEHYPHENATED_TITLE_RE = /\b(Secretary|Under|Assistant)(General|Secretary)\b/g;

/** "Between A, … and the Secretary-General, Mr. B" → the two parties. */
export function readParties(text: string): { manager: CompactBody["manager"]; counterpart: CompactBody["counterpart"] } {
  // The preamble ends at a blank line, or at a line that starts a labelled field or a heading
  // ("DEPARTMENT/OFFICE: …", "A. PROGRAMME …") when no blank line separates them (pdftotext).
  // A subtitle "between the Secretary-General and the Under-Secretary-General for …" names no
  // person: every "between" is tried, the first that yields two named parties wins.
  // A label may also be in mixed case ("Department/Office: …" right under the sentence).
  // A line in capitals under it (the entity, "DEPARTMENT OF PEACEKEEPING OPERATIONS") ends it too,
  // and so does a footnote's number on a line of its own (the page's footnote follows in plain text),
  // or the footnote itself on the line under the mark that calls it ("… Mr. Ban Ki-moon 1" /
  // "1<tab>The Office comprises …": a PDF whose footnote the layout reads right under the preamble).
  const END = /(?:\n\s*\n|\n(?=\s*(?:[A-Z][A-Z/ ]{2,}:|[A-Z]\.\s+[A-Z]{2}|(?:Department|Office|Entity)(?:\s*\/\s*Office)?\s*:))|\n(?=[^\p{Ll}\n]*\p{Lu}{2}[^\p{Ll}\n]*(?:\n|$))|\n(?=\s*\d{1,2}\s*\n)|\s(\d{1,2})\n(?=\s*\1\s+\S)|$)/u;
  const found = [...text.matchAll(/\bbetween\s+/gi)];
  // Parties joined before an honorific or "the Secretary-General" first, in every sentence; then
  // parties with none (a subtitle's "… Landlocked Developing Countries and Small Island Developing
  // States" must not win over the sentence with the names).
  for (const loose of [false, true]) {
    for (const [k, m] of found.entries()) {
      // One "between" sentence never holds the next "between".
      const rest = text.slice(m.index + m[0].length, found[k + 1]?.index ?? text.length);
      const end = END.exec(rest);
      const parties = partiesOf(rest.slice(0, end ? end.index : rest.length), loose);
      if (parties.manager && parties.counterpart) return parties;
    }
  }
  return { manager: null, counterpart: null };
}

/** A line break kept inside the collapsed preamble (U+2028, which no text layer prints). */
const LINE_MARK = "\u2028";
/**
 * A kept line break before a new sentence: a capitalised word, then two lower-case words — unless
 * the word is one of a post's title ("Executive" / "Secretary of the Economic …" wraps a title).
 */
const NEW_SENTENCE_LINE = new RegExp(` \u2028 (?!${ROLE_WORD_RE.source}\\s)(?=\\p{Lu}\\p{Ll}+ \\p{Ll}+ \\p{Ll})`, "u");

function partiesOf(raw: string, loose: boolean): { manager: CompactBody["manager"]; counterpart: CompactBody["counterpart"] } {
  // A line that ends in a hyphen continues the hyphenated word on the next line ("Officer-in-" /
  // "Charge" in a PDF wrapped on a narrow page): keep the hyphen, drop the line break.
  const sentence = raw
    .replace(ANY_HYPHEN_RE, "-")
    // A text layer that joins a word broken at its line-end hyphen drops the hyphen ("Secretary-" /
    // "General" read as "SecretaryGeneral", pdftotext's plain text): the title's hyphen is back.
    .replace(DEHYPHENATED_TITLE_RE, "$1-$2")
    .replace(/(\p{L})-[ \t]*\n\s*(?=\p{L})/gu, "$1-")
    // A line that opens a new sentence after the counterpart's name ("… Mr. Ban Ki-moon" / "The
    // programme objectives …", plain text with no blank line between) ends the preamble: the
    // break is kept as a mark until the parties are split.
    .replace(/[ \t]*\n\s*/g, ` ${LINE_MARK} `)
    .replace(/[^\S\u2028]+/g, " ")
    .trim()
    .replace(/[.;]\s*$/, "")
    .replace(PARTY_TAIL_RE, "")
    .replace(FOOTNOTE_MARK_RE, "");
  // The parties are joined by the last ", and " / " and " that precedes a party with a name.
  const joins = [...sentence.matchAll(/,?\s+and\s+(?=(?:the\s+)?(?:Secretary-General|Ms\.?|Mr\.?|Mrs\.?|Dr\.?)\b)/gi)];
  const join = joins.at(-1);
  const parties = join ? partiesAt(sentence, join.index, join[0].length) : null;
  if ((parties?.manager && parties.counterpart) || !loose) return parties ?? { manager: null, counterpart: null };
  // A second party with no honorific ("between the Secretary-General, Ban Ki-moon, and Ruth
  // Volkov, Executive Secretary of …"): the first " and " that a person's name follows right away
  // (a title's "… for Iraq and Head of …" or "Economic and Social …" is no party's start), with a
  // person's name on both sides.
  // The name may wrap between its words ("… and Farida" / "Okonkwo-Bell, Under-Secretary-General …").
  for (const m of sentence.matchAll(/,?\s+and\s+(?=\p{Lu})/gu)) {
    const clause = sentence.slice(m.index + m[0].length).split(/,\s*/)[0]!;
    const head = clause.split(/\s\u2028\s/)[0]!.trim();
    if (!looksLikePersonName(head) && !looksLikePersonName(clause.replaceAll(` ${LINE_MARK} `, " ").trim())) continue;
    const found = partiesAt(sentence, m.index, m[0].length);
    if (found.manager && found.counterpart) return found;
  }
  return parties ?? { manager: null, counterpart: null };
}

/** The two parties of a "between" sentence split at the " and " at `at` (of `length` characters). */
function partiesAt(sentence: string, at: number, length: number): { manager: CompactBody["manager"]; counterpart: CompactBody["counterpart"] } {
  const unmark = (t: string) => t.replaceAll(` ${LINE_MARK} `, " ").replaceAll(LINE_MARK, "").trim();
  const a = splitNameAndTitle(unmark(sentence.slice(0, at)));
  const second = sentence.slice(at + length).split(NEW_SENTENCE_LINE)[0]!;
  // The sentence cut at a new sentence's line ends with the counterpart, perhaps with a footnote's
  // call glued to the name ("Mr. Ban Ki-moon1" / "The programme objectives …").
  const b = splitNameAndTitle(unmark(second).replace(/[.;]\s*$/, "").replace(PARTY_TAIL_RE, "").replace(FOOTNOTE_MARK_RE, ""));
  const isSg = (p: typeof a) => !!p?.title && SG_TITLE_RE.test(p.title);
  const [manager, counterpart] = isSg(a) && !isSg(b) ? [b, a] : [a, b];
  return { manager, counterpart };
}

/**
 * The Secretary-General named in a first-person preamble: "… and will be accountable to the
 * Secretary-General, Ban Ki-moon, for the objectives set out below."
 */
const ACCOUNTABLE_TO_SG_RE = /\baccountable\s+to\s+(?:the\s+)?Secretary-General,?\s+((?:(?:Mr|Ms|Mrs|Dr|H\.E)\.?\s+)?[^,.;]{3,60}?)\s*(?:,|\.|;|\bfor\b|$)/i;

export function readAccountableTo(text: string): CompactBody["counterpart"] {
  const m = ACCOUNTABLE_TO_SG_RE.exec(text.replace(ANY_HYPHEN_RE, "-").replace(/\s+/g, " "));
  const name = m?.[1]?.replace(HONORIFIC_RE, "").replace(FOOTNOTE_MARK_RE, "").trim();
  return name && looksLikePersonName(name) ? { name, title: "Secretary-General" } : null;
}

/** Two-column prose: at least this many lines hold a run starting at the same x, right of the margin. */
const MIN_COLUMN_LINES = 4;
/** …or this many, when their runs are prose: this many characters on average (not "Date:   …" pairs). */
const MIN_PROSE_COLUMN_LINES = 2;
const MIN_PROSE_COLUMN_CHARS = 40;
/** The first section heading: "A. ACHIEVING …", "I. PROGRAMME …", "SECTION 1 : …". */
const SECTION_HEADING_START_RE = /^\s*(?:#{1,6}\s+)?(?:SECTION\s+\d{1,2}\b|(?:[A-H]|[IVX]{1,4})\.\s+\p{Lu})/u;
/** The right column's lines lie within this many lines of its first. */
const MAX_COLUMN_SPAN = 20;
/** Runs of one column start within this many points of each other (a text grid's 1–2 characters). */
const COLUMN_X_SLACK = 8;
/** …or, in an introduction's column, up to a bullet's hanging indent right of its start (18 points in LibreOffice, 4 characters on the text grid). */
const COLUMN_HANG = 30;

/**
 * The first page's two-column prose read column by column: the lines from the first to the last
 * that holds a run at the right column's x give their left parts, then their right parts. In plain
 * text a line whose columns touch (one space apart) is one run: it is cut at the word boundary
 * nearest the column's character position.
 */
export function columnsInOrder(lines: readonly Line[], format: Layout["format"]): Line[] {
  // The prose above the first section heading; the tables under it have columns of their own.
  const headings = lines.flatMap((l, i) => (SECTION_HEADING_START_RE.test(l.segments[0]?.text ?? l.text) ? [i] : []));
  const end = headings[0] ?? -1;
  let prose = end < 0 ? lines : lines.slice(0, end);
  const found = columnSplit(prose, false);
  let split = found?.at ?? null;
  let ownLines = found?.own ?? false;
  // An introduction under the first heading ("I. Introduction" / "This compact is concluded
  // between …") may be set in two columns too: up to the next heading, when both columns are
  // prose on several lines (a table's cells are shorter than half a page's line).
  if (split === null && end >= 0) {
    const introEnd = headings[1] ?? lines.length;
    const intro = columnSplit(lines.slice(end + 1, introEnd), true);
    if (intro !== null) {
      prose = lines.slice(0, introEnd);
      split = intro.at;
      ownLines = true;
    }
  }
  if (split === null) return [...lines];
  const at = split;
  // An introduction's right column has lines of its own (pdftotext interleaves the columns' lines).
  const holds = (l: Line) => l.segments.some((s, i) => (i > 0 || ownLines) && s.x >= at - COLUMN_X_SLACK / 2 && s.x <= at + (ownLines ? COLUMN_HANG : COLUMN_X_SLACK));
  const first = prose.findIndex(holds);
  let last = first;
  prose.forEach((l, i) => { if (holds(l)) last = i; });
  // The left column may run on below the right one ("… Mr. António" / "Guterres, for the period
  // …"): its lines, up to a paragraph break or a line reaching across the split, are read
  // before the right column too.
  const leftOnly = (l: Line) =>
    l.segments.length > 0 && l.segments.every((seg) => (format === "pdf" ? seg.x + seg.width : seg.x + seg.text.length * CHAR_WIDTH) <= at + COLUMN_X_SLACK);
  // The right column may run on too, on lines of its own that pdftotext interleaves with the left
  // column's ("… budget (A/74/6" / "   General, António Guterres, …" / "(Sect. 29)), approved …"):
  // then both columns' lines are read on, and each column keeps only its own.
  const rightOnly = (l: Line) => l.segments.length > 0 && l.segments[0]!.x >= at - COLUMN_X_SLACK / 2 && l.segments[0]!.x <= at + COLUMN_X_SLACK;
  let interleaved = false;
  // A PDF's layout may hold an empty line between every two printed lines (wkhtmltopdf's loose
  // spacing): an empty line is passed over unless the next printed line is a paragraph's gap
  // below (wider than PARAGRAPH_GAP times the columns' own line step); in text, a blank line ends.
  const step = format === "pdf" ? columnStep(prose.slice(first, last + 1)) : null;
  for (let j = last + 1, kept = prose[last]!, skipped = false; j < prose.length; j++) {
    const next = prose[j]!;
    if (!next.text.trim()) {
      if (step === null) break;
      skipped = true;
      continue;
    }
    if (skipped && (next.page !== kept.page || next.y - kept.y > PARAGRAPH_GAP * step!)) break;
    if (rightOnly(next)) interleaved = true;
    else if (!leftOnly(next)) break;
    last = j;
    kept = next;
  }
  ownLines ||= interleaved;
  const left: Line[] = [], right: Line[] = [];
  for (const l of lines.slice(first, last + 1)) {
    const segs = l.segments;
    const l1 = segs.filter((s) => s.x < at - COLUMN_X_SLACK / 2);
    const r1 = segs.filter((s) => s.x >= at - COLUMN_X_SLACK / 2);
    let lt = l1.map((s) => s.text).join(" "), rt = r1.map((s) => s.text).join(" ");
    const only = l1.length === 1 && r1.length === 0 ? l1[0]! : null;
    if (format !== "pdf" && only && only.x + only.text.length * CHAR_WIDTH > at + COLUMN_X_SLACK) {
      // One run across both columns: cut at the last space before the right column's character.
      const col = Math.round((at - only.x) / CHAR_WIDTH);
      const cut = only.text.lastIndexOf(" ", col);
      if (cut > 0) {
        lt = only.text.slice(0, cut);
        rt = only.text.slice(cut + 1);
      }
    }
    // A line of the other column only is no paragraph break in this one (in text, blank lines are).
    const blank = !lt.trim() && !rt.trim();
    if (!ownLines || lt.trim() || blank) left.push({ ...l, text: lt.trim(), segments: l1 });
    if (!ownLines || rt.trim() || blank) right.push({ ...l, text: rt.trim(), segments: r1, kind: rt.trim() ? l.kind : "blank" });
  }
  return [...lines.slice(0, first), ...left, ...right, ...lines.slice(last + 1)];
}

/** The smallest step down between consecutive printed lines of one page (a PDF's line step), or null. */
function columnStep(lines: readonly Line[]): number | null {
  const printed = lines.filter((l) => l.text.trim());
  let step: number | null = null;
  for (let i = 1; i < printed.length; i++) {
    const a = printed[i - 1]!, b = printed[i]!;
    if (a.page === b.page && b.y > a.y) step = Math.min(step ?? Infinity, b.y - a.y);
  }
  return step;
}

/**
 * How many source lines (a run's `line`) hold a run `inColumn` takes, among each line's runs from
 * the `from`-th on: columnSplit's count of a candidate column's lines, made for every run of the
 * head before any average of their text is needed (most candidates fail on the count alone).
 */
function linesWithRuns(lines: readonly Line[], from: number, inColumn: (t: Segment) => boolean): number {
  const seen: number[] = [];
  for (const m of lines) {
    for (let k = from; k < m.segments.length; k++) {
      const t = m.segments[k]!;
      if (inColumn(t) && !seen.includes(t.line)) seen.push(t.line);
    }
  }
  return seen.length;
}

/**
 * The first x, in reading order, that starts a run on enough of the lines that follow it: the
 * prose's right column comes before any table's columns. `introOnly` (a section's lines): the
 * columns open on the section's first line (or under its one-run sub-heading) and both are prose on MIN_COLUMN_LINES lines or more
 * (MIN_INTRO_COLUMN_CHARS characters a line on average).
 */
export function columnSplit(prose: readonly Line[], introOnly: boolean): { at: number; own: boolean } | null {
  let split: number | null = null;
  let own = introOnly;
  // Where a section's columns open: its first line, or the one under a sub-heading of one run ("1. Mandates").
  const firstLine = prose.findIndex((m) => m.text.trim());
  const nextLine = prose.findIndex((m, k) => k > firstLine && m.text.trim());
  const opening = firstLine < 0 ? [] : prose[firstLine]!.segments.length === 1 && nextLine >= 0 ? [firstLine, nextLine] : [firstLine];
  // An introduction's columns open on its opening line: no other line is tried (every test
  // below is pure, so skipping a line whose answer is false changes nothing).
  prose.some((l, i) =>
    (!introOnly || opening.includes(i)) && l.segments.slice(1).some((seg) => {
      const near = prose.slice(i, i + MAX_COLUMN_SPAN);
      // An introduction's right column also has lines of its own (pdftotext interleaves the columns' lines).
      // Its runs may start a hanging indent right of the split (bulleted items' wrapped lines).
      const inColumn = (t: { x: number }) => (introOnly ? t.x >= seg.x - COLUMN_X_SLACK && t.x <= seg.x + COLUMN_HANG : Math.abs(t.x - seg.x) <= COLUMN_X_SLACK);
      const n = linesWithRuns(near, introOnly ? 0 : 1, inColumn);
      const average = (ts: ReadonlyArray<{ text: string }>) => ts.reduce((k, t) => k + t.text.trim().length, 0) / Math.max(1, ts.length);
      if (introOnly) {
        // Each column's text on a line: justified prose may print a line in several runs.
        const part = (m: Line, right: boolean) => m.segments.filter((t) => (t.x >= seg.x - COLUMN_X_SLACK) === right).map((t) => t.text.trim()).join(" ");
        // The opening line is prose in both columns too (a table's header labels are short), or
        // its right part ends the paragraph the left column ran into it ("… Secretary-General," /
        // "2013.").
        const opens = part(l, true);
        if (part(l, false).length < MIN_INTRO_COLUMN_CHARS || (opens.length < MIN_INTRO_COLUMN_CHARS && !PARAGRAPH_END_RE.test(opens))) return false;
        if (n < MIN_COLUMN_LINES) return false;
        const holding = near.filter((m) => m.segments.some(inColumn));
        const rights = holding.map((m) => ({ text: part(m, true) }));
        const lefts = near.map((m) => ({ text: part(m, false) })).filter((t) => t.text);
        if (average(rights) < MIN_INTRO_COLUMN_CHARS || average(lefts) < MIN_INTRO_COLUMN_CHARS) return false;
      } else if (n < MIN_COLUMN_LINES) {
        // Fewer lines than a column's: neither prose nor lines of its own make one column of a single line.
        if (n < MIN_PROSE_COLUMN_LINES) return false;
        // Two lines suffice when they are prose (a right column two lines long beside the preamble),
        // not label/value pairs.
        const runs = near.flatMap((m) => m.segments.slice(1).filter(inColumn));
        if (average(runs) < MIN_PROSE_COLUMN_CHARS) {
          // A narrow right column (a portrait page's half) whose lines pdftotext also sets on
          // lines of their own, where the left column has none: those count too, when the
          // column's text is prose.
          const ownRuns = near.filter((m) => m.segments.length === 1 && inColumn(m.segments[0]!)).map((m) => m.segments[0]!);
          if (n + ownRuns.length < MIN_COLUMN_LINES || average([...runs, ...ownRuns]) < MIN_INTRO_COLUMN_CHARS) return false;
          own = true;
        }
      }
      split = Math.min(seg.x, ...near.flatMap((m) => m.segments.slice(1).map((t) => t.x)).filter((x) => Math.abs(x - seg.x) <= COLUMN_X_SLACK));
      return true;
    }),
  );
  return split === null ? null : { at: split, own };
}
/**
 * Prose in a column of half a portrait page (a list of missions in one wraps shorter): a table's
 * header labels are shorter.
 */
const MIN_INTRO_COLUMN_CHARS = 25;
/** A paragraph's last words: a word in lower case or a number, then a full stop. */
const PARAGRAPH_END_RE = /[\p{Ll}\d)]\.$/u;

/** Consecutive lines further apart than this many times the usual line step start a new paragraph. */
const PARAGRAPH_GAP = 1.6;

/**
 * The first lines as text, one paragraph a block: lines join with "\n", and a blank line stands
 * only where the vertical gap is a paragraph's. A PDF's layout may hold a blank line between every
 * two printed lines (loose line spacing); a text file's blank lines are its paragraph breaks.
 * Title lines ("SENIOR MANAGER'S COMPACT for 2015") are left out: a preamble sentence that starts
 * under one would otherwise begin with it.
 */
/**
 * A title line that goes on: it ends with a comma, or it names the entity in capitals after a
 * colon and stops on a capitalised word ("…: UNITED NATIONS INTERIM FORCE IN", "…: DEPARTMENT OF
 * MANAGEMENT STRATEGY, POLICY AND").
 */
const WRAPPED_TITLE_END_RE = /(?:,|:\s*(?:\p{Lu}[\p{Lu}’'\-]*,?\s+)*\p{Lu}[\p{Lu}’'\-]*)\s*$/u;

export function headText(lines: readonly Line[], format: Layout["format"] = "pdf"): string {
  const ordered = columnsInOrder(lines.slice(0, HEAD_LINES), format);
  // A title wrapped onto a line in capitals ("… COMPACT: DEPARTMENT OF MANAGEMENT STRATEGY," /
  // "POLICY AND COMPLIANCE", "… COMPACT for 2022: UNITED NATIONS INTERIM FORCE IN" / "LEBANON")
  // is title too: a preamble under it must not start with it.
  const isTitle = (l: Line, i: number, all: readonly Line[]) => {
    if (TITLE_RE.test(l.text) && !/\bbetween\b/i.test(l.text)) return true;
    // The nearest line above with text, found by walking back (not a reversed copy of every line above).
    let k = i - 1;
    while (k >= 0 && !all[k]!.text.trim()) k--;
    const prev = k >= 0 ? all[k] : undefined;
    return !!prev && TITLE_RE.test(prev.text) && WRAPPED_TITLE_END_RE.test(prev.text) && isCapsLine(l.text);
  };
  // Text and Markdown: the file's own blank lines are its paragraph breaks.
  if (format !== "pdf") return ordered.map((l, i) => (isTitle(l, i, ordered) ? "" : l.text)).join("\n");
  const text = ordered.filter((l) => l.kind !== "blank" && l.text.trim());
  const stepAt = (i: number): number | null => {
    const a = text[i - 1], b = text[i];
    return a && b && a.page === b.page && b.y > a.y ? b.y - a.y : null;
  };
  // The usual step is the prose's: a table under the first section heading, its cells centred on
  // lines a few points apart, would make every step of the preamble look like a paragraph gap.
  const headingAt = text.findIndex((l) => SECTION_HEADING_START_RE.test(l.segments[0]?.text ?? l.text));
  const prose = headingAt > 1 ? headingAt : text.length;
  // Steps shorter than the letters' height are no paragraph's line step either: a table's cells
  // set at staggered baselines (wkhtmltopdf centres each cell on its own), a few points apart.
  const tall = (i: number) => STAGGER_OF_FONT * (text[i]?.segments[0]?.fontSize ?? 0);
  const steps = text
    .slice(0, prose)
    .map((_, i) => stepAt(i))
    .filter((x, i): x is number => x !== null && x >= tall(i))
    .sort((x, y) => x - y);
  const median = steps[Math.floor(steps.length / 2)] ?? 0;
  const out: string[] = [];
  text.forEach((l, i) => {
    const prev = text[i - 1];
    const step = stepAt(i);
    // A paragraph gap is wide against the usual step and against the steps on either side (a
    // head with many headings and table lines has a wide median step, a paragraph's own lines not).
    const near = [median, stepAt(i - 1), stepAt(i + 1)].filter((x): x is number => x !== null && x > 0);
    if (prev && (step === null || step > PARAGRAPH_GAP * Math.min(...near))) out.push("");
    out.push(isTitle(l, i, text) ? "" : l.text);
  });
  return out.join("\n");
}

/** What may stand beside the title on its own line: the year and connectives ("… COMPACT FOR 2009"). */
const TITLE_FILLER_RE = /\b(?:for|of|the|year|period|19[89]\d|20[0-4]\d)\b|[\s:–—-]+/gi;

export function readTitleAndYear(lines: Line[]): { title: string | null; year: number | null } {
  const head = lines.slice(0, HEAD_LINES);
  const candidates = head.filter((l) => TITLE_RE.test(l.text));
  // A line that is only the title beats one that also carries other text (a running header
  // "Office of Legal Affairs   Senior Manager's Compact 2011" above the real title).
  const standalone = candidates.find((l) => cleanText(l.text).replace(TITLE_RE, "").replace(TITLE_FILLER_RE, "") === "");
  const titleLine = standalone ?? candidates[0];
  let title: string | null = null;
  let year: number | null = null;
  if (titleLine) {
    const t = cleanText(titleLine.text);
    const y = YEAR_RE.exec(t);
    if (y) year = Number(y[1]);
    title = TITLE_RE.exec(t)?.[0] ?? null;
  }
  if (year === null) {
    const y = YEAR_CONTEXT_RE.exec(head.map((l) => l.text).join("\n"));
    if (y) year = Number(y[1]);
  }
  // A title the reader could not take whole (wrapped over two lines beside another column:
  // "2006 SENIOR MANAGER'S" / "COMPACT"): the period the compact covers names its year.
  if (year === null) {
    const y = PERIOD_YEAR_RE.exec(head.map((l) => l.text).join("\n"));
    if (y) year = Number(y[1]);
  }
  return { title, year };
}

/** The year a first page's results name (RESULTS_YEAR_RE), when neither a title nor a header block did. */
function resultsYear(lines: readonly Line[]): number | null {
  const y = RESULTS_YEAR_RE.exec(lines.slice(0, HEAD_LINES).map((l) => l.text).join("\n"));
  return y ? Number(y[1]) : null;
}

/**
 * An acronym in parentheses ending a labelled entity's value: "… (UNOWA)", "… (OSAPG)", and the
 * acronyms that hold lower-case letters: "(UNRoD)", "(OSA-Myanmar)", "(UN-Habitat)". One token that
 * opens with a capital and holds at least two: "(Geneva)" or "(Da’esh)" is no acronym.
 */
const LABEL_ACRONYM_RE = /\s+\((?=(?:[^)]*?\p{Lu}){2})\p{Lu}[\p{L}\d-]{1,15}\)\s*$/u;
/** A label's value wraps onto the next line when that line is a short run of capitalised words ("Affairs"). */
const MAX_LABEL_WRAP_WORDS = 3;
/** …or, when the value is in capitals, over this many lines in capitals. */
const MAX_CAPS_LABEL_WRAP = 3;
/** An entity named on its own in a title: "… of the United Nations Human Settlements Programme". */
const UN_NAMED_ENTITY_RE =
  /\b(United\s+Nations(?:\s+[A-Z][\w-]*){0,4}\s+(?:Programme|Fund|Office|Mission|Operation|Force|Centre|Conference|University|Institute))\s*$/;
/** A line in capitals that names an entity, under the title: "DEPARTMENT OF PEACEKEEPING OPERATIONS". */
const CAPS_ENTITY_LINE_RE =
  /^(?:DEPARTMENT|OFFICE|(?:ECONOMIC(?:\s+AND\s+SOCIAL)?\s+)?COMMISSION|UNITED\s+NATIONS)\b[A-Z\s,'’&()-]*$/;
/**
 * The preamble's "mandates entrusted to the Department of Field Support by Member States" /
 * "mandates of the …", or its party's "I, <Name>, head of the Office of Counter-Terrorism, commit
 * …" / "… delegated to me by the Secretary-General to lead the Office of …" / "… the objectives set
 * out in this compact for the Office of … in 2015": an entity opening with its kind (Department, Office, Secretariat, Commission, United
 * Nations) or an office named by what it does ("the Peacebuilding Support Office"). The 2017–24
 * preamble "… delegated to me by the Secretary-General to achieve the objectives of the United
 * Nations Office for West Africa and the Sahel set out below" names it after "objectives of"; a
 * tribunal's registry is an entity of its own ("the mandates of the Registry of the International
 * Residual Mechanism for Criminal Tribunals"). "The goals of the United Nations Charter" names none.
 */
const MANDATES_OF_RE =
  /\b(?:mandates\s+(?:entrusted\s+to|of)|objectives\s+of|head\s+of|leads?|compact\s+for)\s+the\s+(?!United\s+Nations\s+Charter\b)((?:Department|Office|Secretariat|Registry|(?:Economic(?:\s+and\s+Social)?\s+)?Commission|United\s+Nations|(?:[A-Z][\w-]*\s+){1,4}Office)\b[^.;]*?)(?:\s+by\s+Member\s+States|\s*[.;]|$)/;
/**
 * Lower-case words inside an entity's name: "Office … on Violence against Children", "Committee
 * against Torture", "Office on Drugs and Crime" ("against" is the one UN names use beyond the usual).
 */
const CONNECTIVE = /^(?:of|for|and|the|on|in|to|at|against)$/i;
/** A line in capitals: letters, no lower-case one. */
const isCapsLine = (t: string) => /\p{Lu}{2}/u.test(t) && !/\p{Ll}/u.test(t);

/** "DEPARTMENT FOR GENERAL ASSEMBLY AND CONFERENCE MANAGEMENT" → "Department for General Assembly and Conference Management". */
export function titleCaseEntity(caps: string): string {
  return caps
    .toLowerCase()
    .split(/\s+/)
    .map((w, i) => (i > 0 && CONNECTIVE.test(w) ? w : w.replace(/(^|[-(])(\p{L})/gu, (_, p: string, c: string) => p + c.toUpperCase())))
    .join(" ");
}

/**
 * The capitalised name at the start of a phrase: its words are capitalised, and a connective
 * belongs to it only before another capitalised word ("… Humanitarian Affairs and to achieve …").
 */
function properName(phrase: string): string {
  const words = phrase.split(" ");
  let n = 0;
  for (let k = 0; k < words.length; k++) {
    if (/^\p{Lu}/u.test(words[k]!)) n = k + 1;
    else if (/^\(\p{Lu}/u.test(words[k]!)) {
      // A capitalised aside in parentheses inside the name ("… Security Council ISIL (Da’esh) and
      // Al-Qaida Sanctions Committee"): it belongs to the name when the name goes on after it, like a
      // connective (an acronym after the name, "Office of Legal Affairs (OLA) and …", is left out).
      const close = words.findIndex((w, j) => j >= k && j < k + MAX_ASIDE_WORDS && /\)[,]?$/.test(w));
      if (close < 0) break;
      k = close;
    } else if (/^by$/.test(words[k]!) && words[k + 1] === "the" && /^\p{Lu}/u.test(words[k + 2] ?? "") && /^\p{Lu}\p{Ll}+ed$/u.test(words[k - 1] ?? "")) {
      // "by the" after a capitalised participle goes on with the name: "United Nations Register of
      // Damage Caused by the Construction of the Wall in the Occupied Palestinian Territory". In
      // prose the name ends on a noun before "by the General Assembly" ("… Political Affairs by the …").
      k++;
      continue;
    } else if (/^by$/.test(words[k]!) && k + 1 < words.length && /^\p{Lu}/u.test(words[k + 1]!) && !/^Member$/.test(words[k + 1]!)) {
      // "by" right before a capitalised word goes on with the name ("United Nations Investigative
      // Team to Promote Accountability for Crimes Committed by Da’esh/ISIL"); "by the …" and
      // "by Member States" end it.
      continue;
    } else if (!CONNECTIVE.test(words[k]!)) break;
  }
  return words.slice(0, n).join(" ");
}
/** An aside in parentheses inside an entity's name is a word or a few ("(Da’esh)"). */
const MAX_ASIDE_WORDS = 4;

export function readEntityName(lines: Line[], manager: CompactBody["manager"], head = "", blockEntity: string | null = null): string | null {
  const first = lines.slice(0, HEAD_LINES).filter((l) => l.kind !== "blank" && l.text.trim());
  for (const [i, l] of first.entries()) {
    const m = ENTITY_LINE_RE.exec(l.text);
    if (!m) continue;
    // The entity's acronym after its name ("United Nations Office for West Africa (UNOWA)") is no
    // part of the name (findAcronym reads it from the text).
    let value = cleanText(m[1]!.replace(/\*\*|__/g, "")).replace(LABEL_ACRONYM_RE, "");
    // A value in capitals goes on over the lines in capitals under it ("… FOR THE LEAST" /
    // "DEVELOPED COUNTRIES, LANDLOCKED …" / "DEVELOPING STATES"): up to the first line that is not.
    if (isCapsLine(value)) {
      let prev = l;
      for (const l2 of first.slice(i + 1, i + 1 + MAX_CAPS_LABEL_WRAP)) {
        const next = cleanText(l2.text.replace(/\*\*|__/g, ""));
        if (!isCapsLine(next) || HEADING_RE.test(next) || next.includes(":") || /[.;]$/.test(next) || !nextLineOf(prev, l2)) break;
        value = `${value} ${next}`;
        prev = l2;
      }
      return value;
    }
    // A value that ends on its acronym is whole.
    if (LABEL_ACRONYM_RE.test(cleanText(m[1]!.replace(/\*\*|__/g, "")))) return value;
    // The value wraps onto the next line: a short run of capitalised words ("Affairs"), or any run
    // of them that hangs at the value's own left edge, right under it ("DEPARTMENT/OFFICE:   Office
    // of the United Nations Special Coordinator for the Middle" / "   East Peace Process (UNSCO)"),
    // where the next paragraph starts at the margin. Its acronym ends the name.
    let prev = l;
    for (const l2 of first.slice(i + 1, i + 1 + MAX_CAPS_LABEL_WRAP)) {
      const next = cleanText(l2.text.replace(/\*\*|__/g, ""));
      const bare = next.replace(LABEL_ACRONYM_RE, "");
      const words = bare.split(/\s+/);
      const hanging = hangsUnderValue(l, l2) && nextLineOf(prev, l2);
      if (!bare || !(hanging || (prev === l && words.length <= MAX_LABEL_WRAP_WORDS)) || HEADING_RE.test(next) || /[.:;]$/.test(next)) break;
      if (!words.every((w) => /^\p{Lu}/u.test(w) || CONNECTIVE.test(w))) break;
      // A word broken at its hyphen ("Counter-" / "Terrorism") keeps the hyphen, loses the break.
      value = /\p{L}-$/u.test(value) ? `${value}${bare}` : `${value} ${bare}`;
      if (bare !== next || !hanging) break;
      prev = l2;
    }
    return value;
  }
  // The entity's line of a header block (name / title / entity / year).
  if (blockEntity) return blockEntity;
  for (const [i, l] of first.entries()) {
    const t = cleanText(l.text.replace(/^#{1,6}\s+/, ""));
    // "SENIOR MANAGER'S COMPACT for 2021: DEPARTMENT OF …", perhaps wrapped onto a line in capitals.
    const titled = TITLE_RE.test(t) ? /:\s*(.+)$/.exec(t.slice(TITLE_RE.exec(t)!.index)) : null;
    if (titled?.[1]) {
      const next = cleanText(first[i + 1]?.text ?? "");
      const name = isCapsLine(next) && !CAPS_ENTITY_LINE_RE.test(next) ? `${titled[1]} ${next}` : titled[1];
      if (CAPS_ENTITY_LINE_RE.test(name)) return titleCaseEntity(name);
    }
    if (CAPS_ENTITY_LINE_RE.test(t) && t.split(/\s+/).length >= 2) return titleCaseEntity(t);
  }
  const titled = titleBlockEntity(first);
  if (titled) return titled;
  // A hyphenated word broken at a line end ("Secretary-" / "General") keeps its hyphen, loses the break.
  const mandate = MANDATES_OF_RE.exec(head.replace(/(\p{L})-[ \t]*\n\s*(?=\p{L})/gu, "$1-").replace(/\s+/g, " "));
  // A name may hold commas ("… Least Developed Countries, Landlocked Developing Countries and …"):
  // properName stops at the first word in lower case, and a comma left at its end is the sentence's.
  // A kind word alone ("The programme objectives of the Department for 2022 …") refers back to the
  // entity without naming it: no name (the manager's title may name it, or the organizations table).
  const mandated = mandate ? properName(cleanText(mandate[1]!)).replace(/,$/, "").replace(/^\S+$/, "") || null : null;
  if (manager?.title) {
    const m = ENTITY_IN_TITLE_RE.exec(manager.title) ?? UN_NAMED_ENTITY_RE.exec(manager.title);
    if (m) return cleanText(m[1]!);
  }
  return mandated;
}

/**
 * Whether `next` starts at the left edge of the value a labelled line sets apart from its label
 * ("DEPARTMENT/OFFICE:" and its value in two segments, by a tab or a table's column), well right of
 * the label: a hanging line of the value. Within half a letter's height of that edge.
 */
function hangsUnderValue(label: Line, next: Line): boolean {
  const [lab, val] = label.segments;
  const start = next.segments[0];
  if (!lab || !val || !start || !/:\s*$/.test(lab.text)) return false;
  const size = val.fontSize || start.fontSize || 0;
  return Math.abs(start.x - val.x) <= size / 2 && start.x > lab.x + size;
}

/** Lines of one paragraph follow each other at most this many font sizes apart (a blank line between is more). */
const WRAP_STEP = 1.6;
/** Whether `next` is the line right under `prev` in its paragraph: the same page, one line step down. */
function nextLineOf(prev: Line, next: Line): boolean {
  const size = prev.segments[0]?.fontSize ?? next.segments[0]?.fontSize ?? 0;
  return next.page === prev.page && next.y > prev.y && next.y - prev.y <= WRAP_STEP * size;
}

/**
 * A line that is an entity's name and nothing else, in mixed case: "United Nations Office at
 * Nairobi", "Secretariat of the International Strategy for Disaster Reduction" (a secretariat that
 * serves a convention or strategy); or an office named by what it does, its kind last
 * ("Peacebuilding Support Office": frame.ts NAMED_OFFICE).
 */
const ENTITY_NAME_LINE_RE = /^(?:Department|Office|Secretariat|(?:Economic(?:\s+and\s+Social)?\s+)?Commission|United\s+Nations)\s+\S/;
const isEntityLine = (t: string) => ENTITY_NAME_LINE_RE.test(t) || NAMED_OFFICE.test(t);
/** The title block is the title line and the few lines under it, before the preamble's prose. */
const TITLE_BLOCK_LINES = 4;

/**
 * The entity printed as a line of its own in the title block (era 2011–16: the title, a subtitle
 * "between the Secretary-General and the …", then "Office for the Coordination of Humanitarian
 * Affairs"): one line within TITLE_BLOCK_LINES under the title line, every word capitalised but
 * connectives, no comma (no piece of a sentence).
 */
function titleBlockEntity(first: readonly Line[]): string | null {
  // The title itself, not a running header that names it beside other text.
  const titleOnly = (l: Line) => TITLE_RE.test(l.text) && cleanText(l.text).replace(TITLE_RE, "").replace(TITLE_FILLER_RE, "") === "";
  let at = first.findIndex(titleOnly);
  if (at < 0) return null;
  // A running header that repeats the title stands right above it: the block is under the last.
  while (at + 1 < first.length && titleOnly(first[at + 1]!)) at++;
  // The last such line: a wrapped subtitle's tail ("… the Economic and Social" / "Commission for
  // Western Asia") may look like one above it.
  let found: string | null = null;
  const block = first.slice(at + 1, at + 1 + TITLE_BLOCK_LINES);
  for (const [k, l] of block.entries()) {
    const t = cleanText(l.text);
    if (SECTION_HEADING_START_RE.test(t)) break;
    // The name may have begun on the line right above, in the paragraph this line wraps ("Special
    // Adviser … for Development and Peace, United Nations" / "Office on Sport for Development and
    // Peace"): the capitalised words that end that line open the name, when with them it opens
    // with an entity's kind (not an office named by what it does: "… for Peacebuilding" /
    // "Peacebuilding Support Office" is a title's end and the office under it). Those words only
    // open a name, they are none of their own: a subtitle that ends on a whole name ("… Executive
    // Director of the United Nations Human Settlements Programme", "… and" / "United Nations Legal
    // Counsel") has the entity's own line under it.
    const above = k > 0 ? block[k - 1]! : first[at]!;
    const opening = nextLineOf(above, l) ? trailingCapitalised(cleanText(above.text)) : "";
    const openingOnly = opening && opening.split(" ").length <= MAX_OPENING_WORDS && !isEntityLine(opening);
    if (openingOnly && ENTITY_NAME_LINE_RE.test(`${opening} ${t}`) && isEntityName(`${opening} ${t}`)) {
      found = `${opening} ${t}`;
      continue;
    }
    if (!isEntityLine(t)) continue;
    // A long name wraps onto the line right under it ("Office of the High Representative for the
    // Least Developed Countries, Landlocked" / "Developing Countries and Small Island …").
    const under = block[k + 1];
    const joined = under && nextLineOf(l, under) && !SECTION_HEADING_START_RE.test(cleanText(under.text)) ? `${t} ${cleanText(under.text)}` : null;
    if (joined && isEntityName(joined)) found = joined;
    else if (isEntityName(t)) found = t;
  }
  return found;
}

/** A name's opening words at a line's end ("United Nations", "Economic") are a few. */
const MAX_OPENING_WORDS = 3;
/** The capitalised words that end a line, after its last comma or lower-case word ("…, United Nations" → "United Nations"). */
function trailingCapitalised(text: string): string {
  const words = text.split(" ");
  let k = words.length;
  while (k > 0 && /^\p{Lu}[\p{L}’'-]*$/u.test(words[k - 1]!)) k--;
  return words.slice(k).join(" ");
}

/**
 * A name of capitalised words and connectives; a comma only between such names ("… Least Developed
 * Countries, Landlocked Developing Countries and …"): "Commission for Latin America and the
 * Caribbean, and the Secretary-General, Mr. Ban" is the wrapped "Between …" sentence.
 */
function isEntityName(t: string): boolean {
  return properName(t) === t && t.split(/,\s+/).slice(1).every((part) => /^\p{Lu}/u.test(part) && !HONORIFIC_RE.test(part) && !SG_TITLE_RE.test(part));
}

/**
 * An acronym for a name, taken from the document itself: "Name (ACR)" when defined, else the
 * most frequent upper-case token whose letters align with the name (Schwartz & Hearst, 2003:
 * each letter found in order, the first at a word start, at least every other content word used).
 */
export function findAcronym(name: string, text: string): string | null {
  const escaped = escapeRegExp(name).replace(/\s+/g, "\\s+");
  // "(UNRoD)", "(OSA-Myanmar)": an acronym may hold lower-case letters beside two capitals or more.
  const defined = new RegExp(`${escaped}\\s*\\(([A-Z][A-Z0-9-]{1,9}|(?=(?:[^)]*?[A-Z]){2})[A-Z][A-Za-z0-9-]{1,15})\\)`).exec(text);
  if (defined) return defined[1]!;
  const counts = new Map<string, number>();
  for (const m of text.matchAll(/\b[A-Z][A-Z]{1,7}\b/g)) counts.set(m[0], (counts.get(m[0]) ?? 0) + 1);
  const words = contentWords(name);
  const candidates = [...counts.entries()].filter(([a]) => alignsWith(a, words)).sort((x, y) => y[1] - x[1]);
  return candidates[0]?.[0] ?? null;
}

/** A name's words that an acronym spells (lower case, small words left out): split once per name, not per token tried. */
function contentWords(name: string): string[] {
  return name
    .toLowerCase()
    .split(/[\s/-]+/)
    .filter((w) => w && !/^(of|for|and|the|on|in|to|de|des|du|la|le)$/.test(w));
}

function alignsWith(acronym: string, words: readonly string[]): boolean {
  const letters = acronym.toLowerCase();
  // Each letter opens the next content word or sits later inside the current one ("DPKO": PeaceKeeping);
  // every content word must open with a letter of the acronym.
  const match = (i: number, w: number, off: number): boolean => {
    if (i === letters.length) return w === words.length - 1;
    const ch = letters[i]!;
    const next = words[w + 1];
    if (next?.startsWith(ch) && match(i + 1, w + 1, 1)) return true;
    const cur = words[w];
    if (w >= 0 && cur) {
      const at = cur.indexOf(ch, off);
      if (at >= 0 && match(i + 1, w, at + 1)) return true;
    }
    return false;
  };
  return words.length > 0 && match(0, -1, 0);
}

/** Bulleted items of the "Challenges and constraints" section; wrapped lines join their item. */
/** `endAfter` gives where the section ends at the latest, given its heading's index (the signatures after it). */
/**
 * An unmarked line ends its item when the line before had room for this line's first word: a
 * wrapped line is broken only where the next word no longer fits, so a line that stops earlier
 * ends its paragraph (a list whose bullets the text layer lost prints one item a line, with no
 * full stop). Room is measured against the widest line of the document (its right margin, or
 * further on a landscape page: fewer breaks, never more), with this many characters to spare for
 * a text grid's rounding.
 */
const ROOM_SLACK_CHARS = 2;
/** A line of one rule character repeated: a typed heading's underline or a separator. */
const TYPED_RULE_RE = /^\s*(?:-{3,}|={3,}|_{3,}|\*{3,}|~{3,})\s*$/;

export function readChallenges(lines: Line[], endAfter: (start: number) => number = () => lines.length, format: Layout["format"] = "text"): string[] {
  const isHeading = (l: Line) => CHALLENGES_HEADING_RE.test(l.text) && l.text.length < 120 && (/^\s*(?:[A-Z]|[IVX]+|\d+)[.)]?\s/.test(l.text) || (l.text.trim().split(/\s+/).length <= MAX_CHALLENGES_HEADING_WORDS && !/[.;,]$/.test(l.text.trim())));
  const candidates = lines.flatMap((l, i) => (isHeading(l) ? [i] : []));
  // A table of contents names the heading before the section prints it ("- C. CHALLENGES",
  // "C. CHALLENGES ........ 5", then "### C. CHALLENGES"): an entry whose words come again in a
  // later heading is the contents', and what follows it is the next entries ("Signatures").
  const key = (i: number) => contentsEntryKey(lines[i]!.text);
  const start = candidates.find((i, k) => !candidates.slice(k + 1).some((j) => key(j) === key(i))) ?? -1;
  if (start < 0) return [];
  const section: Line[] = [];
  for (const l of lines.slice(start + 1, endAfter(start))) {
    if (ANNEX_RE.test(l.text)) break;
    // A signature line ("Signed: ________", "Signature: …….") opens the signatures: no challenge.
    if (SIGNATURE_LINE_RE.test(l.text)) break;
    if (HEADING_RE.test(l.text) && !isItemStart(l) && isHeadingLike(l.text)) break;
    // A typed rule ("-----" under the heading in a typed copy, "=====", "_____") is no item.
    if (TYPED_RULE_RE.test(l.text)) continue;
    section.push(l);
  }
  const items: string[] = [];
  let current: string | null = null;
  let previous = "";
  const flush = () => {
    if (current) items.push(current);
    current = null;
  };
  // Marked items (bullets, dashes, "1.") start at their markers only: a blank line between the
  // lines of one item is the loose spacing of a PDF, not an item break. Unmarked items (a
  // rendering that drew its bullets) are paragraphs, or lines that end a sentence.
  const marked = section.some(isItemStart);
  // Markdown source lines are wrapped at the writer's whim, not at a measure: no room test there
  // (nor for marked items, which their markers part).
  const margin = marked || format === "markdown" ? 0 : lines.reduce((m, l) => Math.max(m, rightEdge(l)), 0);
  let previousLine: Line | null = null;
  for (const l of section) {
    const text = l.text.trim();
    if (l.kind === "blank" || !text) {
      if (!marked) flush();
      continue;
    }
    const startsItem = marked
      ? isItemStart(l)
      : /^\p{Lu}/u.test(text) && (/[.;!?]$/.test(previous) || (previousLine !== null && hadRoomFor(previousLine, l, margin)));
    if (startsItem || current === null) {
      flush();
      current = cleanText(text);
    } else current = `${current} ${cleanText(text)}`;
    previous = text;
    previousLine = l;
  }
  flush();
  const out = items.filter(Boolean);
  // A lead-in sentence that introduces the list ("The main challenges I anticipate in 2016 are:")
  // is no challenge of its own: the first paragraph, ending with a colon, before further items.
  if (out.length > 1 && /:$/.test(out[0]!)) out.shift();
  return out;
}

/** A heading's words as a contents entry prints them: no list marker, heading hashes, leader dots or page number, case folded. */
const contentsEntryKey = (text: string): string =>
  text
    .replace(/^\s*(?:#{1,6}\s+|[-*•▪●]\s+)/u, "")
    .replace(/(?:\s*[.…·_]){3,}\s*\d*\s*$/u, "")
    .replace(/\s+\d{1,3}\s*$/u, "")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();

/** Where a line's last run ends (points; a text grid's characters × CHAR_WIDTH). */
const rightEdge = (l: Line): number => {
  const s = l.segments.at(-1);
  return s ? s.x + s.width : 0;
};

/** Whether `before` ended with room, up to `margin`, for the first word of `line` (ROOM_SLACK_CHARS to spare). */
function hadRoomFor(before: Line, line: Line, margin: number): boolean {
  const first = line.segments[0];
  const word = line.text.trim().split(/\s/)[0] ?? "";
  if (!first || !before.segments.length || !first.text.trim()) return false;
  const charWidth = first.width / first.text.length;
  return rightEdge(before) + charWidth * (1 + word.length + ROOM_SLACK_CHARS) <= margin;
}

/**
 * A list item: a line opening with an item marker of the project's one marker table
 * (vocab/markers: bullet glyphs, dashes, "1." "2)" "(a)" "a)" "(iv)", and "a." before a capital —
 * Word's "(a)" numbering as Chromium prints the HTML list), or a list item of the source.
 */
function isItemStart(l: Line): boolean {
  return startsWithMarker(l.text) || l.kind === "list-item";
}

function isHeadingLike(text: string): boolean {
  const t = text.trim();
  // Headings are short and do not end a sentence; "1. In its resolution …" is a paragraph.
  return t.length < 120 && !/[.;]$/.test(t.replace(/^\S+\s+/, "")) || /^[^a-z]+$/.test(t);
}

/**
 * Signature blocks: from a "Signature:" line to the next one, the block's "Date: …" and its
 * "Name, Title" line(s). Blocks side by side (a label per block on the first line, "Signature:
 * ____   Signature: ____") are columns: each line's cells go to the block whose label stands
 * left of them, and each column is read as a block of its own.
 */
export function readSignatures(lines: Line[], label: RegExp = SIGNATURE_START_RE): CompactBody["signatures"] {
  const starts = lines.map((l, i) => (label.test(l.text) ? i : -1)).filter((i) => i >= 0);
  const out: CompactBody["signatures"] = [];
  starts.forEach((s, k) => {
    const end = starts[k + 1] ?? Math.min(lines.length, s + 12);
    for (const column of signatureColumns(lines.slice(s, end), label)) {
      const signature = readSignatureColumn(column, label);
      if (signature) out.push(signature);
    }
  });
  return out;
}

/**
 * A block's lines as the texts of each column, line by line (a line with no cell in a column is
 * blank there). One column unless the block's first line holds two labels or more, each in a cell
 * of its own (PDF runs, or plain text's runs between wide gaps): then a line with one cell per
 * label has them in order, and otherwise a cell belongs to the label nearest its start —
 * pdftotext may set a column's label a few characters right of the name, title and date under it
 * (the label's rule is wider on its grid). A first line with one label and other cells ("Name and
 * title:" / "Date: …") is one block.
 */
function signatureColumns(block: readonly Line[], label: RegExp): string[][][] {
  const cellsOf = (l: Line) => (l.segments.length ? l.segments : [{ text: l.text, x: 0 }]);
  const labels = cellsOf(block[0]!).filter((c) => label.test(c.text)).map((c) => c.x);
  if (labels.length < 2) return [block.map((l) => cellsOf(l).map((c) => c.text))];
  const columns: string[][][] = labels.map(() => []);
  for (const l of block) {
    const row: string[][] = labels.map(() => []);
    const cells = cellsOf(l);
    cells.forEach((c, i) => {
      let col = cells.length === labels.length ? i : 0;
      if (cells.length !== labels.length) labels.forEach((x, j) => { if (Math.abs(x - c.x) < Math.abs(labels[col]! - c.x)) col = j; });
      row[col]!.push(c.text);
    });
    row.forEach((texts, j) => columns[j]!.push(texts));
  }
  return columns;
}

/**
 * One signature of a block's column: its date, and the name with its title. A blank line ends the
 * name's lines, except where a paragraph's gap parts the block's own lines (ReportLab,
 * LibreOffice's cell paragraphs spaced apart): a title line under a name alone ("Kwame Osei" /
 * blank / "Under-Secretary-General …"), an entity's line under a name and its title (blank /
 * "Department of Operational Support") go on with it, as they do printed line under line.
 */
/** A signature block's field label: "Name and title:", "Name:", "Title:" (the colon may be missing after "Name and title"). */
const FIELD_LABEL_RE = /^\s*(Name and title\s*:?|(?:Name|Title)\s*:)\s*/i;

function readSignatureColumn(rows: readonly string[][], label: RegExp): CompactBody["signatures"][number] | null {
  let date: string | null = null;
  const nameParts: string[] = [];
  let inName = false;
  for (const row of rows) {
    for (const text of row) {
      const d = DATE_LABEL_RE.exec(text);
      if (d) {
        date ??= cellDate(d[1]!);
        continue;
      }
      // A form's labels: "Name and title:", "Name: …", "Title: …" (the 2006–08 labelled blocks).
      const labelled = FIELD_LABEL_RE.exec(text);
      const t = cleanText(text.replace(label, "").replace(FIELD_LABEL_RE, ""));
      // A page's number under the last block ("3", "Page 3 of 4") is no field of it.
      if (!t || t.length > MAX_SIGNATURE_LINE || /^(I|We)\s/.test(t) || /^(?:Page\s+)?\d{1,3}(?:\s+of\s+\d{1,3})?$/i.test(t)) {
        if (inName && !t) inName = false;
        continue;
      }
      // After a gap: the title under a name alone, the entity's line under a name and its title;
      // a line labelled "Title:" under the name's, whatever the gap between them.
      const goesOn =
        !inName &&
        ((nameParts.length === 1 && splitNameAndTitle(nameParts[0]!)?.title === null && (isTitleCell(t) || /^title\s*:/i.test(labelled?.[1] ?? ""))) ||
          (nameParts.length > 1 && !!splitNameAndTitle(nameParts.join(", "))?.title && isEntityLine(t) && isEntityName(t)));
      if (!inName && !goesOn && splitNameAndTitle(t)) {
        nameParts.push(t);
        inName = true;
      } else if ((inName || goesOn) && nameParts.length && !/[.!?]$/.test(t)) {
        nameParts.push(t);
        inName = true;
      }
    }
    if (!row.some((t) => t.trim())) inName = false;
  }
  const person = nameParts.length ? splitNameAndTitle(nameParts.join(", ")) : null;
  return person || date ? { name: person?.name ?? null, title: person?.title ?? null, date } : null;
}

export function readCompactMetadata(layout: Layout): Omit<CompactBody, "sections" | "objectives" | "missions"> {
  const lines = layout.pages.flatMap((p) => p.lines);
  const head = headText(lines, layout.format);
  const titled = readTitleAndYear(lines);
  const block = findHeaderBlock(lines);
  const year = titled.year ?? block?.year ?? yearBesideName(lines) ?? resultsYear(lines);
  const labelled = readSignatures(lines);
  // Unlabelled blocks (a name, a title, a date; side by side or stacked) when no "Signature:" label.
  const blocks = findSignatureBlocks(lines);
  const unlabelled = blocks.flatMap((b) => b.signatures);
  // A form's blocks labelled "Signed: ____" / "Name: …" / "Title: …" / "Date: …" when neither reader found any.
  const signatures = labelled.length ? labelled : unlabelled.length ? unlabelled : readSignatures(lines, SIGNED_LABEL_RE);
  let { manager, counterpart } = readParties(head);
  // Later templates name the manager in a first-person preamble or a header block, and the
  // Secretary-General only in the signature block.
  const blockParts = block ? titleAndEntity(block.titleLines) : null;
  manager ??= readFirstPersonParty(head) ?? (block ? { name: block.name, title: blockParts!.title } : null);
  // A preamble the reader could not take apart (a side column run into its lines, a wording it
  // does not know): a compact is signed by its two parties, the Secretary-General and the manager.
  if (!manager && signatures.length === 2) {
    const other = signatures.find((s) => !signedBySg(s));
    if (signatures.some(signedBySg) && other?.name && other.title) manager = { name: other.name, title: withoutEntityLine(other.title) };
  }
  counterpart ??= manager ? readAccountableTo(head) : null;
  if (!counterpart && manager) {
    const sg = signatures.find((s) => s.name && signedBySg(s) && s.name !== manager?.name);
    if (sg?.name) counterpart = { name: sg.name, title: sg.title };
  }
  // A compact has two parties and both sign it: with the manager's own signature found, the one
  // other signer is the counterpart, though a title the reader could not part from its column
  // ("Secretary-" / "General" wrapped under the other block, "… Abuse Secretary-General" run
  // together) does not say so.
  if (!counterpart && manager && signatures.length === 2 && signatures.some((s) => s.name === manager!.name)) {
    const other = signatures.find((s) => s.name !== manager!.name);
    if (other?.name && isNameLine(other.name)) counterpart = { name: other.name, title: other.title && signedBySg(other) ? other.title : null };
  }
  const entityName = readEntityName(lines, manager, head, blockParts?.entity ?? null) ?? entityFromTitles(signatures.map((s) => s.title));
  return {
    title: titled.title,
    year,
    manager,
    counterpart,
    entity: entityName ? { name: entityName, acronym: findAcronym(entityName, layout.text) } : null,
    // The challenges end where the signatures begin.
    challenges: readChallenges(lines, (at) => blocks.find((b) => b.at > at)?.at ?? lines.length, layout.format),
    signatures,
  };
}

/** A signature whose title is the Secretary-General's. */
const signedBySg = (s: { title: string | null }) => !!s.title && SG_TITLE_RE.test(s.title.trim());

/**
 * A header block's title lines parted from the entity's line under them (name / title / entity /
 * year: "Representative of the Secretary-General for the investment of the assets of the United
 * Nations Joint Staff Pension Fund" / "Office of Investment Management of the United Nations Joint
 * Staff Pension Fund"): the last lines that make an entity's name, when the title above them is
 * whole (it does not end on a connective or a comma: "Under-Secretary-General for" / "Department
 * of …" is one title wrapped; nor on a word that opens the name: "… of the Economic" / "Commission
 * for Europe").
 */
function titleAndEntity(titleLines: readonly string[]): { title: string; entity: string | null } {
  for (let k = 1; k < titleLines.length; k++) {
    const rest = titleLines.slice(k).join(" ");
    const above = titleLines[k - 1]!;
    const last = above.split(/\s+/).at(-1) ?? "";
    // Nor when the name began on the line above ("Executive Secretary of the Economic" /
    // "Commission for Europe"): the line above's last word opens an entity's name with it.
    const begunAbove = isEntityLine(`${last} ${rest}`);
    if (isEntityLine(rest) && isEntityName(rest) && !/,$/.test(above) && !CONNECTIVE.test(last) && !begunAbove) return { title: titleLines.slice(0, k).join(" "), entity: rest };
  }
  return { title: titleLines.join(" "), entity: null };
}

/**
 * A signer's title without the entity's line that joinTitle added after a comma ("Special
 * Representative … for Iraq, United Nations Assistance Mission for Iraq"): the post alone.
 */
function withoutEntityLine(title: string): string {
  const k = title.lastIndexOf(", ");
  const last = k > 0 ? title.slice(k + 2) : "";
  return last && isEntityLine(last) && isEntityName(last) ? title.slice(0, k) : title;
}

/**
 * The entity named in a signature's title ("Under-Secretary-General, Department of Safety and
 * Security"), or printed on its own line under it and joined after a comma ("Assistant
 * Secretary-General for Development Coordination, Development Coordination Office").
 */
export function entityFromTitles(titles: ReadonlyArray<string | null>): string | null {
  for (const t of titles) {
    if (!t || SG_TITLE_RE.test(t)) continue;
    const m = ENTITY_IN_TITLE_RE.exec(t) ?? UN_NAMED_ENTITY_RE.exec(t);
    if (m?.[1]) return cleanText(m[1]);
    const joined = entityAfterComma(t);
    if (joined) return joined;
    const last = t.includes(",") ? cleanText(t.slice(t.lastIndexOf(",") + 1)) : "";
    if (NAMED_OFFICE.test(last)) return last;
  }
  return null;
}

/**
 * The entity's line joined after the title with a comma, when its name holds commas of its own
 * ("High Representative for the Least Developed Countries, …, Office of the High Representative
 * for the Least Developed Countries, Landlocked Developing Countries and Small Island Developing
 * States"): from the first ", " that an entity's head word follows to the end, when all of that is
 * one name (isEntityName: capitalised words and connectives, no person, no "Secretary-General").
 */
function entityAfterComma(title: string): string | null {
  for (const m of title.matchAll(/,\s+/g)) {
    const rest = cleanText(title.slice(m.index + m[0].length));
    if (isEntityLine(rest) && isEntityName(rest)) return rest;
  }
  return null;
}
