/**
 * Ruling lines (table borders) found in a page image: long dark horizontal and vertical pixel
 * runs. The image counterpart of extract/pdf/rules.ts, which reads the same lines from drawing
 * operators; both end in `page.rules`, so the table stage reads lattice tables from scans as it
 * does from text-layer PDFs. Pure: a grey bitmap in, rules in page points out.
 *
 * Method (the morphological "long line" test lattice readers use, e.g. Camelot's): a pixel row
 * (column) holds a rule candidate where a dark run is longer than any glyph stroke; candidates on
 * neighbouring rows (columns) that overlap form one line; a line thicker than a rule is a filled
 * area (a black box, a photo), not a rule.
 */
import type { Rule } from "../../model/layout.js";
import { mergeRules, MAX_RULE_THICKNESS } from "../pdf/rules.js";

/** An 8-bit grey image, one byte per pixel, rows top to bottom (0 = black). */
export interface GreyImage {
  width: number;
  height: number;
  data: Uint8Array;
}

/**
 * Ink, along a line: the darkness of a pixel and its neighbour across the line, measured from the
 * paper's own grey (paperLevel), adds up to at least this. A thin rule that falls between two
 * pixel rows at 150 dpi is two half-grey rows (~128 each), one black row in a 1-bit scan; light
 * cell shading (grey ≥ 200) never adds up. Pieces of broken rules (brokenRules) are read with it.
 */
export const INK_DARKNESS = 160;
/**
 * The same for a rule's solid run (at least MIN_IMAGE_RULE_PT long, MIN_RUN_FILL inked): a
 * hairline border (LibreOffice's table borders) is one half-grey pixel row (127), and after a
 * scanner's blur and JPEG two rows of 64 + 38 (measured at 200 dpi), which INK_DARKNESS misses:
 * the tables lost every horizontal border. Text never makes such a run at this level (gaps
 * between letters and words are paper); the short pieces brokenRules chains would, at 150 dpi
 * (the anti-aliased x-height of a line of 9 pt text chained into "rules"), so they keep
 * INK_DARKNESS. Light cell shading is dark enough here but no rule: its band is far thicker
 * than MAX_RULE_THICKNESS.
 */
export const HAIRLINE_DARKNESS = 96;
/** Grey levels of the paper histogram below this are ink or shading, never the paper itself. */
const MIN_PAPER_LEVEL = 128;
/**
 * A run shorter than this (points) is not a rule. Glyph strokes are under one em (≤ 12 pt even for
 * an em dash in a heading); the narrowest table cell in a compact is over 40 pt wide. Half an inch
 * sits between, and still finds the short borders of narrow cells.
 */
export const MIN_IMAGE_RULE_PT = 36;
/**
 * Gaps (points) a rule may have and still be one run: scans break thin lines where the toner is
 * light, by a pixel or two. Not more: the gaps between the letters of bold text are ~1 pt, and
 * bridging them would make a "rule" of a heading's cross-bars.
 */
export const MAX_RUN_GAP_PT = 0.5;
/** Share of a run's pixels that must be ink (the bridged gaps are the rest): a drawn line is solid. */
export const MIN_RUN_FILL = 0.9;

interface Run {
  pos: number;
  from: number;
  to: number;
}

/**
 * Dark runs of at least `minLen` along one axis. `along` is the run direction length, `across`
 * the number of lines; `dark(line, i)` reads the pixel.
 */
function longRuns(across: number, along: number, minLen: number, maxGap: number, dark: (line: number, i: number) => boolean): Run[] {
  const out: Run[] = [];
  for (let line = 0; line < across; line++) {
    let start = -1;
    let lastInk = -1;
    let inked = 0;
    for (let i = 0; i <= along; i++) {
      const ink = i < along && dark(line, i);
      if (ink) {
        if (start < 0) {
          start = i;
          inked = 0;
        }
        lastInk = i;
        inked++;
      } else if (start >= 0 && (i === along || i - lastInk > maxGap)) {
        const len = lastInk - start + 1;
        if (len >= minLen && inked >= MIN_RUN_FILL * len) out.push({ pos: line, from: start, to: lastInk });
        start = -1;
      }
    }
  }
  return out;
}

