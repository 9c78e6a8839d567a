/**
 * Positioned glyph runs (what pdf.js `getTextContent` returns, already in top-down page
 * coordinates) → lines of word-group segments. Pure functions, no pdf.js here, so the geometry
 * rules are tested on hand-made runs.
 */
import { isJsSpace, repairText } from "../../vocab/text.js";
// BULLET_GLYPH_ONLY: glyph bullets only, as a lone "-" or "–" can be a cell of its own (an empty value, "n/a").
import { BULLET_GLYPH_ONLY, GLYPH_CLASS, LIST_NUMBER } from "../../vocab/markers.js";
import type { Rule } from "../../model/layout.js";

/** One text run of a page, in top-down points: x = left edge, baseline = y of the baseline. */
export interface GlyphRun {
  text: string;
  x: number;
  baseline: number;
  width: number;
  fontSize: number;
  bold: boolean;
  /** Where text of a later text-showing operator joined this run (glyphs.ts): candidates for splitAtColumnEdges. */
  seams?: RunSeam[];
  /** Cut from the run to its left at a column edge: never joins it again (segmentLine). */
  opensCell?: boolean;
  /** Drawn off the page's axes, diagonally (glyphs.ts TILT_MIN_DEG): a watermark's letters when large (pdf.ts). */
  tilted?: boolean;
}

/** A later operator's text joined a run: its first glyph's left edge, its index in the run's text, the run's ink width before it. */
export interface RunSeam {
  x: number;
  at: number;
  before: number;
}

/** A word group on one line (cells stay apart); `superscript` marks a raised, smaller footnote mark. */
export interface LineSegment {
  text: string;
  x: number;
  width: number;
  fontSize: number;
  bold: boolean;
  superscript: boolean;
  /**
   * The segment's own baseline. A line joins runs whose baselines differ by up to
   * LINE_BASELINE_TOLERANCE; a table cell whose paragraph spacing moved it down a little keeps its
   * own y here (the table reader measures paragraph gaps per cell).
   */
  baseline: number;
}

export interface TextLine {
  /** The baseline of the line's main (largest) text, top-down. */
  baseline: number;
  segments: LineSegment[];
}

/**
 * Runs whose baselines differ by at most this fraction of the larger font size are on one line.
 * Neighbouring lines are at least one em apart (leading ≥ 1.0 em, usually 1.15–1.2), so half an
 * em never joins two lines; cells of one table row share a baseline (cells are top-aligned), and a
 * raised footnote mark sits about a third of an em higher, so both stay on the line.
 */
export const LINE_BASELINE_TOLERANCE = 0.5;
/**
 * A horizontal gap wider than this fraction of the font size splits a line into two segments.
 * A word space is 0.25–0.35 em in text fonts and justified prose rarely stretches one past 0.5 em;
 * table cells are kept apart by padding plus ragged right edges, at least ~0.6 em even in tight
 * borderless tables. So 0.5 em keeps words together and close cells apart.
 */
export const SEGMENT_GAP_EM = 0.5;
/** A gap narrower than this fraction of the font size joins runs without a space (kerned pieces of one word). */
export const NO_SPACE_GAP_EM = 0.08;
/**
 * Superscript footnote marks: a run this much smaller than the line's main font (ratio) whose
 * baseline is raised by at least SUPERSCRIPT_RAISE_EM of the main font. Word processors print
 * them at 58–70 % size, raised by about a third of an em.
 */
export const SUPERSCRIPT_SIZE_RATIO = 0.85;
export const SUPERSCRIPT_RAISE_EM = 0.15;

/**
 * A list bullet printed alone, with its text at a hanging indent: the gap after it is a tab stop
 * (usually 0.25 in ≈ 2 em at 9 pt), not a column gap, so a bullet joins the text up to 3 em away.
 * Otherwise a bullet becomes a one-glyph "column" (a failure of generic table extractors).
 */
export const BULLET_GAP_EM = 3;
/**
 * A lone letter or Roman numeral with a full stop ("a.", "iv.", "A.") or an outline number ("3.1"),
 * as a run of its own with its item's text after a gap: an HTML list's marker (wkhtmltopdf draws
 * `lower-roman` / `upper-alpha` markers apart from the item; a typed "3.1" before a justified item). Standing alone, it is never a word ("e.g." and initials run on), so
 * only here, for the marker's hanging indent; LIST_NUMBER leaves "a." out for text in general.
 */
const LONE_ITEM_NUMBER = String.raw`(?:[A-Za-z]|[ivx]{1,5})\.|\d{1,2}\.\d{1,2}\.?`;
/** A list marker standing alone: its item's text after a gap is the same cell (a hanging indent), not the next column. */
const LIST_MARKER_ONLY = new RegExp(String.raw`^(?:${GLYPH_CLASS}|${LIST_NUMBER}|${LONE_ITEM_NUMBER}|[-–—o])$`, "u");

/**
 * wkhtmltopdf's justified cells (h-c11w, corpus11): each word of a justified line is a run of its
 * own, set apart by the line's stretched word gap — often wider than the gap between two columns
 * (11 pt between "Mission" and "concepts", 6 pt from "of" to the next column). Justification gives
 * every word gap of a line the same width, which two column gaps in a row rarely share: two gaps in
 * a row equal within this many points, around two words, are one cell's word gaps.
 */
export const JUSTIFIED_GAP_PT = 0.25;
/**
 * A word of a justified line: one word with a lower-case letter (prose, not a value or a year:
 * "2018 2019 2020" or "45% 50% 55%" in columns of one width can show equal gaps), no list marker.
 */
const JUSTIFIED_WORD = /^[^\s]*\p{Ll}[^\s]*$/u;
/**
 * A typed number before a justified item ("14.2  Staff from", "i.  Host-country justice") is
 * followed by two spaces, both stretched: the gap after a lone marker may be twice the word gap.
 */
const MARKER_SPACES = 2;

/**
 * The runs of a line that continue a justified line: the gap on their left is a stretched word gap
 * (over SEGMENT_GAP_EM, equal to the next one), not a column's. Three runs at least — the first one
 * token (a word, a number, a list marker), the two after it words — since one gap shows nothing.
 */
