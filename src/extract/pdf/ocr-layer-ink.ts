/**
 * A searchable scan's OCR layer checked against the page image's ink (docs/pdf.md, "Searchable
 * scans"). The layer is what an OCR engine read, and it read some of it wrong in ways the ink
 * shows at a glance: a comma where the image has a full stop, a full stop or comma with no ink at
 * all (`ACCOMPLISHMENTS,` over a bare S: the table header no longer matched), a hollow-square
 * bullet read into the item's first word (`181 per cent` for "□ 81 per cent", `ClLead`, `Oi
 * Increase`), two words read as one (`Atleast`, `ona`), and the dot of an `i` on the line below read as
 * a full stop of its own. The page is rendered once at a low resolution (OCR_LAYER_INK_DPI) and each
 * word's glyphs are compared with the ink under them; nothing is read again, so this costs a
 * rendering, not an OCR pass.
 *
 * Geometry of an OCR layer: each word is one text-showing operator whose glyphs the engine spreads
 * evenly over the word's box (tesseract and OCRmyPDF: GlyphLessFont, one advance per character,
 * horizontal scaling fitted to the box, a trailing space inside it). So a character's place is
 * known only roughly — its share of the box — while the box itself is the ink's. The checks below
 * use ink blobs and the word's own baseline and x-height as the image shows them; character slots
 * only to say which characters a blob stands for.
 *
 * The result is a rewrite per glyph (glyphs.ts GlyphRewrite): "" drops a glyph, another text
 * replaces it; runs are then built from the rewritten glyphs as from any text layer.
 */
import type { PlacedGlyph } from "./glyphs.js";
import { paperLevel, type GreyImage } from "../ocr/image-rules.js";
import { GLUED_INK_GAP_EM, HOLLOW_SQUARE_BULLET, isGluedPair, type OcrBox } from "../ocr/words.js";
import { isEnglishWord } from "../../vocab/english.js";

/** The rendered page: a grey image and its points per pixel (the glyphs are in points). */
export interface LayerInk {
  img: GreyImage;
  scale: number;
}

/**
 * Resolution (dots per inch) the page is rendered at for the checks: a full stop at 8–9 pt is 2–3
 * px across and a comma's tail 2–3 px below the baseline at 150 dpi, enough to tell them; a scan
 * coarser than this is rendered at its own resolution (nothing finer is in it).
 */
export const OCR_LAYER_INK_DPI = 150;

/** One word of the layer: consecutive glyphs of one baseline with no space glyph among them. */
export interface LayerWord {
  /** Indices (GlyphRewrite's) of the word's glyphs. */
  indices: number[];
  text: string;
  left: number;
  /** The right edge of the word's last character. */
  right: number;
  /** The right edge of its box: after the trailing space glyph when the engine spread the word over it too. */
  boxRight: number;
  baseline: number;
  size: number;
}

/** Glyphs closer than this (em) follow each other in one word. */
const IN_WORD_GAP_EM = 0.3;
const SPACE = /^\s+$/u;

/** The layer's words, from its glyphs in content order (spaces end words). */
export function layerWords(glyphs: readonly PlacedGlyph[]): LayerWord[] {
  const words: LayerWord[] = [];
  let cur: LayerWord | null = null;
  for (let i = 0; i < glyphs.length; i++) {
    const g = glyphs[i]!;
    const follows = cur !== null && Math.abs(g.baseline - cur.baseline) <= 0.1 * g.size && Math.abs(g.left - cur.boxRight) <= IN_WORD_GAP_EM * g.size;
    if (SPACE.test(g.text)) {
      // The trailing space the engine spread the word over: its box ends after it.
      if (cur && follows) cur.boxRight = g.right;
      cur = null;
      continue;
    }
    if (cur && follows && cur.boxRight === cur.right) {
      cur.indices.push(i);
      cur.text += g.text;
      cur.right = cur.boxRight = g.right;
      continue;
    }
    cur = { indices: [i], text: g.text, left: g.left, right: g.right, boxRight: g.right, baseline: g.baseline, size: g.size };
    words.push(cur);
  }
  // A line's last word has no space after it, but its box is spread as the others' are.
  for (const w of words) if (w.boxRight === w.right) w.boxRight = w.right + (w.right - w.left) / w.indices.length;
  return words;
}

