/**
 * The entities stage: runs every recogniser over `layout.text` and fills `doc.entities` (all
 * types, with page), `doc.references`, and for compacts the mission list and measure targets.
 */
import type { Context, Doc } from "../model/doc.js";
import { addWarning } from "../model/doc.js";
import type { Entity, Mission, Objective, References } from "../model/output.js";
import type { Layout, Line } from "../model/layout.js";
import type { OrganizationRecord } from "../data/index.js";
import { allLines } from "../model/layout.js";
import { findSymbols, normalizeSymbol } from "./symbols.js";
import type { SymbolSpan } from "./symbols.js";
import { columnsInOrder, HEAD_LINES } from "../compact/metadata.js";
import { findDates } from "./dates.js";
import { buildGazetteer, findMissionLists, findMissions, isAcronym, PAIR_ONLY_ACRONYMS } from "./missions.js";
import type { AcronymRepairer, Gazetteer, ListedMission, MissionSpan } from "./missions.js";
import { describeConfusions, repairAcronym } from "./ocr-repair.js";
import { foldsInContext, mapFolded } from "../normalize/text.js";
import { findOrganizations, learnDefinitions } from "./orgs.js";
import { findPeople } from "./people.js";
import { findPercentages, parseTargets } from "./targets.js";
import { buildReferences } from "./references.js";
import { withFields } from "../model/objects.js";

export { findSymbols, normalizeSymbol } from "./symbols.js";
export { findDates, parseDate } from "./dates.js";
export { parseTargets } from "./targets.js";

interface Locator {
  /** Page and 1-based source line of a text offset. */
  at(offset: number): { page: number; line: number | null };
}

/**
 * Map offsets to page/line by binary search over the layout's lines (sorted by start). `all`: the
 * layout's lines in page order, when the caller has them already; they are searched as they are
 * where their starts already ascend (every extractor's order), else a sorted copy (a stable sort of
 * an ordered list is that list: the same lines in the same order either way).
 */
export function locator(layout: Layout, all: readonly Line[] = allLines(layout)): Locator {
  let ordered = true;
  for (let i = 1; i < all.length && ordered; i++) ordered = all[i - 1]!.start <= all[i]!.start;
  const lines: readonly Line[] = ordered ? all : [...all].sort((a, b) => a.start - b.start);
  return {
    at(offset: number) {
      let lo = 0;
      let hi = lines.length - 1;
      let best: Line | undefined;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const l = lines[mid]!;
        if (l.start <= offset) {
          best = l;
          lo = mid + 1;
        } else hi = mid - 1;
      }
      return best ? { page: best.page, line: best.line } : { page: 1, line: null };
    },
  };
}

type SpanLike = { type: Entity["type"]; text: string; normalized: string; start: number; end: number };

/**
 * The gazetteer is built once per loaded data set (maps and a compiled acronym pattern), not per
 * document: a batch converts thousands with the same `ctx.data`. Keyed weakly by the records array.
 */
const gazetteers = new WeakMap<object, ReturnType<typeof buildGazetteer>>();
function gazetteerFor(records: Context["data"]["missions"]): ReturnType<typeof buildGazetteer> {
  let gaz = gazetteers.get(records);
  if (!gaz) {
    gaz = buildGazetteer(records);
    gazetteers.set(records, gaz);
  }
  return gaz;
}

/**
 * Every mission a compact names, once each, in document order: the mandate lists' entries
 * (`listed: true`, names as printed there) and every other mention in prose, run-on sentences and
 * table cells (`listed: false`, named from the gazetteer).
 */