export function justifiedWordRuns(runs: readonly GlyphRun[]): Set<GlyphRun> {
  return justifiedInkedRuns(runs.filter(isInked).sort(byLeft));
}
/** A run with visible text and a size (the runs justifiedWordRuns reads). */
const isInked = (r: GlyphRun): boolean => r.text.trim() !== "" && r.fontSize > 0;
const byLeft = (a: GlyphRun, b: GlyphRun): number => a.x - b.x;
/**
 * justifiedWordRuns of runs already inked (isInked) and in left-to-right order (a stable sort by
 * x): paragraphJustifiedRuns and linesWithColumnStarts hold them so, segmentLine holds them sorted,
 * and each line's runs were filtered and sorted again here (session 45, h-perf45).
 */
function justifiedInkedRuns(inked: readonly GlyphRun[]): Set<GlyphRun> {
  const out = new Set<GlyphRun>();
  const gapBefore = (i: number) => inked[i]!.x - (inked[i - 1]!.x + inked[i - 1]!.width);
  const token = (i: number) => inked[i]!.text.trim();
  const word = (i: number) => JUSTIFIED_WORD.test(token(i)) && !LIST_MARKER_ONLY.test(token(i));
  const stretched = (i: number) => gapBefore(i) > SEGMENT_GAP_EM * Math.max(inked[i]!.fontSize, inked[i - 1]!.fontSize);
  for (let i = 1; i + 1 < inked.length; i++) {
    if (!stretched(i) || !stretched(i + 1) || /\s/.test(token(i - 1)) || !word(i) || !word(i + 1)) continue;
    const g = gapBefore(i + 1);
    const afterMarker = LIST_MARKER_ONLY.test(token(i - 1)) && Math.abs(gapBefore(i) - MARKER_SPACES * g) <= MARKER_SPACES * JUSTIFIED_GAP_PT;
    if (Math.abs(gapBefore(i) - g) > JUSTIFIED_GAP_PT && !afterMarker) continue;
    out.add(inked[i]!);
    out.add(inked[i + 1]!);
  }
  return out;
}

/**
 * The words of a justified line that one or two stretched gaps set apart (session 25, h-wk2):
 * justifiedWordRuns needs two equal gaps around words, so a line of two words ("security" …
 * "risk"), or one whose words include a value ("hours in 78% of"), kept its gaps as column starts,
 * and a seam of the line above at such a start cut a word ("Attacks on aid work" + "ers;",
 * wkhtmltopdf's justified Risks cells, corpus11 dev11). The paragraph shows it: the next or
 * previous line of the same paragraph (a wrapped line's step away, NEAR_EDGE_EM, same font size)
 * is continuous ink from this line's first word of the chain (or from before it: a list marker)
 * to the right end of its last word, within RIGHT_EDGE_PT — a justified paragraph's full lines
 * share both edges. Two cells of a table row need a line of one paragraph across their column gap
 * for that, and one ending where the right cell's text ends to a fraction of a point; the
 * neighbour's ink may not reach left of the previous run on this line (a spanning row across
 * several of its cells). The words between the chain's ends are set apart by equal gaps (within
 * JUSTIFIED_GAP_PT), as justification sets them, and both ends are words (JUSTIFIED_WORD): the
 * right border bar of a monospaced ASCII table ends where the line above does too (enscript,
 * corpus14 d14-001: "| partners through regional partners" + "|").
 */
export function paragraphJustifiedRuns(runs: readonly GlyphRun[]): Set<GlyphRun> {
  const out = new Set<GlyphRun>();
  const lines = baselineGroups(runs.filter(isInked)).map((g) => {
    const byX = [...g].sort(byLeft);
    const size = byX.reduce((m, r) => (r.fontSize > m ? r.fontSize : m), 0);
    // Continuous ink: runs closer than a column gap, or a justified line's own words.
    const spread = justifiedInkedRuns(byX);
    const spans: Array<{ left: number; right: number }> = [];
    for (const r of byX) {
      const last = spans[spans.length - 1];
      if (last && (r.x - last.right <= SEGMENT_GAP_EM * size || spread.has(r))) last.right = Math.max(last.right, r.x + r.width);
      else spans.push({ left: r.x, right: r.x + r.width });
    }
    return { baseline: byX[0]!.baseline, runs: byX, size, spans };
  });
  // The neighbour scan reads only the lines near enough by baseline (session 26, h-speed6: every line of the page per line).
  const window = baselineWindow(lines);
  lines.forEach((line, i) => {
    const { runs: rs, size } = line;
    const gap = (k: number) => rs[k]!.x - (rs[k - 1]!.x + rs[k - 1]!.width);
    const stretched = (k: number) => opensSegmentAfter(rs[k - 1]!, rs[k]!);
    const [from, to] = window(i, line.baseline, NEAR_EDGE_EM * size);
    const neighbours: typeof lines = [];
    for (let k = from; k < to; k++) {
      const o = lines[k]!;
      if (k !== i && Math.abs(o.baseline - line.baseline) <= NEAR_EDGE_EM * size && Math.abs(o.size - size) <= SAME_SIZE_PT) neighbours.push(o);
    }
    if (neighbours.length === 0) return;
    for (let e = 1; e < rs.length; e++) {
      // Both ends of the chain are words (a border bar of a monospaced ASCII table is none).
      if (!stretched(e) || !JUSTIFIED_WORD.test(rs[e]!.text.trim())) continue;
      const right = rs[e]!.x + rs[e]!.width;
      let best = -1;
      for (let b = e - 1; b >= 0; b--) {
        const before = b > 0 ? rs[b - 1]!.x + rs[b - 1]!.width : -Infinity;
        const filled = neighbours.some((o) => o.spans.some((s) => s.left <= rs[b]!.x + EDGE_SLACK_PT && s.left > before && Math.abs(s.right - right) <= RIGHT_EDGE_PT));
        if (filled && JUSTIFIED_WORD.test(rs[b]!.text.trim())) best = b;
        if (b === 0 || !stretched(b) || Math.abs(gap(b) - gap(e)) > JUSTIFIED_GAP_PT) break;
      }
      for (let k = best + 1; best >= 0 && k <= e; k++) out.add(rs[k]!);
    }
  });
  return out;
}
/** A justified paragraph's full lines end within this many points of each other (glyph advances, rounded). */
const RIGHT_EDGE_PT = 0.5;

