/**
 * The shape of a Type 3 glyph drawn with no text. A PDF printed through PostScript and distilled
 * (Ghostscript's ps2pdf after `pdftocairo -ps`, or a Word document printed to a PostScript driver)
 * draws symbols the PostScript font could not carry as Type 3 glyphs: bitmaps (pdf.js compiles a
 * small image mask into its outline path) or outlines, with neither a ToUnicode map nor glyph names.
 * The ligatures among them are resolved from the word they stand in (vocab/ligatures); a symbol
 * standing alone before a figure ("≥ 72%", "≤ 2 days" in a Target column) has no word to tell it.
 * Its drawing does: a bar under a chevron is "≥" when the chevron's two ends are on the left and its
 * point on the right, "≤" when mirrored. Every other shape stays a lost glyph (null).
 */
import { pathToPolylines } from "./rules.js";
import { type Matrix, IDENTITY, multiply, apply, asMatrix } from "./matrix.js";

/** The operators of one Type 3 glyph's content stream, as pdf.js compiles them (`charProcOperatorList`). */
export interface GlyphProgram {
  fnArray: readonly number[];
  argsArray: readonly unknown[];
}

/** pdf.js operator codes a glyph program is read with. */
export interface ShapeOpCodes {
  save: number;
  restore: number;
  transform: number;
  constructPath: number;
}

/** The raster a glyph's outline is sampled on (cells per side): enough for a chevron's stroke. */
const GRID = 24;
/** A bar row is inked across at least this share of the glyph's width. */
const BAR_FILL = 0.7;
/** The bar is at most this share of the glyph's height thick. */
const BAR_MAX_SHARE = 0.3;
/** The chevron above the bar is at least this share of the glyph's height. */
const CHEVRON_MIN_SHARE = 0.4;
/** The chevron's point lies at least this share of the glyph's width off its two ends. */
const POINT_OFFSET = 0.35;

/**
 * "≥", "≤" or null for a glyph program drawn by `toPage` (glyph space → top-down page points).
 * Only the glyph's filled outline paths are read (a glyph with no path is unknown).
 */
export function type3Symbol(program: GlyphProgram, ops: ShapeOpCodes, toPage: Matrix): string | null {
  return type3SymbolInk(program, ops, toPage)?.text ?? null;
}

/** `type3Symbol` with how far (page points) its ink reaches right of the glyph's origin. */
export function type3SymbolInk(program: GlyphProgram, ops: ShapeOpCodes, toPage: Matrix): { text: string; inkRight: number } | null {
  const polygons: Array<Array<[number, number]>> = [];
  const stack: Matrix[] = [];
  let ctm: Matrix = IDENTITY;
  for (let i = 0; i < program.fnArray.length; i++) {
    const fn = program.fnArray[i];
    const args = program.argsArray[i];
    if (fn === ops.save) stack.push(ctm);
    else if (fn === ops.restore) ctm = stack.pop() ?? IDENTITY;
    else if (fn === ops.transform) {
      const m = asMatrix(args);
      if (m) ctm = multiply(ctm, m);
    } else if (fn === ops.constructPath && Array.isArray(args)) {
      const data = (args[1] as unknown[] | undefined)?.[0] as ArrayLike<number> | undefined;
      if (!data || typeof data.length !== "number") continue;
      const m = multiply(toPage, ctm);
      for (const pl of pathToPolylines(data)) polygons.push(pl.map(([x, y]) => apply(m, x, y)));
    }
  }
  const grid = rasterize(polygons);
  const text = grid ? symbolOf(grid) : null;
  if (text === null) return null;
  const right = Math.max(...polygons.flatMap((pl) => pl.map(([x]) => x)));
  return { text, inkRight: right - toPage[4] };
}