export function compactMissions(listed: readonly ListedMission[], mentions: readonly MissionSpan[], gaz: Gazetteer): Mission[] {
  const firstAt = new Map<string, { at: number; mission: Mission }>();
  for (const { start, end: _e, misread: _m, ...m } of listed) {
    const key = m.canonical ?? m.acronym;
    if (!firstAt.has(key)) firstAt.set(key, { at: start, mission: withFields(m, { listed: true }) });
  }
  for (const span of mentions) {
    const seen = firstAt.get(span.normalized);
    if (seen) {
      seen.at = Math.min(seen.at, span.start);
      continue;
    }
    const rec = gaz.byAcronym.get(span.normalized);
    if (!rec) continue;
    // A joined form of a hyphenated acronym ("OSESyria", its line-end hyphen undone) is printed as the acronym.
    const dehyphenated = span.text !== rec.acronym && !span.text.includes("-") && span.text === rec.acronym.replace(/-/g, "");
    const printed = gaz.byAcronym.has(span.text) && !dehyphenated ? span.text : rec.acronym;
    firstAt.set(span.normalized, {
      at: span.start,
      mission: { acronym: printed, canonical: rec.acronym, name: rec.name, kind: rec.kind, known: true, listed: false },
    });
  }
  return [...firstAt.values()].sort((a, b) => a.at - b.at).map((v) => v.mission);
}

/**
 * The first page's head lines read column by column (columnsInOrder, as the metadata reads them),
 * or null when the head is one column. The pieces keep their line's offsets: good for order, not
 * for spans.
 */
export function headColumns(layout: Layout): Line[] | null {
  const first = layout.pages.find((p) => p.lines.length > 0);
  if (!first) return null;
  const lines = first.lines.slice(0, HEAD_LINES);
  const ordered = columnsInOrder(lines, layout.format);
  return ordered.length === lines.length && ordered.every((l, i) => l === lines[i]) ? null : ordered;
}

/**
 * A compact's references with its head read column by column. Where the first page's prose is set
 * in two columns that the layout interleaves line by line (a plain-text grid keeps both columns on
 * one line), a symbol or its date runs into the other column's text ("resolution 62/267 of 12   –
 * Office of …" / "December 2007."; "S/RES/1871" with "(2009)" on the next line of its own column).
 * The head as columnsInOrder reads it supplies those references: the ones it names come first (the
 * head opens the document), with its dates where the interleaved text gave none and every raw form;
 * a reference the interleaved text alone gives, only inside the head, that is a head reference cut
 * short ("S/RES/1871" of "S/RES/1871 (2009)") is dropped. A head in one column changes nothing.
 */
export function withHeadReferences(ordered: readonly Line[] | null, references: References, symbols: readonly SymbolSpan[], exclude: ReadonlySet<string>): References {
  if (!ordered) return references;
  const headEnd = ordered.reduce((end, l) => Math.max(end, l.end), 0);
  const headText = ordered.map((l) => l.text).join("\n");
  const head = buildReferences(headText, findSymbols(headText), exclude).references;
  const outside = new Set(symbols.filter((s) => s.start >= headEnd).map((s) => s.normalized));
  const merge = <R extends { symbol: string; raw: string[] }>(fromHead: readonly R[], all: readonly R[], join: (h: R, a: R) => R): R[] => {
    const inHead = new Set(fromHead.map((r) => r.symbol));
    // "S/RES/1871" of "S/RES/1871 (2009)", "A/75/6" of "A/75/6 (Sect. 5)": cut short by the other column.
    const cutShort = (a: R) => !outside.has(a.symbol) && fromHead.some((h) => h.symbol.startsWith(`${a.symbol} `));
    const bySymbol = new Map(all.map((r) => [r.symbol, r]));
    return [
      ...fromHead.map((h) => {
        const a = bySymbol.get(h.symbol);
        return a ? join(h, a) : h;
      }),
      ...all.filter((a) => !inHead.has(a.symbol) && !cutShort(a)),
    ];
  };
  const raw = (h: readonly string[], a: readonly string[]) => [...h, ...a.filter((x) => !h.includes(x))];
  return {
    resolutions: merge(head.resolutions, references.resolutions, (h, a) => ({ symbol: h.symbol, date: h.date ?? a.date, raw: raw(h.raw, a.raw) })),
    documents: merge(head.documents, references.documents, (h, a) => ({ symbol: h.symbol, raw: raw(h.raw, a.raw) })),
  };
}