/**
 * For baseline groups of runs in baseline order (each group's lowest baseline rising): the index
 * range [from, to) around line i outside which no line's baseline — any of its runs' — lies within
 * `reach` of `baseline`, with a point to spare (the caller's own test decides inside). Every line
 * when a baseline is not a finite number or the groups are out of order.
 */
function baselineWindow(lines: ReadonlyArray<{ runs: readonly GlyphRun[] }>): (i: number, baseline: number, reach: number) => [number, number] {
  const lowest: number[] = [], highestSoFar: number[] = [];
  let bounded = true;
  for (const l of lines) {
    let lo = Infinity, hi = -Infinity;
    for (const r of l.runs) {
      if (r.baseline < lo) lo = r.baseline;
      if (r.baseline > hi) hi = r.baseline;
    }
    if (!Number.isFinite(lo) || !Number.isFinite(hi) || lo < (lowest[lowest.length - 1] ?? -Infinity)) bounded = false;
    lowest.push(lo);
    highestSoFar.push(Math.max(hi, highestSoFar[highestSoFar.length - 1] ?? -Infinity));
  }
  return (i, baseline, reach) => {
    if (!bounded) return [0, lines.length];
    const far = reach + 1;
    let from = i, to = i + 1;
    while (from > 0 && !(baseline - highestSoFar[from - 1]! > far)) from--;
    while (to < lines.length && !(lowest[to]! - baseline > far)) to++;
    return [from, to];
  };
}

/** Runs grouped by baseline, top to bottom (LINE_BASELINE_TOLERANCE of the larger font, as linesWithColumnStarts groups them). */
function baselineGroups(runs: readonly GlyphRun[]): GlyphRun[][] {
  const sorted = [...runs].sort((a, b) => a.baseline - b.baseline || a.x - b.x);
  const out: GlyphRun[][] = [];
  for (const r of sorted) {
    const line = out[out.length - 1];
    if (line && Math.abs(r.baseline - line[0]!.baseline) <= LINE_BASELINE_TOLERANCE * Math.max(r.fontSize, line[0]!.fontSize)) line.push(r);
    else out.push([r]);
  }
  return out;
}

/** Repairs glyph-level artefacts of one run's text (vocab/text: ligatures, soft hyphens, odd spaces and hyphens). */
export function cleanRunText(text: string): string {
  return repairText(text);
}

/**
 * Groups runs into lines by baseline (top to bottom), then each line into segments. With
 * `cutAt` (the page's rules), a segment is also cut where a vertical rule crosses it: see cutAtRules.
 */
export function buildLines(runs: readonly GlyphRun[], cutAt: readonly Rule[] = []): TextLine[] {
  const split = columnEdgeSplit(runs);
  const { visible, justified } = visibleRuns(runs, split);
  // Larger fonts first within a baseline band, so a line's reference baseline is its main text,
  // not a raised footnote mark.
  const sorted = [...visible].sort((a, b) => a.baseline - b.baseline || b.fontSize - a.fontSize);
  const groups: Array<{ baseline: number; fontSize: number; runs: GlyphRun[] }> = [];
  for (const run of sorted) {
    const last = groups[groups.length - 1];
    if (last && Math.abs(run.baseline - last.baseline) <= LINE_BASELINE_TOLERANCE * Math.max(run.fontSize, last.fontSize)) {
      last.runs.push(run);
      // The reference baseline follows the largest text (main text, not marks).
      if (run.fontSize > last.fontSize * SUPERSCRIPT_SIZE_RATIO && run.fontSize > last.fontSize) {
        last.baseline = run.baseline;
        last.fontSize = run.fontSize;
      }
    } else groups.push({ baseline: run.baseline, fontSize: run.fontSize, runs: [run] });
  }
  const verticals = cutAt.filter((r) => r.x1 === r.x2);
  const lines = groups.flatMap(splitStacked);
  // A run over the ink of the text before it opens a cell where another line's cell opens (overrunsInto).
  let starts: ReturnType<typeof columnStartsOf> | undefined;
  for (const g of lines) {
    const byX = [...g.runs].sort(byLeft);
    for (let i = 1; i < byX.length; i++) {
      const r = byX[i]!;
      if (r.opensCell || !overrunsInto(byX[i - 1]!, r)) continue;
      starts ??= columnStartsOf(lines);
      if (starts.some((e) => Math.abs(e.x - r.x) <= EDGE_SLACK_PT && Math.abs(e.size - r.fontSize) <= SAME_SIZE_PT && Math.abs(e.baseline - r.baseline) > LINE_BASELINE_TOLERANCE * r.fontSize))
        g.runs[g.runs.indexOf(r)] = { ...r, opensCell: true };
    }
  }
  return lines.map((g) => {
    const segments = segmentLine(g.runs, g.baseline, g.fontSize, justified);
    return { baseline: g.baseline, segments: verticals.length ? cutAtRules(segments, g.runs, g.baseline, verticals, justified) : segments };
  });
}

/** A rule this close (points) to a segment's edge is its cell border, not a cut through it. */
const CUT_MARGIN_PT = 1;

/**
 * A segment never runs across a vertical ruling line: in a ruled table the line is the cell
 * border. A text layer places words exactly, so the gap rule alone keeps cells apart; OCR boxes
 * are a pixel or two off and text set close to a border can leave a gap under half an em, so the
 * OCR reader asks for its lines to be cut where a vertical rule crosses a segment (each side is
 * then segmented again from the line's own runs).
 */
function cutAtRules(segments: LineSegment[], runs: readonly GlyphRun[], baseline: number, verticals: readonly Rule[], justified?: ReadonlySet<GlyphRun>): LineSegment[] {
  const size = Math.max(...segments.map((s) => s.fontSize));
  const cuts = new Set<number>();
  for (const s of segments) {
    for (const r of verticals) {
      const covers = r.y1 <= baseline && r.y2 >= baseline - s.fontSize;
      if (covers && r.x1 > s.x + CUT_MARGIN_PT && r.x1 < s.x + s.width - CUT_MARGIN_PT) cuts.add(r.x1);
    }
  }
  if (cuts.size === 0) return segments;
  const edges = [-Infinity, ...[...cuts].sort((a, b) => a - b), Infinity];
  const out: LineSegment[] = [];
  for (let k = 1; k < edges.length; k++) {
    const part = runs.filter((r) => r.x + r.width / 2 >= edges[k - 1]! && r.x + r.width / 2 < edges[k]!);
    if (part.length) out.push(...segmentLine(part, baseline, size, justified));
  }
  return out;
}

