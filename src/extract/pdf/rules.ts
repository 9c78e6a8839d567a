/**
 * Ruling lines from a page's operator list (pdf.js `getOperatorList`). Lattice table readers
 * (pdfplumber's `lines`/`rects`, Camelot's lattice) take cell borders from the drawn paths; we do
 * the same from pdf.js 5.x `constructPath` ops: `[paintOp, [pathData], minMax]`, where pathData is
 * a flat list of DrawOPS (moveTo x y, lineTo x y, curveTo …, closePath) in user space. The current
 * transformation matrix is tracked through save / restore / transform and form XObjects.
 */
import type { Rule } from "../../model/layout.js";
import { type Matrix, IDENTITY, multiply, apply, asMatrix } from "./matrix.js";
import { forEachWithCtm, type CtmOpCodes } from "./ctm.js";

/** The pdf.js operator codes we read (pdf.js `OPS`), passed in so this module stays pure. */
export interface OpCodes extends CtmOpCodes {
  constructPath: number;
  stroke: number;
  closeStroke: number;
  fill: number;
  eoFill: number;
  fillStroke: number;
  eoFillStroke: number;
  closeFillStroke: number;
  closeEOFillStroke: number;
}
/** pdf.js DrawOPS inside a constructPath's path data. */
const DRAW = { moveTo: 0, lineTo: 1, curveTo: 2, quadraticCurveTo: 3, closePath: 4 } as const;

/**
 * A filled rectangle thinner than this (points) is a rule, not a shaded cell: producers draw
 * borders either as stroked lines or as hairline rectangles (0.1–2 pt); cell shading is at least
 * a text line high (~10 pt).
 */
export const MAX_RULE_THICKNESS = 3;
/** A segment shorter than this (points) is not a rule (tick marks, glyph-like decoration, bullets). */
export const MIN_RULE_LENGTH = 8;
/** How far (points) a line may lean and still count as horizontal or vertical (rounding in producers). */
const AXIS_SLACK = 0.5;


/**
 * Horizontal and vertical rules of one page in top-down coordinates. `viewport` maps PDF user
 * space to top-down points (pdf.js `viewport.transform` at scale 1, which also handles rotation).
 */
export function rulesFromOperators(fnArray: readonly number[], argsArray: readonly unknown[], ops: OpCodes, viewport: readonly number[]): Rule[] {
  return shapesFromOperators(fnArray, argsArray, ops, viewport).rules;
}

/** Rules and drawn bullets of one page, from one walk of its operator list. */
export function shapesFromOperators(fnArray: readonly number[], argsArray: readonly unknown[], ops: OpCodes, viewport: readonly number[]): { rules: Rule[]; bullets: DrawnBullet[] } {
  const view: Matrix = asMatrix(viewport) ?? IDENTITY;
  const strokes = new Set([ops.stroke, ops.closeStroke, ops.fillStroke, ops.eoFillStroke, ops.closeFillStroke, ops.closeEOFillStroke]);
  const fills = new Set([ops.fill, ops.eoFill, ops.fillStroke, ops.eoFillStroke, ops.closeFillStroke, ops.closeEOFillStroke]);
  const evenOdd = new Set([ops.eoFill, ops.eoFillStroke, ops.closeEOFillStroke]);
  const rules: Rule[] = [];
  const bullets: DrawnBullet[] = [];
  const ticks: Rule[] = [];
  forEachWithCtm(fnArray, argsArray, ops, (fn, args, ctm) => {
    if (fn !== ops.constructPath || !Array.isArray(args)) return;
    const paint = args[0];
    const data = (args[1] as unknown[] | undefined)?.[0] as ArrayLike<number> | undefined;
    if (typeof paint !== "number" || !data || typeof data.length !== "number") return;
    const toPage = multiply(view, ctm);
    const polylines = pathToPolylines(data).map((pl) => pl.map(([x, y]) => apply(toPage, x, y)));
    if (strokes.has(paint)) {
      for (const pl of polylines) {
        rules.push(...strokedRules(pl));
        // A path filled and stroked is a filled bullet already (below).
        if (!fills.has(paint)) ticks.push(...bulletTicks(pl));
      }
      if (!fills.has(paint) && isCurved(data)) bullets.push(...ringBullets(polylines));
    }
    if (fills.has(paint)) {
      const ring = ringRules(polylines, evenOdd.has(paint));
      if (ring) rules.push(...ring);
      else for (const pl of polylines) rules.push(...filledRules(pl));
      bullets.push(...bulletShapes(polylines, isCurved(data)));
    }
  });
  bullets.push(...outlineSquares(ticks));
  return { rules: mergeRules(rules), bullets };
}