/**
 * Runs on neighbouring lines that overlap become one band (a rule several pixels thick, or a
 * slightly tilted one stepping from line to line); a band no thicker than `maxThickness` is a rule.
 */
function bands(runs: Run[], maxThickness: number): Array<{ pos: number; from: number; to: number }> {
  type Band = { first: number; last: number; from: number; to: number; weighted: number; count: number };
  const open: Band[] = [];
  const done: Band[] = [];
  for (const r of runs) {
    // Bands not continued on the previous line are closed.
    for (let k = open.length - 1; k >= 0; k--) {
      if (open[k]!.last < r.pos - 1) done.push(...open.splice(k, 1));
    }
    const b = open.find((x) => x.last >= r.pos - 1 && r.from <= x.to && r.to >= x.from);
    if (b) {
      b.last = r.pos;
      b.from = Math.min(b.from, r.from);
      b.to = Math.max(b.to, r.to);
      const len = r.to - r.from + 1;
      b.weighted += r.pos * len;
      b.count += len;
    } else {
      const len = r.to - r.from + 1;
      open.push({ first: r.pos, last: r.pos, from: r.from, to: r.to, weighted: r.pos * len, count: len });
    }
  }
  done.push(...open);
  return done
    .filter((b) => b.last - b.first + 1 <= maxThickness)
    .map((b) => ({ pos: b.weighted / b.count, from: b.from, to: b.to }));
}

/**
 * Horizontal and vertical rules of a page image, in page points (`scale` = points per pixel).
 * `chains`: brokenRules(img, scale) when the caller has it already (it is the costlier half).
 */
export function rulesFromImage(img: GreyImage, scale: number, chains: readonly RuleChain[] = brokenRules(img, scale)): Rule[] {
  const { width, height } = img;
  const minLen = Math.max(2, Math.round(MIN_IMAGE_RULE_PT / scale));
  const maxGap = Math.max(1, Math.round(MAX_RUN_GAP_PT / scale));
  const thick = Math.max(2, Math.ceil(MAX_RULE_THICKNESS / scale));
  const { horizontalInk, verticalInk } = inkTests(img);
  const found = {
    horizontal: bands(longRuns(height, width, minLen, maxGap, horizontalInk), thick),
    vertical: bands(longRuns(width, height, minLen, maxGap, verticalInk), thick),
  };
  // Hairlines: runs only the lower darkness finds, kept where paper lies on both sides (bold text
  // at 150 dpi makes a 40 pt run along its x-height at this level, with the rest of its letters
  // attached), and where no rule was found already.
  const hair = inkTests(img, HAIRLINE_DARKNESS);
  const hairThick = Math.max(2, Math.ceil(MAX_HAIRLINE_PT / scale));
  const reachH = Math.max(2, Math.round(ATTACHED_REACH_PT / scale));
  const hairlines = (ink: (l: number, i: number) => boolean, across: number, along: number, reach: number, known: ReadonlyArray<{ pos: number; from: number; to: number }>) =>
    bands(longRuns(across, along, minLen, maxGap, ink), thick).filter(
      (b) => !known.some((k) => Math.abs(k.pos - b.pos) <= thick && k.from < b.to && b.from < k.to) && isHairline(ink, b, across, hairThick, reach),
    );
  const horizontal = [...found.horizontal, ...hairlines(hair.horizontalInk, height, width, reachH, found.horizontal)];
  const vertical = [...found.vertical, ...hairlines(hair.verticalInk, width, height, 2, found.vertical)];
  const rules: Rule[] = [];
  // Pixel k covers [k, k+1): a run ends after its last pixel. Across the line, the neighbour sum
  // also marks the line before the rule's first one, so a band's mean line is half a pixel before
  // the rule's middle line, whose centre is half a pixel further: +1.
  for (const b of horizontal) rules.push({ x1: b.from * scale, y1: (b.pos + 1) * scale, x2: (b.to + 1) * scale, y2: (b.pos + 1) * scale });
  for (const b of vertical) rules.push({ x1: (b.pos + 1) * scale, y1: b.from * scale, x2: (b.pos + 1) * scale, y2: (b.to + 1) * scale });
  // Rules a scan broke into dashes, where no solid run was long enough (a broken piece of a
  // solid rule found above merges with it).
  const broken = chains.map((c) => chainRule(c, scale));
  return mergeRules([...rules, ...broken.filter((b) => !rules.some((r) => sameLine(r, b)))]);
}