/** What the ink under a word shows, in pixels. */
interface WordInk {
  /** Columns of the word's box (inclusive). */
  x0: number;
  x1: number;
  /** Rows of the word's printed line: the band of inked rows around its baseline. */
  top: number;
  bottom: number;
  /** The ink's baseline: the lowest ink row of most columns. */
  base: number;
  /** The x-height (or cap height, in capitals): the baseline less the commonest top of the columns. */
  xHeight: number;
  /** Which columns of [x0, x1] hold ink between top and bottom. */
  inked: boolean[];
}

/** A pixel darker than halfway between the paper and black is ink (a 2-bit scan's 1/3 grey edge is not). */
export function inkTest(ink: LayerInk): (x: number, y: number) => boolean {
  const { width, height, data } = ink.img;
  const level = paperLevel(ink.img) / 2;
  return (x, y) => x >= 0 && y >= 0 && x < width && y < height && data[y * width + x]! < level;
}

/**
 * The rows of a word's printed line: from the most inked row of its x-height band (between the
 * layer's baseline and 0.6 em above it) up and down while rows hold ink. The layer's baseline and
 * size are the engine's guesses (a pixel or two off; 11 pt for 9 pt text), the ink is not.
 */
export function wordInk(w: LayerWord, ink: LayerInk, isInk: (x: number, y: number) => boolean, right = w.boxRight): WordInk | null {
  const s = ink.scale;
  const x0 = Math.floor(w.left / s);
  const x1 = Math.ceil(right / s);
  const b = Math.round(w.baseline / s);
  const em = w.size / s;
  const rowInk = (y: number) => {
    let n = 0;
    for (let x = x0; x <= x1; x++) if (isInk(x, y)) n++;
    return n;
  };
  let seed = -1;
  let densest = 0;
  for (let y = Math.round(b - 0.6 * em); y <= b; y++) {
    const n = rowInk(y);
    if (n > densest) [seed, densest] = [y, n];
  }
  if (seed < 0) return null;
  let top = seed;
  let bottom = seed;
  while (top > b - 1.5 * em && rowInk(top - 1) > 0) top--;
  while (bottom < b + 0.6 * em && rowInk(bottom + 1) > 0) bottom++;
  const inked: boolean[] = [];
  const lows: number[] = [];
  const tops = new Map<number, number>();
  for (let x = x0; x <= x1; x++) {
    let hi = -1;
    let lo = -1;
    for (let y = top; y <= bottom; y++) if (isInk(x, y)) [hi, lo] = [hi < 0 ? y : hi, y];
    inked.push(hi >= 0);
    if (hi < 0) continue;
    lows.push(lo);
    tops.set(hi, (tops.get(hi) ?? 0) + 1);
  }
  if (lows.length === 0) return null;
  // The commonest bottom; of equals the lower (descenders and an `r`'s arm are the few).
  const bottoms = new Map<number, number>();
  for (const y of lows) bottoms.set(y, (bottoms.get(y) ?? 0) + 1);
  let base = top;
  let most = 0;
  for (const [y, n] of bottoms) if (n > most || (n === most && y > base)) [base, most] = [y, n];
  // The commonest top; of equals the lower (x-height letters outnumber ascenders in most words).
  let xTop = base;
  let count = 0;
  for (const [y, n] of tops) if (n > count || (n === count && y > xTop)) [xTop, count] = [y, n];
  return { x0, x1, top, bottom, base, xHeight: Math.max(1, base - xTop), inked };
}