/** Path data → polylines (curves replaced by their end point; rules are straight). */
export function pathToPolylines(data: ArrayLike<number>): Array<Array<[number, number]>> {
  const out: Array<Array<[number, number]>> = [];
  let current: Array<[number, number]> = [];
  let i = 0;
  const num = (k: number) => data[k] ?? 0;
  while (i < data.length) {
    const op = data[i];
    if (op === DRAW.moveTo) {
      if (current.length > 1) out.push(current);
      current = [[num(i + 1), num(i + 2)]];
      i += 3;
    } else if (op === DRAW.lineTo) {
      current.push([num(i + 1), num(i + 2)]);
      i += 3;
    } else if (op === DRAW.curveTo) {
      current.push([num(i + 5), num(i + 6)]);
      i += 7;
    } else if (op === DRAW.quadraticCurveTo) {
      current.push([num(i + 3), num(i + 4)]);
      i += 5;
    } else if (op === DRAW.closePath) {
      const first = current[0];
      if (first && current.length > 1) current.push(first);
      i += 1;
    } else break; // unknown op: stop rather than misread coordinates
  }
  if (current.length > 1) out.push(current);
  return out;
}

function strokedRules(pl: Array<[number, number]>): Rule[] {
  const out: Rule[] = [];
  for (let k = 1; k < pl.length; k++) {
    const [x1, y1] = pl[k - 1]!;
    const [x2, y2] = pl[k]!;
    const rule = axisRule(x1, y1, x2, y2);
    if (rule) out.push(rule);
  }
  return out;
}

/** A thin filled rectangle is drawn as a rule along its long axis. */
function filledRules(pl: Array<[number, number]>): Rule[] {
  const xs = pl.map((p) => p[0]);
  const ys = pl.map((p) => p[1]);
  const x1 = Math.min(...xs), x2 = Math.max(...xs), y1 = Math.min(...ys), y2 = Math.max(...ys);
  const w = x2 - x1, h = y2 - y1;
  if (h <= MAX_RULE_THICKNESS && w >= MIN_RULE_LENGTH) return [{ x1, y1: (y1 + y2) / 2, x2, y2: (y1 + y2) / 2 }];
  if (w <= MAX_RULE_THICKNESS && h >= MIN_RULE_LENGTH) return [{ x1: (x1 + x2) / 2, y1, x2: (x1 + x2) / 2, y2 }];
  return [];
}

/** An axis-aligned rectangle's box, when a closed polyline is one (4 corners, closed or not). */
function rectangle(pl: ReadonlyArray<readonly [number, number]>): { x1: number; y1: number; x2: number; y2: number; area: number } | null {
  // Repeated points (an explicit line back to the start, then closePath) and the closing point go.
  const same = (p: readonly [number, number], q: readonly [number, number]) => Math.abs(p[0] - q[0]) <= AXIS_SLACK && Math.abs(p[1] - q[1]) <= AXIS_SLACK;
  const pts = pl.filter((p, k) => k === 0 || !same(p, pl[k - 1]!));
  if (pts.length > 1 && same(pts[0]!, pts[pts.length - 1]!)) pts.pop();
  if (pts.length !== 4) return null;
  for (let k = 0; k < 4; k++) {
    const [ax, ay] = pts[k]!;
    const [bx, by] = pts[(k + 1) % 4]!;
    if (Math.abs(ax - bx) > AXIS_SLACK && Math.abs(ay - by) > AXIS_SLACK) return null;
  }
  const xs = pts.map((p) => p[0]), ys = pts.map((p) => p[1]);
  // Signed area (shoelace): its sign is the winding, which the nonzero rule needs.
  let area = 0;
  for (let k = 0; k < 4; k++) area += pts[k]![0] * pts[(k + 1) % 4]![1] - pts[(k + 1) % 4]![0] * pts[k]![1];
  return { x1: Math.min(...xs), y1: Math.min(...ys), x2: Math.max(...xs), y2: Math.max(...ys), area: area / 2 };
}

