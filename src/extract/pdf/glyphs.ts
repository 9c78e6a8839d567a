/**
 * Glyph runs straight from a page's operator list (pdf.js `getOperatorList`), so one pass over
 * the content stream gives both the text and the ruling lines (rules.ts) — calling
 * `getTextContent` as well would walk the content a second time.
 *
 * The text state follows pdf.js's own canvas renderer (display/canvas.js showText): text matrix,
 * line matrix, Tc/Tw/Tz/TL/Ts, font size and font matrix; glyph widths are pdf.js's (font units ×
 * font matrix). Positions go text space → text matrix → CTM → viewport (top-down points).
 */
import { SEGMENT_GAP_EM, TOUCH_EM, BASELINE_STEP_PT, type GlyphRun } from "./lines.js";
import { lostGlyph, unmappedGlyph } from "../../vocab/ligatures.js";
import { accentOver, composeAccent, isSpacingAccent } from "./accents.js";
import { plausibleToken } from "../ocr/quality.js";
import { type Matrix, IDENTITY, multiply, apply, asMatrix } from "./matrix.js";
import { type GlyphProgram, type3SymbolInk } from "./type3-shapes.js";

export interface TextOpCodes {
  save: number;
  restore: number;
  transform: number;
  paintFormXObjectBegin: number;
  paintFormXObjectEnd: number;
  beginText: number;
  setFont: number;
  setTextMatrix: number;
  moveText: number;
  setLeadingMoveText: number;
  nextLine: number;
  nextLineShowText: number;
  nextLineSetSpacingShowText: number;
  setLeading: number;
  setCharSpacing: number;
  setWordSpacing: number;
  setHScale: number;
  setTextRise: number;
  showText: number;
  showSpacedText: number;
  /** Clipping (pdf.js `clip`, `eoClip`, then the path in a `constructPath`): optional, read when given. */
  constructPath?: number;
  clip?: number;
  eoClip?: number;
  /** Marked content (pdf.js `beginMarkedContent`, `beginMarkedContentProps`, `endMarkedContent`): optional, read when given. */
  beginMarkedContent?: number;
  beginMarkedContentProps?: number;
  endMarkedContent?: number;
}

/**
 * A hyphen drawn alone in a marked-content span with properties of its own (`/Span <<…>> BDC`,
 * neither an optional-content group nor a tagged structure's MCID) was given replacement text:
 * a producer replaces a printed hyphen only when the hyphen is not the word's, a discretionary
 * one (Typst writes `/ActualText <FEFF00AD>` around the hyphen it prints at a hyphenation
 * break). pdf.js passes the span on without its ActualText, so the cue is the span itself: the
 * hyphen reads as U+00AD, which vocab/text's repairText prints as "-" at a line end (and drops
 * inside a line, as the replacement says), and softBrokenWords records as soft.
 *
 * The other way round: a producer writes replacement text only where it differs from what the glyph
 * maps to, so a hyphen glyph whose map reads the soft hyphen, drawn inside such a span, is the word's
 * own printed hyphen. Typst maps a font's hyphen glyph to U+00AD when the glyph was first drawn at a
 * hyphenation break, and then wraps every printed hyphen of that font in `/ActualText (-)`: without
 * this the hyphens of "co-chair", "Inter-agency" were dropped as invisible ("cochair").
 */
interface MarkedSpan {
  /** A span with properties and no MCID: its content may carry replacement text. */
  replacing: boolean;
  /** The run being written when the span opened, its text's length then, and the number of runs. */
  run: GlyphRun | null;
  length: number;
  runs: number;
}
/** What a replaced hyphen glyph may read as. */
const PRINTED_HYPHEN = /^[-\u2010]$/;
/** A hyphen glyph the font maps to the soft hyphen (the replaced glyph is then the printed hyphen). */
const MAPPED_SOFT_HYPHEN = "\u00AD";
/** The text a span drew into the run being written when it closed, when that run holds all of it; null otherwise. */
function spanText(span: MarkedSpan, current: GlyphRun | null, runs: number): string | null {
  if (!current) return null;
  if (current === span.run && runs === span.runs) return current.text.slice(span.length);
  return runs === span.runs + 1 && current !== span.run ? current.text : null;
}

/** A clip rectangle in top-down page coordinates. */
interface ClipBox {
  left: number;
  top: number;
  right: number;
  bottom: number;
}
/**
 * A glyph whose baseline lies more than this (points) outside the clip is not printed: at most the
 * tops or the tails of its letters show. wkhtmltopdf draws a line that a page break cuts on both
 * pages, each clipped to its page's content box: the copy whose baseline is past the page's foot
 * (only its upper half shows) is no text of that page; the copy on the next page is.
 */
