import { z } from "zod";
import { INPUT_FORMATS } from "./formats.js";

/**
 * The one intermediate representation. Every extractor (PDF, text, Markdown) produces a Layout;
 * every later stage reads only this and never knows the input format.
 *
 * Coordinates: x grows to the right, y grows DOWN the page (like reading order), both in points
 * for PDF. Text input uses a virtual grid: x = character column × CHAR_WIDTH, y = line index ×
 * LINE_HEIGHT (see extract/text.ts), so thresholds written in points work for both.
 *
 * Offsets: `Layout.text` is the document's extracted plain text. Every line and segment knows
 * `start`/`end` into it (UTF-16 code units), so entities found in `text` map back to page/line.
 */
export const SegmentSchema = z.object({
  text: z.string(),
  x: z.number(),
  y: z.number(),
  width: z.number(),
  fontSize: z.number(),
  page: z.number().int().positive(),
  /** 1-based line number within the source document (text/markdown: the file's line; pdf: running count over pages). */
  line: z.number().int().nonnegative(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  bold: z.boolean().optional(),
  /** Column index when the producer knows it for certain (tab-separated text, GFM table cells). */
  column: z.number().int().nonnegative().optional(),
});
export type Segment = z.infer<typeof SegmentSchema>;

export const LineKindSchema = z.enum(["text", "heading", "list-item", "table-row", "blank"]);
export type LineKind = z.infer<typeof LineKindSchema>;

export const LineSchema = z.object({
  page: z.number().int().positive(),
  line: z.number().int().nonnegative(),
  y: z.number(),
  /** The line as plain text (what `Layout.text` holds between start and end). */
  text: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  segments: z.array(SegmentSchema),
  kind: LineKindSchema.optional(),
  /** Heading depth (Markdown #…######) when kind is "heading". */
  depth: z.number().int().positive().optional(),
});
export type Line = z.infer<typeof LineSchema>;

/** A drawn line segment (table ruling) in page coordinates; PDF only. */
export const RuleSchema = z.object({ x1: z.number(), y1: z.number(), x2: z.number(), y2: z.number() });
export type Rule = z.infer<typeof RuleSchema>;

/** `Page.removed`'s reason for a page number the furniture pass took away (one per printed page). */
export const PAGE_NUMBER_REASON = "page number";

export const PageSchema = z.object({
  number: z.number().int().positive(),
  width: z.number(),
  height: z.number(),
  lines: z.array(LineSchema),
  /** Ruling lines (cell borders) when the producer drew any. */
  rules: z.array(RuleSchema).default([]),
  /** Running headers/footers removed before the table stage, kept for provenance. */
  removed: z.array(z.object({ text: z.string(), y: z.number(), reason: z.string() })).default([]),
  /**
   * True when the page's text was read by OCR from its image (a scan), not from a text layer:
   * later stages may then read OCR confusions (`1` for `I`) back through their vocabularies.
   */
  ocr: z.boolean().optional(),
  /**
   * Degrees (90, 180, 270, clockwise) the page was turned on top of its /Rotate to be read: a page
   * stored sideways is read in its text's orientation (PDF only; absent when not turned). Its
   * coordinates are those of the turned page.
   */
  turned: z.number().int().optional(),
  /**
   * Set when the page is typed (PDF only): text set in one fixed-pitch font on a character grid,
   * as a plain-text file printed (extract/pdf/typed.ts decides it once, from the page's glyph
   * runs). `pitch` is one character's width, `left` the x of column 0; a segment's column is
   * (x − left) / pitch. Read by the run cutter (pdf/typed.ts) and the box-table reader
   * (extract/box-tables.ts); absent on every other page.
   */
  typed: z.object({ pitch: z.number(), left: z.number() }).optional(),
});
export type Page = z.infer<typeof PageSchema>;
/** A typed page's character grid (Page.typed). */
export type TypedGrid = NonNullable<Page["typed"]>;

export const InputFormatSchema = z.enum(INPUT_FORMATS);
export type InputFormat = z.infer<typeof InputFormatSchema>;

export const LayoutSchema = z.object({
  format: InputFormatSchema,
  text: z.string(),
  pages: z.array(PageSchema),
  /**
   * The words (lower case, the letters before the break) the source broke at a soft hyphen
   * (U+00AD) at a line end, and never at a printed hyphen (vocab/text softBrokenWords). The
   * extractors print both as "-"; the table joiner mends these without the hyphen. Absent when none.
   */
  softBroken: z.array(z.string()).optional(),
});
export type Layout = z.infer<typeof LayoutSchema>;

/**
 * All lines of a layout in reading order, as a new array (a generator's step per line was most of
 * this function's cost: five stages walk every line of the document through it; issue 14).
 */
export function allLines(layout: Layout): Line[] {
  const out: Line[] = [];
  for (const page of layout.pages) for (const line of page.lines) out.push(line);
  return out;
}
