/**
 * The images a page paints, with their resolution on the page, from its operator list: a scan is
 * one page-sized image, and its pixels per inch say whether OCR can read it at all. Pure (the
 * pdf.js operator codes are passed in), like extract/pdf/rules.ts.
 */
import { forEachWithCtm, type CtmOpCodes } from "../pdf/ctm.js";

export interface ImageOpCodes extends CtmOpCodes {
  /** Ops whose args are [objId, width, height] (pdf.js paintImageXObject and kin). */
  byId: readonly number[];
  /** Ops whose first arg is the image data ({ width, height, … }) (inline images, masks). */
  inline: readonly number[];
}

export interface PaintedImage {
  /** Area on the page, in square points. */
  area: number;
  /** Pixels per inch along the image's width and height as painted. */
  ppiX: number;
  ppiY: number;
}

function size(v: unknown): { width: number; height: number } | null {
  if (!v || typeof v !== "object") return null;
  const { width, height } = v as { width?: unknown; height?: unknown };
  return typeof width === "number" && typeof height === "number" ? { width, height } : null;
}

/** Every image painted on the page, with where and how fine (images map the unit square through the CTM). */
export function paintedImages(fnArray: readonly number[], argsArray: readonly unknown[], ops: ImageOpCodes): PaintedImage[] {
  const byId = new Set(ops.byId);
  const inline = new Set(ops.inline);
  const out: PaintedImage[] = [];
  forEachWithCtm(fnArray, argsArray, ops, (fn, args, ctm) => {
    if (!byId.has(fn) && !inline.has(fn)) return;
    const a = Array.isArray(args) ? args : [];
    const px = byId.has(fn) && typeof a[1] === "number" && typeof a[2] === "number" ? { width: a[1] as number, height: a[2] as number } : size(a[0]);
    if (!px) return;
    const w = Math.hypot(ctm[0], ctm[1]);
    const h = Math.hypot(ctm[2], ctm[3]);
    if (w <= 0 || h <= 0) return;
    out.push({ area: w * h, ppiX: (px.width * 72) / w, ppiY: (px.height * 72) / h });
  });
  return out;
}

/**
 * Below this resolution (pixels per inch) a scan cannot be read: 9 pt text is under 12 px high
 * at 100 ppi, where Tesseract's accuracy collapses (it wants a 20 px x-height, ~300 ppi, and still
 * reads 150 ppi well). Such a page stays without text under `auto` (NO_TEXT_LAYER) instead of
 * turning into confident-looking noise; `--ocr force` reads it all the same.
 */
export const MIN_SCAN_PPI = 100;

/** The resolution of the page's main image (the largest), the lesser of its two axes; null without images. */
export function scanResolution(images: readonly PaintedImage[]): number | null {
  let best: PaintedImage | null = null;
  for (const im of images) if (!best || im.area > best.area) best = im;
  return best ? Math.min(best.ppiX, best.ppiY) : null;
}
