/**
 * A second look at words tesseract read with low confidence: each run of such words is cut out
 * of the page image (with a margin, never into the neighbouring words) and read again on its own
 * as one printed line. Tesseract's page layout analysis is what garbles most of them, not the
 * glyphs: where cells side by side are set half a line apart it takes two printed lines for one
 * and reads "agreed development" as `CEG ENE` (confidence 14) and "goals." as `Hoss:` (27); read
 * alone, the same pixels give "agreed development" (96) and "goals." (96) — d2-002-lo-200.pdf of
 * the layout scans. The new reading replaces the old only when it is confident; the words stay
 * where they were on the page (their boxes come from the crop, moved back into page pixels), so
 * everything after (words.ts, lines.ts) is unchanged. Pure but for the `read` callback.
 */
import { inkShareOf, type GreyImage } from "./image-rules.js";
import type { OcrBlock, OcrBox, OcrLine, OcrWord } from "./words.js";
import { baselineAt, hollowBullet, ownBaseline, ROW_HEIGHT_EM } from "./words.js";

/**
 * Words under this confidence are read again. LSTM misreads mostly score under 60
 * (LOW_WORD_CONFIDENCE); under 50 the reading is nearly always wrong on the layout scans
 * (`CEG` 14, `ucgetpruposels` 0, `381in` 31, `agin` 14), while correct words of unusual shape
 * (`(UNOMIG)` 45, `Cote` 28) are read the same again and stay.
 */
export const REREAD_CONFIDENCE = 50;
/**
 * One-character words are left alone: they are mostly bullets read as `«`, `+`, `e`, `©`, which
 * words.ts recognises by their shape and place; a crop around one would only be read as a letter.
 */
export const REREAD_MIN_CHARS = 2;
/** A new reading is taken when its confidence (weighted by length) is at least this … */
export const REREAD_ACCEPT = 75;
/** … and it has letters or digits (specks read as punctuation replace nothing). */
const HAS_TEXT = /[\p{L}\p{N}]/u;
/**
 * Doubtful words of one line closer than this (em) are read together: the garbled pieces of one
 * phrase (`CEG ENE` is "agreed development"). A cell gap (0.5 em, lines.ts) is far smaller than
 * the gap to the next column, so a run stays inside its cell.
 */
export const REREAD_JOIN_EM = 0.6;
/**
 * The crop reaches this far (em) beyond the words' box: tesseract's box of a garbled word can
 * miss a descender or a first letter. Sideways it stops half-way to the next word of the line.
 */
export const REREAD_MARGIN_X_EM = 0.3;
export const REREAD_MARGIN_Y_EM = 0.3;
/**
 * Words whose box is taller than this (em) cover two printed lines (a wrapped header cell, "Baseli"
 * over "ne", read as one garbled word): the crop is read as a small block of lines, not one line.
 * A line's ink (ascender to descender) is about one em.
 */
export const MULTI_LINE_EM = 1.5;
/** A crop row or column this dark (grey level under RULE_DARK) along RULE_SHARE of it is a rule, painted out. */
const RULE_DARK = 160;
const RULE_SHARE = 0.8;
/** A crop stops this many pixels short of a vertical rule (its blurred edge). */
const WALL_CLEAR_PX = 3;
/** White border (pixels) around a crop: tesseract reads glyphs touching the image edge badly. */
const CROP_BORDER_PX = 10;
/** At most this many crops a page: a page of noise must not cost a recognition per speck. */
export const MAX_REREADS_PER_PAGE = 60;

/** A run of doubtful words on one OCR line, and the pixel box to read again. */
export interface DoubtfulRun {
  line: OcrLine;
  /** The words' box spans more than one printed line (tesseract boxed a wrapped header cell as one word): read as a block. */
  block: boolean;
  words: OcrWord[];
  box: OcrBox;
  /**
   * Boxes of other words reaching into the crop from the lines above and below (their descenders
   * and ascenders), painted white before reading: cut-off glyph parts at the crop's edges made
   * tesseract unsure of a correct reading (`accomplishments` 21 in a header of tight lines).
   */
  mask: OcrBox[];
  /** Boxes of all other words inside the crop: a new reading of one of them is a duplicate. */
  others: OcrBox[];
  /**
   * Other words inside the crop read with less than REREAD_CONFIDENCE (not in `others`): a new
   * reading covering one of them reads its ink right, and the unsure word goes (WEAK_WORD).
   */
  weak?: OcrWord[];
}

/**
 * A word read with less confidence than this does not veto a new reading of the ink it covers:
 * dev-032's "Organization." was read as `Diyatizach,` (confidence 0) with `Han` (30) on a 3 px
 * strip inside it; the re-read of the crop gave "Organization." (87), dropped as a second reading
 * of `Han`. An unsure word covered so (DUPLICATE_OVERLAP of its box) is taken out with the run.
 */
const WEAK_WORD = REREAD_CONFIDENCE;

const doubtful = (w: OcrWord) => w.confidence < REREAD_CONFIDENCE && [...w.text.trim()].length >= REREAD_MIN_CHARS && HAS_TEXT.test(w.text);

/** The em of a line in pixels (tesseract's row height is about one em). */
function emOf(line: OcrLine): number {
  return (line.rowAttributes?.rowHeight ?? line.bbox.y1 - line.bbox.y0) / ROW_HEIGHT_EM;
}

/** The runs of doubtful words on the page, each with the box to crop (clamped to the image). */
/** A vertical rule in pixels (x, from y0 to y1). */
export interface Wall {
  x: number;
  y0: number;
  y1: number;
}