/**
 * Missions named in the table's cells as the table reader joined them: a name or acronym a cell
 * wraps ("OSESG-" / "HoA", "United Nations Mission in" / "Liberia (UNMIL)") is interleaved with
 * the other columns' text in the layout's text, where the document-wide scan cannot see it. Each
 * mention is placed at its row's first line (for the list's document order); it adds to the
 * compact's missions only, not to the entity spans, which point at printed text.
 */
export function cellMissions(objectives: readonly Objective[], gaz: Gazetteer, lines: readonly Line[]): MissionSpan[] {
  if (objectives.length === 0) return [];
  // The layout's lines run in line-number order: a row's first line is found by binary search (a
  // map of every line's start was ~20 MB more on a 4,000-page document).
  const lineStart = (n: number): number => {
    let lo = 0;
    let hi = lines.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (lines[mid]!.line < n) lo = mid + 1;
      else hi = mid;
    }
    return lines[lo]?.line === n ? lines[lo]!.start : 0;
  };
  const out: MissionSpan[] = [];
  // Rows are scanned in batches, their texts joined by ROW_SEPARATOR: one fold and one scan per
  // batch instead of per row (the per-call set-up was a third of this function on a compact's 21
  // rows), a bounded batch so that a document of 16,000 rows never holds all its cell text,
  // folded, at once. A text the fold lower-cases in context goes row by row (see rowsScannable).
  let batch: string[] = [];
  let starts: number[] = []; // offset of each batched row in the joined text
  let ats: number[] = []; // each batched row's first line's start
  let chars = 0;
  const flush = () => {
    if (batch.length === 0) return;
    const joined = batch.join(ROW_SEPARATOR);
    if (batch.length === 1 || rowsScannable(joined)) {
      let row = 0;
      for (const m of findMissions(joined, gaz)) {
        while (row + 1 < starts.length && starts[row + 1]! <= m.start) row++;
        out.push({ ...m, start: ats[row]!, end: ats[row]! });
      }
    } else {
      batch.forEach((text, row) => {
        for (const m of findMissions(text, gaz)) out.push({ ...m, start: ats[row]!, end: ats[row]! });
      });
    }
    batch = [];
    starts = [];
    ats = [];
    chars = 0;
  };
  for (const o of objectives) {
    const cells = [o.objective, ...o.accomplishments, ...o.measures.map((m) => m.text), ...Object.values(o.extra).flat()];
    for (const m of o.measures) {
      if (m.target) cells.push(m.target);
      if (m.baseline) cells.push(m.baseline);
    }
    const text = cells.join("\n");
    starts.push(batch.length === 0 ? 0 : chars + ROW_SEPARATOR.length);
    chars = starts[starts.length - 1]! + text.length;
    batch.push(text);
    ats.push(lineStart(o.provenance.lines[0]));
    if (chars >= CELL_BATCH_CHARS) flush();
  }
  flush();
  return out;
}

/**
 * Between two rows' texts in one scan: a space, a control character no name, acronym, folding rule
 * or list pattern of the recognisers accepts, and a space. Each row then reads as a text of its own:
 * the spaces end a row's last word and begin the next row's first one as the text's ends do, and
 * U+0001 (neither a letter, digit, hyphen nor white space) stops every match, look-around and
 * neighbour pattern at the row's edge. test/entities/missions.test.ts compares it with row-by-row scans.
 */
export const ROW_SEPARATOR = " \u0001 ";
/** Joined rows per scan stop growing past this many characters (a few dozen rows of a compact). */
const CELL_BATCH_CHARS = 1 << 16;
/**
 * The fold (normalize/text mapFolded) lower-cases a text whole, not character by character, when
 * it holds a capital sigma (its final form depends on the next word) or a surrogate: then rows
 * joined could fold unlike rows alone, and the batch is scanned row by row.
 */