/**
 * Runs within the baseline tolerance that overlap horizontally cannot share a printed line: they
 * are two lines of one column a few points apart (cells centred vertically, side by side with
 * cells of another height). Each goes to the first line it fits beside; lines keep baseline order.
 */
function splitStacked(group: { baseline: number; fontSize: number; runs: GlyphRun[] }): Array<{ baseline: number; fontSize: number; runs: GlyphRun[] }> {
  if (group.runs.length < 2) return [group];
  const lines: Array<{ baseline: number; fontSize: number; runs: GlyphRun[] }> = [];
  // Runs on one baseline to a hundredth of a point, starting ems apart, are one printed line: a
  // word run past its narrow cell over the next cell's text (TeX's overfull box: "ACCOMPLISHMENT"
  // 13 pt into "MEASURE"). Stacked lines of a column sit points apart; a bold overprint starts
  // within a point of its text.
  const overprinted = (a: GlyphRun, b: GlyphRun) => Math.abs(a.baseline - b.baseline) <= SAME_BASELINE_PT && Math.abs(a.x - b.x) > OVERRUN_APART_EM * Math.max(a.fontSize, b.fontSize);
  const overlaps = (a: GlyphRun, b: GlyphRun) => a.x < b.x + b.width - STACK_OVERLAP && b.x < a.x + a.width - STACK_OVERLAP && !overprinted(a, b);
  for (const run of [...group.runs].sort((a, b) => a.baseline - b.baseline)) {
    const home = lines.find((l) => !l.runs.some((r) => overlaps(r, run)));
    if (home) home.runs.push(run);
    else lines.push({ baseline: run.baseline, fontSize: run.fontSize, runs: [run] });
  }
  if (lines.length === 1) return [group];
  // The first line keeps the group's reference baseline; the others their own main text's.
  lines[0]!.baseline = group.baseline;
  lines[0]!.fontSize = group.fontSize;
  for (const l of lines.slice(1)) {
    const main = l.runs.reduce((a, b) => (b.fontSize > a.fontSize ? b : a));
    l.baseline = main.baseline;
    l.fontSize = main.fontSize;
  }
  return lines.sort((a, b) => a.baseline - b.baseline);
}
/** Points two runs may overlap (kerning, a bold overprint) and still sit side by side on one line. */
const STACK_OVERLAP = 1;
/** Baselines this close (points) are one line's: a layout engine sets a row's lines on one baseline exactly. */
const SAME_BASELINE_PT = 0.01;
/** Runs starting this many ems apart are no overprint of one text (bold by double printing). */
const OVERRUN_APART_EM = 2;

function isSuperscript(run: GlyphRun, baseline: number, mainSize: number): boolean {
  return run.fontSize < mainSize * SUPERSCRIPT_SIZE_RATIO && baseline - run.baseline >= SUPERSCRIPT_RAISE_EM * mainSize;
}

/**
 * The baseline a mark is raised above: the line's, or the text's it touches (within a word gap,
 * SEGMENT_GAP_EM) when that text sits lower — its cell set lower than the cell that gave the line
 * its reference baseline. A row's cells need not share a baseline (LibreOffice pads or centres
 * them apart: corpus15 val15h v15-006, "… Support Group: 4" 2.5 pt under the accomplishment on its
 * left, so its call "²", 3.9 pt over the "4", stood 1.4 pt over the line's baseline and was read
 * as "42").
 */
function callBaseline(run: GlyphRun, before: GlyphRun | undefined, baseline: number, mainSize: number): number {
  if (!before || before.fontSize < mainSize * SUPERSCRIPT_SIZE_RATIO || before.baseline <= baseline) return baseline;
  const gap = run.x - (before.x + before.width);
  return Math.abs(gap) <= SEGMENT_GAP_EM * before.fontSize ? before.baseline : baseline;
}

/**
 * Runs of one line, left to right, merged into word groups; split at column-sized gaps and around
 * marks. `justified`: runs its paragraph shows to be a justified line's words (paragraphJustifiedRuns).
 */
export function segmentLine(runs: readonly GlyphRun[], baseline: number, mainSize: number, justified?: ReadonlySet<GlyphRun>): LineSegment[] {
  const ordered = [...runs].sort(byLeft);
  const spread = justifiedInkedRuns(ordered.filter(isInked));
  for (const r of ordered) if (justified?.has(r)) spread.add(r);
  const out: LineSegment[] = [];
  // The run last joined to the last segment (its baseline and ink end: otherTextBox).
  let last: GlyphRun | undefined;
  for (const run of ordered) {
    const superscript = isSuperscript(run, callBaseline(run, last, baseline, mainSize), mainSize);
    const text = collapseWhite(run.text);
    const prev = out[out.length - 1];
    const gap = prev ? run.x - (prev.x + prev.width) : Infinity;
    const size = Math.max(run.fontSize, prev?.fontSize ?? 0);
    const afterBullet = !!prev && BULLET_GLYPH_ONLY.test(prev.text.trim()) && gap <= BULLET_GAP_EM * size;
    const justified = spread.has(run) && !run.opensCell;
    const apart = !!last && otherTextBox(last, run);
    if (prev && !superscript && !prev.superscript && !apart && (afterBullet || justified || (gap <= SEGMENT_GAP_EM * size && !run.opensCell))) {
      const joiner = gap > NO_SPACE_GAP_EM * size && !prev.text.endsWith(" ") && !text.startsWith(" ") ? " " : "";
      prev.text += joiner + text;
      prev.width = Math.max(prev.width, run.x + run.width - prev.x);
      prev.bold = prev.bold && run.bold;
      last = run;
      continue;
    }
    out.push({ text, x: run.x, width: run.width, fontSize: run.fontSize, bold: run.bold, superscript, baseline: run.baseline });
    last = run;
  }
  return out
    .map((s) => ({ ...s, text: s.text.trim() }))
    .filter((s) => s.text !== "");
}