const CLIP_SLACK = 0.5;
/**
 * Text whose baseline runs this many degrees or more off the page's axes (neither 0, 90, 180 nor
 * 270°) is diagonal: a watermark stamped across the page ("DRAFT"), never a line of the body. A
 * skewed scan's OCR layer leans a degree or two; a margin note turned 90° is on an axis.
 */
export const TILT_MIN_DEG = 15;

/** How far (degrees, 0–45) a baseline direction (dx, dy) is from the nearest page axis. */
export function offAxisDegrees(dx: number, dy: number): number {
  if (dx === 0 && dy === 0) return 0;
  const a = Math.abs((Math.atan2(dy, dx) * 180) / Math.PI) % 90;
  return Math.min(a, 90 - a);
}
/** A lost glyph with no width reaches at most this many ems to the next glyph ("ffi" is ~0.85 em). */
const LOST_REACH_EM = 1;

/** What we need of a pdf.js font object. */
export interface FontInfo {
  fontMatrix?: number[];
  bold?: boolean;
  black?: boolean;
  name?: string;
  vertical?: boolean;
  /** Text read back for some codes of a font whose ToUnicode is known damaged (pdf/folded-unicode.ts). */
  glyphText?: ReadonlyMap<number, string>;
  /** Text read back for a code when its glyph stands alone in its run (a folded bullet). */
  loneGlyphText?: ReadonlyMap<number, string>;
  /** Codes whose text is doubtful (counted: `doubtful` of runsFromOperators). */
  doubtful?: ReadonlySet<number>;
  /**
   * Codes whose text only may be folded (nothing in the font tells): counted as doubtful only
   * where the word they stand in does not read as a word (`doubtful` of runsFromOperators).
   */
  mayBeFolded?: ReadonlySet<number>;
  /** pdf.js: a Type 3 font (glyphs drawn by content streams; its glyph space and size are its own). */
  isType3Font?: boolean;
  /** pdf.js: a Type 3 font's glyph programs by glyph name (`Glyph.operatorListId`). */
  charProcOperatorList?: Readonly<Record<string, GlyphProgram>>;
}


/**
 * Pictogram fonts: every glyph is a symbol. Without a ToUnicode map (Word's Wingdings bullet, a
 * ZapfDingbats `a71`), pdf.js reports the glyph by its character code, a letter ("l" for ●, "n"
 * for ■, "§" for ▪, "Ø" for ➢), which would stay in the text as a word. Such a glyph is a mark:
 * it becomes a bullet, which the item-marker table strips at an item's start. (The Symbol font is
 * not one of them: its letters are Greek, and pdf.js maps them.)
 */
const DINGBAT_FONT = /dingbat|wingding|webding/i;
const LETTER_OR_PUNCT = /^[\p{L}\p{N}\p{P}\p{S}]$/u;
const DINGBAT_MARK = "\u2022";
export const CONTROL = /^[\u0000-\u0008\u000E-\u001F\u007F]+$/;

/*
 * The per-glyph tests below run on every glyph of every page: each first reads the text's first
 * code unit, and only a text that could match goes to its pattern (same answers, no regex call for
 * the letters, digits and punctuation that make up nearly all text).
 */
/** CONTROL.test: a control character first, or no match. */
export const isControl = (t: string): boolean => {
  const c = t.charCodeAt(0);
  return (c <= 0x08 || (c >= 0x0e && c <= 0x1f) || c === 0x7f) && CONTROL.test(t);
};
/**
 * pdf.js gives a glyph with no Unicode mapping a Private Use code point of its own (U+E000–U+F8FF).
 * Symbol and Wingdings bullets live in U+F020–U+F0FF and are real marks; the rest are unmapped.
 */
export const isUnmappedPua = (t: string): boolean => {
  if (t.length !== 1) return false;
  const c = t.charCodeAt(0);
  return (c >= 0xe000 && c <= 0xf01f) || (c >= 0xf100 && c <= 0xf8ff);
};
export const WHITE = /^\s+$/u;
/** WHITE.test: printable ASCII first (never white space), or the pattern. */
export const isWhite = (t: string): boolean => {
  const c = t.charCodeAt(0);
  return !(c > 0x20 && c < 0x7f) && WHITE.test(t);
};

interface Glyph {
  unicode?: string;
  width?: number;
  isSpace?: boolean;
  isInFont?: boolean;
  /** The character code drawn (a glyph id in a two-byte Identity-encoded font). */
  originalCharCode?: number;
  /** pdf.js: a Type 3 glyph's name in its font's `charProcOperatorList`. */
  operatorListId?: string;
}