/**
 * A full stop or comma ends a word only when the word's last ink is low: its columns' ink tops at
 * most this share of the x-height above the baseline (a full stop's or comma's top is 0.15–0.3
 * x-height up; a letter's right edge reaches higher: an `s` or `S` bowl 0.45–0.5, an `r`'s arm,
 * an `e`'s bowl, stems the whole x-height).
 */
export const END_PUNCT_MAX_TOP = 0.38;
/**
 * A comma's tail reaches 0.1–0.2 em below the baseline, a full stop's bottom is on it. The layer's
 * reading is kept unless the ink is clear: a comma is read as a full stop when its mark does not
 * reach below the letters' baseline at all, a full stop as a comma when its mark reaches more than
 * this (em; at least 2 px) below it.
 */
export const COMMA_TAIL_EM = 0.1;
/** A word's closing mark after at least two letters or digits (`7,` is a bullet read as a digit and comma). */
const END_PUNCT = /[\p{L}\p{N})%]{2}[.,]$/u;

/**
 * The word's closing full stop or comma as the ink shows it: "." or "," (the low mark at the
 * word's end, and whether it reaches below the baseline), "" when the word's last ink is a
 * letter's (the engine read a mark that is not printed), or null when the word ends otherwise or
 * the ink is unclear.
 */
export function closingMarkInk(w: LayerWord, ink: LayerInk, isInk = inkTest(ink)): { hi: number; lo: number; base: number; xHeight: number; em: number } | null {
  if (!END_PUNCT.test(w.text)) return null;
  const found = wordInk(w, ink, isInk);
  if (!found || found.xHeight < 4) return null;
  const { x0, x1, inked, top, bottom, base, xHeight } = found;
  const last = inked.lastIndexOf(true);
  if (last < 0) return null;
  // The blob of ink (8-connected) that the word's last inked column belongs to.
  const seen = new Set<number>();
  const stack: Array<[number, number]> = [];
  for (let y = top; y <= bottom; y++) if (isInk(x0 + last, y)) stack.push([x0 + last, y]);
  let hi = Infinity;
  let lo = -Infinity;
  while (stack.length > 0) {
    const [x, y] = stack.pop()!;
    const key = y * ink.img.width + x;
    if (seen.has(key) || x < x0 || x > x1 || y < top || y > bottom || !isInk(x, y)) continue;
    seen.add(key);
    [hi, lo] = [Math.min(hi, y), Math.max(lo, y)];
    for (const [dx, dy] of NEIGHBOURS) stack.push([x + dx, y + dy]);
  }
  return { hi, lo, base, xHeight, em: w.size / ink.scale };
}
const NEIGHBOURS = [[-1, -1], [0, -1], [1, -1], [-1, 0], [1, 0], [-1, 1], [0, 1], [1, 1]] as const;

export function closingMark(w: LayerWord, ink: LayerInk, isInk = inkTest(ink)): "." | "," | "" | null {
  const m = closingMarkInk(w, ink, isInk);
  if (!m) return null;
  const { hi, lo, base, xHeight, em } = m;
  if (base - hi > END_PUNCT_MAX_TOP * xHeight) return "";
  const tail = Math.max(2, Math.round(COMMA_TAIL_EM * em));
  const read = w.text.slice(-1);
  if (read === "," && lo <= base) return ".";
  // A comma's head sits on the baseline; a mark wholly below it is no comma.
  if (read === "." && lo - base > tail && hi <= base) return ",";
  return read === "," || read === "." ? read : null;
}