/**
 * Two texts of one line that touch are two text boxes — cells side by side — not one word, when
 * no single line of text could have set them so (session 26, h-pdf18; corpus17 lochrome.pdf
 * "held in" + "15 (actual)", "hearing" + "21 days"): `run` starts within TOUCH_EM of the text
 * before it (no word space: the two would read as one word, "in15") but sits more than
 * BASELINE_STEP_PT above or below it, in the same font size. A layout engine sets every glyph of
 * one line of text on one baseline (to a hundredth of a point); text on another baseline is another
 * paragraph — a table cell vertically centred or padded otherwise than its neighbour, whose first
 * glyph happens to start where the cell before ends. Raised marks are smaller (isSuperscript), the
 * words of an OCR layer, whose baselines wander, are a word space apart, and closing punctuation
 * (",", ")") goes on with the text before it whatever its place.
 */
export function otherTextBox(before: GlyphRun, run: GlyphRun): boolean {
  if (Math.abs(run.fontSize - before.fontSize) > SAME_SIZE_PT || CLOSING.test(run.text.trimStart())) return false;
  const em = Math.max(run.fontSize, before.fontSize);
  const gap = run.x - (before.x + before.width);
  return gap <= TOUCH_EM * em && gap >= -OVERRUN_EM * em && Math.abs(run.baseline - before.baseline) > BASELINE_STEP_PT;
}
/** Punctuation that closes the text before it: never a cell's first character. */
const CLOSING = /^[,.;:!?)\]}%]/u;

/**
 * A run starting more than OVERRUN_EM left of the ink end of the text before it on its line, not
 * as a kerning pair (two letters within MAX_KERN_EM, as kernedOn reads them) nor over that text's
 * own start (an overprint), and not with closing punctuation: a word run past its narrow cell's
 * edge over the next cell's first glyph (XeTeX's overfull `p{}` cell, corpus14 xe.pdf:
 * "programmes" ends at 412.61, "12" starts at 409.67) — or a font's widths disagreeing with the
 * glyphs drawn (Word: "UNMOGIP" ends 1.8 pt past the "," after it). buildLines tells them apart by
 * the page: the run opens a cell where another line's cell opens too (columnStartsOf).
 */
export function overrunsInto(before: GlyphRun, run: GlyphRun): boolean {
  if (Math.abs(run.fontSize - before.fontSize) > SAME_SIZE_PT || CLOSING.test(run.text.trimStart())) return false;
  const em = Math.max(run.fontSize, before.fontSize);
  const gap = run.x - (before.x + before.width);
  if (gap >= -OVERRUN_EM * em) return false;
  const kerned = kernedLetters(before.text.trimEnd().slice(-1), run.text.trimStart().charAt(0)) && gap >= -MAX_KERN_EM * em;
  return !kerned && run.x > before.x + OVERRUN_EM * em;
}
/** Text that starts within this fraction of an em after the text before it has no word space between (a word space is 0.2–0.35 em). */
export const TOUCH_EM = 0.15;
/** Glyphs of one line of text share a baseline to a hundredth of a point; this far apart, they are two texts (0.74 pt in corpus17's centred cells). */
export const BASELINE_STEP_PT = 0.3;
/** A run starting this fraction of an em left of the ink end of the text before it is no kerned glyph (kerns reach about 0.1 em). */
const OVERRUN_EM = 0.15;

/** Where cells of the page's lines open (the line's first run, or one after a column-sized gap), by font size: an overrun's cell must open at one of them on another line. */
function columnStartsOf(lines: ReadonlyArray<{ baseline: number; runs: GlyphRun[] }>): Array<{ x: number; size: number; baseline: number }> {
  const out: Array<{ x: number; size: number; baseline: number }> = [];
  for (const l of lines) {
    const byX = [...l.runs].sort(byLeft);
    byX.forEach((r, i) => {
      if (i === 0 || opensSegmentAfter(byX[i - 1]!, r)) out.push({ x: r.x, size: r.fontSize, baseline: r.baseline });
    });
  }
  return out;
}

/**
 * A cell's text set right up to the next column (Chromium's print of a table whose cells have
 * little padding: a word ends under a point before the next cell's text starts) joins that cell's
 * text, since the gap is under half an em — "13 times a" + "donor base." read "13 times adonor
 * base.". The next cell's text was drawn by a text-showing operator of its own (a run of its own,
 * or a seam in a run that glyphs.ts joined across operators), and it starts at an inner column
 * edge: the line right above or below, a wrapped line's step away (NEAR_EDGE_EM: the same table
 * row), starts a segment of its own there after a column-sized gap, in the same font size. Such a
 * run opens a segment, and a run is cut
 * at such a seam. A font change within a line of prose starts no segment: no line next to it has a
 * column gap there; nor does a row spanning the table (wkhtmltopdf draws its text in pieces, one
 * starting mid-word at a column edge): cell padding or a paragraph's gap sets it apart from the rows.
 *
 * A line that is a table row itself (it starts a cell of its own after a column gap) also takes
 * the edge from the lines of its own table further away (WIDE_EDGE_EM): lines in the same font size
 * with a cell edge where this line opens a cell after a column gap (the table's left edge is every
 * paragraph's too: a signature block under the table shares it), MIN_EDGE_LINES of which have a
 * cell edge at x (a cell opening there, after a gap or as the line's first cell). One-line measures set apart by paragraph
 * spacing put the next value of a narrow Target column two or more ems away ("… statements
 * published" + "32"), and a first column's cell that ends at the second column's edge may have
 * only its own wrapped line and lines that start no cell at that edge around it ("… emissions
 * from" + "Recommendations …"). Prose and spanning rows start no cell of their own.
 */
export function splitAtColumnEdges(runs: readonly GlyphRun[]): readonly GlyphRun[] {
  return columnEdgeSplit(runs).runs;
}

/**
 * buildLines' visible runs (the split runs with their text repaired, cleanRunText, the inked ones)
 * and their paragraph-justified runs. paragraphJustifiedRuns was computed twice a page, on the
 * split's input and on these (session 42, h-perf7: ~1 % of the pipeline's CPU): when the split cut
 * no run and the repair changed the text of no inked run, the visible runs are the input's inked
 * runs one for one, in the same order, with the same text, place and size (all that
 * paragraphJustifiedRuns reads), so its answer is the split's set, as their copies.
 */