/**
 * A glyph of a two-byte (CID) font whose ToUnicode map leaves its code out: pdf.js then reports the
 * code itself as the text, a glyph id read as a code point (WeasyPrint maps "fi", "fl", "ff" but
 * not its "ffi" glyph 0x13B4 of DejaVu Sans, which came out as the Cherokee letter U+13B4). Codes
 * above one byte only: in a one-byte font the code often is the letter itself. A real mapping of a
 * glyph id to the same code point would need a font with that many glyphs and that very order.
 */
function codeAsText(glyph: Glyph): boolean {
  const code = glyph.originalCharCode;
  return code !== undefined && code > 0xff && glyph.unicode === String.fromCharCode(code);
}

/**
 * Consecutive glyphs (in content order) on one baseline join into one run when the gap between
 * them is at most IN_FLOW_MAX_EM of the font size, with a space when it is over IN_FLOW_SPACE_EM:
 * the thresholds of pdf.js's own text-content builder (SPACE_IN_FLOW_MIN/MAX_FACTOR), so producers
 * that place words by offsets instead of space glyphs (TeX, justified text) read as they do there.
 * Wider gaps start a new run; lines.ts then decides which runs are separate cells. Across two
 * text-showing operators the stricter SEGMENT_GAP_EM applies: a producer that starts a new
 * operator after a gap is usually starting a new cell.
 */
export const IN_FLOW_SPACE_EM = 0.102;
export const IN_FLOW_MAX_EM = 0.6;
/**
 * Space glyphs typed in a row to set text apart (troff pads a tbl row or a tab stop with spaces in
 * one TJ: "Signature: ____" + 34 spaces + "Signature: ____"; a typist aligns two blocks with the
 * space bar) are a gap like an empty one when there are at least PADDING_SPACES of them and they
 * span more than PADDING_GAP_EM: the text after them starts a run of its own, as pdftotext sets it
 * apart in its own column. One space widened by word spacing (Tw, a justified line) and two spaces
 * after a full stop stay word gaps.
 */
const PADDING_SPACES = 3;
const PADDING_GAP_EM = 1;
/** A glyph may overlap the previous one by this much (kerning, bold overprint) and still follow it. */
const OVERLAP_EM = 0.2;
/** Baselines closer than this (em) are the same baseline for joining consecutive glyphs. */
const SAME_BASELINE_EM = 0.1;
/** Fonts whose PostScript name says so are bold. */
const BOLD_FONT_NAME = /bold|black|heavy|semibold|demi/i;

export function isBoldFont(font: FontInfo | null | undefined): boolean {
  return !!font && (font.bold === true || font.black === true || BOLD_FONT_NAME.test(font.name ?? ""));
}

/** A font's properties as `show` reads them (runsFromOperators: read once per font). */
interface FontFacts {
  fm: number[];
  bold: boolean;
  dingbats: boolean;
  type3: boolean;
  glyphText: FontInfo["glyphText"];
  loneGlyphText: FontInfo["loneGlyphText"];
  doubtful: FontInfo["doubtful"];
  mayBeFolded: FontInfo["mayBeFolded"];
}

/** One drawn glyph with text (spaces included), in top-down page points, in content order. */
export interface PlacedGlyph {
  text: string;
  left: number;
  right: number;
  baseline: number;
  size: number;
}

/**
 * Called for every glyph with text, in content order (`index` counts them from 0): returns the
 * text the glyph stands for in the runs ("" leaves it out, its advance kept). An OCR layer's words
 * are checked against the page image's ink this way (pdf/ocr-layer-ink.ts); text pages pass none.
 */
export type GlyphRewrite = (glyph: PlacedGlyph, index: number) => string;

