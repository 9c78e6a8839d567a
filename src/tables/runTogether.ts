import type { Layout, Line, Page, Segment } from "../model/layout.js";
import { charCount } from "../vocab/text.js";
import { detectOneLineHeader } from "./header.js";
import { VALUE_LABEL_WORD, VALUE_ROLES } from "../vocab/columns.js";
import { NO_VALUE, PER_CENT, VALUE_NUMBER, VALUE_UNIT } from "../vocab/values.js";

/**
 * Tab-aligned pseudo-columns whose tab stops the printer lost.
 *
 * A Word paragraph block `Indicator ⇥ Baseline ⇥ Target` (right tab stops, no table) printed from
 * LibreOffice's HTML export by Chromium comes out with every tab as one plain space: the header
 * "Indicators of achievement Baseline Target (2023)" and each line "Average recruitment time 76 days
 * 63 days" are single runs whose words sit one space apart (pdftotext -bbox: every gap 2.97 pt), so
 * no x position tells the columns. What is left is the sequence: a header line that names a text
 * column and then only value columns (Baseline, Target), and under it lines that end in exactly as
 * many values as there are value columns. Those lines are cut into cells from the right, each cell
 * tagged with its column index — the same known-cell path tab-separated text takes — so that the
 * table reader reads them like the producer's own tabbed lines.
 */


/** The words of a text with their code-unit offsets. */
function words(text: string): Array<{ text: string; at: number }> {
  return [...text.matchAll(/\S+/g)].map((m) => ({ text: m[0], at: m.index }));
}

/**
 * The index of the word that opens the last `count` values of `ws`, or -1 when the line does not
 * end in that many values or nothing would be left before them (the indicator's text).
 */
export function valuesStart(ws: readonly string[], count: number): number {
  let end = ws.length;
  for (let n = 0; n < count; n++) {
    const last = ws[end - 1];
    if (last === undefined) return -1;
    if (VALUE_NUMBER.test(last) || NO_VALUE.test(last)) end -= 1;
    else if (end >= 3 && ws[end - 2] === PER_CENT[0] && last === PER_CENT[1] && VALUE_NUMBER.test(ws[end - 3]!)) end -= 3;
    else if (end >= 2 && VALUE_UNIT.test(last) && VALUE_NUMBER.test(ws[end - 2]!)) end -= 2;
    else return -1;
  }
  return end > 0 ? end : -1;
}

/** A piece of `seg` from code unit `from` to `to`, placed at its share of the segment's width. */
function piece(seg: Segment, from: number, to: number, column: number): Segment {
  const charWidth = seg.width / Math.max(charCount(seg.text), 1);
  const text = seg.text.slice(from, to);
  return {
    ...seg,
    text,
    x: seg.x + charCount(seg.text.slice(0, from)) * charWidth,
    width: charCount(text) * charWidth,
    start: Math.min(seg.start + from, seg.end),
    end: Math.min(seg.start + to, seg.end),
    column,
  };
}

/** `seg` cut before the given word offsets (the first cut at 0 excluded), piece i tagged column i. */
function cut(seg: Segment, starts: readonly number[]): Segment[] {
  return starts.map((from, i) => {
    const next = starts[i + 1];
    const to = next === undefined ? seg.text.length : next;
    return piece(seg, from, seg.text.slice(0, to).trimEnd().length, i);
  });
}

/**
 * The header's one run cut at its labels, and each line under it cut at its values; null when
 * `lines[i]` is not such a header with at least one such line under it.
 */
function splitBlock(lines: readonly Line[], i: number, layoutText: string): Map<number, Line> | null {
  const first = lines[i];
  const seg = first?.segments[0];
  if (!first || !seg || first.segments.length !== 1 || seg.column !== undefined) return null;
  // The header names a value column: every other one-run line (nearly all of a document's) is
  // passed over before the header reader runs on it.
  if (!VALUE_LABEL_WORD.test(seg.text)) return null;
  const header = detectOneLineHeader(lines, i, layoutText);
  if (!header || header.lineCount !== 1 || header.columns.length < 2) return null;
  const [textColumn, ...valueColumns] = header.columns;
  if (!textColumn || VALUE_ROLES.has(textColumn.role) || !valueColumns.every((c) => VALUE_ROLES.has(c.role))) return null;
  // The header's words go to the label they start under (the labels' anchors are their first words).
  const hw = words(seg.text);
  const charWidth = seg.width / Math.max(charCount(seg.text), 1);
  const xOf = (at: number) => seg.x + charCount(seg.text.slice(0, at)) * charWidth;
  const labelStarts = header.columns.map((c) => hw.find((w) => Math.abs(xOf(w.at) - c.x) < charWidth / 2)?.at);
  if (labelStarts.some((s) => s === undefined) || labelStarts[0] !== hw[0]?.at) return null;
  const out = new Map<number, Line>([[i, { ...first, segments: cut(seg, labelStarts as number[]) }]]);
  let page = first.page;
  for (let k = i + 1; k < lines.length; k++) {
    const line = lines[k]!;
    if (line.segments.length === 0) continue;
    const s = line.segments[0]!;
    // A row of the block: one run starting where the header starts, on the header's page or
    // opening the next one (the block runs on over the page break).
    const onPage = line.page === page || (line.page === page + 1 && lines[k - 1]?.page === page);
    if (!onPage || line.segments.length !== 1 || s.column !== undefined || Math.abs(s.x - seg.x) > charWidth) break;
    page = line.page;
    const ws = words(s.text);
    const from = valuesStart(
      ws.map((w) => w.text),
      valueColumns.length,
    );
    if (from < 0) break;
    // One cut before the values, then one between each two values (a unit stays with its number).
    const starts = [0];
    for (let w = from; w < ws.length; w++) {
      const t = ws[w]!.text;
      if (VALUE_NUMBER.test(t) || NO_VALUE.test(t)) starts.push(ws[w]!.at);
    }
    if (starts.length !== header.columns.length) break;
    out.set(k, { ...line, segments: cut(s, starts) });
  }
  return out.size > 1 ? out : null;
}

/**
 * The layout with every tabbed block whose columns ran together cut into known cells (see the
 * file's head); the same layout when there is none. PDF and Markdown: pandoc's docx reader writes
 * each tab as one space (`pandoc -f docx -t markdown` / `-t gfm`), so a Word tabbed block reaches
 * Markdown as one paragraph per line, its columns run together as in Chromium's print. Plain text
 * keeps its tabs and pdftotext's spaces.
 */
export function splitRunTogetherColumns(layout: Layout): Layout {
  if (layout.format !== "pdf" && layout.format !== "markdown") return layout;
  // One sequence over the pages (without their blank lines): a block may run on over a page break.
  const lines = layout.pages.flatMap((p) => p.lines.filter((l) => l.segments.length > 0));
  const replaced = new Map<Line, Line>();
  for (let i = 0; i < lines.length; i++) {
    const block = splitBlock(lines, i, layout.text);
    if (!block) continue;
    for (const [k, line] of block) replaced.set(lines[k]!, line);
    i = Math.max(...block.keys());
  }
  if (replaced.size === 0) return layout;
  const pages: Page[] = layout.pages.map((page) => (page.lines.some((l) => replaced.has(l)) ? { ...page, lines: page.lines.map((l) => replaced.get(l) ?? l) } : page));
  return { ...layout, pages };
}