export function doubtfulRuns(blocks: readonly OcrBlock[], width: number, height: number, walls: readonly Wall[] = []): DoubtfulRun[] {
  const runs: DoubtfulRun[] = [];
  const lines = blocks.flatMap((b) => b.paragraphs.flatMap((p) => p.lines));
  // A line tesseract joined from two printed lines has a row height of both (80 px for a 30 px
  // em on d2-013): the page's median line says what one em is; a line's own em only when smaller.
  const ems = lines.map(emOf).sort((a, b) => a - b);
  const pageEm = ems[(ems.length - 1) >> 1] ?? 0;
  for (const line of lines) {
    const words = [...line.words].sort((a, b) => a.bbox.x0 - b.bbox.x0);
    const em = Math.min(emOf(line), pageEm);
    for (let k = 0; k < words.length; k++) {
      if (!doubtful(words[k]!)) continue;
      const run = [words[k]!];
      while (k + 1 < words.length && doubtful(words[k + 1]!) && words[k + 1]!.bbox.x0 - run[run.length - 1]!.bbox.x1 <= REREAD_JOIN_EM * em) run.push(words[++k]!);
      const prev = words[k - run.length];
      const next = words[k + 1];
      const x0 = Math.min(...run.map((w) => w.bbox.x0));
      const x1 = Math.max(...run.map((w) => w.bbox.x1));
      const y0 = Math.min(...run.map((w) => w.bbox.y0));
      const y1 = Math.max(...run.map((w) => w.bbox.y1));
      // Never over a vertical rule beside the words (a cell border, or its stub on a poor scan,
      // would be read as "l" or "|": "land", "linformation" on the harsh seed scan).
      const across = walls.filter((r) => r.y0 <= y1 && r.y1 >= y0);
      const wallLeft = Math.max(0, ...across.filter((r) => r.x < x0).map((r) => r.x + WALL_CLEAR_PX));
      const wallRight = Math.min(width - 1, ...across.filter((r) => r.x > x1).map((r) => r.x - WALL_CLEAR_PX));
      const left = Math.max(0, x0 - REREAD_MARGIN_X_EM * em, prev ? (prev.bbox.x1 + x0) / 2 : 0, Math.min(wallLeft, x0));
      const right = Math.min(width - 1, x1 + REREAD_MARGIN_X_EM * em, next ? (x1 + next.bbox.x0) / 2 : width - 1, Math.max(wallRight, x1));
      const box = {
        x0: Math.floor(left),
        y0: Math.max(0, Math.floor(y0 - REREAD_MARGIN_Y_EM * em)),
        x1: Math.ceil(right),
        y1: Math.min(height - 1, Math.ceil(y1 + REREAD_MARGIN_Y_EM * em)),
      };
      if (box.x1 > box.x0 && box.y1 > box.y0) runs.push({ line, words: run, box, block: y1 - y0 + 1 > MULTI_LINE_EM * em, ...neighbours(blocks, run, box, y0, y1) });
    }
  }
  return runs;
}

/**
 * A word sits on another printed line when under this share of its height lies within the run's
 * own height: a neighbouring line's glyphs reaching into the crop, not a word of the run's line.
 */
const OTHER_LINE_OVERLAP = 0.5;

/** Other words' boxes inside `box`, and those of them that reach in from the lines above and below the run (y0–y1). */
function neighbours(blocks: readonly OcrBlock[], run: readonly OcrWord[], box: OcrBox, y0: number, y1: number): { mask: OcrBox[]; others: OcrBox[]; weak: OcrWord[] } {
  const out: OcrBox[] = [];
  const others: OcrBox[] = [];
  const weak: OcrWord[] = [];
  for (const w of blocks.flatMap((b) => b.paragraphs.flatMap((p) => p.lines.flatMap((l) => l.words)))) {
    if (run.includes(w)) continue;
    const b = w.bbox;
    if (b.x1 < box.x0 || b.x0 > box.x1 || b.y1 < box.y0 || b.y0 > box.y1) continue;
    if (w.confidence < WEAK_WORD) weak.push(w);
    else others.push(b);
    const inside = Math.max(0, Math.min(b.y1, y1) - Math.max(b.y0, y0) + 1);
    if (inside < OTHER_LINE_OVERLAP * (b.y1 - b.y0 + 1)) out.push(b);
  }
  return { mask: out, others, weak };
}

/**
 * A new word covering this share of the smaller box of a word already read (not one of the run)
 * is that word read again: a block crop holds the run's neighbours too ("ne" under "Baseli").
 */
const DUPLICATE_OVERLAP = 0.5;

function overlapShare(a: OcrBox, b: OcrBox): number {
  const w = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0) + 1;
  const h = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0) + 1;
  if (w <= 0 || h <= 0) return 0;
  const area = (x: OcrBox) => (x.x1 - x.x0 + 1) * (x.y1 - x.y0 + 1);
  return (w * h) / Math.min(area(a), area(b));
}

/** The pixels of `box` (inclusive) on a white border of CROP_BORDER_PX, as a grey image; `mask` boxes painted white. */
export function crop(img: GreyImage, box: OcrBox, mask: readonly OcrBox[] = []): GreyImage {
  const w = box.x1 - box.x0 + 1 + 2 * CROP_BORDER_PX;
  const h = box.y1 - box.y0 + 1 + 2 * CROP_BORDER_PX;
  const data = new Uint8Array(w * h).fill(255);
  for (let y = box.y0; y <= box.y1; y++) {
    const from = y * img.width + box.x0;
    data.set(img.data.subarray(from, from + (box.x1 - box.x0 + 1)), (y - box.y0 + CROP_BORDER_PX) * w + CROP_BORDER_PX);
  }
  // Table rules crossing the crop (a cell's borders above and below a header's words) are
  // painted out: read with them, "Baseline (2016)" came back as `016)`. A row (column) of the
  // crop that is dark along most of its length is a rule; no row of text is.
  const dark = (v: number) => v < RULE_DARK;
  for (let y = CROP_BORDER_PX; y < h - CROP_BORDER_PX; y++) {
    let n = 0;
    for (let x = CROP_BORDER_PX; x < w - CROP_BORDER_PX; x++) if (dark(data[y * w + x]!)) n++;
    if (n >= RULE_SHARE * (w - 2 * CROP_BORDER_PX)) data.fill(255, y * w, (y + 1) * w);
  }
  for (let x = CROP_BORDER_PX; x < w - CROP_BORDER_PX; x++) {
    let n = 0;
    for (let y = CROP_BORDER_PX; y < h - CROP_BORDER_PX; y++) if (dark(data[y * w + x]!)) n++;
    if (n >= RULE_SHARE * (h - 2 * CROP_BORDER_PX)) for (let y = 0; y < h; y++) data[y * w + x] = 255;
  }
  for (const m of mask) {
    const xa = Math.max(m.x0, box.x0), xb = Math.min(m.x1, box.x1);
    const ya = Math.max(m.y0, box.y0), yb = Math.min(m.y1, box.y1);
    for (let y = ya; y <= yb; y++) data.fill(255, (y - box.y0 + CROP_BORDER_PX) * w + (xa - box.x0 + CROP_BORDER_PX), (y - box.y0 + CROP_BORDER_PX) * w + (xb - box.x0 + CROP_BORDER_PX) + 1);
  }
  return { width: w, height: h, data };
}

const shift = (b: OcrBox, dx: number, dy: number): OcrBox => ({ x0: b.x0 + dx, y0: b.y0 + dy, x1: b.x1 + dx, y1: b.y1 + dy });

/** Confidence of a set of words, weighted by their length. */
function confidenceOf(words: readonly OcrWord[]): number {
  const n = words.reduce((k, w) => k + w.text.length, 0);
  return n === 0 ? 0 : words.reduce((k, w) => k + w.confidence * w.text.length, 0) / n;
}

/**
 * The words of a crop's reading, moved back into page pixels; null when the reading is not to be
 * taken (not confident, no text, no better than the first).
 */
