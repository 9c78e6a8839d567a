import type { Classification, Context, Doc, HeaderScan } from "../model/doc.js";
import type { Kind } from "../model/output.js";
import type { Layout, Line } from "../model/layout.js";
import { allLines } from "../model/layout.js";
import {
  AGENDA_PREFIXED, AGENDA_SUFFIXED, BARCODE, DISTRIBUTION, JOB_NUMBER, ORIGINAL_LANGUAGE, ORIGINAL_LABEL, SESSION, SUBTITLE,
} from "../undoc/patterns.js";
import { mastheadSymbol } from "../undoc/masthead.js";
import { ordinalToNumber } from "../undoc/ordinals.js";
import { scanFirstHeader } from "../tables/header.js";
import { FIRST_PERSON_COMMITMENT, findHeaderBlock } from "../compact/frame.js";
import { COMPACT_SECTION } from "../vocab/sections.js";
import { unDocumentCues } from "../undoc/cues.js";
import { normalizeSpace } from "../vocab/text.js";

/**
 * Which kind of document this is, from weighted evidence found on whole lines (a title is a line
 * of its own, a table header is a row of cells), never from a keyword in running text. Prose that
 * talks about compacts (news, web pages, blogs) collects evidence for "unknown" instead.
 */
type Evidence = Classification["evidence"][number];

/**
 * A non-blank line as the cues read it: its text white-space-normalised, and its cells (the
 * segments' trimmed texts). The cells are built when a cue first reads them: most cues read them
 * only on the first lines, and building them for every line was a sixth of the classifier's time.
 */
class LineView {
  private cellsMemo: string[] | undefined;
  constructor(
    readonly text: string,
    /** Index among non-blank lines. */
    readonly index: number,
    readonly line: Line,
    readonly heading: boolean,
  ) {}
  get cells(): string[] {
    return (this.cellsMemo ??= this.line.segments.map((s) => s.text.trim()).filter(Boolean));
  }
}

/** Mastheads, titles and preambles sit in the first lines; signature blocks in the last. */
export const HEAD_LINES = 40;
export const TAIL_LINES = 40;
/** A title line is short: "2008 SENIOR MANAGER'S COMPACT", not a sentence that mentions one. */
export const MAX_TITLE_CHARS = 80;
/**
 * A kind wins with at least this much evidence, net of the prose evidence against it: one strong
 * structural cue (4: a title line, the table header, a masthead symbol) is not enough alone, it
 * needs a second cue that agrees (the preamble, Distr., a session line …).
 */
export const MIN_SCORE = 6;
/**
 * The compact table header is decisive on its own: a header row made of the column labels
 * (Objective, Expected accomplishment, Performance measure and their synonyms) exists in no other
 * kind of document, however its cells wrap.
 */
export const TABLE_HEADER_WEIGHT = MIN_SCORE;
/** Share of long sentence-like lines above which a document reads as prose (articles, pages). */
export const PROSE_LINE_SHARE = 0.6;
/** A line this long, ending a sentence, is running prose rather than a cell, title or list entry. */
const PROSE_LINE_CHARS = 120;