/**
 * The paper's grey level: the most frequent level of the lighter half. A scan on grey or yellowed
 * paper (a photocopy: 220–230) has ink measured from there, not from white.
 */
export function paperLevel(img: GreyImage): number {
  const counts = new Uint32Array(256);
  for (let i = 0; i < img.data.length; i++) counts[img.data[i]!]!++;
  let best = 255;
  for (let v = MIN_PAPER_LEVEL; v < 256; v++) if (counts[v]! > counts[best]!) best = v;
  return best;
}

/**
 * A pixel box (inclusive corners) clipped to the image, with the grey level halfway between the
 * paper and its darkest pixel (what counts as ink), or null when it holds no ink at all (paper and
 * noise) or lies outside the image.
 */
function inkBox(img: GreyImage, paper: number, box: { x0: number; y0: number; x1: number; y1: number }): { x0: number; y0: number; x1: number; y1: number; mid: number } | null {
  const { width, height, data } = img;
  const x0 = Math.max(0, Math.floor(box.x0));
  const y0 = Math.max(0, Math.floor(box.y0));
  const x1 = Math.min(width - 1, Math.ceil(box.x1));
  const y1 = Math.min(height - 1, Math.ceil(box.y1));
  if (x1 < x0 || y1 < y0) return null;
  let darkest = 255;
  for (let y = y0; y <= y1; y++) for (let x = x0; x <= x1; x++) darkest = Math.min(darkest, data[y * width + x]!);
  if (paper - darkest < INK_DARKNESS / 2) return null;
  return { x0, y0, x1, y1, mid: (paper + darkest) / 2 };
}

/**
 * The share of a pixel box (inclusive corners) that is ink: pixels darker than halfway between the
 * paper (paperLevel) and the box's darkest pixel, so a glyph's anti-aliased or blurred edge counts
 * as it looks. For telling a filled bullet from a letter (words.ts isSolidBullet).
 */
export function inkShareOf(img: GreyImage): (box: { x0: number; y0: number; x1: number; y1: number }) => number {
  const paper = paperLevel(img);
  const { width, data } = img;
  return (box) => {
    const b = inkBox(img, paper, box);
    if (b === null) return 0;
    const { x0, y0, x1, y1, mid } = b;
    let ink = 0;
    for (let y = y0; y <= y1; y++) for (let x = x0; x <= x1; x++) if (data[y * width + x]! < mid) ink++;
    return ink / ((x1 - x0 + 1) * (y1 - y0 + 1));
  };
}

/**
 * The stroke width of the ink in a pixel box: the median length of its horizontal ink runs
 * (pixels darker than halfway between the paper and the box's darkest pixel, as inkShareOf), or
 * 0 without ink. Stems dominate a word's runs, so this is about its stem width: bold text measures
 * 1.3–2× the regular text of the same page (words.ts BOLD_STROKE_RATIO).
 */
export function strokeWidthOf(img: GreyImage): (box: { x0: number; y0: number; x1: number; y1: number }) => number {
  const paper = paperLevel(img);
  const { width, data } = img;
  return (box) => {
    const b = inkBox(img, paper, box);
    if (b === null) return 0;
    const { x0, y0, x1, y1, mid } = b;
    const runs: number[] = [];
    for (let y = y0; y <= y1; y++) {
      let n = 0;
      for (let x = x0; x <= x1 + 1; x++) {
        if (x <= x1 && data[y * width + x]! < mid) n++;
        else if (n > 0) {
          runs.push(n);
          n = 0;
        }
      }
    }
    if (runs.length === 0) return 0;
    runs.sort((a, b) => a - b);
    return runs[runs.length >> 1]!;
  };
}