export function acceptedReading(run: DoubtfulRun, reading: readonly OcrBlock[]): OcrWord[] | null {
  const dx = run.box.x0 - CROP_BORDER_PX;
  const dy = run.box.y0 - CROP_BORDER_PX;
  const words = reading
    .flatMap((b) => b.paragraphs.flatMap((p) => p.lines.flatMap((l) => l.words.map((w) => ({ w, l })))))
    .filter(({ w }) => w.text.trim() !== "")
    .map(({ w, l }) => {
      // The crop holds one printed line: its baseline is each word's (tesseract's page line may
      // have joined it with a neighbouring cell's line, half a line lower).
      const moved: OcrWord = { text: w.text, confidence: w.confidence, bbox: shift(w.bbox, dx, dy), baseline: baselineAt(l, (w.bbox.x0 + w.bbox.x1) / 2) + dy };
      if (w.symbols) moved.symbols = w.symbols.map((s) => ({ text: s.text, bbox: shift(s.bbox, dx, dy) }));
      return moved;
    })
    .filter((w) => !run.others.some((o) => overlapShare(o, w.bbox) >= DUPLICATE_OVERLAP))
    .sort((a, b) => a.bbox.x0 - b.bbox.x0);
  if (words.length === 0 || !words.some((w) => HAS_TEXT.test(w.text))) return null;
  const now = confidenceOf(words);
  return now >= REREAD_ACCEPT && now > confidenceOf(run.words) ? words : null;
}

export interface RereadResult {
  blocks: OcrBlock[];
  /** Crops read again, and how many of their readings replaced the first. */
  reread: number;
  replaced: number;
}

/**
 * Reads every run of doubtful words again (`read`: a grey crop → tesseract's single-line reading,
 * or single-block when the run spans lines)
 * and puts the accepted readings in place of the words. `img` is the image the boxes refer to.
 */
export async function rereadDoubtful(blocks: readonly OcrBlock[], img: GreyImage, read: (crop: GreyImage, block: boolean) => Promise<OcrBlock[]>, walls: readonly Wall[] = []): Promise<RereadResult> {
  const runs = doubtfulRuns(blocks, img.width, img.height, walls).slice(0, MAX_REREADS_PER_PAGE);
  if (runs.length === 0) return { blocks: [...blocks], reread: 0, replaced: 0 };
  const replacement = new Map<OcrLine, Map<OcrWord, OcrWord[] | null>>();
  let replaced = 0;
  const lineOf = new Map(blocks.flatMap((b) => b.paragraphs.flatMap((p) => p.lines.flatMap((l) => l.words.map((w) => [w, l] as const)))));
  // Unsure words a new reading covered (WEAK_WORD): gone, and not read again in a run of their own.
  const covered = new Set<OcrWord>();
  for (const run of runs) {
    if (run.words.every((w) => covered.has(w))) continue;
    const words = acceptedReading(run, await read(crop(img, run.box, run.mask), run.block));
    if (!words) continue;
    replaced++;
    const m = replacement.get(run.line) ?? new Map<OcrWord, OcrWord[] | null>();
    run.words.forEach((w, i) => m.set(w, i === 0 ? words : null));
    replacement.set(run.line, m);
    for (const w of run.weak ?? []) {
      const line = lineOf.get(w);
      if (!line || replacement.get(line)?.has(w) || !words.some((n) => overlapShare(w.bbox, n.bbox) >= DUPLICATE_OVERLAP)) continue;
      const mw = replacement.get(line) ?? new Map<OcrWord, OcrWord[] | null>();
      mw.set(w, null);
      replacement.set(line, mw);
      covered.add(w);
    }
  }
  const out = blocks.map((b) => ({
    ...b,
    paragraphs: b.paragraphs.map((p) => ({
      ...p,
      lines: p.lines.map((l) => {
        const m = replacement.get(l);
        return m ? { ...l, words: l.words.flatMap((w) => (m.has(w) ? m.get(w) ?? [] : [w])) } : l;
      }),
    })),
  }));
  return { blocks: out, reread: runs.length, replaced };
}

/**
 * Ink no word covers: tesseract's page segmentation drops short isolated words outright, above
 * all lone numbers in the narrow Baseline and Target columns ("8", "11", "4" on d2-002: no word,
 * nothing to correct). Ink is looked for on a coarse grid (cells of MISSED_CELL_EM) outside every
 * word's box; touching inked cells form a blob, and a blob of a word's size (MISSED_HEIGHT_EM
 * tall, at most MISSED_MAX_WIDTH_EM wide: not a rule, not a picture, not a speck) is read on its
 * own like a doubtful word. Its reading is kept only when confident (MISSED_ACCEPT).
 */
export const MISSED_CELL_EM = 0.2;
export const MISSED_HEIGHT_EM = [0.45, 1.6] as const;
export const MISSED_MAX_WIDTH_EM = 8;
/** Width / height of a round "o" bullet (words.ts O_BULLET_MIN_ASPECT). */
const ROUND_O_ASPECT = 0.85;
/** How far (em) right of an "o" bullet its item's first word starts (a hanging indent). */
const O_ITEM_GAP_EM = 2.5;
/** New words need more confidence than re-read ones: there was no word at all before. */
export const MISSED_ACCEPT = 85;
/** A pixel this much darker than the paper is ink (glyph cores; faded ink on grey paper is ~200 below it). */
const MISSED_INK_DARKNESS = 100;
/** Inked pixels a grid cell needs: one pixel is noise. */
const MISSED_MIN_CELL_INK = 2;
/** A blob closer than this (em) beside a word on its line (overlapping it by MISSED_BESIDE_OVERLAP of its height) is part of that word. */
const MISSED_WORD_GAP_EM = 0.35;
const MISSED_BESIDE_OVERLAP = 0.5;
/** At most this many blobs a page are read (a page with a picture has hundreds): the rest are left. */
export const MAX_MISSED_PER_PAGE = 40;
/** Words that cover nothing: signs read with almost no confidence are specks (words.ts SPECK_CONFIDENCE) or misread ink. */
const COVERS_NOTHING = (w: OcrWord) => w.confidence < 30 && !HAS_TEXT.test(w.text);

/** The boxes (pixels) of word-sized blobs of ink that no recognised word covers. */
export function missedBlobs(blocks: readonly OcrBlock[], img: GreyImage, paper: number): OcrBox[] {
  const found = uncoveredBlobs(blocks, img, paper);
  if (!found) return [];
  const { em } = found;
  const blobs = found.blobs.filter((box) => {
    const h = (box.y1 - box.y0 + 1) / em, w = (box.x1 - box.x0 + 1) / em;
    return !(h < MISSED_HEIGHT_EM[0] || h > MISSED_HEIGHT_EM[1] || w > MISSED_MAX_WIDTH_EM);
  });
  return blobs.length > MAX_MISSED_PER_PAGE ? [] : blobs;
}