const COMPACT_TITLE = /^(?:\d{4}\s+)?(?:senior|programme|program|head\s+of\s+mission)?\s*managers?['’`]?s?['’`]?\s+compacts?(?:\s+(?:for\s+)?\d{4}(?:\s*[-–]\s*\d{2,4})?)?$/i;
const COMPACT_BETWEEN_TITLE = /^compact\s+between\s+the\s+secretary-general\s+and\b/i;
const PREAMBLE = /^between\s+(?:(?:mr|ms|mrs|dr|sir)\.?\s+)?[A-Z][^\n]{0,200}\band\s+the\s+secretary-general\b/i;
const OFFICE_LABEL = /^(?:department|office|department\/office|mission|entity)\s*:/i;
const SIGNATURE_ACK = /\bI\s+(?:acknowledge|endorse|agree|commit)\b.{0,80}\b(?:objectives|compact|performance)/i;
const SIGNATURE_LABEL = /^(?:signature|signed|date)\s*:?\s*(?:_+)?\s*$/i;
const UN_PARAGRAPH = /^\d{1,3}\.\s+[A-Z]/;
/** Secretariat issuances carry no "Distr." line; their series name stands in the masthead instead. */
const SECRETARIAT_SERIES = /^(?:Secretary-General['’]s\s+bulletin|Administrative\s+instruction|Information\s+circular)$/i;

/** Evidence that a page is news, a web page or a blog, i.e. writing ABOUT documents. */
const PROSE_CUES: ReadonlyArray<{ cue: string; weight: number; test: RegExp; mayMatch?: RegExp }> = [
  // A byline is a short line of its own: "By Jane Smith", "By Jane Smith | Reuters" — not a table cell "by Member States, …".
  { cue: "byline (By …)", weight: 3, test: /^(?:[Bb]y|[Ww]ritten by|[Pp]osted by)\s+[A-Z][a-z]+(?:\s+[A-Z][a-z.]+){0,3}(?:\s*\|.{0,30})?$/ },
  { cue: "dateline (NEW YORK, 5 March —)", weight: 3, test: /^[A-Z][A-Z .]{2,30},?\s+(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2})[^\n]{0,20}(?:—|–|--|\s-\s)/ },
  { cue: "web page furniture (Share, Subscribe, Read more, Home, Cookies, Comments)", weight: 2, test: /^(?:share(?: this)?|subscribe|read more|related(?: articles| posts| stories)?|home\s*[>›»]|cookies?|accept cookies|comments?(?: \(\d+\))?|leave a (?:reply|comment)|tags?:|posted (?:on|in)|skip to (?:main )?content|contact us|faq|back to top|print this page)\b/i },
  { cue: "publication line (Published/Updated …)", weight: 2, test: /^(?:published|updated|last updated|posted)\s*(?:on|:)?\s*\S/i },
  { cue: "URL line", weight: 1, test: /^(?:https?:\/\/|www\.)\S+$/i },
  { cue: "reported speech (… said)", weight: 1, test: /\b(?:said|told|according to|spokesperson|spokesman)\b/i, mayMatch: /said|told|according|spokes/i },
];

/** The word every SESSION match holds (same case folding: /i without u). */
const SESSION_WORD = /session/i;
function linesOf(layout: Layout): LineView[] {
  const out: LineView[] = [];
  for (const line of allLines(layout)) {
    const text = normalizeSpace(line.text);
    if (!text) continue;
    out.push(new LineView(text, out.length, line, line.kind === "heading"));
  }
  return out;
}

/**
 * `scan`: the search for the compact table header (tables/header: the same vocabulary the table
 * reader uses), however its cells wrap; the stage passes its own so that the Doc keeps it.
 */
export function classifyLayout(layout: Layout, scan: HeaderScan = scanFirstHeader(layout)): Classification {
  const lines = linesOf(layout);
  const head = lines.slice(0, HEAD_LINES);
  const tail = lines.slice(-TAIL_LINES);
  const evidence: Evidence[] = [];
  const add = (kind: Kind, cue: string, weight: number) => evidence.push({ kind, cue, weight });
  const anyLine = (ls: readonly LineView[], test: (l: LineView) => boolean) => ls.some(test);
  const cellOrLine = (l: LineView, re: RegExp) => re.test(l.text) || l.cells.some((c) => re.test(c));

  // ---- compact ----
  const isTitle = (t: string) => t.length <= MAX_TITLE_CHARS && (COMPACT_TITLE.test(t.replace(/[*_#]/g, "").trim()) || COMPACT_BETWEEN_TITLE.test(t));
  // A PDF may set the title over two lines ("SENIOR MANAGER'S" / "COMPACT").
  if (head.some((l, i) => isTitle(l.text) || (i + 1 < head.length && isTitle(`${l.text} ${head[i + 1]!.text}`)))) {
    add("compact", "title line: Senior Manager's Compact", 4);
  }
  // Only a header of core columns is decisive (a key-performance-indicator table's is not: isCoreHeader).
  const tableHeader = scan.core;
  if (tableHeader) add("compact", "table header: Objective / Expected accomplishment / Performance measure", TABLE_HEADER_WEIGHT);
  if (anyLine(head, (l) => PREAMBLE.test(l.text))) add("compact", "preamble: Between … and the Secretary-General", 3);
  if (FIRST_PERSON_COMMITMENT.test(head.map((l) => l.text).join(" "))) add("compact", "preamble: first-person commitment (… will strive to / I commit to …)", 3);
  if (findHeaderBlock(allLines(layout))) add("compact", "header block: Name / Title / Year", 3);
  if (anyLine(head, (l) => OFFICE_LABEL.test(l.text) && l.text.length <= MAX_TITLE_CHARS * 2)) add("compact", "label: Department/Office:", 1);
  if (anyLine(lines, (l) => COMPACT_SECTION.test(l.text) && l.text.length <= MAX_TITLE_CHARS)) add("compact", "section: a compact template heading", 2);
  if (anyLine(tail, (l) => SIGNATURE_ACK.test(l.text) || SIGNATURE_LABEL.test(l.text))) add("compact", "signature block", 2);

  // ---- un-document ----
  if (anyLine(head.slice(0, 15), (l) => l.cells.some((c) => mastheadSymbol(c.replace(/\*+$/, "")) !== null) || mastheadSymbol(l.text) !== null)) {
    add("un-document", "masthead: document symbol", 4);
  }
  if (anyLine(head, (l) => cellOrLine(l, DISTRIBUTION) || l.cells.some((c) => /^Distr\s*\.?:?$/i.test(c)))) add("un-document", "masthead: Distr.", 3);
  if (anyLine(head, (l) => cellOrLine(l, ORIGINAL_LANGUAGE) || l.cells.some((c) => ORIGINAL_LABEL.test(c)))) add("un-document", "masthead: Original language", 2);
  if (anyLine(head, (l) => l.text.length <= MAX_TITLE_CHARS * 2 && l.cells.some((c) => {
    // SESSION ends in the word "session": a cell without it is not tried at every word.
    const m = SESSION_WORD.test(c) ? SESSION.exec(c) : null;
    return m?.[1] !== undefined && ordinalToNumber(m[1]) !== null && m.index <= 40;
  }))) add("un-document", "masthead: session", 2);
  if (anyLine(head, (l) => l.text.length <= MAX_TITLE_CHARS * 2 && (AGENDA_SUFFIXED.test(l.text) || AGENDA_PREFIXED.test(l.text)))) add("un-document", "masthead: agenda item", 2);
  if (anyLine(head, (l) => SUBTITLE.test(l.text) && l.text.length <= MAX_TITLE_CHARS)) add("un-document", "subtitle: Note/Report … by/of", 1);
  if (anyLine(head, (l) => SECRETARIAT_SERIES.test(l.text) || l.cells.some((c) => SECRETARIAT_SERIES.test(c)))) add("un-document", "masthead: Secretariat series (bulletin, administrative instruction)", 3);
  // Every line's cells, read from its segments without building them (an empty cell matches no job number).
  if (anyLine(lines, (l) => JOB_NUMBER.test(l.text) || BARCODE.test(l.text) || l.line.segments.some((seg) => JOB_NUMBER.test(seg.text.trim())))) add("un-document", "job number or bar code", 1);
  if (lines.filter((l) => UN_PARAGRAPH.test(l.text)).length >= 3) add("un-document", "numbered paragraphs", 1);
  for (const c of unDocumentCues(lines)) add("un-document", c.cue, c.weight);

  // ---- prose about documents ----
  // A cue with `mayMatch` (a pattern every match of its `test` holds: one of its words, ASCII, /i
  // as the test is) is tried on a line only where that cheap pattern matches: a case-insensitive
  // alternation tried at every character of every line was this stage's dearest scan, for a cue
  // few compacts have. Per line, not over the whole text lower-cased (session 54: that joined
  // copy, its lower-casing and four searches of it cost ~3× the line-by-line pattern).
  for (const p of PROSE_CUES) {
    const pre = p.mayMatch;
    if (anyLine(lines, (l) => (pre === undefined || pre.test(l.text)) && p.test.test(l.text))) add("unknown", p.cue, p.weight);
  }
  const long = lines.filter((l) => l.text.length >= PROSE_LINE_CHARS && /[.!?"”]$/.test(l.text)).length;
  if (lines.length > 0 && long / lines.length >= PROSE_LINE_SHARE) add("unknown", "mostly running prose", 2);
  if (!evidence.some((e) => e.kind === "compact") && lines.some((l) => /\bcompacts?\b/i.test(l.text))) {
    add("unknown", "compacts mentioned only in running text", 1);
  }

  const scores: Record<string, number> = { compact: 0, "un-document": 0, unknown: 0 };
  for (const e of evidence) scores[e.kind] = (scores[e.kind] ?? 0) + e.weight;
  const against = scores.unknown ?? 0;
  // A table header of the compact column vocabulary is structure no article or web page has: prose
  // cues (a cell that begins "by …", long wrapped cells) do not count against it.
  const net = (k: Kind) => (scores[k] ?? 0) - (k === "compact" && tableHeader ? 0 : against);
  const ranked = (["compact", "un-document"] as const).map((k) => [k, net(k)] as const).sort((a, b) => b[1] - a[1]);
  const best = ranked[0]!;
  const kind: Kind = best[1] >= MIN_SCORE ? best[0] : "unknown";
  return { kind, scores, evidence };
}

export function classifyStage(doc: Doc, _ctx: Context): Doc {
  // The table reader takes the scan from the Doc: the lines before its first header are not probed twice.
  const scan = scanFirstHeader(doc.layout);
  doc.headerScan = scan;
  doc.classification = classifyLayout(doc.layout, scan);
  doc.kind = doc.classification.kind;
  return doc;
}
