/**
 * PDF pages → lossless WebP images for the review site, rendered by pdf.js onto `@napi-rs/canvas` (the
 * canvas pdf.js 5 uses in Node, as in extract/ocr/raster.ts). Images are cached by the PDF's sha256:
 * a page already rendered (an earlier build into the same folder, or a second output of the same
 * PDF) is not rendered again.
 */
import { existsSync } from "node:fs";
import { mkdir, writeFile, rename } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import type { PDFDocumentProxy } from "pdfjs-dist/legacy/build/pdf.mjs";

/**
 * Pixels per PDF point of the page images: 1.5 (108 dpi) keeps 9-point table text readable on a
 * laptop screen at about 100–200 KB a page; the browser scales the image to the pane anyway.
 */
export const PAGE_IMAGE_SCALE = 1.5;

/**
 * WebP at quality 100 is lossless in Skia's encoder (decoded pixels equal the PNG's, checked on a
 * seed page) and there 157 KB in 111 ms against PNG's 337 KB in 207 ms; encoding was
 * more than half the cost of a page.
 */
const WEBP_LOSSLESS = 100;

/** Largest page image we render (pixels): a poster-sized page is scaled down to this. */
const MAX_IMAGE_PIXELS = 12_000_000;

export interface PageImage {
  number: number;
  /** Page size in points, in the orientation shown (boxes are fractions of it). */
  width: number;
  height: number;
  /** Path of the image relative to the site root. */
  image: string;
}

interface CanvasLike {
  width: number;
  height: number;
  encode(format: "webp", quality: number): Promise<Buffer>;
}
interface CanvasFactory {
  create(width: number, height: number): { canvas: CanvasLike | null; context: { fillStyle: unknown; fillRect(x: number, y: number, w: number, h: number): void } | null };
  destroy(c: unknown): void;
}

function standardFontsUrl(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve("pdfjs-dist/package.json")), "standard_fonts") + "/";
}

/** Renders every page of `pdfBytes` not yet cached under `siteDir/pages/<key>/`. */
export async function renderPdfPages(pdfBytes: Uint8Array, key: string, siteDir: string): Promise<PageImage[]> {
  const task = getDocument({
    data: pdfBytes.slice(),
    isEvalSupported: false,
    verbosity: 0,
    useSystemFonts: false,
    disableFontFace: true,
    standardFontDataUrl: standardFontsUrl(),
  });
  const pdf: PDFDocumentProxy = await task.promise;
  try {
    const relDir = `pages/${key}`;
    await mkdir(join(siteDir, relDir), { recursive: true });
    const out: PageImage[] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const points = page.getViewport({ scale: 1 });
      const image = `${relDir}/p${n}.webp`;
      out.push({ number: n, width: points.width, height: points.height, image });
      const target = join(siteDir, image);
      if (existsSync(target)) {
        page.cleanup();
        continue;
      }
      const scale = Math.min(PAGE_IMAGE_SCALE, Math.sqrt(MAX_IMAGE_PIXELS / Math.max(1, points.width * points.height)));
      const viewport = page.getViewport({ scale });
      const factory = (pdf as unknown as { canvasFactory: CanvasFactory }).canvasFactory;
      const cc = factory.create(Math.ceil(viewport.width), Math.ceil(viewport.height));
      try {
        cc.context!.fillStyle = "white";
        cc.context!.fillRect(0, 0, cc.canvas!.width, cc.canvas!.height);
        await page.render({ canvasContext: cc.context as never, canvas: cc.canvas as never, viewport, annotationMode: 0 }).promise;
        const webp = await cc.canvas!.encode("webp", WEBP_LOSSLESS);
        // Written under a temporary name and renamed: an interrupted build never leaves half an image.
        await writeFile(`${target}.tmp`, webp);
        await rename(`${target}.tmp`, target);
      } finally {
        factory.destroy(cc);
        page.cleanup();
      }
    }
    return out;
  } finally {
    await pdf.destroy();
  }
}