/** Blobs of ink (grid boxes, pixels) that no recognised word covers nor stands right beside, and the page's em (pixels). */
function uncoveredBlobs(blocks: readonly OcrBlock[], img: GreyImage, paper: number): { blobs: OcrBox[]; em: number } | null {
  const lines = blocks.flatMap((b) => b.paragraphs.flatMap((p) => p.lines));
  const ems = lines.map(emOf).sort((a, b) => a - b);
  const em = ems[(ems.length - 1) >> 1];
  if (em === undefined || em <= 0) return null;
  const cell = Math.max(2, Math.round(MISSED_CELL_EM * em));
  const gw = Math.ceil(img.width / cell);
  const gh = Math.ceil(img.height / cell);
  const covered = new Uint8Array(gw * gh);
  const words = lines.flatMap((l) => l.words).filter((w) => !COVERS_NOTHING(w));
  for (const w of words) {
    for (let gy = Math.max(0, Math.floor(w.bbox.y0 / cell) - 1); gy <= Math.min(gh - 1, Math.floor(w.bbox.y1 / cell) + 1); gy++)
      covered.fill(1, gy * gw + Math.max(0, Math.floor(w.bbox.x0 / cell) - 1), gy * gw + Math.min(gw - 1, Math.floor(w.bbox.x1 / cell) + 1) + 1);
  }
  const inked = new Uint8Array(gw * gh);
  const limit = paper - MISSED_INK_DARKNESS;
  for (let gy = 0; gy < gh; gy++)
    for (let gx = 0; gx < gw; gx++) {
      if (covered[gy * gw + gx]) continue;
      let n = 0;
      for (let y = gy * cell; y < Math.min(img.height, (gy + 1) * cell) && n < MISSED_MIN_CELL_INK; y++)
        for (let x = gx * cell; x < Math.min(img.width, (gx + 1) * cell); x++) if (img.data[y * img.width + x]! < limit && ++n >= MISSED_MIN_CELL_INK) break;
      if (n >= MISSED_MIN_CELL_INK) inked[gy * gw + gx] = 1;
    }
  const blobs: OcrBox[] = [];
  const seen = new Uint8Array(gw * gh);
  for (let start = 0; start < inked.length; start++) {
    if (!inked[start] || seen[start]) continue;
    let x0 = gw, y0 = gh, x1 = 0, y1 = 0;
    const stack = [start];
    seen[start] = 1;
    while (stack.length) {
      const i = stack.pop()!;
      const gx = i % gw, gy = (i - gx) / gw;
      x0 = Math.min(x0, gx); x1 = Math.max(x1, gx); y0 = Math.min(y0, gy); y1 = Math.max(y1, gy);
      for (let dy = -1; dy <= 1; dy++)
        for (let dx = -1; dx <= 1; dx++) {
          const nx = gx + dx, ny = gy + dy;
          if (nx < 0 || ny < 0 || nx >= gw || ny >= gh) continue;
          const j = ny * gw + nx;
          if (inked[j] && !seen[j]) { seen[j] = 1; stack.push(j); }
        }
    }
    const box = { x0: x0 * cell, y0: y0 * cell, x1: Math.min(img.width - 1, (x1 + 1) * cell - 1), y1: Math.min(img.height - 1, (y1 + 1) * cell - 1) };
    // Ink hugging a word on its line is a piece of that word tesseract boxed short ("no" + "o"),
    // not a word of its own: a missed word stands a word space or more from its neighbours.
    const beside = words.some((x) => {
      const overlap = Math.min(x.bbox.y1, box.y1) - Math.max(x.bbox.y0, box.y0) + 1;
      const gap = Math.max(x.bbox.x0 - box.x1, box.x0 - x.bbox.x1);
      // The blob's box is on the grid: its edge may lie up to a cell off its ink.
      return overlap > MISSED_BESIDE_OVERLAP * (box.y1 - box.y0 + 1) && gap < MISSED_WORD_GAP_EM * em + cell;
    });
    if (!beside) blobs.push(box);
  }
  return { blobs, em };
}

/**
 * Filled bullets tesseract dropped (Word's `•` before each accomplishment of d2-014, 9 × 10 px =
 * 0.36 em at 200 dpi: no word at all, too small for a missed word, MISSED_HEIGHT_EM): a blob no
 * word covers whose ink is bullet-sized (MISSED_BULLET_SIZE_EM), about square
 * (MISSED_BULLET_ASPECT), solid (MISSED_BULLET_INK of its box: a filled disc fills π/4 of it,
 * blurred 0.6–0.8; stubs of broken borders and specks are thin or tiny) and stands where a bullet
 * stands: before the first word of a line, a hanging indent away (at most O_ITEM_GAP_EM), level
 * with that word's letters. Added as a `•` word without recognition (there is nothing to read).
 */
export const MISSED_BULLET_SIZE_EM = [0.2, 0.5] as const;
export const MISSED_BULLET_ASPECT = [0.7, 1.45] as const;
export const MISSED_BULLET_INK = 0.55;
/** Confidence given to a bullet found by its shape (not read): that of a confident missed word. */
const MISSED_BULLET_CONFIDENCE = MISSED_ACCEPT;
/** An item after a hollow bullet opens with a capital (as words.ts reads a hollow bullet opening a cell). */
const HOLLOW_ITEM_START = /^\p{Lu}/u;

/**
 * Adds the bullets tesseract dropped as one-word lines: filled ones (see MISSED_BULLET_SIZE_EM),
 * and hollow ones (□, Word's o) found by the shape words.ts knows them by (hollowBullet: square,
 * bullet-sized, paper in the middle, ink on all four sides), before an item that opens with a
 * capital. A hollow bullet has no reading to fall back on: d2-013's third `o` before "Consolidated
 * back-office functions" and dev-005's second `□` before "Average time …" were read as nothing,
 * alone or as a block, while the bullets above them were read (`o` 88, `0` 88), and the two
 * items were joined into one.
 */
export function addMissedBullets(blocks: readonly OcrBlock[], img: GreyImage, paper: number): { blocks: OcrBlock[]; added: number } {
  const found = uncoveredBlobs(blocks, img, paper);
  if (!found) return { blocks: [...blocks], added: 0 };
  const { em } = found;
  const lines = blocks.flatMap((b) => b.paragraphs.flatMap((p) => p.lines));
  const inkShare = inkShareOf(img);
  const added: OcrLine[] = [];
  for (const blob of found.blobs) {
    // The largest bullet of either kind fits (HOLLOW_BULLET_SIZE_EM's 0.8 em is under this 0.9).
    if ((blob.y1 - blob.y0 + 1) / em > MISSED_BULLET_SIZE_EM[1] + 2 * MISSED_CELL_EM || (blob.x1 - blob.x0 + 1) / em > MISSED_BULLET_SIZE_EM[1] + 2 * MISSED_CELL_EM) continue;
    const ink = inkBox(img, blob, paper);
    if (!ink) continue;
    const w = ink.box.x1 - ink.box.x0 + 1, h = ink.box.y1 - ink.box.y0 + 1;
    const size = Math.max(w, h) / em;
    const solid = !(size < MISSED_BULLET_SIZE_EM[0] || size > MISSED_BULLET_SIZE_EM[1] || w / h < MISSED_BULLET_ASPECT[0] || w / h > MISSED_BULLET_ASPECT[1] || ink.share < MISSED_BULLET_INK);
    const hollow = solid ? null : hollowBullet({ text: "o", confidence: 0, bbox: ink.box }, em, inkShare);
    if (!solid && !hollow) continue;
    const middle = (ink.box.y0 + ink.box.y1) / 2;
    // The item's line: its first word starts right of the bullet, a hanging indent away, and the
    // bullet's middle lies within that word's letters (between its top and the baseline).
    const item = lines.find((l) => {
      const first = [...l.words].sort((a, b) => a.bbox.x0 - b.bbox.x0)[0];
      if (!first) return false;
      const gap = first.bbox.x0 - ink.box.x1;
      const base = l.baseline ? (l.baseline.y0 + l.baseline.y1) / 2 : first.bbox.y1;
      return gap > 0 && gap <= O_ITEM_GAP_EM * em && middle >= first.bbox.y0 && middle <= base && (solid || HOLLOW_ITEM_START.test(first.text));
    });
    if (!item) continue;
    const base = item.baseline ? (item.baseline.y0 + item.baseline.y1) / 2 : ink.box.y1;
    added.push({
      bbox: ink.box,
      baseline: { x0: ink.box.x0, y0: base, x1: ink.box.x1, y1: base },
      ...(item.rowAttributes ? { rowAttributes: item.rowAttributes } : {}),
      words: [{ text: solid ? "•" : (hollow ?? "o"), confidence: MISSED_BULLET_CONFIDENCE, bbox: ink.box }],
    });
    if (added.length >= MAX_MISSED_PER_PAGE) break;
  }
  return { blocks: added.length ? [...blocks, { paragraphs: [{ lines: added }] }] : [...blocks], added: added.length };
}