function visibleRuns(runs: readonly GlyphRun[], split: ColumnEdgeSplit): { visible: GlyphRun[]; justified: Set<GlyphRun> } {
  const visible: GlyphRun[] = [];
  const reused = new Set<GlyphRun>();
  let same = split.runs === runs;
  for (const r of split.runs) {
    const copy = { ...r, text: cleanRunText(r.text) };
    const inked = isInked(copy);
    if (inked) visible.push(copy);
    if (!same) continue;
    if (inked !== isInked(r) || (inked && copy.text !== r.text)) same = false;
    else if (inked && split.justified.has(r)) reused.add(copy);
  }
  return { visible, justified: same ? reused : paragraphJustifiedRuns(visible) };
}

/** splitAtColumnEdges' runs, with the paragraph-justified runs (paragraphJustifiedRuns) of its input it read. */
interface ColumnEdgeSplit {
  runs: readonly GlyphRun[];
  justified: ReadonlySet<GlyphRun>;
}

function columnEdgeSplit(input: readonly GlyphRun[]): ColumnEdgeSplit {
  const justified = paragraphJustifiedRuns(input);
  return { runs: cutAtColumnEdges(input, linesWithColumnStarts(input, justified)), justified };
}

function cutAtColumnEdges(runs: readonly GlyphRun[], lines: ColumnStartLine[]): readonly GlyphRun[] {
  if (!lines.some((l) => l.starts.length > 0)) return runs;
  // The pieces a run is cut into, by run; the output keeps the runs' own (content-stream) order.
  const pieces = new Map<GlyphRun, GlyphRun[]>();
  // The `own` scan below reads only the lines near enough by baseline (session 26, h-speed6: it read every line of the page per row).
  const window = baselineWindow(lines);
  lines.forEach((line, i) => {
    // The column starts of the lines a wrapped line's step above and below (lines are in baseline order).
    const near: Array<{ x: number; size: number }> = [];
    const sideEdges: Array<{ x: number; size: number; above: boolean }> = [];
    const nearLefts: number[] = [];
    const size = line.runs.reduce((m, r) => (r.fontSize > m ? r.fontSize : m), 0);
    for (const step of [-1, 1]) {
      for (let k = i + step; k >= 0 && k < lines.length && Math.abs(lines[k]!.baseline - line.baseline) <= NEAR_EDGE_EM * size; k += step) {
        // A line spread word by word (justified, or drawn a word at a time: "Objective | 6: | To |
        // develop | …") shows word starts, not cells.
        if (lines[k]!.spreadGaps > MAX_CELL_STARTS) continue;
        // A list item's text after its marker starts at the marker's tab stop, no column's edge.
        lines[k]!.starts.forEach((x, j) => lines[k]!.afterMarker[j] || near.push({ x, size: lines[k]!.sizes[j]! }));
        for (const x of lines[k]!.edges) sideEdges.push({ x, size: lines[k]!.size, above: step < 0 });
        nearLefts.push(...lines[k]!.lefts);
      }
    }
    // The lines of this line's own table around it (sharing one of its cell starts), further away.
    const own: Array<{ cells: ColumnStartLine["cells"]; edges: number[]; size: number }> = [];
    if (line.starts.length > 0 && line.spreadGaps <= MAX_CELL_STARTS) {
      const [from, to] = window(i, line.baseline, WIDE_EDGE_EM * size);
      for (let k = from; k < to; k++) {
        const other = lines[k]!;
        if (k === i || Math.abs(other.baseline - line.baseline) > WIDE_EDGE_EM * size || other.spreadGaps > MAX_CELL_STARTS) continue;
        const shares = Math.abs(line.size - other.size) <= SAME_SIZE_PT && other.lefts.some((x) => line.starts.some((e) => Math.abs(e - x) <= EDGE_SLACK_PT));
        if (shares) own.push({ cells: other.cells, edges: other.edges, size: other.size });
      }
    }
    if (near.length === 0 && own.length === 0) return;
    const nearEdge = (x: number, runSize: number) => near.some((e) => Math.abs(e.x - x) <= EDGE_SLACK_PT && Math.abs(e.size - runSize) <= SAME_SIZE_PT);
    // A cell edge the lines both above and below show (a cell of theirs starts there, a line's
    // first one too): a run starting there opens its cell even when the text before it runs a
    // little past it (a word wider than its narrow cell, TeX's overfull \hbox: "accomplishment"
    // 0.75 pt into "performance", with "Key" above and "indicator" below at the same x). A kerning
    // seam falls on one neighbour's edge by chance, not on both.
    const edgeBothSides = (x: number, runSize: number) =>
      near.some((e) => Math.abs(e.x - x) <= EDGE_SLACK_PT && Math.abs(e.size - runSize) <= SAME_SIZE_PT) &&
      [true, false].every((above) => sideEdges.some((e) => e.above === above && Math.abs(e.x - x) <= EDGE_SLACK_PT && Math.abs(e.size - runSize) <= SAME_SIZE_PT));
    // A cell from \`left\` to a column edge at \`next\`: MIN_EDGE_LINES lines of the table have a cell
    // edge at \`next\`, and one of them shows that very cell (both its edges), so a list item's
    // hanging indent (the text after "(i)" is the marker's cell) or another column's edge that
    // happens to fall inside the run (no line has a cell from the run's left edge to it) does not count.
    const ownCell = (left: number | undefined, next: number, runSize: number) => {
      // No line of the table around: no cell (what the tests below answer, without their arrays).
      if (left === undefined || own.length === 0) return false;
      const same = own.filter((o) => Math.abs(o.size - runSize) <= SAME_SIZE_PT);
      const near = (a: number, b: number) => Math.abs(a - b) <= EDGE_SLACK_PT;
      const showsCell = (o: (typeof own)[number]) => o.cells.some((c) => near(c.left, left) && near(c.next, next));
      if (same.filter((o) => o.edges.some((e) => near(e, next))).length >= MIN_EDGE_LINES && same.some(showsCell)) return true;
      // One row of the table is enough when it shows the cell and starts every other cell of this
      // line where this line does: a row of the same columns.
      return line.starts.length >= MIN_SHARED_STARTS && same.some((o) => showsCell(o) && sharesEveryStart(line.starts, o.edges));
    };
    // The left edge of the cell each run would join (the line's cells as linesWithColumnStarts cuts them).
    const cellLeftOf = new Map<GlyphRun, number>();
    {
      let cellLeft: number | undefined, prev: GlyphRun | undefined;
      for (const r of line.runs) {
        if (r.text.trim() === "" || r.fontSize <= 0) continue;
        if (prev && cellLeft !== undefined) cellLeftOf.set(r, cellLeft);
        if (!prev || (opensSegmentAfter(prev, r) && !LIST_MARKER_ONLY.test(prev.text.trim()))) cellLeft = r.x;
        prev = r;
      }
    }
    let before: GlyphRun | undefined;
    for (const run of line.runs) {
      const prev = before;
      if (run.text.trim() !== "") before = run;
      // A cut leaves a cell's text on its left, so the run must start at a cell's left edge the
      // lines beside show too: a label centred in a header cell ("Key" over "performance
      // indicator") can open right above a seam inside the wider label under it.
      // And two cell edges are a column's width apart: a seam a letter or two into the run
      // (wkhtmltopdf draws "r" and "equests" apart, its "r" a point or two left of the column's
      // other lines) is no cell's end. (Most runs have no seam: the left-edge scan only for those that do.)
      // The table's own lines further away show both edges, or neither counts.
      const inCell = !!run.seams?.length && nearLefts.some((x) => Math.abs(x - run.x) <= EDGE_SLACK_PT);
      const cuts = !run.seams?.length ? [] : run.seams.filter((c) => c.at > 0 && c.at < run.text.length && c.x - run.x >= MIN_CELL_EM * run.fontSize && (!kernedSeam(run, c) || edgeBothSides(c.x, run.fontSize)) && !BULLET_GLYPH_ONLY.test(run.text.slice(0, c.at).trim()) && ((inCell && nearEdge(c.x, run.fontSize)) || ownCell(run.x, c.x, run.fontSize)));
      const opens = !run.opensCell && (!kernedOn(prev, run) || edgeBothSides(run.x, run.fontSize)) && (nearEdge(run.x, run.fontSize) || ownCell(cellLeftOf.get(run), run.x, run.fontSize));
      if (cuts.length === 0 && !opens) continue;
      const out: GlyphRun[] = [];
      let from = 0, left = run.x;
      for (const c of cuts) {
        out.push({ text: run.text.slice(from, c.at), x: left, baseline: run.baseline, width: run.x + c.before - left, fontSize: run.fontSize, bold: run.bold, ...(from > 0 || opens ? { opensCell: true } : {}) });
        from = c.at;
        left = c.x;
      }
      out.push({ text: run.text.slice(from), x: left, baseline: run.baseline, width: run.x + run.width - left, fontSize: run.fontSize, bold: run.bold, ...(from > 0 || opens ? { opensCell: true } : {}) });
      pieces.set(run, out);
    }
  });
  return pieces.size === 0 ? runs : withPieces(runs, pieces);
}