/** A hairline is no thicker than this (points): a printed hairline is 0.1–0.5 pt, blurred by a pixel or two. */
export const MAX_HAIRLINE_PT = 1;
/**
 * Share of a hairline's length that must be thin (at most MAX_HAIRLINE_PT of ink across it) with
 * paper just beyond on both sides: the x-height band of a bold word is 4–5 pt thick along nearly
 * all its length; a border is thin except where crossing rules or touching glyphs meet it.
 */
export const MIN_HAIRLINE_CLEAR = 0.85;

/** A band is a hairline: thin, with paper beyond it (up to `reach` px away), along most of its length. */
function isHairline(ink: (line: number, i: number) => boolean, b: { pos: number; from: number; to: number }, across: number, maxThick: number, reach: number): boolean {
  const pos = Math.round(b.pos);
  let clear = 0;
  for (let i = b.from; i <= b.to; i++) {
    let lo = pos;
    while (lo > 0 && pos - lo <= maxThick && ink(lo - 1, i)) lo--;
    let hi = pos;
    while (hi < across - 1 && hi - pos <= maxThick && ink(hi + 1, i)) hi++;
    if (hi - lo + 1 > maxThick) continue;
    let paper = true;
    for (let d = 1; d <= reach && paper; d++) paper = !(lo - d >= 0 && ink(lo - d, i)) && !(hi + d < across && ink(hi + d, i));
    if (paper) clear++;
  }
  return clear >= MIN_HAIRLINE_CLEAR * (b.to - b.from + 1);
}

/** Darkness tests along each axis: a pixel plus its neighbour across the line (see INK_DARKNESS). */
function inkTests(img: GreyImage, darkness = INK_DARKNESS): { horizontalInk: (y: number, x: number) => boolean; verticalInk: (x: number, y: number) => boolean } {
  const { width, height, data } = img;
  const paper = paperLevel(img);
  const at = (x: number, y: number) => (x < width && y < height ? Math.max(0, paper - data[y * width + x]!) : 0);
  return {
    horizontalInk: (y, x) => at(x, y) + at(x, y + 1) >= darkness,
    verticalInk: (x, y) => at(x, y) + at(x + 1, y) >= darkness,
  };
}

/** Two rules on one axis line that overlap along it: a broken piece of a rule already found. */
function sameLine(a: Rule, b: Rule): boolean {
  const horizontal = (r: Rule) => r.y1 === r.y2;
  if (horizontal(a) !== horizontal(b)) return false;
  if (horizontal(a)) return Math.abs(a.y1 - b.y1) <= MAX_RULE_THICKNESS && a.x1 < b.x2 && b.x1 < a.x2;
  return Math.abs(a.x1 - b.x1) <= MAX_RULE_THICKNESS && a.y1 < b.y2 && b.y1 < a.y2;
}

// ---- broken rules: dashes and stubs of a thin border on a poor scan ----

/**
 * A piece of a broken rule is at least this long (points). A thin border scanned askew and
 * thresholded breaks where it falls between two pixel rows: pieces of 4–14 pt with paper
 * between (measured on the harsh fixture at 200 dpi). Glyph strokes of 9 pt text are up to
 * 6–7 pt (stems of l, d, I), so pieces this short are only candidates: see LONG_PIECE_PT.
 * Tried on the harsh fixture: 6 pt leaves each vertical border in two or three chains (the
 * short pieces between are missing), 3 pt chains a border across the heading between two tables.
 */
export const MIN_FRAGMENT_PT = 4;
/**
 * Largest gap (points) between two pieces of one broken rule: the period of the breaks is
 * about 1 / tan(skew) pixels (29 pt at 0.7°), and up to most of a period can be paper.
 */