/** The tight box of a blob's ink (pixels darker than half-way from the paper to its darkest) and the share of it inked. */
function inkBox(img: GreyImage, box: OcrBox, paper: number): { box: OcrBox; share: number } | null {
  let darkest = 255;
  for (let y = box.y0; y <= box.y1; y++) for (let x = box.x0; x <= box.x1; x++) darkest = Math.min(darkest, img.data[y * img.width + x]!);
  if (paper - darkest < MISSED_INK_DARKNESS) return null;
  const mid = (paper + darkest) / 2;
  let x0 = box.x1, y0 = box.y1, x1 = box.x0, y1 = box.y0, n = 0;
  for (let y = box.y0; y <= box.y1; y++)
    for (let x = box.x0; x <= box.x1; x++)
      if (img.data[y * img.width + x]! < mid) {
        n++;
        x0 = Math.min(x0, x); x1 = Math.max(x1, x); y0 = Math.min(y0, y); y1 = Math.max(y1, y);
      }
  if (n === 0) return null;
  return { box: { x0, y0, x1, y1 }, share: n / ((x1 - x0 + 1) * (y1 - y0 + 1)) };
}

/**
 * Reads every blob of ink no word covers (missedBlobs) and adds the confident readings as lines of
 * their own (on their crop's baseline). `paper`: the page's paper grey (image-rules paperLevel).
 */
export async function readMissed(blocks: readonly OcrBlock[], img: GreyImage, paper: number, read: (crop: GreyImage, block: boolean) => Promise<OcrBlock[]>): Promise<{ blocks: OcrBlock[]; read: number; added: number }> {
  const blobs = missedBlobs(blocks, img, paper);
  if (blobs.length === 0) return { blocks: [...blocks], read: 0, added: 0 };
  const lines = blocks.flatMap((b) => b.paragraphs.flatMap((p) => p.lines));
  const ems = lines.map(emOf).sort((a, b) => a - b);
  const em = ems[(ems.length - 1) >> 1]!;
  const added: OcrLine[] = [];
  for (const blob of blobs) {
    const box = {
      x0: Math.max(0, Math.floor(blob.x0 - REREAD_MARGIN_X_EM * em)),
      y0: Math.max(0, Math.floor(blob.y0 - REREAD_MARGIN_Y_EM * em)),
      x1: Math.min(img.width - 1, Math.ceil(blob.x1 + REREAD_MARGIN_X_EM * em)),
      y1: Math.min(img.height - 1, Math.ceil(blob.y1 + REREAD_MARGIN_Y_EM * em)),
    };
    const others = lines.flatMap((l) => l.words).filter((w) => !COVERS_NOTHING(w) && !(w.bbox.x1 < box.x0 || w.bbox.x0 > box.x1 || w.bbox.y1 < box.y0 || w.bbox.y0 > box.y1)).map((w) => w.bbox);
    const run: DoubtfulRun = { line: { bbox: box, words: [] }, words: [], box, block: false, mask: others, others };
    const image = crop(img, box, others);
    // Read as one line; failing that, as one block: tesseract's single-line mode can read nothing
    // of a clean word (a shaded header's "Target" above "2019" on d2-004 and d2-015: `large` at
    // confidence 0 in line mode, "Target" at 95 in block mode, a pixel more crop either way).
    let words = acceptedReading(run, await read(image, false));
    if (!words || confidenceOf(words) < MISSED_ACCEPT) words = acceptedReading(run, await read(image, true));
    if (!words || confidenceOf(words) < MISSED_ACCEPT) continue;
    // A lone round "0"/"O" is Word's "o" bullet that tesseract skipped beside its item (a digit
    // zero is narrow, ~0.6–0.75 of its height; Courier's o about 1): read as the letter bullet.
    // So is one before a capitalised word on its line (its box as read alone is too rough to
    // tell its shape: 10 × 14 px for d2-013's o bullets), as words.ts reads a "0" opening a cell.
    const only = words.length === 1 ? words[0]! : null;
    if (only && /^[0Oo]$/.test(only.text)) {
      const round = (only.bbox.x1 - only.bbox.x0 + 1) / (only.bbox.y1 - only.bbox.y0 + 1) >= ROUND_O_ASPECT;
      const next = lines
        .flatMap((l) => l.words)
        .filter((w) => w.bbox.x0 > only.bbox.x1 && w.bbox.x0 - only.bbox.x1 <= O_ITEM_GAP_EM * em && Math.min(w.bbox.y1, only.bbox.y1) > Math.max(w.bbox.y0, only.bbox.y0))
        .sort((a, b) => a.bbox.x0 - b.bbox.x0)[0];
      if (round || /^\p{Lu}/u.test(next?.text ?? "")) only.text = "o";
    }
    const base = words[0]!.baseline ?? blob.y1;
    const rowHeight = em * ROW_HEIGHT_EM;
    added.push({ bbox: { x0: Math.min(...words.map((w) => w.bbox.x0)), y0: Math.min(...words.map((w) => w.bbox.y0)), x1: Math.max(...words.map((w) => w.bbox.x1)), y1: Math.max(...words.map((w) => w.bbox.y1)) }, baseline: { x0: box.x0, y0: base, x1: box.x1, y1: base }, rowAttributes: { rowHeight }, words });
  }
  return { blocks: added.length ? [...blocks, { paragraphs: [{ lines: added }] }] : [...blocks], read: blobs.length, added: added.length };
}

