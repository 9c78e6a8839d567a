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
 * Ink, along a line: the darkness (255 − grey) of a pixel and its neighbour across the line adds
 * up to at least this. A thin rule that falls between two pixel rows at 150 dpi is two half-grey
 * rows (~128 each), one black row in a 1-bit scan; light cell shading (grey ≥ 200) never adds up.
 */
export const INK_DARKNESS = 160;
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

/** Horizontal and vertical rules of a page image, in page points (`scale` = points per pixel). */
export function rulesFromImage(img: GreyImage, scale: number): Rule[] {
  const { width, height, data } = img;
  const minLen = Math.max(2, Math.round(MIN_IMAGE_RULE_PT / scale));
  const maxGap = Math.max(1, Math.round(MAX_RUN_GAP_PT / scale));
  const thick = Math.max(2, Math.ceil(MAX_RULE_THICKNESS / scale));
  // Darkness of a pixel plus its neighbour below (for horizontal runs) or to the right (vertical).
  const at = (x: number, y: number) => (x < width && y < height ? 255 - data[y * width + x]! : 0);
  const horizontal = longRuns(height, width, minLen, maxGap, (y, x) => at(x, y) + at(x, y + 1) >= INK_DARKNESS);
  const vertical = longRuns(width, height, minLen, maxGap, (x, y) => at(x, y) + at(x + 1, y) >= INK_DARKNESS);
  const rules: Rule[] = [];
  // Pixel k covers [k, k+1): a run ends after its last pixel. Across the line, the neighbour sum
  // also marks the line before the rule's first one, so a band's mean line is half a pixel before
  // the rule's middle line, whose centre is half a pixel further: +1.
  for (const b of bands(horizontal, thick)) rules.push({ x1: b.from * scale, y1: (b.pos + 1) * scale, x2: (b.to + 1) * scale, y2: (b.pos + 1) * scale });
  for (const b of bands(vertical, thick)) rules.push({ x1: (b.pos + 1) * scale, y1: b.from * scale, x2: (b.pos + 1) * scale, y2: (b.to + 1) * scale });
  return mergeRules(rules);
}