/**
 * A cell's border drawn as one filled ring: an outer rectangle with the inner one cut out (Chromium
 * prints each bordered table cell so, as an even-odd fill of two nested rectangles). Each side whose
 * band is a rule's thickness is a rule along it; null when the path is no such ring (then its
 * subpaths are read one by one). Without this, a browser-printed grid showed no rules at all.
 */
export function ringRules(polylines: ReadonlyArray<ReadonlyArray<readonly [number, number]>>, evenOdd: boolean): Rule[] | null {
  if (polylines.length !== 2) return null;
  const a = rectangle(polylines[0]!);
  const b = rectangle(polylines[1]!);
  if (!a || !b) return null;
  const [outer, inner] = a.x2 - a.x1 >= b.x2 - b.x1 ? [a, b] : [b, a];
  // Under the nonzero rule the inner rectangle cuts a hole only when it winds the other way.
  if (!evenOdd && Math.sign(outer.area) === Math.sign(inner.area)) return null;
  const bands = [inner.y1 - outer.y1, outer.y2 - inner.y2, inner.x1 - outer.x1, outer.x2 - inner.x2];
  if (bands.some((t) => t < -AXIS_SLACK || t > MAX_RULE_THICKNESS)) return null;
  if (outer.x2 - outer.x1 < MIN_RULE_LENGTH || outer.y2 - outer.y1 < MIN_RULE_LENGTH) return null;
  const [top, bottom, left, right] = bands as [number, number, number, number];
  // A side with no band (a cell without that border) draws nothing.
  const drawn = (t: number) => t > AXIS_SLACK / 2;
  const out: Rule[] = [];
  if (drawn(top)) out.push({ x1: outer.x1, y1: (outer.y1 + inner.y1) / 2, x2: outer.x2, y2: (outer.y1 + inner.y1) / 2 });
  if (drawn(bottom)) out.push({ x1: outer.x1, y1: (outer.y2 + inner.y2) / 2, x2: outer.x2, y2: (outer.y2 + inner.y2) / 2 });
  if (drawn(left)) out.push({ x1: (outer.x1 + inner.x1) / 2, y1: outer.y1, x2: (outer.x1 + inner.x1) / 2, y2: outer.y2 });
  if (drawn(right)) out.push({ x1: (outer.x2 + inner.x2) / 2, y1: outer.y1, x2: (outer.x2 + inner.x2) / 2, y2: outer.y2 });
  return out;
}

function axisRule(x1: number, y1: number, x2: number, y2: number): Rule | null {
  if (Math.abs(y1 - y2) <= AXIS_SLACK && Math.abs(x2 - x1) >= MIN_RULE_LENGTH) {
    const y = (y1 + y2) / 2;
    return { x1: Math.min(x1, x2), y1: y, x2: Math.max(x1, x2), y2: y };
  }
  if (Math.abs(x1 - x2) <= AXIS_SLACK && Math.abs(y2 - y1) >= MIN_RULE_LENGTH) {
    const x = (x1 + x2) / 2;
    return { x1: x, y1: Math.min(y1, y2), x2: x, y2: Math.max(y1, y2) };
  }
  return null;
}

/** Rules on the same axis line that touch or overlap become one (cells draw their borders piecewise). */
const MERGE_SLACK = 1;

export function mergeRules(rules: readonly Rule[]): Rule[] {
  const horizontal = rules.filter((r) => r.y1 === r.y2 && r.x1 !== r.x2);
  const vertical = rules.filter((r) => r.x1 === r.x2);
  // Pieces whose positions chain within MERGE_SLACK are one line (a scanned rule steps by a pixel);
  // on it, pieces that touch or overlap along the axis become one rule.
  const mergeAxis = (list: Rule[], pos: (r: Rule) => number, lo: (r: Rule) => number, hi: (r: Rule) => number, make: (p: number, a: number, b: number) => Rule) => {
    const sorted = [...list].sort((a, b) => pos(a) - pos(b) || lo(a) - lo(b));
    const groups: Rule[][] = [];
    for (const r of sorted) {
      const g = groups[groups.length - 1];
      if (g && pos(r) - pos(g[g.length - 1]!) <= MERGE_SLACK) g.push(r);
      else groups.push([r]);
    }
    const out: Rule[] = [];
    for (const g of groups) {
      let cur: { p: number; a: number; b: number } | null = null;
      for (const r of g.sort((x, y) => lo(x) - lo(y))) {
        if (cur && lo(r) <= cur.b + MERGE_SLACK) cur.b = Math.max(cur.b, hi(r));
        else {
          if (cur) out.push(make(cur.p, cur.a, cur.b));
          cur = { p: pos(r), a: lo(r), b: hi(r) };
        }
      }
      if (cur) out.push(make(cur.p, cur.a, cur.b));
    }
    return out;
  };
  const round = (n: number) => Math.round(n * 100) / 100;
  const h = mergeAxis(horizontal, (r) => r.y1, (r) => r.x1, (r) => r.x2, (y, a, b) => ({ x1: a, y1: y, x2: b, y2: y }));
  const v = mergeAxis(vertical, (r) => r.x1, (r) => r.y1, (r) => r.y2, (x, a, b) => ({ x1: x, y1: a, x2: x, y2: b }));
  return [...h, ...v].map((r) => ({ x1: round(r.x1), y1: round(r.y1), x2: round(r.x2), y2: round(r.y2) }));
}