/**
 * A footnote call raised before the first word of a line ("¹ Baselines are those of 2016 …", Word's
 * superscript run under a table, 5.8 pt raised 3.9 pt over 10 pt text) that tesseract read into
 * the word: the call's ink lies inside the word's first character box (`B` 25 px wide where a B is
 * 16), and its reading is lost ("Baselines", confidence 0–47). Without its call the note is no
 * note to the table reader, which then reads it as a row (d7-006, d7-014 of the corpus7 scans).
 * The call is told by its ink: a blob at the word's left end, standing apart from the rest by an
 * empty column, its bottom at least RAISED_CALL_RISE_EM above the line's baseline (a bullet's or a
 * quote's is lower: bullets sit on the x-height's middle, 0.1–0.2 em up) and no taller than
 * RAISED_CALL_MAX_HEIGHT_EM (a superscript's digits are 0.4 em). The baseline is the word's own (its
 * letters' bottoms) where it has one: an OCR line joined from two cells' lines half a line apart
 * has a baseline under the word's, and an `a` opening "agreements" looked raised (d2-002).
 */
export const RAISED_CALL_RISE_EM = 0.25;
export const RAISED_CALL_MAX_HEIGHT_EM = 0.55;
export const RAISED_CALL_MAX_WIDTH_EM = 0.6;
/** How far into a line's first word (em) the call's blob is looked for. */
const RAISED_CALL_SEARCH_EM = 1.2;
/** A call read alone is kept when tesseract is at least this sure of it (a lone digit reads 90+). */
export const RAISED_CALL_ACCEPT = 70;
/** What a call reads as: a number or note sign (a letter call is left: d2-003 read a stray `a` so), or a "1" read as a bar or a letter l/I (one raised stroke). */
const CALL_READING = /^(?:\d{1,2}|[*†‡§]{1,3}|[|lI])$/u;

/** The raised blob at the left end of `w` (pixels), or null: see RAISED_CALL_RISE_EM. */
export function raisedCallBlob(img: GreyImage, paper: number, w: OcrWord, baseline: number, em: number): OcrBox | null {
  const x0 = Math.max(0, Math.floor(w.bbox.x0)), x1 = Math.min(img.width - 1, Math.ceil(Math.min(w.bbox.x1, w.bbox.x0 + RAISED_CALL_SEARCH_EM * em)));
  const y0 = Math.max(0, Math.floor(w.bbox.y0 - 0.2 * em)), y1 = Math.min(img.height - 1, Math.floor(baseline));
  if (x1 - x0 < 3 || y1 - y0 < 3) return null;
  let darkest = 255;
  for (let y = y0; y <= y1; y++) for (let x = x0; x <= x1; x++) darkest = Math.min(darkest, img.data[y * img.width + x]!);
  if (paper - darkest < MISSED_INK_DARKNESS) return null;
  const mid = (paper + darkest) / 2;
  const inked = (x: number) => {
    for (let y = y0; y <= y1; y++) if (img.data[y * img.width + x]! < mid) return true;
    return false;
  };
  let a = x0;
  while (a <= x1 && !inked(a)) a++;
  let b = a;
  while (b + 1 <= x1 && inked(b + 1)) b++;
  // An empty column after the blob, then the word's own ink.
  let c = b + 1;
  while (c <= x1 && !inked(c)) c++;
  if (a > x1 || c === b + 1 || c > x1) return null;
  let top = y1, bottom = y0;
  for (let y = y0; y <= y1; y++)
    for (let x = a; x <= b; x++)
      if (img.data[y * img.width + x]! < mid) {
        top = Math.min(top, y);
        bottom = Math.max(bottom, y);
      }
  if (baseline - bottom < RAISED_CALL_RISE_EM * em || bottom - top + 1 > RAISED_CALL_MAX_HEIGHT_EM * em || b - a + 1 > RAISED_CALL_MAX_WIDTH_EM * em) return null;
  // The rest must reach down to the baseline: a word's letters, not a second raised mark.
  let restBottom = y0;
  for (let y = y0; y <= y1; y++) for (let x = c; x <= x1; x++) if (img.data[y * img.width + x]! < mid) restBottom = Math.max(restBottom, y);
  if (baseline - restBottom > 0.1 * em) return null;
  return { x0: a, y0: top, x1: b, y1: bottom };
}

/**
 * Splits a raised footnote call off the first word of each OCR line (see RAISED_CALL_RISE_EM): the
 * call becomes a word of its own marked `raised` (words.ts sizes it by its ink), read from its
 * symbols when tesseract read it there, else read alone (`read`); the word keeps the rest.
 */
export async function splitRaisedCalls(blocks: readonly OcrBlock[], img: GreyImage, paper: number, read: (crop: GreyImage, block: boolean) => Promise<OcrBlock[]>, walls: readonly Wall[] = []): Promise<{ blocks: OcrBlock[]; split: number }> {
  let split = 0;
  const out = await mapLines(blocks, async (l) => {
    const first = [...l.words].sort((u, v) => u.bbox.x0 - v.bbox.x0)[0];
    const em = emOf(l);
    const found = first && /\p{L}/u.test(first.text) ? raisedCallBlob(img, paper, first, ownBaseline(first) ?? baselineAt(l, first.bbox.x0), em) : null;
    // A stroke at a vertical rule is the rule's, not a call.
    const blob = found && !walls.some((r) => r.x >= found.x0 - RAISED_CALL_MAX_WIDTH_EM * em && r.x <= found.x1 + RAISED_CALL_MAX_WIDTH_EM * em && r.y0 <= found.y1 && r.y1 >= found.y0) ? found : null;
    const call = blob ? await callReading(first!, blob, img, em, read) : null;
    if (!first || !blob || !call) return l;
    split++;
    const rest = (first.symbols ?? []).filter((s) => (s.bbox.x0 + s.bbox.x1) / 2 > blob.x1);
    const restText = first.symbols && first.symbols.map((s) => s.text).join("") === first.text ? rest.map((s) => s.text).join("") : first.text;
    const x0 = Math.max(first.bbox.x0, blob.x1 + 1);
    const word: OcrWord = {
      ...first,
      text: restText,
      bbox: { ...first.bbox, x0 },
      ...(first.symbols ? { symbols: rest.map((s, k) => (k === 0 ? { ...s, bbox: { ...s.bbox, x0: Math.max(s.bbox.x0, x0) } } : s)) } : {}),
    };
    const callWord: OcrWord = { text: call.text, confidence: call.confidence, bbox: blob, raised: true };
    return { ...l, words: l.words.flatMap((w) => (w === first ? [callWord, word] : [w])) };
  });
  return { blocks: out, split };
}

/** The blocks with each line replaced by `f(line)`, in reading order; `f` is awaited one line at a time (it may read a crop). */
async function mapLines(blocks: readonly OcrBlock[], f: (l: OcrLine) => Promise<OcrLine>): Promise<OcrBlock[]> {
  const out: OcrBlock[] = [];
  for (const b of blocks) {
    const paragraphs = [];
    for (const p of b.paragraphs) {
      const lines: OcrLine[] = [];
      for (const l of p.lines) lines.push(await f(l));
      paragraphs.push({ ...p, lines });
    }
    out.push({ ...b, paragraphs });
  }
  return out;
}