/** Word texts that are only a full stop or a comma (or quote-like specks). */
const LONE_MARK = /^[.,'`‘’]{1,2}$/u;
/** Another word this close (em) on the same baseline makes a lone mark part of the text. */
const LONE_MARK_NEIGHBOUR_EM = 1.5;

/**
 * A full stop or comma read as a word of its own, with no other word of its line near it: the dot
 * of an `i` on the line below, or a speck (dev-004: `.` 8 pt under `training`, joined to the cell).
 * Printed punctuation follows its word.
 */
export function isLoneMark(w: LayerWord, words: readonly LayerWord[]): boolean {
  if (!LONE_MARK.test(w.text)) return false;
  return !words.some(
    (o) => o !== w && Math.abs(o.baseline - w.baseline) <= 0.3 * w.size && o.left - w.boxRight < LONE_MARK_NEIGHBOUR_EM * w.size && w.left - o.boxRight < LONE_MARK_NEIGHBOUR_EM * w.size,
  );
}

/** Nothing ends within this many ems before a word that opens a cell (lines.ts's cell gap is 0.5 em). */
const OPENS_CELL_GAP_EM = 0.5;

function opensCell(w: LayerWord, words: readonly LayerWord[]): boolean {
  return !words.some((o) => o !== w && Math.abs(o.baseline - w.baseline) <= 0.3 * w.size && o.left < w.left && o.boxRight > w.left - OPENS_CELL_GAP_EM * w.size);
}

/**
 * A hollow square bullet (□, Word's and LibreOffice's Wingdings "q"): a blob about square
 * (HOLLOW_SQUARE_ASPECT) whose four edges are straight lines of ink — on each side one of the two
 * outermost rows or columns inked along HOLLOW_SQUARE_EDGE of its length — with ink in all four
 * corners and none inside. Round letters and digits (`o`, `O`, `G`, `D`, `C`, `0`) have empty
 * corners; `■` and `●` are full inside.
 */
export const HOLLOW_SQUARE_ASPECT = [0.8, 1.25] as const;
export const HOLLOW_SQUARE_EDGE = 0.85;
export const HOLLOW_SQUARE_CORE_INK = 0.1;
/** Smallest square (pixels a side) the test is made on: a bullet at 8 pt and 100 dpi is 7 px. */
const MIN_SQUARE_PX = 6;

/** Whether the pixel box (inclusive corners: the blob's extent) holds a hollow square (see HOLLOW_SQUARE_EDGE). */
export function isHollowSquare(box: OcrBox, isInk: (x: number, y: number) => boolean): boolean {
  const width = box.x1 - box.x0 + 1;
  const height = box.y1 - box.y0 + 1;
  if (width < MIN_SQUARE_PX || height < MIN_SQUARE_PX) return false;
  const aspect = width / height;
  if (aspect < HOLLOW_SQUARE_ASPECT[0] || aspect > HOLLOW_SQUARE_ASPECT[1]) return false;
  const rowCover = (y: number) => {
    let n = 0;
    for (let x = box.x0; x <= box.x1; x++) if (isInk(x, y)) n++;
    return n / width;
  };
  const colCover = (x: number) => {
    let n = 0;
    for (let y = box.y0; y <= box.y1; y++) if (isInk(x, y)) n++;
    return n / height;
  };
  const edges = [
    Math.max(rowCover(box.y0), rowCover(box.y0 + 1)),
    Math.max(rowCover(box.y1), rowCover(box.y1 - 1)),
    Math.max(colCover(box.x0), colCover(box.x0 + 1)),
    Math.max(colCover(box.x1), colCover(box.x1 - 1)),
  ];
  if (edges.some((e) => e < HOLLOW_SQUARE_EDGE)) return false;
  const corner = (x: number, y: number, dx: number, dy: number) => isInk(x, y) || isInk(x + dx, y) || isInk(x, y + dy) || isInk(x + dx, y + dy);
  if (!(corner(box.x0, box.y0, 1, 1) && corner(box.x1, box.y0, -1, 1) && corner(box.x0, box.y1, 1, -1) && corner(box.x1, box.y1, -1, -1))) return false;
  // Inside: the middle third each way.
  let core = 0;
  let cells = 0;
  for (let y = Math.ceil(box.y0 + height / 3); y <= box.y1 - height / 3; y++)
    for (let x = Math.ceil(box.x0 + width / 3); x <= box.x1 - width / 3; x++) {
      cells++;
      if (isInk(x, y)) core++;
    }
  return cells > 0 && core / cells <= HOLLOW_SQUARE_CORE_INK;
}

/** A hollow bullet is followed by at least this gap (em) when read into the word after it (words.ts GLUED_BULLET_GAP_EM). */
const BULLET_GAP_EM = 0.15;
/** Readings of a hollow bullet are one or two characters (`1`, `O`, `C`, `11`, `(1`, `CO`, `Cl`, `Oi`). */
const MAX_BULLET_CHARS = 2;
const NUMBER_REST = /^[\p{N}.,%]+$/u;
const WORD_REST = /^\p{L}+/u;
/** A word as printed: lower case, capitalised or capitals (`CAt` is a bullet and `At`, not "cat"). */
const CASED_WORD = /^(?:\p{Lu}?\p{Ll}+|\p{Lu}+)$/u;

/**
 * A hollow square bullet read as the first characters of the word opening a cell (`181` for "□
 * 81", `ClLead`, `Oincrease`, or a word of its own: `1`, `11`, `CO`), or left out of it
 * (`Workplan` over "□ Workplan"): the word's first ink blob is a hollow square (isHollowSquare)
 * with a gap after it. Returns how many characters of the word were the bullet's (0–2), or null.
 * A number after the bullet has one blob per digit (digits do not touch), so their count says;
 * letters touch, so the fewest characters whose removal leaves an English word (`Cincrease` →
 * `increase`, `Clean` stays), none when no removal does.
 */
export function hollowSquareReading(w: LayerWord, ink: LayerInk, isInk = inkTest(ink)): number | null {
  const found = wordInk(w, ink, isInk);
  if (!found) return null;
  const { x0, inked, top, bottom } = found;
  const first = inked.indexOf(true);
  if (first < 0) return null;
  let end = first;
  while (end + 1 < inked.length && inked[end + 1]) end++;
  // The blob's own rows.
  let y0 = Infinity;
  let y1 = -Infinity;
  for (let c = first; c <= end; c++) for (let y = top; y <= bottom; y++) if (isInk(x0 + c, y)) [y0, y1] = [Math.min(y0, y), Math.max(y1, y)];
  if (!isHollowSquare({ x0: x0 + first, y0, x1: x0 + end, y1 }, isInk)) return null;
  const chars = [...w.text];
  const n = chars.length;
  const next = inked.indexOf(true, end + 1);
  if (next < 0) return n <= MAX_BULLET_CHARS ? n : null;
  if (next - end - 1 < BULLET_GAP_EM * (w.size / ink.scale)) return null;
  const ks = Array.from({ length: Math.min(MAX_BULLET_CHARS, n - 1) + 1 }, (_, k) => k);
  let blobs = 0;
  for (let c = next; c < inked.length; c++) if (inked[c] && !inked[c - 1]) blobs++;
  const digits = ks.find((k) => NUMBER_REST.test(chars.slice(k).join("")) && n - k === blobs);
  if (digits !== undefined) return digits;
  const word = ks.find((k) => {
    const rest = WORD_REST.exec(chars.slice(k).join(""))?.[0];
    return rest !== undefined && CASED_WORD.test(rest) && isEnglishWord(rest.toLowerCase());
  });
  return word ?? 0;
}

/**
 * Two words read as one (`Atleast`, `ona`, `improvedat`, `formoney`): the ink shows a word space
 * inside the word — a run of empty columns at least GLUED_INK_GAP_EM wide (words.ts; the em is
 * the ink's, twice its x-height: an OCR layer's size may say 11 pt for 9 pt text) and
 * GLUED_LAYER_GAP_RATIO times the word's widest other gap (at 150 dpi letters stand 1–2 px apart,
 * the glued word spaces measured 4–6 px; words.ts asks 2.5 at 200–300 dpi) — and a cut near it
 * gives a number and letters or a short function word and letters (words.ts isGluedPair). Where
 * the cut falls among the characters is estimated from their share of the ink's width (the layer
 * has no character boxes; `At` is wider than `le`), so cuts within GLUED_CUT_SLOTS characters of
 * the gap are tried, and a cut must leave English words (`atransparent` has its gap after the
 * `a`, and `at` + `ransparent` is no cut). Returns where the second word starts (a character
 * index), or null.
 */
export const GLUED_LAYER_GAP_RATIO = 2;
export const GLUED_CUT_SLOTS = 1.5;

/** A part of a glued word: a number, or letters (a closing mark after them) that are an English word. */
function englishPart(part: string): boolean {
  const letters = part.replace(/[^\p{L}]+$/u, "");
  return !/\p{L}/u.test(letters) || (/^\p{L}+$/u.test(letters) && isEnglishWord(letters.toLowerCase()));
}

export function gluedSplit(w: LayerWord, ink: LayerInk, isInk = inkTest(ink)): number | null {
  const chars = [...w.text];
  const n = chars.length;
  if (n < 3) return null;
  const found = wordInk(w, ink, isInk);
  if (!found) return null;
  const { inked, xHeight } = found;
  const first = inked.indexOf(true);
  const last = inked.lastIndexOf(true);
  if (first < 0 || last <= first) return null;
  const gaps: Array<{ from: number; width: number }> = [];
  for (let c = first; c <= last; c++) {
    if (inked[c]) continue;
    const from = c;
    while (c + 1 <= last && !inked[c + 1]) c++;
    gaps.push({ from, width: c - from + 1 });
  }
  gaps.sort((a, b) => b.width - a.width);
  const best = gaps[0];
  if (!best || best.width < GLUED_INK_GAP_EM * 2 * xHeight || best.width < GLUED_LAYER_GAP_RATIO * Math.max(1, gaps[1]?.width ?? 0)) return null;
  const slot = (last - first + 1) / n;
  const middle = (best.from + best.width / 2 - first) / slot;
  let cut: number | null = null;
  for (let k = 1; k < n; k++) {
    const [before, after] = [chars.slice(0, k).join(""), chars.slice(k).join("")];
    if (Math.abs(k - middle) > GLUED_CUT_SLOTS || !isGluedPair(before, after) || !englishPart(before) || !englishPart(after)) continue;
    if (cut === null || Math.abs(k - middle) < Math.abs(cut - middle)) cut = k;
  }
  return cut;
}

/**
 * The rewrites an OCR layer's glyphs need by the ink (see the module comment): index → text.
 * Unchanged glyphs are not in the map.
 */
export function inkRewrites(glyphs: readonly PlacedGlyph[], ink: LayerInk): Map<number, string> {
  const out = new Map<number, string>();
  const words = layerWords(glyphs);
  const isInk = inkTest(ink);
  for (const w of words) {
    // One character per glyph (an OCR layer's), so that character slots are glyphs.
    if ([...w.text].length !== w.indices.length) continue;
    if (isLoneMark(w, words)) {
      for (const i of w.indices) out.set(i, "");
      continue;
    }
    const mark = closingMark(w, ink, isInk);
    if (mark !== null && mark !== w.text.slice(-1)) out.set(w.indices[w.indices.length - 1]!, mark);
    if (opensCell(w, words)) {
      const chars = hollowSquareReading(w, ink, isInk);
      if (chars !== null) {
        // The bullet's characters give way to it; when the engine read none, it goes before the word.
        if (chars === 0) out.set(w.indices[0]!, `${HOLLOW_SQUARE_BULLET} ${glyphs[w.indices[0]!]!.text}`);
        const rest = chars < w.indices.length;
        w.indices.slice(0, chars).forEach((i, k) => out.set(i, k > 0 ? "" : rest ? `${HOLLOW_SQUARE_BULLET} ` : HOLLOW_SQUARE_BULLET));
        continue;
      }
    }
    const split = gluedSplit(w, ink, isInk);
    if (split !== null) {
      const i = w.indices[split]!;
      out.set(i, ` ${out.get(i) ?? glyphs[i]!.text}`);
    }
  }
  return out;
}