/**
 * The runs with each cut run replaced by its pieces, in order: `runs.flatMap((run) => pieces.get(run)
 * ?? [run])` without an array per run (session 42, h-perf7: that line was a third of the split's
 * own time on the bench PDFs, whose table pages nearly all have a run cut).
 */
function withPieces(runs: readonly GlyphRun[], pieces: ReadonlyMap<GlyphRun, GlyphRun[]>): GlyphRun[] {
  const out: GlyphRun[] = [];
  for (const run of runs) {
    const cut = pieces.get(run);
    if (cut === undefined) out.push(run);
    else for (const piece of cut) out.push(piece);
  }
  return out;
}

/**
 * `text.replace(/\s+/g, " ")`: the text itself when its only white space is single plain spaces
 * (nearly every run), with no regex replace (session 42, h-perf7: segmentLine's replace per run was
 * its largest line). isJsSpace is the \s of JavaScript, char by char.
 */
export function collapseWhite(text: string): string {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isJsSpace(c) && (c !== 0x20 || isJsSpace(text.charCodeAt(i + 1)))) return text.replace(/\s+/g, " ");
  }
  return text;
}

/**
 * `run` goes on with the word `prev` ends, kerned into it: it starts left of `prev`'s end (a
 * negative kern) with a letter after a letter. groff splits a line's text operator at each kerning
 * pair ("KEY PERFORMANCE INDICA" + "TORS", A–T kerned by −0.9 pt), and such a seam can fall on a
 * column edge of the lines beside by chance (the Baseline column under a spanning label). No cell
 * starts inside the text before it.
 */
function kernedOn(prev: GlyphRun | undefined, run: GlyphRun): boolean {
  if (!prev || prev.x + prev.width - run.x < KERN_OVERLAP_PT || prev.x + prev.width - run.x > MAX_KERN_EM * run.fontSize) return false;
  return kernedLetters(prev.text.slice(-1), run.text.charAt(0));
}
/** The same inside one run: the text of a later operator joined it at `seam`, kerned into the word before. */
function kernedSeam(run: GlyphRun, seam: RunSeam): boolean {
  if (run.x + seam.before - seam.x < KERN_OVERLAP_PT || run.x + seam.before - seam.x > MAX_KERN_EM * run.fontSize) return false;
  return kernedLetters(run.text.charAt(seam.at - 1), run.text.charAt(seam.at));
}
/**
 * Two letters a negative kern may join inside a word. A capital after a small letter is no such
 * pair: it is a word run past its narrow cell's right edge into the next cell, whose text starts
 * at the column's edge (TeX's overfull \hbox in a `p{}` header cell: "Accomplishments" 0.8 pt
 * into "Indicators").
 */
function kernedLetters(before: string, after: string): boolean {
  if (/\p{Ll}/u.test(before) && /\p{Lu}/u.test(after)) return false;
  return /\p{L}/u.test(before) && /\p{L}/u.test(after);
}
/** A run starting this far (points) left of the previous run's end overlaps it: a negative kern. */
const KERN_OVERLAP_PT = 0.1;
/**
 * No kerning pair moves a glyph back more than this (ems; A–T, A–V are about 0.1): text starting
 * further left of the previous run's end is printed over it — a word run far past its narrow
 * cell into the next one ("ACCOMPLISHMENT" 13 pt into "MEASURE", TeX's overfull box).
 */
