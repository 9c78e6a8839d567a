import type { Context, Doc, HeaderScan, SectionMark, TableAlignment } from "../model/doc.js";
import { addWarning } from "../model/doc.js";
import type { Layout, Line, Page, Segment } from "../model/layout.js";
import { PAGE_NUMBER_REASON } from "../model/layout.js";
import type { Objective, Warning } from "../model/output.js";
import { findSections, headingCandidate, nextLetterItem } from "../compact/sections.js";
import { splitRunTogetherColumns } from "./runTogether.js";
import { cutWordsGluedAtColumnEdge } from "./gluedWord.js";
import { runEndMarkerOpenings } from "./runEndMarkers.js";
import { joinJustifiedRuns } from "./justifiedRuns.js";
import { isWholeValue, ungluedValues } from "./gluedValues.js";
import { CAPITAL_OPENING, ITEM_OPENING, opensUnwrappedItem, unwrappedColumns, wrappedLineWidth } from "./unwrapped.js";
import { checkRows } from "./checks.js";
import { continuesList, isViewerCopy, needsHeading, paragraphEndingAt, readLinearHeader, readLinearizedPart, readMarker, runTogetherLabels, keepsWrapSpaces } from "./linearized.js";
import type { LinearHeader, LinearRow } from "./linearized.js";
import { asViewerCopy, readReadingOrderHeader, unplacedObjective } from "./reading-order.js";
import { asStreamCopy, unplacedColumns, withoutColumnGeometry } from "./stream-order.js";
import { normalizeSpace, isJsSpace, CAPITAL_WORD, LOWER_OPENING, LOWER_LETTERS_WORD } from "../vocab/text.js";
import { assignColumns, tabLineRead, isBoundHead, averageCharWidth, gluedMarkerOpenings, HUNG_MARKER, charCount, lineWords, lineMoreWordsThan, localAnchors, pageOpenings, NEAR_LINES, CELL_OPENS_LINES, pageAnchors, uniformRunAnchors, edgeCrossings, refineAnchors, tabbedColumns, ANCHOR_SLACK_CHARS, MAX_ANCHOR_SHIFT_CHARS, MAX_LOCAL_SHIFT_CHARS } from "./columns.js";
import type { ColumnDef, OpensMemo, Word } from "./columns.js";
import { BLOCK_DRIFT_CHARS } from "./brokenLineEnd.js";
import { detectHeader, forgetHeaderMemos, isRaisedMarkAfter, lineAWrapStepAbove, linesWithoutHeader, startsUnderRun, YEAR_LABEL } from "./header.js";
import type { TableHeader } from "./header.js";
import { groupRowsIntoBlocks, rowBoundariesFromRules, OBJECTIVE_OPENING, ROW_NUMBER, RULE_FLATNESS } from "./rows.js";
import type { RowBlock, RowBoundaries } from "./rows.js";
import type { TableLine } from "./columns.js";
import { rereadPastCellWidth } from "./gluedTail.js";
import type { CellWidths } from "./gluedTail.js";
import { CHAR_WIDTH } from "../extract/text.js";
import { textWrapLeading, wrapAfterOneBlank, wrapBeforeSpacedRow } from "./textSpacing.js";
import { gluedRowUnderObjective } from "./gluedObjectiveRow.js";
import { rowShiftedLeft } from "./shiftedRow.js";
import { outlineItemsToTheirRow } from "./outlineRows.js";
import { shiftedPageAnchors } from "./shiftedPage.js";
import { pageLeftShift, shiftedColumns } from "./shiftedPageEdge.js";
import { CELL_GAP_FACTOR, addStep, cellY, groupCentredRows, linePitch, medianFontSize, nextGridLine, objectivesCentred, paragraphGapLimit, sortedSteps, tableLeading, type StepCounts } from "./geometry.js";
import { BARE_OBJECTIVE_LABEL, OBJECTIVE_LABEL, isCombinedLabel } from "../vocab/columns.js";
import { isCompactSection } from "../vocab/sections.js";
import { BOUND_PHRASE, MOJIBAKE_COMPARATOR, isValueCell } from "../vocab/values.js";
import { HONORIFIC, isNameLine } from "../compact/frame.js";
import { BULLET_GLYPH_ONLY, FOOTNOTE_MARK_RUN, FOOTNOTE_NUMBERED_START, FOOTNOTE_START, GLYPH_CLASS, NOTE_CALL, isLoneMarker, startsWithMarker, stripMarker } from "../vocab/markers.js";
import { SEGMENT_GAP_EM, SUPERSCRIPT_RAISE_EM, SUPERSCRIPT_SIZE_RATIO } from "../extract/pdf/lines.js";
import { endsSentence, leadsOn, startsItem, stripBullet } from "./text.js";
import { gluedAtBlockGrid } from "./gluedBlockGrid.js";
import { riskPairOpens } from "./riskPairs.js";
import { nameRunsOnFrom } from "./nameGuard.js";
import { cellsOpenWithLetterA, combinedItems, hyphenLexicon, isRuleGlyphs, joinFragments, splitInlineBullets, splitItems, splitPlacedItems, withoutGluedNoteCall, yearAfterMonth } from "./text.js";
import type { HyphenLexicon } from "./text.js";
import { printedPairs } from "./gluedPair.js";
import type { PairCount } from "./gluedPair.js";
import type { Fragment } from "./text.js";
import { rowsInOpenTableCells, runsCrossHeaderColumns } from "./mergedTables.js";
import { ANY_NAME_ENDS, cellTextEdges, openingWord, coordinatedOpening, figureOpensAgain, figureStatedTwice, fitsBeforeEdge, gridSentenceCue, nameClosesLine, opensSentenceAcrossPage, opensSentenceAfterWholeLine, sameCellLeft, unitClosesLine, spacedColumns, textBlockRights, type CellEdge } from "./cellEdges.js";
import { LOWER_WORD_BROKEN, WORD_PIECE_BROKEN } from "../vocab/broken.js";
import { withFields } from "../model/objects.js";

export { detectHeader } from "./header.js";
export { assignColumns } from "./columns.js";
export { groupRowsIntoBlocks, rowBoundariesFromRules } from "./rows.js";
export { splitItems, joinWrapped, decideHyphen } from "./text.js";

/**
 * Running headers and page numbers sit in the first/last lines of a page. Lines this close to a
 * page edge are checked for being page furniture when a table crosses the break.
 */
export const PAGE_MARGIN_LINES = 3;
/** "Page 2", "Page 2 of 5", "- 2 -", "2/5", a bare number. */
const PAGE_NUMBER = /^(?:page\s+\d+(?:\s+of\s+\d+)?|[-–—]\s*\d+\s*[-–—]|\d+\s*(?:\/|of)\s*\d+|\d{1,3})$/i;
/**
 * A line with no column structure that runs past this share of the table's span is prose, which
 * ends the table ("The following highlight…", a paragraph under the table).
 */
export const PROSE_SPAN_FRACTION = 0.75;
/** In tab-separated text, a line without tabs longer than this is prose (a cell line alone is short). */
export const PROSE_MIN_CHARS = 60;

export interface TableResult {
  objectives: Objective[];
  warnings: Warning[];
  /** Tables found (headers that started one). */
  tables: number;
  /**
   * The section marks that are sections: without those that turned out to be table cells
   * ("1. Measurable progress …" in a column).
   */
  sections: readonly SectionMark[];
}

interface FlatLine {
  line: Line;
  /** First/last PAGE_MARGIN_LINES non-blank lines of its page. */
  nearPageEdge: boolean;
  /** The first or last non-blank line of its page: where a page number stands. */
  outermost: boolean;
}

/** Lines collectTables reads between two heartbeats (a bit test: a power of two, less one). */
const HEARTBEAT_LINE_MASK = 255;

/** Adds a warning to the document's (readTables' `warnings`). */
type Warn = (code: string, message: string, page: number | null, line: number | null) => void;

/**
 * What readTables reads once per document and every table's reading asks, and the rows read so
 * far. Each phase of the reading is a function of its own (V8 optimises small functions early: the
 * one body of session 40 ran in the interpreter through the whole bench — session 41, h-perf5).
 */
interface DocumentReading {
  layout: Layout;
  /** Diagnostics only: every table read one way (ExtractOptions.tableAlignment). */
  alignment: TableAlignment | undefined;
  /** The section marks that are sections (without the table cells collectTables and the linear reader found). */
  sections: readonly SectionMark[];
  lexicon: HyphenLexicon;
  /** Layout text: how often the document prints two words one space apart (a glued cut's pairs, tables/gluedPair). */
  pairs: PairCount;
  warn: Warn;
  heartbeat: () => void;
  pagesByNumber: Map<number, Page>;
  /** The text block's right edge per page width: a borderless table's last column reaches about as far. */
  textRights: Map<number, number>;
  /** A PDF table's body font size (its segments' median), per table: the leading and the wrap step are read for it. */
  bodySizes: readonly number[];
  lineSteps: Map<number, StepCounts>;
  wrapSteps: Map<number, number>;
  /** Text without column geometry (pdftotext -raw: content-stream order; tables/stream-order). */
  streamOrder: boolean;
  /** Per table: read by the linearised reader (one cell per line). */
  linearized: readonly boolean[];
  linear: { rows: Map<number, LinearRow[]>; withinLabels: Set<number> } | null;
  textLeft: number;
  objectives: Objective[];
  perSection: Map<string, number>;
  /** The column roles of the table the last row pushed came from: a continued row rejoins a row of the same columns. */
  lastColumnRoles: string | null;
}

/**
 * Read every Objective / Expected accomplishment / Performance measure table of a layout. `scan`:
 * the classifier's search for the first header (Doc `headerScan`), when it ran on this layout.
 * `heartbeat`: called in the loops over lines, tables, parts and row blocks (ExtractOptions.onHeartbeat).
 */
export function readTables(source: Layout, sections: readonly SectionMark[], scan?: HeaderScan, heartbeat: () => void = () => {}, alignment?: TableAlignment): TableResult {
  // Tabbed blocks printed without their tab stops are read as cells of known index (tables/runTogether).
  // A TeX overrun glued to the next column's text with no space is cut at that column's edge (tables/gluedWord).
  const layout = cutWordsGluedAtColumnEdge(splitRunTogetherColumns(source));
  const warnings: Warning[] = [];
  const warn: Warn = (code, message, page, line) => warnings.push({ code, message, page, line });
  // Line-end hyphens are read for what the producer did with them in printed text and layout text (HyphenLexicon.printsNoHyphenation).
  // Layout text: a capital where a cell opens on the grid is no name inside a sentence (`capitalisedInsideGridWords`).
  const lexicon = hyphenLexicon(layout.text, layout.softBroken, layout.format !== "markdown", layout.format === "text");
  const cellHeadings = new Set<string>();
  // Text without column geometry (pdftotext -raw: content-stream order; tables/stream-order): asked
  // once per document, by the table walk (rules for layout text's grids stay off) and the readers below.
  const streamOrder = withoutColumnGeometry(layout);
  const tables = collectTables(layout, sections, cellHeadings, lexicon, scan, heartbeat, streamOrder);
  if (cellHeadings.size) sections = sections.filter((s) => !cellHeadings.has(`${s.page}:${s.line}`));
  const pagesByNumber = new Map(layout.pages.map((p) => [p.number, p]));
  const textRights = layout.format === "pdf" ? textBlockRights(layout.pages) : new Map<number, number>();
  const bodySizes = tables.map((t) => (layout.format === "pdf" ? medianFontSize(t.parts.flatMap((p) => p.lines)) : 0));
  const lineSteps = layout.format === "pdf" ? documentLineSteps(tables, bodySizes) : new Map<number, StepCounts>();
  const wrapSteps = new Map([...lineSteps].map(([size, counted]) => [size, counted.steps[0] ?? Infinity]));
  // Linearised tables (one cell per line) are read by their own reader, from the source lines
  // (blank lines included: they are the empty cells) between each header and the next header or section.
  // Text without column geometry (pdftotext -raw: content-stream order; tables/stream-order): a
  // side-by-side header's columns cannot be placed on the lines under it, whose rows are not read.
  const linearized = tables.map((t) => isLinearized(t.parts[0]?.header.columns ?? []) || (streamOrder && labelsRunTogether(layout, t, true)));
  const linear = linearized.some(Boolean) ? readLinearizedTables(layout, tables, linearized, sections, warn, streamOrder) : null;
  if (linear?.cellSections.size) sections = sections.filter((s) => !linear.cellSections.has(s));
  const textLeft = streamOrder ? Math.min(...layout.pages.flatMap((p) => p.lines).flatMap((l) => l.segments.slice(0, 1).map((s) => s.x))) : 0;
  const doc: DocumentReading = { layout, alignment, sections, lexicon, pairs: printedPairs(layout.text), warn, heartbeat, pagesByNumber, textRights, bodySizes, lineSteps, wrapSteps, streamOrder, linearized, linear, textLeft, objectives: [], perSection: new Map(), lastColumnRoles: null };
  for (let tableIndex = 0; tableIndex < tables.length; tableIndex++) readTable(doc, tables[tableIndex]!, tableIndex);
  return { objectives: doc.objectives, warnings, tables: tables.length, sections };
}

/**
 * The table's centring vote, or the reading a diagnostic run forces (ExtractOptions.tableAlignment,
 * session 47): "top" reads every row top-aligned, "centred" by the centred fit where the table has
 * a leading (`objectivesCentred` needs one).
 */
function forcedVote(alignment: TableAlignment | undefined, leading: number, vote: () => boolean): boolean {
  if (alignment === "top") return false;
  if (alignment === "centred") return leading > 0;
  return vote();
}

/** One table's rows, pushed to `doc.objectives`. */
function readTable(doc: DocumentReading, t: RawTable, tableIndex: number): void {
  const { layout, lexicon, warn, heartbeat, wrapSteps, streamOrder, linearized, linear } = doc;
  heartbeat();
  const columns = t.parts[0]?.header.columns ?? [];
  if (linear?.withinLabels.has(tableIndex)) return;
  if (streamOrder && !linearized[tableIndex] && unplacedColumns(t.parts.flatMap((p) => p.lines), doc.textLeft)) {
    const head = t.parts[0]?.header;
    warn("TABLE_READING_ORDER", `table ${t.table}'s header (${columns.map((c) => `"${c.header}"`).join(", ")}) stands over lines with no column geometry (text without layout — pdftotext -raw's content-stream order, a viewer's copy: every line at the margin, words one space apart, a row's cells one after another or run together on one line): its cells cannot be placed in its columns, so its rows are not read (status partial) — extract the PDF itself, or pdftotext -layout text`, head?.page ?? null, head?.line ?? null);
    return;
  }
  if (linearized[tableIndex]) {
    pushLinearRows(doc, t, linear?.rows.get(tableIndex) ?? []);
    return;
  }
  const noObjective = !hasObjectiveColumn(columns);
  const { sequence, partOf, refinedFirst, layoutOf } = placeTableLines(doc, t);
  const tableLines: TableLine[] = [];
  for (let k = 0; k < sequence.length; k++) {
    const e = sequence[k]!;
    if ("row" in e) tableLines.push(e.row);
  }
  const grid = t.parts.every((p) => p.grid);
  const cols = refinedFirst ?? columns;
  // Borderless geometry (tables/geometry): the leading, and whether objectives are centred in their rows.
  const tabbed = tabbedColumns(columns);
  // Plain text is a grid of lines: its pitch is the leading. The gaps inside a column measure it
  // in PDFs, but pdftotext interleaves the columns' lines, which doubles most of those gaps.
  const bodySize = doc.bodySizes[tableIndex] ?? 0;
  const leading = tabbed ? 0 : layout.format === "pdf" ? tableLeading(tableLines, columns.length, bodySize) : textWrapLeading(tableLines, columns.length, linePitch(tableLines));
  const objectiveColumn = columns.findIndex((c) => c.role === "objective");

  // Paragraph cues need positions (not tab cells or a Markdown grid): each column's full-line width
  // and, in a PDF, the paragraph spacing, measured per group of lines, each with too few lines to
  // tell taking the table's widths. In a PDF a group is a layout: parts of one table under other
  // sections (programme and managerial objectives under one header wording) are set in other
  // widths, fonts and spacing, and parts whose header labels sit at the same places share one.
  // In plain text it is each printing of the header: pdftotext's grid follows each page's width
  // (a landscape page widens every column).
  const columnRight = !grid && !tabbed ? columns.map((_, i) => fullLineRight(tableLines, i)) : null;
  // Plain text: per printing of the header and per page — pdftotext places each page's text on
  // its own grid, so a page whose widest line is narrower shifts the whole table.
  const groupOf = (tl: TableLine | undefined) => (layout.format === "pdf" ? (layoutOf[(tl && partOf.get(tl)) ?? 0] ?? 0) : ((tl && partOf.get(tl)) ?? 0) * TEXT_GROUP_PAGES + (tl?.page ?? 0));
  const groups = new Map<number, WidthGroup>();
  if (columnRight) measureWidthGroups(doc, groups, columns, columnRight, tableLines, partOf, groupOf, leading, bodySize);
  const boundaries = ruleBoundaries(layout, tableLines, cols, partOf);
  // The step between a cell's wrapped lines anywhere in the table, or in the document's other
  // tables set in the same font: a block none of whose cells wraps on one page has only its
  // sub-rows' pitch to go by.
  const wrapStep = layout.format === "pdf" ? Math.min(lineStep(tableLines, columns.length), wrapSteps.get(bodySize) ?? Infinity) : Infinity;
  const tableOf = headerWordingOf(t.parts, partOf);
  const voteOf = (run: readonly TableLine[], pos: boolean, tOf?: (line: TableLine) => string) => forcedVote(doc.alignment, leading, () => objectivesCentred(run, objectiveColumn, leading, pos, tOf));
  const centred = !noObjective && boundaries.size === 0 && objectiveColumn >= 0 && voteOf(tableLines, layout.format === "pdf", tableOf);
  const objectiveRight = objectiveWrapRight(columnRight?.[objectiveColumn] ?? null, columns, objectiveColumn, layout.format === "pdf");
  const rowsOf = (run: readonly TableLine[], centredRun: boolean) =>
    centredRun ? groupCentredRows(run, objectiveColumn, leading, layout.format === "pdf", tableOf, objectiveRight) : groupRowsIntoBlocks(run, boundaries, grid, leading, layout.format !== "pdf" && !tabbed, objectiveRight);
  // Tables printed under other header positions (another table of the same columns, set in its
  // own style) vote on centring each: one centred table above a top-aligned one had read both centred.
  // Plain text has no header positions to go by (pdftotext sets each page on its own grid): there
  // a header of other wording is the next table (`headerWordingOf`).
  const layoutVotes =
    !noObjective && boundaries.size === 0 && objectiveColumn >= 0
      ? layout.format === "pdf"
        ? votesPerLayout(tableLines, groupOf, (run) => voteOf(run, true))
        : votesPerLayout(tableLines, tableOf, (run) => voteOf(run, false, tableOf))
      : null;
  const accColumn = columns.findIndex((c) => c.role === "accomplishments");
  const blocks: Array<{ block: RowBlock; objective: string | null }> = noObjective
    ? blocksUnderObjectives(sequence, t.objectiveAbove, lexicon)
    : pageFootRowStartsToNextRow(outlineItemsToTheirRow(withNumberedSubRowsBack(layoutVotes ? layoutVotes.flatMap(({ run, centred: c }) => rowsOf(run, c)) : rowsOf(tableLines, centred), objectiveColumn, accColumn), objectiveColumn, accColumn), objectiveColumn, leading).map((block) => ({ block, objective: null }));
  // Columns whose every row opens its cell with "A." (a one-item cell too): letter markers — over
  // the whole table, or over the rows under one header wording (`letterColumnsPerWording`).
  const letterColumns = letterColumnsPerWording(blocks.map(({ block }) => block), columns.length, tableOf);
  // Columns whose cells all end with a full stop: their items are sentences (wrapsUnfinished, goesOnSentence).
  const punctuated = punctuatedColumns(blocks, columns);
  // A PDF: the columns whose cells space their paragraphs somewhere in the table (tables/cellEdges).
  const spaced = layout.format === "pdf" ? spacedColumns(blocks.map(({ block }) => block.lines), columns.length, wrapStep) : [];
  // Plain text: the columns whose items the table sets apart by blank lines (textSpacedColumns).
  const spacedText = layout.format === "text" && !grid ? textSpacedColumns(blocks.map(({ block }) => block), columns.length, leading) : [];
  // Plain text: the item columns whose cells never wrap anywhere under one header wording (tables/unwrapped).
  const unwrappedOf = columnRight && layout.format !== "pdf" ? unwrappedPerWording(tableLines, tableOf, columns, leading) : () => [];
  // Plain text: each accomplishment opens with a measure of its own (`accomplishmentOpensWithMeasure`).
  const paired = layout.format === "text" && !grid && !tabbed && accomplishmentOpensWithMeasure(blocks.map(({ block }) => block), columns, leading);
  const head = t.parts[0]?.header;
  if (blocks.length === 0) warn("TABLE_NO_ROWS", `table ${t.table} has a header but no rows`, head?.page ?? null, head?.line ?? null);
  const tableFirstRow = doc.objectives.length;
  const reading: TableReading = { table: t, columns, cols, grid, tabbed, leading, groups, groupOf, columnRight, wrapStep, punctuated, spaced, paired, spacedText, unwrappedOf, letterColumns, boundaries, objectiveColumn, tableFirstRow };
  for (let b = 0; b < blocks.length; b++) readBlockRow(doc, reading, blocks[b]!.block, blocks[b]!.objective);
  withoutRowNumbers(doc.objectives, tableFirstRow);
}

/** The linearised reader's rows of one table, numbered per section. */
function pushLinearRows(doc: DocumentReading, t: RawTable, rows: readonly LinearRow[]): void {
  for (const row of rows) {
    const first = { page: row.provenance.page, line: row.provenance.lines[0] };
    const section = sectionAt(doc.sections, first.page, first.line);
    const key = section ?? `T${t.table}`;
    const n = (doc.perSection.get(key) ?? 0) + 1;
    doc.perSection.set(key, n);
    doc.objectives.push(withFields(row, { id: `${key}-${n}`, section }));
  }
}

/** A table's lines in reading order: objective lines, and body lines placed in cells (placeTableLines). */
interface PlacedLines {
  sequence: Array<{ objective: Line } | { row: TableLine }>;
  /**
   * Which part (header) each row line follows: parts of one table may be set in other widths
   * and fonts (another section's table, a landscape page).
   */
  partOf: Map<TableLine, number>;
  /** The first part's refined columns. */
  refinedFirst: ColumnDef[] | null;
  /** A part's layout: the first part printed under the same header positions. */
  layoutOf: number[];
}

/** Every part's lines of a table placed in its columns, in order. */
function placeTableLines(doc: DocumentReading, t: RawTable): PlacedLines {
  let refinedFirst: ColumnDef[] | null = null;
  const sequence: Array<{ objective: Line } | { row: TableLine }> = [];
  const partOf = new Map<TableLine, number>();
  // Column edges are found from the lines of every part printed under the same header positions
  // (one table layout): a part of two lines (one header per objective) rarely shows an edge on
  // two lines by itself, while the layout's other parts show where its columns start.
  const layoutOf = t.parts.map((p) => t.parts.findIndex((q) => sameAnchors(q.header.columns, p.header.columns)));
  const edgeLines = new Map<string, Line[]>();
  const refinedBy = new Map<string, ColumnDef[]>();
  const placed: PlacedLines = { sequence, partOf, refinedFirst, layoutOf };
  for (let partIndex = 0; partIndex < t.parts.length; partIndex++) {
    const refined = placePartLines(doc, t, partIndex, placed, edgeLines, refinedBy);
    refinedFirst ??= refined;
  }
  placed.refinedFirst = refinedFirst;
  return placed;
}

/**
 * What placePartLines keeps while it places one part's body lines: the part's columns (per page in
 * plain text) and what it read of each line, asked again of the line as a neighbour of the next.
 */
interface PartPlacing {
  layout: Layout;
  refined: ColumnDef[];
  textGrid: boolean;
  /** pdftotext lays out each page on its own grid: a page's own columns, where its white space shows them. */
  onPage: Map<number, ColumnDef[]>;
  /** The part's body lines (its objective lines left out) per page, with their numbers. */
  bodyOnPage: Map<number, { lines: Line[]; numbers: Set<number> }>;
  withPageOpenings: (cols: ColumnDef[], page: number, lines: readonly Line[]) => ColumnDef[];
  opensMemo: OpensMemo;
  markersMemo: Map<Line, readonly Word[]>;
  /** The glued-marker reader of each page's body lines (markersOnPage). */
  markersOn: Map<number, (n: Line) => readonly Word[]>;
  wordsOf: (n: Line) => readonly Word[];
  read: TableLine[];
  rereads: Map<TableLine, (widths: CellWidths) => TableLine>;
  pairs: PairCount;
}

/** One part's lines placed in its columns, pushed to `placed` in order; returns the part's refined columns. */
function placePartLines(doc: DocumentReading, t: RawTable, partIndex: number, placed: PlacedLines, edgeLines: Map<string, Line[]>, refinedBy: Map<string, ColumnDef[]>): ColumnDef[] {
  const { layout, heartbeat, pagesByNumber } = doc;
  const { sequence, partOf, layoutOf } = placed;
  const part = t.parts[partIndex]!;
  heartbeat();
  // In plain text each printing of the header keeps its own edges (pdftotext's grid follows each
  // page), unless it holds too few lines to show them (textPartTooSmall).
  const pooling = layout.format === "pdf" || textPartTooSmall(part);
  const group = pooling ? `layout ${layoutOf[partIndex]!}` : `part ${partIndex}`;
  let pooled = edgeLines.get(group);
  if (!pooled) {
    pooled = t.parts.filter((q, k) => (pooling ? layoutOf[k] === layoutOf[partIndex] && (q === part || layout.format === "pdf" || !textPartTooSmall(q)) : k === partIndex)).flatMap((q) => q.lines.filter((l) => !q.objectiveLines.has(l)));
    edgeLines.set(group, pooled);
  }
  const rules = verticalRuleXs(pagesByNumber.get(part.header.page), part);
  const key = `${group}|${rules.join(",")}`;
  let refined = refinedBy.get(key);
  if (!refined) {
    refined = refineAnchors(part.header.columns, pooled, rules);
    refinedBy.set(key, refined);
  }
  const textGrid = layout.format !== "pdf" && !tabbedColumns(refined);
  // pdftotext lays out each page on its own grid: a page of the part after the header's may
  // show the columns elsewhere, read from that page's own white space.
  const onPage = new Map<number, ColumnDef[]>();
  // The part's body lines (its objective lines left out) per page, with their numbers: the
  // page's own edges and each line's grid neighbours are read from them.
  const bodyOnPage = new Map<number, { lines: Line[]; numbers: Set<number> }>();
  if (textGrid) {
    for (const page of new Set(part.lines.map((l) => l.page))) {
      const lines = part.lines.filter((l) => l.page === page && !part.objectiveLines.has(l));
      bodyOnPage.set(page, { lines, numbers: new Set(lines.map((n) => n.line)) });
    }
    const own = headerPageAnchors(part, refined, rules);
    if (own) onPage.set(part.header.page, own);
    for (const [page, body] of bodyOnPage) {
      if (page === part.header.page) continue;
      const own = pageAnchors(refined, body.lines) ?? uniformRunAnchors(refined, body.lines) ?? shiftedPageAnchors(refined, body.lines);
      if (own) onPage.set(page, own);
    }
  }
  // Plain text: where each column opens on the page's body lines (pageOpenings), per page.
  const openedOnPage = new Map<number, ColumnDef[]>();
  const withPageOpenings = (cols: ColumnDef[], page: number, lines: readonly Line[]): ColumnDef[] => {
    let out = openedOnPage.get(page);
    if (!out) {
      const at = pageOpenings(cols, lines, (n) => wordsOf(n));
      openedOnPage.set(page, (out = cols.map((c, i) => (at[i]?.length ? { ...c, opensOnPage: at[i] } : c))));
    }
    return out;
  };
  // Plain text: each body line's words, split once for its own cells, its glued markers and
  // as a neighbour in localAnchors (only read; lostGlyph, the one field layoutText adds, is
  // read by assignColumns alone).
  const wordsMemo = new Map<Line, readonly Word[]>();
  const wordsOf = (n: Line): readonly Word[] => {
    let w = wordsMemo.get(n);
    if (!w) wordsMemo.set(n, (w = lineWords(n, layout.text)));
    return w;
  };
  const placing: PartPlacing = {
    layout,
    refined,
    textGrid,
    onPage,
    bodyOnPage,
    withPageOpenings,
    // What localAnchors read of each line, kept for the next lines it is a neighbour of.
    opensMemo: new Map(),
    // The glued markers of each body line (gluedMarkerOpenings against its page's body lines):
    // asked of a line for its own cells and again as a neighbour of the lines around it.
    markersMemo: new Map(),
    markersOn: new Map(),
    wordsOf,
    // The part's body lines read so far: whether a cell opens on the next grid line (assignColumns' `above`).
    read: [],
    // Plain text: how to read each body line again with its page's column widths (rereadPastCellWidth).
    rereads: new Map(),
    pairs: doc.pairs,
  };
  const lines = part.lines;
  for (let k = 0; k < lines.length; k++) {
    const l = lines[k]!;
    if (part.objectiveLines.has(l)) sequence.push({ objective: l });
    else {
      const tl = placeBodyLine(placing, l);
      placing.read.push(tl);
      if (tl.cells.some((c) => c.trim() && !isRuleGlyphs(c))) {
        sequence.push({ row: tl });
        partOf.set(tl, partIndex);
      }
    }
  }
  if (textGrid) for (const tl of rereadPastCellWidth(placing.read, placing.rereads, sequence)) partOf.set(tl, partIndex);
  return refined;
}

/** Plain text: the glued markers of a line of `page`'s body (gluedMarkerOpenings, runEndMarkerOpenings), read once per line. */
function markersOnPage(placing: PartPlacing, page: number): (n: Line) => readonly Word[] {
  let markersOf = placing.markersOn.get(page);
  if (!markersOf) {
    const body = placing.bodyOnPage.get(page);
    const { markersMemo, wordsOf } = placing;
    markersOf = (n: Line): readonly Word[] => {
      if (!body) return [];
      let m = markersMemo.get(n);
      if (!m) markersMemo.set(n, (m = [...gluedMarkerOpenings(n, body.lines, wordsOf), ...runEndMarkerOpenings(n, body.lines, wordsOf)]));
      return m;
    };
    placing.markersOn.set(page, markersOf);
  }
  return markersOf;
}

/** One body line of a part placed in the part's columns (on its page's grid in plain text). */
function placeBodyLine(placing: PartPlacing, l: Line): TableLine {
  const { layout, refined, textGrid, onPage, read, wordsOf } = placing;
  const body = placing.bodyOnPage.get(l.page);
  const anchors = textGrid && body ? placing.withPageOpenings(onPage.get(l.page) ?? refined, l.page, body.lines) : (onPage.get(l.page) ?? refined);
  const near = body ? gridNeighbours(body.lines, l, body.numbers) : [];
  const above = read.slice(-CELL_OPENS_LINES).filter((a) => a.page === l.page && a.line >= l.line - CELL_OPENS_LINES);
  if (!textGrid) return tabLineRead(l, anchors, layout.text) ?? assignColumns(l, anchors, layout.text, false, []);
  const markersOf = markersOnPage(placing, l.page);
  const local = rowShiftedLeft(localAnchors(anchors, l, near, placing.opensMemo, markersOf, wordsOf), l, near, wordsOf);
  // The cell's next grid line (cutBeforePageOpening: where the row's own cells go on).
  const below = near.find((n) => n.line === l.line + 1);
  const lineAbove = near.find((n) => n.line === l.line - 1);
  const joined = joinJustifiedRuns(wordsOf(l), local, averageCharWidth(l), neighbourWords(lineAbove, below, wordsOf));
  const wordsBelow = below ? wordsOf(below) : [];
  const tl = assignColumns(l, local, layout.text, true, markersOf(l), joined, above, undefined, wordsBelow, placing.pairs);
  placing.rereads.set(tl, (widths) => assignColumns(l, local, layout.text, true, markersOf(l), joined, above, widths, wordsBelow, placing.pairs));
  return tl;
}

/**
 * The widths of each group of a table's lines (readTable's `groupOf`): each column's full-line
 * right edge and, per format, where the next column opens, how wide a wrapped line is, whether
 * the column is justified, the paragraph gap and where a cell's text wraps. Set into `groups`.
 */
function measureWidthGroups(doc: DocumentReading, groups: Map<number, WidthGroup>, columns: readonly ColumnDef[], columnRight: ReadonlyArray<number | null>, tableLines: readonly TableLine[], partOf: ReadonlyMap<TableLine, number>, groupOf: (tl: TableLine | undefined) => number, leading: number, bodySize: number): void {
  const { layout, pagesByNumber, textRights, lineSteps } = doc;
  const itemColumns = columns.flatMap((c, i) => (c.role === "accomplishments" || c.role === "measures" ? [i] : []));
  const linesOf = new Map<number, TableLine[]>();
  for (let t = 0; t < tableLines.length; t++) {
    const tl = tableLines[t]!;
    const own = linesOf.get(groupOf(tl));
    if (own) own.push(tl);
    else linesOf.set(groupOf(tl), [tl]);
  }
  // A text page with too few lines to tell takes its printing of the header's widths.
  const partLines = new Map<number, TableLine[]>();
  if (layout.format !== "pdf") {
    for (let t = 0; t < tableLines.length; t++) {
      const tl = tableLines[t]!;
      const own = partLines.get(partOf.get(tl) ?? 0);
      if (own) own.push(tl);
      else partLines.set(partOf.get(tl) ?? 0, [tl]);
    }
  }
  for (const [k, own] of linesOf) {
    const part = partLines.get(Math.floor(k / TEXT_GROUP_PAGES));
    const rights = columns.map((_, i) => (part ? (fullLineRight(own, i, MIN_PAGE_LINES_FOR_WIDTH) ?? fullLineRight(part, i)) : fullLineRight(own, i)) ?? columnRight[i] ?? (part ? widestLineRight(own, i) : null));
    // Plain text: where the column right of each one opens its text on the group's lines.
    const nextLefts = layout.format !== "pdf" ? columns.map((_, i) => (i + 1 < columns.length ? commonLeft(own, i + 1) : null)) : undefined;
    groups.set(k, {
      rights,
      // Positioned text only: pdftotext's grid rounds every line end to a character.
      ...(layout.format === "pdf" ? { justified: columns.map((c, i) => (c.role === "accomplishments" || c.role === "measures") && justifiedColumn(own, i, rights[i] ?? null, leading)) } : {}),
      // The gap test needs a PDF: pdftotext's line grid interleaves the columns' lines.
      gapLimit: layout.format === "pdf" ? paragraphGapLimit(own, itemColumns, tableLeading(own, columns.length, bodySize) || leading, columns.map((_, i) => i), lineSteps.get(bodySize), bodySize) : CELL_GAP_FACTOR * leading,
      // Plain text: how wide a line of the page that wrapped is, from its own left (tables/unwrapped).
      ...(nextLefts ? { nextLefts, wrappedWidths: columns.map((_, i) => (itemColumns.includes(i) ? wrappedLineWidth(own, i, leading, nextLefts[i] ?? null) : null)) } : {}),
      // A PDF: where each column's cell text wraps, from the table's geometry (tables/cellEdges).
      ...(layout.format === "pdf" ? { edges: cellTextEdges(own, columns, pagesByNumber, textRights.get(Math.round(pagesByNumber.get(own[0]?.page ?? 0)?.width ?? 0)) ?? null) } : {}),
    });
  }
}

/** A group of a table's lines read with one set of widths (readTable: per layout in a PDF, per printing of the header and page in plain text). */
interface WidthGroup {
  rights: Array<number | null>;
  gapLimit: number;
  nextLefts?: Array<number | null>;
  wrappedWidths?: Array<number | null>;
  justified?: boolean[];
  edges?: Array<CellEdge | null>;
}

/** What readTable measured of one table, for reading each of its row blocks (readBlockRow). */
interface TableReading {
  table: RawTable;
  columns: ColumnDef[];
  /** The first part's refined columns (the header's where there is none). */
  cols: ColumnDef[];
  grid: boolean;
  tabbed: boolean;
  leading: number;
  groups: Map<number, WidthGroup>;
  groupOf: (tl: TableLine | undefined) => number;
  columnRight: Array<number | null> | null;
  wrapStep: number;
  punctuated: boolean[];
  spaced: boolean[];
  paired: boolean;
  spacedText: boolean[];
  unwrappedOf: (tl: TableLine | undefined) => readonly boolean[];
  letterColumns: (block: RowBlock) => readonly boolean[];
  boundaries: RowBoundaries;
  objectiveColumn: number;
  /** doc.objectives' length before the table's first row. */
  tableFirstRow: number;
}

/** One row block of a table read into a row: pushed, or rejoined to the row it continues. */
function readBlockRow(doc: DocumentReading, reading: TableReading, block: RowBlock, objective: string | null): void {
  const { layout, lexicon, warn, pagesByNumber, objectives } = doc;
  const { table: t, columns, cols, grid, tabbed, leading, groups, groupOf, columnRight, wrapStep, punctuated, spaced, paired, spacedText, unwrappedOf, letterColumns, boundaries, objectiveColumn, tableFirstRow } = reading;
  doc.heartbeat();
  // A PDF block is read with its first line's group throughout; plain text line by line.
  const blockGroup = groups.get(groupOf(block.lines[0]));
  const rightsOf = (tl: TableLine) => (layout.format === "pdf" ? blockGroup : groups.get(groupOf(tl)))?.rights ?? [];
  const provenRightsOf = (tl: TableLine) => (layout.format === "pdf" ? rightsOf(tl) : lineRights(groups.get(groupOf(tl)), tl));
  const gapLimit = blockGroup?.gapLimit ?? CELL_GAP_FACTOR * leading;
  const nextLeftsOf = (tl: TableLine) => (layout.format === "pdf" ? undefined : groups.get(groupOf(tl)))?.nextLefts ?? [];
  const justified = blockGroup?.justified ?? [];
  const edges = blockGroup?.edges ?? [];
  const readBlock = (b: RowBlock) => {
    // In a grid every source row starts a new cell in each column; elsewhere ruled cells do.
    // So does every line of a run-together tabbed block (PDF, Markdown; tables/runTogether): each was cut into one row's cells.
    const breaks = grid || (tabbed && layout.format !== "text") ? columns.map((_, i) => new Set(b.lines.flatMap((l, r) => ((l.cells[i] ?? "").trim() ? [r] : [])))) : cellBreaks(layout, b, cols);
    const gaps = columnRight ? paragraphBreaks(b, columns, layout.format === "pdf" ? leading : 0, rightsOf, layout.format === "pdf" ? 0 : leading, gapLimit, wrapStep, nextLeftsOf, lexicon, punctuated, justified, edges, unwrappedOf(b.lines[0]), provenRightsOf, spaced, paired, spacedText) : undefined;
    const valueRules = layout.format === "pdf" && !grid ? ruledValueCells(pagesByNumber, b, cols) : undefined;
    return blockToObjective(b, columns, breaks, objective, gaps, lexicon, layout.format === "text" && !grid, valueRules, letterColumns(b));
  };
  let row = readBlock(block);
  // Plain text: values pdftotext glued into the cell on their left go back to their columns (tables/gluedValues).
  const unglued = row && layout.format === "text" && !grid && !tabbed ? ungluedValues(block, columns, row.measures) : null;
  if (unglued) row = readBlock(unglued);
  // Plain text: the calls of the table's notes, printed on the baseline, are glued to the items' ends.
  const calls = t.noteCalls;
  if (row && calls?.size && layout.format === "text") row = { ...row, accomplishments: row.accomplishments.map((a) => withoutGluedNoteCall(a, calls)), measures: row.measures.map((m) => ({ ...m, text: withoutGluedNoteCall(m.text, calls) })) };
  const first = block.lines[0];
  if (!first || !row) return;
  if (row.accomplishments.length === 0 && row.measures.length === 0) return;
  if (block.ambiguous) warn("TABLE_ROW_AMBIGUOUS", block.ambiguous, first.page, first.line);
  // A ruled row whose objective cell is empty continues the row above (`blankObjectiveSubRow`).
  const above = objectives[objectives.length - 1];
  if (!row.objective && above && objectives.length > tableFirstRow && boundaries.size > 0 && blankObjectiveSubRow(block, objectiveColumn)) {
    objectives[objectives.length - 1] = rejoinContinuedRow(above, row);
    return;
  }
  if (!row.objective) warn("TABLE_ROW_AMBIGUOUS", `row without an objective at line ${first.line}`, first.page, first.line);
  const second = row.objective ? secondObjectiveLabel(row.objective) : null;
  if (second) warn("TABLE_ROW_AMBIGUOUS", `row at line ${first.line}: its objective holds a second numbered objective ("${second}"): two rows read as one`, first.page, first.line);
  // A row continued by hand ("(continued)" / "Objective 3 (continued)" in the objective cell,
  // under a repeated header after a page break): its items belong to the row it continues.
  // A row the reader already carried over the page break holds the continuation's caption and
  // cell label in its objective ("… in Vienna Table 1 (continued) (continued)"): they are not text.
  if (row.objective) row = { ...row, objective: withoutContinuationText(row.objective) };
  const columnRoles = columns.map((c) => c.role).join("|");
  const prev = objectives[objectives.length - 1];
  if (row.objective && isContinuationLabel(row.objective, prev?.objective ?? null)) {
    if (prev && doc.lastColumnRoles === columnRoles) {
      objectives[objectives.length - 1] = rejoinContinuedRow(prev, row);
      return;
    }
    warn("TABLE_ROW_AMBIGUOUS", `row at line ${first.line} continues a row ("${row.objective}") but no row of the same columns precedes it`, first.page, first.line);
  }
  const section = sectionAt(doc.sections, first.page, first.line);
  const key = section ?? `T${t.table}`;
  const n = (doc.perSection.get(key) ?? 0) + 1;
  doc.perSection.set(key, n);
  objectives.push(withFields(row, { id: `${key}-${n}`, section }));
  doc.lastColumnRoles = columnRoles;
}

/**
 * A numbering column nobody reads (`No.` over `1`, `2`, `3`: the header drops the label, and the
 * cell's bare number falls into the Objective column beside it): when every row the table gave
 * opens its objective with a bare number of one or two digits, the numbers running in sequence
 * (1, 2, 3 — or on from a table's first part), the numbers are the rows' markers, not text.
 * `1.` and `(1)` are markers already; a bare `1` is one only as a column of such numbers
 * (session 22, h-c14items: corpus14 `numcol4`, "1 To integrate gender expertise …"). Rows from
 * `from` on are changed in place.
 */
const MIN_NUMBERED_ROWS = 2;
function withoutRowNumbers(objectives: Objective[], from: number): void {
  const rows = objectives.slice(from);
  if (rows.length < MIN_NUMBERED_ROWS) return;
  const numbers = rows.map((o) => ROW_NUMBER.exec(o.objective ?? "")?.[1]);
  const strip = (start: number, end: number) => {
    for (let k = start; k < end; k++) objectives[from + k] = { ...rows[k]!, objective: (rows[k]!.objective ?? "").replace(ROW_NUMBER, "") };
  };
  if (numbers.every((n) => n !== undefined)) {
    const first = Number(numbers[0]);
    if (numbers.every((n, k) => Number(n) === first + k)) strip(0, rows.length);
    return;
  }
  // Plain text (session 23, h-txt15): a numbered table read on from an unnumbered one of the same
  // columns (its header's `No.` label dropped, the rows joined to the table above: corpus14
  // d14-007 txt). Its rows are the table's last, numbered 1, 2, 3 … to the end.
  const last = numbers.length - 1;
  let start = last;
  while (start > 0 && numbers[start] !== undefined && numbers[start - 1] !== undefined && Number(numbers[start - 1]) === Number(numbers[start]) - 1) start--;
  if (numbers[start] === "1" && last - start + 1 >= MIN_NUMBERED_ROWS) strip(start, rows.length);
}

/**
 * The columns whose every row opens its cell with "A." (`cellsOpenWithLetterA`: Word's "A." list
 * numbering restarted in each cell), for a block: true when the whole table's rows do, or the rows
 * under the block's own header wording (`tableOf`) do. Tables of other headings read as one table
 * (consecutive Markdown tables of the same columns: corpus11 v11f-011's `Outcomes | Performance
 * Measures` rows opening "A. 87 institutions …", "A. 40 public reports …" under a table whose
 * measures open with "■") each keep their own numbering; over the whole table the other's cells
 * hid it, and "A." stayed in the measures' text. Only adds letter columns to the whole table's.
 */
function letterColumnsPerWording(blocks: readonly RowBlock[], columnCount: number, tableOf: (tl: TableLine) => string): (block: RowBlock) => readonly boolean[] {
  const firstCells = (group: readonly RowBlock[], i: number) => group.map((b) => b.lines.find((l) => (l.cells[i] ?? "").trim())?.cells[i]);
  const test = (group: readonly RowBlock[]) => Array.from({ length: columnCount }, (_, i) => cellsOpenWithLetterA(firstCells(group, i)));
  const whole = test(blocks);
  const byWording = groupByWording(blocks, (b) => b.lines[0], tableOf);
  if (byWording.size < 2) return () => whole;
  const perWording = new Map([...byWording].map(([key, group]) => [key, test(group).map((own, i) => own || whole[i]!)] as const));
  return (block) => (block.lines[0] ? perWording.get(tableOf(block.lines[0])) : undefined) ?? whole;
}

/** Items grouped by the header wording (`headerWordingOf`) of their line, in order; an item without a line is left out. */
function groupByWording<T>(items: readonly T[], lineOf: (item: T) => TableLine | undefined, tableOf: (tl: TableLine) => string): Map<string, T[]> {
  const byWording = new Map<string, T[]>();
  for (const item of items) {
    const line = lineOf(item);
    if (!line) continue;
    const key = tableOf(line);
    const own = byWording.get(key);
    if (own) own.push(item);
    else byWording.set(key, [item]);
  }
  return byWording;
}

/**
 * Plain text: the item columns that never wrap (`unwrappedColumns`), asked of each header wording's
 * lines apart. One table of the reader may join tables printed under other headers (corpus14
 * d14-014: a spreadsheet's "OBJECTIVES / … / KEY PERFORMANCE INDICATORS" pages, whose indicators
 * never wrap, then a numbered "NO. / OBJECTIVE / OUTCOME / PERFORMANCE MEASURE" table whose
 * narrower measure column does): how wide a column is, and so whether its cells wrap, belongs to
 * the table its header heads, as the centring vote already reads it (`votesPerLayout`).
 */
function unwrappedPerWording(lines: readonly TableLine[], tableOf: (tl: TableLine) => string, columns: readonly ColumnDef[], pitch: number): (tl: TableLine | undefined) => readonly boolean[] {
  const asked = columns.flatMap((c, i) => (c.role === "accomplishments" || c.role === "measures" ? [i] : []));
  const out = new Map([...groupByWording(lines, (tl) => tl, tableOf)].map(([w, run]) => [w, unwrappedColumns(run, columns.length, asked, pitch)] as const));
  return (tl) => (tl ? out.get(tableOf(tl)) ?? [] : []);
}

/**
 * The table's lines in runs printed under one header layout each — PDF: header labels at the same
 * places; plain text: the same header wording (`headerWordingOf`) — with each run's own centring
 * vote, or null when the table is one run or every run votes alike (the table is then read whole,
 * as before). A header of the same columns printed mid-page in other positions and wording is the
 * next table of the section, set in a style of its own: corpus9 d9b-021's centred `Objectives |
 * Expected results | Performance measures` table over a top-aligned `OBJECTIVES | EXPECTED
 * ACCOMPLISHMENTS | KEY PERFORMANCE INDICATORS` one, read as one centred table, gave a row's lower
 * sub-rows to the row below (in its PDF and in pdftotext's text of it).
 */
function votesPerLayout(lines: readonly TableLine[], layoutOfLine: (tl: TableLine) => number | string, centredRun: (run: readonly TableLine[]) => boolean): Array<{ run: TableLine[]; centred: boolean }> | null {
  const runs: TableLine[][] = [];
  let last: number | string | null = null;
  for (const tl of lines) {
    const at = layoutOfLine(tl);
    if (at !== last || runs.length === 0) runs.push([]);
    runs[runs.length - 1]!.push(tl);
    last = at;
  }
  if (runs.length < 2) return null;
  const votes = runs.map((run) => ({ run, centred: centredRun(run) }));
  return votes.every((v) => v.centred === votes[0]!.centred) ? null : votes;
}

/**
 * Session 33 (h-v11): a row cut by a page break whose first lines stayed on the page above, set
 * apart from the row above by a whole row's gap, opens the next page's row. WeasyPrint starts a row
 * at the page foot when its first sub-row or its vertically centred value fits there and sets the
 * rest, objective first, on the next page (corpus11 val11: a lone `77%` or `27` under the last row
 * of the page, a sub-row "13.1 Women appointed …" | "93% of …" | "Hiring freeze …"): with no
 * objective text in them, those lines were read as the row above's last cells. They go to the next
 * row, before its own lines (they are its first sub-row or value), when
 * - the block above ends on the page before the next block's first line, which opens an objective;
 * - its trailing lines there have no objective text; and
 * - they lie at least the table's row gap under the block's other lines: the least step, on one
 *   page, from a block's last line to the next block's first (padding and rules between rows),
 *   which paragraph spacing inside a cell does not reach. A cell's own last item at the page foot
 *   sits a paragraph's spacing under the item above and stays.
 * Reads only the page's geometry: where the lines fall, which page, the gaps between rows.
 */
function pageFootRowStartsToNextRow(blocks: RowBlock[], objectiveColumn: number, leading: number): RowBlock[] {
  if (!(leading > 0)) return blocks;
  const gap = Math.max(leastRowGap(blocks) ?? 0, CELL_GAP_FACTOR * leading);
  // A table whose rows hold sub-rows a row's gap apart elsewhere (each measure its own table row
  // under a spanned objective) sets its last sub-row at a page foot the same way: not told apart.
  if (blocks.some((b, i) => subRowGapInside(b.lines, blocks[i + 1]?.lines[0], gap - ROW_GAP_SLACK))) return blocks;
  for (let i = 0; i + 1 < blocks.length; i++) {
    const above = blocks[i]!.lines;
    const below = blocks[i + 1]!.lines;
    const last = above.at(-1), first = below[0];
    if (!last || !first || first.page !== last.page + 1 || !(first.cells[objectiveColumn] ?? "").trim()) continue;
    // The trailing lines on the page foot with no objective text, from the lowest row-sized gap among them.
    let k = above.length;
    for (let j = above.length - 1; j > 0; j--) {
      const line = above[j]!;
      if (line.page !== last.page || (line.cells[objectiveColumn] ?? "").trim()) break;
      if (above[j - 1]!.page === last.page && line.y - above[j - 1]!.y >= gap - ROW_GAP_SLACK) { k = j; break; }
    }
    if (k === above.length) continue;
    // A cell that leads on at the page foot ("… unrepresented Mem-") is cut by the break, not set apart.
    if (last.cells.some((c) => c.trim() && leadsOn(c.trim()))) continue;
    if (!nextRowOpensWithoutTailColumn(above.slice(k), first)) continue;
    const tail = above.splice(k);
    below.unshift(...tail);
  }
  return blocks;
}
/**
 * Session 34 (h-v11): the cue that the page-foot lines open the next row rather than end the row
 * above: the next page's row opens without a cell in a column the foot lines fill. A row cut by
 * the page break after its first lines (WeasyPrint sets a row's own sub-row or centred value at the
 * foot and the spanned objective on the next page) goes on without that column's opening, which the
 * foot lines hold (val11: a lone `77%`, `27` in a targets column the next row's first line leaves
 * blank). A row that ends at the foot leaves the next row whole: its first line fills every column
 * the foot lines fill (corpus8 d8-015, d8b-003 html.pdf, d8c-015 rtf.pdf, corpus7 t7b-003,
 * corpus14 d14-012: each next row opens with its objective, accomplishment and measure together).
 */
function nextRowOpensWithoutTailColumn(tail: readonly TableLine[], first: TableLine): boolean {
  return first.cells.some((c, i) => !c.trim() && tail.some((l) => (l.cells[i] ?? "").trim()));
}
/** A row-sized gap between two lines of one block on one page, other than before its trailing lines at a page foot under which the next block opens on the next page. */
function subRowGapInside(lines: readonly TableLine[], next: TableLine | undefined, gap: number): boolean {
  const last = lines.at(-1);
  // Where the block's run of lines on its last page starts: the lines from j on are all on that
  // page exactly when j is at or past it (read once, not by a slice per gap).
  let lastPageFrom = lines.length;
  while (last && lastPageFrom > 0 && lines[lastPageFrom - 1]!.page === last.page) lastPageFrom--;
  for (let j = 1; j < lines.length; j++) {
    const a = lines[j - 1]!, c = lines[j]!;
    if (a.page !== c.page || c.y - a.y < gap) continue;
    const footTail = !!last && !!next && next.page === last.page + 1 && j >= lastPageFrom;
    if (!footTail) return true;
  }
  return false;
}
/** Points (or text lines) a foot-of-page gap may fall short of the table's least row gap (rounding of baselines). */
const ROW_GAP_SLACK = 1;
/** The least step on one page from a block's last line to the next block's first; null when no two blocks share a page. */
function leastRowGap(blocks: readonly RowBlock[]): number | null {
  const gaps: number[] = [];
  for (let i = 0; i + 1 < blocks.length; i++) {
    const last = blocks[i]!.lines.at(-1), first = blocks[i + 1]!.lines[0];
    if (last && first && last.page === first.page && first.y > last.y) gaps.push(first.y - last.y);
  }
  return gaps.length > 0 ? Math.min(...gaps) : null;
}

/**
 * Sub-rows numbered under the objective above, read into the next row, go back (session 24,
 * h-abw4). Accomplishments numbered by objective ("2.1", "2.2", "2.3" under the second objective,
 * "3.1" under the third) say whose they are: when every numbered accomplishment of a row opens
 * with one top number k, and the next row's first lines, before its objective's text, open
 * accomplishments numbered k too while a later one opens k + 1, those first lines are the row
 * above's last sub-row (AbiWord sets an objective a line above its first sub-row, and a row's
 * last sub-row ends level with the next objective's first line: the centring vote gave it below,
 * corpus13 d13-020 abw.pdf). Unnumbered lines before the first of them (wrapped lines of the row
 * above's cells, after a page break) go back with them. Blocks are changed only then; the
 * objective's lines never move.
 */
const OBJECTIVE_OUTLINE = /^(\d{1,2})\.\d{1,2}(?:\.\d{1,2})?\.?\s/;
export function withNumberedSubRowsBack(blocks: RowBlock[], objectiveColumn: number, accColumn: number): RowBlock[] {
  if (objectiveColumn < 0 || accColumn < 0 || blocks.length < 2) return blocks;
  const topOf = (l: TableLine) => {
    const m = OBJECTIVE_OUTLINE.exec((l.cells[accColumn] ?? "").trim());
    return m ? Number(m[1]) : null;
  };
  const out = blocks.map((b) => ({ ...b, lines: [...b.lines] }));
  for (let k = 0; k + 1 < out.length; k++) {
    const above = out[k]!, below = out[k + 1]!;
    const tops = above.lines.map(topOf).filter((n): n is number => n !== null);
    if (tops.length === 0 || tops.some((n) => n !== tops[0])) continue;
    const top = tops[0]!;
    // Its first numbered accomplishment is numbered k (lines before it run on from the row above's cells).
    const firstTop = below.lines.map(topOf).find((n) => n !== null);
    if (firstTop !== top || !below.lines.some((l) => topOf(l) === top + 1)) continue;
    // Up to the row's objective (or its first accomplishment numbered k + 1).
    const next = below.lines.findIndex((l) => ((l.cells[objectiveColumn] ?? "").trim() && !isRuleGlyphs(l.cells[objectiveColumn] ?? "")) || topOf(l) === top + 1);
    if (next <= 0) continue;
    const moved = below.lines.slice(0, next);
    if (moved.some((l) => topOf(l) !== null && topOf(l) !== top)) continue;
    above.lines.push(...moved);
    below.lines.splice(0, next);
  }
  return out;
}

/**
 * A row of a ruled table whose objective cell is empty, under a row of the same table: the
 * objective above goes on over it (session 24, h-abw4). A producer that cannot merge cells
 * (AbiWord's tables; Word tables typed without merging) prints an objective's sub-rows as rows of
 * their own, each ruled all round, with the objective only in the first and its cell left blank
 * below, as a ditto: no compact has a row without an objective, so the blank cell is the one above.
 * The row must have no text in the objective column on any of its lines (a spanned objective cell
 * set lower, in the row's middle, has some) and open with text in another column.
 */
function blankObjectiveSubRow(block: RowBlock, objectiveColumn: number): boolean {
  if (objectiveColumn < 0) return false;
  return block.lines.every((l) => !(l.cells[objectiveColumn] ?? "").trim() || isRuleGlyphs(l.cells[objectiveColumn] ?? ""));
}

/** A numbered objective label ("Objective 2:") inside an objective's text, after its first word. */
const INNER_OBJECTIVE_LABEL = /\S\s+((?:programme\s+|strategic\s+|managerial\s+)?objective\s+\d{1,2}(?:\.\d{1,2})?\s*:)/i;

/**
 * The objective cell of a row continued by hand: "(continued)", "(cont'd)", "Objective 3
 * (continued)", "continued", or the previous row's objective repeated with "(continued)" after it.
 * Word users stop a table before a page break and start it again under a caption "Table 2
 * (continued)" with the header, and the cut row's remaining items under such a cell.
 */
const CONTINUED_WORD = String.raw`(?:continued|cont(?:['\u2019]d|d)?\.?)`;
/** "(continued)" in brackets, and the "Objective 3 " that may open it. */
const CONTINUED_MARK = String.raw`[(\[]\s*${CONTINUED_WORD}\s*[)\]]\.?`;
const OBJECTIVE_PREFIX = String.raw`(?:(?:objective|goal)\s*(?:no\.?\s*)?[0-9A-Za-z]{0,3}[.:]?\s*)?`;
const CONTINUATION_LABEL = new RegExp(String.raw`^${OBJECTIVE_PREFIX}${CONTINUED_MARK}$|^${CONTINUED_WORD}$`, "i");
const TRAILING_CONTINUED = new RegExp(String.raw`\s*${CONTINUED_MARK}$`, "i");
export function isContinuationLabel(objective: string, previous: string | null): boolean {
  const text = normalizeSpace(objective.replace(/[*_]/g, " ")).trim();
  if (CONTINUATION_LABEL.test(text)) return true;
  if (!previous || !TRAILING_CONTINUED.test(text)) return false;
  const stem = text.replace(TRAILING_CONTINUED, "").trim().toLowerCase();
  return stem.length > 0 && normalizeSpace(previous).trim().toLowerCase() === stem;
}

/**
 * An objective without the text of a hand continuation read into it: the caption "Table 2
 * (continued)" anywhere, and a trailing "(continued)" / "Objective 3 (continued)" cell label after
 * the objective's own words. A cell that is nothing but the label is kept (isContinuationLabel).
 */
const CONTINUATION_CAPTION = new RegExp(String.raw`\s*\bTable\s+[0-9]+[A-Za-z]?\.?\s*${CONTINUED_MARK}`, "gi");
const TRAILING_CONTINUATION_LABEL = new RegExp(String.raw`(?:\s+${OBJECTIVE_PREFIX}${CONTINUED_MARK})+$`, "i");
export function withoutContinuationText(objective: string): string {
  const cut = objective.replace(CONTINUATION_CAPTION, "").replace(TRAILING_CONTINUATION_LABEL, "").trim();
  return cut ? cut : objective;
}

/**
 * The row a hand-continued row continues, with the continuation's items after its own: accomplishments
 * and measures appended (a measure's accomplishment index shifted past the row's own), each further
 * column appended, the provenance stretched to the continuation's last line and pages.
 */
function rejoinContinuedRow(row: Objective, more: Omit<Objective, "id" | "section">): Objective {
  const shift = row.accomplishments.length;
  const extra: Record<string, Objective["extra"][string]> = { ...row.extra };
  for (const [k, v] of Object.entries(more.extra)) extra[k] = [...(extra[k] ?? []), ...v];
  return {
    ...row,
    accomplishments: [...row.accomplishments, ...more.accomplishments],
    measures: [...row.measures, ...more.measures.map((m) => ({ ...m, accomplishment: m.accomplishment === null ? null : m.accomplishment + shift }))],
    extra,
    provenance: {
      ...row.provenance,
      lines: [row.provenance.lines[0], more.provenance.page === row.provenance.page ? Math.max(row.provenance.lines[1], more.provenance.lines[1]) : row.provenance.lines[1]],
      pages: [...new Set([...row.provenance.pages, ...more.provenance.pages])].sort((a, b) => a - b),
    },
  };
}

/**
 * The second numbered objective label inside a row's objective text, or null: each objective is
 * its own row, so a row whose objective reads "… more predictable Objective 2: To enable …" is two
 * rows the reader could not part (corpus7 dev7 d7-027 html.pdf: a rule under the table, between
 * its last row and the next table's caption, made the page ruled and no rule parted the rows).
 * Said in a warning, not left silent.
 */
function secondObjectiveLabel(objective: string): string | null {
  return INNER_OBJECTIVE_LABEL.exec(objective)?.[1] ?? null;
}

/** Plain-text width groups are keyed by part and page: part × this + page (more pages than any document has). */
const TEXT_GROUP_PAGES = 1_000_000;

/** A table: its lines, in parts that each follow one (possibly repeated) header. */
interface RawTable {
  table: number;
  parts: TablePart[];
  /** Calls of the notes printed under the table ("a"): plain text glues them to the cell's last word. */
  noteCalls?: Set<string>;
  /** Tables without an Objective column: the objective printed right above the first header, if any. */
  objectiveAbove: string | null;
}
interface TablePart {
  header: TableHeader;
  lines: Line[];
  /** Lines that print an objective as a row spanning the table (tables without an Objective column). */
  objectiveLines: Set<Line>;
  /**
   * The table is a grid of source rows (a Markdown/GFM table): every source row is a row of cells,
   * so a cell never wraps onto the next row and a new non-empty cell is always a new item.
   */
  grid: boolean;
  /** x of the table's left border on the header's page (ruled tables), else null. */
  frameX: number | null;
  /** PDF: the page rules the header (`headerRuled`: a border crosses it or a rule runs over or under it). */
  ruledHeader?: boolean;
  /**
   * The part before, on the page before, ended on an objective row that no cell followed: a
   * spanning row cut by the page break, whose rest opens this part under the repeated header.
   */
  cutObjective?: boolean;
  /** The lines above this part's header that stealObjectiveTail took from the part before as this part's objective. */
  tailAbove?: { from: TablePart; lines: Line[] };
}

/**
 * The first line under a repeated header opens an objective of its own ("Objective 3: To …", "To
 * …"): the lines taken from the rows above the header as this objective (stealObjectiveTail) were
 * the last row's cell after all — an accomplishment under the last measure of a vertically centred
 * row ("Innovation policies reviewed and updated.", d10b-024) — and go back to that row. Lines
 * that open an objective themselves stay taken (a heading above the header, then its labelled row,
 * keeps the row's label as today). Without this the row lost the line silently: the objective
 * below replaced it.
 */
function giveBackTailAbove(part: TablePart, first: Line): void {
  const tail = part.tailAbove;
  if (!tail || !opensObjectiveHeading(first.text.trim())) return;
  if (tail.lines.some((l) => opensObjectiveHeading(l.text.trim()))) return;
  // Only a first-column cell's lines: one run from the table's left edge that ends before the
  // later columns' cells start. A caption over the header ("Table 2. Objectives, expected …",
  // centred, d8-004) is no row's cell: it stays out of the rows.
  const cells = tail.from.lines.filter((l) => !tail.from.objectiveLines.has(l) && !tail.lines.includes(l));
  // (cellRunStarts holds every later run laterCellStarts would, and more: its least is the edge.)
  const edge = Math.min(...cells.flatMap((l) => cellRunStarts(l, tail.from.header.columns)));
  if (!tail.lines.every((l) => isOneRun(l) && startsAtLeftEdge(l, tail.from.header.columns) && l.segments[0]!.x + l.segments[0]!.width < edge)) return;
  for (const l of tail.lines) tail.from.objectiveLines.delete(l);
  delete part.tailAbove;
}

const hasObjectiveColumn = (columns: readonly ColumnDef[]) => columns.some((c) => c.role === "objective");

/**
 * The line right under a header that holds only years ("(2016)   (2017)"), each under a Baseline
 * or Target label, is the header's last line — the labels "Baseline (2016)" wrapped in their
 * narrow cells — not the first row's values. Plain text: the next line of the file (no blank line
 * between). A PDF: the next printed line, a wrapped line's step below the header's last (the first
 * row starts lower, after the cells' padding and the header's border).
 */
function withYearLine(header: TableHeader, lines: readonly Line[], at: number, pdf: boolean, yearLines = 1): TableHeader {
  const last = lines[at + header.lineCount - 1];
  let k = at + header.lineCount;
  // A PDF's blank lines stand for its leading: none of them is a header piece or a row.
  if (pdf) while (k < lines.length && lines[k]!.segments.length === 0) k++;
  else if (spacedYearLine(lines, k)) k++;
  const below = lines[k];
  // A PDF header row that ends its page (nothing under it but blank lines) and whose years open the
  // next page was cut by the page break inside its cells: LibreOffice lets a repeated header row
  // split, "Baseline" / "Target" at the page foot, "2009" / "2010" at the next page's top. No
  // body row is on the header's page, so the years are no cut row's rest.
  const cut = pdf && !!last && !!below && below.page === last.page + 1;
  // The next line of the file: a blank one between (no words) is no header piece.
  if (!last || !below || (below.page !== last.page && !cut)) return header;
  if (pdf && !cut && below.y - last.y > YEAR_LINE_STEP_EM * (last.segments[0]?.fontSize ?? 0)) return header;
  // More words than columns even if every run after the first were a raised mark (one word each,
  // dropped below): no year line, told before the line's words are built (the line under a header
  // is most often the body's first, long cells in a tab compact).
  if (lineMoreWordsThan(below, header.columns.length + below.segments.length - 1)) return header;
  // A label's raised footnote mark after its year ("Target" / "(2021)¹") is the label's, not a word of the line.
  const words = lineWords(below).filter((w) => !(w.segment > 0 && isRaisedMarkAfter(below.segments[w.segment]!, below.segments[w.segment - 1]!)));
  if (words.length === 0 || words.length > header.columns.length) return header;
  const cw = averageCharWidth(below);
  const underValueLabel = (x: number, end: number) =>
    header.columns.some((c) => (c.role === "baseline" || c.role === "target") && x <= (c.right ?? c.x) + ANCHOR_SLACK_CHARS * cw && end >= c.x - ANCHOR_SLACK_CHARS * cw);
  const years = words.every((w) => YEAR_LABEL.test(w.text) && underValueLabel(w.x, w.x + charCount(w.text) * cw));
  if (!years) return header;
  const extended = { ...header, lineCount: k - at + 1 };
  // Plain text: labels wrapped on a different number of lines put each one's year on a line of its
  // own ("TARGET" / "2007" a line above "BASELIN" / "E" / "2006"): one year line per value column.
  return !pdf && yearLines < valueColumns(header) ? withYearLine(extended, lines, at, pdf, yearLines + 1) : extended;
}
const valueColumns = (header: TableHeader) => header.columns.filter((c) => c.role === "baseline" || c.role === "target").length;
/**
 * Plain text: the line after the blank one at `k` is a label's wrapped line on pdftotext's spaced
 * grid when it stands nearer the labels than the line after it: a table set with generous line
 * spacing prints "Baseline" / "" / "(2008)" one blank grid line apart, and its first row lower
 * still, past the header cell's padding (two or more blank lines: corpus16 val16b v16-019, v16-022,
 * val16 v16-019). A row's first line right under single-spaced labels is one blank line down with
 * the next row line as close or closer.
 */
function spacedYearLine(lines: readonly Line[], k: number): boolean {
  const blank = lines[k];
  const next = lines[k + 1];
  if (!blank || blank.segments.length > 0 || !next || next.segments.length === 0) return false;
  let m = k + 2;
  while (m < lines.length && lines[m]!.segments.length === 0 && lines[m]!.page === next.page) m++;
  const after = lines[m];
  return !!after && after.page === next.page && m - (k + 1) > 2;
}
/**
 * A label's wrapped line lies one line step below it: single spacing is 1.15–1.2 em; this allows
 * a little more, and less than a step plus the padding and border above a table's first row.
 */
const YEAR_LINE_STEP_EM = 1.5;

/**
 * What collectTables' walk keeps from line to line: the document's lines, the tables collected so
 * far, the open table and part (null while none is open), and the tests' per-line memos. Each
 * phase of the walk is a function of its own (V8 optimises small functions early — session 41, h-perf5).
 */
interface TableWalk {
  layout: Layout;
  /** The layout is text without column geometry (`withoutColumnGeometry`: pdftotext -raw, a viewer's copy): rules that read layout text's grid stay off. */
  streamOrder: boolean;
  flat: FlatLine[];
  lines: Line[];
  /** The lines before the classifier's first header start none: not probed again. */
  headerless: number;
  headingLines: Set<string>;
  cellHeadings: Set<string>;
  lexicon: HyphenLexicon;
  tables: RawTable[];
  pagesByNumber: Map<number, Page>;
  open: RawTable | null;
  part: TablePart | null;
  indexOfLine: (l: Line) => number;
  frameExtent: (of: TablePart, page: number) => FrameExtent | null;
  tableSizeOf: (of: TablePart) => () => number;
  headerAt: (at: number) => TableHeader | null;
  isHeaderAt: (at: number) => boolean;
  footnoteEnd: (at: number, end: number) => number;
}

/**
 * Walk the layout and collect each table's lines: from a header to the next section heading,
 * heading-like line or prose line. Repeated headers (page tops, mid-section) open a new part of
 * the same table; running headers/footers at page edges are skipped so rows run on across pages.
 */
function collectTables(layout: Layout, sections: readonly SectionMark[], cellHeadings: Set<string>, lexicon: HyphenLexicon, scan: HeaderScan | undefined, heartbeat: () => void, streamOrder: boolean): RawTable[] {
  const flat = flattenLines(layout);
  const lines = flat.map((f) => f.line);
  // The lines before the classifier's first header start none: not probed again.
  const headerless = linesWithoutHeader(scan, lines);
  const headingLines = new Set(sections.map((s) => `${s.page}:${s.line}`));
  // Where a line stands in `lines` (its first place, -1 for none, as lines.indexOf): built on the
  // first table, so a long document's tables are not each a scan of every line before them.
  let lineIndex: Map<Line, number> | null = null;
  const indexOfLine = (l: Line): number => {
    if (!lineIndex) {
      lineIndex = new Map();
      for (let k = 0; k < lines.length; k++) if (!lineIndex.has(lines[k]!)) lineIndex.set(lines[k]!, k);
    }
    return lineIndex.get(l) ?? -1;
  };
  const tables: RawTable[] = [];
  const pagesByNumber = new Map(layout.pages.map((p) => [p.number, p]));
  // A ruled frame's extent on a page depends only on the page, the frame's x and the last column's
  // x: read once per page and table part, not again for each of its lines (each read filters all
  // of the page's rules three times).
  const extents = new Map<TablePart, Map<number, FrameExtent | null>>();
  const frameExtent = (of: TablePart, page: number): FrameExtent | null => {
    let own = extents.get(of);
    if (!own) extents.set(of, (own = new Map()));
    let extent = own.get(page);
    if (extent === undefined) own.set(page, (extent = ruledFrameExtent(pagesByNumber.get(page), of.frameX, of.header.columns)));
    return extent;
  };
  // The font size of a part's body so far (its header's while it has no line), asked for only by
  // the footnote test of a line run across the table.
  const tableSizeOf = (of: TablePart) => () => medianFontSize(of.lines.length ? of.lines : lines.filter((l) => l.page === of.header.page && l.line >= of.header.line && l.line < of.header.line + of.header.lineCount));
  // A block at the page foot read as footnotes (lone numbers: a mark, its text) ends before a
  // table's header: no footnote holds one. A viewer's copy prints a value alone on its line ("47",
  // "60" at the foot of a page) and the next table's labels under it (corpus13 d13-003 mu.txt).
  // Whether a header opens at a line, asked once per line: `detectHeader` is a function of the lines
  // and the layout text alone, and the caption tests ask it again for every line under a caption
  // repeated on other pages (`repeatedAboveHeader`: each page's caption probed the headers of all
  // the others, a full probe each — session 40, h-perf4). The walk below takes a header found here
  // when it reaches its line (visited once: nothing else holds that object) and records what it probed.
  const headerKnown = new Map<number, TableHeader | null>();
  const headerAt = (at: number): TableHeader | null => {
    let known = headerKnown.get(at);
    if (known === undefined) headerKnown.set(at, (known = detectHeader(lines, at, layout.text)));
    return known;
  };
  const isHeaderAt = (at: number): boolean => headerAt(at) !== null;
  const footnoteEnd = (at: number, end: number): number => {
    for (let k = at + 1; k <= end; k++) if (isHeaderAt(k)) return -1;
    return end;
  };
  const walk: TableWalk = { layout, streamOrder, flat, lines, headerless, headingLines, cellHeadings, lexicon, tables, pagesByNumber, open: null, part: null, indexOfLine, frameExtent, tableSizeOf, headerAt, isHeaderAt, footnoteEnd };
  for (let i = 0; i < lines.length; i++) {
    if ((i & HEARTBEAT_LINE_MASK) === 0) heartbeat();
    i = walkLine(walk, i);
  }
  return tables;
}

/**
 * One step of collectTables' walk at line `i`: a section heading, a header (opening a table or a
 * part), or a line of the open table. Returns the last line the step read (a header's, a note's,
 * a footnote block's lines are taken at once).
 */
function walkLine(w: TableWalk, i: number): number {
  const line = w.lines[i];
  const entry = w.flat[i];
  if (!line || !entry) return i;
  const key = `${line.page}:${line.line}`;
  if (w.headingLines.has(key)) {
    if (headingInsideTable(w, i, line)) {
      w.cellHeadings.add(key);
      w.headingLines.delete(key);
    } else {
      w.open = w.part = null;
      return i;
    }
  }
  const header = headerOpeningAt(w, i, line);
  if (header && repeatsJoinedTableHeader(w.lines, i, header, w.open, w.part, w.tables, entry.nearPageEdge, w.layout)) return i + header.lineCount - 1;
  if (header) {
    openPart(w, i, line, entry, header);
    return i + header.lineCount - 1;
  }
  if (!w.open || !w.part || line.segments.length === 0) return i;
  return walkBodyLine(w, i, line, entry, w.open, w.part);
}

/**
 * A section heading's line is a cell of the open table.
 * A numbered item in a column looks like a numbered heading; inside an open table it is one
 * only at the table's left edge, unless no table line beside it starts where it starts, and
 * never inside the table's ruled frame.
 * A row of a Markdown grid table is a row: a heading cannot stand inside the table ("| **1. To
 * reinforce …** | | |", a spanning objective numbered in its bold cell).
 * Nor can a heading stand straight under a table's header, right of its left edge: a header
 * has a body under it, and a numbered line there is a later column's cell (a vertically
 * centred row's measure, printed above the row's first accomplishment at a page top).
 */
function headingInsideTable(w: TableWalk, i: number, line: Line): boolean {
  const { part, lines, layout } = w;
  return !!part && ((!startsAtLeftEdge(line, part.header.columns) && (alignedWithNeighbour(lines, i) || part.lines.length === 0)) || insideRuledFrame(w.pagesByNumber.get(line.page), line, part.frameX) || wrapsBelow(lines, i) || continuesCellNumbering(part, line, layout.format === "text") || (part.grid && line.kind === "table-row") || (layout.format === "text" && (numberedSpanningObjective(line, part.header.columns) || startsAtLaterColumn(line, part.header.columns))));
}

/**
 * A numbered or lettered line of an open table that starts where a later column's cells start (at its
 * header label, up to MAX_ANCHOR_SHIFT_CHARS left of a centred one, or a character right of it) is
 * that column's item, not a heading. Vertically centred cells (Word, printed by WeasyPrint and
 * pdftotext -layout) set a cell's item on a line of its own, between the other columns' lines, so no
 * neighbour within NEIGHBOUR_LINES starts where it starts (`alignedWithNeighbour`) and the list's item
 * before it stands on a line alone (`continuesCellNumbering` asks a row line): "2. Mandatory courses
 * completed by all staff" at the "Expected Accomplishments" label (corpus11 v11n-022 txt) ended the
 * table, and the rows after it were lost. Over every layout-text input of the eleven former sets, each
 * heading that ended an open table right of its left edge and within this reach of a later column was
 * such a cell (12, all corpus11), and no section heading stood there.
 */
function startsAtLaterColumn(line: Line, columns: readonly ColumnDef[]): boolean {
  const start = line.segments[0];
  const head = columns[0];
  if (!start || !head || columns.length < 2 || tabbedColumns(columns) || startsAtLeftEdge(line, columns)) return false;
  const charWidth = averageCharWidth(line);
  // A later column of its own: a linearised table's labels all stand at the left edge (corpus9 .odt.txt).
  return columns.slice(1).some((c) => c.x > head.x + charWidth && start.x >= c.x - MAX_ANCHOR_SHIFT_CHARS * charWidth && start.x <= c.x + charWidth);
}

/** The header that opens at line `i`, with its year line, or null. */
function headerOpeningAt(w: TableWalk, i: number, line: Line): TableHeader | null {
  const { lines, layout } = w;
  const found = i < w.headerless ? null : w.headerAt(i);
  // A page-foot footnote about the values ("1" / "Baselines are those of 2007; targets refer to
  // …") holds label words but is no header: with the next page's header under it, it made one
  // header of both.
  // (Labels one under the other, the line one label or its first words, are a header: a viewer's
  // copy prints a value alone on the line above them, corpus13 d13-003 mu.txt.)
  const detected: TableHeader | null = found && !labelsOneUnderOther(found, line) && footnoteUnderLoneMark(lines, i, w.part?.header.columns ?? []) ? null : found;
  const extended = detected ? withYearLine(detected, lines, i, layout.format === "pdf") : detected;
  // A header repeated at a page top has a year line only if the table's first printing had one:
  // else the year under it is the last line of a cell the page break cut ("88% by December" / "2013").
  const first = w.open?.parts[0]?.header ?? null;
  return detected && extended !== detected && first && sameColumns(first.columns, detected.columns) && first.lineCount === detected.lineCount ? detected : extended;
}

/** A header at line `i`: a new part of the open table (the same columns repeated) or a new table. */
function openPart(w: TableWalk, i: number, line: Line, entry: FlatLine, header: TableHeader): void {
  const { layout, lines, headingLines, pagesByNumber } = w;
  const previous = w.part;
  // A caption row spanning the table above its labels ("Performance framework, 2015"), repeated
  // with them at page tops, belongs to the header: not to the cut row above, nor an objective.
  const caption = captionAbove(lines, i, header, headingLines, pagesByNumber.get(line.page), w.isHeaderAt, i, layout.format === "text");
  if (caption !== null && previous) {
    const cap = lines[caption];
    previous.lines = previous.lines.filter((l) => l !== cap);
    if (cap) previous.objectiveLines.delete(cap);
  }
  // PDF: a caption captionAbove did not take (centred on the page over a narrower table) that the
  // table above read as its last line, across its column gaps, is no cell of it (captionAcrossCells).
  const crossing = caption === null && previous && layout.format === "pdf" ? captionAcrossCells(lines, i, header, previous) : null;
  if (crossing && previous) {
    previous.lines = previous.lines.filter((l) => l !== crossing);
    previous.objectiveLines.delete(crossing);
  }
  const part: TablePart = { header, lines: [], objectiveLines: new Set(), grid: line.kind === "table-row", frameX: tableLeftBorder(pagesByNumber.get(line.page), line, header.columns) };
  if (layout.format === "pdf") part.ruledHeader = headerRuled(pagesByNumber.get(line.page), lines, i, header, part.frameX);
  w.part = part;
  const open = w.open;
  if (open && open.parts[0] && sameColumns(open.parts[0].header.columns, header.columns) && !(layout.format === "pdf" && otherTableUnder(previous, header, part))) {
    // Read before the objective is looked for at the page foot below (that one opens this part).
    const endAbove = previous?.lines[previous.lines.length - 1];
    if (previous && endAbove && previous.objectiveLines.has(endAbove) && endAbove.page < line.page) part.cutObjective = true;
    // A header repeated mid-page in a table without an Objective column introduces the next
    // objective, printed just above it: take those lines back from the rows before.
    if (previous && !hasObjectiveColumn(header.columns)) {
      // Lines of the table above a header on the header's own page are never a cut row's rest
      // (that comes below a repeated header): they are the next objective, also at a page top.
      const lastAbove = previous.lines[previous.lines.length - 1];
      if (!entry.nearPageEdge || lastAbove?.page === line.page) {
        const before = new Set(previous.objectiveLines);
        stealObjectiveTail(previous, header.columns, layout.format !== "pdf", open.parts, layout.format !== "pdf" ? linesUnderHeader(lines, i, header.lineCount) : []);
        const stolen = previous.lines.filter((l) => previous.objectiveLines.has(l) && !before.has(l));
        if (stolen.length) part.tailAbove = { from: previous, lines: stolen };
      } else stealPageFootObjective(previous, header.columns, line.page);
    }
    open.parts.push(part);
  } else openTable(w, i, line, header, part, previous, caption);
}

/** A header at line `i` that opens a new table with `part`: its objective and caption taken from the table above. */
function openTable(w: TableWalk, i: number, line: Line, header: TableHeader, part: TablePart, previous: TablePart | null, caption: number | null): void {
  const { layout, lines, headingLines, pagesByNumber, isHeaderAt, indexOfLine, tables } = w;
  // Lines the previous table read as its cells are not this objective; its trailing objective
  // lines (a paragraph it took for a spanning row) are, and leave it.
  const captionOver = (head: Line, above: Line) => captionAbove(lines, i, header, headingLines, pagesByNumber.get(line.page), isHeaderAt, indexOfLine(head)) === indexOfLine(above);
  const headingTail = previous && !hasObjectiveColumn(header.columns) ? headingAboveHeader(previous, line, captionOver, w.open?.parts.flatMap((p) => p.lines) ?? [], layout.format !== "pdf") : [];
  const claimed = new Set(previous ? previous.lines.filter((l) => !previous.objectiveLines.has(l) && !headingTail.includes(l)) : []);
  const picked: Line[] = [];
  const above = hasObjectiveColumn(header.columns) ? null : objectiveAbove(lines, caption ?? i, header.columns, headingLines, claimed, picked, w.lexicon);
  // The table's caption over its objective heading ("Table 2. Objectives, …" / "Objective 5:
  // To …" / the labels) is the table's too, not a row of the table above.
  const captionOverHeading = caption === null && picked.length ? captionAbove(lines, i, header, headingLines, pagesByNumber.get(line.page), isHeaderAt, indexOfLine(picked[0]!), layout.format === "text") : null;
  // The table above may have ended already (at the heading's number): the caption is its last part's.
  const captionHolder = previous ?? tables[tables.length - 1]?.parts.at(-1);
  if (captionOverHeading !== null && captionHolder) {
    const cap = lines[captionOverHeading];
    captionHolder.lines = captionHolder.lines.filter((l) => l !== cap);
    if (cap) captionHolder.objectiveLines.delete(cap);
  }
  if (previous && picked.length) {
    const taken = new Set(picked);
    // The next table's caption centred above its objective heading ("Table 3. Objectives, …" /
    // "Objective 8: To advance …" / the header) is no line of the table above either: it is
    // read as a caption over the heading's first line, as over a header.
    const top = indexOfLine(picked[0]!);
    const cap = top > 0 && caption === null ? captionAbove(lines, top, header, headingLines, pagesByNumber.get(line.page), () => false) : null;
    if (cap !== null && lines[cap] && lines[cap]!.page === picked[0]!.page) taken.add(lines[cap]!);
    previous.lines = previous.lines.filter((l) => !taken.has(l));
    for (const l of taken) previous.objectiveLines.delete(l);
  }
  const open: RawTable = { table: tables.length + 1, parts: [part], objectiveAbove: above };
  w.open = open;
  tables.push(open);
}

/** A line of the open table at `i`: its row line, or what ends the table; returns the last line read. */
function walkBodyLine(w: TableWalk, i: number, line: Line, entry: FlatLine, open: RawTable, part: TablePart): number {
  const { layout, lines, headingLines, pagesByNumber, tableSizeOf, footnoteEnd, isHeaderAt } = w;
  // A bare number near the page edge is a page number (outermost on its page) or a footnote's
  // mark (at the left edge, above its text); one between table lines right of the left edge is a
  // cell (a Target "34" printed between its measure's two lines at the page foot). A page prints
  // one page number: where the furniture pass took it away already ("Page 2 of 3"), a bare number
  // outermost on the page right of the left edge is a cell's last line (a measure's wrapped value
  // "held:" / "5" at the page foot, corpus16 val16b v16-004), and so is one right under a run of
  // the line above, a wrapped line's step away (a measure's figure "8", corpus18 val18c v18-024).
  const startsLeft = startsAtLeftEdge(line, part.header.columns);
  if (entry.nearPageEdge && (startsLeft || (entry.outermost && !numberedAlready(pagesByNumber.get(line.page)) && !wrapsRunAbove(lines, i))) && isPageFurniture(line)) return i;
  // A run-together tabbed block (PDF, Markdown; tables/runTogether) is exactly the lines cut into
  // its cells: any other line (a caption, the next objective's heading) ends it.
  if (layout.format !== "text" && tabbedColumns(part.header.columns) && line.segments.every((s) => s.column === undefined)) {
    w.open = w.part = null;
    return i;
  }
  // A grid table (GFM) is contiguous: the first line that is no table row ends it.
  if (part.grid && line.kind !== "table-row") {
    w.open = w.part = null;
    return i;
  }
  // A heading-like line ends the table even when it did not count as a section (out of sequence).
  // A heading starts at the table's left edge: "1. Number of …" inside the measure column is an item.
  // A bare number ("1. Enhanced …") is a heading only when the section reader took it as one (an
  // item marker in the first column looks the same).
  const candidate = headingCandidate(line);
  const heading = ((candidate !== null && candidate.style !== "number" && !nextLetterItem(lines, i, candidate)) || (line.segments.length === 1 && isCompactSection(line.text))) && startsAtLeftEdge(line, part.header.columns);
  // A note printed under the table ("Note: Data on staffing are taken from …") before the next
  // section: no row, however short of prose's width it is.
  const firstRow = layout.format === "text" && firstRowUnderObjectiveHeader(lines, i, open, part);
  if (!heading && !firstRow && isNoteUnderTable(lines, i, part, headingLines)) {
    w.open = w.part = null;
    return i;
  }
  // A note under the table opening with a raised call ("ᵃ Excluding activities …", set smaller
  // than the table), at its foot or at the page's: no row, and the table may go on below it.
  const note = heading ? null : layout.format === "pdf" ? (raisedNoteEnd(lines, i, part.header.columns, tableSizeOf(part)) ?? noteUnderClosingRule(lines, i, part, pagesByNumber.get(line.page), tableSizeOf(part))) : layout.format === "text" ? textNoteEnd(lines, i, part.header.columns) : null;
  if (note) {
    (open.noteCalls ??= new Set()).add(note.call);
    return note.end;
  }
  // A footnote at the page foot is no spanning objective row either (its text runs across the columns).
  const footAbove = !heading && !hasObjectiveColumn(part.header.columns) && startsAtLeftEdge(line, part.header.columns) ? footnoteEnd(i, footnoteBlockEnd(lines, i, part.header.columns, true, layout.format !== "pdf", tableSizeOf(part), bodyEdgeOnPage(part, line))) : -1;
  if (footAbove >= 0) return footAbove;
  // On pdftotext's grid, runs that start where the next lines' cells start are cells (see runsWhereCellsOpenBelow).
  const cellsBelow = layout.format !== "pdf" && runsWhereCellsOpenBelow(lines, i, part.header.columns);
  // The lines under it on its page, for plain text's glued-marker test (markerGluedAtCellEdge).
  const below = layout.format !== "pdf" ? linesBelow(lines, i) : [];
  // The glued-marker test looks further down: a table's first body line has no line above it, and
  // the marked column's next items may open under a long cell of the first column.
  const belowForMarkers = layout.format !== "pdf" ? linesBelow(lines, i, GLUED_MARKER_LOOKAHEAD) : [];
  // Plain text: a page after the header's may be set on a grid of its own, right of the header
  // page's; its spanning objective rows start at its own left edge (tables/shiftedPageEdge).
  const spanningObjectives = !heading && !hasObjectiveColumn(part.header.columns);
  const shift = layout.format === "text" && spanningObjectives ? pageLeftShift(lines, i, part.header.page, part.lines, part.header.columns) : 0;
  const onPage = shift > 0 ? { ...part, header: { ...part.header, columns: shiftedColumns(part.header.columns, shift) } } : part;
  if (spanningObjectives && (isObjectiveLine(line, onPage, open, layout.format === "pdf", cellsBelow, pagesByNumber.get(line.page), nextOnPage(lines, i), below) || crossesBodyEdge(lines, i, part) || (layout.format !== "pdf" && objectiveRowAbove(lines, i, part)))) {
    if (part.lines.length === 0) giveBackTailAbove(part, line);
    part.lines.push(line);
    part.objectiveLines.add(line);
    return i;
  }
  // pdftotext sets each page on its own grid: under a header printed on an earlier page (at its
  // foot, the rows all on the next page), a row's cells may open a few characters off the labels.
  const edgeSlack = layout.format === "text" && line.page !== part.header.page ? PAGE_GRID_SHIFT_CHARS : 1;
  if (!firstRow && endsTable(w, i, line, open, part, heading, cellsBelow, below, belowForMarkers, edgeSlack)) {
    // Footnotes at the foot of a page interrupt a table that runs on over the page break.
    const pageEnd = heading ? -1 : footnoteEnd(i, footnoteBlockEnd(lines, i, part.header.columns));
    if (pageEnd >= 0) return pageEnd;
    // A caption repeated with the header at a page top goes with the header, and the table runs
    // on under it (the header below takes the caption; it is no row).
    if (!heading && repeatsCaptionAtPageTop(lines, i, open, headingLines, pagesByNumber.get(line.page), layout.text, isHeaderAt)) return i;
    w.open = w.part = null;
    return i;
  }
  // A footnote at the page foot under a table that runs on: not a row.
  const footEnd = startsAtLeftEdge(line, part.header.columns) ? footnoteEnd(i, footnoteBlockEnd(lines, i, part.header.columns, true, layout.format !== "pdf", tableSizeOf(part), bodyEdgeOnPage(part, line))) : -1;
  if (footEnd >= 0) return footEnd;
  part.lines.push(line);
  return i;
}

/**
 * The objective of `part`'s first rows was read above its header: the table's objective heading
 * (`objectiveAbove`, its first part), the lines taken back from the rows above a repeated header
 * (`tailAbove`), or the part before ending on a spanning objective row ("Objective 7: To …" over
 * a repeated header at a page top).
 */
function objectiveOverHeader(open: RawTable, part: TablePart): boolean {
  const at = open.parts.indexOf(part);
  if (at === 0) return open.objectiveAbove !== null;
  const before = open.parts[at - 1];
  const last = before?.lines[before.lines.length - 1];
  return (part.tailAbove?.lines.length ?? 0) > 0 || (!!last && !!before && before.objectiveLines.has(last));
}

/**
 * Plain text: the first line printed under a header (the next line of the file, or after blank
 * lines only) that an objective heading opens — a table without an Objective column whose objective
 * was read above it ("1.5 To help countries …", "9. To foster …" over the header) — is that
 * objective's first row, not what ends the table: the header labels its cells. pdftotext glues
 * such a row's cells by a space or three ("• Oversight recommendations implement‐ a) Vacancies …",
 * a hung bullet apart from its text) so it reads like prose, and an item's letter ("A. Post-crisis
 * environmental assessments") like a lettered heading; either ended the table with no row read
 * (TABLE_NO_ROWS).
 */
function firstRowUnderObjectiveHeader(lines: readonly Line[], i: number, open: RawTable, part: TablePart): boolean {
  const line = lines[i]!;
  if (part.lines.length > 0 || hasObjectiveColumn(part.header.columns) || line.page !== part.header.page) return false;
  if (!objectiveOverHeader(open, part)) return false;
  // The first printed line under the header's last: only blank lines between (a header set off from its rows).
  for (let k = i - 1; k >= 0; k--) {
    const l = lines[k]!;
    if (l.page !== line.page) return false;
    if (l.line === part.header.line + part.header.lineCount - 1) return true;
    if (l.segments.length > 0) return false;
  }
  return false;
}

/**
 * The line at `i` ends the open table: prose (no cells under it, no run where the table's cells
 * start, no bullet or glued marker opening a later cell), a heading, a signature line, a line
 * outside the ruled frame or a heading across the columns.
 */
function endsTable(w: TableWalk, i: number, line: Line, open: RawTable, part: TablePart, heading: boolean, cellsBelow: boolean, below: readonly Line[], belowForMarkers: readonly Line[], edgeSlack: number): boolean {
  const { layout, lines, pagesByNumber } = w;
  return (isProse(line, part.header.columns, edgeSlack) && !cellsBelow && !runsWhereCellsStart(line, part, open, layout.format === "pdf") && !bulletOpensLaterCell(line, part, open.parts) && (layout.format === "pdf" || (!markerGluedAtCellEdge(line, part, open, belowForMarkers) && !wordsOpenRunsBelow(line, below, part.header.columns) && !(layout.format === "text" && (capitalGluedAtColumnEdge(line, belowForMarkers, part.header.columns) || gluedAtBlockGrid(line, below, part.header.columns) || (!w.streamOrder && gluedInsideRowBlock(line, part.lines[part.lines.length - 1], nextGridLineOf(lines, i), part.header.columns))))))) || heading || (isSignatureLine(line) && !goesOnUnderCell(lines, i, part.header.columns)) || outsideRuledFrame(pagesByNumber.get(line.page), line, part.frameX, w.frameExtent(part, line.page)) || headingAcrossColumns(line, part, layout.format === "pdf") || (layout.format === "text" && labelledHeadingAcrossColumns(line, part));
}

/**
 * A header at a page top that is the table before the open one's, over rows laid out in the open
 * table's cells: two tables printed back to back that the word processor joined, whose repeated
 * header row is the first table's (tables/mergedTables). The open table runs on under it; the
 * header is no new table. Only where the open table ran to the page break (its last line on an
 * earlier page) and the header names the earlier table's labels word for word.
 *
 * The open table may be a header alone at the foot of the page before (`headerAtPageFoot`: the
 * word processor kept the second table's header on the first page and let its rows run under the
 * joined table's repeated header, corpus15 val15b/val15h). It has no body to set the rows against,
 * so the rows tell by their runs alone, in a PDF as in plain text: runs that reach past the next
 * label of the header above them are no cells of that header (`runsCrossHeaderColumns`).
 */
function repeatsJoinedTableHeader(lines: readonly Line[], i: number, header: TableHeader, open: RawTable | null, part: TablePart | null, tables: readonly RawTable[], nearPageEdge: boolean, layout: Layout): boolean {
  if (!open || !part || !nearPageEdge || layout.format === "markdown" || open !== tables[tables.length - 1]) return false;
  const line = lines[i]!;
  const alone = headerAtPageFoot(open, part);
  const lastPage = part.lines[part.lines.length - 1]?.page ?? alone;
  if (lastPage === undefined || lastPage >= line.page) return false;
  const own = open.parts[0]?.header.columns ?? [];
  if (sameColumns(own, header.columns) || labelLetters(own) === labelLetters(header.columns)) return false;
  const earlier = tables[tables.length - 2];
  const earlierColumns = earlier?.parts[0]?.header.columns;
  if (!earlier || !earlierColumns || labelLetters(earlierColumns) !== labelLetters(header.columns)) return false;
  const below: Line[] = [];
  const lookahead = alone === undefined ? JOINED_LOOKAHEAD : Infinity;
  for (let k = i + header.lineCount; k < lines.length && below.length < lookahead; k++) {
    const l = lines[k]!;
    if (l.page !== line.page || detectHeader(lines, k, layout.text) !== null) break;
    below.push(l);
  }
  const body = (t: RawTable) => t.parts.flatMap((p) => p.lines.filter((l) => !p.objectiveLines.has(l)));
  return rowsInOpenTableCells(below, body(open), body(earlier)) || ((layout.format === "text" || alone !== undefined) && runsCrossHeaderColumns(below, header.columns.map((c) => c.x), CHAR_WIDTH));
}
/**
 * The page of a table that is its header alone so far (no line read under it): the header's page.
 * Its rows, if the word processor joined it to the table before, are all under the repeated header
 * on the next page: they are read as far as that page goes (a row's cells may cross the repeated
 * header's labels in one line of several, corpus15 val15g v15-021), not JOINED_LOOKAHEAD lines.
 */
function headerAtPageFoot(open: RawTable, part: TablePart): number | undefined {
  return open.parts.length === 1 && part.lines.length === 0 ? part.header.page : undefined;
}
/** Lines under the header that are compared with the two tables' cells. */
const JOINED_LOOKAHEAD = 12;

/**
 * Line `i` opens its page (nothing above it there), the open table's lines so far end on an earlier
 * page, and it is the caption (captionAbove) of a header printed right below it in the table's
 * own columns: a caption row repeated with the header at the top of each page ("Performance
 * framework, 2015"). Chromium sets it at the table's left edge as one run across the columns,
 * which reads like prose and would end the table, cutting the row the page break split in two.
 */
function repeatsCaptionAtPageTop(lines: readonly Line[], i: number, open: RawTable, headingLines: ReadonlySet<string>, page: Pick<Page, "rules"> | undefined, text: string, isHeaderAt: (at: number) => boolean = (at) => detectHeader(lines, at, text) !== null): boolean {
  const line = lines[i]!;
  const first = open.parts[0]?.header;
  const last = open.parts[open.parts.length - 1]?.lines.at(-1);
  if (!first || !last || last.page >= line.page) return false;
  for (let k = i - 1; k >= 0 && lines[k]!.page === line.page; k--) if (lines[k]!.segments.length > 0) return false;
  let next = i + 1;
  while (next < lines.length && lines[next]!.segments.length === 0) next++;
  if (next >= lines.length || lines[next]!.page !== line.page) return false;
  const header = detectHeader(lines, next, text);
  return !!header && sameColumns(first.columns, header.columns) && captionAbove(lines, next, header, headingLines, page, isHeaderAt) === i;
}

/**
 * A note under a table: one run from the table's left edge across the second column's edge (no
 * cell is that wide), its paragraph's further lines (one run each, at the left edge), and then the
 * table's end — a section heading, a signature block or the end of the document. An objective
 * printed across the table is followed by its row's cells instead.
 */
function isNoteUnderTable(lines: readonly Line[], i: number, part: TablePart, headingLines: ReadonlySet<string>): boolean {
  const columns = part.header.columns;
  const line = lines[i]!;
  const seg = line.segments[0], second = columns[1];
  if (!seg || !second || line.segments.length !== 1 || line.kind === "table-row" || !startsAtLeftEdge(line, columns)) return false;
  // Across the second column: past its label, or past where the table's later cells start (a
  // centred label stands right of its column's text).
  const cw = averageCharWidth(line);
  const right = seg.x + seg.width;
  const crossesCell = part.lines.some((l) => l.segments.slice(1).some((s) => s.x > seg.x + NOTE_INDENT_CHARS * cw && s.x < right - cw));
  if (right <= second.x + cw && !crossesCell) return false;
  // Set off from the table by a paragraph gap or a page break (a glued line of two cells, as
  // pdftotext prints "… bodies and 31 in 2008 …", follows the row's line above it closely).
  let k = i - 1;
  while (k >= 0 && lines[k]!.segments.length === 0) k--;
  if (k === i - 1 && !afterParagraphGap(line, lines[k])) return false;
  let seen = 0;
  for (let k = i + 1; k < lines.length; k++) {
    const l = lines[k]!;
    if (l.segments.length === 0) continue;
    // A numbered heading the section reader found right of the table's left edge is an item of a
    // later column ("1. Government changes; …" in a vertically centred row under a spanning
    // objective): the table reads it as a cell (cellHeadings), so it ends no table here either.
    if ((headingLines.has(`${l.page}:${l.line}`) && startsAtLeftEdge(l, columns)) || isSignatureLine(l) || (l.segments.length === 1 && isCompactSection(l.text))) return true;
    if (l.segments.length !== 1 || !startsAtLeftEdge(l, columns) || ++seen > MAX_NOTE_LINES) return false;
  }
  return true;
}
/**
 * PDF: line `i` is a table's note opening with its call raised before it, as a word processor
 * prints a note under a table ("ᵃ Excluding activities funded from extrabudgetary resources.",
 * the call a superscript run — Word's, printed by LibreOffice: 5.5 pt raised over 8 pt text — the
 * note's text in a size apart from the table's body, from the table's left edge): the index of the
 * note's last line (its further lines in the note's size, under its text or back at the call), else -1. A cell never
 * opens with a raised call at the table's left edge in a smaller size; a spanning objective row is
 * set in the table's size. The note goes with no row; whether the table goes on under it (a note
 * at a page foot) is for the lines below to say.
 */
function raisedNoteEnd(lines: readonly Line[], i: number, columns: readonly ColumnDef[], tableSize: () => number): TableNote | null {
  const first = lines[i]!;
  const call = first.segments[0];
  if (!call || !NOTE_CALL.test(call.text.trim()) || !startsAtLeftEdge(first, columns)) return null;
  let at = i;
  let text = first.segments[1];
  if (first.segments.length === 1) {
    // A call raised past the line reader's merge tolerance is a line of its own just above its text.
    let k = i + 1;
    while (k < lines.length && lines[k]!.segments.length === 0) k++;
    const below = lines[k];
    if (!below || below.page !== first.page || below.y - first.y >= (below.segments[0]?.fontSize ?? 0)) return null;
    at = k;
    text = below.segments[0];
  }
  if (!text) return null;
  const size = text.fontSize;
  const gap = text.x - (call.x + call.width);
  if (!(call.fontSize < SUPERSCRIPT_SIZE_RATIO * size && text.y - call.y >= SUPERSCRIPT_RAISE_EM * size && gap <= SEGMENT_GAP_EM * size && gap >= -SEGMENT_GAP_EM * size)) return null;
  const body = tableSize();
  if (!(body > 0 && Math.abs(size - body) > FOOTNOTE_SIZE_APART * body)) return null;
  let last = at;
  for (let k = at + 1, seen = 0; k < lines.length && seen < MAX_NOTE_LINES; k++) {
    const l = lines[k]!;
    if (l.page !== first.page) break;
    if (l.segments.length === 0) continue;
    const head = l.segments[0]!;
    // A further line wraps under the note's text (a hanging note) or back to the call's edge (Word's
    // note paragraph, f2-007 of corpus4: "General for Safety and Security." under "¹ The Department …").
    const cw = averageCharWidth(l);
    if (l.segments.length !== 1 || Math.abs(head.fontSize - size) > FOOTNOTE_SIZE_APART * size || (Math.abs(head.x - text.x) > cw && Math.abs(head.x - call.x) > cw)) break;
    last = k;
    seen++;
  }
  return { end: last, call: call.text.trim() };
}
/**
 * PDF: line `i` is a table's note printed under the rule that closes the table, its call not raised
 * but set as the note's first word ("a Excluding activities funded from extrabudgetary resources.",
 * troff's tbl notes, corpus12 groff.pdf): one run from the table's left edge, opening with a call
 * (NOTE_CALL) and a capital, set smaller than the table's body (by more than FOOTNOTE_SIZE_APART),
 * and running across the second column's start (no cell does; a spanning row is set in the table's
 * size) or under a horizontal rule across the table (ROW_RULE_MIN_SPAN of its columns' span) below
 * the part's last line on the page. Unruled, the note was the last objective's next line
 * ("To provide timely advice … authority a Excluding activities …", d12-002).
 * Read as a row, the note also made the closing rule a boundary between the table's own lines, and
 * every row above it one ruled row ("To provide … To provide … To manage …", d12-013).
 * The note's further lines: one run each, its size, from the left edge.
 */
function noteUnderClosingRule(lines: readonly Line[], i: number, part: TablePart, page: Pick<Page, "rules"> | undefined, tableSize: () => number): TableNote | null {
  const first = lines[i]!;
  const run = first.segments[0];
  const columns = part.header.columns;
  const above = part.lines[part.lines.length - 1];
  const last = columns[columns.length - 1];
  if (!page || !run || !last || !above || above.page !== first.page || first.segments.length !== 1 || !startsAtLeftEdge(first, columns)) return null;
  const call = /^(\S+)\s+\p{Lu}/u.exec(run.text.trim())?.[1];
  if (!call || !NOTE_CALL.test(call) || !sizeApart(first, tableSize()) || run.fontSize >= tableSize()) return null;
  if (!runsAcrossSecondColumn(first, columns) && !rowBoundariesFromRules(page, columns[0]!.x, last.x).some((y) => y > above.y && y < first.y)) return null;
  let end = i;
  for (let k = i + 1, seen = 0; k < lines.length && seen < MAX_NOTE_LINES; k++) {
    const l = lines[k]!;
    if (l.page !== first.page) break;
    if (l.segments.length === 0) continue;
    if (l.segments.length !== 1 || !startsAtLeftEdge(l, columns) || Math.abs((l.segments[0]?.fontSize ?? 0) - run.fontSize) > FOOTNOTE_SIZE_APART * run.fontSize || /^\S+\s+\p{Lu}/u.test(l.text.trim()) && NOTE_CALL.test(l.text.trim().split(/\s/)[0] ?? "")) break;
    end = k;
    seen++;
  }
  return { end, call };
}
/** A note under a table: the index of its last line and its call ("a"). */
interface TableNote {
  end: number;
  call: string;
}
/**
 * Plain text (pdftotext's grid): line `i` is a table note's call printed alone ("a", pdftotext
 * sets the raised call on a line of its own), and the next line, right under it, is one run
 * starting right of the call, at the table's left edge (the note's text, "Excluding activities
 * funded …"): a note under the table, as raisedNoteEnd reads it in the PDF. No cell holds a lone
 * call on a line of its own. The index of the note's last line (the lines right under it from the
 * same edge, no blank between) and its call, else null.
 */
function textNoteEnd(lines: readonly Line[], i: number, columns: readonly ColumnDef[]): TableNote | null {
  const line = lines[i]!;
  const call = line.segments[0], head = columns[0];
  if (!call || !head || line.segments.length !== 1 || !NOTE_CALL.test(call.text.trim())) return null;
  const cw = averageCharWidth(line);
  const text = lines[i + 1]?.segments[0];
  // The note's text starts right of its call, at the table's left edge (a row-number column's, or
  // the objective column's), not inside the table.
  if (!text || text.x <= call.x || text.x > head.x + cw) return null;
  let last = i;
  for (let k = i + 1; k < lines.length && k - i <= MAX_NOTE_LINES; k++) {
    const l = lines[k]!;
    const first = l.segments[0];
    if (!first || l.page !== line.page || l.segments.length !== 1 || Math.abs(first.x - text.x) > cw || l.line !== lines[k - 1]!.line + 1) break;
    last = k;
  }
  return last > i ? { end: last, call: call.text.trim() } : null;
}
/** A note under a table is a sentence or two. */
const MAX_NOTE_LINES = 3;
/** A run starting this many characters right of the note's start begins another column. */
const NOTE_INDENT_CHARS = 4;

/**
 * The signature block under the last table: the signature lines ("_______"), "Signature:" and
 * "Date:" labels, and the signatories' names with their honorifics ("Mr. Ban Ki-moon").
 */
function isSignatureLine(line: Line): boolean {
  const cells = line.segments.map((s) => s.text.trim()).filter(Boolean);
  if (cells.length === 0) return false;
  if (cells.every((c) => SIGNATURE_RULE.test(c))) return true;
  if (SIGNATURE_LABEL.test(cells[0] ?? "") && !VALUE_AFTER_LABEL.test(cells[0] ?? "")) return true;
  return cells.every((c) => HONORIFIC.test(c) && isNameLine(c));
}
/** A typed signature line: underscores or dots. */
const SIGNATURE_RULE = /^[_.]{5,}$/;
const SIGNATURE_LABEL = /^(?:signature|signed|date)\s*:/i;
/**
 * A "date:" with a share after it ("date: 60%", "date: 75 per cent") is a measure's wrapped last
 * line ("Audit recommendations implemented by the due" / "date: 60%", corpus15 d15-001), not a
 * signatory's date: a date is never a percentage. Whatever stands between the label and the figure
 * (a comparator, or the two bytes jsPDF prints for "≥" in a standard font: `date: "e 90%.`,
 * corpus18 val18c v18-020) is a word at most; the share ends the line's value.
 */
const VALUE_AFTER_LABEL = /^\S+\s*:\s*(?:\S{1,3}\s*)?\d[\d,.]*\s*(?:%|per\s?cent\b)/i;

/**
 * A PDF: "Objective 5:" a run of its own (bold), the objective after it a word space or a justified
 * line's stretched space away — no column gap (at most LABEL_APART_EM), and the text after it
 * starts at no column's edge (TeX's `\multicolumn` spanning row set justified: 6.5 pt after the
 * label where the line's other spaces are 4.5 pt, over the 0.5 em that opens a segment).
 */
function labelSetApart(line: Line, columns: readonly ColumnDef[]): boolean {
  const [label, rest] = line.segments;
  if (line.segments.length !== 2 || !label || !rest || !BARE_OBJECTIVE_LABEL.test(label.text.trim())) return false;
  const size = label.fontSize || 10;
  if (rest.x - (label.x + label.width) > LABEL_APART_EM * size) return false;
  return columns.every((c) => Math.abs(c.x - rest.x) > size);
}
/** An objective label's space to its text: a justified line's word space, under a column gap. */
const LABEL_APART_EM = 1;

/**
 * In a table without an Objective column, a line that prints an objective across the table: one
 * labelled "Objective 2: …", one that runs over the column edges (a spanning row), or the wrapped
 * end of one (single run at the table's left edge after an objective line that did not end).
 */
function isObjectiveLine(line: Line, part: TablePart, table: RawTable, positioned: boolean, cellsBelow = false, page?: Pick<Page, "rules">, below?: Line, belowLines: readonly Line[] = []): boolean {
  const columns = part.header.columns;
  const text = line.text.trim();
  if (OBJECTIVE_LABEL.test(text) && line.segments.length === 1) return true;
  if (positioned && OBJECTIVE_LABEL.test(text) && labelSetApart(line, columns)) return true;
  if (isBoldSpanningRow(line, part)) return true;
  if (!positioned && numberedSpanningObjective(line, columns)) return true;
  if (!positioned && gluedRowUnderFinishedObjective(line, part, belowLines)) return false;
  if (line.segments.length === 1 && isSpanning(line, columns, positioned) && (positioned || (!gluedUnderCells(line, part) && !markerGluedAtCellEdge(line, part, table, belowLines) && !wordsOpenRunsBelow(line, belowLines, columns) && !gluedRowUnderObjective(line, columns) && !gluedAtBlockGrid(line, belowLines, columns)))) return true;
  // A justified paragraph line may come in several runs; prose across the columns is a spanning row
  // too — unless its runs start where the table's cells start (an accomplishment that runs close
  // to the measure column beside its first measure).
  if (startsAtLeftEdge(line, columns) && !startsWithMarker(text) && isProse(line, columns) && !cellsBelow && !runsWhereCellsStart(line, part, table, positioned) && (positioned || (!markerGluedAtCellEdge(line, part, table, belowLines) && !wordsOpenRunsBelow(line, belowLines, columns) && !gluedAtBlockGrid(line, belowLines, columns)))) return true;
  if (objectiveBesideMarkedItems(line, part)) return true;
  const prev = part.lines[part.lines.length - 1];
  // The rest of a spanning objective row cut by the page break: the first line under the repeated
  // header, one run from the table's left edge.
  if (prev === undefined && part.cutObjective && line.segments.length === 1 && startsAtLeftEdge(line, columns) && !startsWithMarker(text) && !(below && wrapsInFirstColumn(line, below, columns))) return true;
  return (
    prev !== undefined &&
    part.objectiveLines.has(prev) &&
    !endsSentence(prev.text) &&
    // pdftotext prints a paragraph's wrapped lines on consecutive grid lines: a line after a blank
    // one on the same page is the row's first cell line ("Objective: To increase …" / "" / "Pledges to the …").
    (positioned || prev.page !== line.page || !afterParagraphGap(line, prev) || wrapAfterOneBlank(prev, line) || wrapBeforeSpacedRow(prev, line, below)) &&
    !(positioned && pastObjectivePitch(part, prev, line)) &&
    line.segments.length === 1 &&
    (startsAtLeftEdge(line, columns) || hangsUnderNumberedObjective(prev, line)) &&
    !startsWithMarker(text) &&
    !inAnotherCell(prev, line, page) &&
    // A paragraph's wrapped lines share its left edge; a line indented past an unnumbered
    // objective's is the first column's cell under it (a Word-numbered heading's wrap hangs).
    (startsWithMarker(prev.text.trim()) || !firstColumnCellUnder(prev, line, columns)) &&
    (positioned || closedInOneCell(prev, line, page) || !firstWordFitsAbove(prev, line, part, belowLines)) &&
    // The objective's first row, its cells glued one space apart on a grid of its own (plain text).
    (positioned || (!gluedRowUnderObjective(line, columns) && !gluedAtBlockGrid(line, belowLines, columns))) &&
    (positioned || !cellGoesOnPastRowLine(line, belowLines, columns))
  );
}

/**
 * pdftotext's grid: a one-run line right under a spanning objective's line that is **finished** —
 * it ends a sentence, or the line's first word would have fitted on it (`firstWordFitsAbove`, the
 * line-fill test: a paragraph wraps only when the next word does not fit) — is not the objective's
 * wrap, however far it runs across the columns: it is the objective's first row, its cells glued by
 * single spaces on a grid of its own ("Objective: To improve the client orientation of
 * administrative services." / "Construction projects completed Client satisfaction with services",
 * corpus8 val8e v8-003; "… so that progress can" / "be measured in the regions" / "National data
 * on violence against Children consulted in the preparation of 335", corpus13 val13g v13g-009,
 * where the glued cell stands two characters left of its column's edge and the value on another
 * line or the edge shifted further defeat `gluedRowUnderObjective` and `gluedAtBlockGrid`). A new
 * spanning objective right under a finished one, on the next grid line, would leave the first
 * objective without a row; a labelled or numbered objective line is read before this test.
 */
function gluedRowUnderFinishedObjective(line: Line, part: TablePart, below: readonly Line[]): boolean {
  const prev = part.lines[part.lines.length - 1];
  if (!prev || !part.objectiveLines.has(prev) || line.segments.length !== 1) return false;
  if (prev.page !== line.page || line.line !== prev.line + 1 || !objectiveRunsAcross(part)) return false;
  return endsSentence(prev.text) || firstWordFitsAbove(prev, line, part, below);
}
/**
 * The objective that ends `part`'s lines runs across the table on one of its lines (`isSpanning`):
 * a spanning row, whose line ends where the table's lines end. An objective set in the first
 * column's cell, the other cells empty beside it (pandoc's grid tables: "| Objective 3: To support
 * an | |" / "| inclusive political process | |", corpus17 dev17 d17-001), wraps at that cell's edge,
 * which the table-wide line-fill test does not know.
 */
function objectiveRunsAcross(part: TablePart): boolean {
  for (let k = part.lines.length - 1; k >= 0 && part.objectiveLines.has(part.lines[k]!); k--) if (isSpanning(part.lines[k]!, part.header.columns)) return true;
  return false;
}

/**
 * A PDF: the spanning objective already wrapped once on this page (its two lines `above` and
 * `prev` give its own line pitch), and `line` stands clearly further below `prev` than that pitch
 * — the cell padding between the objective's row and the first sub-row, not a wrap. A paragraph's
 * wrapped lines keep one pitch. jspdf-autotable's `valign: middle` prints a two-line
 * accomplishment's first line above its one-line measure, alone at the table's left edge under the
 * "Objective 3: …" row (10.4 pt pitch, 16.4 pt to that line; corpus18 v18-018): read as the
 * objective's third line it made the objective unknown and cost the accomplishment its first line.
 */
function pastObjectivePitch(part: TablePart, prev: Line, line: Line): boolean {
  if (prev.page !== line.page) return false;
  const at = part.lines.lastIndexOf(prev);
  const above = at > 0 ? part.lines[at - 1] : undefined;
  if (!above || !part.objectiveLines.has(above) || above.page !== prev.page) return false;
  const pitch = prev.y - above.y;
  // A pitch under a line height is no wrap step (a raised mark's line, lines set over each other).
  const size = Math.max(...prev.segments.map((s) => s.fontSize || 0));
  return size > 0 && pitch >= size && line.y - prev.y > WRAP_PITCH_SLACK * pitch;
}
/** How much further than the objective's own line pitch its next line may stand and still be its wrap (a pitch rounds by a point at most). */
const WRAP_PITCH_SLACK = 1.3;

/**
 * pdftotext's grid: a one-run line under a spanning objective is the first column's cell of the
 * objective's first row, not the objective's wrapped line, when its text goes on past a row line:
 * below it (after its own lower-case wrapped lines at its left edge, if any) come one or two lines
 * with runs only beyond the first column — the row's other cells, centred beside the taller first
 * cell — and then a line that resumes at its left edge in lower case. A spanning objective has
 * nothing beside it, so its wrap never goes on past another cell's line; and a lower-case line
 * opens no cell of its own ("1. To improve the physical security … of Headquarters premises" /
 * "Entities operating on the new" / "…  Percentage of disputes resolved informally  64%" /
 * "enterprise system", corpus11 d11-010, where the line-fill test `firstWordFitsAbove` cannot
 * tell: the objective's line is nearly as wide as the table).
 */
function cellGoesOnPastRowLine(line: Line, below: readonly Line[], columns: readonly ColumnDef[]): boolean {
  const head = line.segments[0];
  if (line.segments.length !== 1 || !head || columns.length < 2) return false;
  const cw = averageCharWidth(line);
  const atEdge = (l: Line) => Math.abs((l.segments[0]?.x ?? -Infinity) - head.x) <= CHAR_SLACK * cw;
  // A lower-case word, not a list marker ("o National …" opens an item).
  const wrapped = (l: Line) => atEdge(l) && WRAPPED_ON.test(l.text.trim()) && !startsWithMarker(l.text.trim());
  const rowLine = (l: Line) => l.segments.length > 0 && l.segments.every((s) => s.x > head.x + MIN_FIRST_COLUMN_CHARS * cw);
  // Its wrapped line set beside the row's other cells: the line right below resumes at its left
  // edge in lower case, ends left of where the other runs start, and has runs beyond the first
  // column — a spanning objective's wrap runs across the row, with nothing beside it
  // ("Objective 5: To make humanitarian information …" / "Disaster assessment teams" /
  // "deployed within 48 hours of a      Number of situation reports issued      571", corpus11
  // d11-016, where the page's grid starts the cells at the objective's edge).
  const first = below[0];
  if (first && first.segments.length > 1 && wrapped(first) && first.segments.slice(1).every((s) => s.x > head.x + MIN_FIRST_COLUMN_CHARS * cw)) return true;
  let k = 0;
  while (k < below.length && below[k]!.segments.length === 1 && wrapped(below[k]!)) k++;
  let rows = 0;
  while (k < below.length && rowLine(below[k]!)) {
    rows++;
    k++;
  }
  const next = below[k];
  return rows > 0 && rows <= MAX_CENTRED_ROW_LINES && !!next && wrapped(next);
}
/** Lines of the row's other cells that a centred first cell's lines may straddle (a two-line measure beside it). */
const MAX_CENTRED_ROW_LINES = 2;

/**
 * A Word-numbered objective heading ("2. To strengthen … the Sustainable" / "Development Goals.")
 * wraps at its hanging indent: the next line starts where the text after the number starts, which
 * may lie right of the table's left edge when the list is indented (Chromium's print of Word's
 * numbered heading: the number at 83.8 pt, its text and the wrapped line at 95.6 pt, the table's
 * first label at 65.9 pt; corpus7 t7-004). A cell of the first column starts at the table's edge.
 */
function hangsUnderNumberedObjective(prev: Line, line: Line): boolean {
  if (!NUMBERED_OBJECTIVE_OPENING.test(prev.text.trim())) return false;
  const after = lineWords(prev)[1];
  const seg = line.segments[0];
  if (!after || !seg || after.x <= (prev.segments[0]?.x ?? Infinity)) return false;
  return Math.abs(seg.x - after.x) <= averageCharWidth(prev);
}

/**
 * Room to spare, as a share of the table's width, before a word counts as fitting on the line
 * above: pdftotext sets proportional text on a grid of average characters, so a line's length in
 * characters tells its printed width only roughly (h7-006: "… set by the" / "Security Council."
 * under a table whose centred values reach 10 % further right).
 */
const WORD_FIT_SLACK_SHARE = 0.2;

/**
 * pdftotext's grid: a capitalised line under a spanning objective's line is no wrap of it when its
 * first word would have fitted there — the objective's line plus a space and that word end short
 * of where the table's lines end (a spanning row is as wide as the table). It is the first
 * cell of the objective's first row, its other cells centred below it ("To improve the flow of
 * information on Africa's development" / "Clusters of the coordination mechanism").
 * The table's lines: its body so far, or, for the first row under a header (no body yet), the
 * lines `below` on the page — the rows under it are as wide ("Objective 3: To enhance
 * gender-responsive economic policymaking" / "Gender analysis used in budget" right under a
 * repeated header, corpus10 d10b-024; "To improve water resource management in countries facing
 * scarcity" / "Censuses and surveys conducted to international", corpus8 d8c-001).
 */
function firstWordFitsAbove(prev: Line, line: Line, part: TablePart, below: readonly Line[] = []): boolean {
  const word = /^\p{Lu}\S*/u.exec(line.text.trim())?.[0];
  const end = prev.segments[prev.segments.length - 1];
  if (!word || !end) return false;
  const cw = averageCharWidth(prev);
  const sofar = part.lines.filter((l) => !part.objectiveLines.has(l));
  const body = sofar.length ? sofar : below.filter((l) => l !== line && l.page === line.page);
  const right = Math.max(0, ...body.map((l) => {
    const s = l.segments[l.segments.length - 1];
    return s ? s.x + s.width : 0;
  }));
  const left = Math.min(prev.segments[0]?.x ?? 0, ...body.map((l) => l.segments[0]?.x ?? Infinity));
  return end.x + end.width + (1 + charCount(word)) * cw + WORD_FIT_SLACK_SHARE * (right - left) <= right;
}

/** The next BODY_EDGE_LOOKAHEAD non-empty lines after line `i` on its page. */
function linesBelow(lines: readonly Line[], i: number, count = BODY_EDGE_LOOKAHEAD): Line[] {
  const page = lines[i]!.page;
  const out: Line[] = [];
  for (let k = i + 1; k < lines.length && out.length < count && lines[k]!.page === page; k++) if (lines[k]!.segments.length > 0) out.push(lines[k]!);
  return out;
}
/** The next non-empty line after `lines[i]` on its page. */
function nextOnPage(lines: readonly Line[], i: number): Line | undefined {
  const page = lines[i]!.page;
  for (let k = i + 1; k < lines.length && lines[k]!.page === page; k++) if (lines[k]!.segments.length > 0) return lines[k];
  return undefined;
}
/**
 * `line` wraps inside the first column: it ends short of the second column's label, and the
 * line under it goes on with its sentence in lower case from its left edge. Its next word would
 * have fitted on a line as wide as the table, so the text is set in a cell of the first column's
 * width — the first cell of a row ("Transition plans agreed with" / "host Governments ahead of
 * …" under a header repeated after a page break), not the rest of a spanning objective cut by
 * the break, whose wrapped lines run across the table.
 */
function wrapsInFirstColumn(line: Line, below: Line, columns: readonly ColumnDef[]): boolean {
  const seg = line.segments[line.segments.length - 1], head = line.segments[0], next = below.segments[0], second = columns[1];
  if (!seg || !head || !next || !second) return false;
  const cw = averageCharWidth(line);
  return seg.x + seg.width < second.x && Math.abs(next.x - head.x) <= cw && WRAPPED_ON.test(below.text.trim());
}

/**
 * A one-run line under an unfinished spanning objective is in a cell of its own, not the
 * objective's wrapped line, when a ruled border runs between them or the objective is set in bold
 * and the line is not (a cell's wrapped lines keep its font): "Objective: To increase the
 * participation of women in peace processes" (bold, no full stop) over the first accomplishment
 * "Pledges to the multi-year appeal received on" (h7-011).
 */
function inAnotherCell(above: Line, line: Line, page: Pick<Page, "rules"> | undefined): boolean {
  if (above.segments.every((s) => s.bold) && !line.segments.some((s) => s.bold)) return true;
  const seg = line.segments[0];
  if (!page || !seg || page.rules.length === 0) return false;
  const top = line.y - ASCENT_EM * (seg.fontSize ?? 0);
  return rowBoundariesFromRules(page, seg.x, seg.x + seg.width).some((y) => y > above.y && y < top);
}

/**
 * Plain text with a box table drawn in characters (extract/box-tables: pandoc's `-t plain` grid
 * tables, Emacs table.el, reStructuredText grids): the line under an unfinished objective is its
 * wrapped line when both stand inside one cell closed by vertical rules on either side, the bars
 * running down past both lines, with no border between them (`inAnotherCell`). A grid table's cell
 * wraps at its own bars, not at the table's width, so the line-fill test against the table
 * (`firstWordFitsAbove`) says nothing there: pandoc sets an objective alone in the first column's
 * cell of its row ("Objective 3: To support an inclusive" / … / "settlement of the conflict in" /
 * "Yemen"), and its last line, a name in capitals that would have fitted on a line as wide as the
 * table, was read as the next row's first cell (corpus17 pandoc.txt). A rule only text input draws
 * this way: a PDF's lines are positioned and never take the line-fill test.
 */
function closedInOneCell(above: Line, line: Line, page: Pick<Page, "rules"> | undefined): boolean {
  const rules = page?.rules ?? [];
  const a = above.segments, b = line.segments;
  if (rules.length === 0 || a.length === 0 || b.length === 0) return false;
  const size = b[0]!.fontSize || 10;
  const top = above.y - size, bottom = line.y;
  const left = Math.min(a[0]!.x, b[0]!.x), right = Math.max(...[...a, ...b].map((s) => s.x + s.width));
  const verticals = rules.filter((r) => Math.abs(r.x1 - r.x2) <= RULE_FLATNESS && Math.min(r.y1, r.y2) <= top && Math.max(r.y1, r.y2) >= bottom);
  return verticals.some((r) => r.x1 < left) && verticals.some((r) => r.x1 >= right);
}

/**
 * An objective ("To …") printed across a table without an Objective column, as one run from the
 * table's left edge through the edge where the second column's cells start in the lines below —
 * the white-space gap the body shows, not the header label, which a centred header sets far right
 * of it ("To advance gender-responsive policies in national budgets." reaching past the bullets of
 * the measures column but not the label "Key performance indicators"). A cell never crosses that
 * edge; pdftotext's glued cells (`gluedUnderCells`) are the exception and are left out.
 */
function crossesBodyEdge(lines: readonly Line[], i: number, part: TablePart): boolean {
  const line = lines[i]!;
  const columns = part.header.columns;
  // A heading's number may be a PDF run of its own before the objective ("1." | "To provide …").
  const numberRun = isNumberedRun(line);
  const text = (numberRun ? line.segments[1]!.text : line.text).trim();
  if ((line.segments.length !== 1 && !numberRun) || !OBJECTIVE_OPENING.test(text) || !startsAtLeftEdge(line, columns) || tabbedColumns(columns)) return false;
  const first = columns[0], second = columns[1];
  if (!first || !second) return false;
  const cw = averageCharWidth(line);
  // Where cells right of the first column start in the next lines of the page (not this line's own);
  // a numbered heading under the table's last row, above the next table, by the rows above it.
  let starts = cellStartsBelow(lines, i, first.x + MIN_FIRST_COLUMN_CHARS * cw, second.x + cw);
  if (numberRun && starts.length < MIN_BODY_EDGE_SUPPORT) {
    const above = part.lines.filter((l) => l.page === line.page && !part.objectiveLines.has(l)).slice(-BODY_EDGE_LOOKAHEAD);
    starts = above.flatMap((l) => l.segments.filter((seg) => seg.x > first.x + MIN_FIRST_COLUMN_CHARS * cw && seg.x <= second.x + cw).map((seg) => seg.x));
  }
  if (starts.length < MIN_BODY_EDGE_SUPPORT) return false;
  const edge = Math.min(...starts);
  if (starts.filter((x) => x - edge <= ANCHOR_SLACK_CHARS * cw).length < MIN_BODY_EDGE_SUPPORT) return false;
  if (gluedUnderCells(line, part)) return false;
  // The heading's text is one run (no column gap in it) from left of the edge to right of it.
  const run = numberRun ? line.segments[1] : undefined;
  if (run && run.x < edge && run.x + run.width > edge + cw) return true;
  const words = lineWords(line);
  if (words.some((w) => w.x < edge && w.x + charCount(w.text) * cw > edge + cw)) return true;
  return !run && tooWideForFirstColumn(words, lines, i, part, edge, cw);
}

/**
 * A one-run line that goes on past the second column's edge with a word boundary right at it (no
 * word straddles the edge) is still one run across the table when its words left of the edge are
 * longer than any line the first column holds (firstColumnWrapBound, over the part's lines and the
 * next lines of the page): no first-column cell line glued to a second-column cell.
 */
function tooWideForFirstColumn(words: readonly { x: number; text: string }[], lines: readonly Line[], i: number, part: TablePart, edge: number, cw: number): boolean {
  const last = words[words.length - 1];
  const left = words.filter((w) => w.x < edge);
  if (!last || last.x < edge || left.length === 0) return false;
  const page = lines[i]!.page;
  const below: Line[] = [];
  for (let k = i + 1; k < lines.length && lines[k]!.page === page && below.length < NUMBERING_LOOKBACK_LINES; k++) if (lines[k]!.segments.length) below.push(lines[k]!);
  const bound = firstColumnWrapBound([...part.lines.filter((l) => !part.objectiveLines.has(l)), ...below], edge, cw);
  return bound !== null && charCount(left.map((w) => w.text).join(" ")) >= bound;
}
/**
 * pdftotext's grid: a line of several runs whose later runs each start where cells open in the next
 * lines of its page — at least MIN_BODY_EDGE_SUPPORT of the next BODY_EDGE_LOOKAHEAD non-empty lines
 * have a run starting there (within a character), well right of the table's left edge — is a row of
 * cells, however narrow its column gap ("(i) Media partners carrying campaign content.   ● 95% of …"
 * above "● At least 11 …" and "● Media partners …" at the bullet's column). It matters for a
 * table's first row, where no earlier line shows the edge (`runsWhereCellsStart`), and under a
 * centred header whose labels stand far right of where the cells start. Prose never has the next
 * lines open mid-page exactly under a word of its own.
 */
function runsWhereCellsOpenBelow(lines: readonly Line[], i: number, columns: readonly ColumnDef[]): boolean {
  const line = lines[i]!;
  const first = columns[0];
  if (line.segments.length < 2 || !first || tabbedColumns(columns)) return false;
  const cw = averageCharWidth(line);
  const starts = cellStartsBelow(lines, i, first.x + MIN_FIRST_COLUMN_CHARS * cw);
  return line.segments.slice(1).every((seg) => starts.filter((x) => Math.abs(x - seg.x) < cw).length >= MIN_BODY_EDGE_SUPPORT);
}
/**
 * pdftotext's grid: a one-run line whose cells pdftotext glued by single spaces, told by the row's
 * wrapped lines right under it (no blank line between, WORDS_OPEN_RUNS_LINES at most): a word of the
 * line, one space after the word before it, starts exactly where a run of a line below opens, right
 * of the first column — WORDS_OPEN_RUNS_MIN times or more over those lines ("– Vacancies filled
 * within the Organization's • Liquidity constraints; spending - 33 appointments …" over "   target
 * … plans reviewed quarterly … States", "Liquidity" and "33" at the columns of "plans" and
 * "States", corpus8 d8e-001; "Construction projects Average days …" over "completed within
 * legal opinion" and "budget.   Documents issued …", d8e-004). The column edge is shared by the
 * lines of the row; a prose line has no table lines glued under it, and its words meet their
 * starts only by chance. The row, not prose or a spanning objective: the table goes on.
 */
function wordsOpenRunsBelow(line: Line, below: readonly Line[], columns: readonly ColumnDef[]): boolean {
  const first = columns[0];
  if (line.segments.length !== 1 || !first) return false;
  const cw = averageCharWidth(line);
  const words = lineWords(line);
  const glued = words.filter((w, k) => {
    const before = words[k - 1];
    return k > 0 && !!before && w.x - (before.x + charCount(before.text) * cw) <= cw + CHAR_SLACK * cw;
  });
  let hits = 0;
  let above = line;
  for (const l of below.slice(0, WORDS_OPEN_RUNS_LINES)) {
    // Lines right under each other: a blank grid line between is a paragraph or a row's end.
    if (l.page !== line.page || l.line !== above.line + 1 || l.segments.length < 2) break;
    for (const seg of l.segments.slice(1)) if (seg.x > first.x + MIN_FIRST_COLUMN_CHARS * cw && glued.some((w) => Math.abs(w.x - seg.x) < CHAR_SLACK * cw)) hits++;
    above = l;
  }
  // The line's last word a lone figure glued one space on, nearer the first Target or Baseline
  // column than the measure column's edge: the row's value cell, which no spanning objective ends
  // with ("… Missions with a senior victims' rights officer 3" over "the agreed time  (number)",
  // corpus13 d13-005; a value may stand left of its centred or right-set label). It counts as one
  // more run so opened, with one from the lines below at least. Not a year ("… by 2030").
  const last = glued[glued.length - 1];
  if (hits > 0 && last && last === words[words.length - 1] && LONE_FIGURE.test(last.text) && !YEAR_LABEL.test(last.text) && valueSide(last.x, columns)) hits++;
  return hits >= WORDS_OPEN_RUNS_MIN;
}
/** A figure alone: "3", "1,892", "85%". */
const LONE_FIGURE = /^\d[\d,.]*%?$/;
/** `x` lies past the middle between the measure column's edge and the first value column's. */
function valueSide(x: number, columns: readonly ColumnDef[]): boolean {
  const measure = columns.find((c) => c.role === "measures"), value = columns.find((c) => c.role === "target" || c.role === "baseline");
  return !!measure && !!value && value.x > measure.x && x > (measure.x + value.x) / 2;
}
/** The row's wrapped lines looked at under a glued line (wordsOpenRunsBelow). */
const WORDS_OPEN_RUNS_LINES = 2;
/** Runs of the lines below that a glued line's words must open at (one could be chance). */
const WORDS_OPEN_RUNS_MIN = 2;
/** Half a character: grid positions are whole characters. */
const CHAR_SLACK = 0.5;
/**
 * The x of every run starting right of `after` (and at most at `upTo`) in the next
 * BODY_EDGE_LOOKAHEAD non-empty lines below `lines[i]` on its page: where the table's cells open.
 */
function cellStartsBelow(lines: readonly Line[], i: number, after: number, upTo = Infinity): number[] {
  const page = lines[i]!.page;
  const starts: number[] = [];
  for (let k = i + 1, seen = 0; k < lines.length && seen < BODY_EDGE_LOOKAHEAD && lines[k]!.page === page; k++) {
    const l = lines[k]!;
    if (l.segments.length === 0) continue;
    seen++;
    for (const seg of l.segments) if (seg.x > after && seg.x <= upTo) starts.push(seg.x);
  }
  return starts;
}

/**
 * pdftotext's grid: a short spanning objective row of a table without an Objective column — one run
 * from the table's left edge that opens an objective ("To …"), with nothing beside it, right above
 * a row line (a run beyond the first column, where the row's cells open), or above its own wrapped
 * lower-case rest and then a row line. Its text need not reach the second column ("To advance
 * gender-responsive policies in national budgets." over "Climate risk assessments …   Number of …").
 * A cell's first line has its row's other cells beside it (top-aligned), and an accomplishment
 * never opens with an infinitive; the bold type that tells it in a PDF is lost in the text.
 */
function objectiveRowAbove(lines: readonly Line[], i: number, part: TablePart): boolean {
  const line = lines[i]!;
  const columns = part.header.columns;
  if (line.segments.length !== 1 || !OBJECTIVE_OPENING.test(line.text.trim()) || !startsAtLeftEdge(line, columns) || tabbedColumns(columns)) return false;
  const first = columns[0];
  if (!first) return false;
  const cw = averageCharWidth(line);
  const rowLine = (l: Line) => l.segments.some((seg) => seg.x > first.x + MIN_FIRST_COLUMN_CHARS * cw);
  let wrapped = 0;
  let centred = 0;
  // The objective's last line so far.
  let end = line;
  for (let k = i + 1; k < lines.length && lines[k]!.page === line.page; k++) {
    const l = lines[k]!;
    if (l.segments.length === 0) continue;
    if (rowLine(l)) return true;
    // The objective's wrapped rest: one run at the left edge going on in lower case.
    if (centred === 0 && wrapped < MAX_OBJECTIVE_LINES && l.segments.length === 1 && startsAtLeftEdge(l, columns) && WRAPPED_ON.test(l.text.trim())) {
      wrapped++;
      end = l;
      continue;
    }
    // The first column's cell of a row whose other cells are centred (they open a line or more
    // below it), told from the objective's own lines by its left edge, or, at the same edge, by
    // its first word, which would have fitted on the objective's last line (`firstWordFitsAbove`).
    if (centred < MAX_CENTRED_CELL_LINES && (centred > 0 || firstColumnCellUnder(line, l, columns) || firstWordFitsAbove(end, l, part, linesBelow(lines, k)))) {
      centred++;
      continue;
    }
    return false;
  }
  // The objective ends its page: the row's cells are under the header repeated on the next page.
  return lastBodyLineOfPage(lines, i);
}

/**
 * Lines of the first column's cell (and its wrapped lines) that may stand between a spanning
 * objective and the first line of its row where the row's other cells open: LibreOffice centres
 * them vertically, and pdftotext prints a one- or two-line measure beside the middle of a taller
 * accomplishment cell.
 */
const MAX_CENTRED_CELL_LINES = 4;
/**
 * `cell`, a line of the first column alone (the caller has seen no run of a later column) under the spanning objective `objective`, is the first
 * column's cell and not the objective's wrapped line: it opens with a list marker, which no
 * objective line does, or it starts at least two characters right of the objective (a cell's
 * indent or its list's hanging indent; a paragraph's wrapped lines share its left edge).
 */
function firstColumnCellUnder(objective: Line, cell: Line, columns: readonly ColumnDef[]): boolean {
  const seg = cell.segments[0], head = objective.segments[0], second = columns[1];
  if (!seg || !head || !second || seg.x >= second.x) return false;
  const cw = averageCharWidth(cell);
  return startsWithMarker(cell.text.trim()) || (seg.x >= head.x + CELL_INDENT_CHARS * cw && seg.x <= head.x + MIN_FIRST_COLUMN_CHARS * cw);
}
/** A first-column cell's own indent under a spanning objective, in characters. */
const CELL_INDENT_CHARS = 2;
/** No non-empty line follows line `i` on its page. */
function lastBodyLineOfPage(lines: readonly Line[], i: number): boolean {
  const page = lines[i]!.page;
  for (let k = i + 1; k < lines.length && lines[k]!.page === page; k++) if (lines[k]!.segments.length > 0) return false;
  return i + 1 < lines.length;
}

/** Non-empty lines below an objective line looked at for the second column's edge. */
const BODY_EDGE_LOOKAHEAD = 6;
/**
 * Non-empty lines below a glued line looked at for the column of markers it runs into
 * (`markerGluedAtCellEdge`): the first body line under an objective heading has only lines below it,
 * and the marked column's next two items may open under a first-column cell of five or six lines
 * (corpus7 t7c-019: "• Performance evaluations completed.  26 per cent …", the glyph's column
 * opening again seven and nine lines down).
 */
const GLUED_MARKER_LOOKAHEAD = 12;
/** The first column is at least this many characters wide: a start closer to its edge is a hung indent, no column. */
const MIN_FIRST_COLUMN_CHARS = 12;
/** Lines that must start a cell at the edge (within the anchor slack) for it to count. */
const MIN_BODY_EDGE_SUPPORT = 2;

/**
 * A row that spans the table and prints its objective in bold, however short: one bold run at the
 * table's left edge with every other cell of the line empty (PDF: one run; Markdown: the first cell
 * of a GFM row whose other cells are empty, `| **To advance …** | | |`). Cells are top-aligned, so
 * the first line of an ordinary sub-row has its neighbours' first lines beside it; and a centred
 * header label can sit far right of its column's edge, so a short spanning objective need not reach
 * the next label (what `isSpanning` asks). The header is bold too, but its lines are read before.
 */
function isBoldSpanningRow(line: Line, part: TablePart): boolean {
  const seg = line.segments[0];
  if (line.segments.length !== 1 || !seg?.bold || (seg.column !== undefined && seg.column !== 0)) return false;
  const text = line.text.trim();
  // A number before the objective's opening is its label ("**6. To support …**", the spanning row
  // of a decimal outline): the bold cell is the objective. A bold numbered first cell of another
  // kind ("3. Challenges", a numbered item) is not.
  const numbered = NUMBERED_OBJECTIVE_OPENING.test(text);
  if ((startsWithMarker(text) && !numbered) || !(numbered || BOLD_OBJECTIVE_START.test(text))) return false;
  if (!startsAtLeftEdge(line, part.header.columns)) return false;
  // The rows above must not be bold cells themselves (a table whose body is bold throughout).
  return !part.lines.some((l) => !part.objectiveLines.has(l) && l.segments.length > 1 && l.segments.every((s) => s.bold));
}
/** A bold spanning objective opens with a capital letter or a digit-free word (no number, no marker, no lower case). */
const BOLD_OBJECTIVE_START = /^\p{Lu}/u;

/**
 * pdftotext's grid: a one-run line right under a table line, with a word (one space after the word
 * before it) that starts exactly where a later run of that line starts, is two cells glued by one
 * space ("recommendations of expert groups. conducted" under "Improved follow-up on the   Average
 * …"), or that opens in lower case ("outstanding audit recommen- dations implemented by …" under
 * "a) Reduced number of   Percentage of …"), when it ends within the width of that line: a cell's
 * lines share its left edge, an objective's first line opens in upper case, and a spanning
 * objective or paragraph runs on across the cells.
 */
function gluedUnderCells(line: Line, part: TablePart): boolean {
  const above = part.lines[part.lines.length - 1];
  if (!above || part.objectiveLines.has(above) || above.page !== line.page || above.line !== line.line - 1) return false;
  const charWidth = averageCharWidth(line);
  const words = lineWords(line);
  const starts = above.segments.slice(1).map((s) => s.x);
  // Within the row above's width: a paragraph running on past the cells is prose whatever lines up.
  const right = (l: Line) => Math.max(...lineWords(l).map((w) => w.x + charCount(w.text) * charWidth));
  if (right(line) > right(above) + ANCHOR_SLACK_CHARS * charWidth) return false;
  // Opening in lower case, it goes on with the cell above it: an objective's first line never does.
  if (CONTINUATION_START.test(line.text.trim())) return true;
  return words.some((w, k) => k > 0 && words[k - 1]!.segment === w.segment && starts.some((x) => Math.abs(x - w.x) < charWidth / 2));
}

/**
 * An objective's own opening ("To …"), one run at the table's left edge, in a table whose left
 * column marks every item it starts there ("1. Property write-offs …", "2. …"; their wrapped
 * lines hang right of the marker): no item of that column opens unmarked at the marker's place, so
 * the line is a spanning objective row, however short of the next column it ends ("To improve
 * medical support and casualty evacuation standards." under "3. Camps managed …").
 */
function objectiveBesideMarkedItems(line: Line, part: TablePart): boolean {
  const columns = part.header.columns;
  const text = line.text.trim();
  if (line.segments.length !== 1 || !OBJECTIVE_OPENING.test(text) || !startsAtLeftEdge(line, columns)) return false;
  const x = line.segments[0]!.x;
  const cw = averageCharWidth(line);
  const atEdge = part.lines.filter((l) => !part.objectiveLines.has(l) && Math.abs((l.segments[0]?.x ?? -Infinity) - x) <= cw);
  const marked = atEdge.filter((l) => startsWithMarker(l.text.trim())).length;
  return marked >= MIN_MARKED_ITEMS && marked === atEdge.length;
}

/** A numbered heading: "2. To …", "3) Strengthened …" — a number, then a capitalised sentence. */
const NUMBERED_HEADING = /^\d{1,2}[.)]\s+\p{Lu}/u;

/**
 * Plain text (pdftotext's grid): a numbered objective's opening ("3. To advocate for …", the
 * spanning row of a decimal outline) as one run from the table's left edge across the next
 * column's edge, in an open table without an Objective column, is a spanning objective row, not a
 * numbered section heading; the section reader takes the line for one, and the PDF reader knows
 * it by its run. "To" after the number keeps a compact's numbered headings ("1. Introduction",
 * "3. Challenges", "2. Managerial objectives") headings.
 */
function numberedSpanningObjective(line: Line, columns: readonly ColumnDef[]): boolean {
  return !hasObjectiveColumn(columns) && NUMBERED_OBJECTIVE_OPENING.test(line.text.trim()) && runsAcrossSecondColumn(line, columns);
}

/** One run of words from the table's left edge across the next column's edge. */
function isSpanning(line: Line, columns: readonly ColumnDef[], positioned = false): boolean {
  const second = columns[1];
  if (!second || tabbedColumns(columns)) return false;
  // A list marker opens a first-column item, which never crosses into the next column; a numbered
  // objective heading ("2. To reinforce …") runs across the table like any spanning row.
  const text = line.text.trim();
  const numbered = startsWithMarker(text);
  if (numbered && !(positioned && NUMBERED_HEADING.test(text))) return false;
  // A numbered heading may be indented as a list item (Chromium's print of Word numbering sets
  // "1. To make meetings …" at the list's padding, right of the table's edge): it starts in the
  // first column and runs across the others.
  if (!startsAtLeftEdge(line, columns) && !(numbered && startsBeforeSecond(line, columns))) return false;
  const charWidth = averageCharWidth(line);
  const words = lineWords(line);
  const edge = second.x - MAX_ANCHOR_SHIFT_CHARS * charWidth;
  // One run of words (no column gap between them) from the left edge past the next column's label.
  const seg = line.segments[0];
  const oneRunAcross = line.segments.length === 1 && !!seg && seg.x < edge && runsAcross(line, columns);
  // A numbered line only as one PDF run (pdftotext's grid glues two cells with a space or two).
  if (numbered) return oneRunAcross;
  return oneRunAcross || words.some((w) => w.x < edge && w.x + charCount(w.text) * charWidth > second.x + charWidth) || (words.some((w) => w.x > second.x + charWidth) && isProse(line, columns));
}

const FOOTNOTE_MARK_TEXT = /^(?:\d{1,2}\/?|[*†‡§]{1,3})(?: {2,}|\t)\S/u;
function isFootnoteMark(line: Line): boolean {
  const [first, second] = line.segments;
  if (first && second && FOOTNOTE_MARK_RUN.test(first.text.trim())) return true;
  return FOOTNOTE_MARK_TEXT.test(line.text.trimStart()) || FOOTNOTE_MARK_GLUED.test(line.text.trimStart());
}
/**
 * A raised footnote number that the text layer glued to its text's first word ("1Targets are set
 * …", LibreOffice's footnote area): a digit straight against a capitalised word. A cell never opens
 * so — its numbers are followed by a space, a full stop or a unit ("1. Greater …", "3 days", "2nd").
 */
const FOOTNOTE_MARK_GLUED = /^\d{1,2}\p{Lu}\p{Ll}/u;
/** The line above (same page) is a footnote mark alone ("1"), as pdftotext prints a raised mark. */
function afterLoneMark(lines: readonly Line[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && lines[k]!.segments.length === 0) k--;
  const above = lines[k];
  const mark = above?.segments[0], text = lines[i]!.segments[0];
  // The mark stands where the footnote's text starts (or left of it), not in a far column (a "1" in a Target cell).
  return !!above && !!mark && !!text && above.page === lines[i]!.page && FOOTNOTE_MARK_RUN.test(above.text.trim()) && mark.x <= text.x + averageCharWidth(lines[i]!);
}
/**
 * The line below (same page) is a footnote mark alone at the text's start: pdftotext sets
 * LibreOffice's footnote number, raised at the text's left, on a line of its own under the text
 * ("Baselines are those of 2007; …" / "1").
 */
function beforeLoneMark(lines: readonly Line[], i: number): boolean {
  let k = i + 1;
  while (k < lines.length && lines[k]!.segments.length === 0) k++;
  const below = lines[k];
  const mark = below?.segments[0], text = lines[i]!.segments[0];
  if (!below || !mark || !text || below.page !== lines[i]!.page || below.segments.length !== 1 || !FOOTNOTE_MARK_RUN.test(below.text.trim()) || Math.abs(mark.x - text.x) > averageCharWidth(lines[i]!)) return false;
  // A mark with its footnote's text under it ("1" / "The Department comprises …") is that
  // footnote's, and the line above it is the page's text (an objective heading).
  let n = k + 1;
  while (n < lines.length && lines[n]!.segments.length === 0) n++;
  return !(n < lines.length && afterLoneMark(lines, n));
}
/**
 * The line is a footnote's text under (or over) its mark printed alone on a line of its own, and the
 * block runs to its page's foot (footnoteBlockEnd): pdftotext's print of a raised footnote number.
 */
function labelsOneUnderOther(header: TableHeader, line: Line): boolean {
  const first = normalizeSpace(header.columns[0]?.header ?? "").toLowerCase();
  const text = normalizeSpace(line.text).toLowerCase();
  return isLinearized(header.columns) && text.length > 0 && (first === text || first.startsWith(`${text} `));
}
function footnoteUnderLoneMark(lines: readonly Line[], i: number, columns: readonly ColumnDef[]): boolean {
  return (afterLoneMark(lines, i) || beforeLoneMark(lines, i)) && footnoteBlockEnd(lines, i, columns) >= 0;
}
/** A footnote block at a page foot is a few lines; more is body text. */
const MAX_FOOTNOTE_LINES = 8;

/**
 * The line opens a footnote block that runs to the foot of its page (and a further page follows):
 * the index of the page's last line, else -1. A footnote's number is a run of its own or glued to
 * the text; its lines never take the table's columns, so they are never table rows: a block with a
 * run that starts in a column right of the first ("*" | "Increased …" | "• Delays …", a cell's
 * bullet that looks like a footnote sign) is the table's rows.
 */
function footnoteBlockEnd(lines: readonly Line[], i: number, columns: readonly ColumnDef[], strict = false, textGrid = false, tableSize: () => number = () => 0, bodyEdge: () => number | null = () => null): number {
  const line = lines[i];
  if (!line) return -1;
  // On pdftotext's grid a mark one space before its text is told by the run's width. A PDF's mark
  // is mostly a run of its own; glued to its text by one space, it is told by a run across the
  // table's columns (no cell is that wide) set in a size other than the table's (footnotes have a
  // size of their own; a spanning row of the table has the table's).
  // A footnote numbered like a list item ("1. The resources …", WeasyPrint's marker) is told in a
  // PDF by its smaller size and run alone (numberedNoteInPdf), in text by its place at the page
  // foot (numberedNoteAtFoot).
  const gridMark = () =>
    textGrid
      ? (FOOTNOTE_START.test(line.text.trim()) &&
          (runsOverEveryColumn(line, columns) || (runsAcrossSecondColumn(line, columns) && setOffAbove(lines, i)) || (runsAcrossEdge(line, bodyEdge()) && setOffAbove(lines, i, 1)))) ||
        numberedNoteAtFoot(lines, i, columns, bodyEdge)
      : (FOOTNOTE_START.test(line.text.trim()) || numberedNoteInPdf(line, tableSize)) && runsAcrossSecondColumn(line, columns) && sizeApart(line, tableSize());
  if (!((strict ? isFootnoteMark(line) || gridMark() : FOOTNOTE_START.test(line.text.trim())) || afterLoneMark(lines, i) || beforeLoneMark(lines, i))) return -1;
  let last = i;
  let count = 0;
  for (let k = i; k < lines.length && lines[k]!.page === line.page; k++) {
    if (lines[k]!.segments.length > 0) count++;
    if (takesLaterColumn(lines[k]!, columns)) return -1;
    last = k;
  }
  if (count > MAX_FOOTNOTE_LINES + PAGE_MARGIN_LINES || last + 1 >= lines.length) return -1;
  return last;
}

/**
 * Plain text: a footnote numbered "1. The resources are …" (WeasyPrint's footnote marker, a list
 * number) at a page foot under a table that runs on: set off by the footnote area's gap (no row
 * is), one run across the second column, not an objective's numbered opening ("3. To …"), and not
 * a heading (the section reader's headings are read before). The number's full stop keeps it from
 * FOOTNOTE_START, which a cell's "1. Greater …" must not match. pdftotext may leave a single blank
 * grid line above the footnote (session 41, h-v111418: corpus11 v11-012, v11e-003 and five more,
 * the footnote read into the last row's cells); then its one run must also cross every column edge
 * (`runsOverEveryColumn`) or the body's second-column edge (`runsAcrossEdge`), as FOOTNOTE_START's
 * one-gap case asks: a row's line never crosses that white-space gap without a gap of its own.
 */
function numberedNoteAtFoot(lines: readonly Line[], i: number, columns: readonly ColumnDef[], bodyEdge: () => number | null = () => null): boolean {
  const line = lines[i]!;
  const text = line.text.trim();
  return NUMBERED_NOTE.test(text) && !NUMBERED_OBJECTIVE_OPENING.test(text) && runsAcrossSecondColumn(line, columns) && (setOffAbove(lines, i) || (setOffAbove(lines, i, 1) && (runsOverEveryColumn(line, columns) || runsAcrossEdge(line, bodyEdge()))));
}
const NUMBERED_NOTE = /^\d{1,2}\.\s\p{Lu}/u;

/**
 * PDF: a footnote numbered like a list item ("1. The resources are …", WeasyPrint's marker) is set
 * smaller than the table (a footnote area's own size), and is no objective's numbered opening. A
 * numbered objective heading over a table that prints one header per objective ("9. To foster
 * innovation …", bold and larger, corpus8 d8e-018 html.pdf) is also set apart in size and runs
 * across the columns; near a page foot it was read as a footnote and its table skipped with it.
 */
function numberedNoteInPdf(line: Line, tableSize: () => number): boolean {
  const text = line.text.trim();
  if (!FOOTNOTE_NUMBERED_START.test(text) || NUMBERED_OBJECTIVE_OPENING.test(text)) return false;
  const size = line.segments[0]?.fontSize ?? 0;
  const table = tableSize();
  return size > 0 && table > 0 && size < table;
}

/**
 * Plain text: the line is set off from the lines above it on its page by FOOTNOTE_GAP_LINES blank
 * grid lines or more — the space a footnote area leaves above its separator rule. pdftotext keeps no
 * padding between a table's rows (one blank line at most), so a numbered one-run line across the
 * second column after such a gap, running to the page's end, is the page's footnote, not a row cut
 * by the break, however short of the last column it ends (corpus8 d8c-023: "1 The objectives
 * reflect …" read as the next objective, the cut row's rest on the next page glued to it).
 */
function setOffAbove(lines: readonly Line[], i: number, gapLines = FOOTNOTE_GAP_LINES): boolean {
  const line = lines[i]!;
  for (let k = 1; k <= gapLines; k++) {
    const above = lines[i - k];
    if (!above || above.page !== line.page || above.segments.length > 0) return false;
  }
  return true;
}
/** `secondBodyEdge` of the part's body lines on the line's page, asked only when wanted. */
function bodyEdgeOnPage(part: TablePart, line: Line): () => number | null {
  return () => secondBodyEdge(part.lines.filter((l) => l.page === line.page && !part.objectiveLines.has(l)), part.header.columns);
}
/**
 * One run from the table's left edge past the second column's edge in the body lines above it on
 * its page (`secondBodyEdge`: the white-space gap the body shows, not the header label, which a
 * header set in wide cells prints far right of it — "Key Performance Indicators" at character 124
 * over measures opening at 78, corpus8 dev8e). With a blank grid line above it at a page foot and
 * its number set off by one space, a footnote read across the columns ("1 The objectives reflect
 * …" under the last row), not a row: a row's cell never crosses that edge without a gap.
 */
function runsAcrossEdge(line: Line, edge: number | null): boolean {
  const seg = line.segments[0];
  return edge !== null && line.segments.length === 1 && !!seg && seg.x + seg.width > edge + averageCharWidth(line);
}
/** Blank grid lines above a page-foot footnote in pdftotext's text (its separator's space). */
const FOOTNOTE_GAP_LINES = 2;

/**
 * The line's first run is set in another font size than the table's body (by more than
 * FOOTNOTE_SIZE_APART of it): a footnote at a page foot (LibreOffice sets its text at 8 pt, or the
 * mark glued to it at 12, under a 10 pt table), not a spanning row of the table's own text.
 */
function sizeApart(line: Line, tableSize: number): boolean {
  const size = line.segments[0]?.fontSize ?? 0;
  return tableSize > 0 && size > 0 && Math.abs(size - tableSize) > FOOTNOTE_SIZE_APART * tableSize;
}
/** Sizes within this share of each other are one size (rounding, a bold cut of the same size). */
const FOOTNOTE_SIZE_APART = 0.1;

/** One run from the table's left edge past the start of its second column. */
function runsAcrossSecondColumn(line: Line, columns: readonly ColumnDef[]): boolean {
  const seg = line.segments[0];
  const second = columns[1];
  return line.segments.length === 1 && !!seg && !!second && startsAtLeftEdge(line, columns) && seg.x + seg.width > second.x + averageCharWidth(line);
}

/**
 * One run (no column gap) from the table's left edge into its last column: no row's line crosses
 * every column edge without a gap, so a footnote whose number is set off by a single space ("1 The
 * objectives reflect …", pdftotext's footnote area) is told from a cell opening with a number by it.
 */
function runsOverEveryColumn(line: Line, columns: readonly ColumnDef[]): boolean {
  const seg = line.segments[0];
  const last = columns[columns.length - 1];
  return line.segments.length === 1 && !!seg && !!last && columns.length >= 2 && startsAtLeftEdge(line, columns) && seg.x + seg.width > last.x + averageCharWidth(line);
}

/** A run of the line after its first starts in a column right of the first (past halfway to the second column's label). */
function takesLaterColumn(line: Line, columns: readonly ColumnDef[]): boolean {
  const head = columns[0], second = columns[1];
  if (!head || !second || line.kind === "table-row") return false;
  const edge = (head.x + second.x) / 2;
  return line.segments.slice(1).some((seg) => seg.x >= edge);
}

/**
 * The line's text runs on in lower case on the next line, at the same x and a line below: a
 * wrapped cell ("1. Greater coordination among" / "units of the entity …"). A heading stands on
 * its own line.
 */
function wrapsBelow(lines: readonly Line[], i: number): boolean {
  const line = lines[i];
  const start = line?.segments[0];
  if (!line || !start) return false;
  const charWidth = averageCharWidth(line);
  const reach = (startsWithMarker(line.text.trim()) ? MARKER_INDENT_CHARS : 1) * charWidth;
  for (const { line: next } of neighbours(lines, i, 1)) {
    // Other columns' lines may come between (pdftotext interleaves them); the cell's own next line starts where it starts.
    const own = next.segments.find((g) => g.x >= start.x - charWidth && g.x <= start.x + reach);
    if (own) return LOWER_OPENING.test(own.text.trim());
  }
  return false;
}
/** How many of a table part's last lines are searched for the item numbered one less (continuesCellNumbering). */
const NUMBERING_LOOKBACK_LINES = 12;

/**
 * A numbered line ("2. Ageing cases closed", alone on its line) that the section reader took for a
 * numbered heading is the next item of a numbered list in a cell when one of the open table part's
 * last lines, on its page, is a row line (more than one run: a cell beside it) one of whose cells
 * opens, at the same x, with the number one less in the same style ("1. Work plans …"): a heading
 * does not go on with a cell's numbering. Any cell of the row line, not only its first: a later
 * column's list ("To comply with the policy …   2. Travel booked …" over "3. Vacancies filled …"
 * alone in the accomplishment column beside a centred objective, corpus18 d18-012 jspdf.txt) —
 * on pdftotext's grid (`anyCell`); PDFs and Markdown ask the first cell only (not measured there).
 */
function continuesCellNumbering(part: TablePart, line: Line, anyCell = false): boolean {
  const m = /^\s*(\(?)(\d{1,2}|[a-z])([.)])\s/.exec(line.text);
  const start = line.segments[0];
  if (!m || !start) return false;
  const [, open, n, close] = m;
  const before = /\d/.test(n!) ? String(Number(n) - 1) : String.fromCharCode(n!.charCodeAt(0) - 1);
  const previous = `${open}${before}${close}`;
  const cw = averageCharWidth(line);
  // The part's first line on a new page, right of the table's left edge: a cell cut by the page
  // break goes on with the list numbered on the page before (a grid table with no repeated header,
  // "3. Pillars of the" at the top of page 2 under "2. Meetings of heads of", corpus16 val16b
  // v16-013 txt). pdftotext sets each page on a grid of its own, a few characters off.
  const lastPage = part.lines[part.lines.length - 1]?.page;
  const acrossBreak = anyCell && lastPage === line.page - 1 && !startsAtLeftEdge(line, part.header.columns);
  const onPage = (l: Line) => l.page === line.page || (acrossBreak && l.page === lastPage);
  const slack = (l: Line) => (l.page === line.page ? cw / 2 : PAGE_GRID_SHIFT_CHARS * cw);
  // The list's last number at that x, on the part's last lines: the list goes on from it, so a
  // line that repeats a number the list has passed ("2. Other mandates" after "1. Reports …" and
  // "2. Local salary surveys …", the next section's heading over the next table, corpus18 val18c
  // v18-010 jspdf.txt) goes on with nothing.
  const sameStyle = new RegExp(`^${open ? "\\(" : ""}(?:\\d{1,2}|[a-z])\\${close} `);
  let last: string | undefined;
  for (const l of part.lines.slice(-NUMBERING_LOOKBACK_LINES)) {
    if (!onPage(l) || l.segments.length <= 1) continue;
    for (const s of anyCell ? l.segments : l.segments.slice(0, 1)) if (Math.abs(s.x - start.x) <= slack(l) && sameStyle.test(s.text.trim())) last = s.text.trim();
  }
  return last?.startsWith(`${previous} `) ?? false;
}
/** Characters a column's start may move between two pages of pdftotext's layout text (each page on its own grid). */
const PAGE_GRID_SHIFT_CHARS = 3;

/** A numbered item's wrapped lines may hang under its text, this many characters right of the number. */
const MARKER_INDENT_CHARS = 5;

/** Non-empty lines looked at on each side of a line for a column start it shares. */
const NEIGHBOUR_LINES = 2;
/**
 * Another line close above or below (same page, at most NEIGHBOUR_LINES non-empty lines away and
 * within two line heights) starts a segment where this line starts: the line is text in a table
 * column (a wrapped cell, the next item), not a heading standing on its own.
 */
function alignedWithNeighbour(lines: readonly Line[], i: number): boolean {
  const line = lines[i];
  const start = line?.segments[0];
  if (!line || !start) return false;
  const charWidth = averageCharWidth(line);
  // Points in a PDF (the font size), one unit per line in text.
  const height = Math.max(start.fontSize, 1);
  for (const dir of [-1, 1] as const) {
    for (const { line: other, seen } of neighbours(lines, i, dir)) {
      if (Math.abs(other.y - line.y) > 2 * height * seen) break;
      if (other.segments.some((s) => Math.abs(s.x - start.x) <= charWidth)) return true;
    }
  }
  return false;
}

/** The non-empty lines next to line i in one direction, on its page, at most NEIGHBOUR_LINES of them (`seen`: 1, 2, …). */
function* neighbours(lines: readonly Line[], i: number, dir: -1 | 1): Generator<{ line: Line; seen: number }> {
  const page = lines[i]?.page;
  let seen = 0;
  for (let k = i + dir; k >= 0 && k < lines.length && seen < NEIGHBOUR_LINES; k += dir) {
    const other = lines[k]!;
    if (other.page !== page) return;
    if (other.segments.length === 0) continue;
    yield { line: other, seen: ++seen };
  }
}

/**
 * The line starts in the table's first column: at or left of the first header label (a label may
 * be centred in its cell, so the data starts further left, never further right).
 */
function startsAtLeftEdge(line: Line, columns: readonly ColumnDef[]): boolean {
  const first = line.segments[0];
  const head = columns[0];
  if (!first || !head) return false;
  return first.x <= head.x + averageCharWidth(line);
}

/**
 * The objective heading of the next table (one without an Objective column), printed between the
 * previous table and its header, which the previous table read as a row — its last lines, right
 * above the header on the header's page, each one run from the table's left edge (after its Word
 * number, "1." then a tab, in a PDF), the first an objective's opening ("To …", "Objective: …",
 * "1. To …"), one of them running across the edge
 * where the previous table's second-column cells start (no cell crosses that white-space gap), and
 * set off from the rows above by a blank line. Returned so the new table may take them back.
 */
function headingAboveHeader(previous: TablePart, headerLine: Line, captionOver: (head: Line, above: Line) => boolean = () => false, table: readonly Line[] = previous.lines, text = false): Line[] {
  const columns = previous.header.columns;
  const first = columns[0];
  if (!first || columns.length < 2 || tabbedColumns(columns)) return [];
  const tail: Line[] = [];
  for (let k = previous.lines.length - 1; k >= 0 && tail.length < MAX_OBJECTIVE_LINES; k--) {
    const l = previous.lines[k]!;
    if (l.page !== headerLine.page || !isOneRun(l) || !startsAtLeftEdge(l, columns)) break;
    tail.unshift(l);
    if (opensObjectiveHeading(l.text.trim())) break;
  }
  const head = tail[0];
  if (!head || !opensObjectiveHeading(head.text.trim())) return [];
  // Consecutive grid lines, the last right above the header (blank lines allowed between it and the header).
  if (tail.some((l, k) => k > 0 && l.line !== tail[k - 1]!.line + 1)) return [];
  // Or by the next table's caption, itself set off so ("Table 5. Objectives, …" / "3. To …").
  let above = previous.lines[previous.lines.length - 1 - tail.length];
  // The next table's caption over the heading, a blank line above it or none: not the table's own line.
  const caption = above && above.page === head.page && captionOver(head, above) ? above : null;
  if (caption && above!.line >= head.line - 1) above = previous.lines[previous.lines.length - 2 - tail.length];
  if (above && above.page === head.page && above.line >= head.line - 1) return [];
  // Where the previous table's cells right of its first column start (its own rows' later runs).
  const cw = averageCharWidth(head);
  const seg = head.segments[0]!;
  const laterStarts = (of: readonly Line[]) => of.filter((l) => !tail.includes(l)).flatMap((l) => l.segments.filter((s) => s.x > seg.x + MIN_FIRST_COLUMN_CHARS * cw).map((s) => s.x));
  // A part the page break left a line or two of (a cut row's rest under the repeated header, then
  // the heading) shows too few: the table's earlier parts show where its second column starts.
  let starts = laterStarts(previous.lines);
  if (starts.length < MIN_BODY_EDGE_SUPPORT && table !== previous.lines) starts = laterStarts(table);
  if (starts.length < MIN_BODY_EDGE_SUPPORT) return [];
  const edge = Math.min(...starts);
  // One run past the edge (its words may leave a space right at it), no word opening exactly there
  // (pdftotext's cells glued by one space start their second cell at the edge) — unless the words
  // left of that one are too long for one line of the first column (firstColumnWrapBound).
  const bound = firstColumnWrapBound(table.filter((l) => !tail.includes(l)), edge, cw);
  const across = (l: Line) => {
    const words = lineWords(l);
    const last = words[words.length - 1];
    const at = words.findIndex((w) => Math.abs(w.x - edge) < cw / 2);
    const glued = at >= 0 && !(at > 0 && bound !== null && charCount(words.slice(0, at).map((w) => w.text).join(" ")) >= bound);
    return !!last && last.x + charCount(last.text) * cw > edge + cw && !glued;
  };
  // Plain text: over a table with an Objective column the tail is no row of it either, short of the
  // second column or not: a row is never its objective alone, set off from the rows above by a blank
  // grid line with every other cell empty, whether its cells align at the top (beside the
  // objective's first line) or centre (beside or around it) — corpus9 d9b-007 txt: "Objective 6: To
  // make cities more resilient to disasters" under a measure-rows table, over an "Outcomes |
  // Performance measures" one. (A PDF keeps to the font: test/tables/heading-font-above-table.test.ts.)
  return tail.some(across) || numberedHeadingAcross(tail, previous, edge, cw) || setApartByFont(tail, previous.lines.filter((l) => !tail.includes(l) && l !== caption)) || (text && hasObjectiveColumn(columns)) ? tail : [];
}

/** Wrapped first-column lines needed before their widths bound the column's (firstColumnWrapBound). */
const MIN_WRAP_SUPPORT = 2;

/**
 * The fewest characters a line of the table's first column cannot hold, told by its wrapped cells:
 * a cell line followed, on the next grid line and at the same x, by a lower-case continuation
 * would have taken that word had it fitted, so the column holds fewer characters than the line, a
 * space and the word. The least such sum over the table; null with fewer than MIN_WRAP_SUPPORT
 * wraps. (A one-run line whose words left of the second column's edge reach this length is no
 * cell of the first column glued to one of the second: it is one run across the table, a heading.)
 */
function firstColumnWrapBound(lines: readonly Line[], edge: number, cw: number): number | null {
  let bound = Infinity;
  let wraps = 0;
  for (let k = 1; k < lines.length; k++) {
    const a = lines[k - 1]!;
    const b = lines[k]!;
    if (a.page !== b.page || b.line !== a.line + 1) continue;
    const s = a.segments[0];
    const t = b.segments[0];
    if (!s || !t || s.x + charCount(s.text) * cw > edge || Math.abs(t.x - s.x) > cw / 2) continue;
    const word = /^\p{Ll}\S*/u.exec(t.text.trim())?.[0];
    if (!word) continue;
    wraps++;
    bound = Math.min(bound, charCount(s.text.trim()) + 1 + charCount(word));
  }
  return wraps >= MIN_WRAP_SUPPORT ? bound : null;
}

/** A heading's font is larger than a table's body by at least this much (points): not a size's rounding. */
const HEADING_SIZE_STEP = 0.3;

/**
 * A short objective heading that does not reach the table's second column (corpus9 d9-004: a bare
 * bold "To modernize …" over a 2-column table) is told from the table above's last objective cell
 * by its font: bold, and larger than every line of that table (a word processor sets its tables
 * in a smaller size than the body; a cell's bold objective is in the table's size).
 */
function setApartByFont(tail: readonly Line[], body: readonly Line[]): boolean {
  const largest = Math.max(0, ...body.flatMap((l) => l.segments.map((s) => s.fontSize)));
  return largest > 0 && tail.length > 0 && tail.every((l) => l.segments.length > 0 && l.segments.every((s) => s.bold && s.fontSize > largest + HEADING_SIZE_STEP));
}

/**
 * A Word-numbered objective heading ("1. To promote …", one run, after a paragraph gap) that runs
 * across the table's second edge is the next table's heading even when one of its words happens to
 * open right at that edge — when no line of the table above opens with such a number: its cells
 * carry other markers, so no glued row opens that way.
 */
function numberedHeadingAcross(tail: readonly Line[], previous: TablePart, edge: number, cw: number): boolean {
  const head = tail[0];
  if (!head || !NUMBERED_OBJECTIVE_OPENING.test(head.text.trim())) return false;
  if (previous.lines.some((l) => !tail.includes(l) && NUMBERED_OBJECTIVE_OPENING.test(l.text.trim()))) return false;
  return tail.some((l) => lineEnd(l, cw) > edge + cw);
}

/**
 * An objective's opening under a list number ("2. To complete …"): Word numbering on an objective
 * heading. Such a line is the objective's first line even when the heading scan did not take it
 * (it follows the last row of the table above, not a section heading), so the row above it is
 * never joined to the objective.
 */
// A decimal outline label ("1.5 To mobilize …", Word's multilevel numbering) opens one too, lettered
// sections' "A.5 To …" as well: the "To" tells it from a section heading of the "1.2 Results for
// 2015" scheme.
const NUMBERED_OBJECTIVE_OPENING = /^(?:\d{1,2}(?:[.)]|\.\d{1,2}\.?)|[A-Z]\.\d{1,2}\.?)\s+To\s/;
/** An objective heading's first line: "To …", "Objective 2: …", or Word-numbered "1. To …". */
const opensObjectiveHeading = (text: string) => OBJECTIVE_OPENING.test(text) || OBJECTIVE_LABEL.test(text) || NUMBERED_OBJECTIVE_OPENING.test(text);

/**
 * The objective of a table without an Objective column, printed just above its header: a
 * labelled line ("Objective: To …"), or the paragraph that ends right above the header (from the
 * line after the last sentence end or heading). Null when there is none.
 */
function objectiveAbove(
  lines: readonly Line[],
  headerAt: number,
  columns: readonly ColumnDef[],
  headingLines: ReadonlySet<string>,
  claimed: ReadonlySet<Line> = new Set(),
  picked: Line[] = [],
  lexicon?: HyphenLexicon,
): string | null {
  for (let k = headerAt - 1; k >= 0 && picked.length < MAX_OBJECTIVE_LINES; k--) {
    const l = lines[k];
    if (!l || claimed.has(l)) break;
    if (l.segments.length === 0) {
      if (picked.length && !sameParagraph(lines, k, picked[0]!)) break;
      continue;
    }
    if (l.segments.length > 1 && picked.length === 0 && !l.segments.every((s) => s.x < (columns[1]?.x ?? Infinity))) break;
    if (picked.length > 0 && endsSentence(l.text)) break;
    // A named compact section ("Special initiatives") is above the objective, never part of it.
    if (l.segments.length === 1 && isCompactSection(l.text)) break;
    const heading = headingLines.has(`${l.page}:${l.line}`);
    // A numbered heading is the objective's first line when the lines below go on with its
    // sentence in lower case ("4. To improve … contingents" / "deployed in field missions.").
    // So is one whose sentence is left open ("… in compliance with the" / "Financial Regulations
    // and Rules"), or whose next line is centred under it (a centred heading wrapped), or hangs
    // under its text after the number ("2. To strengthen … monitor the Sustainable" / "   Development
    // Goals.", a numbered list's hanging indent: corpus7 t7b-009 txt).
    if (heading && picked.length > 0 && !WRAPPED_ON.test(picked[0]!.text.trim()) && !leadsOn(l.text.trim()) && !centredUnder(picked[0]!, l) && !hangsUnderNumberedObjective(l, picked[0]!)) break;
    picked.unshift(l);
    // A labelled objective, a heading, or an objective's own opening ("To …") is its first line.
    if (heading || opensObjectiveHeading(l.text.trim())) break;
  }
  if (picked.length === 0) return null;
  const text = joinFragments(picked.map((l) => ({ text: l.text, page: l.page, line: l.line })), lexicon);
  return stripObjectiveLabel(text);
}
/**
 * PDF: the line right above a header on its page (one blank line at most between), the last line
 * the table above took, is one run that starts right of that table's left edge and covers the
 * white space between two of its cells, from the first cell's end into the next one's start, on
 * CAPTION_GAP_LINES of its body lines or more. A cell's line stays inside its column, so no row of
 * the table above prints it: it is the next table's caption ("Table 2. Objectives, expected
 * accomplishments and performance measures", centred on the page over a table narrower than
 * the text block, at the top of a page under the table above — corpus8 d8e-018 html.pdf, where
 * its words were cut into the last row's cells). An objective's opening, a label or a marked item
 * is left to the readers of headings.
 */
function captionAcrossCells(lines: readonly Line[], headerAt: number, header: TableHeader, previous: TablePart): Line | null {
  // Over a table without an Objective column the line may be its objective heading's (objectiveAbove).
  if (!hasObjectiveColumn(header.columns)) return null;
  const head = lines[headerAt];
  const l = lines[lineAbove(lines, headerAt)];
  if (!head || !l || l.page !== head.page || l.segments.length !== 1 || previous.lines[previous.lines.length - 1] !== l || previous.objectiveLines.has(l)) return null;
  const text = l.text.trim();
  if (OBJECTIVE_OPENING.test(text) || OBJECTIVE_LABEL.test(text) || startsWithMarker(text) || startsAtLeftEdge(l, previous.header.columns)) return null;
  // A cell's last line at its lines' own pitch: the gaps it seems to cross are a justified line's.
  if (keepsCellPitch(lines, lineAbove(lines, headerAt))) return null;
  const seg = l.segments[0]!;
  const cw = averageCharWidth(l);
  const left = seg.x, right = seg.x + seg.width;
  const crossed = previous.lines.filter((b) => {
    if (b === l || previous.objectiveLines.has(b)) return false;
    return b.segments.some((a, j) => {
      const next = b.segments[j + 1];
      // A list marker set as a run of its own ("-", "(iii)") stands apart from its item's text, in its cell.
      if (!next || isMarkerRun(a)) return false;
      const end = a.x + a.width;
      return next.x - end >= CAPTION_CELL_GAP_CHARS * cw && left < end && right > next.x + cw;
    });
  });
  return crossed.length >= CAPTION_GAP_LINES ? l : null;
}
const isMarkerRun = (seg: Segment): boolean => {
  const text = seg.text.trim();
  // Followed by an item's opening, as the next run goes on: "(iii)" + "Average time …".
  return text.length <= MARKER_RUN_CHARS && (isLoneMarker(text) || startsWithMarker(`${text} A`));
};
/** A run this short that is a list marker is one ("•", "(iii)", "10."). */
const MARKER_RUN_CHARS = 5;
/** Body lines of the table above whose cell gap the caption must cover (one could be a stray run). */
const CAPTION_GAP_LINES = 2;
/** White space between two runs of a body line that is a gap between cells, in character widths. */
const CAPTION_CELL_GAP_CHARS = 2;
/**
 * The index of a caption row right above a header (at most one blank line between, same page): one
 * run of text spanning the table, set apart from what is above it — either centred over the
 * header's lines, starting right of where they start and crossing a column's edge (a cell spanning
 * the whole table with its text centred), or standing the same, word for word, right above another
 * header of the document (the caption repeated with the labels at page tops, or captioning each
 * table: Chromium's print of the same table sets it at the table's left edge, where only the
 * repetition tells it from an objective heading). An objective or heading above a table starts at
 * its left edge (or the margin) and is not repeated over other headers, and one opening "To …" or
 * with an objective label is never a caption.
 */
function captionAbove(lines: readonly Line[], headerAt: number, header: TableHeader, headingLines: ReadonlySet<string>, page: (Pick<Page, "rules"> & Partial<Pick<Page, "width">>) | undefined, isHeaderAt: (at: number) => boolean, under = headerAt, plainText = false): number | null {
  const top = lines[headerAt];
  const below = lines[under];
  if (!top || !below) return null;
  let k = lineAbove(lines, under);
  // A header (or the objective heading over it) opening its page: the caption is the last line of
  // the page before, however many blank lines (its footer taken away) follow it.
  let last = under - 1;
  while (last >= 0 && lines[last]!.segments.length === 0) last--;
  if (last >= 0 && lines[last]!.page < below.page) k = last;
  const l = lines[k];
  if (l && headingLines.has(`${l.page}:${l.line}`)) return null;
  // A source table row (Markdown) is a row of the table above, never a caption. The caption is on
  // the header's page, or the last line of the page before when the page break fell between them.
  if (!l || (l.page !== below.page && l.page !== below.page - 1) || l.segments.length === 0 || l.kind === "table-row") return null;
  const text = l.text.trim();
  if (isBareTableCaption(l)) return k;
  // Numbered or bulleted ("2. To …"), an objective's opening or label: a heading or an objective.
  if (OBJECTIVE_OPENING.test(text) || OBJECTIVE_LABEL.test(text) || startsWithMarker(text)) return null;
  // The rest of a sentence wrapped onto a centred line ("… in compliance with the" / "Financial
  // Regulations and Rules", "… technology" / "services in the field.") is no caption.
  if (WRAPPED_ON.test(text)) return null;
  // The wrapped line of a centred paragraph ("To enhance peacebuilding support through the
  // Peacebuilding" / "Fund in countries emerging from conflict."): it follows the line above with
  // no paragraph's gap between (PDF readers may still put a blank line there), as one run, and
  // shares its centre. A caption is a cell of its own: the gap of the table's top edge and cell
  // padding or a page break stands above it, or the line above is not centred on it (an objective
  // or section heading at the margin).
  const before = lines[lineAbove(lines, k)];
  if (before && before.page === l.page && isOneRun(before) && !afterParagraphGap(l, before) && centredUnder(l, before, true)) return null;
  // A cell's wrapped line ("… from 140 days in 2012 to 100 days in" / "2013.") starts where a
  // cell of the line above starts, with no paragraph's gap between.
  const first = l.segments[0]!;
  const cw = averageCharWidth(l);
  if (before && before.page === l.page && !afterParagraphGap(l, before) && before.segments.some((s) => Math.abs(s.x - first.x) <= CAPTION_ALIGN_CHARS * cw)) return null;
  if (continuesCellAbove(lines, k)) return null;
  if (goesOnUnderCell(lines, k, header.columns)) return null;
  const above = lines[lineAbove(lines, k)];
  if (above && above.page === l.page && above.segments.length > 0 && leadsOn(above.text.trim())) return null;
  const segs = l.segments;
  const left = Math.min(...segs.map((s) => s.x));
  const right = Math.max(...segs.map((s) => s.x + s.width));
  // One run: no gap wider than a cell gap between its segments.
  const size = Math.max(...segs.map((s) => s.fontSize));
  for (let j = 1; j < segs.length; j++) if (segs[j]!.x - (segs[j - 1]!.x + segs[j - 1]!.width) > CAPTION_RUN_GAP * size) return null;
  const head = lines.slice(headerAt, headerAt + header.lineCount).flatMap((h) => h.segments);
  if (head.length < 2) return null;
  // Labels are centred in their cells, so the table reaches further out than they do: its first
  // lines under the header show its extent. A caption is centred on the table, and a two-level
  // header's labels can sit far from its edges ("Objective" centred in the first cell, "Target" at
  // the last one's right). They are on the header's page, or on the next one when the header was
  // left alone at a page foot (LibreOffice keeps no header row with the first body row).
  const body: Segment[] = [];
  for (let b = headerAt + header.lineCount, n = 0; b < lines.length && n < CAPTION_BODY_LINES && lines[b]!.page <= top.page + 1; b++) {
    // A footnote under a header left at a page foot runs across the page, not the table.
    if (lines[b]!.segments.length === 0 || (isOneRun(lines[b]!) && FOOTNOTE_START.test(lines[b]!.text.trim()))) continue;
    body.push(...lines[b]!.segments);
    n++;
  }
  const hLeft = Math.min(...head.map((s) => s.x));
  const hRight = Math.max(...head.map((s) => s.x + s.width));
  // Body text is left-aligned in its cells and need not reach the right column's edge, so the
  // table's extent from it can lean left: a caption centred on either extent is centred.
  const tLeft = Math.min(hLeft, ...body.map((s) => s.x));
  const tRight = Math.max(hRight, ...body.map((s) => s.x + s.width));
  const span = tRight - tLeft;
  // A full-width line is prose or an objective. Over an objective heading (a line at the table's
  // left edge), a caption only needs to be centred and indented: a narrow table's caption may be
  // as wide as the table.
  const overHeading = under !== headerAt;
  if (right - left > (overHeading ? 1 : CAPTION_MAX_SHARE) * span) return null;
  if (repeatedAboveHeader(lines, k, text, isHeaderAt) || underObjectiveHeading(lines, k)) return k;
  // It spans the table: it crosses the edge of some column after the first (a cell's text does not)
  // — a label's start, or, when a paragraph's gap or a page break sets it apart from the line above
  // (no line of a cell going on), the middle of the white space between two labels centred in wide
  // cells ("Performance framework, 2018" between "Expected results" and "Performance measure").
  const crosses = (x: number) => left < x && right > x;
  const apart = !before || before.page !== l.page || afterParagraphGap(l, before);
  if (!header.columns.slice(1).some((c, j) => crosses(c.x) || (apart && crosses(middleBefore(header.columns[j]!, c)))) && !underHeadingAcross(l, before, header.columns)) return null;
  // Centred over the labels, or over the rule drawn along the table's top or under its header
  // (labels centred in cells of unequal widths may not be centred on the table).
  const bottom = lines[headerAt + header.lineCount - 1]?.y ?? top.y;
  const ruled = (page?.rules ?? [])
    .filter((r) => Math.abs(r.y1 - r.y2) <= RULE_FLATNESS && l.page === top.page)
    .map((r) => ({ from: Math.min(r.x1, r.x2), to: Math.max(r.x1, r.x2), y: (r.y1 + r.y2) / 2 }))
    .filter((r) => r.from <= hLeft && r.to >= hRight && r.y > l.y - CAPTION_RULE_REACH * size && r.y < bottom + CAPTION_RULE_REACH * size);
  const inset = (from: number, to: number) => (overHeading ? Math.max(CAPTION_HEADING_INSET_CHARS * cw, below.segments[0]!.x - from + CAPTION_HEADING_INSET_CHARS * cw) : CAPTION_INSET * (to - from));
  const centredOn = (from: number, to: number) => left > from + inset(from, to) && Math.abs((left + right) / 2 - (from + to) / 2) <= CAPTION_CENTRE_SLACK * (to - from);
  // Over an objective heading, a caption paragraph is set apart on both sides: from the line above
  // and from the heading under it.
  const apartBothSides = apart && (!overHeading || afterParagraphGap(below, l));
  // On the header's own page, a caption paragraph set apart from the line above may start nearer
  // the table's left edge (pdftotext's grid squeezes a run in a larger font: its centre leans).
  const insideShare = apartBothSides && l.page === below.page ? CAPTION_APART_INSET : CAPTION_INSET;
  return centredOn(hLeft, hRight) || centredOn(tLeft, tRight) || ruled.some((r) => centredOn(r.from, r.to)) || (apartBothSides && setInsideTable(left, right, tLeft, tRight, insideShare)) || (plainText && apart && centredOnPage(lines, l.page, left, right, l.page === top.page ? page?.width : undefined)) ? k : null;
}
/**
 * Session 22 (h-txt14): a line that is nothing but a table's number ("Table 2", "Table 2
 * (continued)", "Table 3 (cont'd)") right above a header is that table's caption wherever it
 * stands: LibreOffice Calc prints it at the table's left edge, the first cell of a row of its own,
 * where neither centring nor a crossed column edge tells it from the last row of the table above
 * (read into that row's objective: "… in countries in transition Table 2", d14-015). No row of a
 * compact's table reads so.
 */
const BARE_TABLE_CAPTION = new RegExp(String.raw`^Table\s+[0-9]+[A-Za-z]?[.:]?(?:\s*${CONTINUED_MARK})?$`, "i");
function isBareTableCaption(l: Line): boolean {
  return isOneRun(l) && BARE_TABLE_CAPTION.test(l.text.trim());
}
/**
 * Plain text (session 21, h-txt): a caption centred on the page's text block rather than on the
 * table — a word processor centres the caption paragraph between the page margins, over a table
 * narrower than the block or set off to one side ("Table 2. Objectives, indicators, baselines and
 * targets" opening page 2 over a table whose labels end well left of the page's running head,
 * d8e-020; a caption reaching past the narrow table's right edge, d8e-015). pdftotext keeps the
 * page's grid from its leftmost text, so the page's width (its widest line, a running head or foot
 * included) gives the margins. Only for a line set apart from the line above (a page break or a blank line: no cell
 * going on) that crosses a column edge (asked before): an indented line of its own, centred
 * between the page's margins to CAPTION_CENTRE_SLACK, is no row of the table above.
 */
function centredOnPage(lines: readonly Line[], page: number, left: number, right: number, pageWidth?: number): boolean {
  // The page's width as printed, its running head and foot included (taken off the lines as
  // furniture); else the extent of the page's lines left.
  let from = pageWidth ? 0 : Infinity, to = pageWidth ?? -Infinity;
  for (const x of lines) {
    if (x.page !== page || pageWidth) continue;
    for (const s of x.segments) {
      from = Math.min(from, s.x);
      to = Math.max(to, s.x + s.width);
    }
  }
  const width = to - from;
  return width > 0 && left > from + CAPTION_INSET * width && Math.abs((left + right) / 2 - (from + to) / 2) <= CAPTION_CENTRE_SLACK * width;
}
/**
 * The line goes on with a cell above it in its own column: the nearest line above whose text lies
 * over any of its own (lines of other columns between skipped: a centred borderless table
 * interleaves its columns' lines, "Air travel emissions reduced by" / "plan" (risks) / "30 per
 * cent against 2023.") starts where it starts, with no paragraph's gap between (corpus7 t7b-009
 * docx.pdf: the measure's last line was read as a caption over the next objective's heading and
 * lost). A caption is set apart from the table above it.
 */
function continuesCellAbove(lines: readonly Line[], at: number): boolean {
  const l = lines[at]!;
  const left = Math.min(...l.segments.map((s) => s.x));
  const right = Math.max(...l.segments.map((s) => s.x + s.width));
  const cw = averageCharWidth(l);
  for (let m = at - 1; m >= 0 && at - m <= MAX_INTERLEAVED_LINES; m--) {
    const up = lines[m]!;
    if (up.page !== l.page || afterParagraphGap(l, up)) return false;
    const over = up.segments.filter((s) => s.x < right && s.x + s.width > left);
    if (over.length === 0) continue;
    return over.some((s) => Math.abs(s.x - l.segments[0]!.x) <= CAPTION_ALIGN_CHARS * cw);
  }
  return false;
}
/**
 * The line is a cell's next line: it starts right of the table's left edge, under a run of the
 * nearest line above that overlaps it (another column's lines may come between:
 * MAX_INTERLEAVED_LINES), a run that starts where it starts or opens with a marker it hangs under
 * (MARKER_INDENT_CHARS) and runs past its start; it ends before that line's next run begins (it stays in the
 * column) and lies at most CELL_LINE_GAP_EM font sizes under it, on the same page. A caption is
 * centred on the table or set at its left edge, and a signature block starts at the margin: the
 * last line of a measure ("Advisory Board: 14", "490).", "signed: 3.") is neither, even where the
 * producer set it a little more than a line's pitch under the line above (corpus16: Chromium and
 * LibreOffice give a cell's last line 1.4–1.6 font sizes, a paragraph's gap by PARAGRAPH_LEADING_FACTOR).
 */
function goesOnUnderCell(lines: readonly Line[], at: number, columns: readonly ColumnDef[]): boolean {
  const l = lines[at];
  const first = l?.segments[0];
  if (!l || !first || startsAtLeftEdge(l, columns)) return false;
  const left = first.x;
  const right = Math.max(...l.segments.map((s) => s.x + s.width));
  const size = Math.max(...l.segments.map((s) => s.fontSize));
  const slack = CAPTION_ALIGN_CHARS * averageCharWidth(l);
  for (let m = at - 1; m >= 0 && at - m <= MAX_INTERLEAVED_LINES; m--) {
    const up = lines[m]!;
    if (up.page !== l.page || l.y - up.y > CELL_LINE_GAP_EM * size) return false;
    if (!up.segments.some((s) => s.x < right && s.x + s.width > left)) continue;
    // Aligned with the run's start, or hung under its item's marker: a caption centred in the
    // column's white space starts anywhere else.
    const hung = (s: Segment) => startsWithMarker(s.text.trim()) && left > s.x && left <= s.x + MARKER_INDENT_CHARS * averageCharWidth(up);
    const over = up.segments.findIndex((s) => s.x + s.width > left && (Math.abs(s.x - left) <= slack || hung(s)));
    if (over < 0) return false;
    const next = up.segments[over + 1];
    return !next || right < next.x;
  }
  return false;
}
/**
 * How far under the line above a cell's next line may lie, in font sizes: a wrapped line's pitch
 * (about 1.2) or the blank line between two items of one cell (about 2.4, Chromium's paragraph
 * margins); a caption or signature block under the table is set further apart by the table's
 * padding and the paragraph's own margin.
 */
const CELL_LINE_GAP_EM = 2.5;
/**
 * The line goes on at the pitch of a cell's lines above it: the line above starts where it does,
 * the one above that runs over its start, and it lies as far under the first as that one under
 * the second. A table set with generous
 * leading (Typst, corpus20 d20-003: 15.2 pt for 10 pt type) puts a cell's lines further apart than a
 * paragraph's gap, and its last line ("field (target: 49 days).") over the next table read as that
 * table's caption; a caption is set apart from the cell above by more than its lines' own pitch.
 */
function keepsCellPitch(lines: readonly Line[], at: number): boolean {
  const l = lines[at]!, up = lines[lineAbove(lines, at)], top = up ? lines[lineAbove(lines, lineAbove(lines, at))] : undefined;
  const x = l.segments[0]?.x;
  if (!up || !top || x === undefined || up.page !== l.page || top.page !== l.page) return false;
  const slack = CAPTION_ALIGN_CHARS * averageCharWidth(l);
  // The line above starts where it does; the one above that is the cell's too (its first line may
  // start further left, at a hung marker: "(b) Average time to settle" / "a disagreement in the").
  if (!up.segments.some((s) => Math.abs(s.x - x) <= slack) || !top.segments.some((s) => s.x <= x + slack && s.x + s.width > x)) return false;
  return Math.abs(l.y - up.y - (up.y - top.y)) <= SAME_PITCH_PT;
}
/** Points two line pitches of one cell may differ by (baselines rounded in the text layer). */
const SAME_PITCH_PT = 0.5;
/** Lines of other columns a cell's wrapped line may sit under in a table whose columns' lines interleave (the blank lines a PDF reader puts between them too). */
const MAX_INTERLEAVED_LINES = 4;
/**
 * A caption paragraph centred on the page's text area over a table wider than it, or set off
 * one side (LibreOffice lets a table run into the margin): its centre may lie far from the
 * table's, but it still starts and ends well inside the table's extent, a share of its width in
 * from either edge — a row's line or an objective heading starts at the table's left edge. Asked
 * only of a line set apart from the one above (a paragraph's gap or a page break) and crossing a
 * column's edge (corpus8 d8b-016: "Table 3. Objectives, …" 40 of 570 points left of the table's
 * centre was read as the table above's last row).
 */
function setInsideTable(left: number, right: number, tLeft: number, tRight: number, share = CAPTION_INSET): boolean {
  const inset = share * (tRight - tLeft);
  return left > tLeft + inset && right < tRight - inset;
}
/**
 * The caption candidate `l` sits right under a heading that runs, as one run, from left of the
 * table's second column across the edge of its last one and ends its sentence ("1. To make
 * meetings … accessible to persons with disabilities." over "Performance framework, 2011" over the
 * labels): no cell of a table goes on under such a line, so a short caption that lies within one
 * label's white space (it crosses no edge) is still a line of its own, left to the centring test
 * (corpus7 h7-015: the caption and the heading above it were read as the table above's last row).
 */
function underHeadingAcross(l: Line, before: Line | undefined, columns: readonly ColumnDef[]): boolean {
  if (!before || before.page !== l.page || before.line !== l.line - 1 || !isOneRun(before) || columns.length < 2) return false;
  const first = before.segments[0], last = before.segments[before.segments.length - 1];
  const second = columns[1]!, lastColumn = columns[columns.length - 1]!;
  const cw = averageCharWidth(before);
  return !!first && !!last && first.x < second.x && last.x + last.width > lastColumn.x + cw && first.x < l.segments[0]!.x && endsSentence(before.text.trim());
}

/** The middle of the white space between a header label and the next one (its start when the first's end is unknown). */
function middleBefore(previous: ColumnDef, column: ColumnDef): number {
  return previous.right !== undefined && previous.right < column.x ? (previous.right + column.x) / 2 : column.x;
}
/** The index of the line above `at`, over at most one blank line. */
function lineAbove(lines: readonly Line[], at: number): number {
  const k = at - 1;
  return k >= 0 && lines[k]!.segments.length === 0 ? k - 1 : k;
}
/**
 * The line comes after an objective heading set apart from it by a paragraph's gap:
 * one-run lines whose first opens with an objective's label and text or "To …" (after a list number
 * Word may have printed). Between that heading and the header labels, a line of its own is the
 * table's caption, not the objective (Chromium sets it at the table's left edge, where an
 * objective heading also starts).
 */
function underObjectiveHeading(lines: readonly Line[], at: number): boolean {
  const l = lines[at]!;
  // PDF readers may put a blank line between a paragraph's lines: the gap is measured.
  let m = lineAbove(lines, at);
  let first = lines[m];
  if (!first || first.page !== l.page || !isOneRun(first) || !afterParagraphGap(l, first)) return false;
  // Up the heading's wrapped lines, to its first.
  for (let n = 1; n < MAX_OBJECTIVE_LINES; n++) {
    const up = lines[m - 1];
    if (!up || up.segments.length === 0 || up.page !== first.page || !isOneRun(up) || afterParagraphGap(first, up)) break;
    first = up;
    m--;
  }
  const text = stripMarker(first.text.trim()).text;
  return OBJECTIVE_OPENING.test(text) || OBJECTIVE_LABEL.test(text);
}
/** Another line of the document with the same text stands right above a header (one blank line at most between). */
function repeatedAboveHeader(lines: readonly Line[], at: number, text: string, isHeaderAt: (at: number) => boolean): boolean {
  for (const m of linesWithText(lines, text)) {
    const o = lines[m]!;
    if (m === at) continue;
    const below = lines[m + 1];
    const next = below && below.segments.length === 0 ? m + 2 : m + 1;
    if (lines[next]?.page === o.page && isHeaderAt(next)) return true;
  }
  return false;
}
/**
 * The indexes of a document's non-blank lines by their trimmed text, ascending: `repeatedAboveHeader`
 * asks for each caption candidate which other lines read the same, and scanning (and trimming) every
 * line of the document for each was quadratic in a long document's pages (session 40, h-perf4).
 * Built per lines array (collectTables' flattened lines, never changed once built; rebuilt if its
 * length differs) in two steps: `byLength`, every line by its trimmed length (read from both ends,
 * no string made), when first asked; `byText`, the lines of one length by their trimmed text, when a
 * caption of that length is first asked — so only lines as long as some caption are trimmed and
 * hashed (session 55: the whole document's were, a tab text's 500-character cells among them), each
 * once.
 */
interface LinesByText {
  length: number;
  byLength: Map<number, number[]>;
  byText: Map<number, Map<string, number[]>>;
}
const LINES_BY_TEXT = new WeakMap<readonly Line[], LinesByText>();
/** The indexes of the non-blank lines whose trimmed text is `text` (itself trimmed), ascending. */
export function linesWithText(lines: readonly Line[], text: string): readonly number[] {
  let index = LINES_BY_TEXT.get(lines);
  if (!index || index.length !== lines.length) {
    const byLength = new Map<number, number[]>();
    for (let m = 0; m < lines.length; m++) {
      const o = lines[m]!;
      if (o.segments.length === 0) continue;
      const t = o.text;
      // `t.trim().length`: `isJsSpace` is the set `trim` removes.
      let start = 0;
      let end = t.length;
      while (start < end && isJsSpace(t.charCodeAt(start))) start++;
      while (end > start && isJsSpace(t.charCodeAt(end - 1))) end--;
      const at = byLength.get(end - start);
      if (at) at.push(m);
      else byLength.set(end - start, [m]);
    }
    index = { length: lines.length, byLength, byText: new Map() };
    LINES_BY_TEXT.set(lines, index);
  }
  let byText = index.byText.get(text.length);
  if (!byText) {
    byText = new Map<string, number[]>();
    for (const m of index.byLength.get(text.length) ?? []) {
      const t = lines[m]!.text.trim();
      const at = byText.get(t);
      if (at) at.push(m);
      else byText.set(t, [m]);
    }
    index.byText.set(text.length, byText);
  }
  return byText.get(text) ?? [];
}
/** Words of one run are a space apart; a gap of this many font sizes separates cells. */
const CAPTION_RUN_GAP = 1.5;
/** A caption centred over the table starts at least this share of the header's width right of its start. */
const CAPTION_INSET = 0.1;
/**
 * …or this share, when a paragraph's gap or a page break sets it apart from the line above: a
 * row's wrapped line is not set apart, and a row's or heading's first line starts at the table's
 * left edge (corpus8 d8c-016: "Table 3. Objectives, expected accomplishments and performance
 * measures", 74 characters over a table of 101, starting 10 in).
 */
const CAPTION_APART_INSET = 0.05;
/** A caption over an objective heading starts at least this many characters right of the heading and of the table's edge. */
const CAPTION_HEADING_INSET_CHARS = 2;
/** …is at most this share of the header's width long (a full-width line is prose or an objective)… */
const CAPTION_MAX_SHARE = 0.8;
/** …and its centre is within this share of the header's width of the header's centre. */
const CAPTION_CENTRE_SLACK = 0.06;
/** A line starting within this many characters of a cell start in the line above is that cell's wrapped line. */
const CAPTION_ALIGN_CHARS = 1;
/** A rule of the table's frame lies within this many font sizes above the caption or below the header's last line. */
const CAPTION_RULE_REACH = 2;
/** The table's first lines under its header that show its extent to a caption above it. */
const CAPTION_BODY_LINES = 4;

/** A line that goes on with the sentence of the line above: it opens in lower case. */
const WRAPPED_ON = LOWER_OPENING;

/** An objective above a table is a sentence or two, not a page of prose. */
const MAX_OBJECTIVE_LINES = 6;

/**
 * Wrapped lines of one paragraph sit about 1.2 font sizes apart; a PDF's blank line (a paragraph
 * gap measured against the page's usual leading) between lines this close is no paragraph break.
 */
const PARAGRAPH_LEADING_FACTOR = 1.5;
/** The blank line at `blank` separates nothing: the lines around it are one paragraph's. */
function sameParagraph(lines: readonly Line[], blank: number, below: Line): boolean {
  let k = blank - 1;
  while (k >= 0 && lines[k]!.segments.length === 0) k--;
  const above = lines[k];
  if (!above || above.page !== below.page) return false;
  const size = Math.max(...above.segments.map((s) => s.fontSize), ...below.segments.map((s) => s.fontSize));
  return below.y - above.y <= PARAGRAPH_LEADING_FACTOR * size;
}

/** The text after a leading objective label ("Objective 2: …", "Objective: …"), or the text itself. */
function withoutObjectiveLabel(text: string): string {
  return OBJECTIVE_LABEL.exec(text)?.[1]?.trim() ?? text;
}

function stripObjectiveLabel(text: string): string {
  const heading = headingCandidate({ page: 1, line: 0, y: 0, text, start: 0, end: text.length, segments: [] });
  return withoutObjectiveLabel(heading ? heading.title : text);
}

/**
 * Before a header repeated mid-page (one header per objective), the lines of the previous part
 * that follow its last finished cell and start at the table's left edge are the next objective.
 */
/**
 * A header at a page top after an objective printed at the foot of the page before (one header
 * per objective): the header is not repeated for a cut row but opens the next objective. The
 * objective is the page's last line(s) at the table's left edge, one run each, opening with a
 * capital after a finished sentence — in a table whose left column marks every item, so an
 * unmarked line there is no item of it. Anything else stays the cut row's text.
 */
function stealPageFootObjective(part: TablePart, columns: readonly ColumnDef[], headerPage: number): void {
  const last = part.lines[part.lines.length - 1];
  if (!last || last.page >= headerPage || part.objectiveLines.has(last)) return;
  const starts = part.lines.filter((l) => !part.objectiveLines.has(l) && startsAtLeftEdge(l, columns));
  const marked = starts.filter((l) => startsWithMarker(l.text.trim())).length;
  if (marked < MIN_MARKED_ITEMS || marked < starts.length - MAX_OBJECTIVE_LINES) return;
  let k = part.lines.length;
  while (k > 0 && part.lines.length - k < MAX_OBJECTIVE_LINES) {
    const l = part.lines[k - 1]!;
    if (l.page !== last.page || l.segments.length !== 1 || !startsAtLeftEdge(l, columns) || startsWithMarker(l.text.trim())) break;
    k--;
  }
  const tail = part.lines.slice(k);
  const first = tail[0];
  // The sentence before is the left column's: a line of another column's cell ("bidding", the end
  // of a measure beside the last item) says nothing about it.
  const before = part.lines.slice(0, k).findLast((l) => startsAtLeftEdge(l, columns));
  if (!first || !/^\p{Lu}/u.test(first.text.trim()) || (before && before.segments.length === 1 && !endsSentence(before.text))) return;
  for (const l of tail) part.objectiveLines.add(l);
}
/** Items of a table's left column are "marked" when at least this many lines open with a marker. */
const MIN_MARKED_ITEMS = 2;

/** A list number printed as a run of its own before the text ("2." | "To promote …"): a numbered heading. */
const NUMBER_RUN = /^(?:\d{1,2}(?:\.\d{1,2})*[.)]?|[A-Z][.)]|[IVX]{1,4}\.)$/;
function isNumberedRun(line: Line): boolean {
  return line.segments.length === 2 && NUMBER_RUN.test(line.segments[0]!.text.trim());
}
/** One run of text across the line, a numbered heading's number apart. */
function isOneRun(line: Line): boolean {
  return line.segments.length === 1 || isNumberedRun(line);
}

/** The line's one run is centred under the run above it (within two characters). */
function centredUnder(line: Line, above: Line, grid = false): boolean {
  const a = above.segments[above.segments.length - 1], b = line.segments[0];
  const first = above.segments[0];
  if (!a || !b || !first || line.segments.length !== 1) return false;
  const centreAbove = (first.x + a.x + a.width) / 2;
  const tolerance = Math.max(2 * averageCharWidth(line), grid ? GRID_CENTRING_SHARE * (a.x + a.width - first.x) : 0);
  return Math.abs(b.x + b.width / 2 - centreAbove) <= tolerance;
}
/**
 * pdftotext's grid: a line's proportional text is set into character cells, so a long line's
 * length on the grid is off by a few characters, and with it its centre: a centred line may sit
 * this share of the line above's length from its centre.
 */
const GRID_CENTRING_SHARE = 0.05;
/**
 * The line starts in the first column: left of halfway to the second column's label (labels may
 * be centred, so the second column's text can start well left of its label).
 */
function startsBeforeSecond(line: Line, columns: readonly ColumnDef[]): boolean {
  const first = line.segments[0], head = columns[0], second = columns[1];
  return !!first && !!head && !!second && first.x < (head.x + second.x) / 2;
}
/** One run from the first column past the second column's label: no cell is that wide. */
function runsAcross(line: Line, columns: readonly ColumnDef[]): boolean {
  const seg = line.segments[line.segments.length - 1];
  const second = columns[1];
  return !!seg && !!second && seg.x + seg.width > second.x + averageCharWidth(line);
}

/**
 * A paragraph gap lies above the line: more than a paragraph's line spacing (`sameParagraph`)
 * from the line above it, or a page break (the line opens its page: above a header on that page
 * it is no cut row's rest, which comes below the repeated header).
 */
function afterParagraphGap(line: Line, above: Line | undefined): boolean {
  if (!above) return false;
  if (above.page !== line.page) return true;
  const size = Math.max(...line.segments.map((s) => s.fontSize));
  return line.y - above.y > PARAGRAPH_LEADING_FACTOR * size;
}

/**
 * In a PDF table with an Objective column every cell stays within its column, so one bold run from
 * the table's left edge across the second column's edge is no cell: it is the heading of what
 * follows (the objective printed above the next table, at the top of the page after this table's
 * last row, or the next table's centred caption), and this table ends above it.
 */
function headingAcrossColumns(line: Line, part: TablePart, positioned: boolean): boolean {
  const seg = line.segments[0];
  if (!positioned || line.segments.length !== 1 || !seg?.bold || !hasObjectiveColumn(part.header.columns)) return false;
  if (startsAtLeftEdge(line, part.header.columns) && crossesSecondEdge(line, part.header.columns)) return true;
  // Or centred: a bold caption over the next table ("Table 2. Objectives, expected accomplishments
  // and performance measures", opening the page after this table's last row) starts inside the
  // objective column and runs across the edge where the second column's cells start on this
  // part's lines — which no objective cell crosses.
  const edge = secondBodyEdge(part.lines.filter((l) => !part.objectiveLines.has(l)), part.header.columns);
  return edge !== null && runCrosses(line, edge);
}

/**
 * Plain text: one run from the table's left edge, opening with an objective's label ("Objective
 * 1.6: To support …"), that runs past the last column's label edge — across every column edge of a
 * table with an Objective column — is no row: no cell crosses its column's edge, and an objective
 * cell that carries its label wraps inside its column. It is the next objective's heading (head2
 * layouts: the heading at a page foot, its table on the next page, corpus15 val15 v15-003, v15-023,
 * dev15 d15-003), and the table ends above it. pdftotext's grid has no bold to ask as a PDF does
 * (`headingAcrossColumns`); the prose test (`isProse`) wants the line to reach well into the last
 * column, which a short heading over a wide last column does not.
 */
function labelledHeadingAcrossColumns(line: Line, part: TablePart): boolean {
  const seg = line.segments[0], last = part.header.columns[part.header.columns.length - 1];
  if (line.segments.length !== 1 || !seg || !last || part.header.columns.length < 2 || !hasObjectiveColumn(part.header.columns)) return false;
  if (!OBJECTIVE_LABEL.test(seg.text.trim()) || !startsAtLeftEdge(line, part.header.columns)) return false;
  return crossesSecondEdge(line, part.header.columns);
}

/** One run that starts left of the second column's label and ends right of it: it crosses a column edge, so it is no cell. */
function crossesSecondEdge(line: Line, columns: readonly ColumnDef[]): boolean {
  const seg = line.segments[0], second = columns[1];
  const cw = averageCharWidth(line);
  return !!seg && !!second && line.segments.length === 1 && seg.x < second.x - ANCHOR_SLACK_CHARS * cw && seg.x + seg.width > second.x + cw;
}

/**
 * Plain text: the table line right above a repeated header is a numbered heading ("2. To …"),
 * not a numbered first-column item, when it is one run at the table's left edge after a paragraph
 * gap and no other line of the table opens with a number of its kind (the first column's items
 * carry other markers, or none). A first-column item is followed by its row's cells, not by a header.
 */
function numberedHeadingAbove(part: TablePart, line: Line, above: Line | undefined, text = false): boolean {
  if (!isOneRun(line) || !HEADING_NUMBER.test(line.text.trim())) return false;
  if (!afterParagraphGap(line, above) && !underRowOfCells(line, above)) return false;
  // Numbered cells ("1. National platforms …") make a number no cue — unless the line is set in the
  // heading's font, bold and larger than every cell (corpus9 d9b-014: "8. To make cities …" in
  // 11 pt bold over a table whose accomplishments are numbered "1.", "2." in 10.5 pt), or, in
  // plain text, its number neither starts a list nor goes on from one of the cells' numbers.
  const others = part.lines.filter((l) => l !== line && HEADING_NUMBER.test(l.text.trim()));
  return others.length === 0 || setApartByFont([line], part.lines.filter((l) => l !== line && !part.objectiveLines.has(l))) || (text && outOfCellNumbering(line, others));
}

/**
 * A numbered objective opening ("8. To make cities …") whose number is neither 1 nor one more
 * than a number the table's cells open with: the next item of a numbered cell list starts one
 * ("1.") or goes on ("3." after "2."), so this number belongs to another list — the objective
 * headings numbered over the document (corpus9 d9b-014 txt: "8. To …" over a repeated header,
 * under accomplishments numbered "1.", "2.").
 */
function outOfCellNumbering(line: Line, cells: readonly Line[]): boolean {
  if (!NUMBERED_OBJECTIVE_OPENING.test(line.text.trim())) return false;
  const numberOf = (l: Line) => Number(/^\d+/.exec(l.text.trim())?.[0]);
  const n = numberOf(line);
  return n !== 1 && !cells.some((l) => numberOf(l) + 1 === n);
}
/** An arabic heading number: "2. To …". */
const HEADING_NUMBER = /^\d{1,2}\.\s/;
/**
 * Plain text: a Word-numbered objective heading ("2. To advance …") right under a row of cells
 * (several runs: "Forecast error (percentage points)   1.8   1.4"), no blank line between — the
 * grid drops the heading's space before. Not a cell's wrapped line: that is one run under one run.
 */
function underRowOfCells(line: Line, above: Line | undefined): boolean {
  return !!above && above.page === line.page && !isOneRun(above) && NUMBERED_OBJECTIVE_OPENING.test(line.text.trim());
}

/** A line that goes on in lower case: the rest of a sentence begun above. */
const CONTINUATION_START = LOWER_OPENING;
/** Body lines read beside a repeated header's parts when those show too few cell starts (stealObjectiveTail). */
const UNDER_HEADER_LINES = 6;
/**
 * The non-blank lines right under a header (the header at `at`, `count` lines), on its page: the
 * first rows of the part it opens, set on the header's grid.
 */
function linesUnderHeader(lines: readonly Line[], at: number, count: number): Line[] {
  const page = lines[at]?.page;
  return lines.slice(at + count, at + count + UNDER_HEADER_LINES).filter((l) => l.page === page && l.segments.length > 0);
}

function stealObjectiveTail(part: TablePart, columns: readonly ColumnDef[], grid = false, parts: readonly TablePart[] = [part], below: readonly Line[] = []): void {
  // The objective is already there (a spanning paragraph was read as objective lines): nothing to take.
  const last = part.lines[part.lines.length - 1];
  let k = part.lines.length;
  if (last && part.objectiveLines.has(last)) {
    // Plain text: a spanning line read as the objective that goes on in lower case ("weapons in
    // accordance with …") is the wrap of a line above it, which pdftotext may have printed as one
    // run that looks like glued cells ("2. To reinforce the implementation of …"): look above.
    while (k > 0 && part.objectiveLines.has(part.lines[k - 1]!)) k--;
    const first = part.lines[k];
    if (!grid || !first || !CONTINUATION_START.test(first.text.trim())) return;
  }
  // pdftotext's grid: does the line run across where the second column's cells open in the table's
  // parts so far? Asked of the last line above the header only, so every part's lines are not
  // gathered again at each repeated header.
  // A table of one short row so far shows its second column's start once: the rows under the
  // repeated header open their cells at the same edge (the header is the same), so they count too.
  const crossesBody = (l: Line) => {
    const body = parts.flatMap((p) => p.lines.filter((x) => !p.objectiveLines.has(x)));
    const edge = secondBodyEdge(body, columns) ?? (below.length ? secondBodyEdge([...body, ...below], columns) : null);
    return edge !== null && runCrosses(l, edge);
  };
  // PDF: where a later column's cells start on the part's lines (a run after another run that is
  // more than a hung marker).
  const cellStarts = grid ? [] : laterCellStarts(part.lines.filter((x) => !part.objectiveLines.has(x)));
  while (k > 0) {
    const l = part.lines[k - 1]!;
    const above = part.lines[k - 2];
    // A line that starts exactly where a later column's cells start is that column's cell ("(d)
    // Wastewater treated …" under "(c) …", running past a label centred far right of its cells),
    // not a heading, which starts at the table's edge or is centred.
    const start = l.segments[0]?.x;
    if (start !== undefined && cellStarts.some((x) => Math.abs(x - start) <= SAME_EDGE_PT)) break;
    // The last line above the header, after a paragraph gap, one run across the edge where the
    // second column's cells open: no cell crosses it, a heading centred over the page does ("3. To
    // support macroeconomic policies …" ending short of a label centred far right of the cells).
    // In a PDF too: "6. To support the follow-up …" runs past where the measures' bullets start,
    // short of their label centred far right, over a table whose first column is numbered "1.".
    const acrossBody = k === part.lines.length && isOneRun(l) && afterParagraphGap(l, above) && crossesBody(l);
    // A centred heading's line is centred under the line above it, or runs across the columns.
    const placed =
      startsAtLeftEdge(l, columns) ||
      (!!above && isOneRun(above) && centredUnder(l, above, grid)) ||
      (isOneRun(l) && startsBeforeSecond(l, columns) && runsAcross(l, columns)) ||
      (isOneRun(l) && afterParagraphGap(l, above) && crossesSecondEdge(l, columns)) ||
      acrossBody;
    // "2. To enhance …" as one run across the columns is a numbered heading, not a numbered item;
    // so is the last line above the header, after a paragraph gap, when no other line of the table
    // opens with such a number (pdftotext glues "2. To" by one space and sets the heading on the
    // grid of the table below, where it may end short of the next column; in a PDF a short heading
    // "2. To improve the geographical diversity of staff." ends left of where the cells of a wide
    // second column start, as LibreOffice prints Word-numbered headings over a table per objective).
    const numbered = isNumberedRun(l) || (startsWithMarker(l.text.trim()) && (runsAcross(l, columns) || acrossBody || (k === part.lines.length && numberedHeadingAbove(part, l, above, grid))));
    if (!isOneRun(l) || !placed || (startsWithMarker(l.text.trim()) && !numbered)) break;
    k--;
    // A numbered objective heading ("2.  To promote …") or an objective's own opening ("To …")
    // opens the objective: nothing above it belongs. So does a decimal outline number's ("2.14 To
    // keep …", no list marker to `numbered`; session 52, h-c11-52: over a lettered item "C. …" that
    // no longer ends the table as a heading, corpus11 v11k-004).
    if (!above || numbered || opensObjectiveHeading(l.text.trim()) || endsSentence(above.text) || !isOneRun(above)) break;
  }
  // An objective's first line opens with a capital, a number or its label: lines that open in lower
  // case with a row of cells above them are the last wrapped lines of that row's first cell ("(c)
  // National peacebuilding priorities financed" / "and implemented" over the next table's header,
  // whose objective is a spanning row under it), however alone on the line they stand.
  const head = part.lines[k];
  if (head && !part.objectiveLines.has(head) && CONTINUATION_START.test(head.text.trim())) return;
  // (pdftotext keeps no paragraph spacing: there a line that opens an objective — "2. To …" — is
  // the next table's heading though it follows the last row at a line's step; so is a line after a
  // cell of marked items that ends its sentence, and one run across where the second column's cells
  // open, which no first-column cell line does.)
  if (head && !part.objectiveLines.has(head) && runsOnLastRow(part, k) && !(grid && (opensObjectiveHeading(head.text.trim()) || newLineAfterMarkedItems(part, k) || (isOneRun(head) && crossesBody(head))))) return;
  for (const l of part.lines.slice(k)) part.objectiveLines.add(l);
}

/**
 * PDF: the lines from `k` on are the last row's longest cell running on below the others (an
 * accomplishment cell of three items beside a one-line measure), not the next objective's heading:
 * the first follows the line above it at a line's step (no paragraph gap, same page) and starts
 * where a row line of the part opens its first cell (the items' x, or their markers'). A heading
 * over a repeated header is set off from the rows above by paragraph spacing. The row runs to where
 * its last cell ends, not where its first-ending cell ends.
 */
function runsOnLastRow(part: TablePart, k: number): boolean {
  const head = part.lines[k], above = part.lines[k - 1];
  const start = head?.segments[0]?.x;
  if (!head || !above || start === undefined || above.page !== head.page || afterParagraphGap(head, above)) return false;
  return part.lines.slice(0, k).some((l) => !part.objectiveLines.has(l) && l.segments.length > 1 && Math.abs(l.segments[0]!.x - start) <= SAME_EDGE_PT);
}

/**
 * pdftotext's grid: line `k` opens where the last row's first cell opens, without a marker, and the
 * cell's items there are marked and its last line there ends a sentence ("▪ Improved access to
 * information for stakeholders." / "Improved monitoring of programme performance indicators." over
 * the next table's header). A cell of marked items goes on with a wrapped line (the last one ends no
 * sentence) or a new marked item, so such a line is the next table's heading, though pdftotext sets
 * it right under the row (no paragraph spacing in text). A cell of unmarked items may go on with one
 * (runsOnLastRow).
 */
function newLineAfterMarkedItems(part: TablePart, k: number): boolean {
  const head = part.lines[k];
  const start = head?.segments[0]?.x;
  if (!head || start === undefined || startsWithMarker(head.text.trim())) return false;
  const runs = part.lines.slice(0, k).filter((l) => !part.objectiveLines.has(l)).flatMap((l) => l.segments.filter((s) => Math.abs(s.x - start) <= SAME_EDGE_PT));
  const last = runs[runs.length - 1];
  return last !== undefined && endsSentence(last.text.trim()) && runs.some((s) => startsWithMarker(s.text.trim()));
}

/** The x of every run that follows another run on its line, unless that one is only a hung list marker ("•", "(i)", "5."). */
function laterCellStarts(lines: readonly Line[]): number[] {
  return lines.flatMap((l) => l.segments.filter((s, j) => j > 0 && !HUNG_MARKER.test(l.segments[j - 1]!.text.trim())).map((s) => s.x));
}

/**
 * pdftotext's grid: the x where the second column's cells open in these table lines — the leftmost
 * run start right of the first column's minimum width (and at most a character right of the second
 * label, which a centred header may set far right of its cells) that at least MIN_BODY_EDGE_SUPPORT
 * runs share within the anchor slack. Null when the lines show no such edge.
 */
function secondBodyEdge(lines: readonly Line[], columns: readonly ColumnDef[]): number | null {
  const first = columns[0], second = columns[1];
  if (!first || !second || tabbedColumns(columns)) return null;
  const starts: number[] = [];
  for (const l of lines) {
    const cw = averageCharWidth(l);
    for (const seg of l.segments) if (seg.x > first.x + MIN_FIRST_COLUMN_CHARS * cw && seg.x <= second.x + cw) starts.push(seg.x);
  }
  starts.sort((a, b) => a - b);
  const slack = ANCHOR_SLACK_CHARS * CHAR_WIDTH;
  return starts.find((x) => starts.filter((y) => y >= x && y - x <= slack).length >= MIN_BODY_EDGE_SUPPORT) ?? null;
}
/** The line's one run starts left of `edge` (beyond the anchor slack) and ends right of it. */
function runCrosses(line: Line, edge: number): boolean {
  const seg = line.segments[0], last = line.segments[line.segments.length - 1];
  const cw = averageCharWidth(line);
  return !!seg && !!last && seg.x < edge - ANCHOR_SLACK_CHARS * cw && last.x + last.width > edge + cw;
}

/** The words of the grid lines right above and below (those there are, in that order): `[above, below].flatMap(…)` without the flatMap, once per body line. */
function neighbourWords(above: Line | undefined, below: Line | undefined, wordsOf: (l: Line) => readonly Word[]): Array<readonly Word[]> {
  const out: Array<readonly Word[]> = [];
  if (above) out.push(wordsOf(above));
  if (below) out.push(wordsOf(below));
  return out;
}

/**
 * pdftotext's grid: the lines that show a line's column edges, those within NEAR_LINES grid lines
 * of it on its page and in its block of text (no blank grid line between): a blank line parts
 * blocks that pdftotext may have set on other column positions. (A whole block, however long, was
 * tried: it moved edges on lines of the next row and lost as many rows as it gained.)
 */
function gridNeighbours(pageLines: readonly Line[], line: Line, byNumber: ReadonlySet<number>): Line[] {
  let top = line.line, bottom = line.line;
  while (top - 1 >= line.line - NEAR_LINES && byNumber.has(top - 1)) top--;
  while (bottom + 1 <= line.line + NEAR_LINES && byNumber.has(bottom + 1)) bottom++;
  return pageLines.filter((n) => n !== line && n.line >= top && n.line <= bottom);
}

function flattenLines(layout: Layout): FlatLine[] {
  const out: FlatLine[] = [];
  for (const page of layout.pages) {
    const nonBlank = page.lines.filter((l) => l.segments.length > 0);
    const edge = new Set([...nonBlank.slice(0, PAGE_MARGIN_LINES), ...nonBlank.slice(-PAGE_MARGIN_LINES)]);
    const outer = new Set([nonBlank[0], nonBlank[nonBlank.length - 1]]);
    for (const line of page.lines) out.push({ line, nearPageEdge: layout.pages.length > 1 && edge.has(line), outermost: outer.has(line) });
  }
  return out;
}

/**
 * A page number the extractor's furniture pass left (it takes bare numbers only when they follow
 * the page sequence). Running headers and footers are that pass's alone (extract/furniture.ts).
 */
/**
 * Plain text: a printing of the header with fewer body lines than this (a row's first line at a
 * page foot, its rest under the header repeated on the next page) shows no column edge of its own:
 * its edges come from the table's other printings under the same header positions (each still
 * on its own page's grid, which `pageAnchors` / `localAnchors` follow per line).
 */
const MIN_TEXT_EDGE_LINES = 3;
/**
 * Plain text: the header page's own edges for a part that runs on over a page break without a
 * repeated header, when the edges read from all its lines cut words on the header's page and the
 * header page's lines alone (at least MIN_TEXT_EDGE_LINES of them) show edges that cut fewer.
 * pdftotext sets each page on a grid of its own, so the next page's starts ("Women at P-5 …" at
 * character 43 under a page whose measures open at 50) can choose an edge inside the header
 * page's cells, and "Organization's target Tickets …", glued by one space across the true edge,
 * was cut at "target" (corpus8 d8b-008). The later pages keep the pooled edges and their own
 * (`pageAnchors`, `uniformRunAnchors`, `localAnchors`).
 */
function headerPageAnchors(part: TablePart, refined: readonly ColumnDef[], rules: readonly number[]): ColumnDef[] | null {
  if (!part.lines.some((l) => l.page !== part.header.page)) return null;
  const own = part.lines.filter((l) => l.page === part.header.page && !part.objectiveLines.has(l) && l.segments.length > 0);
  if (own.length < MIN_TEXT_EDGE_LINES) return null;
  const before = edgeCrossings(refined, own);
  if (before === 0) return null;
  const anchors = refineAnchors(part.header.columns, own, rules);
  return edgeCrossings(anchors, own) < before ? anchors : null;
}
function textPartTooSmall(part: TablePart): boolean {
  let n = 0;
  for (const l of part.lines) if (!part.objectiveLines.has(l) && l.segments.length > 0 && ++n >= MIN_TEXT_EDGE_LINES) return false;
  return true;
}

/** The furniture pass (extract/furniture.ts) took the page's number away: the page has printed it. */
function numberedAlready(page: Pick<Page, "removed"> | undefined): boolean {
  return page?.removed.some((r) => r.reason === PAGE_NUMBER_REASON) ?? false;
}

/**
 * `lines[i]` goes on the run right above it: at most a wrapped line's step (WRAP_STEP_EM) under
 * the line before it on its page, where one of that line's runs starts. A cell's wrapped last line,
 * a measure's figure ("➢ Briefings to intergovernmental bodies:" / "8", the page's last line under a
 * table without page numbers, corpus18 val18c v18-024), not a page number: a folio stands apart
 * from the body, in the page's margin. Asked right of the table's left edge only: a footnote's mark
 * there ("1" over "Baselines are those of 2013; …", corpus7 f7-010 txt) may sit as close.
 */
function wrapsRunAbove(lines: readonly Line[], i: number): boolean {
  const above = lineAWrapStepAbove(lines, i);
  return !!above && startsUnderRun(above.segments, lines[i]!, above);
}

function isPageFurniture(line: Line): boolean {
  return PAGE_NUMBER.test(line.text.replace(/\s+/g, " ").trim());
}

/** Header labels at the same places (within a character or so): one table layout. */
function sameAnchors(a: readonly ColumnDef[], b: readonly ColumnDef[]): boolean {
  return a.length === b.length && a.every((c, i) => Math.abs(c.x - (b[i]?.x ?? Infinity)) <= SAME_ANCHOR_PT);
}
const SAME_ANCHOR_PT = 4;

/**
 * A header of the same columns printed under a part's cells on their page, in other wording,
 * opens another table: a header repeated at a page top, or one header per objective,
 * prints its labels again as they were, while a second table set out its own way under the first
 * (a tab-stop table under a ruled one, corpus11 d11-001: "Objective | Expected result | Indicator
 * of achievement" under "Objective | Expected accomplishment | Performance measure") names them
 * in its own words. Read as the same table, its lines took the ruled table's row boundaries and
 * all ran into the last ruled row. Only letters count (`labelLetters`): a footnote mark or a year
 * on one printing ("Target¹", "Target (2013)") and the places a label wraps do not make another table.
 */
function otherTableUnder(previous: TablePart | null, header: TableHeader, part?: TablePart): boolean {
  // Tables with an Objective column only: a table without one prints a header per objective, and
  // the lines above each (its objective, a caption) are sorted out by the repeated-header path.
  if (!hasObjectiveColumn(header.columns)) return false;
  // The part above holds cells on this page: a table that has rows of its own there.
  if (!previous?.lines.some((l) => l.page === header.page && !previous.objectiveLines.has(l))) return false;
  return labelLetters(previous.header.columns) !== labelLetters(header.columns) || ruledOtherwise(previous, part);
}
/**
 * The same wording printed in another style is another table too (session 46, h-pdf46): a header
 * the page rules (a border, a rule over or under it) under a part whose header it did not rule, or
 * the other way. A table repeats its header as it first drew it; WeasyPrint sets a ruled table and
 * a borderless one of the same labels one under the other (corpus11 val11g v11g-012, val11j
 * v11j-008/-015). Read as one table, the borderless one's rows took the ruled part's row boundaries
 * and ran into one row (two or three objectives joined).
 */
function ruledOtherwise(previous: TablePart, part: TablePart | undefined): boolean {
  return part?.ruledHeader !== undefined && previous.ruledHeader !== undefined && part.ruledHeader !== previous.ruledHeader;
}

/**
 * PDF: does the page rule the header at `lines[i]` — a left border crossing it (`frameX`), or a
 * rule across its first label's x from RULED_HEADER_ABOVE_EM above its first line down to the first
 * line below it (the header's top border, the rule under it)? A rule further up closes what stands
 * above (the table before, set a paragraph's space away).
 */
function headerRuled(page: Pick<Page, "rules"> | undefined, lines: readonly Line[], i: number, header: TableHeader, frameX: number | null): boolean {
  if (frameX !== null) return true;
  const line = lines[i]!;
  const x = header.columns[0]?.x;
  if (!page || x === undefined) return false;
  const size = Math.max(0, ...line.segments.map((s) => s.fontSize));
  let below = Infinity;
  for (let k = i + header.lineCount; k < lines.length; k++) {
    const l = lines[k]!;
    if (l.page !== line.page) break;
    if (l.segments.length > 0) { below = l.y; break; }
  }
  const top = line.y - RULED_HEADER_ABOVE_EM * size;
  return page.rules.some((r) => Math.abs(r.y1 - r.y2) <= RULE_FLATNESS && Math.min(r.x1, r.x2) <= x && Math.max(r.x1, r.x2) > x && r.y1 >= top && r.y1 < below);
}
/** How far above a header's first baseline (its font sizes) a rule still draws the header's top border. */
const RULED_HEADER_ABOVE_EM = 1.5;
const labelLetters = (columns: readonly ColumnDef[]) => columns.map((c) => c.header.toLowerCase().replace(/[^\p{L}]+/gu, "")).join("|");

function sameColumns(a: readonly ColumnDef[], b: readonly ColumnDef[]): boolean {
  return a.length === b.length && a.every((c, i) => c.key === b[i]?.key);
}

/** Inside prose, words are at most this many character widths apart; table columns are further apart or aligned to anchors. */
const PROSE_MAX_WORD_GAP_CHARS = 3;

/**
 * A line that ignores the table's columns: in tab-separated text a long line with no tab; in
 * positioned text a run of words without column gaps that starts in the first column and
 * reaches well past the last anchor, and whose words do not line up with the anchors (a table
 * line whose columns are glued by single spaces has a word starting at every anchor).
 */
function isProse(line: Line, columns: readonly ColumnDef[], edgeSlackChars = 1): boolean {
  const tabbed = tabbedColumns(columns);
  if (tabbed) {
    if (line.segments.some((s) => s.column !== undefined)) return false;
    return line.text.trim().length > PROSE_MIN_CHARS;
  }
  const first = columns[0];
  const last = columns[columns.length - 1];
  const words = lineWords(line);
  const head = words[0];
  const tail = words[words.length - 1];
  if (!first || !last || !head || !tail || columns.length < 2) return false;
  const charWidth = averageCharWidth(line);
  const slack = 2 * charWidth;
  // Prose starts in the first column. Header labels may be centred in their cells, so the
  // second column's text can start well left of its label: past halfway to it is no longer the first.
  const second = columns[1]?.x ?? Infinity;
  if (head.x > Math.min(second - slack, (first.x + second) / 2)) return false;
  for (let k = 1; k < words.length; k++) {
    const a = words[k - 1];
    const b = words[k];
    if (a && b && b.x - (a.x + charCount(a.text) * charWidth) > PROSE_MAX_WORD_GAP_CHARS * charWidth) return false;
  }
  const span = last.x - first.x;
  const right = tail.x + charCount(tail.text) * charWidth;
  if (right - first.x <= span + PROSE_SPAN_FRACTION * (span / (columns.length - 1))) return false;
  const aligned = columns.slice(1).every((c) => words.some((w) => Math.abs(w.x - c.x) < charWidth));
  // Separate runs (PDF text runs, text after a column gap) that each start at a column edge — up to
  // MAX_ANCHOR_SHIFT_CHARS left of a centred header — are cells, however narrow the gaps between them.
  // (`edgeSlackChars` right of it: a page of pdftotext's text other than the header's sets its
  // cells on a grid of its own, a few characters off the header's.)
  const runsAtEdges =
    line.segments.length > 1 &&
    line.segments.slice(1).every((seg) => columns.slice(1).some((c) => seg.x >= c.x - MAX_ANCHOR_SHIFT_CHARS * charWidth && seg.x <= c.x + edgeSlackChars * charWidth));
  return !aligned && !runsAtEdges && !runsInLabelSpans(line, columns, charWidth);
}

/**
 * Separate runs, one line, that open every later column inside the span its header label leaves
 * free: right of the previous label's end, at most a character right of its own label's start. With
 * labels centred over wide cells and a narrow padding (a page with narrow margins, or a table at
 * 80 % of the text width), a cell's text starts much further left of its label than
 * MAX_ANCHOR_SHIFT_CHARS, and the gaps between the cells ("… parity at", "-", "Oversight …")
 * are as narrow as word spaces: such a line is a row of cells, not prose. Prose is one run (word
 * spaces never split a run), so it never has a run starting in every later column.
 */
function runsInLabelSpans(line: Line, columns: readonly ColumnDef[], charWidth: number): boolean {
  if (line.segments.length < columns.length) return false;
  const inSpan = (x: number, k: number): boolean => {
    const c = columns[k]!;
    const p = columns[k - 1]!;
    const from = p.right ?? p.x + charCount(p.header) * charWidth;
    return x > from && x <= c.x + charWidth;
  };
  const later = line.segments.slice(1);
  return later.every((seg) => columns.some((_, k) => k > 0 && inSpan(seg.x, k))) && columns.every((_, k) => k === 0 || later.some((seg) => inSpan(seg.x, k)));
}

/**
 * A line of several runs whose later runs each start where a run of the table's earlier lines
 * started: cells, not prose, however narrow the gaps between them (a short objective beside a hung
 * "1." and a "-" in narrow padding; header labels centred far from where the text starts). The
 * earlier lines are the part's and those of the table's earlier parts printed under the same header
 * positions, objective rows aside: a part under a repeated header may so far hold only a cut cell's
 * rest and a spanning objective row, and with one header per objective a part's first line has no
 * line of its own part above it. On a character grid (pdftotext sets each page on its own grid)
 * only the earlier parts' lines on the line's own page count; on a positioned page, every page's.
 */
function runsWhereCellsStart(line: Line, part: TablePart, table: RawTable, positioned: boolean): boolean {
  if (line.segments.length < 2) return false;
  const charWidth = averageCharWidth(line);
  const starts: number[] = [];
  for (const l of part.lines) starts.push(...cellRunStarts(l, part.header.columns));
  for (const p of table.parts)
    if (p !== part && sameAnchors(p.header.columns, part.header.columns))
      for (const l of p.lines) if ((positioned || l.page === line.page) && !p.objectiveLines.has(l)) starts.push(...cellRunStarts(l, p.header.columns));
  return line.segments.slice(1).every((seg) => starts.some((x) => Math.abs(x - seg.x) < charWidth));
}

/**
 * Where a table line's runs open cells right of the first column: every run after its first, and
 * its first too when the line starts right of the table's left edge — a line of a vertically
 * centred table often holds only a later column's cell ("1." | "315 prosecutors …" beside an empty
 * first cell), and its marker's place is where that column's items open (d10b-027: the next
 * line "Financial intelligence units exchanging" | "1." | "91 per cent …" is a row of cells, not a
 * spanning objective).
 */
function cellRunStarts(line: Line, columns: readonly ColumnDef[]): number[] {
  const runs = startsAtLeftEdge(line, columns) ? line.segments.slice(1) : line.segments;
  return runs.map((s) => s.x);
}

/**
 * A line glued by single spaces ("• Enhanced consistency of policy advice. ▪ Delays in the approval
 * of resources; Reduction in …") holds, after its first word, a bullet glyph that opens cells of a
 * later column elsewhere in the table (a run of a table line after its first opens with it): it is a
 * row of cells, not prose, which never holds a list bullet inside its line.
 */
function bulletOpensLaterCell(line: Line, part: TablePart, parts: readonly TablePart[]): boolean {
  // A glyph as a word of its own: dashes and "o" are words and hyphens inside a line.
  const inner = lineWords(line).slice(1).filter((w) => BULLET_GLYPH_ONLY.test(w.text)).map((w) => w.text);
  if (inner.length === 0) return false;
  const opens = (l: Line) => l.segments.slice(1).some((seg) => inner.some((b) => seg.text.trimStart().startsWith(b)));
  return [part, ...parts].some((p) => sameAnchors(p.header.columns, part.header.columns) && p.lines.some(opens));
}
/**
 * pdftotext's grid: a one-run line that holds, one space after a word of its own, an item marker
 * opening a later column's cell where the table's runs open with markers of its kind on other
 * lines of the page (`gluedMarkerOpenings`: "… facilitated by the United Nations. - 77 per cent
 * of …", the dash at the column edge where "- 73 per cent …" and "- 27 countries …" open; "… closed
 * within (iii) Civilian …" under "(ii) …") is two cells glued by one space, not prose or a spanning
 * objective: the accomplishment ran up to the measure column, and the column's edge — shared by
 * the lines around — tells where its cell opens. The lines around are the table's lines so far on
 * the page and `below`, the next lines of the page (a table's first row has no line above it).
 */
function markerGluedAtCellEdge(line: Line, part: TablePart, table: RawTable, below: readonly Line[]): boolean {
  if (line.segments.length !== 1) return false;
  const others = new Set<Line>(below);
  for (const p of [part, ...table.parts]) if (sameAnchors(p.header.columns, part.header.columns)) for (const l of p.lines) if (l.page === line.page) others.add(l);
  return gluedMarkerOpenings(line, [...others]).length > 0;
}
/**
 * pdftotext's grid: a one-run line in which a capitalised word after a word in lower case (no
 * sentence ends between them) stands within GLUED_EDGE_CHARS of a later column's edge, the run
 * going on past that edge, while GLUED_EDGE_SUPPORT or more of the lines below on the page open a
 * run after a column gap exactly at that edge: two cells glued by one space, not prose
 * ("To implement the recommendations Average days to fill a vacancy: 159." under "OBJECTIVES
 * KEY PERFORMANCE INDICATORS", the indicators below opening under "KEY", corpus18 d18-005
 * jspdf.txt). A cell opens with a capital; a sentence goes on with one only at a name, and prose
 * does not have the lines under it open cells at the very column its name happens to cross. The
 * glued cell's text stands a few characters off the edge because pdftotext sets the glued words one
 * space after the left cell's last word, not where they were drawn. No item marker is needed (cf.
 * `markerGluedAtCellEdge`: items ending with full stops have none).
 */
function capitalGluedAtColumnEdge(line: Line, below: readonly Line[], columns: readonly ColumnDef[]): boolean {
  if (line.segments.length !== 1 || columns.length < 2) return false;
  const cw = averageCharWidth(line);
  const words = lineWords(line);
  const end = words.length > 0 ? words[words.length - 1]!.x + charCount(words[words.length - 1]!.text) * cw : 0;
  const first = columns[0]!.x;
  return columns.slice(1).some((c) => {
    if (!(end > c.x + cw)) return false;
    return words.some((w, k) => {
      if (k < 2 || Math.abs(w.x - c.x) > GLUED_EDGE_CHARS * cw || !CAPITAL_WORD.test(w.text) || !(LOWER_LETTERS_WORD.test(words[k - 1]!.text) || LOWER_WORD_BROKEN.test(words[k - 1]!.text))) return false;
      // Where the lines below open the column: at its edge, or where the glued word itself starts
      // (the row's own grid: its wrapped lines under the word).
      const opens = (seg: Segment) => seg.x > first + MIN_FIRST_COLUMN_CHARS * cw && (Math.abs(seg.x - c.x) < CHAR_SLACK * cw || Math.abs(seg.x - w.x) < CHAR_SLACK * cw);
      return below.filter((l) => l.page === line.page && l.segments.some(opens)).length >= GLUED_EDGE_SUPPORT;
    });
  });
}
/**
 * pdftotext's grid, justified cells (corpus20 typst.txt): a one-run line in the middle of a row
 * block, its two cells glued by one space, each line of the block set on a grid of its own ("Advisory
 * Committee and the Fifth Com­ Recommendations fully implemented: ≥ 48%." between "To present the
 * reports of the Board to the Audit opinions issued (target: 30)." and "mittee", val20l v20l-025: the
 * glued capitals at 44 and 39, the header's edge at 44). A word opening with a capital, one space
 * after a word in lower case or a piece broken at its line's end, lies before a later column's edge
 * (by at most MAX_LOCAL_SHIFT_CHARS, the most pdftotext moves a block's column) and the line goes on
 * past that edge; the line right above (no blank grid line between) is the open table's last line
 * and reaches the same column; and the block goes on right under it: the next grid line opens a run
 * or glues a capital within BLOCK_DRIFT_CHARS of the glued word, or holds only the first cell's
 * wrapped tail, ending before it. Prose under a table is set off by a blank line or runs across the
 * whole line below; a row's lines are not. The table goes on (`capitalGluedAtColumnEdge` and
 * `gluedAtBlockGrid` need lines below that open a run at the very edge, which a justified block's
 * drifting grid does not give).
 */
function gluedInsideRowBlock(line: Line, above: Line | undefined, next: Line | undefined, columns: readonly ColumnDef[]): boolean {
  if (line.segments.length !== 1 || columns.length < 2 || !above || !next) return false;
  if (above.page !== line.page || above.line !== line.line - 1) return false;
  const cw = averageCharWidth(line);
  const left = columns[0]!.x + MIN_FIRST_COLUMN_CHARS * cw;
  const end = lineEnd(line, cw);
  return columns.slice(1).some((c) => {
    if (end <= c.x + cw || lineEnd(above, cw) <= c.x) return false;
    const glued = gluedCapitalsBefore(line, c.x, left, cw);
    return glued.some((x) => blockGoesOnUnder(next, x, cw, left));
  });
}
/** The x of each capital glued one space after a word in lower case (or a broken piece), before `edge` by at most MAX_LOCAL_SHIFT_CHARS and at most GLUED_EDGE_CHARS past it. */
function gluedCapitalsBefore(line: Line, edge: number, left: number, cw: number): number[] {
  const words = lineWords(line);
  const out: number[] = [];
  words.forEach((w, k) => {
    const before = words[k - 1];
    if (k < 2 || !before || w.x <= left || w.x < edge - MAX_LOCAL_SHIFT_CHARS * cw || w.x > edge + GLUED_EDGE_CHARS * cw) return;
    if (w.x - (before.x + charCount(before.text) * cw) > cw + CHAR_SLACK * cw) return;
    if (CAPITAL_WORD.test(w.text) && (LOWER_LETTERS_WORD.test(before.text) || WORD_PIECE_BROKEN.test(before.text))) out.push(w.x);
  });
  return out;
}
/** gluedInsideRowBlock: the next grid line goes on with the row block whose glued cell opens at `x`. */
function blockGoesOnUnder(next: Line, x: number, cw: number, left: number): boolean {
  const near = (a: number) => Math.abs(a - x) <= BLOCK_DRIFT_CHARS * cw;
  if (next.segments.slice(1).some((s) => s.x > left && near(s.x))) return true;
  if (next.segments.length === 1 && lineEnd(next, cw) < x) return true;
  return next.segments.length === 1 && gluedCapitalsBefore(next, x + BLOCK_DRIFT_CHARS * cw, left, cw).some(near);
}
/** Where a line's last word ends. */
function lineEnd(line: Line, cw: number): number {
  const words = lineWords(line);
  const last = words[words.length - 1];
  return last ? last.x + charCount(last.text) * cw : 0;
}
/** The next grid line of `lines[i]` on its page, when it is not blank. */
function nextGridLineOf(lines: readonly Line[], i: number): Line | undefined {
  const line = lines[i]!;
  const next = lines[i + 1];
  return next && next.page === line.page && next.line === line.line + 1 && next.segments.length > 0 ? next : undefined;
}
/** capitalGluedAtColumnEdge: how far (characters) the glued capital may stand off the column's edge. */
const GLUED_EDGE_CHARS = 4;
/** capitalGluedAtColumnEdge: lines below that open a run at the edge. */
const GLUED_EDGE_SUPPORT = 2;
/** A line's baseline may sit this close (points) past the end of a border and still be inside. */
const FRAME_Y_SLACK = 2;

/**
 * The x of the table's left border: the vertical rule that crosses the header line left of the
 * first label (nearest to it, should the table sit in a framed box). Labels may be centred in their
 * cells, so the border can be far left of the first label. Null for a borderless table.
 */
function tableLeftBorder(page: Pick<Page, "rules"> | undefined, headerLine: Line, columns: readonly ColumnDef[]): number | null {
  const left = columns[0]?.x;
  if (!page || left === undefined) return null;
  let best: number | null = null;
  for (const r of page.rules) {
    if (Math.abs(r.x1 - r.x2) > RULE_FLATNESS || Math.abs(r.y2 - r.y1) < MIN_BORDER_LENGTH) continue;
    const x = (r.x1 + r.x2) / 2;
    const top = Math.min(r.y1, r.y2), bottom = Math.max(r.y1, r.y2);
    if (x > left || headerLine.y < top - FRAME_Y_SLACK || headerLine.y > bottom + FRAME_Y_SLACK) continue;
    if (best === null || x > best) best = x;
  }
  return best;
}

/** Rules this close (points) to the header page's left border are the same border on later pages. */
const BORDER_X_TOLERANCE = 2;

/** The vertical extents (top, bottom) of the pieces of the table's left border on a page, top first. */
function borderPieces(page: Pick<Page, "rules"> | undefined, frameX: number | null): Array<readonly [number, number]> {
  if (!page || frameX === null) return [];
  return page.rules
    .filter((r) => Math.abs(r.x1 - r.x2) <= RULE_FLATNESS && Math.abs((r.x1 + r.x2) / 2 - frameX) <= BORDER_X_TOLERANCE)
    .map((r) => [Math.min(r.y1, r.y2), Math.max(r.y1, r.y2)] as const)
    .sort((a, b) => a[0] - b[0]);
}
const spansLine = (line: Line) => ([top, bottom]: readonly [number, number]) => line.y >= top - FRAME_Y_SLACK && line.y <= bottom + FRAME_Y_SLACK;

/** Ruled tables: the table's left border spans the line, so the line is one of its cells. */
function insideRuledFrame(page: Pick<Page, "rules"> | undefined, line: Line, frameX: number | null): boolean {
  return borderPieces(page, frameX).some(spansLine(line));
}

/** The vertical extents (top, bottom) a ruled table's frame covers on a page, top first. */
type FrameExtent = ReadonlyArray<readonly [number, number]>;

/**
 * The extents the table's left border covers on a page: its pieces, those a scan broke joined,
 * each extended by the cell fragments and inner borders that run on below it. Null when the page
 * does not draw the border (or the table has none).
 */
function ruledFrameExtent(page: Pick<Page, "rules" | "height"> | undefined, frameX: number | null, columns: readonly ColumnDef[]): FrameExtent | null {
  const pieces = borderPieces(page, frameX);
  if (pieces.length === 0 || !page || frameX === null) return null;
  // Pieces of one border broken by a scan (gaps of a few points) are one border.
  const joined: Array<[number, number]> = [];
  for (const [top, bottom] of pieces) {
    const last = joined[joined.length - 1];
    if (last && top - last[1] <= MAX_BORDER_GAP) last[1] = Math.max(last[1], bottom);
    else joined.push([top, bottom]);
  }
  extendCellFragments(page, joined, frameX, columns);
  extendByInnerBorders(page, joined, frameX);
  return joined;
}

/**
 * Ruled tables: when the page draws the table's left border, a line that no part of that border
 * spans vertically is outside the table (a footnote or heading right under it), even if it is
 * short enough to look like a cell. Pages without such a border say nothing. `extent`: the
 * border's on the line's page (ruledFrameExtent).
 */
function outsideRuledFrame(page: Pick<Page, "rules" | "width"> | undefined, line: Line, frameX: number | null, extent: FrameExtent | null): boolean {
  if (extent === null) return frameX !== null && underSignatureRules(page, line);
  // The line's glyphs, not only its baseline: a browser cuts a row at the page foot with the
  // border drawn to the cut and the last line's baseline a little past it.
  const size = line.segments[0]?.fontSize ?? 0;
  return !extent.some(([top, bottom]) => spansLine(line)([top, bottom]) || (line.y > bottom && line.y - ASCENT_EM * size < bottom));
}
/** The part of the font size above the baseline (capitals and ascenders). */
const ASCENT_EM = 0.7;

/**
 * The table goes on below its left border's end as far as a vertical rule inside it that starts
 * within the border's extent: Chromium prints a rowspan objective cell run on from the page before
 * as a fragment that ends (ruled under) at its own text, while the sub-rows beside it run on lower,
 * their cells' borders starting under the page's top with the fragment's (d7-022 html.pdf: three
 * accomplishment / measure sub-rows under a border that stops at the objective fragment's end).
 * A table's inner rules end with its frame, so this never reaches text under a table.
 */
function extendByInnerBorders(page: Pick<Page, "rules">, joined: Array<[number, number]>, frameX: number): void {
  const vertical = page.rules
    .filter((r) => Math.abs(r.x1 - r.x2) <= RULE_FLATNESS && (r.x1 + r.x2) / 2 > frameX + BORDER_X_TOLERANCE)
    .map((r) => [Math.min(r.y1, r.y2), Math.max(r.y1, r.y2)] as const);
  for (let k = 0; k < joined.length; k++) {
    const piece = joined[k]!;
    const nextTop = joined[k + 1]?.[0] ?? Infinity;
    for (const [top, bottom] of vertical) {
      if (top >= piece[0] - FRAME_Y_SLACK && top <= piece[1] + FRAME_Y_SLACK) piece[1] = Math.max(piece[1], Math.min(bottom, nextTop));
    }
  }
}

/**
 * A piece of the left border that a rule across the whole table opens but none closes is the left
 * edge of the first column's cell, not of the table: Chromium prints the part of a row cut by a
 * page break (a rowspan objective cell above all) with that cell's fragment ending at its own text,
 * above the other cells' last lines ("Transition benchmarks reviewed …" under an empty Objective
 * cell whose border stops 15 pt higher, capped by a rule under that column alone or by none). Such
 * a piece says the table goes on at least to the next rule or border piece below (page's foot when
 * none); the lines there are judged by the other cues. A table drawn with vertical rules only (no
 * rule across it at the piece's top) keeps its border's end as the table's end.
 */
function extendCellFragments(page: Pick<Page, "rules" | "height">, joined: Array<[number, number]>, frameX: number, columns: readonly ColumnDef[]): void {
  const lastX = columns[columns.length - 1]?.x;
  if (lastX === undefined) return;
  const flat = page.rules.filter((r) => Math.abs(r.y1 - r.y2) <= RULE_FLATNESS).map((r) => ({ y: (r.y1 + r.y2) / 2, left: Math.min(r.x1, r.x2), right: Math.max(r.x1, r.x2) }));
  const acrossAt = (y: number) => flat.some((r) => Math.abs(r.y - y) <= MAX_BORDER_GAP && Math.abs(r.left - frameX) <= BORDER_X_TOLERANCE && r.right >= lastX);
  for (let k = 0; k < joined.length; k++) {
    const piece = joined[k]!;
    if (!acrossAt(piece[0]) || acrossAt(piece[1])) continue;
    const nextTop = joined[k + 1]?.[0] ?? page.height;
    const ruleBelow = flat.filter((r) => r.y > piece[1] + MAX_BORDER_GAP && r.right > frameX && r.left < lastX).reduce((m, r) => Math.min(m, r.y), Infinity);
    piece[1] = Math.max(piece[1], Math.min(nextTop, ruleBelow));
  }
}

/**
 * A ruled table's page without its left border: a line each of whose cells starts at the left end
 * of a short drawn rule right above it is a signature block (names under signature lines), not
 * a row run on from the page before. The drawn counterpart of a typed "______" line
 * (isSignatureLine): a scan turns typed underscores into rules (d2-005's scan: its signatories'
 * names on the page after the table were read into the last row), and a producer may draw them.
 * Short: at most SIGNATURE_RULE_MAX_PAGE of the page's width (a table's row rules span it);
 * right above: its baseline within SIGNATURE_RULE_ABOVE_EM font sizes under the rule; at its
 * left end: within SIGNATURE_RULE_X_PT.
 */
function underSignatureRules(page: Pick<Page, "rules" | "width"> | undefined, line: Line): boolean {
  if (!page || line.segments.length === 0) return false;
  const flat = page.rules.filter((r) => Math.abs(r.y1 - r.y2) <= RULE_FLATNESS && Math.abs(r.x2 - r.x1) <= SIGNATURE_RULE_MAX_PAGE * page.width);
  return line.segments.every((s) => {
    const size = s.fontSize > 0 ? s.fontSize : DEFAULT_SIGNATURE_FONT_PT;
    return flat.some((r) => {
      const above = line.y - (r.y1 + r.y2) / 2;
      return above > 0 && above <= SIGNATURE_RULE_ABOVE_EM * size && Math.abs(Math.min(r.x1, r.x2) - s.x) <= SIGNATURE_RULE_X_PT;
    });
  });
}
const SIGNATURE_RULE_MAX_PAGE = 0.4;
/** d2-005: the names' baseline 13.6 pt (1.5 font sizes) under the rule; the next line is 1.3 font sizes lower again. */
const SIGNATURE_RULE_ABOVE_EM = 2;
const SIGNATURE_RULE_X_PT = 3;
const DEFAULT_SIGNATURE_FONT_PT = 10;
/** A gap this small (points) in a border is a scan's broken line, not the end of one table and the start of another. */
const MAX_BORDER_GAP = 6;

/** Vertical rules shorter than this (points) are not cell borders (underlines, tick marks, bullets). */
const MIN_BORDER_LENGTH = 10;

/** x of the vertical rules that cross a table part's lines on its header's page: its cell borders. */
function verticalRuleXs(page: Page | undefined, part: { header: TableHeader; lines: readonly Line[] }): number[] {
  if (!page || page.rules.length === 0) return [];
  const own = part.lines.filter((l) => l.page === page.number);
  if (own.length === 0) return [];
  const top = Math.min(...own.map((l) => l.y));
  const bottom = Math.max(...own.map((l) => l.y));
  return page.rules
    .filter((r) => Math.abs(r.x1 - r.x2) <= RULE_FLATNESS && Math.abs(r.y2 - r.y1) >= MIN_BORDER_LENGTH)
    .filter((r) => Math.min(r.y1, r.y2) <= bottom && Math.max(r.y1, r.y2) >= top)
    .map((r) => (r.x1 + r.x2) / 2);
}

/**
 * Row boundaries per page from the ruling lines: rules that cross the Objective column. A rule
 * under an accomplishment sub-row stops at the objective cell that spans the sub-rows (rowspan),
 * so it is no row boundary, only a cell boundary (see cellBreaks).
 */
/**
 * Per table line, the wording of the header it is printed under (labels with case, spaces and
 * punctuation folded): printings of one header are one table, however pdftotext breaks a label
 * on one page ("TARGE T", "KEY PERFORMANCE" / "INDICATORS" under a narrower grid); a header of other
 * wording the reader runs on with (the same column roles) may be another table, set out in its own
 * way (see `groupCentredRows`, `votesPerLayout`).
 */
function headerWordingOf(parts: ReadonlyArray<{ header: { columns: readonly ColumnDef[] } }>, partOf: ReadonlyMap<TableLine, number>): (line: TableLine) => string {
  const wording = parts.map((p) => p.header.columns.map((c) => c.header.replace(/[^\p{L}\p{N}]+/gu, "")).join("|"));
  return (line) => wording[partOf.get(line) ?? 0] ?? "";
}

function ruleBoundaries(layout: Layout, lines: readonly TableLine[], columns: readonly ColumnDef[], partOf: ReadonlyMap<TableLine, number> = new Map()): RowBoundaries {
  const map = new Map<number, number[]>();
  const at = columns.findIndex((c) => c.role === "objective");
  const objective = columns[at];
  if (!objective) return map;
  for (const page of layout.pages) {
    if (page.rules.length === 0 || !lines.some((l) => l.page === page.number)) continue;
    const left = objective.x;
    const right = columns[at + 1]?.x ?? left + 2 * CHAR_WIDTH * 10;
    // Only rules between the table's own lines separate rows: a rule under the header or under the
    // table (a "borderless" table with a header line) says nothing about its rows.
    const pageLines = lines.filter((l) => l.page === page.number);
    const own = pageLines.map((l) => l.y);
    const top = Math.min(...own), bottom = Math.max(...own);
    // A row boundary runs under every cell of the row: a rule under the objective cell alone, with
    // the next column's text running on across it, is no row's end (Chromium draws the bottom border
    // of a rowspan objective cell's fragment after a page break part-way down its row, h7-001).
    const next = columns[at + 1];
    const nextYs = next ? rowBoundariesFromRules(page, next.x + RULE_INSET, (columns[at + 2]?.x ?? next.x + 2 * CHAR_WIDTH * 10) - RULE_INSET) : null;
    const acrossNext = (y: number) => !nextYs || nextYs.some((n) => Math.abs(n - y) <= RULE_ROW_SLACK);
    const opensCell = objectiveCellBelow(page, left, top, bottom);
    // Built only when a rule passes the other tests (it reads every column's rules on the page).
    let runsAcross: ((y: number) => boolean) | undefined;
    const drawn = rowBoundariesFromRules(page, left + RULE_INSET, right - RULE_INSET).filter((y) => y > top && y < bottom && acrossNext(y) && opensCell(y) && !(runsAcross ??= textRunsAcross(page, pageLines, columns, at))(y));
    const ys = withUndrawnObjectiveBorders(page, pageLines, columns, at, drawn, partOf);
    if (ys.length && !bodyRuled(page, withoutTrailingCaptions(pageLines, partOf, at), ys, partOf, columns)) continue;
    if (ys.length) map.set(page.number, ys);
  }
  return map;
}

/**
 * Row boundaries a table draws in every column but the objective's (or draws across it where the
 * row below has no cell borders of its own), added to the drawn ones (`drawn`, sorted): LibreOffice
 * printing a Word table leaves out the bottom border of a vertically merged (`vMerge`) objective
 * cell when the next objective's cell is merged too, and draws a banded row of a built-in table
 * style ("Light List") without its vertical borders (corpus12 d12-005, d12-010, d12-015, d12-020:
 * two objectives read as one row). The page still shows where the row ends: a rule across every
 * other column (a sub-row boundary), the objective column empty on the line above it after the
 * objective's own text, and a new paragraph opening (a capital, a digit, a marker) in the
 * objective column on the first line below it, level with the other cells' first lines. One
 * merged cell's text runs on from its top without such a hole, so a sub-row rule under a long
 * objective (its text on the line above) or a centred objective (nothing above it in the row)
 * stays a sub-row boundary.
 */
/** How far right of its left edge (points) a table's last column is probed for a rule (cellBreaks probes as far). */
const LAST_CELL_PROBE = 40;
function withUndrawnObjectiveBorders(page: Pick<Page, "rules">, lines: readonly TableLine[], columns: readonly ColumnDef[], at: number, drawn: readonly number[], partOf: ReadonlyMap<TableLine, number>): number[] {
  if (at < 0 || at + 1 >= columns.length || lines.length < 2) return [...drawn];
  // Each column from its left edge to the next one's (the last: to its label's end, within the frame).
  const others = columns.slice(at + 1).map((c, k) => rowBoundariesFromRules(page, c.x + RULE_INSET, (columns[at + k + 2]?.x ?? Math.max(c.right ?? 0, c.x + LAST_CELL_PROBE)) - RULE_INSET));
  const candidates = (others[0] ?? []).filter((y) => others.every((ys) => ys.some((v) => Math.abs(v - y) <= RULE_ROW_SLACK)) && !drawn.some((d) => Math.abs(d - y) <= RULE_ROW_SLACK));
  if (candidates.length === 0) return [...drawn];
  const out = [...drawn];
  const objectiveText = (l: TableLine) => { const t = (l.cells[at] ?? "").trim(); return t && !isRuleGlyphs(t) ? t : ""; };
  for (const y of candidates) {
    const k = lines.findIndex((l) => l.y > y);
    if (k <= 0) continue;
    const above = lines[k - 1]!, below = lines[k]!;
    if ((partOf.get(above) ?? 0) !== (partOf.get(below) ?? 0)) continue;
    const opening = objectiveText(below);
    if (!opening || objectiveText(above) || !startsItem(stripBullet(opening).text)) continue;
    if (!below.cells.some((c, i) => i !== at && c.trim() !== "")) continue;
    // The objective cell above holds text within this row (since the last boundary above y).
    const rowTop = Math.max(-Infinity, ...out.filter((d) => d < y));
    if (!lines.some((l) => l.y > rowTop && l.y < y && (partOf.get(l) ?? 0) === (partOf.get(below) ?? 0) && objectiveText(l))) continue;
    out.push(y);
    out.sort((a, b) => a - b);
  }
  return out;
}
/**
 * A table part's lines on a page without those after its last line with cells beside the
 * objective's: lines in the objective column alone under the rows (a caption "Table 3" the table
 * read on under its bottom rule, above the next table's header, d12-013) are no row, and the rule
 * above them lies between no two rows (`bodyRuled`).
 */
function withoutTrailingCaptions(lines: readonly TableLine[], partOf: ReadonlyMap<TableLine, number>, at: number): TableLine[] {
  const celled = (l: TableLine) => l.cells.some((c, i) => i !== at && c.trim() !== "" && !isRuleGlyphs(c));
  return lines.filter((l, k) => celled(l) || lines.slice(k + 1).some((m) => (partOf.get(m) ?? 0) === (partOf.get(l) ?? 0) && celled(m)));
}
/**
 * Do a page's rules draw a grid of cells in the table's body? Only if a rule lies between two lines
 * of the same table part (one header's body), or vertical rules cross the body. A "booktabs" table
 * (a heavy rule above the header, a thin one under it, a heavy one at its foot, nothing between
 * rows, no vertical rules) has rules only at its parts' edges: two such tables on one page (or a
 * table and its repeated header) put rules between their lines that bound the tables, not rows,
 * and the body's rows must come from the borderless cues (corpus9 d9-012: three objectives of one
 * table read as one row).
 */
export function bodyRuled(page: Pick<Page, "rules">, lines: readonly TableLine[], ys: readonly number[], partOf: ReadonlyMap<TableLine, number>, columns: readonly ColumnDef[]): boolean {
  for (let k = 1; k < lines.length; k++) {
    const a = lines[k - 1]!, b = lines[k]!;
    if ((partOf.get(a) ?? 0) === (partOf.get(b) ?? 0) && ys.some((y) => y > a.y && y < b.y)) return true;
  }
  if (lines.length === 0) return false;
  const top = Math.min(...lines.map((l) => l.y)), bottom = Math.max(...lines.map((l) => l.y));
  const left = (columns[0]?.x ?? 0) - CHAR_WIDTH * 4;
  return page.rules.some((r) => Math.abs(r.x1 - r.x2) <= RULE_FLATNESS && Math.abs(r.y2 - r.y1) >= MIN_BORDER_LENGTH && (r.x1 + r.x2) / 2 >= left && Math.min(r.y1, r.y2) < bottom && Math.max(r.y1, r.y2) > top);
}
/**
 * Where the table draws its left border on the page (the vertical rule nearest left of the
 * objective column over the table's lines), a rule across the table starts a row only if that border
 * goes on below it: the next row's objective cell is drawn. Chromium ends the fragment of a rowspan
 * objective cell run on from the page before with a rule at the foot of one of its sub-rows, and
 * the sub-rows below it are drawn without the objective column (d7-022 html.pdf: the border stops
 * there, the second column's border goes on). Pages without a left border say nothing.
 */
function objectiveCellBelow(page: Pick<Page, "rules">, left: number, top: number, bottom: number): (y: number) => boolean {
  const across = page.rules
    .filter((r) => Math.abs(r.x1 - r.x2) <= RULE_FLATNESS)
    .map((r) => ({ x: (r.x1 + r.x2) / 2, top: Math.min(r.y1, r.y2), bottom: Math.max(r.y1, r.y2) }))
    .filter((r) => r.top < bottom && r.bottom > top);
  const vertical = across.filter((r) => r.x < left);
  if (vertical.length === 0) return () => true;
  const border = Math.max(...vertical.map((r) => r.x));
  const pieces = vertical.filter((r) => Math.abs(r.x - border) <= BORDER_X_TOLERANCE);
  const goesOn = (r: { top: number; bottom: number }, y: number) => r.top <= y + RULE_ROW_SLACK && r.bottom >= y + CELL_BORDER_BELOW;
  // The frame's right edge goes on past every row; the inner borders right of the objective's are
  // the other cells'. A row below that draws none of them (LibreOffice prints a banded row of a
  // Word table style, "Light List", without vertical borders: corpus12 d12-010, d12-015) says
  // nothing about its objective cell.
  const frameRight = Math.max(...across.map((r) => r.x));
  const inner = across.filter((r) => r.x > border + BORDER_X_TOLERANCE && r.x < frameRight - BORDER_X_TOLERANCE);
  return (y) => pieces.some((r) => goesOn(r, y)) || !inner.some((r) => goesOn(r, y));
}
/**
 * Does a cell's text run on across a rule at y in a column the rule does not cross? A row
 * boundary ends every cell of the row. Chromium draws the bottom border of a rowspan cell's
 * fragment at a page top under the objective and accomplishment columns alone, while the measure
 * cell beside runs on across it ("Forecast error (percentage" / "points)", t7-021 in A4
 * landscape): that column draws rules elsewhere on the page but none at y, and its text lines
 * right above and below y are a wrapped line's step apart (at most TEXT_RUNS_ON_STEPS of the
 * page's smallest step between two lines of one column).
 */
function textRunsAcross(page: Pick<Page, "rules">, lines: readonly TableLine[], columns: readonly ColumnDef[], objectiveAt: number): (y: number) => boolean {
  const byColumn = columns.map((_, i) => lines.filter((l) => (l.cells[i] ?? "").trim() !== "").map((l) => l.y).sort((a, b) => a - b));
  const steps = byColumn.flatMap((ys) => ys.slice(1).map((y, k) => y - ys[k]!)).filter((d) => d >= MIN_LINE_STEP_PT);
  if (steps.length === 0) return () => false;
  const step = Math.min(...steps);
  const ruled = columns.map((c, i) => (i === objectiveAt ? [] : rowBoundariesFromRules(page, c.x + RULE_INSET, (columns[i + 1]?.x ?? c.x + 2 * CHAR_WIDTH * 10) - RULE_INSET)));
  return (y) =>
    byColumn.some((ys, i) => {
      if (ruled[i]!.length === 0 || ruled[i]!.some((r) => Math.abs(r - y) <= RULE_ROW_SLACK)) return false;
      const above = ys.filter((v) => v < y).pop();
      const below = ys.find((v) => v > y);
      return above !== undefined && below !== undefined && below - above <= TEXT_RUNS_ON_STEPS * step;
    });
}
/** Two lines of one column this close (points) are a centred value's and its neighbour's, not a wrapped line's step. */
const MIN_LINE_STEP_PT = 4;
/** A cell's wrapped lines are one step apart; a row boundary adds both cells' padding and the border. */
const TEXT_RUNS_ON_STEPS = 1.5;
/** A row's own left border runs at least this far (points) under the rule that opens it. */
const CELL_BORDER_BELOW = 4;
/** Points kept clear of a column's edges when asking whether a rule crosses it (borders meet at the edges). */
const RULE_INSET = 3;
/**
 * Points a cell's bottom border may stop short of the next column's text beyond RULE_INSET: the
 * next cell's left padding, and, where each cell draws its own borders (HTML's `border-collapse:
 * separate`, wkhtmltopdf), the spacing between the cells. wkhtmltopdf's cells of corpus11 stop
 * 3.6–3.9 pt short of the next column's text (2.6 pt padding + 1.1 pt spacing); Word's and
 * LibreOffice's collapsed borders run on into the next cell. A rule so long still spans all of
 * the column's text but a character's width: no rule under part of a cell stops this late.
 */
const RULE_CELL_GAP = 3;
/** A row's rules under its cells lie within this many points of each other (one border drawn cell by cell). */
const RULE_ROW_SLACK = 2;

/**
 * Per column, the block lines (indexes) where a ruled cell starts: a horizontal rule between two
 * lines of the block that crosses that column. This is the lattice reading of rowspan: a rule that
 * crosses the accomplishment and measure columns but not the objective column starts a sub-row.
 */
function cellBreaks(layout: Layout, block: RowBlock, columns: readonly ColumnDef[]): Array<Set<number>> {
  const breaks = columns.map(() => new Set<number>());
  const pages = new Map(layout.pages.map((p) => [p.number, p]));
  for (let r = 1; r < block.lines.length; r++) {
    const above = block.lines[r - 1]!, here = block.lines[r]!;
    if (above.page !== here.page) {
      // A row cut by a page break shows no rule or gap at the cut. A Target or Baseline cell that
      // opens again on the new page, beside a measure that opens with a capital, is the next
      // measure's sub-row (one value per measure), not the rest of the one above. (Ruled pages and
      // borderless PDFs; pdftotext's grid moves value cells off their measure's line.)
      if (!pages.get(here.page)?.rules.length && layout.format !== "pdf") continue;
      const measures = columns.findIndex((c) => c.role === "measures");
      const perMeasure = columns.flatMap((c, i) => (PER_MEASURE_ROLES.has(c.role) && (here.cells[i] ?? "").trim() && block.lines.slice(0, r).some((l) => (l.cells[i] ?? "").trim()) ? [i] : []));
      if (measures >= 0 && perMeasure.length && startsItem(stripBullet((here.cells[measures] ?? "").trim()).text)) for (const i of [measures, ...perMeasure]) breaks[i]!.add(r);
      continue;
    }
    const page = pages.get(here.page);
    if (!page || page.rules.length === 0) continue;
    columns.forEach((c, i) => {
      const left = c.x + RULE_INSET;
      const right = (columns[i + 1]?.x ?? c.x + 40) - RULE_INSET - RULE_CELL_GAP;
      if (page.rules.some((rule) => Math.abs(rule.y1 - rule.y2) <= RULE_FLATNESS && rule.y1 > above.y && rule.y1 < here.y - 2 && Math.min(rule.x1, rule.x2) <= left && Math.max(rule.x1, rule.x2) >= right)) breaks[i]!.add(r);
    });
  }
  return breaks;
}

/**
 * Rows of a table without an Objective column: each objective (a spanning row, or the text above
 * the first header) owns every table line up to the next objective.
 */
function blocksUnderObjectives(sequence: ReadonlyArray<{ objective: Line } | { row: TableLine }>, above: string | null, lexicon?: HyphenLexicon): Array<{ block: RowBlock; objective: string | null }> {
  const out: Array<{ block: RowBlock; objective: string | null; parts: Line[] }> = [];
  let current: { block: RowBlock; objective: string | null; parts: Line[] } | null = null;
  for (const e of sequence) {
    if ("objective" in e) {
      if (!current || current.block.lines.length > 0) {
        current = { block: { lines: [], ambiguous: null }, objective: null, parts: [] };
        out.push(current);
      }
      // An objective's own opening ("Objective 3: To …", "To …") is its first line: a spanning line
      // read above it (a table's caption over a repeated header) is not part of it.
      if (current.parts.length > 0 && opensObjectiveHeading(e.objective.text.trim())) current.parts = [];
      current.parts.push(e.objective);
      continue;
    }
    if (!current) {
      current = { block: { lines: [], ambiguous: null }, objective: above, parts: [] };
      out.push(current);
    }
    current.block.lines.push(e.row);
  }
  return out.map(({ block, objective, parts }) => ({
    block,
    objective: parts.length ? stripObjectiveLabel(joinFragments(parts.map((l) => ({ text: l.text, page: l.page, line: l.line })), lexicon)) : objective,
  }));
}

/** Page number weight when comparing positions across pages (larger than any page height in points). */
const PAGE_SPAN = 100_000;

/** Columns whose cells belong to one measure each (a Target or Baseline per measure sub-row). */
const PER_MEASURE_ROLES: ReadonlySet<ColumnDef["role"]> = new Set(["target", "baseline"]);

/**
 * Where a column's text starts a new paragraph inside a row of a PDF: a line further below the
 * column's previous line than wrapped lines ever are (more than CELL_GAP_FACTOR × the leading,
 * same page). Cell padding between sub-rows and paragraph spacing both leave such a gap, and an
 * item never has one inside it, so each such line starts an item — the only cue left for items
 * printed without markers or full stops. The gap test needs a PDF (`leading` > 0): pdftotext's
 * line grid interleaves the columns' lines and widens every gap inside a column. What the grid
 * does show is a blank line (`gridPitch` > 0, plain text): a gap across the whole table, which
 * no cell's wrapped lines ever have between them; and a hole of two lines or more in the column
 * (`TEXT_ITEM_HOLE_LINES`). The line-fill test (`endsParagraph`) works on the character grid too. Only the item columns; pairing uses ruled sub-rows.
 * `provenRight` (plain text): `columnRight` widened to the page's widest wrapped line (`lineRights`), for
 * the strict line-fill test only — the near-fit tests allow characters over a width that is a floor.
 */
function paragraphBreaks(block: RowBlock, columns: readonly ColumnDef[], leading: number, columnRight: (line: TableLine) => readonly (number | null)[] = () => [], gridPitch = 0, gapLimit = CELL_GAP_FACTOR * leading, wrapStep = Infinity, nextColumnLeft: (line: TableLine) => readonly (number | null)[] = () => [], lexicon?: HyphenLexicon, punctuated: readonly boolean[] = [], justified: readonly boolean[] = [], edges: ReadonlyArray<CellEdge | null> = [], unwrapped: readonly boolean[] = [], provenRight: (line: TableLine) => readonly (number | null)[] = columnRight, spaced: readonly boolean[] = [], paired = false, spacedText: readonly boolean[] = []): Array<Set<number>> {
  // Plain text: the row ends an item cell without a full stop (`unstoppedItemEnd`).
  const unstopped = gridPitch > 0 && unstoppedItemEnd(block, columns);
  return columns.map((c, i) => {
    const out = new Set<number>();
    // The row's items end with full stops somewhere in the column — unless the row shows an item
    // ending without one (`unstoppedItemEnd`): then a full stop says where some items end, not that
    // the others go on.
    const sentences = block.lines.some((x) => endsSentence(x.cells[i] ?? ""));
    // A PDF: a sentence opening under a line ending on a word of its own (session 23, h-xe2).
    // Not where the table spaces its items (a line one wrap step under another went on with it), nor
    // where they end with full stops (they say where they end).
    const wordsTell = (leading > 0 || gridPitch > 0) && !(spaced[i] ?? false) && !(punctuated[i] ?? false) && (!sentences || unstopped);
    // Not where a Target or Baseline cell of the line above goes on beside it in lower case ("98%" /
    // "per cent"): the value wraps, so the row does, and the line is the item's next one.
    const valueGoesOn = (p: TableLine, l: TableLine) => columns.some((c2, j) => j !== i && PER_MEASURE_ROLES.has(c2.role) && (p.cells[j] ?? "").trim() !== "" && LOWER_OPENING.test((l.cells[j] ?? "").trim()));
    // Plain text: a Target or Baseline cell beside the line above and none beside the line, a word
    // or two whose first would not have fitted on the line above before the next column: the value
    // is the measure's, set beside its first line, and the line is the rest of that measure, cut at
    // a name ("Selections of candidates from unrepresented   ≥ 8" / "Member States"), however
    // rarely the column wraps elsewhere (`unwrapped`: a wrap at a name opens with a capital). A
    // measure with no value of its own is a phrase of its own, longer ("Facilities work orders
    // closed within five working days   98%" / "Solicitations completed within the planned lead
    // time", corpus13 d13-014), or had room above ("… developing countries   1,892" /
    // "Solicitations …", d13-002).
    const valueStopsAbove = (p: TableLine, l: TableLine, block: RowBlock) =>
      (l.cells[i] ?? "").trim().split(/\s+/).length <= NAME_TAIL_WORDS &&
      columns.some((c2, j) => j !== i && PER_MEASURE_ROLES.has(c2.role) && (p.cells[j] ?? "").trim() !== "" && (l.cells[j] ?? "").trim() === "") &&
      wouldNotFit(p, l, i, blockNextLeft(block, p, i) ?? nextColumnLeft(p)[i] ?? null);
    // Plain text asked the words at the break for more than a PDF does (`gridSentenceCue`, session
    // 21: the capital must be a word the document also prints in lower case, since a capital after a
    // plain word may be a title at a wrap, "agreed with host" / "Governments and", corpus8 d8b-019).
    // A Risks column is exempt (session 37, h-pm19): its items are each a risk and its mitigation,
    // typed one under the other with no marker, and a wrap there falls inside a clause ("Competing
    // priorities" / "of Member States;"), so a whole line ending on a word of its own and a
    // capitalised word then a lower-case one at the cell's left edge is the next risk ("roster of
    // candidates" / "Counterparts change after …", corpus19 val19 v19-004). Every other item column
    // is exempt where the caller says no title runs on (`noTitle`, session 38, h-pmall: the line
    // opens on its head word, not a coordinated name, and a measure above holds its own value).
    // The name guard of the PDF (`capitalisedInside`) still applies.
    // Session 52 (h-items52), plain text: a line ending on a name the document closes elsewhere, and
    // does not print whole with the next line's first word, ends on a word of its own
    // (`nameClosesLine`). Measured on the layout-text renderings only; a PDF reads as before.
    const nameEnds = (above: string, text: string): boolean => gridPitch > 0 && !!lexicon?.nameClosed && nameClosesLine(above, text, (w) => lexicon.nameClosed?.has(w) ?? false, (a, b) => lexicon.printedTogether?.(a, b) ?? false);
    // The name guard of the words at a break under line p (`capitalisedInside`); plain text, only where
    // the document prints p's last word before the capital (`nameRunsOnFrom`, session 53, h-items53).
    const nameGuard = (p: TableLine) => (w: string): boolean => (lexicon?.capitalisedInside.has(w) ?? false) && (gridPitch <= 0 || !lexicon?.printedBefore || nameRunsOnFrom(p.cells[i] ?? "", w, lexicon.printedBefore));
    // The cell's next line under block line r (a one-word line's sentence goes on there).
    const cellLineAfter = (r: number): TableLine | undefined => {
      for (let k = r + 1; k < block.lines.length; k++) if ((block.lines[k]!.cells[i] ?? "").trim()) return block.lines[k];
      return undefined;
    };
    // Plain text (session 50): over one line of the other columns only (`gridSentenceStep`). `at`:
    // p's index in the block.
    const opensSentence = (at: number, l: TableLine, r: number, noTitle = false) => {
      const p = block.lines[at]!;
      return (
        wordsTell &&
        !valueGoesOn(p, l) &&
        ((opensSentenceAfterWholeLine(p, l, i, leading > 0 ? wrapStep : gridSentenceStep(block, at, r, gridPitch, sentences), nameGuard(p), cellLineAfter(r), nameEnds) && (leading > 0 || c.role === "risks" || noTitle || gridSentenceCue(p, l, i, (w) => lexicon?.printedLowerCase?.has(w) ?? false))) || (leading === 0 && (unitClosesLine(p, l, i, gridPitch) || figureStatedTwice(p, l, i, gridPitch))))
      );
    };
    // A Risks column's risks typed as lines (session 22, PDFs): only the learned cell edge and the
    // words at the break (session 23) split them; the other cues were tuned on accomplishment and
    // measure columns (the paragraph spacing was tried in session 29 and dropped: docs/tables.md).
    if (c.role === "risks" && leading > 0) {
      let prev = -1;
      block.lines.forEach((l, r) => {
        if (!(l.cells[i] ?? "").trim()) return;
        if (prev >= 0 && (endsBeforeCellEdge(block.lines[prev]!, l, i, edges[i] ?? null) || opensSentence(prev, l, r))) out.add(r);
        prev = r;
      });
      return out;
    }
    // Plain text: a Risks column's items (a risk and its mitigation, no marker) part by the same cues.
    if (c.role !== "accomplishments" && c.role !== "measures" && !(c.role === "risks" && gridPitch > 0)) return out;
    // Items with markers are split at their markers; a gap there may be only a taller line box
    // (a bullet from a fallback font raises the line), not a paragraph.
    // Plain text: an unmarked line outdented back to the cell's unmarked first line opens a
    // first-level item of a two-level list (`outdentedItemStarts`).
    // In a column of accomplishments and their measures (`isCombinedLabel`: the header says it holds
    // a two-level list), an unmarked line set right of a marked item's text opens an item of a second
    // level printed without markers (`indentedItemStarts`). Elsewhere such a line is a wrap: Chromium
    // hangs an item's wrapped lines past the first line's text when pdftotext closes the gap after
    // the marker ("• Timely allocation of Central" / "     Emergency Response Fund", corpus2 d2-004).
    // A PDF likewise (session 40, h-pdf13): TeX's nested list whose inner items lost their labels
    // ("▷ Higher representation of women …" / "   69% of reports …", corpus13 tex.pdf v13c-018):
    // the inner items start right of the marked item's text, where no wrapped line of it starts.
    const twoLevels = (gridPitch > 0 || leading > 0) && c.role === "accomplishments" && isCombinedLabel(c.header);
    if (block.lines.some((l) => startsWithMarker(l.cells[i] ?? ""))) {
      if (gridPitch <= 0) return twoLevels ? indentedItemStarts(block, i, (l) => columnRight(l)[i] ?? null, wrapStep, FIT_SLACK_CHARS.positioned) : out;
      return new Set([...outdentedItemStarts(block, i), ...(twoLevels ? indentedItemStarts(block, i, (l) => provenRight(l)[i] ?? null, gridPitch) : [])]);
    }
    // A Target/Baseline cell opening beside the measure column is a measure's own sub-row: on the
    // character grid and in a PDF (one line's leading apart is the same cell).
    const pitch = gridPitch > 0 ? gridPitch : leading;
    const valueOpens = pitch > 0 && c.role === "measures" ? valueCellOpenings(block, columns, pitch, gridPitch <= 0, wrapStep) : null;
    const measureColumn = columns.findIndex((m) => m.role === "measures");
    const subRowOpens = gridPitch > 0 && c.role === "accomplishments" && measureColumn >= 0 ? valueCellOpenings(block, columns, gridPitch).opens : null;
    // Plain text: another column opens a new cell on block line r — a new marked measure beside an
    // accomplishment, a Target/Baseline cell with a new measure — so a sub-row may open there.
    const opensSubRow = (r: number): boolean => {
      const line = block.lines[r];
      if (!line) return false;
      if (c.role === "measures") return valueOpens?.opens.has(r) ?? false;
      return markedItemOpens(line, measureColumn) || ((subRowOpens?.has(r) ?? false) && startsItem(line.cells[measureColumn] ?? ""));
    };
    const wraps = gridPitch > 0 && showsWrappedLines(block.lines, i);
    // Plain text, a measure column whose lines in the row never wrap: the item above is the line
    // above alone, opened by a cue of its own and with no value beside it (it shares the value of
    // the measure above it, a Target cell spanning two sub-rows). A value cell opening beside the
    // next line is that line's measure's own, not a second value of the item above (d13-017:
    // "Paternity claims …  40" / "Victims referred … 72 hours" / "Entities applying …  23").
    //
    // A PDF's measure column likewise (session 26, h-pdf18; corpus13 tex.pdf d13-002, d13-017:
    // "Solicitations completed within the planned lead time" / "Facilities work orders … 85%"):
    // no line of the row's measures opens in lower case (none wraps), so the line above is a whole
    // measure with no value of its own, and the value opening beside this line is this line's.
    const pdfOneLine = leading > 0 && gridPitch <= 0 && c.role === "measures" && !showsWrappedLines(block.lines, i);
    const oneLineItemAbove = (r: number): boolean => (gridPitch > 0 ? !wraps : pdfOneLine) && prev === r - 1 && itemStart === prev && out.has(prev);
    // The near-fit tests may run their few characters over a wrapped line's width (`lineRights`)
    // too, unless the row's items end with full stops and the line above does not: it went on
    // ("Transition benchmarks agreed with host" / "Governments.", corpus6 d6-020 lo.txt).
    const provenOver = (x: TableLine): number | null => (sentences && !endsSentence(x.cells[i] ?? "") ? null : provenRight(x)[i] ?? null);
    // In a column whose every row ends its cell with a full stop (`punctuatedColumns`), a line above
    // that stops short of a sentence end has not ended its item: a sub-row opening beside the next
    // line (a new measure) does not cut it there. jsPDF wraps "Reports to the Security" / "Council
    // submitted on time." beside the measures' second bullet, and on pdftotext's grid the word would
    // have fitted (the grid narrows a proportional font), so the line-fill tests cannot tell
    // (corpus18 val18d v18-008, v18-021).
    const goesOnSentence = (x: TableLine): boolean => (punctuated[i] ?? false) && !endsSentence(x.cells[i] ?? "");
    // Plain text: the table sets this column's items apart by blank lines (`textSpacedColumns`), so
    // a line right under one ending on a name (`NAME_RUNS_ON`) went on with it: the line-fill test
    // is not asked there.
    const textSpaced = gridPitch > 0 && (spacedText[i] ?? false);
    let prev = -1;
    let prevUpper = -1;
    let itemStart = -1;
    block.lines.forEach((l, r) => {
      if (!(l.cells[i] ?? "").trim()) return;
      const p = block.lines[prev];
      const upper = block.lines[prevUpper];
      const before = out.size;
      // Plain text (session 40, h-chr2): a year under a line ending on a month name is that date's
      // rest ("… by December" / "2012."): no item opens with a year after a month, whatever the
      // line's fill (corpus4 f1-013 lo.txt, corpus2 d2-006 lo.txt). PDFs were not measured.
      if (p && gridPitch > 0 && yearAfterMonth(p.cells[i] ?? "", l.cells[i] ?? "")) {
        prevUpper = prev;
        prev = r;
        return;
      }
      if (p && leading > 0 && p.page === l.page && cellY(l, i) - cellY(p, i) > gapLimit && !goesOnInLowerCase(block, i, p, l, gapLimit)) out.add(r);
      else if (p && gridPitch > 0 && blankBetween(block, prev, r, gridPitch) && !goesOnSentence(p)) out.add(r);
      else if (p && gridPitch > 0 && p.page === l.page && l.y - p.y > TEXT_ITEM_HOLE_LINES * gridPitch && startsItem(l.cells[i] ?? "") && !goesOnSentence(p)) out.add(r);
      else if (p && gridPitch > 0 && (holeBesideRunningCell(block, prev, r, i, gridPitch) || holeBesideOpeningCell(block, prev, r, i, gridPitch, textSpaced) || (stopsBesideRunningCell(block, prev, i, gridPitch) && opensSubRow(r))) && startsItem(l.cells[i] ?? "") && !(p.cells[i] ?? "").trimEnd().endsWith("-")) out.add(r);
      else if (p && gridPitch > 0 && c.role === "accomplishments" && subRowClosedByColumn(block, columns, prev, r, i, gridPitch) && opensSubRow(r) && startsItem(l.cells[i] ?? "") && endsOwnLine(p.cells[i] ?? "")) out.add(r);
      else if (p && leading > 0 && gridPitch <= 0 && c.role === "accomplishments" && Number.isFinite(wrapStep) && subRowClosedByColumn(block, columns, prev, r, i, wrapStep, SPACED_ITEM_SLACK_PT) && (markedItemOpens(l, measureColumn) || startsItem(l.cells[measureColumn] ?? "")) && startsItem(l.cells[i] ?? "") && endsOwnLine(p.cells[i] ?? "")) out.add(r);
      else if (p && (gridPitch > 0 || leading > 0) && c.role === "accomplishments" && (numberingRestarts(block, measureColumn, gridPitch > 0 ? prev : r - 1, r) || restartCentredBelow(block, measureColumn, i, r, gridPitch)) && startsItem(l.cells[i] ?? "") && !(p.cells[i] ?? "").trimEnd().endsWith("-") && !leadsOn((p.cells[i] ?? "").trimEnd())) out.add(r);
      else if (p && !(textSpaced && nextGridLine(p, l, gridPitch) && NAME_RUNS_ON.test((p.cells[i] ?? "").trimEnd())) && !(gridPitch > 0 && namePrintedWhole(p, l, i, lexicon)) && endsParagraph(p, l, i, provenRight(p)[i] ?? null, leading > 0 ? FIT_SLACK_CHARS.positioned : FIT_SLACK_CHARS.text, gridPitch > 0)) out.add(r);
      else if (p && gridPitch > 0 && upper && itemStart !== prev && fitsUnderOwnWiderLine(upper, p, l, i, gridPitch)) out.add(r);
      else if (p && gridPitch > 0 && wordsTell && opensSentenceAcrossPage(p, l, i, (w) => lexicon?.capitalisedInside.has(w) ?? false)) out.add(r);
      else if (p && justified[i] && endsJustifiedLine(p, l, i, columnRight(p)[i] ?? null)) out.add(r);
      else if (p && leading > 0 && endsBeforeCellEdge(p, l, i, edges[i] ?? null)) out.add(r);
      else if (p && leading > 0 && p.page !== l.page && startsItem((l.cells[i] ?? "").trim()) && !leadsOn((p.cells[i] ?? "").trim()) && !(punctuated[i] && wrapsUnfinished(p, l, i, columnRight(p)[i] ?? null))) out.add(r);
      else if (p && subRowOpens && subRowOpens.has(r) && startsItem(l.cells[measureColumn] ?? "") && !goesOnSentence(p) && nearlyEndsParagraph(p, l, i, columnRight(p)[i] ?? null, SUBROW_FIT_OVER_CHARS, provenOver(p))) out.add(r);
      else if (p && gridPitch > 0 && c.role === "accomplishments" && markedItemOpens(l, measureColumn) && nearlyEndsParagraph(p, l, i, columnRight(p)[i] ?? null, MARKED_FIT_OVER_CHARS, provenOver(p)) && !goesOnSentence(p)) out.add(r);
      else if (p && gridPitch > 0 && c.role === "accomplishments" && opensSubRow(r) && !wraps && fitsBeforeNextColumn(p, l, i, nextColumnLeft(p)[i] ?? null) && !goesOnSentence(p)) out.add(r);
      else if (p && gridPitch > 0 && (c.role === "measures" || (c.role === "accomplishments" && textSpaced)) && stopsBesideRunningCell(block, prev, i, gridPitch) && startsItem(l.cells[i] ?? "") && !(p.cells[i] ?? "").trimEnd().endsWith("-") && !leadsOn((p.cells[i] ?? "").trimEnd())) out.add(r);
      else if (p && gridPitch > 0 && c.role === "measures" && !wraps && !wrapsAroundCentredValue(block, valueOpens, prev, r, i, gridPitch) && fitsBeforeNextColumn(p, l, i, blockNextLeft(block, p, i) ?? nextColumnLeft(p)[i] ?? null, true)) out.add(r);
      else if (p && gridPitch > 0 && unwrapped[i] && nextGridLine(p, l, gridPitch) && opensUnwrappedItem(p.cells[i] ?? "", l.cells[i] ?? "") && !valueStopsAbove(p, l, block)) out.add(r);
      // Plain text (session 53, h-items53): a Risks column's next risk and its mitigation under an
      // item that has had its semicolon (`riskPairOpens`), whatever the name guard says.
      else if (p && gridPitch > 0 && c.role === "risks" && wordsTell && itemStart >= 0 && riskPairOpens(cellTextBetween(block, i, itemStart, prev), p.cells[i] ?? "", l.cells[i] ?? "")) out.add(r);
      // Plain text (session 38, h-pmall): the words at the break alone open an item (`opensSentence`
      // without `gridSentenceCue`) unless a title may run on: the line opens on a coordinated name
      // (`coordinatedOpening`: "host" / "Governments and country teams"), or, in a measure column
      // whose row sets values beside its measures, the item above holds no value line of its own
      // (`ownsValue`: "Countries reporting" / "Goal indicators" / "disaggregated by" / "sex", its
      // value centred beside the lines below the break, corpus8 d8d-018: split there, a measure would
      // stand with no value).
      else if (p && opensSentence(prev, l, r, gridPitch > 0 && !coordinatedOpening(l, i) && (c.role !== "measures" || ownsValue(valueOpens, itemStart, r)))) out.add(r);
      // Not under a line short of its sentence's end where every cell ends with a full stop
      // (`goesOnSentence`, session 39: "82 per cent of tickets purchased" / "16 days before travel.",
      // corpus8 val8b v8-022: the measure's second figure is its phrase's, not a new measure's).
      else if (p && gridPitch > 0 && c.role === "measures" && itemStart >= 0 && figureOpensAgain(block.lines[itemStart]!, p, l, i, gridPitch, nameEnds) && !goesOnSentence(p)) out.add(r);
      // A PDF likewise (session 40, h-pdf13), one wrap step down, and after a line ending on a
      // name too: a name at a wrap goes on in words, not with a count and a lower-case word ("83%
      // of country teams that" / "report on the Youth Strategy" / "20 entities with a youth focal",
      // corpus13 abw.pdf d13-016; the next figure would not have fitted on the line above).
      else if (p && leading > 0 && gridPitch <= 0 && c.role === "measures" && itemStart >= 0 && figureOpensAgain(block.lines[itemStart]!, p, l, i, wrapStep, ANY_NAME_ENDS) && !goesOnSentence(p)) out.add(r);
      else if (p && paired && c.role === "accomplishments" && measureCellOpens(l, measureColumn, subRowOpens?.has(r) ?? false) && opensInSentenceCase(l.cells[i] ?? "") && !leadsOn((p.cells[i] ?? "").trimEnd()) && !goesOnSentence(p)) out.add(r);
      else if (p && gridPitch > 0 && c.role === "accomplishments" && opensSubRow(r) && opensInSentenceCase(l.cells[i] ?? "") && endsOwnLine(p.cells[i] ?? "") && (!wraps || nearlyEndsParagraph(p, l, i, columnRight(p)[i] ?? null, SUBROW_FIT_OVER_CHARS, provenOver(p)) || capitalOpensItem(block, p, l, i, lexicon))) out.add(r);
      else if (p && valueOpens && (valueOpens.opens.has(r) || valueOpensBelow(block, valueOpens.opens, r, i, gridPitch > 0 ? gridPitch : leading, gridPitch > 0 ? Infinity : wrapStep, gridPitch > 0 ? valueOpens.lines : null)) && startsItem(l.cells[i] ?? "") && (valueOpens.lines.some((k) => k >= itemStart && k < r) || oneLineItemAbove(r)) && !goesOnSentence(p)) out.add(r);
      else if (p && subRowOpens && accomplishmentAtNextMeasure(block, subRowOpens, prev, r, i, measureColumn)) out.add(r);
      if (itemStart < 0 || out.size > before) itemStart = r;
      prevUpper = prev;
      prev = r;
    });
    return out;
  });
}


/** A column's text over block lines `from` to `to` (both included), one space between lines. */
function cellTextBetween(block: RowBlock, i: number, from: number, to: number): string {
  return block.lines.slice(from, to + 1).map((l) => (l.cells[i] ?? "").trim()).filter(Boolean).join(" ");
}

/**
 * Plain text (session 40, h-chr2): the row's last line in an item column (accomplishments, measures)
 * stops on a word of its own, a figure or a closing bracket — no full stop, no word that leads on,
 * no hyphen — so the cell's last item ended without a full stop. A row's cell ends its last item
 * whatever the line's fill, so this is an item end the words prove. In such a row a full stop
 * elsewhere in a column says where that item ends, not that every item ends with one: the words at a
 * break (`opensSentence`) tell the other items' ends too ("… from 7 in 2008 to 42 in 2009" /
 * "Positive feedback from 83% …" beside "… protection strategies." and an outcome "… threat
 * assessments" that ends the row: corpus4 f2-004 lo.txt, items typed with and without full stops).
 */
function unstoppedItemEnd(block: RowBlock, columns: readonly ColumnDef[]): boolean {
  return columns.some((c, i) => {
    if (c.role !== "accomplishments" && c.role !== "measures") return false;
    const last = [...block.lines].reverse().find((l) => (l.cells[i] ?? "").trim() && !isRuleGlyphs(l.cells[i] ?? ""));
    const text = (last?.cells[i] ?? "").trim();
    return text !== "" && OWN_LINE_END.test(text) && !endsSentence(text) && !leadsOn(text);
  });
}
/** A line that ends on a word, a figure or a closing bracket (no hyphen, comma, colon or open bracket). */
const OWN_LINE_END = /[\p{L}\p{N})]$/u;

/**
 * Plain text, a cell whose first line is unmarked and whose later lines are marked items (an
 * accomplishment with its indicators as "o" items under it, one column for both): an unmarked line
 * after a marked item that starts left of that item's marker, back at the cell's first line's left
 * edge, opens a new item (the next accomplishment). A wrapped line of a marked item never starts
 * left of its own marker: it starts under the item's text (a hanging indent) or under the marker;
 * a line back at the first level's edge is the first level's. A cell that opens with a marked item
 * has no unmarked first level to go back to, and nothing is split.
 */
function outdentedItemStarts(block: RowBlock, i: number): Set<number> {
  const out = new Set<number>();
  let top: number | null = null;
  let marker: number | null = null;
  let first = true;
  block.lines.forEach((l, r) => {
    const text = (l.cells[i] ?? "").trim();
    const fill = l.fill?.[i];
    if (!text) return;
    if (!fill || fill.left === undefined) {
      first = false;
      return;
    }
    const marked = startsWithMarker(text);
    if (first) {
      first = false;
      if (!marked) top = fill.left;
      return;
    }
    if (top === null) return;
    if (marked) {
      marker = fill.left;
      return;
    }
    const slack = OUTDENT_SLACK_CHARS * firstWordCharWidth(l, i, fill.firstWord);
    if (marker !== null && fill.left < marker - slack && Math.abs(fill.left - top) <= slack && startsItem(text)) {
      out.add(r);
      marker = null;
    }
  });
  return out;
}
/** How far (characters) an outdented line may lie from the first level's edge, and must lie left of the marker. */
const OUTDENT_SLACK_CHARS = 0.5;

/**
 * Plain text, a cell of marked items: the block lines (indexes) of unmarked lines set right of the
 * text of the marked item above them — past its hanging indent by INDENT_STEP_CHARS or more — up to
 * the next marked line. A wrapped line of a marked item starts under the item's text (the hanging
 * indent) or under its marker, never right of its text; a line further right is a second-level list
 * printed without markers (TeX's nested list whose inner items lost their labels, corpus13 v13-018:
 * "▷ Higher representation of women …" / "   52% of reports …" / "   28% of women …").
 */
export function linesRightOfMarkedText(block: RowBlock, i: number): Set<number> {
  const out = new Set<number>();
  let textLeft: number | null = null;
  let page = -1;
  block.lines.forEach((l, r) => {
    const text = (l.cells[i] ?? "").trim();
    const fill = l.fill?.[i];
    if (!text) return;
    // pdftotext sets each page on a grid of its own: a marked item's text edge says nothing on the next page.
    if (l.page !== page) textLeft = null;
    page = l.page;
    if (!fill || fill.left === undefined) {
      textLeft = null;
      return;
    }
    const charWidth = firstWordCharWidth(l, i, fill.firstWord);
    if (startsWithMarker(text)) {
      // The item's text starts at the cell's second word when the marker is a word of its own
      // (the grid keeps the gap after it, which the cell's text, one space a gap, does not).
      const body = stripMarker(text).text.trimStart();
      const markerAlone = text.length - body.length > (text.split(/\s/)[0] ?? "").length;
      textLeft = !body ? null : markerAlone ? (fill.second ?? null) : fill.left + (text.length - body.length) * charWidth;
      return;
    }
    if (textLeft !== null && fill.left >= textLeft + INDENT_STEP_CHARS * charWidth) out.add(r);
  });
  return out;
}
/** How far (characters) right of a marked item's text a line must start to be a second level's: pdftotext's grid moves a wrapped line's start by a character at most. */
const INDENT_STEP_CHARS = 2;

/**
 * The items of a second level printed without markers (`linesRightOfMarkedText`): the first such line
 * under a marked item opens one when it opens like an item; a later line at that level, when the line
 * above ended short of the cell's edge (`endsParagraph`: a wrapped line would have taken its first
 * word) or ended a sentence, or when it opens with a figure again under an item that opened with one
 * (`figureOpensAgain`: a measure states its figure once; the cell's widest line may be one of these
 * short measures, and then the fit test says nothing).
 */
function indentedItemStarts(block: RowBlock, i: number, right: (line: TableLine) => number | null, gridPitch: number, slackChars: number = FIT_SLACK_CHARS.text): Set<number> {
  const indented = linesRightOfMarkedText(block, i);
  const out = new Set<number>();
  let prev = -1;
  let itemStart = -1;
  block.lines.forEach((l, r) => {
    const text = (l.cells[i] ?? "").trim();
    if (!text) return;
    const p = block.lines[prev];
    if (indented.has(r) && p && startsItem(text)) {
      // Not under a line that leads on ("… of posts at the" / "P-5 level and above."): pdftotext
      // may set a wrapped line some characters right when its row's other cells move it.
      const above = (p.cells[i] ?? "").trimEnd();
      if (!indented.has(prev)) {
        if (!leadsOn(above) && !above.endsWith("-")) out.add(r);
      }
      else if (endsSentence(p.cells[i] ?? "") || endsParagraph(p, l, i, right(p), slackChars, false) || (itemStart >= 0 && figureOpensAgain(block.lines[itemStart]!, p, l, i, gridPitch))) out.add(r);
    }
    if (!indented.has(r) || out.has(r)) itemStart = r;
    prev = r;
  });
  return out;
}

/**
 * A PDF: a line set further under the line above than the gap limit opens no item when it goes on
 * in lower case, unfinished above, while the column's items in the row open with capitals (session
 * 25, h-wk2). Near a page's foot wkhtmltopdf moves a cell's last wrapped line down (11–18 pt under
 * its line at an 8.6–10.4 pt step: "… updated contingency" / "plans", "… the use of online" /
 * "service platforms", corpus11 dev11); the words say it is the item's next line. Items of a
 * column open alike: when another line of the row's column opens after such a gap with a capital,
 * or the line above breaks a word ("coun-"), a lower-case line is no item's first. The line above
 * may not end a sentence, a clause (";", ":") or a list (",").
 */
function goesOnInLowerCase(block: RowBlock, column: number, above: TableLine, line: TableLine, gapLimit: number): boolean {
  const text = (line.cells[column] ?? "").trim();
  const prev = (above.cells[column] ?? "").trim();
  // Finished above: a sentence (endsSentence), a clause or a list item. Not text.ts's
  // CLAUSE_END, another rule: here a comma ends a list item, "e.g." or an initial's full stop does
  // not end the line, and a full stop before a closing bracket or quote does.
  if (!LOWER_OPENING.test(text) || endsSentence(prev) || /[;:,]$/.test(prev)) return false;
  if (/\p{Ll}-$/u.test(prev)) return true;
  let last: TableLine | undefined;
  for (const l of block.lines) {
    const cell = (l.cells[column] ?? "").trim();
    if (!cell) continue;
    if (last && last.page === l.page && l !== line && cellY(l, column) - cellY(last, column) > gapLimit && startsItem(cell)) return true;
    last = l;
  }
  return false;
}

/**
 * A value cell centred on a measure of two or three lines opens on the line right below the
 * measure's first line (plain text: the next grid line, pdftotext interleaves the lines; a PDF:
 * its own baseline, within one leading below), the measure column empty there or going on with the
 * measure, and neither that line nor the next opens another item. In a PDF the gap above such a
 * measure usually starts it already; on a scan it can fall a pixel short of the limit (d2-002's
 * "Unliquidated obligations as a / share of expenditure" beside a centred "12%", 15.12 pt under
 * the measure above against a 15.14 pt limit), and the second value is what is left to tell.
 */
function valueOpensBelow(block: RowBlock, opens: ReadonlySet<number>, r: number, column: number, pitch: number, wrapStep = Infinity, gridValueLines: readonly number[] | null = null): boolean {
  const line = block.lines[r], below = block.lines[r + 1], after = block.lines[r + 2];
  if (!line || !below || !opens.has(r + 1) || !nextGridLine(line, below, pitch)) return false;
  if (startsItem(below.cells[column] ?? "")) return false;
  if (after && wrapsAcrossCentredValue(line, below, after, column, wrapStep)) return true;
  if (after && gridValueLines && interleavedAroundValue(block, r, column, pitch, gridValueLines)) return true;
  return !after || !startsItem(after.cells[column] ?? "");
}

/**
 * Plain text: the measure's line `r` and its next line two grid lines down (`r + 2`), neither
 * beside a value, sit around the value line `r + 1`, whose measure cell is empty: pdftotext
 * interleaves lines whose baselines lie half a line apart, so the value is centred between the two
 * lines — on a measure of two lines, not beside a one-line measure (its centred value would share
 * its line). The line under the value goes on with the measure however it opens ("Number of
 * appointments from unrepresented" / "7" "8" / "Member States", corpus10 d10b-018, where a capital
 * read as a new measure joined the value to the measure above).
 */
function interleavedAroundValue(block: RowBlock, r: number, column: number, pitch: number, valueLines: readonly number[]): boolean {
  const line = block.lines[r]!, below = block.lines[r + 1]!, after = block.lines[r + 2];
  if (!after || after.page !== line.page || after.y - below.y > pitch * 1.01) return false;
  if ((below.cells[column] ?? "").trim() || !(after.cells[column] ?? "").trim()) return false;
  return !valueLines.includes(r) && !valueLines.includes(r + 2);
}
/**
 * Plain text: the measure line `r` is two grid lines under the measure line `prev`, and the line
 * between is a value cell opening with the measure cell empty, beside neither measure line
 * (`interleavedAroundValue`): the value is centred on a measure of two lines, and `r` is that
 * measure's wrapped rest ("Unrepresented and underrepresented Member" / "25  21" / "States",
 * corpus9 val9 v9-001, v9-021: LibreOffice's vertically centred cells). The line-fill cue
 * (`fitsBeforeNextColumn`) reads pdftotext's grid, which is wider than the cell LibreOffice wrapped
 * in, so it says nothing here; a one-line measure of such a table has its value on its own line.
 */
function wrapsAroundCentredValue(block: RowBlock, valueOpens: ValueOpenings | null, prev: number, r: number, column: number, pitch: number): boolean {
  if (!valueOpens || prev !== r - 2 || !valueOpens.opens.has(prev + 1)) return false;
  return interleavedAroundValue(block, prev, column, pitch, valueOpens.lines);
}
/**
 * A PDF: the measure's next line `after`, below the value line `below` (whose measure cell is
 * empty), is one wrap step under the measure's line `line`: it is that measure's wrapped line
 * ("Number of appointments from unrepresented" / "7" "8" / "Member States", d10b-018), however it
 * opens (a capital is no new item here), so the value centred between them is this measure's own.
 * `wrapStep` is Infinity where it is not known (plain text): the test is not made.
 */
function wrapsAcrossCentredValue(line: TableLine, below: TableLine, after: TableLine, column: number, wrapStep: number): boolean {
  if (!Number.isFinite(wrapStep) || after.page !== line.page || (below.cells[column] ?? "").trim()) return false;
  return cellY(after, column) - cellY(line, column) <= wrapStep * VALUE_LINE_SLACK;
}
/**
 * Plain text, measures with a Target or Baseline cell each: the block lines where a value cell
 * opens (a value column has text there but not on the grid line right above), and every line
 * beside a value. A measure line that opens with a capital beside an opening value cell, while the
 * measure it would continue already has a value beside it, starts the next measure — the values
 * are one per measure, so a second one means a second measure, though neither a marker, a full
 * stop nor a short line shows it.
 */
function valueCellOpenings(block: RowBlock, columns: readonly ColumnDef[], pitch: number, positioned = false, wrapStep = Infinity): ValueOpenings {
  if (positioned) return readValueCellOpenings(block, columns, pitch, true, wrapStep);
  const known = GRID_VALUE_OPENINGS.get(block);
  if (known && known.lines === block.lines && known.count === block.lines.length && known.columns === columns && known.pitch === pitch) return known.value;
  const value = readValueCellOpenings(block, columns, pitch, false, wrapStep);
  GRID_VALUE_OPENINGS.set(block, { lines: block.lines, count: block.lines.length, columns, pitch, value });
  return value;
}
/** Where a block's value cells open, and the lines beside a value: read-only for every caller. */
interface ValueOpenings {
  opens: ReadonlySet<number>;
  lines: readonly number[];
}
/**
 * The character grid's answers per block (issue 14): the table-wide pairing test
 * (`accomplishmentOpensWithMeasure`) and `paragraphBreaks`' measure and accomplishment columns ask
 * for the same block, columns and pitch (the grid reading never uses `wrapStep`). Kept under the
 * block object (a WeakMap: nothing outlives the tables stage's blocks) and checked against its
 * lines array, its length, the columns and the pitch, so a block whose lines changed is read again.
 */
const GRID_VALUE_OPENINGS = new WeakMap<RowBlock, { lines: readonly TableLine[]; count: number; columns: readonly ColumnDef[]; pitch: number; value: ValueOpenings }>();
function readValueCellOpenings(block: RowBlock, columns: readonly ColumnDef[], pitch: number, positioned: boolean, wrapStep: number): ValueOpenings {
  const valueColumns = columns.flatMap((c, k) => (c.role === "target" || c.role === "baseline" ? [k] : []));
  const opens = new Set<number>();
  const lines: number[] = [];
  if (valueColumns.length === 0) return { opens, lines };
  const step = positioned ? Math.min(lineStep(block.lines, columns.length), wrapStep) : pitch;
  block.lines.forEach((l, r) => {
    const filled = valueColumns.filter((k) => (l.cells[k] ?? "").trim());
    if (filled.length === 0) return;
    lines.push(r);
    if (positioned) {
      // A PDF's columns keep their own baselines (a centred cell's lines fall between another
      // column's): a value cell goes on when its own previous line is one line step above it —
      // the block's own step between a cell's wrapped lines (the table's leading may be a row's),
      // give or take VALUE_WRAP_SLACK_PT (session 29).
      const continues = (k: number) => {
        const above = block.lines.slice(0, r).findLast((m) => (m.cells[k] ?? "").trim());
        return above !== undefined && above.page === l.page && cellY(l, k) - cellY(above, k) <= valueWrapLimit(step);
      };
      if (filled.some((k) => !continues(k)) || stackedWholeValues(block, r, filled)) opens.add(r);
      return;
    }
    const through = besideInterleavedLine(block, r, columns, valueColumns, pitch);
    const above = through ?? block.lines[r - 1];
    const adjacent = above !== undefined && (through !== undefined || nextGridLine(above, l, pitch));
    // The character grid keeps no padding between sub-rows: one-line measures with a number each
    // print on consecutive lines, and only the numbers stacked in every value column show two
    // values (a value's wrapped line goes on with its unit or words, not with another number).
    // A value that ends on a share ("At least 61%", "≥ 92 per cent") is whole too: the number
    // under it is the next one's (corpus15 d15-009: "Meetings held in accessible venues  At least
    // 61%" / "Performance appraisals completed by the  84%").
    // A bound whose figure wrapped ("Not more" / "than 1 days") opens its value as a figure does.
    const stacked = adjacent && filled.every((k) => (GRID_VALUE_OPENING.test(l.cells[k] ?? "") || isBoundHead(l.cells[k] ?? "")) && (GRID_VALUE_OPENING.test(above.cells[k] ?? "") || CLOSING_SHARE.test((above.cells[k] ?? "").trim()) || valueUnderWordedValue(above.cells[k] ?? "")));
    if (!adjacent || stacked || filled.some((k) => !(above.cells[k] ?? "").trim() && !valueLeadsOnOver(block, r, k, pitch)) || numbersInEveryValueColumn(l, valueColumns)) opens.add(r);
  });
  return { opens, lines };
}
/**
 * Plain text: value column `k`'s own line two grid lines above `r` (the one between empty in `k`)
 * ends on a word that leads on ("62% by" / "43% in 2011" in the Baseline column / "December 2012",
 * corpus4 f1-002 chromium.txt, session 39): no value ends on "by", so the cell goes on at `r`
 * across the other column's line pdftotext set between, and opens no value there.
 */
function valueLeadsOnOver(block: RowBlock, r: number, k: number, pitch: number): boolean {
  const own = block.lines[r - 2], between = block.lines[r - 1], line = block.lines[r]!;
  if (!own || !between || (between.cells[k] ?? "").trim() || !nextGridLine(between, line, pitch) || !nextGridLine(own, between, pitch)) return false;
  const text = (own.cells[k] ?? "").trim();
  return text !== "" && leadsOn(text);
}
/**
 * pdftotext's grid: the line two above `r` when the line between holds text only in columns left
 * of the measures and `r` leaves the measure cell empty — a value cell's wrapped line ("Not more" /
 * "than 15" / "days") with an objective's line printed between its lines. A vertically centred
 * cell (Typst's `align: horizon`) sets its baselines half a line off the row's other cells, and
 * pdftotext gives each its own grid line, so the value cell's lines stand two grid lines apart
 * with the other cell's between (corpus20 v20b-023, v20c-018 typst.txt: the "days" opened the next
 * measure's value). A new measure's values open beside its own first line, never with the measure
 * cell empty. Undefined where the line above is not such a line.
 */
function besideInterleavedLine(block: RowBlock, r: number, columns: readonly ColumnDef[], valueColumns: readonly number[], pitch: number): TableLine | undefined {
  const measure = columns.findIndex((c) => c.role === "measures");
  const l = block.lines[r]!, between = block.lines[r - 1], before = block.lines[r - 2];
  if (measure < 0 || !between || !before) return undefined;
  if (between.page !== l.page || before.page !== l.page || l.y - before.y > 2 * pitch * 1.01) return undefined;
  if (between.cells.some((c, k) => k >= measure && c.trim())) return undefined;
  return valueColumns.some((k) => (before.cells[k] ?? "").trim()) ? before : undefined;
}
/**
 * Plain text, an accomplishment spanning its measures' sub-rows (each measure with a Baseline and
 * a Target): a capitalised accomplishment line on the very line where the next measure opens its
 * values (`valueCellOpenings`), after a line the accomplishment column left empty, opens the next
 * accomplishment. A rowspan cell starts on its first sub-row's top line, so it shares that line
 * with the measure and its values; the cell above ended before that sub-row (the empty line), and
 * its own wrapped lines keep the sub-row's baselines only where they stand beside it.
 */
function accomplishmentAtNextMeasure(block: RowBlock, valueOpens: ReadonlySet<number>, prev: number, r: number, i: number, measureColumn: number): boolean {
  if (!valueOpens.has(r) || prev >= r - 1 || prev < 0) return false;
  const line = block.lines[r]!, above = block.lines[prev]!;
  if (line.page !== above.page) return false;
  return opensInSentenceCase(line.cells[i] ?? "") && startsItem(line.cells[measureColumn] ?? "") && endsOwnLine(above.cells[i] ?? "");
}
/**
 * Plain text: the value cell's line `above` is a whole value written in words — a status ("Fully
 * achieved", "Not applicable", "None") or a deadline ("By 31 December 2016") — so a number on the
 * line right under it opens the next measure's value: a worded value's wrapped line goes on with
 * its words ("Partially achieved in" / "2012" is one value: "in" leaves it open, and it is not
 * whole). pdftotext keeps no padding between one-line sub-rows ("Fully achieved" / "82%" beside two
 * measures, corpus5 g1-022 chromium.txt, read as one measure with "Fully achieved 82%").
 */
function valueUnderWordedValue(above: string): boolean {
  const words = above.trim().split(/\s+/);
  return !VALUE_OPENING.test(above) && words[0] !== "" && isWholeValue(words);
}
/**
 * A PDF: the steps between a segment of a table's line and the next segment of the same page
 * starting at the same x (a cell's wrapped line starts at the cell's left edge), per body font
 * size over all the document's tables; the smallest is the font's wrap step. A table of one-line cells (one objective per
 * table, each measure a sub-row) shows no wrapped line of its own, while the same font wraps at
 * the same step in the document's other tables (d7-001's objective 2: sub-rows 19.1 pt apart,
 * cells of objective 1 wrapping at 12.7 pt, both 11 pt).
 */
function documentLineSteps(tables: readonly RawTable[], bodySizes: readonly number[]): Map<number, StepCounts> {
  // Counted by distinct step (per body size): the gap limit of each table reads them (paragraphGapLimit).
  const steps = new Map<number, Map<number, number>>();
  tables.forEach((t, ti) => {
    const size = bodySizes[ti] ?? 0;
    for (const part of t.parts) {
      const lines = part.lines.filter((l) => !part.objectiveLines.has(l));
      // Segment baselines, not the lines': a line joining several columns' runs has one y for all.
      lines.forEach((l, k) => {
        for (const s of l.segments) {
          const below = firstSegmentBelow(lines, k, s.x);
          const d = below ? below.y - s.y : 0;
          if (d < MIN_LINE_STEP) continue;
          let own = steps.get(size);
          if (!own) steps.set(size, (own = new Map()));
          addStep(own, d);
        }
      });
    }
  });
  return new Map([...steps].map(([size, counted]) => [size, sortedSteps(counted)]));
}
/** The first segment starting at `x` (within SAME_EDGE_PT) in the lines after `lines[k]` on its page. */
function firstSegmentBelow(lines: readonly Line[], k: number, x: number): Line["segments"][number] | undefined {
  const page = lines[k]!.page;
  for (let n = k + 1; n < lines.length; n++) {
    const line = lines[n]!;
    // A part's lines are in page order: past the page, nothing lies below (without this stop every
    // segment with nothing under it scanned the rest of the table, quadratic in a long table).
    if (line.page > page) break;
    if (line.page !== page) continue;
    const hit = line.segments.find((m) => Math.abs(m.x - x) <= SAME_EDGE_PT);
    if (hit) return hit;
  }
  return undefined;
}
/** Segments starting within this many points of each other start at one cell edge. */
const SAME_EDGE_PT = 1;
/** A Target/Baseline cell that opens with a number (a figure, a percentage, "25 kWh"). */
const VALUE_OPENING = /^\s*[-–]?\d/;
/**
 * Plain text: a value cell's line that opens a value — a number, or a bound on one, in signs or in
 * words ("≥ 72%", "At least 23", "Not more than 5 days"). A wrapped value's next line goes on with
 * its unit or words ("per cent", "than 20 days"), never with a bound, so a bound stacked under a
 * value opens the next measure's value as a bare figure does (corpus20 typst.txt: "74%  ≥ 95%" /
 * "24%  ≥ 32%", "60%  74 per cent" / "21 (2018)  At least 23", one-line measures with no blank
 * line between them). PDFs keep VALUE_OPENING (their stacked values were tuned with it). A "≥"
 * printed as its two mojibake characters (`"e 8` under `"e 93`, jsPDF's standard fonts) bounds the
 * figure as "≥" does (corpus18 val18c v18-010, val18d v18-009: two one-line measures, each with its
 * values, had been read as one).
 */
const GRID_VALUE_OPENING = new RegExp(String.raw`^\s*(?:(?:[<>≤≥]|${MOJIBAKE_COMPARATOR}|${BOUND_PHRASE})\s?)?[-–]?\d`, "i");
/**
 * A PDF: every filled value cell of line r opens with a number right under a cell that held a whole
 * value ("98%" / "1,892", "1,640" / "15%"): a value's wrapped line goes on with its unit or words,
 * never with another number, so this is the next measure's value even one line step below (TeX's
 * booktabs and borderless tables put no padding between sub-rows). A whole value is a number with
 * a per cent sign at most; "45 per" / "cent", "Increase from 45" / "60 by 2015" wrap.
 */
function stackedWholeValues(block: RowBlock, r: number, filled: readonly number[]): boolean {
  const above = block.lines[r - 1];
  if (!above || above.page !== block.lines[r]!.page) return false;
  return filled.every((k) => VALUE_OPENING.test(block.lines[r]!.cells[k] ?? "") && !YEAR_LABEL.test((block.lines[r]!.cells[k] ?? "").trim()) && WHOLE_VALUE.test((above.cells[k] ?? "").trim()));
}
const WHOLE_VALUE = /^[-–]?\d[\d,.]*\s?%?$/;
/** A value cell's line ending on a share: a number and a per cent sign or "per cent". */
const CLOSING_SHARE = /\d\s?(?:%|per\s?cent)$/i;
/**
 * Plain text: every value column (two or more) opens a number on this line — the next measure's
 * Baseline and Target, right under the last lines of the values above ("50 per" / "cent" / "31"
 * beside "… languages (percentage)" / "Information centres …"): one value's wrapped line goes on
 * with its unit or words, and two of them wrapping onto a number on the same line is the next
 * sub-row. Not a year alone in each ("65% by" / "December" / "2016"): a date's wrapped line.
 */
function numbersInEveryValueColumn(line: TableLine, valueColumns: readonly number[]): boolean {
  if (valueColumns.length < 2) return false;
  return valueColumns.every((k) => {
    const cell = (line.cells[k] ?? "").trim();
    return GRID_VALUE_OPENING.test(cell) && !YEAR_LABEL.test(cell);
  });
}
/** A PDF: baselines one wrap step apart lie within this many points of it (rounding, a taller glyph). */
const SPACED_ITEM_SLACK_PT = 1;
/** A value cell's wrapped line sits one line step below the line before (a little more with rounding). */
const VALUE_LINE_SLACK = 1.2;
/**
 * A PDF: at most this many points more than the line step between a value cell's wrapped lines.
 * Rounding and a taller glyph move a baseline by a point at most; the space a table leaves between
 * sub-rows (cell padding, a paragraph's space after) is more: "118 days" / "187" 13.4 pt apart at
 * an 11.4 pt step (corpus8 d8b-003 rtf.pdf), "143" / "21%" 13.75 pt apart at 11.95 pt (corpus14
 * d14-010 xe.pdf), both under VALUE_LINE_SLACK × the step, which at a 10–12 pt leading allows 2+ pt.
 */
const VALUE_WRAP_SLACK_PT = 1.5;
/** The furthest a PDF value cell's wrapped line lies under its line above, at line step `step`. */
function valueWrapLimit(step: number): number {
  return Math.min(step * VALUE_LINE_SLACK, step + VALUE_WRAP_SLACK_PT);
}
/** Closer baselines than this (points) are one line's pieces, not a step. */
const MIN_LINE_STEP = 3;
/**
 * The smallest step between consecutive lines of one cell column among `lines` (a block's or the
 * whole table's; Infinity: none wraps). A block whose cells each fit on one line has only the
 * sub-rows' pitch here, which a second value one sub-row below would pass as a wrapped line — so
 * the table's step bounds the block's (d7-001: "40"/"20" beside two one-line measures on a page
 * of their own, 19.1 pt apart, where the table's cells wrap at 12.7 pt).
 */
function lineStep(lines: readonly TableLine[], columnCount: number): number {
  let step = Infinity;
  for (let k = 0; k < columnCount; k++) {
    let prev: TableLine | undefined;
    for (const l of lines) {
      if (!(l.cells[k] ?? "").trim()) continue;
      const d = prev && prev.page === l.page ? cellY(l, k) - cellY(prev, k) : 0;
      if (d >= MIN_LINE_STEP && d < step) step = d;
      prev = l;
    }
  }
  return step;
}

/**
 * Plain text: a column's wrapped lines are pushed apart by at most one line of another column
 * (a centred neighbour's baseline between two of theirs); more grid steps than this between two
 * of its lines, the lower one opening with a capital or digit, is a new cell or paragraph —
 * Chromium's text keeps no blank line for the padding between sub-rows.
 */
const TEXT_ITEM_HOLE_LINES = 2;

/**
 * Plain text: one grid line lies between block lines `from` and `to` of column `column` (same
 * page), and another column's cell runs through it — text there and on both lines around it. The
 * column's cell ended above that line: a cell's wrapped lines lie on consecutive grid lines unless
 * another column's line falls between two of its baselines, and such a line (a centred or
 * offset cell, pdftotext interleaves it) has no text of its column on the lines beside it, which
 * share the first column's baselines. So a top-aligned sub-row whose accomplishment is a line
 * shorter than its measure ("acted upon" / "" / "Managers modelling …" beside "Women at P-5 level
 * and above" / "(percentage)" / "Tickets purchased …") ends there, however short the column is
 * for the line-fill test and whatever word the line stops on.
 */
function holeBesideRunningCell(block: RowBlock, from: number, to: number, column: number, pitch: number): boolean {
  const a = block.lines[from], b = block.lines[to], hole = block.lines[from + 1];
  if (!a || !b || !hole || to !== from + 2 || a.page !== b.page || hole.page !== a.page) return false;
  const onGrid = (x: TableLine, y: number) => Math.abs(x.y - y) <= pitch * 0.01;
  if (!onGrid(hole, a.y + pitch) || !onGrid(b, a.y + 2 * pitch)) return false;
  const has = (x: TableLine, k: number) => (x.cells[k] ?? "").trim() !== "";
  return hole.cells.some((_, k) => k !== column && has(hole, k) && has(a, k) && has(b, k));
}

/**
 * Plain text: one grid line lies between block lines `from` and `to` of column `column` (same
 * page), and on it another column's cell opens — text there and on the line below it (`to`), none
 * on the line above (`from`). That cell's lines lie on the grid of column `column`'s line `to`
 * (its second line shares that line), so the hole line is no interleaved baseline (an offset cell's
 * line has no text of its column on the lines beside it, `holeBesideRunningCell`): it is a grid step
 * of empty space in column `column`, the padding between two sub-rows, beside which a merged cell
 * centred over the sub-rows starts ("report after its review: 44" / "" / "Projects completed
 * within" beside "To improve the quality and relevance" / "of the reports of the Unit", pdfmake's
 * middle-aligned rowSpan objective). A cell's wrapped lines lie one step apart, so column
 * `column`'s cell ended above the hole.
 */
function holeBesideOpeningCell(block: RowBlock, from: number, to: number, column: number, pitch: number, spaced = false): boolean {
  const a = block.lines[from], b = block.lines[to], hole = block.lines[from + 1];
  if (!a || !b || !hole || to !== from + 2 || a.page !== b.page || hole.page !== a.page) return false;
  const onGrid = (x: TableLine, y: number) => Math.abs(x.y - y) <= pitch * 0.01;
  if (!onGrid(hole, a.y + pitch) || !onGrid(b, a.y + 2 * pitch)) return false;
  const has = (x: TableLine, k: number) => (x.cells[k] ?? "").trim() !== "";
  // The neighbour's cell opens on the hole: none of its text higher in the block. A column whose
  // lines alternate with this one's all the way down is interleaved, and may share a line with it
  // at last ("entities of the United" / "" / "Nations system." beside "with particular attention to
  // the" / "needs of developing countries", corpus dev-031 chromium.txt).
  //
  // In a column the table sets its items apart by blank lines (`textSpacedColumns`), the
  // neighbour's next item opening on the hole after a blank of its own says as much: both columns
  // step a blank line between items ("… and reported quarterly" / "" / "Informal briefings …" beside
  // "Member States (22)" / "" / "Days between receipt …", corpus15 val15 v15-013).
  const opensThere = (k: number) => (spaced ? !has(a, k) : block.lines.slice(0, from + 1).every((x) => !has(x, k)));
  // Nor after a line ending on a word that leads on: a cell centred over sub-rows can fall off the
  // grid by part of a line for its first line only (d19-006: "Sessions of the" / "" / "Committee
  // serviced." beside "To support the" / "Committee in its").
  if (leadsOn((a.cells[column] ?? "").trimEnd())) return false;
  return hole.cells.some((_, k) => k !== column && has(hole, k) && has(b, k) && opensThere(k));
}

/**
 * Plain text: column `column`'s line at block line `from` is its cell's last on the page — the
 * next grid line holds text of another column that has text on `from` too (a cell set on the same
 * baselines, going on one line step lower), and nothing of this column. Cells of one table share
 * the font and leading, and top-aligned cells of one row their first baseline: had this column's
 * cell gone on, its next line would lie on that same grid line. So the column's next text, lower
 * on the page or on the next page, opens a new cell or paragraph: an unmarked one-line
 * accomplishment of a sub-row beside the objective's wrapped line ("Rosters used for most
 * selections" / "" / "Managers completing …" beside "To strengthen … and" / "accountability"),
 * or beside its second measure at a page foot, the next sub-row opening the next page. A centred
 * neighbour's line between two of a cell's lines shares neither of them (its baselines fall
 * between), so it ends nothing.
 */
function stopsBesideRunningCell(block: RowBlock, from: number, column: number, pitch: number): boolean {
  const a = block.lines[from], next = block.lines[from + 1];
  if (!a || !next || next.page !== a.page || Math.abs(next.y - a.y - pitch) > pitch * 0.01) return false;
  const has = (x: TableLine, k: number) => (x.cells[k] ?? "").trim() !== "";
  if (has(next, column)) return false;
  return next.cells.some((_, k) => k !== column && has(next, k) && has(a, k));
}

/**
 * Plain text, a sub-row opening on block line `to` (a new measure with its values): on the grid
 * line right above it (`from`) column `column` has text and every other column of the sub-rows
 * none — the measure cell ended on the line above that, and its values with it — save the
 * objective's column, whose cell spans all the row's sub-rows. Word processors size a row to its
 * tallest cell and give a vertically merged cell's overflow to the last row it spans, so the only
 * cell that can have held the sub-row open past its measure is column `column`'s own: its cell
 * ended on `from`, and its line on `to` opens the next one ("Campaigns" / "amplified by" /
 * "partners and media" beside "Information centres" / "producing local content" / "", then "Web
 * content" beside "Social media followers"; had the accomplishment spanned both sub-rows, the
 * next measure would have opened on `from`). Only where the row's first lines show its cells
 * top-aligned (this column and the measure open together on the block's first measure line): a
 * merged cell centred over sub-rows leaves such a hole above a later measure too. Nor in a row
 * whose sub-rows pdftotext sets blank lines between: its grid shows the cells' padding, and a
 * one-line measure's padding is such a hole ("the Sustainable Development" / "Goals." beside the
 * next measure, corpus6 d6-012 lo.txt). The caller also wants the line above to end on a word that
 * neither leads on nor is capitalised (`endsOwnLine`).
 *
 * A PDF the same (session 29), the lines one wrap step apart (`pitch`) give or take `slack`: groff's
 * top-aligned sub-rows without padding ("disruption to" / "meetings" / "Recruitment" beside "time" /
 * "" / "– Security incidents at", corpus12 d12-008), where a justified narrow cell leaves neither
 * a short line nor the next item's words to tell by.
 */
function subRowClosedByColumn(block: RowBlock, columns: readonly ColumnDef[], from: number, to: number, column: number, pitch: number, slack = pitch * 0.01): boolean {
  const a = block.lines[from], b = block.lines[to], above = block.lines[from - 1];
  const measure = columns.findIndex((c) => c.role === "measures");
  if (measure < 0 || !a || !b || !above || to !== from + 1 || a.page !== b.page || above.page !== a.page) return false;
  const onGrid = (x: TableLine, y: number) => Math.abs(x.y - y) <= slack;
  if (!onGrid(a, above.y + pitch) || !onGrid(b, a.y + pitch)) return false;
  const has = (x: TableLine, k: number) => (x.cells[k] ?? "").trim() !== "";
  if (!has(above, measure) || !has(b, measure) || !has(a, column)) return false;
  if (columns.some((c, k) => k !== column && c.role !== "objective" && has(a, k))) return false;
  if (blankBetween(block, 0, block.lines.length - 1, pitch)) return false;
  const first = block.lines.findIndex((x) => has(x, measure));
  return first >= 0 && has(block.lines[first]!, column);
}

/**
 * Plain text (session 50, h-c11-50): the grid step within which the words at a break
 * (`opensSentenceAfterWholeLine`) read block line `to` as the cell's next line under block line `from`.
 * One grid line as a rule; two where exactly one block line stands between them — a line of the
 * other columns only, the column empty on it — and no blank grid line. A Word table's cells stand on
 * baselines of their own (vertically centred, or a measure's two lines beside an accomplishment's
 * one), and pdftotext puts another column's line on a grid line of its own between a cell's two
 * lines: one item's lines ("Oversight recommendations" / "implemented within their deadlines",
 * "Budget implementation rate" between) as well as two items' ("Women appointed to senior posts" /
 * "Workplace survey results acted", "ed Member States" between; corpus11 v11i-015). The words tell
 * them apart as on adjacent lines: a line above ending on a word of its own, the next opening a
 * sentence with a capital the document also prints in lower case. Over the corpus11 tuning sets
 * (dev11, s42–s49) the cue stands at 185 such breaks, every one between two items. Not where the
 * column's items in the row end with full stops (`stopped`): there a line above that ends none went
 * on ("Events secured without incident" / "Gender considerations included in security plans.",
 * test/tables/text-capital-after-full-line.test.ts); no corpus11 pair of the 185 is in such a row.
 */
function gridSentenceStep(block: RowBlock, from: number, to: number, pitch: number, stopped = false): number {
  return !stopped && from >= 0 && to - from === 2 && !blankBetween(block, from, to, pitch) ? 2 * pitch : pitch;
}

/**
 * Plain text: a blank line of the grid lies between block lines `from` and `to` (same page). A
 * column's wrapped lines may be pushed apart by other columns' lines, never by a whole-width gap.
 */
function blankBetween(block: RowBlock, from: number, to: number, pitch: number): boolean {
  for (let k = from + 1; k <= to; k++) {
    const a = block.lines[k - 1]!, b = block.lines[k]!;
    if (a.page === b.page && b.y - a.y > CELL_GAP_FACTOR * pitch) return true;
  }
  return false;
}

/**
 * How far an objective cell's line can reach, for the row grouper's wrap test (`wrapsOnto`: the
 * next line's first word would not have fitted after the line above, so it is that line's wrap,
 * "… among the staff of the" / "Office"). The column's full-line width when the table has lines
 * enough to tell (`fullLineRight`); else, in a PDF, the next column's header label: no text of the
 * objective's cell runs past where the next column starts, so a word that would not have fitted
 * before it did not fit in the cell either. A short table (a managerial section's three rows,
 * corpus19 d19-016 pdfmake.pdf) has too few objective lines for the width, and its objective's last
 * word, a capital beside a new measure, was read as a row of its own.
 */
function objectiveWrapRight(fullLine: number | null, columns: readonly ColumnDef[], objectiveColumn: number, pdf: boolean): number | null {
  if (fullLine !== null || !pdf || objectiveColumn !== 0) return fullLine;
  return columns[objectiveColumn + 1]?.x ?? null;
}

/**
 * A column's full-line width: where its longest lines end (the 90th percentile of the lines' right
 * ends, so one line that overflows the cell does not count). Null with too few lines to tell.
 */
const FULL_LINE_QUANTILE = 0.9;
const MIN_LINES_FOR_WIDTH = 6;
/**
 * Plain text: a page's own lines give a column's width only when there are this many of them (a
 * page holding the last few cells of a table has few full lines, and a percentile of a few lines
 * falls short of the width); else the width of its printing of the header.
 */
const MIN_PAGE_LINES_FOR_WIDTH = 12;
function fullLineRight(lines: readonly TableLine[], i: number, minLines = MIN_LINES_FOR_WIDTH): number | null {
  // Counted first, then sorted in a typed array (numeric order, no comparator calls): this runs
  // per column for the table and again for each of its groups.
  let n = 0;
  for (const l of lines) if (l.fill?.[i]) n++;
  if (n < minLines) return null;
  const rights = new Float64Array(n);
  let k = 0;
  for (const l of lines) {
    const f = l.fill?.[i];
    if (f) rights[k++] = f.right;
  }
  rights.sort();
  return rights[Math.floor((n - 1) * FULL_LINE_QUANTILE)] ?? null;
}

/**
 * Plain text, a column with too few lines for the full-line width (a short table, a page holding
 * a few rows): where its widest line ends on this page, from two lines on. A cell's wrapped line
 * ends at most a word short of that, so a line shorter than the widest by more than the next
 * line's first word still ended its paragraph ("Communities covered by multi-hazard early" /
 * "warning" / "National platforms …", the column's only lines beside a Target column).
 */
const MIN_LINES_FOR_WIDEST = 2;
function widestLineRight(lines: readonly TableLine[], i: number): number | null {
  let n = 0, right = -Infinity;
  for (const l of lines) {
    const f = l.fill?.[i];
    if (!f) continue;
    n++;
    right = Math.max(right, f.right);
  }
  return n >= MIN_LINES_FOR_WIDEST ? right : null;
}

/**
 * The line before ended its paragraph: the first word of this line would have fitted after it
 * (with a space and a character's slack) and still ended short of the column's full-line width.
 * A word processor only wraps a line when the next word does not fit, so a line that stops short
 * of that is a paragraph's end — the one cue left for items with neither markers nor full stops,
 * packed without paragraph spacing. Not after a hyphen (a word split across the break). The slack
 * covers the estimate of word widths from average character widths: a character in a PDF, two
 * on pdftotext's character grid. On the grid the test holds across a page break too
 * (`acrossPages`): `right` is the width of the upper line's own page, and a paragraph split by a
 * page break keeps its wrapping (only whole lines move to the next page), so a short last line
 * on the page before is its cell's end ("… accepted by the General" / "Assembly" at a page foot,
 * "Staff relocated according to" opening the next page beside a new measure).
 */
const FIT_SLACK_CHARS = { positioned: 1, text: 2 } as const;
/**
 * A PDF (session 22, h-c14items): the line before ended its item — the first word of this line
 * would have fitted before the cell's edge learned from the table's geometry (tables/cellEdges).
 * A proven edge is tested with the words' widths (`fitsBeforeEdge`), an estimated one (the text
 * block) with the next column's margin (`fitsBeforeNextColumn`). Same page only.
 */
function endsBeforeCellEdge(prev: TableLine, line: TableLine, i: number, edge: CellEdge | null): boolean {
  if (!edge || prev.page !== line.page) return false;
  const text = (prev.cells[i] ?? "").trimEnd();
  if (text.endsWith("-") || leadsOn(text) || !ITEM_OPENING.test((line.cells[i] ?? "").trimStart())) return false;
  return edge.proven ? fitsBeforeEdge(prev, line, i, edge.x) : sameCellLeft(prev, line, i) && fitsBeforeNextColumn(prev, line, i, edge.x);
}
/**
 * PDF, across a page break: the cell's line before the break stops on a word, short of a sentence
 * end, and was full (the new page's first word would not have fitted after it): in a column whose
 * items end with a full stop (`punctuatedColumns`), the item wrapped there ("Candidates from
 * unrepresented" / "Member States selected.", d12-012), the capital is no new item's.
 */
function wrapsUnfinished(prev: TableLine, line: TableLine, i: number, right: number | null): boolean {
  const a = prev.fill?.[i], b = line.fill?.[i];
  const text = (prev.cells[i] ?? "").trimEnd();
  if (right === null || !a || !b || endsSentence(text) || !/[\p{L}\p{N}]$/u.test(text)) return false;
  const charWidth = firstWordCharWidth(line, i, b.firstWord);
  return a.right + charWidth + b.firstWord > right;
}

/**
 * Per column: every row's cell that has text ends it with a sentence end (at least
 * MIN_PUNCTUATED_ROWS rows) — items written as sentences, each with its full stop, so text that
 * stops short of one has not ended its item.
 */
function punctuatedColumns(blocks: ReadonlyArray<{ block: RowBlock }>, columns: readonly ColumnDef[]): boolean[] {
  return columns.map((_, i) => {
    const ends = blocks.flatMap(({ block }) => {
      const last = [...block.lines].reverse().find((l) => (l.cells[i] ?? "").trim() && !isRuleGlyphs(l.cells[i] ?? ""));
      return last ? [(last.cells[i] ?? "").trim()] : [];
    });
    return ends.length >= MIN_PUNCTUATED_ROWS && ends.every((t) => endsSentence(t));
  });
}
/** Rows it takes to say a column's items end with full stops. */
const MIN_PUNCTUATED_ROWS = 3;

/**
 * Plain text (session 37, h-v815): per column, whether the table sets its cells' items apart by
 * blank lines — Writer's empty paragraph between items (corpus15 `para3`), a paragraph's space
 * after: some row holds, in the column, SPACED_HOLES_MIN holes of a grid line or more between two
 * lines of its cell on one page, and in no row does a line after such a hole open in lower case (a
 * wrap never follows a hole). A table that spaces its items spaces each of them, so a line one grid
 * line under the line above went on with it whatever the line-fill test says: pdftotext's grid
 * narrows a proportional font, and the column's widest line (`lineRights`) let "States" fit after
 * "… unrepresented Member" (corpus15 val15 v15-012, v15-016). Two holes in one row, so that one
 * hole left by a taller cell beside (a sub-row's padding) does not count.
 */
const SPACED_HOLES_MIN = 2;
function textSpacedColumns(blocks: readonly RowBlock[], width: number, pitch: number): boolean[] {
  return Array.from({ length: width }, (_, i) => {
    let spaced = false;
    for (const block of blocks) {
      let prev: TableLine | undefined;
      let holes = 0;
      for (const l of block.lines) {
        const text = (l.cells[i] ?? "").trim();
        if (!text) continue;
        if (prev && prev.page === l.page && l.y - prev.y > pitch * 1.5) {
          if (!holeOpensItem((prev.cells[i] ?? "").trim(), text)) return false;
          holes++;
        }
        prev = l;
      }
      if (holes >= SPACED_HOLES_MIN) spaced = true;
    }
    return spaced;
  });
}
/**
 * Plain text: a line after a hole in its column (`textSpacedColumns`) opens an item of its own —
 * in sentence case (`opensInSentenceCase`), or with a capital under a line that no name or
 * sentence runs on from (no word that leads on, no capitalised last word after a lower-case one,
 * no hyphen): "National focal points appointed and meeting regularly" / "" / "Member States
 * participating in …" (corpus15 val15c v15-002: a name opening the item had kept the column
 * from reading as spaced, and two one-line results were read as one).
 */
function holeOpensItem(above: string, text: string): boolean {
  if (opensInSentenceCase(text)) return true;
  return /^["'‘“(]?\p{Lu}/u.test(text) && !!above && !leadsOn(above) && !NAME_RUNS_ON.test(above) && !/[-‐‑]$/u.test(above);
}

/**
 * A line ending on a capitalised word after a lower-case one ("… unrepresented Member"): a name
 * that may run on to the next line. Only there does `textSpacedColumns` overrule the line-fill test:
 * a table may space some rows' items and not others' (corpus13 val13b v13b-015, "… annual report"
 * / "Member States with …" two measures one grid line apart, where blank lines part other items).
 */
const NAME_RUNS_ON = /(?:^|\s)\p{Ll}[\p{L}’'-]*\s+\p{Lu}[\p{L}’'-]*$/u;

/**
 * Plain text (session 40, h-chr2): the line above ends on a capitalised word after a lower-case one
 * (`NAME_RUNS_ON`) and this line opens with a capitalised word, and the document prints the two one
 * space apart elsewhere (`printedTogether`): a name the wrap cut ("All briefings to the Security" /
 * "Council delivered as scheduled, …" beside "briefings to the Security Council" in another row,
 * corpus2 d2-015 chromium.txt), whatever the line-fill test says.
 */
function namePrintedWhole(prev: TableLine, line: TableLine, i: number, lexicon: HyphenLexicon | undefined): boolean {
  const above = (prev.cells[i] ?? "").trimEnd();
  if (!lexicon?.printedTogether || !NAME_RUNS_ON.test(above)) return false;
  const last = above.split(/\s+/).pop() ?? "", first = (line.cells[i] ?? "").trim().split(/\s+/)[0] ?? "";
  return lexicon.printedTogether(last, first);
}
function endsParagraph(prev: TableLine, line: TableLine, i: number, right: number | null, slackChars: number, acrossPages = false): boolean {
  const a = prev.fill?.[i], b = line.fill?.[i];
  if (right === null || !a || !b || (prev.page !== line.page && !acrossPages)) return false;
  const text = (prev.cells[i] ?? "").trimEnd();
  // Nor after an article, preposition, conjunction, comma or open bracket ("… with UNMIK and" /
  // "MINUSTAH"): no item ends on one, however short its line.
  if (text.endsWith("-") || leadsOn(text) || !ITEM_OPENING.test((line.cells[i] ?? "").trimStart())) return false;
  const charWidth = firstWordCharWidth(line, i, b.firstWord);
  return a.right + charWidth + b.firstWord + slackChars * charWidth < right;
}

/**
 * Plain text: the line above (`prev`) is a wrapped line's rest — in the cases it decides, one that
 * ends on a word `leadsOn` holds open (a preposition: "Risk registers maintained and acted" / "upon"
 * / "Performance cycle completed on", corpus8 d8e-007, d8d-009) —, and this line's first word would have fitted after it
 * with FIT_SLACK_CHARS to spare before where the cell's own line above it (`upper`, the same item's
 * previous grid line) ended. That line proves the cell's width, so the measured column width being
 * a floor cannot explain the break, and the line breaker would have taken the word had the item
 * gone on. `endsParagraph` refuses every line ending on such a word for a no-break space binding it
 * to the next ("deployable within" / "30 days"), which binds a number or a name; so only before a
 * line opening in sentence case (`opensInSentenceCase`), and only after a word, not a hyphen, comma
 * or bracket.
 */
function fitsUnderOwnWiderLine(upper: TableLine, prev: TableLine, line: TableLine, i: number, pitch: number): boolean {
  const u = upper.fill?.[i], a = prev.fill?.[i], b = line.fill?.[i];
  if (pitch <= 0 || !u || !a || !b || upper.page !== line.page || prev.page !== line.page) return false;
  if (prev.y - upper.y > pitch * 1.01 || line.y - prev.y > pitch * 1.01) return false;
  const text = (prev.cells[i] ?? "").trimEnd();
  if (!/\p{L}$/u.test(text) || !opensInSentenceCase(line.cells[i] ?? "")) return false;
  const charWidth = firstWordCharWidth(line, i, b.firstWord);
  return a.right + charWidth + b.firstWord + FIT_SLACK_CHARS.text * charWidth < u.right;
}

/**
 * A justified column (troff's filled `T{ … T}` cells, Word's and Acrobat's justified paragraphs, CSS
 * `text-align: justify`): the engine spreads every line of several words to the column's right
 * edge but a paragraph's last one. So such a line that stops short of the edge ended its item,
 * even where the next line's first word would not have fitted after it (`endsParagraph` cannot
 * tell: "without significant variance" / "Performance documents …", items set apart by troff's
 * `.br` alone). A line of one word cannot be spread: it ended its item only where the next word
 * would have fitted after it with a plain space. Not after a hyphen, an article, a preposition or
 * a comma (`leadsOn`), nor before a line in lower case; the same page only.
 */
function endsJustifiedLine(prev: TableLine, line: TableLine, i: number, right: number | null): boolean {
  const a = prev.fill?.[i], b = line.fill?.[i];
  if (right === null || !a || !b || prev.page !== line.page) return false;
  const text = (prev.cells[i] ?? "").trimEnd();
  if (text.endsWith("-") || leadsOn(text) || !ITEM_OPENING.test((line.cells[i] ?? "").trimStart())) return false;
  const charWidth = firstWordCharWidth(line, i, b.firstWord);
  if (a.right >= right - JUSTIFIED_SHORT_CHARS * charWidth) return false;
  if (/\S\s+\S/.test(stripMarker(text.trim()).text)) return true;
  return a.right + JUSTIFIED_SPACE_CHARS * charWidth + b.firstWord <= right;
}
/** A justified line ends at the column's edge to a rounding; one this many characters short of it did not reach it. */
const JUSTIFIED_SHORT_CHARS = 0.5;
/** A word space, in average characters (about a quarter em against half an em). */
const JUSTIFIED_SPACE_CHARS = 0.5;

/**
 * A column's lines are justified: of its distinct lines of several words that wrapped (the
 * column's next line, one leading or so below on the same page, goes on in lower case), at least
 * JUSTIFIED_MIN_LINES and JUSTIFIED_SHARE of them end at the column's full-line right to
 * JUSTIFIED_EDGE_PT. A ragged-right column's wrapped lines end where their last word did, spread
 * over a word's width (corpus12 docx.pdf and rl.pdf: at most two in three, fewer than four lines,
 * at the edge); troff's justified cells end at one x to a hundredth of a point. Lines printed
 * alike more than once (a row repeated in another table) count once: they end alike in any column.
 * A column of few distinct wrapped lines is justified when JUSTIFIED_ALL_LINES or more of them all
 * end at the edge (d12-005, d12-020 groff.pdf: three each; no ragged column of corpus12 has three
 * of three there).
 */
const JUSTIFIED_EDGE_PT = 0.3;
const JUSTIFIED_MIN_LINES = 4;
const JUSTIFIED_SHARE = 0.8;
/** Fewer lines say so when every one of them ends at the edge (JUSTIFIED_ALL_LINES distinct lines, none short of it). */
const JUSTIFIED_ALL_LINES = 3;
/** A wrapped line's next line lies at most this many leadings below it. */
const WRAPPED_NEXT_LEADINGS = 1.6;
function justifiedColumn(lines: readonly TableLine[], i: number, right: number | null, leading: number): boolean {
  if (right === null || leading <= 0) return false;
  const own = lines.filter((l) => l.fill?.[i] && (l.cells[i] ?? "").trim());
  const seen = new Set<string>();
  let wrapped = 0, atEdge = 0;
  own.forEach((l, k) => {
    const next = own[k + 1];
    const text = (l.cells[i] ?? "").trim();
    if (!next || seen.has(text)) return;
    seen.add(text);
    if (next.page !== l.page || next.y - l.y > WRAPPED_NEXT_LEADINGS * leading || !LOWER_OPENING.test((next.cells[i] ?? "").trim())) return;
    if (!/\S\s+\S/.test(stripMarker(text).text)) return;
    wrapped++;
    if (Math.abs(l.fill![i]!.right - right) <= JUSTIFIED_EDGE_PT) atEdge++;
  });
  return (atEdge >= JUSTIFIED_MIN_LINES && atEdge >= JUSTIFIED_SHARE * wrapped) || (atEdge >= JUSTIFIED_ALL_LINES && atEdge === wrapped);
}

/**
 * Plain text, a table whose accomplishments open only where a measure opens (one accomplishment per
 * measure's sub-row, top-aligned): wherever the measure column opens a new measure below a block's
 * first line (`markedItemOpens`, or a value cell opening with a capitalised measure) beside an
 * accomplishment line, that line opens in capitals — never a wrapped line's lower-case rest — and
 * it does so at least MIN_PAIRED_OPENINGS times in the table. Where an accomplishment spans several
 * measures, its wrapped lines stand beside the later measures' openings and some open in lower case
 * ("agreed with host" / "Governments and" / … / "assume responsibility" beside "Average days …",
 * corpus8 d8b-019); where each sub-row holds one accomplishment, the next measure waits for the
 * accomplishment's last line. In such a table the capital beside a measure's opening opens the
 * next accomplishment though the line above was full ("management adopted or revised" /
 * "Post-crisis environmental" beside "Number of monthly users …   16,289", corpus11 d11-004).
 * The table's own grid decides, across all its rows: a row alone is often too short to show it.
 */
const MIN_PAIRED_OPENINGS = 2;
function accomplishmentOpensWithMeasure(blocks: readonly RowBlock[], columns: readonly ColumnDef[], pitch: number): boolean {
  const accColumn = columns.findIndex((c) => c.role === "accomplishments");
  const measureColumn = columns.findIndex((c) => c.role === "measures");
  if (pitch <= 0 || accColumn < 0 || measureColumn < 0) return false;
  let capitals = 0;
  for (const block of blocks) {
    const opens = valueCellOpenings(block, columns, pitch).opens;
    for (let r = 1; r < block.lines.length; r++) {
      const l = block.lines[r]!;
      const acc = (l.cells[accColumn] ?? "").trim();
      if (!acc) continue;
      if (!measureCellOpens(l, measureColumn, opens.has(r))) continue;
      if (!startsItem(acc)) return false;
      capitals++;
    }
  }
  return capitals >= MIN_PAIRED_OPENINGS;
}

/**
 * Plain text: the measure column opens a new cell on this line — a glyph-marked item, a numbered
 * list's first item ("(a)", "1."), or an unmarked measure beside an opening value cell
 * (`valueOpens`). A numbered list's later item ("(b)" after "(a)") goes on inside the cell that
 * opened it: its accomplishment may run on beside it ("Consultations held" / "with the Middle
 * East" / "Quartet envoys." beside "(a) …" / "(b) …", corpus18 d18-010 jspdf.txt).
 */
function measureCellOpens(line: TableLine, measureColumn: number, valueOpens: boolean): boolean {
  const cell = (line.cells[measureColumn] ?? "").trimStart();
  if (startsWithMarker(cell)) {
    const marker = readMarker(cell);
    return marker !== null && (marker.glyph !== null || marker.numbers.some((n) => n.ordinal === 1));
  }
  return valueOpens && startsItem(cell);
}

/**
 * Plain text: the measure column opens a marked item on this line ("– 51 citations …"). An
 * accomplishment sub-row opens beside its first measure, so an accomplishment line that opens
 * there may be the next sub-row's cell; the line-fill of the line above decides
 * (`nearlyEndsParagraph`: "Trade policies reformed with advice" / "Electronic commerce
 * assessments completed" beside "– 44 …" / "– 51 …").
 */
function markedItemOpens(line: TableLine, measureColumn: number): boolean {
  return measureColumn >= 0 && startsWithMarker((line.cells[measureColumn] ?? "").trimStart());
}

/**
 * Plain text and PDFs (session 29): the measure column starts its numbering over ("(i)", "a)", "1." after other marked
 * measures of the row, not going on from them) on a block line after `from`, up to `to`. A cell's
 * numbered list runs on inside the cell, so a numbering that starts over is the next sub-row's
 * measure cell, and a sub-row's accomplishment lies within the sub-row's lines: beside the restart
 * when the cells are top-aligned ("Experts on the roster trained" / "Requests for assistance …"
 * beside "(i) 8 …" / "(i) 43% …"), around it when they are centred ("Documents submitted …" /
 * "" / "Expenditure …" beside "(a) 6% …" / "(a) 100% …" / "(b) …"), or on the next page after
 * the rest of the measure list ("… measurable results" at a page foot, "c) …" / "a) 32 …" beside
 * "Data strategies …"). Neither the line-fill nor the next column's edge can tell these: the
 * column's one-line cells may all be near its width. Not the first list of the row (its first
 * item may stand below a wrapped accomplishment's first line), and "(i)" after "(h)" goes on.
 * A PDF's accomplishments can leave the same cue alone: "Settlements upgraded with community
 * participation" / "Households with improved water and sanitation", each one line, beside "a) 14
 * settlements upgraded" / "a) 5 countries …" (corpus9 d9b-020 gs.pdf), the step between them no
 * wider than the table's gap limit. In PDFs the restart must stand beside line `to` itself (the
 * caller passes `to - 1` as `from`): a restart beside a wrapped accomplishment's lower-case line
 * says nothing of the capitalised line under it ("… unrepresented Member" / "States among staff."
 * beside "1. …" / "1. …", test/corpus dev-035 wk.pdf).
 */
function numberingRestarts(block: RowBlock, measureColumn: number, from: number, to: number): boolean {
  if (measureColumn < 0) return false;
  let last: ReturnType<typeof readMarker> = null;
  for (let r = 0; r <= to; r++) {
    const cell = (block.lines[r]?.cells[measureColumn] ?? "").trimStart();
    const marker = startsWithMarker(cell) ? readMarker(cell) : null;
    if (!marker) continue;
    if (r > from && last && marker.glyph === null && marker.numbers.some((n) => n.ordinal === 1) && !continuesList(last, marker)) return true;
    last = marker;
  }
  return false;
}

/**
 * Plain text, centred sub-rows: the measure numbering restarts on the grid line right under line
 * `r`, where column `i` is empty, and column `i` goes on in lower case on the grid line after —
 * a two-line accomplishment centred on a one-line measure ("Counsellors available after" /
 * "(a) 49 major events secured" / "critical incidents", corpus10 d10b-023). The restart's sub-row
 * cannot open on its own line (nothing of column `i` there) nor below it (a wrapped line), so
 * its accomplishment opens on line `r`, above it.
 */
function restartCentredBelow(block: RowBlock, measureColumn: number, i: number, r: number, pitch: number): boolean {
  const line = block.lines[r], hole = block.lines[r + 1], after = block.lines[r + 2];
  if (pitch <= 0 || !line || !hole || !after || hole.page !== line.page || after.page !== line.page) return false;
  if (hole.y - line.y > pitch * 1.01 || after.y - hole.y > pitch * 1.01) return false;
  if ((hole.cells[i] ?? "").trim() || !LOWER_OPENING.test((after.cells[i] ?? "").trimStart())) return false;
  return numberingRestarts(block, measureColumn, r, r + 1);
}

/**
 * Plain text: where the column right of `i` opens its cells on these lines (a page's grid): the
 * start most of its lines share (a cell's lines share their left edge), from two lines on.
 */
function commonLeft(lines: readonly TableLine[], i: number): number | null {
  const counts = new Map<number, number>();
  for (const l of lines) {
    const left = l.fill?.[i]?.left;
    if (left !== undefined) counts.set(left, (counts.get(left) ?? 0) + 1);
  }
  let best: number | null = null, most = 1;
  for (const [left, n] of counts) if (n > most || (n === most && best !== null && left < best)) [best, most] = [left, n];
  return best;
}

/**
 * Plain text: a line of column `i` in the row opens in lower case — a wrapped line, so the
 * column's lines show its width and the next column's edge says nothing more (LibreOffice's HTML
 * tables leave a gap half as wide again as the text between columns: "adopted by the
 * Inter-Agency" / "Security Management Network." in a column 30 characters wide, the next opening
 * 47 right of it). Per row: a page can hold other tables' rows, wrapped in narrower columns.
 */
function showsWrappedLines(lines: readonly TableLine[], i: number): boolean {
  return lines.some((l) => LOWER_OPENING.test((l.cells[i] ?? "").trimStart()));
}

/**
 * Plain text, beside another column's sub-row opening (a new marked measure, a value cell with a
 * new measure): the line opens an item of its own when it opens in sentence case — a capitalised
 * word, then a lower-case one ("Recommendations closed", "Rosters used for most selections") —
 * and the line above ends on a word that neither leads on nor is capitalised. The lines of a cell
 * that wraps open in lower case unless a proper name falls at the wrap, and a name runs in
 * capitals ("Member States", "General" / "Assembly"). The cue when neither the line-fill nor the
 * next column's edge can tell: one-line cells near the column's width ("Posts filled within the
 * target time" / "Recommendations closed" in a column 48 wide). In a column whose cells wrap
 * (lines in lower case) only when the line above would have taken the first word within a few
 * characters of the column's widest line (`nearlyEndsParagraph`): "ministries of finance" /
 * "Adaptation plans that address" in a column whose widest line holds 30 characters (corpus9
 * d9b-009), not a wrap forced well past it ("Intergovernmental decisions reflecting" / "Africa's
 * priorities", corpus10 d10-014, seven over; "agreed with host" / "Governments and", d8b-019).
 */
function opensInSentenceCase(text: string): boolean {
  return /^["'‘“(]?\p{Lu}[\p{Ll}’'-]*\s+\p{Ll}/u.test(text.trimStart());
}
/**
 * Plain text, in a column whose cells wrap, where the line-fill cannot tell (the line above is full
 * and the word would not have fitted): the line's capital opens an item unless it may be a name at
 * a wrap. It may when the line above goes on from a wrap itself (opens in lower case: "agreed with
 * host" / "Governments and", the cell already runs past its first line) and the word is no common
 * word the document prints in lower case elsewhere (`commonWordAfterWrap`), or when the document
 * prints the word capitalised right after a lower-case word elsewhere ("reflecting Africa's
 * priorities": a name, whose capital says nothing of a sentence's start). Nor when the row's
 * items end with full stops and the line above ends none ("Transition plans agreed with host" /
 * "Governments and country teams.").
 */
function capitalOpensItem(block: RowBlock, prev: TableLine, line: TableLine, i: number, lexicon?: HyphenLexicon): boolean {
  const above = prev.cells[i] ?? "";
  const first = openingWord((line.cells[i] ?? "").trimStart());
  if (/^["'‘“(]?\p{Ll}/u.test(above.trimStart()) && !commonWordAfterWrap(first, lexicon)) return false;
  if (!endsSentence(above) && block.lines.some((x) => endsSentence(x.cells[i] ?? ""))) return false;
  return !lexicon?.capitalisedInside.has(first);
}
/**
 * Plain text (session 21, h-txt): the capital opening a line under a wrapped line ("tion plans
 * against incitement" / "Country teams applying the", d12-004; "without disruption to meetings"
 * / "Pre-session documents …") belongs to a word the document also prints in lower case ("country
 * teams briefed"): a common word, not a name or a title the document always capitalises ("host" /
 * "Governments and", d8b-019), so its capital opens a sentence — a new item — even though the
 * cell runs past its first line. Sub-rows of unmarked items, each wrapped, stand one under the
 * other beside their measures with no other cue (the line above would not have taken the word).
 */
function commonWordAfterWrap(first: string, lexicon?: HyphenLexicon): boolean {
  return lexicon?.printedLowerCase?.has(first) ?? false;
}
/**
 * A measure column's item from block line `itemStart` up to (not with) line `r` holds a line beside
 * which a value cell (Target, Baseline) is filled — or the row sets no value at all (`opens` null or
 * no value line): each measure of such a row states its value beside its own lines, top-aligned or
 * centred on it, so an item with none is not yet a whole measure (session 38, h-pmall).
 */
function ownsValue(opens: ValueOpenings | null, itemStart: number, r: number): boolean {
  return !opens?.lines.length || opens.lines.some((k) => k >= itemStart && k < r);
}
/** The line's last word neither leads on (`leadsOn`, a hyphen) nor is capitalised (a name running on). */
function endsOwnLine(text: string): boolean {
  const t = text.trimEnd();
  const last = t.split(/\s+/).pop() ?? "";
  return t !== "" && !leadsOn(t) && !/^["'‘“(]?\p{Lu}/u.test(last);
}

/**
 * Plain text: the line above would have taken this line's first word well short of where the
 * next column's cells open on its page — the cell is at least that wide less its padding and the
 * next cell's, which GUTTER_MARGIN covers. The column's own lines may all be short (one-line
 * accomplishments, "Customs declarations processed electronically" / "Flagship reports cited
 * in policy debate" in a column 76 characters wide), so its measured full-line width falls short
 * of its true width; the next column's edge does not. Only for a column whose lines in the row
 * show no wrapped line (`showsWrappedLines`): one that does shows its width. Only beside a sub-row opening (a new
 * marked measure, or a value cell opening with a new measure), and never after a hyphen or a
 * word that leads on, nor before a lower-case word. Across a page break too: `nextLeft` is the
 * upper line's own page's.
 */
const GUTTER_MARGIN = { chars: 6, share: 0.15 } as const;
/**
 * Plain text: the group's full-line rights for line `tl`, each widened to where a wrapped line of
 * the page as wide as the widest one (`wrappedLineWidth`) would end from `tl`'s own left: a
 * column of short items with one wrap has a percentile width well short of it, and pdftotext may
 * shift a row's cells a character or two off the page's other rows, so the width, not the end, is
 * carried over.
 */
function lineRights(group: { rights: Array<number | null>; wrappedWidths?: Array<number | null> } | undefined, tl: TableLine): Array<number | null> {
  if (!group) return [];
  const widths = group.wrappedWidths;
  if (!widths) return group.rights;
  return group.rights.map((r, i) => {
    const w = widths[i], left = tl.fill?.[i]?.left;
    return r !== null && w != null && left !== undefined && left + w > r ? left + w : r;
  });
}
/**
 * Plain text: where the column right of `i` opens its text in the block's own lines on `line`'s
 * page (the leftmost), or null where it has none. pdftotext lays out each stretch of a page between
 * full-width lines (a spanning objective row) on a grid of its own, so the page's common edge
 * (`commonLeft`) may lie other blocks' characters away ("… 2010 baseline   21%" with the Target
 * column at 122 under a spanning row, at 113 above it: d13-002).
 */
function blockNextLeft(block: RowBlock, line: TableLine, i: number): number | null {
  let left: number | null = null;
  for (const l of block.lines) {
    const f = l.page === line.page ? l.fill?.[i + 1]?.left : undefined;
    if (f !== undefined && (left === null || f < left)) left = f;
  }
  return left;
}
/** The width of a character of the line's first word in column `i`, from that word's printed width. */
function firstWordCharWidth(line: TableLine, i: number, firstWord: number): number {
  return firstWord / Math.max(1, [...((line.cells[i] ?? "").trimStart().split(/\s/)[0] ?? "")].length);
}
/** The rest of a measure cut at a name ("Member States", "Security Council"): a word or two. */
const NAME_TAIL_WORDS = 2;
/** Plain text: the line's first word, a space after the line above, would run past where the next column opens (`nextLeft`). */
function wouldNotFit(prev: TableLine, line: TableLine, i: number, nextLeft: number | null): boolean {
  const a = prev.fill?.[i], b = line.fill?.[i];
  if (nextLeft === null || !a || !b || a.left === undefined) return false;
  const charWidth = firstWordCharWidth(line, i, b.firstWord);
  return a.right + charWidth + b.firstWord > nextLeft;
}
function fitsBeforeNextColumn(prev: TableLine, line: TableLine, i: number, nextLeft: number | null, capitalOnly = false): boolean {
  const a = prev.fill?.[i], b = line.fill?.[i];
  if (nextLeft === null || !a || !b || a.left === undefined || nextLeft <= a.left) return false;
  const text = (prev.cells[i] ?? "").trimEnd();
  // An unmarked measure split off by the fill alone opens in capitals: a figure may be the wrapped
  // rest of the measure above ("Percentage of tickets purchased" / "16 days before travel", corpus4
  // f2-003 lo.txt, where LibreOffice's cell ends well short of the next column's text).
  const opening = capitalOnly ? CAPITAL_OPENING : ITEM_OPENING;
  if (text.endsWith("-") || leadsOn(text) || !opening.test((line.cells[i] ?? "").trimStart())) return false;
  const charWidth = firstWordCharWidth(line, i, b.firstWord);
  const margin = Math.max(GUTTER_MARGIN.chars * charWidth, GUTTER_MARGIN.share * (nextLeft - a.left));
  return a.right + charWidth + b.firstWord <= nextLeft - margin;
}

/**
 * Plain text, a top-aligned sub-row of its own: the accomplishment line opens beside a new measure
 * whose value cell opens there too, and the line above would have taken the line's first word
 * with a few characters to spare over the column's measured width (the longest lines of a narrow
 * column fall short of its true width by up to a word: "digital workflows" / "Meetings serviced
 * with" beside "Documents issued on time" / "87 per cent"). A wrap forced by a long word
 * ("agreed with host" / "Governments and" beside a new measure) is no item's end.
 */
const SUBROW_FIT_OVER_CHARS = 3;
/**
 * Beside a new marked measure the allowance is one character: every measure item opens with a
 * marker, a wrapped accomplishment's next line too ("Transition benchmarks agreed with host" /
 * "Governments." beside "2. …", three characters over).
 */
const MARKED_FIT_OVER_CHARS = 1;
function nearlyEndsParagraph(prev: TableLine, line: TableLine, i: number, right: number | null, overChars = SUBROW_FIT_OVER_CHARS, proven: number | null = null): boolean {
  const a = prev.fill?.[i], b = line.fill?.[i];
  if (right === null || !a || !b || prev.page !== line.page) return false;
  const text = (prev.cells[i] ?? "").trimEnd();
  if (text.endsWith("-") || leadsOn(text) || !ITEM_OPENING.test((line.cells[i] ?? "").trimStart())) return false;
  const charWidth = firstWordCharWidth(line, i, b.firstWord);
  return a.right + charWidth + b.firstWord <= Math.max(right, proven ?? -Infinity) + overChars * charWidth;
}

/**
 * Plain text: value lines printed between two measures (beside neither measure's lines) go to
 * the measure above or below so that each measure's value cell sits as near the middle of the
 * measure as the lines allow. pdftotext interleaves centred cells: a value cell taller than its
 * measure starts a grid line above the measure's first line, at the same distance from the
 * measure above as from its own ("97%" / "65% by" / "December" / "2016" beside measures on grid
 * lines 19–21 and 23–25), and the nearest measure cannot tell. The value lines beside a measure's
 * own lines stay with it; only the lines in each gap between two measures are moved, keeping
 * their order (the upper ones to the measure above). A tie keeps the nearest-measure choice
 * (top-aligned values, which hang below their measure, fit no worse there).
 * `levels` are the fragments' vertical positions in order, `spans` the measures' first and last
 * lines, `owners` the nearest-measure choice, changed in place.
 */
const CENTRE_TIE = 1e-6;
function centreValueCells(levels: readonly number[], spans: ReadonlyArray<readonly [number, number]>, owners: number[]): void {
  const inside = levels.map((y) => spans.some(([top, bottom]) => y >= top && y <= bottom));
  // Gap j lies between measure j and j + 1: the outside fragments there, in order.
  const gaps = spans.slice(0, -1).map((_, j) =>
    levels.flatMap((y, n) => (!inside[n] && y > spans[j]![1] && y < spans[j + 1]![0] && Math.floor(y / PAGE_SPAN) === Math.floor(spans[j]![0] / PAGE_SPAN) && Math.floor(spans[j + 1]![1] / PAGE_SPAN) === Math.floor(spans[j]![0] / PAGE_SPAN) ? [n] : [])),
  );
  if (gaps.every((g) => g.length === 0)) return;
  const fixed = spans.map((_, j) => levels.flatMap((y, n) => (owners[n] === j && !gaps.some((g) => g.includes(n)) ? [y] : [])));
  const centred = fit(levels, spans, owners, gaps, fixed, true);
  // Values top-aligned with their measures fit as well or better by their first lines: keep them.
  if (centred.total >= fit(levels, spans, owners, gaps, fixed, false).total) return;
  gaps.forEach((g, j) => g.forEach((n, k) => (owners[n] = k < (centred.picks[j] ?? 0) ? j : j + 1)));
}

/**
 * The least-squares choice of `centreValueCells`: per measure the squared distance of its value
 * cell's middle from the measure's middle (`centre`), or of the cell's first line from the
 * measure's first line; dynamic programming over the gaps (state: how many of gap j's fragments go
 * to measure j), each fragment moved off its nearest measure costing a hair (ties keep it).
 */
function fit(levels: readonly number[], spans: ReadonlyArray<readonly [number, number]>, owners: readonly number[], gaps: readonly number[][], fixed: readonly number[][], centre: boolean): { total: number; picks: number[] } {
  const cost = (j: number, extra: readonly number[]): number => {
    const ys = [...fixed[j]!, ...extra];
    if (ys.length === 0) return 0;
    const [top, bottom] = spans[j]!;
    return centre ? ((Math.min(...ys) + Math.max(...ys)) / 2 - (top + bottom) / 2) ** 2 : (Math.min(...ys) - top) ** 2;
  };
  const moved = (g: readonly number[], s: number, j: number) => g.filter((n, k) => (k < s ? j : j + 1) !== owners[n]).length;
  let prev: Array<{ total: number; picks: number[] }> = [{ total: 0, picks: [] }];
  spans.forEach((_, j) => {
    const below = gaps[j - 1] ?? [];
    const above = gaps[j] ?? [];
    const next: Array<{ total: number; picks: number[] }> = [];
    for (let s = 0; s <= (j < gaps.length ? above.length : 0); s++) {
      let best: { total: number; picks: number[] } | null = null;
      prev.forEach((p, t) => {
        const own = [...below.slice(t).map((n) => levels[n]!), ...above.slice(0, s).map((n) => levels[n]!)];
        const total = p.total + cost(j, own) + (j < gaps.length ? CENTRE_TIE * moved(above, s, j) : 0);
        if (!best || total < best.total) best = { total, picks: [...p.picks, s] };
      });
      next.push(best!);
    }
    prev = next;
  });
  return prev[0] ?? { total: 0, picks: [] };
}

/**
 * A Target or Baseline cell typed one value per line, its lines following one another while the
 * measures beside it wrap: the second value then sits beside the first measure's second line and
 * nearness gives both values to the first measure ("80% 86%") and none to the next. Within each
 * sub-row (the measures and value lines of one accomplishment), when nearness left a measure with
 * several value lines and another with none, and the value lines are as many as the measures and
 * each reads as a value on its own (a number, or n/a, TBD, –), the lines pair with the measures in
 * order. Counts that differ are kept as printed (the value-count check warns). `owners` is rewritten.
 * A number after a comparator in words is a value too ("At least 21" / "At least 6", session 24:
 * corpus16's grid4 Target paragraphs; "≥ 4" always was): a wrapped value's next line never opens so.
 * Wider than columns.ts's NEW_VALUE (a cut moved where every value column opens a figure), see there.
 */
const VALUE_LINE = /^\s*(?:(?:at least|at most|up to|more than|fewer than|less than)\s+[$€£]?\s*\d|[<>≤≥~±+\-–]?\s*[$€£]?\s*\d|(?:n\/a|tbd|tbc|none|nil|n\.a\.|[-–—])\s*$)/i;
function valueLinesInMeasureOrder(frags: readonly Fragment[], measureGroups: readonly number[], groupOf: (f: Fragment) => number, owners: number[]): void {
  for (const g of new Set(measureGroups)) {
    const ms = measureGroups.flatMap((x, j) => (x === g ? [j] : []));
    const fs = frags.flatMap((f, n) => (groupOf(f) === g ? [n] : []));
    if (ms.length < 2) continue;
    const values = wrappedValues(frags, fs);
    if (values.length !== ms.length) continue;
    const counts = ms.map((j) => values.filter((v) => owners[v[0]!] === j).length);
    if (!counts.some((c) => c === 0) || !counts.some((c) => c > 1)) continue;
    if (!values.every((v) => VALUE_LINE.test(frags[v[0]!]!.text))) continue;
    values.forEach((v, k) => v.forEach((n) => (owners[n] = ms[k]!)));
  }
}

/**
 * Plain text: a Target or Baseline cell typed as paragraphs set apart by blank ones, top-aligned in
 * the measures' sub-row, beside measures that wrap over more lines than the values: the values
 * stack at the cell's top, each a grid line or more under the one before, and a value's lines
 * stand beside the measure above its own ("≥ 52" / "" / "At least" / "62%" / "" / "4" beside three
 * measures of four lines each: nearness read "≥ 52 At least 62%", corpus15 d15-011; "At least" /
 * "92%" / "" / "≤ 2" / "days" beside two measures read "At least 92% ≤ 2" and "days"). The cue is
 * the column's own spacing on the grid: within a paragraph a value's lines follow one another on
 * consecutive grid lines, and a hole of a grid line or more opens the next paragraph. When, within
 * a sub-row, the paragraphs are exactly as many as the measures, the first opens on the first
 * measure's first line (the cell is top-aligned), and each opens as a value does (a figure, a
 * bound, n/a …; `VALUE_LINE`) — never in lower case, as a wrapped unit does — the paragraphs pair
 * with the measures in order. Nearness is kept where it already gives each paragraph whole to its
 * measure in order; one page only (a hole across a page break says nothing). `owners` is rewritten.
 */
const OWN_VALUE_OPENING = new RegExp(String.raw`^(?:[<>≤≥]|(?:${BOUND_PHRASE})\b|\d)`, "i");
function valueParagraphsInMeasureOrder(frags: readonly Fragment[], measureItems: ReadonlyArray<{ row: number }>, groupOf: (f: Fragment) => number, subRowOf: (row: number) => number, owners: number[]): void {
  const measureGroups = measureItems.map((m) => subRowOf(m.row));
  for (const g of new Set(measureGroups)) {
    const ms = measureGroups.flatMap((x, j) => (x === g ? [j] : []));
    const fs = frags.flatMap((f, n) => (groupOf(f) === g ? [n] : [])).sort((a, b) => (frags[a]!.row ?? 0) - (frags[b]!.row ?? 0));
    if (ms.length < 2 || fs.length < ms.length) continue;
    if (fs.some((n) => frags[n]!.page !== frags[fs[0]!]!.page)) continue;
    const paragraphs: number[][] = [];
    for (const n of fs) {
      const last = paragraphs[paragraphs.length - 1];
      const above = last ? frags[last[last.length - 1]!]! : null;
      if (above && frags[n]!.line - above.line < 2) last!.push(n);
      else paragraphs.push([n]);
    }
    if (paragraphs.length !== ms.length) continue;
    if ((frags[paragraphs[0]![0]!]!.row ?? -1) !== measureItems[ms[0]!]!.row) continue;
    const opening = (p: readonly number[]) => p.map((n) => frags[n]!.text.trim()).join(" ");
    if (!paragraphs.every((p) => VALUE_LINE.test(opening(p)) && !LOWER_OPENING.test(opening(p)))) continue;
    // A paragraph is one value: a line opening a value of its own under lines that already make a
    // whole one ("55 per" / "cent" / "At least" beside two measures, no hole between: corpus19 val19c
    // v19-004 pdfmake.txt) shows a column that stacks its values without blank paragraphs.
    const stacked = (p: readonly number[]) => p.some((n, k) => k > 0 && OWN_VALUE_OPENING.test(frags[n]!.text.trim()) && isValueCell(opening(p.slice(0, k))));
    if (paragraphs.some(stacked)) continue;
    if (paragraphs.every((p, k) => p.every((n) => owners[n] === ms[k]))) continue;
    paragraphs.forEach((p, k) => p.forEach((n) => (owners[n] = ms[k]!)));
  }
}

/**
 * A value column's lines (fragment indexes) as its values, in order: a line that reads as no value
 * and opens in lower case right under a line of the column (the next block line, same page) is that
 * value's wrapped unit — a narrow Target column wraps "112 days" and "95 per cent" ("112" / "days",
 * "95 per" / "cent") while its other values take a line each.
 */
function wrappedValues(frags: readonly Fragment[], fs: readonly number[]): number[][] {
  const ordered = [...fs].sort((a, b) => (frags[a]!.row ?? 0) - (frags[b]!.row ?? 0));
  const values: number[][] = [];
  for (const n of ordered) {
    const last = values[values.length - 1];
    const above = last ? frags[last[last.length - 1]!]! : null;
    const f = frags[n]!;
    if (above && (f.row ?? 0) === (above.row ?? 0) + 1 && f.page === above.page && !VALUE_LINE.test(f.text) && /^\s*\p{Ll}/u.test(f.text)) last!.push(n);
    else values.push([n]);
  }
  return values;
}

/**
 * A Baseline or Target cell whose line holds several items, beside as many measures on that same
 * line: the cell's items pair with the measures in order. Markdown writes a nested table's rows
 * so, one pipe-table cell per column with the rows `<br>`-joined ("Number of …<br>Number of …" |
 * "31<br>28<br>42"); the row is one line, so nearness alone gave every value to the first measure
 * ("31 28 42"). Counts that differ pair nothing: the cell stays whole on the nearest measure, and
 * the value-count check warns. Printed rows put each measure on its own line and never pair here.
 */
function valuePiecesBesideMeasures(frags: readonly Fragment[], measureItems: ReadonlyArray<{ row: number }>): Array<Fragment & { owner?: number }> {
  return frags.flatMap((f) => {
    const beside = measureItems.flatMap((m, j) => (m.row === f.row ? [j] : []));
    if (beside.length < 2) return [f];
    const pieces = splitInlineBullets(f.text).map((p) => p.trim()).filter((p) => p);
    if (pieces.length !== beside.length) return [f];
    return pieces.map((text, k) => ({ ...f, text, owner: beside[k]! }));
  });
}

/**
 * The end of a measure that states its value: a bracket holding a figure ("(target: 6)",
 * "(target: 89%)") or a figure after a colon with its unit ("implemented: 84 per cent",
 * "review: 73", "system: 25"). Nothing of a measure's own wording follows its value.
 */
const VALUE_CLOSE = /(?:\([^()]*\d[^()]*\)|:\s*[<>≤≥]?\s*\d[\d,.]*(?:\s*(?:%|per\s+cent|days?))?)$/u;

/**
 * Fragments of an unmarked measures cell (plain text) that open a new measure: a line opening with
 * a capital right under a line that closes a value (`VALUE_CLOSE`, read over that line and the one
 * above, for a unit wrapped alone: "84 per" / "cent"). pdftotext prints a cell of measures one
 * under another with no gap or marker between them ("Reports and notes issued (target: 6)" /
 * "Recommendations accepted: 79%"), and a sentence end is all splitPlacedItems reads. A measure's
 * wrapped line goes on in lower case or on a name after a word that leads on, never after its own
 * value. A cell with markers is left to them.
 */
export function capitalAfterValueClose(frags: readonly Fragment[]): number[] {
  if (frags.some((f) => startsWithMarker(f.text.trim()))) return [];
  return frags.flatMap((f, k) => {
    const above = frags[k - 1];
    // Other columns' lines may stand between the two (`valueCloseAbove`).
    if (!above || !valueCloseAbove(f, above) || f.page !== above.page) return [];
    const tail = `${frags[k - 2]?.text.trim() ?? ""} ${above.text.trim()}`;
    // A capital letter, not a figure: a value wrapped onto its own line is no new measure.
    return VALUE_CLOSE.test(tail) && CAPITAL_OPENING.test(f.text.trim()) ? [k] : [];
  });
}

/**
 * `line` is the column's next line under `above` (session 45, h-mid45): the next grid line, or any
 * later one — the fragments are this column's lines, so the lines between hold other columns' text
 * or none (a blank line parts measures all the more). Until session 45 only the next grid line. A vertically centred cell beside the measures has baselines half a line off theirs, and
 * pdftotext gives some of its lines a grid line of their own between two measure lines (corpus19
 * val19j v19-019: "Meetings with oversight bodies: ≥ 6", the objective's "financial statements
 * within existing resources" alone, "Sessions of the Committee serviced: ≥ 3"); the measures are
 * still one under another, and the two measures were read as one.
 */
const valueCloseAbove = (line: Fragment, above: Fragment): boolean => (line.row ?? 0) > (above.row ?? 0);

/**
 * One row block → objective, items per column, provenance. Id and section are set by the caller.
 * `subRows` are block line indexes where the layout starts an accomplishment sub-row (a rule
 * under the spanning objective cell); `objective` is the text of a spanning objective row when the
 * table has no Objective column.
 */
export function blockToObjective(
  block: RowBlock,
  columns: readonly ColumnDef[],
  breaks: ReadonlyArray<ReadonlySet<number>> = [],
  spanningObjective: string | null = null,
  paragraphs: ReadonlyArray<ReadonlySet<number>> = [],
  lexicon?: HyphenLexicon,
  centreValues = false,
  valueRules: ReadonlyArray<ReadonlyMap<number, boolean> | undefined> = [],
  letterColumns: readonly boolean[] = [],
): Omit<Objective, "id" | "section"> | null {
  const first = block.lines[0];
  const last = block.lines[block.lines.length - 1];
  if (!first || !last) return null;
  // Plain text (`centreValues`: pdftotext's grid) measures a value column by its lines of several words.
  const widest = columns.map((c, i) => cellWidestRight(block.lines, i, centreValues && PER_MEASURE_ROLES.has(c.role)));
  // One loop and one literal per fragment (no array per line, no spread of cellFill's answer): this
  // runs for every column of every block, several times for some. Same fields, same order.
  const fragmentsOf = (i: number): Fragment[] => {
    const frags: Fragment[] = [];
    block.lines.forEach((l, row) => {
      if (!(l.cells[i] ?? "").trim()) return;
      const fill = cellFill(l, i, widest[i] ?? -Infinity);
      frags.push({ text: l.cells[i] ?? "", page: l.page, line: l.line, lostGlyphs: l.lostGlyphs[i] ?? false, row, fillsCell: fill.fillsCell, fillsAfterWords: fill.fillsAfterWords });
    });
    return frags;
  };
  const placed = (i: number) => {
    const frags = fragmentsOf(i);
    const own = breaks[i] ?? new Set<number>();
    const gap = paragraphs[i] ?? new Set<number>();
    const at = new Set(frags.flatMap((f, k) => (own.has(f.row ?? -1) || gap.has(f.row ?? -1) ? [k] : [])));
    if (centreValues && columns[i]?.role === "measures") for (const k of capitalAfterValueClose(frags)) at.add(k);
    // Items set right of a marked item's text are a second level without markers (plain text; a PDF since session 40).
    const underText = columns[i]?.role === "accomplishments" && isCombinedLabel(columns[i]!.header) ? linesRightOfMarkedText(block, i) : new Set<number>();
    return splitPlacedItems(frags, at, lexicon, letterColumns[i] ?? false).map((it): { text: string; row: number; marker?: string; lead?: string; indented?: boolean; underText?: boolean } => ({
      text: it.text,
      row: frags[it.at]?.row ?? 0,
      ...(it.marker ? { marker: it.marker } : {}),
      ...(it.lead ? { lead: it.lead } : {}),
      ...(it.indented ? { indented: true } : {}),
      ...(!it.lead && underText.has(frags[it.at]?.row ?? -1) ? { underText: true } : {}),
    }));
  };
  const at = (role: ColumnDef["role"]) => columns.findIndex((c) => c.role === role);
  const objectiveAt = at("objective");
  // An Objective column cell may carry the label itself ("Objective 2: To …"); the label is no part
  // of the objective, as in a spanning row or a heading.
  const objective = objectiveAt >= 0 ? withoutObjectiveLabel(joinFragments(fragmentsOf(objectiveAt), lexicon)) : (spanningObjective ?? "");
  let accomplishments = at("accomplishments") >= 0 ? placed(at("accomplishments")) : [];
  let measureItems = at("measures") >= 0 ? placed(at("measures")) : [];
  // Accomplishments and their measures in one column: `(a)` accomplishments, `(i)` measures under each.
  const combined = at("measures") < 0 && at("accomplishments") >= 0 && isCombinedLabel(columns[at("accomplishments")]!.header) ? combinedItems(accomplishments) : null;
  if (combined) {
    accomplishments = combined.accomplishments;
    measureItems = combined.measures.map((m) => m.item);
  }
  const subRows = breaks[at("accomplishments")] ?? new Set<number>();
  const subRowOf = (row: number) => [...subRows].filter((r) => r <= row).length;
  // The layout pairs measures with accomplishments only when the row has sub-rows: accomplishment
  // sub-rows (rowspan), or measure sub-rows beside an accomplishment cell that spans them (one
  // ruled or grid row per measure). A row of lists in cells has neither. (White space alone does
  // not tell sub-rows from spaced list items: borderless rows stay unpaired.)
  const firstAccomplishment = accomplishments[0]?.row ?? 0;
  const firstMeasure = measureItems[0]?.row ?? 0;
  const measureSubRows = breaks[at("measures")] ?? new Set<number>();
  const paired = accomplishments.length > 0 && ([...subRows].some((r) => r > firstAccomplishment) || [...measureSubRows].some((r) => r > firstMeasure));
  const measures: Objective["measures"] = measureItems.map((m) => {
    let accomplishment: number | null = combined?.measures.find((c) => c.item === m)?.accomplishment ?? null;
    if (paired && !combined) {
      // Paired only when the measure's sub-row holds exactly one accomplishment; several side by
      // side in one cell are a list, not a pairing.
      const same = accomplishments.flatMap((a, k) => (subRowOf(a.row) === subRowOf(m.row) ? [k] : []));
      accomplishment = same.length === 1 ? same[0]! : null;
    }
    return { text: m.text, targets: [], accomplishment, target: null, baseline: null };
  });
  // Where each measure's lines lie (from its first to its last line), for the per-measure columns.
  const level = (row: number) => {
    const l = block.lines[row];
    return l ? l.page * PAGE_SPAN + l.y : 0;
  };
  const measureRows = columns.some((c) => PER_MEASURE_ROLES.has(c.role)) && at("measures") >= 0 ? fragmentsOf(at("measures")).map((f) => f.row ?? 0) : [];
  const spans = measureItems.map((m, j) => {
    const next = measureItems[j + 1]?.row ?? block.lines.length;
    const rows = measureRows.filter((r) => r >= m.row && r < next);
    return [level(m.row), level(rows[rows.length - 1] ?? m.row)] as const;
  });
  /**
   * A text column right of the measures in a table with per-measure value columns (Remarks beside
   * Baseline | Target): when its lines read as fewer items than the measures, carry no marker, and
   * each measure's sub-row has text in the column that starts on the measure's own first line, the
   * column is one cell per measure sub-row (a remark each), split where each measure starts. Unruled
   * sub-rows (booktabs, borderless) give no break between them, and a remark has no marker or full
   * stop. Null when the lines do not line up so (a list in one cell stays as `placed` reads it).
   */
  const remarksPerMeasure = (i: number, items: ReadonlyArray<{ text: string; marker?: string }>): string[] | null => {
    const measuresAt = at("measures");
    if (measuresAt < 0 || i < measuresAt || measureItems.length < 2 || items.length >= measureItems.length) return null;
    if (!columns.some((c) => PER_MEASURE_ROLES.has(c.role)) || items.some((it) => it.marker)) return null;
    const frags = fragmentsOf(i);
    if (frags.some((f) => startsWithMarker(f.text))) return null;
    const starts = measureItems.map((m) => m.row);
    const groups = starts.map((row, j) => frags.filter((f) => (f.row ?? 0) >= row && (f.row ?? 0) < (starts[j + 1] ?? Infinity)));
    if (frags.some((f) => (f.row ?? 0) < starts[0]!)) return null;
    if (!groups.every((g, j) => g.length > 0 && g[0]!.row === starts[j])) return null;
    return groups.map((g) => joinFragments(g, lexicon));
  };
  const extra: Record<string, string[]> = {};
  columns.forEach((c, i) => {
    if (c.role === "objective" || c.role === "accomplishments" || c.role === "measures") return;
    if (PER_MEASURE_ROLES.has(c.role) && measureItems.length > 0) {
      // Each fragment belongs to the measure whose lines it sits beside (cells of one sub-row line
      // up, top-aligned or centred): the measure whose span holds it, else the nearest one.
      const groups = measureItems.map(() => [] as Fragment[]);
      const frags = valuePiecesBesideMeasures(fragmentsOf(i), measureItems);
      const owners = frags.map((f) => {
        if (f.owner !== undefined) return f.owner;
        const y = level(f.row ?? 0);
        let k = 0, best = Infinity;
        spans.forEach(([top, bottom], j) => {
          const d = y < top ? top - y : y > bottom ? y - bottom : 0;
          if (d < best) {
            best = d;
            k = j;
          }
        });
        return k;
      });
      const lineOwned = frags.some((f) => f.owner !== undefined);
      if (centreValues && !lineOwned) centreValueCells(frags.map((f) => level(f.row ?? 0)), spans, owners);
      if (!lineOwned) valueTailsAboveTopAlignedValue(frags.map((f) => level(f.row ?? 0)), spans, owners);
      if (!lineOwned) keepRuledValueCells(frags, valueRules[i], owners);
      if (!lineOwned) valueLinesInMeasureOrder(frags, measureItems.map((m) => subRowOf(m.row)), (f) => subRowOf(f.row ?? 0), owners);
      if (centreValues && !lineOwned) valueParagraphsInMeasureOrder(frags, measureItems, (f) => subRowOf(f.row ?? 0), subRowOf, owners);
      frags.forEach((f, n) => groups[owners[n] ?? 0]?.push(f));
      const cells = groups.map((g) => (g.length ? joinFragments(g, lexicon) : null));
      cells.forEach((cell, j) => {
        const m = measures[j];
        if (m && cell && c.role === "target") m.target = cell;
        if (m && cell && c.role === "baseline") m.baseline = cell;
      });
      extra[c.key] = cells.filter((x): x is string => !!x);
      return;
    }
    const items = placed(i);
    extra[c.key] = remarksPerMeasure(i, items) ?? items.map((it) => it.text);
  });
  return {
    objective,
    accomplishments: accomplishments.map((a) => a.text),
    measures,
    extra,
    provenance: { page: first.page, lines: [first.line, last.line], pages: [...new Set(block.lines.map((l) => l.page))] },
  };
}

/**
 * A value cell's wrapped tail hanging in the gap above the next measure, when that measure's own
 * value opens on the measure's first line (the cells are top-aligned): the tail goes with the
 * value above it. Nearness alone gave "2010" of "67% by" / "December" / "2010" to the measure
 * below, whose first line lay 14.4 pt under it against 15 pt to the one-line measure above (HTML
 * prints pad sub-rows by about a line: test/corpus ho-001 wk.pdf, "2010 120 days"). The next
 * measure's value starting on its own first line shows that its cell starts there, so no line
 * above is its; only a line right after one of the measure above's (the column's previous
 * fragment, same page, the column's own wrap step under it: a cell's wrapped line, not a cell of its
 * own under padding, as a vertically centred value's first line would be) moves, in order, so a
 * whole hanging tail moves together. `levels` are the fragments' positions, `spans` the
 * measures' first and last lines; `owners` is changed in place.
 */
function valueTailsAboveTopAlignedValue(levels: readonly number[], spans: ReadonlyArray<readonly [number, number]>, owners: number[]): void {
  const opensOnFirstLine = (j: number) => levels.some((y, n) => owners[n] === j && Math.abs(y - spans[j]![0]) < SAME_LEVEL_PT);
  const samePage = (a: number, b: number) => Math.floor(a / PAGE_SPAN) === Math.floor(b / PAGE_SPAN);
  // The column's wrap step: its closest two consecutive lines on a page. Where a cell of the
  // column wraps within its own measure's lines, its closest two such lines: a vertically centred cell
  // beside the value cells (Typst's `align: horizon`) puts its lines between theirs on pdftotext's
  // grid, so a value cell's lines stand two grid lines apart while one-line cells of two measures
  // stand one apart ("Not more" / "than 15" / "days" beside an objective's lines, then "80%",
  // corpus20 v20c-018 typst.txt).
  let wrapStep = Infinity, ownStep = Infinity;
  for (let n = 1; n < levels.length; n++) {
    const step = levels[n]! - levels[n - 1]!;
    if (!samePage(levels[n]!, levels[n - 1]!) || step < SAME_LEVEL_PT) continue;
    wrapStep = Math.min(wrapStep, step);
    if (spans.some(([top, bottom]) => levels[n - 1]! >= top - SAME_LEVEL_PT && levels[n]! <= bottom + SAME_LEVEL_PT)) ownStep = Math.min(ownStep, step);
  }
  if (Number.isFinite(ownStep)) wrapStep = ownStep;
  for (let n = 1; n < levels.length; n++) {
    const j = owners[n]!;
    const y = levels[n]!;
    const above = spans[j - 1];
    if (j < 1 || !above || owners[n - 1] !== j - 1) continue;
    if (y >= spans[j]![0] - SAME_LEVEL_PT || y <= above[1] || !samePage(y, spans[j]![0]) || !samePage(y, levels[n - 1]!)) continue;
    if (y - levels[n - 1]! > wrapStep + SAME_LEVEL_PT) continue;
    if (opensOnFirstLine(j)) owners[n] = j - 1;
  }
}
/** Baselines closer than this (points) are one line of the table (a taller glyph, rounding). */
const SAME_LEVEL_PT = 1;

/**
 * A Baseline or Target cell in a table whose sub-rows are ruled across that column is one cell
 * from rule to rule: a line of it with no rule above it since the column's line before goes with
 * that line's measure. The nearest-measure reading alone gave the wrapped tail of a one-line
 * measure's value ("40 per" / "cent") to the measure below, whose first line lies as near under
 * it (corpus8 d8d-008: "cent 89 per cent"). `ruled` says, per block row, whether a rule opens the
 * column's cell there (true) or the cell goes on (false); rows it does not know (a page break
 * between, a column without rules in the block) keep the nearest measure.
 */
function keepRuledValueCells(frags: readonly Fragment[], ruled: ReadonlyMap<number, boolean> | undefined, owners: number[]): void {
  if (!ruled) return;
  for (let n = 1; n < frags.length; n++) if (ruled.get(frags[n]!.row ?? 0) === false) owners[n] = owners[n - 1]!;
}

/**
 * Per Baseline / Target column of a PDF block: for each row holding a line of the column's text
 * whose line before in the column is on the same page, whether a horizontal rule across the
 * column lies between them (the cell opens anew) or not (it goes on). Only where the column shows
 * such a rule inside the block on that page — between two of the block's lines — are its cells
 * ruled; elsewhere (rules only between objectives, borderless tables) nothing is said. A rule
 * counts above a line when it lies more than RULE_ABOVE_BASELINE_PT above its baseline, as in
 * `cellBreaks` — but measured from the column's own lines, not the block's: a centred value's
 * line may sit under another column's line that is closer to the rule (d8d-005).
 */
function ruledValueCells(pages: ReadonlyMap<number, Page>, block: RowBlock, columns: readonly ColumnDef[]): Array<Map<number, boolean> | undefined> {
  // The block's line step: its closest two lines on a page. A cell goes on only over one step
  // ("40 per" / "cent"); lines further apart are cells of their own, ruled or not (a column
  // whose sub-row cells have no rules between them, under a rule elsewhere in the block:
  // corpus4 f1-029 weasy.pdf / lo.pdf).
  let step = Infinity;
  for (let r = 1; r < block.lines.length; r++) {
    const a = block.lines[r - 1]!, b = block.lines[r]!;
    if (a.page === b.page && b.y - a.y > 1) step = Math.min(step, b.y - a.y);
  }
  return columns.map((c, i) => {
    if (!PER_MEASURE_ROLES.has(c.role)) return undefined;
    const rows = block.lines.flatMap((l, r) => ((l.cells[i] ?? "").trim() ? [r] : []));
    if (rows.length < 2) return undefined;
    const left = c.x + RULE_INSET;
    const right = (columns[i + 1]?.x ?? c.x + 40) - RULE_INSET;
    const rulesOn = new Map<number, number[]>();
    const ruleYs = (page: number): number[] => {
      let ys = rulesOn.get(page);
      if (!ys) {
        const p = pages.get(page);
        const own = block.lines.filter((l) => l.page === page).map((l) => l.y);
        const top = Math.min(...own), bottom = Math.max(...own);
        ys = p && p.rules.length ? rowBoundariesFromRules(p, left, right).filter((y) => y > top && y < bottom) : [];
        rulesOn.set(page, ys);
      }
      return ys;
    };
    const out = new Map<number, boolean>();
    for (let k = 1; k < rows.length; k++) {
      const above = block.lines[rows[k - 1]!]!, here = block.lines[rows[k]!]!;
      if (above.page !== here.page) continue;
      const ys = ruleYs(here.page);
      if (ys.length === 0) continue;
      const ruledAbove = ys.some((y) => y > above.y && y < here.y - RULE_ABOVE_BASELINE_PT);
      // …and opens in lower case, as a value's rest does ("cent"); "88% by December 2016" one step
      // under "By 31 December 2016" is a value of its own (f1-029 weasy.pdf).
      if (!ruledAbove && (here.y - above.y > WRAPPED_VALUE_STEPS * step || !LOWER_OPENING.test((here.cells[i] ?? "").trim()))) continue;
      out.set(rows[k]!, ruledAbove);
    }
    return out.size ? out : undefined;
  });
}
/** A value cell's wrapped line stands at most this many line steps under the line before. */
const WRAPPED_VALUE_STEPS = 1.3;
/** A rule this close above a line's baseline (points) runs through its glyphs: it is no border above it. */
const RULE_ABOVE_BASELINE_PT = 2;

/**
 * Where the column's widest line of a row block ends (`cellFill` measures a line against it). In a
 * Target or Baseline column a value of one word shows nothing of the column's width: it is centred
 * in its cell, and pdftotext's grid sets such a short run up to several characters off ("6" ending
 * five characters right of "114 hou", whose "rs" the column broke onto the next line beside "107
 * hou" / "rs" in the column before). Its lines of several words show the width when there are any.
 * In a PDF a centred value ends inside its cell, left of a full line: every line is measured there.
 */
function cellWidestRight(lines: readonly TableLine[], column: number, valueColumn: boolean): number {
  let widest = -Infinity, widestOfWords = -Infinity;
  for (const l of lines) {
    const right = l.fill?.[column]?.right;
    if (right === undefined) continue;
    widest = Math.max(widest, right);
    if (valueColumn && /\s/.test((l.cells[column] ?? "").trim())) widestOfWords = Math.max(widestOfWords, right);
  }
  return widestOfWords > -Infinity ? widestOfWords : widest;
}
/**
 * Does the cell's text on this line reach as far right as the column's widest line of the row
 * (positioned text)? Its last word may have been too wide for the cell and broken inside
 * (`Fragment.fillsCell`; `joinBrokenWord` asks more of a tail after a line of several words).
 */
function cellFill(line: TableLine, column: number, widest: number): { fillsCell: boolean; fillsAfterWords: boolean } {
  const full = fillsCell(line, column, widest);
  if (!full) return { fillsCell: false, fillsAfterWords: false };
  const several = /\s/.test(stripBullet((line.cells[column] ?? "").trim()).text.trim());
  return { fillsCell: !several, fillsAfterWords: several };
}
function fillsCell(line: TableLine, column: number, widest: number): boolean {
  const fill = line.fill?.[column];
  if (!fill) return false;
  const cell = (line.cells[column] ?? "").trim();
  const word = stripBullet(cell).text.trim();
  if (!word) return false;
  // `firstWord` is the width of the cell's first word on the line, the marker when there is one:
  // the cell up to its first space, its characters counted as `[...text]` counts them.
  const space = cell.search(/\s/);
  const charWidth = fill.firstWord / Math.max(1, charCount(space < 0 ? cell : cell.slice(0, space)));
  return fill.right >= widest - BROKEN_WORD_SLACK_CHARS * charWidth;
}
/**
 * How far (characters) left of the column's widest line a word broken inside still ends: the
 * engine stops before the first letter that does not fit, up to a wide letter ("m", "w") short
 * of the cell's edge, and the column's other lines may end that close to it too.
 */
const BROKEN_WORD_SLACK_CHARS = 2;

function sectionAt(sections: readonly SectionMark[], page: number, line: number): string | null {
  let id: string | null = null;
  for (const s of sections) {
    if (s.page < page || (s.page === page && s.line <= line)) id = s.id;
    else break;
  }
  return id;
}

/**
 * The rows of the linearised tables (tables/linearized), per table index. Each printing of a
 * header is read from the line under it to the next header of any table or the next section
 * heading; the lines a printing leaves after its last row are the next printing's objective
 * heading when that table has no Objective column.
 */
function readLinearizedTables(layout: Layout, tables: readonly RawTable[], linearized: readonly boolean[], sections: readonly SectionMark[], warn: (code: string, message: string, page: number | null, line: number | null) => void, streamOrder = false): { rows: Map<number, LinearRow[]>; withinLabels: Set<number>; cellSections: Set<SectionMark> } {
  const lines = layout.pages.flatMap((p) => p.lines);
  const indexOf = new Map(lines.map((l, i) => [`${l.page}:${l.line}`, i]));
  // Where each linearised header starts, and the table it opens; a header found inside another's
  // labels (the header detector reads two or three of the labels one under the other) is no table.
  const starts = tables
    .flatMap((t, k) => (linearized[k] ? t.parts.map((p) => ({ at: indexOf.get(`${p.header.page}:${p.header.line}`) ?? -1, table: k })) : []))
    .filter((s) => s.at >= 0)
    .sort((a, b) => a.at - b.at);
  const blocks: Array<{ at: number; table: number; header: LinearHeader; readingOrder?: boolean; contentStream?: boolean }> = [];
  const warned = new Set<number>();
  for (const s of starts) {
    if (blocks.length && s.at < blocks[blocks.length - 1]!.header.end) continue;
    // (Reading-order text, pdftotext without -layout: labels in blocks parted by blank lines, tables/reading-order.)
    const plainHeader = readLinearHeader(lines, s.at);
    const orderHeader = plainHeader ? null : readReadingOrderHeader(lines, s.at);
    const header = plainHeader ?? orderHeader;
    const t = tables[s.table]!;
    const l = lines[s.at]!;
    const columns = header?.columns ?? t.parts[0]?.header.columns ?? [];
    // Content-stream text (pdftotext -raw, tables/stream-order): a cell's wrapped lines keep no
    // wrap's space, as reading-order text's; its cells are read the same way.
    // (Reading-order text puts a blank line after every block, a cell or a label, and is read as
    // such: content-stream text has none but at a page's end.)
    const window = plainHeader ? lines.slice(plainHeader.end, plainHeader.end + KEEPS_SPACES_WINDOW) : [];
    const contentStream = streamOrder && plainHeader !== null && !keepsWrapSpaces(window) && window.filter((l) => l.text.trim() === "").length * STREAM_BLANKS < window.length;
    if (header) blocks.push({ at: s.at, table: s.table, header, ...(orderHeader ? { readingOrder: true } : {}), ...(contentStream ? { readingOrder: true, contentStream: true } : {}) });
    // One warning per table, at its first header.
    if (warned.has(s.table)) continue;
    warned.add(s.table);
    warn(
      "TABLE_LINEARIZED",
      `table ${t.table}'s column labels stand one under the other (${columns.map((c) => `"${c.header}"`).join(", ")}): its cells come one after another, not side by side, as text extracted without its layout prints them; ${header ? "its rows are rebuilt from the column count, empty lines and item markers" : "its rows are not read"} — extract the PDF itself, or its text with its layout (pdftotext -layout), for rows read from the page`,
      l.page,
      l.line,
    );
    // Reading order moves and merges cells (a row's lines printed side by side come as one line; a
    // centred cell after the cells it spans): the rows are a best effort, and the output says so.
    // Content-stream order (pdftotext -raw) is read the same way and is no surer: a cell's lines are
    // told from the next cell's only by how they open and fit, and a merged cell's sub-rows by order.
    if (contentStream && !orderHeader) warn("TABLE_READING_ORDER", `table ${t.table} is read from content-stream text (pdftotext -raw, a viewer's copy: cells one after another in the order the producer drew them, no blank line between them): where one cell ends and the next begins is told from how lines open and fit, so its rows are a best effort (status partial) — extract the PDF itself, or pdftotext -layout text, for rows read from the page`, l.page, l.line);
    if (orderHeader) warn("TABLE_READING_ORDER", `table ${t.table} is read from reading-order text (pdftotext without -layout: each cell a block of lines, labels parted by blank lines): cells whose lines stood side by side may be merged or moved, so its rows are a best effort (status partial) — extract the PDF itself, or pdftotext -layout text, for rows read from the page`, l.page, l.line);
    if (!header) warn("TABLE_LINEARIZED_UNREAD", `table ${t.table}'s labels are not one a line (blank lines between them, as pdftotext without -layout prints a table): its cells are blocks of wrapped lines, which this reader does not rebuild`, l.page, l.line);
  }
  const { otherHeaders, withinLabels } = headersOutsideLabels(tables, linearized, blocks, indexOf);
  const marks = sections.map((s) => ({ mark: s, at: indexOf.get(`${s.page}:${s.line}`) ?? -1 })).filter((s) => s.at >= 0);
  const cellMarks = listItemMarks(lines, marks, blocks, otherHeaders);
  const sectionStarts = marks.filter((m) => !cellMarks.has(m.mark)).map((m) => m.at);
  const out = new Map<number, LinearRow[]>();
  // Lines before this index were read as cells (or labels) of a linearised table.
  let consumed = 0;
  const regionEnd = (b: number) => {
    const block = blocks[b]!;
    return Math.min(blocks[b + 1]?.at ?? lines.length, ...otherHeaders.filter((i) => i > block.at), ...sectionStarts.filter((i) => i >= block.header.end));
  };
  // The objective heading kept for the next table (the line right above its header; in a viewer's
  // copy the paragraph that line ends).
  let reserved: string | null = null;
  // A block's body lines; reading-order text's turned into a viewer's copy (tables/reading-order).
  const bodyOf = (blk: (typeof blocks)[number], a: number, z: number) => (blk.contentStream ? asStreamCopy(lines.slice(a, z), blk.header.columns) : blk.readingOrder ? asViewerCopy(lines.slice(a, z), blk.header.columns.map((c) => c.header)) : lines.slice(a, z));
  for (const [b, block] of blocks.entries()) {
    const { columns, end: from } = block.header;
    const headingLine = reserved;
    reserved = null;
    let next = regionEnd(b);
    const viewer = isViewerCopy(bodyOf(block, from, next));
    // The next table has no Objective column and its first row needs an objective (no spanning
    // line opens it): the line right above its header is its objective heading, not a cell here.
    const following = blocks[b + 1];
    if (following && following.at === next && !following.header.columns.some((c) => c.role === "objective")) {
      let above = next - 1;
      while (above >= from && !lines[above]!.segments.length) above--;
      if (above >= from && needsHeading(bodyOf(following, following.header.end, regionEnd(b + 1)), following.header.columns, lines[above]!.text)) {
        const heading = paragraphEndingAt(lines, above, viewer);
        reserved = heading.from >= from ? heading.text : lines[above]!.text;
        next = Math.max(from, heading.from);
      }
    }
    const head = lines[block.at]!;
    const t = tables[block.table]!;
    let heading: string | null = null;
    // A table without an Objective column whose rows no spanning line opens takes its objective
    // from the heading above its header: the line kept for it, else the line right above the header
    // unless a row above took it (a numbered objective heading may have been read as a section
    // heading; a template section heading is none), else what the table collector found there.
    // The body as read, once `next` is settled (asViewerCopy rewrites every line of a reading-order body).
    const body = bodyOf(block, from, next);
    let up = block.at - 1;
    while (up >= 0 && !lines[up]!.segments.length) up--;
    if (!columns.some((c) => c.role === "objective") && needsHeading(body, columns, headingLine ?? (up >= consumed ? lines[up]?.text : undefined))) {
      const own = up >= 0 ? paragraphEndingAt(lines, up, viewer) : null;
      const free = own && up >= consumed && !isCompactSection(own.text) ? (own.from >= consumed ? own.text : lines[up]!.text) : undefined;
      const above = headingLine ?? free;
      heading = above ? withoutObjectiveLabel(normalizeSpace(stripMarker(above).text)) : t.objectiveAbove;
    }
    const read = readLinearizedPart(body, columns, heading, t.table, block.readingOrder === true);
    const rows = out.get(block.table) ?? [];
    rows.push(...(block.readingOrder ? placedRows(read.rows, t.table, warn) : read.rows));
    out.set(block.table, rows);
    for (const w of read.warnings) warn(w.code, w.message, w.page, w.line);
    // (A reading-order body may hold more lines than printed: merged cells parted; its lines keep their place.)
    const at = body[read.end];
    consumed = body.length === next - from || !at ? from + Math.min(read.end, next - from) : (indexOf.get(`${at.page}:${at.line}`) ?? from + read.end);
  }
  return { rows: out, withinLabels, cellSections: cellMarks };
}

/**
 * A reading-order table's rows without those whose objective cell cannot be an objective
 * (`unplacedObjective`: a cut cell's rest, a label): the text does not say where their blocks
 * belong, and a row made of them would be an invented row. Each is named in a warning instead.
 */
function placedRows(rows: readonly LinearRow[], table: number, warn: (code: string, message: string, page: number | null, line: number | null) => void): LinearRow[] {
  return rows.filter((r) => {
    const why = unplacedObjective(r.objective);
    if (why) warn("TABLE_READING_ORDER", `table ${table}: a row read from reading-order text is left out: ${why} ("${r.objective.slice(0, 60)}")`, r.provenance.page, r.provenance.lines[0]);
    return !why;
  });
}

/**
 * Section marks that are list items of a linearised table's cells: a text export indents list items
 * (`    1. 48 managers completing the programme`) and prints headings at the margin, so an indented
 * numbered line after a linearised header — no heading at the margin nor another table's header
 * between them — is a cell's item, not a section heading. It neither ends the table's body nor opens
 * a section.
 */
function listItemMarks(lines: readonly Line[], marks: ReadonlyArray<{ mark: SectionMark; at: number }>, blocks: ReadonlyArray<{ at: number; header: LinearHeader }>, otherHeaders: readonly number[]): Set<SectionMark> {
  const cells = new Set<SectionMark>();
  // The body of the latest linearised header starts here (-1: none open).
  let open = -1;
  let viewer = false;
  let b = 0;
  for (const m of [...marks].sort((x, y) => x.at - y.at)) {
    while (b < blocks.length && blocks[b]!.header.end <= m.at) {
      open = blocks[b++]!.header.end;
      viewer = isViewerCopy(lines.slice(open, blocks[b]?.at ?? lines.length));
    }
    if (open < 0 || otherHeaders.some((h) => h >= open && h < m.at)) continue;
    const text = lines[m.at]!.text;
    if ((readMarker(text) !== null && /^\s/.test(text)) || (viewer && viewerListItem(lines, m.at))) cells.add(m.mark);
    else open = -1;
  }
  return cells;
}

/**
 * A numbered line of a viewer's copy that is a cell's item, not a heading: the copy prints items at
 * the margin, as headings, but an item of a narrow cell wraps (its line ends with the break's
 * space) or the list goes on right after it (`1.` then `2.` within its next lines).
 */
function viewerListItem(lines: readonly Line[], at: number): boolean {
  const text = lines[at]!.text;
  // A part's roman number (`II. Managerial objectives`) heads a section, wrapped or not.
  if (/^\s*[IVX]+\.\s/.test(text)) return false;
  if (/\S[ \u00a0]$/.test(text)) return true;
  const marker = readMarker(text);
  if (!marker) return false;
  for (let i = at + 1; i < Math.min(lines.length, at + 4); i++) {
    const next = readMarker(lines[i]!.text);
    if (next) return continuesList(marker, next);
  }
  return false;
}

/**
 * The starts of the other (side-by-side) tables' headers, which end a linearised table's body, and
 * the tables that are no tables: the header detector may pair the last labels of a linearised
 * header (`Key Performance Indicator`, one under the other) with a cell line below into a header of
 * its own; every printing of such a table starts inside a linearised header's label run. Its rows
 * would be the linearised table's cells read again, and its start would cut that table's body off.
 */
function headersOutsideLabels(tables: readonly RawTable[], linearized: readonly boolean[], blocks: ReadonlyArray<{ at: number; header: LinearHeader }>, indexOf: ReadonlyMap<string, number>): { otherHeaders: number[]; withinLabels: Set<number> } {
  const inLabels = (i: number) => blocks.some((b) => i >= b.at && i < b.header.end);
  const otherHeaders: number[] = [];
  const withinLabels = new Set<number>();
  tables.forEach((t, k) => {
    if (linearized[k]) return;
    const starts = t.parts.map((p) => indexOf.get(`${p.header.page}:${p.header.line}`) ?? -1).filter((i) => i >= 0);
    if (starts.length && starts.every(inLabels)) withinLabels.add(k);
    else otherHeaders.push(...starts.filter((i) => !inLabels(i)));
  });
  return { otherHeaders, withinLabels };
}

/** The lines from a header on whose ends a viewer's copy is told by its wrap spaces. */
const KEEPS_SPACES_WINDOW = 60;
/** Content-stream text has fewer blank lines than one in this many (a page's end); reading-order text one every two to four lines. */
const STREAM_BLANKS = 10;

/**
 * A header of text without column geometry whose first line runs labels together
 * (`OBJECTIVES OUTCOMES INDICATORS ` / `OF ` / `ACHIEVEME` / `NT` / `BASELINE` …: a viewer's copy
 * joins the cells on one baseline): the header detector places its labels at the words' offsets,
 * but the cells below come one after another, so the table is read as a linearised one when its
 * labels, read one a line with that line split (tables/linearized `readLinearHeader`), make at
 * least the columns the detector found.
 */
function labelsRunTogether(layout: Layout, t: RawTable, contentStream = false): boolean {
  const h = t.parts[0]?.header;
  if (!h) return false;
  const lines = layout.pages.find((p) => p.number === h.page)?.lines ?? [];
  const at = lines.findIndex((l) => l.line === h.line);
  // (Only a copy that keeps the wrap's space at its breaks, MuPDF's or a viewer's: content-stream
  // text, pdftotext -raw, runs a row's cells together too, and is not read as cells — tables/stream-order.)
  if (at < 0 || !(contentStream || keepsWrapSpaces(lines.slice(at, at + KEEPS_SPACES_WINDOW))) || runTogetherLabels(normalizeSpace(lines[at]!.text)) === null) return false;
  const read = readLinearHeader(lines, at);
  return read !== null && read.columns.length >= h.columns.length;
}

/**
 * A header whose columns start at the same place is no row of side-by-side cells: its labels were
 * printed one under the other, as text extracted without layout (pdftotext's default mode, copy
 * and paste from a viewer) gives a table — the cells follow one another, column after column.
 */
function isLinearized(columns: readonly ColumnDef[]): boolean {
  // Every label at one place: two of them may share a start in a real header (a label over
  // sub-columns), all of them never.
  return columns.length > 1 && columns.every((c) => c.x === columns[0]!.x);
}

/**
 * The tables stage: sections and objective rows of a compact. A compact without any readable row
 * is "partial" with a warning; other kinds pass through.
 */
export function tablesStage(doc: Doc, ctx: Context): Doc {
  try {
    return readTablesInto(doc, ctx);
  } finally {
    // The header memos (classify's scan and this stage's) die here, not with the layout.
    forgetHeaderMemos();
  }
}

/**
 * Whether a row was read from a stretch the extract stage found scrambled by a watermark
 * (`TABLE_SCRAMBLED_BAND`, src/extract/text-watermark.ts: pdftotext set the columns one after
 * another there): its cells may belong to other rows, so the table is a best effort (status partial),
 * as for the other uncertain-table warnings. The warning's box carries the band's page and lines.
 */
function readInScrambledBand(warnings: readonly Warning[], rows: readonly Objective[]): boolean {
  const bands = warnings.filter((w) => w.code === "TABLE_SCRAMBLED_BAND" && w.box).map((w) => w.box!);
  return rows.some((r) => bands.some((b) => r.provenance.pages.includes(b.page) && r.provenance.lines[0] <= b.lines[1] && r.provenance.lines[1] >= b.lines[0]));
}

function readTablesInto(doc: Doc, ctx: Context): Doc {
  if (doc.kind !== "compact" || !doc.compact) return doc;
  const result = readTables(doc.layout, findSections(doc.layout), doc.headerScan, ctx.options.onHeartbeat, ctx.options.tableAlignment);
  doc.sections = [...result.sections];
  doc.compact.sections = result.sections.map((s) => ({ id: s.id, title: s.title }));
  doc.warnings.push(...result.warnings);
  // Rows that show the marks of text read into the wrong cell or row are flagged (never changed).
  doc.warnings.push(...checkRows(doc.layout, result.objectives));
  doc.compact.objectives = result.objectives;
  // A linearised table (one cell per line) keeps TABLE_LINEARIZED: its rows are a reconstruction.
  // The document stays a success when every row was read without ambiguity (one least-cost split
  // into cells); a row that could be split in more than one way, or a table not read, makes it partial.
  if (result.warnings.some((w) => w.code === "TABLE_LINEARIZED_AMBIGUOUS" || w.code === "TABLE_LINEARIZED_UNREAD" || w.code === "TABLE_READING_ORDER") && doc.status === "success") doc.status = "partial";
  if (readInScrambledBand(doc.warnings, result.objectives) && doc.status === "success") doc.status = "partial";
  if (result.objectives.length === 0) {
    if (result.tables === 0) addWarning(doc, "TABLE_NO_HEADER", "no Objective / Expected accomplishment / Performance measure header found");
    addWarning(doc, "TABLE_NO_ROWS", "the compact has no readable table rows");
    if (doc.status === "success") doc.status = "partial";
  }
  return doc;
}