/** The call's text: from the word's symbols inside the blob when they read as a call, else the blob read alone. */
async function callReading(w: OcrWord, blob: OcrBox, img: GreyImage, em: number, read: (crop: GreyImage, block: boolean) => Promise<OcrBlock[]>): Promise<{ text: string; confidence: number } | null> {
  const inside = (w.symbols ?? []).filter((s) => (s.bbox.x0 + s.bbox.x1) / 2 <= blob.x1);
  const own = inside.map((s) => s.text).join("");
  if (inside.length > 0 && CALL_READING.test(own)) return { text: callText(own), confidence: w.confidence };
  const margin = Math.ceil(0.15 * em);
  const box = { x0: Math.max(0, blob.x0 - margin), y0: Math.max(0, blob.y0 - margin), x1: Math.min(img.width - 1, blob.x1 + margin), y1: Math.min(img.height - 1, blob.y1 + margin) };
  // Read at its own size and enlarged (CALL_ENLARGE); the surer reading of a call is kept.
  let best: { text: string; confidence: number } | null = null;
  for (const image of [crop(img, box), enlarged(crop(img, box), CALL_ENLARGE)]) {
    const words = (await read(image, false)).flatMap((b) => b.paragraphs.flatMap((p) => p.lines.flatMap((l) => l.words))).filter((x) => x.text.trim() !== "");
    const only = words.length === 1 ? words[0]! : null;
    if (!only || only.confidence < RAISED_CALL_ACCEPT || !CALL_READING.test(only.text.trim())) continue;
    if (!best || only.confidence > best.confidence) best = { text: callText(only.text.trim()), confidence: only.confidence };
  }
  return best;
}

/**
 * A call's crop is read enlarged this many times: at its own size (11 px tall at 200 dpi) tesseract
 * reads Word's superscript "1" as `4` (32) or a quote; three times larger, as the digit (and
 * another, read right at its own size, as `|` at 61: both readings are tried).
 */
const CALL_ENLARGE = 3;

/** `img` scaled up `k` times (each pixel a k × k square). */
export function enlarged(img: GreyImage, k: number): GreyImage {
  const width = img.width * k, height = img.height * k;
  const data = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) {
    const row = Math.floor(y / k) * img.width;
    for (let x = 0; x < width; x++) data[y * width + x] = img.data[row + Math.floor(x / k)]!;
  }
  return { width, height, data };
}

/** A lone raised stroke is the call "1". */
const callText = (t: string) => (/^[|lI]$/.test(t) ? "1" : t);

/**
 * A decimal point tesseract did not read: d7-003's "1.1" came back as `1d` (confidence 10) and
 * d7-006's "3.5" as `35` (16; read alone, `35` at 96), each costing its row a Target value. The
 * point is told by its ink, not by the reading: inside a number-like word (digits, perhaps a
 * confused letter) the columns of ink fall into glyphs, and one of them between two others is a
 * dot on the digits' baseline — no wider or taller than DECIMAL_DOT_MAX_EM (a full stop is
 * 0.1–0.15 em; a digit 0.5+ em wide or tall), its bottom within DECIMAL_DOT_BASE_EM of the digits'
 * (a comma hangs below them, a raised dot or a hyphen sits higher), while every other glyph is a
 * digit's height (DECIMAL_DIGIT_MIN_EM). Then the point goes in after as many digits as there
 * are glyphs left of it. A word with a letter in it is read again alone (as read, and enlarged
 * CALL_ENLARGE times) and taken only when that reading is the number with its point, or its
 * digits one to one with the glyphs. Not on a poor scan, where specks of noise sit between glyphs.
 */
export const DECIMAL_DOT_MAX_EM = 0.22;
export const DECIMAL_DOT_MIN_PX = 2;
export const DECIMAL_DOT_BASE_EM = 0.12;
export const DECIMAL_DIGIT_MIN_EM = 0.45;
/** A word looked at for a lost point: 2–6 digits and letters, at least one digit, no point or comma read. */
const NUMBER_LIKE = /^(?=[^\d]*\d)[\p{L}\d|]{2,6}$/u;
/** Letters tesseract reads for digits in numbers (the only ones mapped without a second reading). */
const DIGIT_FOR: Readonly<Record<string, string>> = { l: "1", I: "1", "|": "1", O: "0", o: "0" };
/** A re-read of the word is kept when at least this sure. */
const DECIMAL_REREAD_ACCEPT = 70;

/** A lost decimal point: how many digit glyphs stand left of it, of how many, and those glyphs' boxes. */
export interface DecimalPoint {
  before: number;
  digits: number;
  glyphs: OcrBox[];
  dot: OcrBox;
}

/** Glyphs of a word's ink, left to right: runs of inked pixel columns inside its box, each with its ink's top and bottom. */
export function inkGlyphs(img: GreyImage, paper: number, box: OcrBox): OcrBox[] {
  const x0 = Math.max(0, Math.floor(box.x0)), x1 = Math.min(img.width - 1, Math.ceil(box.x1));
  const y0 = Math.max(0, Math.floor(box.y0)), y1 = Math.min(img.height - 1, Math.ceil(box.y1));
  let darkest = 255;
  for (let y = y0; y <= y1; y++) for (let x = x0; x <= x1; x++) darkest = Math.min(darkest, img.data[y * img.width + x]!);
  if (paper - darkest < MISSED_INK_DARKNESS) return [];
  const mid = (paper + darkest) / 2;
  const glyphs: OcrBox[] = [];
  let open: OcrBox | null = null;
  for (let x = x0; x <= x1 + 1; x++) {
    let top = -1, bottom = -1;
    if (x <= x1) for (let y = y0; y <= y1; y++) if (img.data[y * img.width + x]! < mid) { if (top < 0) top = y; bottom = y; }
    if (top >= 0) open = open ? { x0: open.x0, x1: x, y0: Math.min(open.y0, top), y1: Math.max(open.y1, bottom) } : { x0: x, x1: x, y0: top, y1: bottom };
    else if (open) { glyphs.push(open); open = null; }
  }
  return glyphs;
}

/** Where a lost decimal point lies among a word's glyphs: how many digit glyphs stand left of it, and of how many; or null. */
export function decimalPointAt(glyphs: readonly OcrBox[], em: number): DecimalPoint | null {
  const height = (g: OcrBox) => g.y1 - g.y0 + 1;
  const tall = glyphs.filter((g) => height(g) >= DECIMAL_DIGIT_MIN_EM * em);
  const small = glyphs.filter((g) => height(g) < DECIMAL_DIGIT_MIN_EM * em);
  if (small.length !== 1 || tall.length < 2) return null;
  const dot = small[0]!;
  const at = glyphs.indexOf(dot);
  if (at === 0 || at === glyphs.length - 1) return null;
  const bottom = Math.max(...tall.map((g) => g.y1));
  const top = Math.min(...tall.map((g) => g.y0));
  const w = dot.x1 - dot.x0 + 1, h = height(dot);
  if (w > DECIMAL_DOT_MAX_EM * em || h > DECIMAL_DOT_MAX_EM * em || w < DECIMAL_DOT_MIN_PX || h < DECIMAL_DOT_MIN_PX) return null;
  if (Math.abs(bottom - dot.y1) > DECIMAL_DOT_BASE_EM * em || dot.y0 < (top + bottom) / 2) return null;
  return { before: at, digits: tall.length, glyphs: tall, dot };
}