const MAX_KERN_EM = 0.5;
/** Runs starting within this many points of each other start at one column edge (a layout engine places a column's cells exactly). */
const EDGE_SLACK_PT = 1;
/** A table row's own table lines this many ems above or below it show its column edges too (a few rows of one-line cells with paragraph spacing). */
const WIDE_EDGE_EM = 6;
/**
 * Of those lines, at least this many have a cell edge at x: a column the cells line up on, not a
 * label centred in a header cell (its x is one line's alone: "Indicator" over a seam at 344 pt).
 */
const MIN_EDGE_LINES = 2;
/**
 * A line whose cells after the first start at this many column edges or more, each one where a
 * neighbouring row's cells start, is a row of that row's table: that row alone shows where the
 * line's first cells end (Chromium's rows of one-line cells set apart by paragraph spacing, a cell's
 * last word set against the next cell: "Security incidents affecting aid" + "Responses with …",
 * "Development plans addressing" + "Forecast error …"; corpus7 tune7b html.pdf). A label centred in
 * a header cell shares no such run of cell starts with the rows under it.
 */
const MIN_SHARED_STARTS = 2;
/** Does every one of `starts` lie on one of `edges`? */
function sharesEveryStart(starts: readonly number[], edges: readonly number[]): boolean {
  return starts.every((x) => edges.some((e) => Math.abs(e - x) <= EDGE_SLACK_PT));
}
/** A line starting more cells than this after column gaps is words spread apart, not a table's row. */
const MAX_CELL_STARTS = 6;
/** A cell cut off a run is at least this many ems wide (the narrowest column holds a short word or a year). */
const MIN_CELL_EM = 2;
/** Font sizes this close (points) are one size: the cell beside is set in the same font as the line cut (a table's body, not a title above it). */
const SAME_SIZE_PT = 0.5;
/**
 * One of them is at most this many ems above or below the line cut there: the next wrapped line of
 * the same row (single spacing is 1.1–1.25 em); a spanning row's padding or a paragraph's gap
 * puts more between (wkhtmltopdf's objective rows: 2.2 em).
 */
const NEAR_EDGE_EM = 1.4;

/** A page line for splitAtColumnEdges: its runs by x, where its cells start after a column gap (and their font sizes), and every cell's left edge (the first run's too). */
interface ColumnStartLine {
  baseline: number;
  runs: GlyphRun[];
  starts: number[];
  sizes: number[];
  /** Per start: it follows a list marker standing alone (its item's text at a hanging indent). */
  afterMarker: boolean[];
  /** Column-sized gaps on the line, a justified line's word gaps too (they start no cells): over MAX_CELL_STARTS, words spread apart. */
  spreadGaps: number;
  lefts: number[];
  /** The largest font size of the line's text. */
  size: number;
  /**
   * Each cell that another cell follows after a column gap: its left edge and the next cell's. A
   * list marker standing alone ("(i)", "a)", "1.", "•") and its item's text are one cell: the
   * item's hanging indent is no column edge.
   */
  cells: Array<{ left: number; next: number }>;
  /** Every cell's left edge, the first one's too (as \`lefts\`, but a list item's text after its marker opens no cell). */
  edges: number[];
}

/**
 * After `prev` on its line, `run` opens a segment of its own: a column-sized gap (SEGMENT_GAP_EM of
 * the larger font) lies between them, and `prev` is no lone bullet glyph (a bullet and its item are
 * one cell). One rule for linesWithColumnStarts and splitAtColumnEdges' cells.
 */
function opensSegmentAfter(prev: GlyphRun, run: GlyphRun): boolean {
  return run.x - (prev.x + prev.width) > SEGMENT_GAP_EM * Math.max(prev.fontSize, run.fontSize) && !BULLET_GLYPH_ONLY.test(prev.text.trim());
}

/**
 * The page's lines (baseline groups of runs, as buildLines groups them) with the left edges of runs
 * that stand a column-sized gap (over SEGMENT_GAP_EM) right of another run on the line, not after
 * a lone bullet: where the line's cells start.
 */
function linesWithColumnStarts(runs: readonly GlyphRun[], justified: ReadonlySet<GlyphRun>): ColumnStartLine[] {
  const sorted = [...runs].sort((a, b) => a.baseline - b.baseline || a.x - b.x);
  const out: ColumnStartLine[] = [];
  let line: GlyphRun[] = [];
  const flush = () => {
    if (line.length === 0) return;
    const byX = line.sort(byLeft);
    const inked = byX.filter(isInked);
    const starts: number[] = [], sizes: number[] = [], afterMarker: boolean[] = [];
    const cells: Array<{ left: number; next: number }> = [];
    // A justified line's words start no cells (nor edges for the lines around it).
    const spread = justifiedInkedRuns(inked);
    for (const r of inked) if (justified.has(r)) spread.add(r);
    let cellLeft = inked[0]?.x ?? 0, spreadGaps = 0;
    for (let i = 1; i < inked.length; i++) {
      const prev = inked[i - 1]!, run = inked[i]!;
      if (opensSegmentAfter(prev, run)) spreadGaps++;
      if (opensSegmentAfter(prev, run) && !spread.has(run)) {
        starts.push(run.x);
        sizes.push(run.fontSize);
        afterMarker.push(LIST_MARKER_ONLY.test(prev.text.trim()));
        if (!LIST_MARKER_ONLY.test(prev.text.trim())) {
          cells.push({ left: cellLeft, next: run.x });
          cellLeft = run.x;
        }
      }
    }
    out.push({ baseline: byX[0]!.baseline, runs: byX, starts, sizes, afterMarker, spreadGaps, lefts: inked.length ? [inked[0]!.x, ...starts] : [], size: inked.reduce((m, r) => (r.fontSize > m ? r.fontSize : m), 0), cells, edges: inked.length ? [inked[0]!.x, ...cells.map((c) => c.next)] : [] });
    line = [];
  };
  for (const r of sorted) {
    const first = line[0];
    if (first && Math.abs(r.baseline - first.baseline) > LINE_BASELINE_TOLERANCE * Math.max(r.fontSize, first.fontSize)) flush();
    line.push(r);
  }
  flush();
  return out;
}