/** The polygons filled (even-odd) on a GRID × GRID raster over their bounding box, row 0 at the top; null when empty. */
export function rasterize(polygons: ReadonlyArray<ReadonlyArray<readonly [number, number]>>): boolean[][] | null {
  let left = Infinity, right = -Infinity, top = Infinity, bottom = -Infinity;
  for (const pl of polygons) for (const [x, y] of pl) {
    left = Math.min(left, x);
    right = Math.max(right, x);
    top = Math.min(top, y);
    bottom = Math.max(bottom, y);
  }
  if (!(right > left && bottom > top)) return null;
  const w = right - left, h = bottom - top;
  const grid: boolean[][] = [];
  for (let r = 0; r < GRID; r++) {
    const y = top + ((r + 0.5) * h) / GRID;
    const row = new Array<boolean>(GRID).fill(false);
    // Crossings of the scan line with every edge, then even-odd spans.
    const xs: number[] = [];
    for (const pl of polygons) {
      for (let k = 0; k + 1 < pl.length; k++) {
        const [x0, y0] = pl[k]!, [x1, y1] = pl[k + 1]!;
        if ((y0 <= y && y1 > y) || (y1 <= y && y0 > y)) xs.push(x0 + ((y - y0) * (x1 - x0)) / (y1 - y0));
      }
      // An open polygon is closed for filling (a fill closes every subpath).
      const [fx, fy] = pl[0]!, [lx, ly] = pl[pl.length - 1]!;
      if ((ly <= y && fy > y) || (fy <= y && ly > y)) xs.push(lx + ((y - ly) * (fx - lx)) / (fy - ly));
    }
    xs.sort((a, b) => a - b);
    for (let k = 0; k + 1 < xs.length; k += 2) {
      for (let c = 0; c < GRID; c++) {
        const x = left + ((c + 0.5) * w) / GRID;
        if (x >= xs[k]! && x < xs[k + 1]!) row[c] = true;
      }
    }
    grid.push(row);
  }
  return grid;
}

/** "≥", "≤" or null for a raster (row 0 at the top): a bar at the foot, a gap, a chevron above. */
export function symbolOf(grid: readonly (readonly boolean[])[]): string | null {
  const rows = grid.length;
  const cols = grid[0]?.length ?? 0;
  const inked = (r: number) => grid[r]!.filter(Boolean).length;
  // The bar: the bottom rows inked across the glyph.
  let r = rows - 1;
  while (r >= 0 && inked(r) === 0) r--;
  const barBottom = r;
  while (r >= 0 && inked(r) >= BAR_FILL * cols) r--;
  const bar = barBottom - r;
  if (bar < 1 || bar > BAR_MAX_SHARE * rows) return null;
  // A gap of blank rows between the bar and the chevron.
  const gapBottom = r;
  while (r >= 0 && inked(r) === 0) r--;
  if (r === gapBottom) return null;
  const chevronBottom = r;
  let chevronTop = 0;
  while (chevronTop < chevronBottom && inked(chevronTop) === 0) chevronTop++;
  const height = chevronBottom - chevronTop + 1;
  if (height < CHEVRON_MIN_SHARE * rows) return null;
  for (let k = chevronTop; k <= chevronBottom; k++) if (inked(k) === 0 || inked(k) >= BAR_FILL * cols) return null;
  // Mean inked column over a band of rows.
  const centre = (from: number, to: number) => {
    let sum = 0, n = 0;
    for (let k = from; k <= to; k++) grid[k]!.forEach((on, c) => { if (on) { sum += c + 0.5; n++; } });
    return n ? sum / n : NaN;
  };
  const band = Math.max(1, Math.round(height / 5));
  const topEnd = centre(chevronTop, chevronTop + band - 1);
  const bottomEnd = centre(chevronBottom - band + 1, chevronBottom);
  const mid = Math.floor((chevronTop + chevronBottom) / 2);
  const point = centre(mid - Math.floor(band / 2), mid + Math.floor(band / 2));
  const off = POINT_OFFSET * cols;
  if (point - topEnd >= off && point - bottomEnd >= off) return "\u2265";
  if (topEnd - point >= off && bottomEnd - point >= off) return "\u2264";
  return null;
}