export const MAX_FRAGMENT_GAP_PT = 30;
/** Share of a chain's length its pieces must cover: even a badly broken border keeps a third of its ink. */
export const MIN_CHAIN_FILL = 0.3;
/**
 * A chain is a rule only with at least two pieces this long (points), or one as long as a
 * rule: longer than any glyph stroke of body text and headings up to 12 pt (stems ≤ 9 pt), so
 * lines of text whose capitals' stems line up (a left-aligned cell) never chain into a rule.
 * Measured on the clean 300 dpi fixtures: no chain on the borderless pages, the same 17 rules
 * as the solid-rule reader on the ruled ones.
 */
export const LONG_PIECE_PT = 9;
const MIN_LONG_PIECES = 2;
/**
 * A chain of pieces (no piece as long as a rule) is a rule only from this length (points): on
 * the clean borderless pages a row of glyph strokes chained into a 36 pt "rule" under text;
 * broken table borders span a whole row or table (80 pt and more).
 */
export const MIN_BROKEN_RULE_PT = 60;
/**
 * How far (pixels) a piece may sit across the line from the chain's last piece: a scan askew by
 * up to ~2° steps a pixel every ~30 px, so consecutive pieces of one rule are a pixel or two apart.
 */
const CHAIN_DRIFT_PX = 2;

/** A dark run along one axis: line index `pos`, pixels `from`..`to`. */
export interface Fragment {
  pos: number;
  from: number;
  to: number;
}
/** Pieces of one (possibly broken, slightly tilted) rule, in pixels. */
export interface RuleChain {
  horizontal: boolean;
  fragments: Fragment[];
  from: number;
  to: number;
}

/** Dark pixels across the line through (pos, at): a rule is thin, a filled box or a glyph's bowl is not. */
function thicknessAt(ink: (line: number, i: number) => boolean, pos: number, at: number, across: number, limit: number): number {
  let n = 1;
  for (let p = pos - 1; p >= 0 && n <= limit && ink(p, at); p--) n++;
  for (let p = pos + 1; p < across && n <= limit && ink(p, at); p++) n++;
  return n;
}

/**
 * Share of a piece's length that may have ink touching it from the side, just beyond its
 * thickness: a rule has paper on both sides except where a crossing rule or a touching glyph
 * meets it; the top bar of a capital (E, T, F in a bold heading) has its stem attached.
 */
export const MAX_ATTACHED_INK = 0.15;
/**
 * How far beyond a horizontal piece (points) ink counts as attached: a crossbar of `e` in 9 pt
 * text has its bowl about 1.5 pt above and below (a row of `ee` chained into a "rule" through
 * "Committee on Peacekeeping" at 150 dpi), while text in a cell keeps 4 pt and more from its
 * top and bottom borders. Vertical pieces look only just beyond their edge: cell text starts
 * 2 pt from a left border.
 */
export const ATTACHED_REACH_PT = 2;

/** Share of the piece's pixels with ink just beyond its thickness on either side (up to `reach` px away). */
function attachedInk(ink: (line: number, i: number) => boolean, f: Fragment, across: number, thick: number, reach: number): number {
  let attached = 0;
  for (let i = f.from; i <= f.to; i++) {
    let lo = f.pos;
    while (lo > 0 && f.pos - lo < thick && ink(lo - 1, i)) lo--;
    let hi = f.pos;
    while (hi < across - 1 && hi - f.pos < thick && ink(hi + 1, i)) hi++;
    const side = (p: number) => p >= 0 && p < across && ink(p, i);
    for (let d = 2; d <= reach; d++) {
      if (side(lo - d) || side(hi + d)) {
        attached++;
        break;
      }
    }
  }
  return attached / (f.to - f.from + 1);
}