/** `digits` with a point after `before` of them, when they are digits (DIGIT_FOR mapped) and as many as the glyphs. */
function withPoint(text: string, before: number, count: number): string | null {
  const digits = [...text].map((c) => DIGIT_FOR[c] ?? c).join("");
  if (!/^\d+$/.test(digits) || digits.length !== count) return null;
  return `${digits.slice(0, before)}.${digits.slice(before)}`;
}

/** Puts back decimal points tesseract lost in numbers (see DECIMAL_DOT_MAX_EM); `read` reads a word again when its text has a letter. */
export async function restoreDecimalPoints(blocks: readonly OcrBlock[], img: GreyImage, paper: number, read: (crop: GreyImage, block: boolean) => Promise<OcrBlock[]>): Promise<{ blocks: OcrBlock[]; restored: number }> {
  let restored = 0;
  const out = await mapLines(blocks, async (l) => {
    const em = emOf(l);
    const words: OcrWord[] = [];
    for (const w of l.words) {
      const point = NUMBER_LIKE.test(w.text) ? decimalPointAt(inkGlyphs(img, paper, w.bbox), em) : null;
      const text = point ? withPoint(w.text, point.before, point.digits) ?? (await pointReading(w, img, paper, em, point, read)) : null;
      if (text === null) {
        words.push(w);
        continue;
      }
      restored++;
      // The symbols no longer pair with the text one to one: dropped (words.ts reads them only when they do).
      const { symbols: _dropped, ...rest } = w;
      words.push({ ...rest, text });
    }
    return words.some((w, k) => w !== l.words[k]) ? { ...l, words } : l;
  });
  return { blocks: out, restored };
}

/** A number-like word with a letter in it, read again alone: its number with the point, or null. */
async function pointReading(w: OcrWord, img: GreyImage, paper: number, em: number, point: DecimalPoint, read: (crop: GreyImage, block: boolean) => Promise<OcrBlock[]>): Promise<string | null> {
  const margin = Math.ceil(0.2 * em);
  const box = { x0: Math.max(0, w.bbox.x0 - margin), y0: Math.max(0, w.bbox.y0 - margin), x1: Math.min(img.width - 1, w.bbox.x1 + margin), y1: Math.min(img.height - 1, w.bbox.y1 + margin) };
  for (const image of [crop(img, box), enlarged(crop(img, box), CALL_ENLARGE)]) {
    const words = (await read(image, false)).flatMap((b) => b.paragraphs.flatMap((p) => p.lines.flatMap((l) => l.words))).filter((x) => x.text.trim() !== "");
    const only = words.length === 1 ? words[0]! : null;
    if (!only || only.confidence < DECIMAL_REREAD_ACCEPT) continue;
    const t = only.text.trim();
    const expected = withPoint(t.replace(".", ""), point.before, point.digits);
    if (expected !== null && (t === expected || !t.includes("."))) return expected;
  }
  // Read whole, a number with a point can come back as anything (`45;` for d7-003's "1.1"): each
  // digit's glyph is read alone instead, and all must read as one digit.
  const read1: Array<{ glyph: OcrBox; digit: string }> = [];
  for (const g of point.glyphs) {
    const gbox = { x0: Math.max(0, g.x0 - margin), y0: Math.max(0, w.bbox.y0 - margin), x1: Math.min(img.width - 1, g.x1 + margin), y1: Math.min(img.height - 1, w.bbox.y1 + margin) };
    let digit: string | null = null;
    // The other glyphs (the point, the next digit) are painted out of the crop.
    const others = [...point.glyphs.filter((x) => x !== g), point.dot];
    for (const image of [crop(img, gbox, others), enlarged(crop(img, gbox, others), CALL_ENLARGE)]) {
      const words = (await read(image, false)).flatMap((b) => b.paragraphs.flatMap((p) => p.lines.flatMap((l) => l.words))).filter((x) => x.text.trim() !== "");
      const only = words.length === 1 ? words[0]! : null;
      const t = only ? DIGIT_FOR[only.text.trim()] ?? only.text.trim() : "";
      if (only && only.confidence >= DECIMAL_REREAD_ACCEPT && /^\d$/.test(t)) {
        digit = t;
        break;
      }
    }
    if (digit !== null) read1.push({ glyph: g, digit });
  }
  // A glyph tesseract cannot read alone takes the digit of a glyph of the same word with the same
  // ink (one face, one size: one digit prints the same pixels twice, as d7-003's two 1s).
  let digits = "";
  for (const g of point.glyphs) {
    const digit = read1.find((r) => r.glyph === g)?.digit ?? read1.find((r) => sameInk(img, paper, r.glyph, g))?.digit;
    if (digit === undefined) return null;
    digits += digit;
  }
  return withPoint(digits, point.before, point.digits);
}

/** Pixels of two glyphs that may differ (share of the larger box) for them to be one character printed twice. */
const SAME_INK_MISMATCH = 0.15;

/** Whether two glyph boxes hold the same ink: same size (±1 px), and the bitmaps agree at the best of ±1 px shifts. */
export function sameInk(img: GreyImage, paper: number, a: OcrBox, b: OcrBox): boolean {
  const wa = a.x1 - a.x0 + 1, ha = a.y1 - a.y0 + 1, wb = b.x1 - b.x0 + 1, hb = b.y1 - b.y0 + 1;
  if (Math.abs(wa - wb) > 1 || Math.abs(ha - hb) > 1) return false;
  let darkest = 255;
  for (const g of [a, b]) for (let y = g.y0; y <= g.y1; y++) for (let x = g.x0; x <= g.x1; x++) darkest = Math.min(darkest, img.data[y * img.width + x]!);
  const mid = (paper + darkest) / 2;
  const ink = (x: number, y: number) => x >= 0 && y >= 0 && x < img.width && y < img.height && img.data[y * img.width + x]! < mid;
  const w = Math.max(wa, wb), h = Math.max(ha, hb);
  let best = Infinity;
  for (let dy = -1; dy <= 1; dy++)
    for (let dx = -1; dx <= 1; dx++) {
      let differ = 0;
      for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) if (ink(a.x0 + x, a.y0 + y) !== ink(b.x0 + x + dx, b.y0 + y + dy)) differ++;
      best = Math.min(best, differ);
    }
  return best <= SAME_INK_MISMATCH * w * h;
}