/** Glyph runs (word pieces) of one page, in top-down page coordinates. */
export function runsFromOperators(
  fnArray: readonly number[],
  argsArray: readonly unknown[],
  ops: TextOpCodes,
  viewport: readonly number[],
  fontOf: (name: string) => FontInfo | null,
  rewrite?: GlyphRewrite,
): { runs: GlyphRun[]; uprightShare: number; doubtful: number } {
  const view: Matrix = asMatrix(viewport) ?? IDENTITY;
  let ctm: Matrix = IDENTITY;
  // Text state: part of the graphics state, so q/Q save and restore it with the CTM.
  let font: FontInfo | null = null;
  let fontSize = 0;
  let fontDirection = 1;
  let charSpacing = 0, wordSpacing = 0, hScale = 1, leading = 0, rise = 0;
  let textMatrix: Matrix = IDENTITY;
  let x = 0, y = 0, lineX = 0, lineY = 0;
  const runs: GlyphRun[] = [];
  let chars = 0, upright = 0, doubtful = 0;
  /** Glyphs read back only if they stand alone, as a word of their own (FontInfo.loneGlyphText): run, place in its text. */
  const lone: Array<{ run: GlyphRun; at: number; text: string; alone: string }> = [];
  /** Glyphs of FontInfo.mayBeFolded codes: run, place in its text, length (judged on their word at the end). */
  const maybe: Array<{ run: GlyphRun; at: number; length: number }> = [];
  // The clip: the intersection of the clipping paths' bounding boxes, part of the graphics state.
  let clipBox: ClipBox | null = null;
  let pendingClip = false;
  type Saved = { ctm: Matrix; font: FontInfo | null; fontSize: number; fontDirection: number; charSpacing: number; wordSpacing: number; hScale: number; leading: number; rise: number; clipBox: ClipBox | null };
  const stack: Saved[] = [];
  const save = (): Saved => ({ ctm, font, fontSize, fontDirection, charSpacing, wordSpacing, hScale, leading, rise, clipBox });
  const restore = (st: Saved | undefined) => {
    if (!st) return;
    ({ ctm, font, fontSize, fontDirection, charSpacing, wordSpacing, hScale, leading, rise, clipBox } = st);
  };
  const clipTo = (minMax: ArrayLike<number>) => {
    const [x0, y0, x1, y1] = [minMax[0], minMax[1], minMax[2], minMax[3]];
    if (![x0, y0, x1, y1].every((v) => typeof v === "number" && Number.isFinite(v))) return;
    const toPage = multiply(view, ctm);
    const corners = [apply(toPage, x0!, y0!), apply(toPage, x1!, y0!), apply(toPage, x0!, y1!), apply(toPage, x1!, y1!)];
    const box = { left: Math.min(...corners.map((c) => c[0])), right: Math.max(...corners.map((c) => c[0])), top: Math.min(...corners.map((c) => c[1])), bottom: Math.max(...corners.map((c) => c[1])) };
    clipBox = clipBox
      ? { left: Math.max(clipBox.left, box.left), right: Math.min(clipBox.right, box.right), top: Math.max(clipBox.top, box.top), bottom: Math.min(clipBox.bottom, box.bottom) }
      : box;
  };
  /** Is the point (a glyph's baseline) outside the clip? */
  const clippedOut = (px: number, py: number): boolean =>
    !!clipBox && (px < clipBox.left - CLIP_SLACK || px > clipBox.right + CLIP_SLACK || py < clipBox.top - CLIP_SLACK || py > clipBox.bottom + CLIP_SLACK);

  // The run being built: glyphs join it while they follow on the same baseline within IN_FLOW_MAX_EM.
  // Its right edge `currentRight` includes trailing spaces (the flow goes on after them); `width`
  // ends at the last ink.
  let current: GlyphRun | null = null;
  let currentRight = 0;
  /** Open marked-content spans, innermost last (MarkedSpan). */
  const spans: MarkedSpan[] = [];
  let lostReach = false;
  // Whether the run's text ends with a space, kept beside it: `text.endsWith(" ")` flattened the
  // run's text (a string grown glyph by glyph) on every glyph.
  let endsWithSpace = false;
  let glyphIndex = 0;
  let sameOperator = false;
  /** Left edge of the space glyph that ends the current run, if it does. */
  let spaceAt: number | null = null;
  /** A later operator's first glyphs joined the current run; the seam is recorded at its first ink. */
  let seamPending = false;
  /** The current operator's word spacing (Tw) in page points when positive, else 0 (see show). */
  let flowStretch = 0;
  /** The space glyphs that end the current run: how many, and the left edge of the first (PADDING_SPACES). */
  let blanks = 0;
  let blankFrom = 0;
  const addGlyph = (text: string, space: boolean, left: number, right: number, baseline: number, size: number, bold: boolean) => {
    const c = current;
    const em = Math.max(size, c?.fontSize ?? 0);
    // A space the next glyph is drawn over is no word gap: Chromium prints a soft hyphen's break
    // opportunity as a space glyph and moves back over it ("subst" " " "antive").
    const overSpace = !!c && !space && spaceAt !== null && endsWithSpace && Math.abs(left - spaceAt) <= OVERLAP_EM * em;
    if (c && overSpace) {
      c.text = c.text.slice(0, -1);
      endsWithSpace = c.text.charCodeAt(c.text.length - 1) === 0x20;
      currentRight = spaceAt ?? currentRight;
    }
    // A lost glyph the font gave no width (lostGlyph below) reaches to the glyph after it, when
    // that one follows within a ligature's width: the gap is the glyph's, not a word space.
    if (lostReach && c && left >= currentRight && left - currentRight <= LOST_REACH_EM * em) currentRight = left;
    lostReach = false;
    const gap = c ? left - currentRight : Infinity;
    const maxGap = sameOperator ? IN_FLOW_MAX_EM * em + flowStretch : SEGMENT_GAP_EM * em;
    const opensOperator = !sameOperator;
    sameOperator = true;
    const padded = !space && endsWithSpace && blanks >= PADDING_SPACES && left - blankFrom > PADDING_GAP_EM * em;
    // Another operator's text touching the run on a baseline a step away is another text box (a
    // cell beside, centred otherwise): lines.ts otherTextBox, which then keeps the two apart.
    const stepped = opensOperator && !space && gap <= TOUCH_EM * em && !!c && Math.abs(baseline - c.baseline) > BASELINE_STEP_PT && !/^[,.;:!?)\]}%]/u.test(text);
    if (c && !padded && !stepped && Math.abs(baseline - c.baseline) <= SAME_BASELINE_EM * em && gap >= -OVERLAP_EM * em && gap <= maxGap && Math.abs(size - c.fontSize) < 0.5) {
      if (!space) blanks = 0;
      else if (blanks++ === 0 || !endsWithSpace) {
        blanks = 1;
        blankFrom = left;
      }
      spaceAt = space ? left : null;
      const spaced = gap > IN_FLOW_SPACE_EM * em && !space && !endsWithSpace;
      // Where a later operator's text joins the run (lines.ts splitAtColumnEdges may cut it there).
      if (opensOperator) seamPending = true;
      if (seamPending && !space) {
        (c.seams ??= []).push({ x: left, at: c.text.length + (spaced ? 1 : 0), before: c.width });
        seamPending = false;
      }
      c.text += spaced ? ` ${text}` : text;
      endsWithSpace = text.charCodeAt(text.length - 1) === 0x20;
      currentRight = Math.max(currentRight, right);
      if (!space) c.width = Math.max(c.width, right - c.x);
      c.bold = c.bold && bold;
      return;
    }
    if (space) return; // a space never starts a run
    spaceAt = null;
    seamPending = false;
    blanks = 0;
    current = { text, x: left, baseline, width: right - left, fontSize: size, bold };
    currentRight = right;
    endsWithSpace = text.charCodeAt(text.length - 1) === 0x20;
    runs.push(current);
  };
  // A spacing accent drawn over a letter (accents.ts): the state before an accent glyph was added,
  // to take it back when the letter under it follows; the last letter, for an accent after it.
  type AccentUndo = { text: string; left: number; right: number; baseline: number; run: GlyphRun | null; runText: string; runWidth: number; seams: number; right0: number; ends: boolean; runs: number; maybe: number; lone: number; after: GlyphRun | null; afterLength: number };
  let accentDrawn: AccentUndo | null = null;
  // The last glyph added (scalars: this is per glyph), read only when an accent follows it.
  let lastText = "", lastLeft = 0, lastRight = 0, lastBaseline = 0;
  // The size of the last glyph drawn in a font that is not Type 3: the text a Type 3 glyph stands in
  // (a Type 3 font's size is in its own glyph space, 0.1 in a PostScript-distilled PDF).
  let textSize = 0;
  let lastRun: GlyphRun | null = null;
  // A lost Type 3 glyph read by its drawing (type3-shapes.ts), once per font, glyph and orientation.
  const symbols = new Map<FontInfo, Map<string, { text: string; inkRight: number } | null>>();
  const lostSymbol = (f: FontInfo, glyph: Glyph, toPage: Matrix): { text: string; inkRight: number } | null => {
    const program = glyph.operatorListId === undefined ? undefined : f.charProcOperatorList?.[glyph.operatorListId];
    if (!program || ops.constructPath === undefined) return null;
    const fm = asMatrix(f.fontMatrix) ?? [0.001, 0, 0, 0.001, 0, 0];
    const m = multiply(multiply(toPage, [fontSize * hScale * fontDirection, 0, 0, fontSize * fontDirection, 0, 0]), fm);
    const key = `${glyph.operatorListId} ${m.slice(0, 4).map((v) => v.toFixed(4)).join(" ")}`;
    let known = symbols.get(f);
    if (!known) symbols.set(f, (known = new Map()));
    if (!known.has(key)) known.set(key, type3SymbolInk(program, { save: ops.save, restore: ops.restore, transform: ops.transform, constructPath: ops.constructPath }, [m[0], m[1], m[2], m[3], 0, 0]));
    return known.get(key) ?? null;
  };
  /**
   * What `show` reads of a font, read once per font and call: pdf.js 5's font objects decode each
   * property from their binary form on every access (`name` is a UTF-8 decode, `fontMatrix` a new
   * array), and `show` runs once per text-showing operator (Chromium writes one per word or two).
   */
  const factsByFont = new Map<FontInfo, FontFacts>();
  const factsOf = (f: FontInfo): FontFacts => {
    let facts = factsByFont.get(f);
    if (!facts) {
      const name = f.name;
      facts = {
        fm: f.fontMatrix ?? [0.001, 0, 0, 0.001, 0, 0],
        bold: f.bold === true || f.black === true || BOLD_FONT_NAME.test(name ?? ""),
        dingbats: DINGBAT_FONT.test(name ?? ""),
        type3: f.isType3Font === true,
        glyphText: f.glyphText,
        loneGlyphText: f.loneGlyphText,
        doubtful: f.doubtful,
        mayBeFolded: f.mayBeFolded,
      };
      factsByFont.set(f, facts);
    }
    return facts;
  };
  // view × CTM, kept while the CTM is the same matrix (matrices are never changed in place).
  let viewCtm: Matrix = view;
  let viewCtmOf: Matrix | null = null;
  const moveText = (dx: number, dy: number) => {
    x = lineX += dx;
    y = lineY += dy;
  };
  const show = (glyphs: readonly unknown[]) => {
    if (!font || fontSize === 0) return;
    const facts = factsOf(font);
    const { fm, bold, dingbats } = facts;
    const advanceScale = fontSize * (fm[0] ?? 0.001);
    const hs = hScale * fontDirection;
    if (viewCtmOf !== ctm) {
      viewCtm = multiply(view, ctm);
      viewCtmOf = ctm;
    }
    const toPage = multiply(viewCtm, textMatrix);
    const size = fontSize * Math.hypot(toPage[2], toPage[3]);
    // Left to right on the page: the baseline direction points right and is more flat than steep.
    const flat = toPage[0] * hs > 0 && Math.abs(toPage[1]) < Math.abs(toPage[0]);
    // Diagonal text (a watermark's letters) is kept in runs of its own, marked `tilted`: it never
    // joins a run of the body's text, nor the body's text a run of it (readPage judges it by size).
    const tilted = offAxisDegrees(toPage[0] * hs, toPage[1] * hs) >= TILT_MIN_DEG;
    if (current && (current.tilted === true) !== tilted) current = null;
    let advance = 0; // in text space units, before the horizontal scale
    sameOperator = false;
    // A line justified by word spacing (Tw > 0) may write one of its word gaps as a TJ displacement
    // instead of a space glyph: groff does so before a kerning pair ("at least one" −1529 "w"), the
    // gap being the space and the line's stretch. Within the operator a gap up to IN_FLOW_MAX_EM
    // plus that stretch is still a word gap of this line, as a widened space glyph is.
    flowStretch = wordSpacing > 0 ? wordSpacing * Math.abs(hScale) * Math.hypot(toPage[0], toPage[1]) : 0;
    for (const g of glyphs) {
      if (typeof g === "number") {
        advance -= (g * fontSize) / 1000;
        continue;
      }
      if (!g || typeof g !== "object") continue;
      const glyph = g as Glyph;
      const spacing = (glyph.isSpace ? wordSpacing : 0) + charSpacing;
      const width = (glyph.width ?? 0) * advanceScale + spacing * fontDirection;
      // A glyph drawn with no Unicode mapping (Chromium's ligatures, under an ActualText pdf.js does
      // not pass on) keeps its place as a placeholder that vocab/ligatures resolves from the word.
      // A glyph drawn from .notdef reaches us as a control character (Chromium writes U+0000 for a
      // bullet no font has): U+FFFD, which the item-marker table reads as a lost glyph.
      const control = !!glyph.unicode && isControl(glyph.unicode);
      // A Type 3 glyph with no text (PostScript printed to PDF: the producer drew the ligatures
      // "ff", "fi", "ffi" and symbols as Type 3 glyphs with neither ToUnicode nor glyph names) is
      // read as the text around it is set: a placeholder as wide as it is there, which the word
      // it stands in resolves (vocab/ligatures lostGlyph; alone it is a lost mark, U+FFFD).
      const lost = control && facts.type3 && textSize > 0;
      const unicode = control ? "\uFFFD" : glyph.unicode;
      const mapped = unicode && !isUnmappedPua(unicode) && !codeAsText(glyph) ? (dingbats && LETTER_OR_PUNCT.test(unicode) ? DINGBAT_MARK : unicode) : "";
      const repaired = glyph.originalCharCode === undefined ? undefined : facts.glyphText?.get(glyph.originalCharCode);
      const symbolInk = lost ? lostSymbol(font, glyph, toPage) : null;
      const symbol = symbolInk?.text ?? null;
      const drawn = repaired ?? symbol ?? (lost ? lostGlyph(glyph.width ? (Math.abs(glyph.width * advanceScale) * Math.hypot(toPage[0], toPage[1])) / textSize : null) : mapped || (glyph.width && glyph.isInFont ? unmappedGlyph(glyph.width * (fm[0] ?? 0.001)) : ""));
      if (drawn !== "") {
        // apply(toPage, …) written out: two arrays a glyph saved (same arithmetic, same order).
        // A word space widened by word spacing (Tw) spans the widening too: the producer set the
        // words of one line apart by it (troff justifies every line of a filled cell this way, up
        // to 3–4 em in a narrow column), so the next word follows in the flow, not after a gap.
        const stretch = glyph.isSpace && wordSpacing > 0 ? wordSpacing * fontDirection : 0;
        const gx0 = x + advance * hs, gx1 = x + (advance + (glyph.width ?? 0) * advanceScale + stretch) * hs, gy = y + rise;
        const x0 = toPage[0] * gx0 + toPage[2] * gy + toPage[4];
        const y0 = toPage[1] * gx0 + toPage[3] * gy + toPage[5];
        const x1 = toPage[0] * gx1 + toPage[2] * gy + toPage[4];
        if (clippedOut((x0 + x1) / 2, y0)) {
          advance += width;
          continue;
        }
        let text = rewrite ? rewrite({ text: drawn, left: Math.min(x0, x1), right: Math.max(x0, x1), baseline: y0, size }, glyphIndex++) : drawn;
        if (text === "") {
          advance += width;
          continue;
        }
        const space = isWhite(text);
        if (!space) {
          chars++;
          if (flat) upright++;
        }
        // A symbol read by its drawing that the font gave no width ends where its ink does.
        const left = Math.min(x0, x1), right = symbolInk && !glyph.width ? Math.max(x0, x1, x0 + symbolInk.inkRight) : Math.max(x0, x1);
        const undo = accentDrawn;
        accentDrawn = null;
        // The accent came first and this letter is drawn under it: take the accent back, draw "ó".
        const under = undo && !space && (current as GlyphRun | null) === undo.after && current!.text.length === undo.afterLength ? composeAccent(text, undo.text) : null;
        if (under && accentOver(undo!, { left, right, baseline: y0 }, size)) {
          runs.length = undo!.runs;
          current = undo!.run;
          if (current) {
            current.text = undo!.runText;
            current.width = undo!.runWidth;
            if (current.seams) current.seams.length = undo!.seams;
          }
          currentRight = undo!.right0;
          endsWithSpace = undo!.ends;
          spaceAt = null;
          maybe.length = undo!.maybe;
          lone.length = undo!.lone;
          text = under;
        }
        // The letter came first and this accent is drawn over it.
        const accent = !space && isSpacingAccent(text);
        if (accent && lastRun && (current as GlyphRun | null) === lastRun && lastRun.text.endsWith(lastText)) {
          const composed = composeAccent(lastText, text);
          if (composed && accentOver({ left, right, baseline: y0 }, { left: lastLeft, right: lastRight, baseline: lastBaseline }, size)) {
            lastRun.text = lastRun.text.slice(0, -lastText.length) + composed;
            lastRun = null;
            advance += width;
            continue;
          }
        }
        const before: AccentUndo | null = accent
          ? { text, left, right, baseline: y0, run: current, runText: current?.text ?? "", runWidth: current?.width ?? 0, seams: current?.seams?.length ?? 0, right0: currentRight, ends: endsWithSpace, runs: runs.length, maybe: maybe.length, lone: lone.length, after: null, afterLength: 0 }
          : null;
        addGlyph(text, space, left, right, y0, lost ? textSize : size, bold);
        if (tilted && current) current.tilted = true;
        if (!facts.type3) textSize = size;
        // (A symbol read by its drawing is no ligature: the next glyph is a word of its own.)
        lostReach = lost && !glyph.width && symbol === null;
        if (before && current) accentDrawn = { ...before, after: current, afterLength: (current as GlyphRun).text.length };
        lastRun = space ? null : current;
        lastText = text;
        lastLeft = left;
        lastRight = right;
        lastBaseline = y0;
        const code = glyph.originalCharCode;
        if (code !== undefined && repaired === undefined) {
          if (facts.doubtful?.has(code)) doubtful++;
          else if (facts.mayBeFolded?.has(code) && current) maybe.push({ run: current, at: current.text.length - text.length, length: text.length });
          const alone = facts.loneGlyphText?.get(code);
          const run: GlyphRun | null = current;
          if (alone !== undefined && alone.length === text.length && run) lone.push({ run, at: run.text.length - text.length, text, alone });
        }
      }
      advance += width;
    }
    x += advance * hs;
  };

  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i];
    const args = argsArray[i] as unknown[] | null;
    switch (fn) {
      case ops.save:
        stack.push(save());
        break;
      case ops.restore:
        restore(stack.pop());
        break;
      case ops.transform: {
        const m = asMatrix(args);
        if (m) ctm = multiply(ctm, m);
        break;
      }
      case ops.paintFormXObjectBegin: {
        stack.push(save());
        const m = Array.isArray(args) ? asMatrix(args[0]) : null;
        if (m) ctm = multiply(ctm, m);
        break;
      }
      case ops.paintFormXObjectEnd:
        restore(stack.pop());
        break;
      case ops.clip:
      case ops.eoClip:
        pendingClip = true;
        break;
      case ops.constructPath:
        if (pendingClip && Array.isArray(args) && args[2] && typeof (args[2] as ArrayLike<number>).length === "number") clipTo(args[2] as ArrayLike<number>);
        pendingClip = false;
        break;
      case ops.beginText:
        textMatrix = IDENTITY;
        x = y = lineX = lineY = 0;
        break;
      case ops.setFont: {
        const name = args?.[0];
        const sizeArg = typeof args?.[1] === "number" ? (args[1] as number) : 0;
        font = typeof name === "string" ? fontOf(name) : null;
        fontDirection = sizeArg < 0 ? -1 : 1;
        fontSize = Math.abs(sizeArg);
        break;
      }
      case ops.setTextMatrix: {
        const m = (Array.isArray(args) ? asMatrix(args[0]) : null) ?? asMatrix(args);
        if (m) textMatrix = m;
        x = y = lineX = lineY = 0;
        break;
      }
      case ops.moveText:
        moveText(Number(args?.[0] ?? 0), Number(args?.[1] ?? 0));
        break;
      case ops.setLeadingMoveText:
        leading = Number(args?.[1] ?? 0);
        moveText(Number(args?.[0] ?? 0), Number(args?.[1] ?? 0));
        break;
      case ops.nextLine:
        moveText(0, leading);
        break;
      case ops.setLeading:
        leading = -Number(args?.[0] ?? 0);
        break;
      case ops.setCharSpacing:
        charSpacing = Number(args?.[0] ?? 0);
        break;
      case ops.setWordSpacing:
        wordSpacing = Number(args?.[0] ?? 0);
        break;
      case ops.setHScale:
        hScale = Number(args?.[0] ?? 100) / 100;
        break;
      case ops.setTextRise:
        rise = Number(args?.[0] ?? 0);
        break;
      case ops.showText:
      case ops.showSpacedText:
        if (Array.isArray(args?.[0])) show(args[0] as unknown[]);
        break;
      case ops.beginMarkedContent:
      case ops.beginMarkedContentProps: {
        const props = fn === ops.beginMarkedContentProps;
        const replacing = props && args?.[0] !== "OC" && (args?.[1] === null || args?.[1] === undefined);
        const run = current as GlyphRun | null;
        spans.push({ replacing, run, length: run?.text.length ?? 0, runs: runs.length });
        break;
      }
      case ops.endMarkedContent: {
        const span = spans.pop();
        // (`current` is written by the show closure, which the compiler does not follow.)
        const run = current as GlyphRun | null;
        if (span?.replacing && run) {
          const drawn = spanText(span, run, runs.length) ?? "";
          if (PRINTED_HYPHEN.test(drawn)) run.text = `${run.text.slice(0, -1)}\u00AD`;
          else if (drawn === MAPPED_SOFT_HYPHEN) run.text = `${run.text.slice(0, -1)}-`;
        }
        break;
      }
      case ops.nextLineShowText:
        moveText(0, leading);
        if (Array.isArray(args?.[0])) show(args[0] as unknown[]);
        break;
      case ops.nextLineSetSpacingShowText:
        wordSpacing = Number(args?.[0] ?? 0);
        charSpacing = Number(args?.[1] ?? 0);
        moveText(0, leading);
        if (Array.isArray(args?.[2])) show(args[2] as unknown[]);
        break;
      default:
        break;
    }
  }
  // A folded bullet reads as a bullet only where it stands alone, before a gap; in a word it stays.
  for (const { run, at, text, alone } of lone) {
    const t = run.text;
    if (t.slice(at, at + text.length) === text && (at === 0 || /\s/.test(t[at - 1]!)) && (at + text.length === t.length || /\s/.test(t[at + text.length]!))) {
      run.text = t.slice(0, at) + alone + t.slice(at + text.length);
    }
  }
  for (const m of maybe) if (!readsAsWord(m.run.text, m.at, m.length)) doubtful++;
  return { runs, uprightShare: chars === 0 ? 1 : upright / chars, doubtful };
}

/**
 * A glyph that may be a folded quote or dash (a "9" that may be U+2019) is judged by the text it
 * stands in: inside a word that reads as one ("2019", "(9)", "9%") it is the sign it shows; where
 * it makes its word unreadable ("Secretary9s", "9Deliver") it is in doubt. The word is what lies
 * between white space in its run, judged as the garbled-layer check judges words.
 */
export function readsAsWord(text: string, at: number, length: number): boolean {
  let start = at;
  let end = at + length;
  while (start > 0 && !/\s/.test(text[start - 1]!)) start--;
  while (end < text.length && !/\s/.test(text[end]!)) end++;
  return plausibleToken(text.slice(start, end));
}