/** Collinear pieces chained along one axis (sorted by start), kept when long and solid enough. */
function chains(fragments: Fragment[], horizontal: boolean, minLen: number, maxGap: number, longPiece: number, minBroken: number): RuleChain[] {
  const open: Array<RuleChain & { lastPos: number }> = [];
  for (const f of [...fragments].sort((a, b) => a.from - b.from || a.pos - b.pos)) {
    let best: (RuleChain & { lastPos: number }) | null = null;
    for (const c of open) {
      if (Math.abs(c.lastPos - f.pos) > CHAIN_DRIFT_PX || f.from - c.to > maxGap) continue;
      if (!best || Math.abs(c.lastPos - f.pos) < Math.abs(best.lastPos - f.pos)) best = c;
    }
    if (best) {
      best.fragments.push(f);
      best.to = Math.max(best.to, f.to);
      best.lastPos = f.pos;
    } else open.push({ horizontal, fragments: [f], from: f.from, to: f.to, lastPos: f.pos });
  }
  return open
    .filter((c) => c.to - c.from + 1 >= minLen && covered(c.fragments) >= MIN_CHAIN_FILL * (c.to - c.from + 1))
    .filter(
      (c) =>
        c.fragments.some((f) => f.to - f.from + 1 >= minLen) ||
        (c.to - c.from + 1 >= minBroken && longPieces(c.fragments, longPiece) >= MIN_LONG_PIECES),
    )
    .map(({ lastPos: _l, ...c }) => c);
}

/**
 * Long pieces (at least `longPiece` px) of a chain, those side by side counted once: a bold stem
 * is 3–5 px wide, so it is as many parallel pieces over the same span (the `J` of a bold
 * "OBJECTIVES" heading at 200 dpi, 9 pt with its tail, was five), and with one more stem lined up
 * a page of text chained into a "rule" 86 pt long that cut its lines (d7-015's first page). A
 * piece counts when at most half of it runs beside a piece already counted (a broken border's
 * pieces follow one another; a tilted one's overlap by a pixel or two where it steps).
 */
function longPieces(fragments: readonly Fragment[], longPiece: number): number {
  const counted: Fragment[] = [];
  for (const f of [...fragments].filter((x) => x.to - x.from + 1 >= longPiece).sort((a, b) => a.from - b.from)) {
    const beside = Math.max(0, ...counted.map((c) => Math.min(c.to, f.to) - Math.max(c.from, f.from) + 1));
    if (beside <= (f.to - f.from + 1) / 2) counted.push(f);
  }
  return counted.length;
}

/** Pixels along the axis covered by at least one fragment (parallel pieces of a thick rule count once). */
function covered(fragments: readonly Fragment[]): number {
  const sorted = [...fragments].sort((a, b) => a.from - b.from);
  let n = 0;
  let end = -1;
  for (const f of sorted) {
    if (f.to <= end) continue;
    n += f.to - Math.max(f.from, end + 1) + 1;
    end = f.to;
  }
  return n;
}

/**
 * Rules a poor scan broke into dashes and stubs: thin dark pieces at least MIN_FRAGMENT_PT long,
 * chained when collinear (within a pixel or two, so a slightly askew scan still chains) with
 * gaps up to MAX_FRAGMENT_GAP_PT, kept when the chain is as long as a rule (MIN_IMAGE_RULE_PT),
 * inked enough (MIN_CHAIN_FILL) and has long pieces (LONG_PIECE_PT). Solid rules are chains of
 * one piece. Pixels, for blanking and for rules.
 */