/** A list bullet drawn as a shape, in top-down page coordinates (its bounding box). */
export interface DrawnBullet {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  /** "•" for a disc (a path with curves), "▪" for a square, "□" for an outline square, "◦" for a stroked circle. */
  glyph: string;
}

/** A drawn bullet is this small (points) on each side: a disc or square of a 6–14 pt list font. */
export const BULLET_MIN_SIZE = 1.5;
export const BULLET_MAX_SIZE = 6;
/** …and about as wide as it is high. */
const BULLET_MAX_ASPECT = 1.4;

/**
 * Filled discs and squares small enough to be list bullets. Browsers print an HTML list's
 * `list-style` bullets (disc, square) as filled paths, not as text: without them the list's items
 * lose their only separator. Which of them are bullets is for the caller to decide (text must
 * follow on the same line).
 */
export function drawnBullets(fnArray: readonly number[], argsArray: readonly unknown[], ops: OpCodes, viewport: readonly number[]): DrawnBullet[] {
  return shapesFromOperators(fnArray, argsArray, ops, viewport).bullets;
}

/** A path with curves draws a disc; one of straight lines only a square. */
function isCurved(data: ArrayLike<number>): boolean {
  for (let i = 0; i < data.length; i++) if (data[i] === DRAW.curveTo || data[i] === DRAW.quadraticCurveTo) return true;
  return false;
}

/**
 * The sides of a stroked path short enough to be a side of a drawn bullet (axis-aligned, of
 * bullet size), as rules. An outline square may be one closed path or four strokes of a line
 * each (groff 1.22.4 `-Tpdf` draws `\(sq`, which its PDF fonts lack, as four `m l S`).
 */
function bulletTicks(pl: ReadonlyArray<readonly [number, number]>): Rule[] {
  const out: Rule[] = [];
  for (let k = 1; k < pl.length; k++) {
    const [x1, y1] = pl[k - 1]!;
    const [x2, y2] = pl[k]!;
    const w = Math.abs(x2 - x1), h = Math.abs(y2 - y1);
    if (h <= AXIS_SLACK && w >= BULLET_MIN_SIZE && w <= BULLET_MAX_SIZE) out.push({ x1: Math.min(x1, x2), y1: (y1 + y2) / 2, x2: Math.max(x1, x2), y2: (y1 + y2) / 2 });
    else if (w <= AXIS_SLACK && h >= BULLET_MIN_SIZE && h <= BULLET_MAX_SIZE) out.push({ x1: (x1 + x2) / 2, y1: Math.min(y1, y2), x2: (x1 + x2) / 2, y2: Math.max(y1, y2) });
  }
  return out;
}

/**
 * Outline squares of bullet size among the short stroked sides of a page: a top and a bottom side
 * of the same span, closed by a left and a right side — a hollow square bullet ("□", Word's and
 * troff's `\(sq` when drawn rather than set as a glyph). Unclosed corners, ticks and underlines
 * are no square. A filled square is found by `bulletShapes`.
 */
