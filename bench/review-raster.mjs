// What rendering PDF pages to images at build time would cost (the review site's former design,
// and the options weighed against drawing pages in the browser: docs/review.md#why-the-browser-draws-the-pages).
// For every page of the seed PDFs: pdf.js's operator list, then drawing and encoding at 1.5 px/pt
// lossless WebP (what the site did), 1 px/pt lossy WebP, JPEG and PNG. Prints ms per page (mean of
// two passes; the first pass includes loading fonts).
//
//   node bench/review-raster.mjs
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { cpus, loadavg } from "node:os";
import { dirname, join } from "node:path";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

const ROOT = new URL("..", import.meta.url).pathname;
const require = createRequire(import.meta.url);
const standardFontDataUrl = join(dirname(require.resolve("pdfjs-dist/package.json")), "standard_fonts") + "/";
const files = ["seed-ruled", "seed-borderless", "seed-narrow", "seed-furniture", "risks-landscape"].map((n) => join(ROOT, "test/fixtures/pdf", `${n}.pdf`));
const VARIANTS = [
  ["1.5 px/pt, lossless WebP (former site)", 1.5, "webp", 100],
  ["1 px/pt, WebP q80", 1, "webp", 80],
  ["1 px/pt, JPEG q75", 1, "jpeg", 75],
  ["1 px/pt, PNG", 1, "png", undefined],
];
const PASSES = 2;
const loadBefore = loadavg()[0];
const total = {};
const add = (k, v) => (total[k] = (total[k] ?? 0) + v);
let pages = 0;
for (let pass = 0; pass < PASSES; pass++) {
  for (const f of files) {
    const pdf = await getDocument({ data: new Uint8Array(readFileSync(f)), isEvalSupported: false, verbosity: 0, useSystemFonts: false, disableFontFace: true, standardFontDataUrl }).promise;
    for (let n = 1; n <= pdf.numPages; n++) {
      pages++;
      const page = await pdf.getPage(n);
      let t = performance.now();
      await page.getOperatorList({ annotationMode: 0 });
      add("operator list", performance.now() - t);
      for (const [name, scale, format, quality] of VARIANTS) {
        const viewport = page.getViewport({ scale });
        const cc = pdf.canvasFactory.create(Math.ceil(viewport.width), Math.ceil(viewport.height));
        cc.context.fillStyle = "white";
        cc.context.fillRect(0, 0, cc.canvas.width, cc.canvas.height);
        t = performance.now();
        await page.render({ canvasContext: cc.context, canvas: cc.canvas, viewport, annotationMode: 0 }).promise;
        add(`${name}: draw`, performance.now() - t);
        t = performance.now();
        const bytes = await cc.canvas.encode(format, quality);
        add(`${name}: encode`, performance.now() - t);
        add(`${name}: KB`, bytes.length / 1024);
        pdf.canvasFactory.destroy(cc);
      }
      page.cleanup();
    }
    await pdf.destroy();
  }
}
const per = Object.fromEntries(Object.entries(total).map(([k, v]) => [k, +(v / pages).toFixed(1)]));
console.log(JSON.stringify({ pagesPerPass: pages / PASSES, perPage: per, cores: cpus().length, loadBefore: +loadBefore.toFixed(1) }, null, 2));
