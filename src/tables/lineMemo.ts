import type { Line } from "../model/layout.js";

/**
 * Per-line facts computed once per document and shared by the table reader's rules (issue 14,
 * session 22): a rule that asks for a line's words, or the words of a window of lines, gets the
 * array it (or another rule) built the first time. Held in WeakMaps keyed by the Line object, so
 * they live as long as the document's layout and no longer: a batch of thousands of documents
 * keeps none of them.
 *
 * Exact: every fact kept here is a function of the lines' contents and the layout text only, and
 * a Line is not changed after extraction (the table reader builds new Line objects when it cuts
 * one: runTogether, the linearised readers). The arrays handed out are shared: callers read them
 * (their types are readonly) and build new words when they need others (`{ ...w, text }`).
 */
export class LineMemo<T> {
  private readonly plain = new WeakMap<Line, T>();
  private readonly withText = new WeakMap<Line, { text: string; value: T }>();
  /** The value for `line` read with `text` (the layout text or undefined), built by `make` once. */
  get(line: Line, text: string | undefined, make: () => T): T {
    if (text === undefined) {
      let value = this.plain.get(line);
      if (value === undefined) this.plain.set(line, (value = make()));
      return value;
    }
    const known = this.withText.get(line);
    if (known && known.text === text) return known.value;
    const value = make();
    this.withText.set(line, { text, value });
    return value;
  }
}

/**
 * A value per window of lines (a sequence of Line objects, read with one layout text), kept under
 * the window's first line: the header reader merges the same window for the classifier's scan, the
 * table reader's walk and the run-together check, each over its own list of the same lines.
 */
export class WindowMemo<T> {
  private readonly byFirst = new WeakMap<Line, Array<{ window: readonly Line[]; text: string | undefined; value: T }>>();
  get(window: readonly Line[], text: string | undefined, make: () => T): T {
    const first = window[0];
    if (!first) return make();
    let entries = this.byFirst.get(first);
    if (entries) {
      for (const e of entries) if (e.text === text && sameLines(e.window, window)) return e.value;
    } else this.byFirst.set(first, (entries = []));
    const value = make();
    // The window is copied: callers build it in arrays they may reuse.
    if (entries.length < MAX_WINDOWS_PER_LINE) entries.push({ window: [...window], text, value });
    return value;
  }
}
/** A line opens a few windows (2 to MAX_HEADER_LINES lines); more are not kept. */
const MAX_WINDOWS_PER_LINE = 16;

function sameLines(a: readonly Line[], b: readonly Line[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * Like LineMemo, for the most recent `capacity` lines only: a fact asked of every line of the
 * document and again of its neighbours (a line's words: `lineWords`, ~3 calls per line, most
 * within a few lines of each other or in the table reader's second walk over a table) is kept
 * without holding every line's value to the stage's end — a 4,000-page document's words would be
 * hundreds of megabytes. The oldest line is dropped first. Exact under LineMemo's terms (a Line is
 * not changed after extraction); a value read with the layout text and one read without are kept
 * apart.
 */
export class RecentLineMemo<T> {
  private readonly entries = new Map<Line, { plain: T | undefined; text: string | undefined; withText: T | undefined }>();
  constructor(private readonly capacity: number) {}
  get(line: Line, text: string | undefined, make: () => T): T {
    let entry = this.entries.get(line);
    if (entry === undefined) {
      if (this.entries.size >= this.capacity) this.entries.delete(this.entries.keys().next().value!);
      this.entries.set(line, (entry = { plain: undefined, text: undefined, withText: undefined }));
    }
    if (text === undefined) return (entry.plain ??= make());
    if (entry.withText !== undefined && entry.text === text) return entry.withText;
    entry.text = text;
    return (entry.withText = make());
  }
  clear(): void {
    this.entries.clear();
  }
}