function outlineSquares(ticks: readonly Rule[]): DrawnBullet[] {
  if (ticks.length < 4 || ticks.length > MAX_BULLET_TICKS) return [];
  const near = (a: number, b: number) => Math.abs(a - b) <= AXIS_SLACK;
  // Sides by where they start, in cells of AXIS_SLACK: a page of many short strokes (a chart's
  // ticks, a hatch) is a walk over its strokes, each looking in a few cells only.
  const cell = (v: number) => Math.round(v / AXIS_SLACK);
  const key = (x: number, y: number) => `${cell(x)},${cell(y)}`;
  const horizontal = new Map<string, Rule[]>();
  const vertical = new Map<string, Rule[]>();
  for (const t of ticks) {
    const map = t.y1 === t.y2 ? horizontal : vertical;
    const k = key(t.x1, t.y1);
    const list = map.get(k);
    if (list) list.push(t);
    else map.set(k, [t]);
  }
  const at = (map: ReadonlyMap<string, readonly Rule[]>, x: number, y: number) => {
    const out: Rule[] = [];
    for (const dx of [-1, 0, 1]) for (const dy of [-1, 0, 1]) out.push(...(map.get(`${cell(x) + dx},${cell(y) + dy}`) ?? []));
    return out;
  };
  const side = (x: number, top: number, bottom: number) => at(vertical, x, top).some((v) => near(v.x1, x) && near(v.y1, top) && near(v.y2, bottom));
  const out: DrawnBullet[] = [];
  for (const top of ticks) {
    if (top.y1 !== top.y2) continue;
    const w = top.x2 - top.x1;
    // The bottom side lies a square's height under the top, which the left side spans.
    for (const left of at(vertical, top.x1, top.y1)) {
      const h = left.y2 - left.y1;
      if (!near(left.x1, top.x1) || !near(left.y1, top.y1) || h < BULLET_MIN_SIZE || Math.max(w, h) / Math.min(w, h) > BULLET_MAX_ASPECT) continue;
      const bottom = at(horizontal, top.x1, left.y2).find((b) => near(b.x1, top.x1) && near(b.x2, top.x2) && near(b.y1, left.y2));
      if (bottom && side(top.x2, top.y1, left.y2)) {
        out.push({ x1: top.x1, y1: top.y1, x2: top.x2, y2: left.y2, glyph: "□" });
        break;
      }
    }
  }
  return out;
}

/**
 * A page with more short stroked sides than this is a drawing (a chart's ticks, a hatch), not a
 * list: a page of 100 outline bullets has 400 (a list page holds 40–60 items). Its strokes are
 * not searched for squares (400 strokes in one dense hatch: 20 ms, under load).
 */
const MAX_BULLET_TICKS = 400;

/**
 * Stroked, unfilled closed curves of bullet size: a hollow circle bullet ("◦"). pdfmake draws a
 * `ul` of `type: 'circle'` so (an ellipse path, stroked), as browsers draw `list-style: circle`;
 * without it the list's items lose their only separator (corpus19 val19e v19-024, val19f v19-004:
 * one-line measures joined). An open arc (a tick, a bracket's curve) is no bullet: the path must
 * close on its start.
 */
function ringBullets(polylines: ReadonlyArray<ReadonlyArray<readonly [number, number]>>): DrawnBullet[] {
  const closed = polylines.filter((pl) => {
    const a = pl[0], b = pl[pl.length - 1];
    return pl.length > 3 && a !== undefined && b !== undefined && Math.abs(a[0] - b[0]) <= AXIS_SLACK && Math.abs(a[1] - b[1]) <= AXIS_SLACK;
  });
  return bulletShapes(closed, true).map((b) => ({ ...b, glyph: "◦" }));
}

/** The filled polylines (page coordinates) of bullet size and shape. */
function bulletShapes(polylines: ReadonlyArray<ReadonlyArray<readonly [number, number]>>, curved: boolean): DrawnBullet[] {
  const out: DrawnBullet[] = [];
  for (const pts of polylines) {
    const xs = pts.map((p) => p[0]), ys = pts.map((p) => p[1]);
    const x1 = Math.min(...xs), x2 = Math.max(...xs), y1 = Math.min(...ys), y2 = Math.max(...ys);
    const w = x2 - x1, h = y2 - y1;
    if (w < BULLET_MIN_SIZE || h < BULLET_MIN_SIZE || w > BULLET_MAX_SIZE || h > BULLET_MAX_SIZE) continue;
    if (Math.max(w, h) / Math.min(w, h) > BULLET_MAX_ASPECT) continue;
    out.push({ x1, y1, x2, y2, glyph: curved ? "•" : "▪" });
  }
  return out;
}
