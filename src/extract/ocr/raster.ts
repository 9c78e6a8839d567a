/**
 * A PDF page → a grey bitmap, rendered by pdf.js onto an `@napi-rs/canvas` canvas (pdf.js 5's
 * canvas in Node: `pdf.canvasFactory`). One page at a time: every canvas is released (sized to
 * zero, which frees its pixel memory at once rather than at the next GC) before the next page, so
 * memory stays flat over long scans.
 */
import type { PDFDocumentProxy, PDFPageProxy } from "pdfjs-dist/legacy/build/pdf.mjs";
import type { GreyImage } from "./image-rules.js";

/** What we use of pdf.js's canvas factory (BaseCanvasFactory in pdf.js 5). */
interface CanvasAndContext {
  canvas: { width: number; height: number } | null;
  context: CanvasRenderingContext2DLike | null;
}
interface CanvasRenderingContext2DLike {
  fillStyle: unknown;
  fillRect(x: number, y: number, w: number, h: number): void;
  translate(x: number, y: number): void;
  rotate(a: number): void;
  drawImage(image: unknown, x: number, y: number): void;
  getImageData(x: number, y: number, w: number, h: number): { data: Uint8ClampedArray; width: number; height: number };
}
interface CanvasFactory {
  create(width: number, height: number): CanvasAndContext;
  destroy(c: CanvasAndContext): void;
}

/**
 * Largest bitmap (pixels) we render: an A2 sheet at 300 dpi (35 M px: 140 MB of RGBA, then 35 MB
 * of grey in tesseract's heap). A larger page is rendered at a lower DPI so that memory stays
 * bounded whatever the page size claims.
 */
export const MAX_BITMAP_PIXELS = 36_000_000;

export interface RenderedPage {
  /** The rendered page; call `release()` when done. */
  canvas: CanvasAndContext;
  width: number;
  height: number;
  /** Page points per pixel. */
  scale: number;
  /** The page size in points in the rendered orientation. */
  pageWidth: number;
  pageHeight: number;
  release(): void;
}

function factoryOf(pdf: PDFDocumentProxy): CanvasFactory {
  return (pdf as unknown as { canvasFactory: CanvasFactory }).canvasFactory;
}

/** Renders `page` at `dpi`, turned by `rotation` degrees (clockwise, added to the page's /Rotate). */
export async function renderPage(pdf: PDFDocumentProxy, page: PDFPageProxy, dpi: number, rotation = 0): Promise<RenderedPage> {
  const points = page.getViewport({ scale: 1, rotation: (page.rotate + rotation) % 360 });
  const zoom = Math.min(dpi / 72, Math.sqrt(MAX_BITMAP_PIXELS / Math.max(1, points.width * points.height)));
  const viewport = page.getViewport({ scale: zoom, rotation: (page.rotate + rotation) % 360 });
  const width = Math.max(1, Math.ceil(viewport.width));
  const height = Math.max(1, Math.ceil(viewport.height));
  const factory = factoryOf(pdf);
  const canvas = factory.create(width, height);
  const ctx = canvas.context!;
  // A scan with transparency must read as ink on white paper, as printed.
  ctx.fillStyle = "white";
  ctx.fillRect(0, 0, width, height);
  await page.render({ canvasContext: ctx as never, canvas: canvas.canvas as never, viewport, annotationMode: 0 }).promise;
  let released = false;
  return {
    canvas,
    width,
    height,
    scale: 1 / zoom,
    pageWidth: points.width,
    pageHeight: points.height,
    release: () => {
      if (released) return;
      released = true;
      factory.destroy(canvas);
    },
  };
}

/**
 * The rendered page turned by `radians` about its centre (the same turn tesseract applies when it
 * deskews), on white, as a new canvas of the same size. The caller releases both.
 */
export function rotated(pdf: PDFDocumentProxy, src: RenderedPage, radians: number): RenderedPage {
  const factory = factoryOf(pdf);
  const canvas = factory.create(src.width, src.height);
  const ctx = canvas.context!;
  ctx.fillStyle = "white";
  ctx.fillRect(0, 0, src.width, src.height);
  ctx.translate(src.width / 2, src.height / 2);
  ctx.rotate(radians);
  ctx.drawImage(src.canvas.canvas, -src.width / 2, -src.height / 2);
  let released = false;
  return {
    ...src,
    canvas,
    release: () => {
      if (released) return;
      released = true;
      factory.destroy(canvas);
    },
  };
}

/** The canvas as 8-bit grey (ITU-R BT.601 luma, as Leptonica converts colour). */
export function toGrey(page: RenderedPage): GreyImage {
  const { data } = page.canvas.context!.getImageData(0, 0, page.width, page.height);
  const out = new Uint8Array(page.width * page.height);
  for (let i = 0, j = 0; i < out.length; i++, j += 4) {
    out[i] = (data[j]! * 77 + data[j + 1]! * 150 + data[j + 2]! * 29) >> 8;
  }
  return { width: page.width, height: page.height, data: out };
}

/** A grey image as binary PGM (P5): Leptonica reads it without decoding work, unlike PNG. */
export function toPgm(img: GreyImage): Uint8Array {
  const header = new TextEncoder().encode(`P5\n${img.width} ${img.height}\n255\n`);
  const out = new Uint8Array(header.length + img.data.length);
  out.set(header, 0);
  out.set(img.data, header.length);
  return out;
}