const rowsScannable = (joined: string) => !foldsInContext(joined);

/**
 * Mission acronyms OCR misread, repaired on OCR'd pages only (a text layer prints what its author
 * typed): a token shaped like an acronym that neither the gazetteer nor the organisation list
 * knows, one confusion away from exactly one mission (entities/ocr-repair.ts). Pair-only
 * acronyms (LRA) are never reached by a repair.
 */
export function ocrAcronymRepairer(gaz: Gazetteer, organizations: ReadonlySet<string>, isOcrOffset: (offset: number) => boolean): AcronymRepairer {
  return (printed, offset) => {
    if (!isOcrOffset(offset) || organizations.has(printed) || !isAcronym(printed)) return null;
    const fix = repairAcronym(printed, (a) => gaz.byAcronym.get(a)?.acronym ?? null);
    if (!fix || PAIR_ONLY_ACRONYMS.has(fix.canonical)) return null;
    return { meant: fix.meant, record: gaz.byAcronym.get(fix.meant)!, confusion: fix.edit };
  };
}

/**
 * The acronyms of the organisation table, built once per loaded data set (a batch converts
 * thousands of documents with one `ctx.data`), keyed weakly by the records array.
 */
const organizationAcronyms = new WeakMap<readonly OrganizationRecord[], ReadonlySet<string>>();
function acronymsOf(records: readonly OrganizationRecord[]): ReadonlySet<string> {
  let known = organizationAcronyms.get(records);
  if (!known) {
    known = new Set(records.map((o) => o.acronym).filter((a): a is string => a !== null));
    organizationAcronyms.set(records, known);
  }
  return known;
}