export function brokenRules(img: GreyImage, scale: number): RuleChain[] {
  const { width, height } = img;
  const minFrag = Math.max(2, Math.round(MIN_FRAGMENT_PT / scale));
  const maxGap = Math.max(1, Math.round(MAX_RUN_GAP_PT / scale));
  const thick = Math.max(2, Math.ceil(MAX_RULE_THICKNESS / scale));
  const minLen = Math.max(2, Math.round(MIN_IMAGE_RULE_PT / scale));
  const chainGap = Math.max(1, Math.round(MAX_FRAGMENT_GAP_PT / scale));
  const longPiece = Math.round(LONG_PIECE_PT / scale);
  const minBroken = Math.round(MIN_BROKEN_RULE_PT / scale);
  const { horizontalInk, verticalInk } = inkTests(img);
  const thin = (ink: (l: number, i: number) => boolean, across: number, reach: number) => (f: Fragment) =>
    thicknessAt(ink, f.pos, (f.from + f.to) >> 1, across, thick) <= thick && attachedInk(ink, f, across, thick, reach) <= MAX_ATTACHED_INK;
  const h = longRuns(height, width, minFrag, maxGap, horizontalInk).filter(thin(horizontalInk, height, Math.max(2, Math.round(ATTACHED_REACH_PT / scale))));
  const v = longRuns(width, height, minFrag, maxGap, verticalInk).filter(thin(verticalInk, width, 2));
  return [...chains(h, true, minLen, chainGap, longPiece, minBroken), ...chains(v, false, minLen, chainGap, longPiece, minBroken)];
}

/**
 * Largest ink share along a chain that is still a broken rule: a solid rule on a scan askew by a
 * degree or more is also chained from row-long pieces (a row every ~40 px at 1.5°), but they
 * join end to end (share ~1.0); the broken borders of the harsh fixture keep 0.3–0.5.
 */
export const MAX_BROKEN_FILL = 0.8;

/** A chain with no piece as long as a rule and gaps along it: a rule the scan broke (a poor scan), not a solid one. */
export function isBroken(c: RuleChain, scale: number): boolean {
  const minLen = Math.max(2, Math.round(MIN_IMAGE_RULE_PT / scale));
  return !c.fragments.some((f) => f.to - f.from + 1 >= minLen) && covered(c.fragments) <= MAX_BROKEN_FILL * (c.to - c.from + 1);
}

/** A chain as an axis-aligned rule in points, at its pieces' mean line (weighted by length; +1 as in rulesFromImage). */
export function chainRule(c: RuleChain, scale: number): Rule {
  let weighted = 0;
  let n = 0;
  for (const f of c.fragments) {
    weighted += f.pos * (f.to - f.from + 1);
    n += f.to - f.from + 1;
  }
  const pos = (weighted / n + 1) * scale;
  return c.horizontal
    ? { x1: c.from * scale, y1: pos, x2: (c.to + 1) * scale, y2: pos }
    : { x1: pos, y1: c.from * scale, x2: pos, y2: (c.to + 1) * scale };
}

/**
 * Across a broken rule's piece, pixels at least this dark (255 − grey) are the rest of its
 * thickness and are painted out with it: the harsh scans this is for are 1-bit, so any
 * mid-grey level works; lighter pixels are left to the recogniser.
 */
const BLANK_DARKNESS = 80;

/**
 * The image with the pixels of `chains` painted white (each piece and the dark pixels right
 * across it), so the recogniser never reads a border's stubs as `|`, `[` or `T`. A copy: the
 * caller keeps the original for finding rules.
 */
export function blankRules(img: GreyImage, found: readonly RuleChain[], scale: number): GreyImage {
  const data = img.data.slice();
  const { width, height } = img;
  const reach = Math.max(2, Math.ceil(MAX_RULE_THICKNESS / scale));
  const dark = (x: number, y: number) => data[y * width + x]! < 255 - BLANK_DARKNESS;
  for (const c of found) {
    for (const f of c.fragments) {
      for (let i = f.from; i <= f.to; i++) {
        const [x0, y0] = c.horizontal ? [i, f.pos] : [f.pos, i];
        data[y0 * width + x0] = 255;
        // Across the piece, outwards while dark: the rest of the rule's thickness.
        for (const dir of [-1, 1]) {
          for (let k = 1; k <= reach; k++) {
            const x = c.horizontal ? x0 : x0 + dir * k;
            const y = c.horizontal ? y0 + dir * k : y0;
            if (x < 0 || y < 0 || x >= width || y >= height || !dark(x, y)) break;
            data[y * width + x] = 255;
          }
        }
      }
    }
  }
  return { width, height, data };
}
