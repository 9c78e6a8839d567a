import type { Line } from "../model/layout.js";
import { ITEM_OPENING } from "../vocab/markers.js";
import { ALIGNED_CHARS, ANCHOR_SLACK_CHARS, HUNG_MARKER, MAX_LOCAL_SHIFT_CHARS, averageCharWidth, charCount, columnOfWord, lineWords, tabbedColumns, type ColumnDef, type Word } from "./columns.js";

/**
 * Plain text (`pdftotext -layout`): a row whose cells pdftotext set some characters left of the
 * part's edge for a later column. It lays out each block of a page on a grid of its own, and a
 * row of a narrow justified table may come out with its measure column ten characters left of the
 * header's ("Percentage of oversight recom‐" / "mendations implemented on time" at character 55
 * under "Performance measures" at 65; corpus11 d11-012). `localAnchors` only moves edges right;
 * left of the edge, such a line's run is read as the previous column's text until a word crosses
 * the edge, and the run is cut there ("Percentage" | "of oversight recom‐").
 *
 * The grid says where the column opens on this row: the line opens a run left of column i's edge,
 * further than the anchor slack (a run that close already opens the column, and a marker hung a
 * character or two left of its item's text is no shifted grid: "o Time taken …" / "(days)") and
 * within MAX_LOCAL_SHIFT_CHARS of it, that runs on past the edge (a cell's line never runs into the
 * next column), and another line near it opens a run at the same place (within ALIGNED_CHARS)
 * that is shifted as well (left of the slack, past the edge) — two lines sharing a left edge are
 * one cell's lines; a measure opening within the slack is no sign of a shift, and a justified
 * accomplishment line's last word glued to the measure a character left of it would seem to
 * share its edge ("Greenhouse    gas    emissions Air tickets …" over "… Budget implementation
 * rate.", corpus20 d20-007 typst.txt), nor holds a word opening an item at the part's edge (two
 * justified lines' last words glued to their measures, "emissions Air tickets …" and "completed
 * Average days …", both at 21 with "Air" and "Average" at the edge, 31). Neither run
 * opens with a list marker: a marked item hung left of a centred label is the marker rules' to
 * place (`hungBeforeNextColumn`, `bulletOpensCell`; corpus dev-010 chromium.txt). And the
 * previous column's text near the line opens at least MIN_CELL_CHARS further left: the place is
 * no edge of that column's own lines. Then column i opens there for this line (exact: no slack).
 * Only the first such column of the line moves; other lines keep the part's edges.
 */
export function rowShiftedLeft(columns: readonly ColumnDef[], line: Line, near: readonly Line[], wordsOf: (l: Line) => readonly Word[] = lineWords): readonly ColumnDef[] {
  if (near.length === 0 || columns.length < 2 || tabbedColumns(columns)) return columns;
  const cw = averageCharWidth(line);
  const own = runsOf(wordsOf(line), cw);
  for (let i = 1; i < columns.length; i++) {
    const c = columns[i]!, prev = columns[i - 1]!;
    // A run opening with a list marker is the marker rules' (a marker hangs left of its item's text).
    const pastEdge = (r: Run) => r.end > c.x + cw && !HUNG_MARKER.test(r.first.text);
    // A word of the run opening an item at the part's edge: the run is two cells glued there, not shifted.
    const gluedAtEdge = (r: Run) => r.words.some((w, k) => k > 0 && ITEM_OPENING.test(w.text) && Math.abs(w.x - c.x) <= ANCHOR_SLACK_CHARS * cw);
    const shifted = (r: Run) => r.x < c.x - ANCHOR_SLACK_CHARS * cw && r.x >= c.x - MAX_LOCAL_SHIFT_CHARS * cw && pastEdge(r) && !gluedAtEdge(r);
    for (const r of own) {
      if (!shifted(r) || r.x <= prev.x + MIN_CELL_CHARS * cw) continue;
      const shared = near.some((n) => runsOf(wordsOf(n), cw).some((s) => Math.abs(s.x - r.x) <= ALIGNED_CHARS * cw && shifted(s)));
      if (!shared) continue;
      const prevOpensLeft = [line, ...near].some((n) => runsOf(wordsOf(n), cw).some((s) => s.x < r.x - MIN_CELL_CHARS * cw && columnOfWord(s.first, columns, cw) === i - 1));
      if (!prevOpensLeft) continue;
      return columns.map((d, k) => (k === i ? { ...d, x: r.x, exact: true } : d));
    }
  }
  return columns;
}

/** A run of a line's words (one segment): where it opens, its first word and where its last ends. */
interface Run {
  x: number;
  end: number;
  first: Word;
  words: Word[];
}
function runsOf(words: readonly Word[], cw: number): Run[] {
  const runs: Run[] = [];
  words.forEach((w, k) => {
    const end = w.x + charCount(w.text) * cw;
    const last = runs[runs.length - 1];
    if (k > 0 && last && words[k - 1]!.segment === w.segment) {
      last.end = end;
      last.words.push(w);
    } else runs.push({ x: w.x, end, first: w, words: [w] });
  });
  return runs;
}
/** The previous column keeps at least this many characters (a narrow cell of a justified table). */
const MIN_CELL_CHARS = 8;