export function entitiesStage(doc: Doc, ctx: Context): Doc {
  const text = doc.layout.text;
  // The Layout's own lines (the list reader reads only their text and start): a copy of each as
  // { text, start } was ~20 MB more at the entities stage of 4,000 dense pages (320,000 lines).
  // One array for the list reader, the cell scan and the offset locator.
  const lines = allLines(doc.layout);
  const where = locator(doc.layout, lines);
  const warn = (code: string, message: string, offset: number) => {
    const { page, line } = where.at(offset);
    addWarning(doc, code, message, page, line);
  };
  const gaz = gazetteerFor(ctx.data.missions);
  const known = acronymsOf(ctx.data.organizations);
  const ocrPages = new Set(doc.layout.pages.filter((p) => p.ocr).map((p) => p.number));
  const repair = ocrPages.size > 0 ? ocrAcronymRepairer(gaz, known, (offset) => ocrPages.has(where.at(offset).page)) : undefined;
  /** Offsets already warned about: a listed acronym is also a mention. */
  const repairedAt = new Set<number>();
  const warnRepair = (printed: string, meant: string, confusion: string, offset: number) => {
    if (repairedAt.has(offset)) return;
    repairedAt.add(offset);
    warn("OCR_MISSION_REPAIRED", `mission acronym ${printed} read as ${meant} (OCR confusion ${confusion})`, offset);
  };

  // Mission lists first: their ranges let pair-only acronyms (LRA) count as missions there.
  const lists = findMissionLists(lines, gaz, repair);
  if (doc.kind === "compact" && doc.compact) {
    for (const m of lists.missions) {
      if (!m.known) warn("MISSION_UNKNOWN", `mission acronym ${m.acronym} ("${m.name ?? ""}") is not in the gazetteer`, m.start);
      if (m.misread) warnRepair(m.misread.printed, m.acronym, describeConfusions([m.misread.confusion]), m.start);
    }
  }

  const symbols = findSymbols(text);
  for (const s of symbols) {
    if (s.malformed) warn("SYMBOL_MALFORMED", `${s.text} looks malformed (a resolution does not take /Add. or /Corr.); kept as printed`, s.start);
    if (s.confusions) warn("OCR_SYMBOL_REPAIRED", `${s.text} read as ${s.normalized} (OCR confusion ${describeConfusions(s.confusions)}); kept as printed`, s.start);
  }
  const learned: OrganizationRecord[] = learnDefinitions(text, (a) => gaz.byAcronym.has(a) || known.has(a));
  // Both name recognisers match on the same case- and hyphen-folded text: fold it once.
  const folded = mapFolded(text);
  const missions = findMissions(text, gaz, { listRanges: lists.ranges, folded, ...(repair ? { repair } : {}) });
  for (const m of missions) if (m.confusion) warnRepair(m.text, m.text.slice(0, m.confusion.at) + m.confusion.meant + m.text.slice(m.confusion.at + m.confusion.read.length), describeConfusions([m.confusion]), m.start);
  // A compact's head read column by column, for its mandate list and its references.
  const head = doc.kind === "compact" ? headColumns(doc.layout) : null;
  if (doc.kind === "compact" && doc.compact) {
    // A mandate list in the right column of a two-column head: its items wrapped over lines the
    // layout interleaves with the left column's prose.
    const headListed = head ? findMissionLists(head, gaz, repair).missions : [];
    doc.compact.missions = compactMissions([...lists.missions, ...headListed], [...missions, ...cellMissions(doc.compact.objectives, gaz, lines)], gaz);
  }
  // "African Union" inside "African Union/United Nations Hybrid Operation in Darfur" is part of the mission's name.
  const orgs = outsideSpans(findOrganizations(text, ctx.data.organizations, folded, learned), missions);
  const spans: SpanLike[] = [
    ...symbols.map((s) => ({ type: s.type, text: s.text, normalized: s.normalized, start: s.start, end: s.end })),
    ...missions,
    ...findDates(text),
    ...orgs,
    ...findPeople(text),
    ...findPercentages(text),
  ];
  doc.entities = spans
    .map((s) => ({ type: s.type, text: s.text, normalized: s.normalized, start: s.start, end: s.end, page: where.at(s.start).page }))
    .sort((a, b) => a.start - b.start || a.end - b.end || a.type.localeCompare(b.type));

  const own = doc.unDocument?.symbol ?? null;
  const exclude = new Set<string>(own ? [normalizeSymbol(own) ?? own] : []);
  const { references, issues } = buildReferences(text, symbols, exclude);
  doc.references = withHeadReferences(head, references, symbols, exclude);
  for (const i of issues) warn(i.code, i.message, i.offset);

  if (doc.compact) {
    for (const o of doc.compact.objectives) {
      // A measure's own Target cell states its target; otherwise the measure's text does.
      for (const m of o.measures) if (m.targets.length === 0) m.targets = parseTargets(m.target ?? m.text);
    }
  }
  return doc;
}

/**
 * The spans not inside any of `outer`, in their order. One sweep over both sorted by start: a span
 * lies inside some outer span exactly when the farthest end among the outer spans that start at
 * or before it reaches its end (linear, where testing every pair grew with the square of a long text).
 */
export function outsideSpans<T extends { start: number; end: number }>(spans: readonly T[], outer: ReadonlyArray<{ start: number; end: number }>): T[] {
  const byStart = [...outer].sort((a, b) => a.start - b.start);
  const order = spans.map((_, i) => i).sort((a, b) => spans[a]!.start - spans[b]!.start);
  const inside = new Set<number>();
  let k = 0;
  let farthest = -Infinity;
  for (const i of order) {
    const span = spans[i]!;
    while (k < byStart.length && byStart[k]!.start <= span.start) farthest = Math.max(farthest, byStart[k++]!.end);
    if (farthest >= span.end) inside.add(i);
  }
  return spans.filter((_, i) => !inside.has(i));
}

