/**
 * Hand-made PDFs for the hostile corpus (scripts/hostile/make.mjs) and the tests: bombs, cycles,
 * deep nesting, thousands of pages. Written byte by byte with a correct xref table, so that each
 * file is exactly the trap it names and nothing else.
 */
import { deflateSync, createDeflate } from "node:zlib";

const enc = (s) => Buffer.from(s, "latin1");

/** A page's text in the simplest content-stream form (Helvetica, one line per entry). */
export function textContent(lines, { x = 72, top = 760, leading = 14 } = {}) {
  const ops = lines.map((l, i) => `BT /F1 11 Tf ${x} ${top - i * leading} Td (${l.replace(/[()\\]/g, "\\$&")}) Tj ET`);
  return ops.join("\n") + "\n";
}

/** A stream object body: `dict` without /Length (added here), then the data. */
export function stream(dict, data) {
  const body = Buffer.isBuffer(data) ? data : enc(data);
  return Buffer.concat([enc(`<< ${dict} /Length ${body.length} >>\nstream\n`), body, enc("\nendstream")]);
}

/**
 * A whole PDF from object bodies (strings or Buffers), numbered from 1 in order; object 1 must be
 * the catalog. Offsets in the xref table are exact.
 */
export function assemble(objects) {
  const parts = [enc("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")];
  let offset = parts[0].length;
  const offsets = [];
  objects.forEach((body, i) => {
    const obj = Buffer.concat([enc(`${i + 1} 0 obj\n`), Buffer.isBuffer(body) ? body : enc(body), enc("\nendobj\n")]);
    offsets.push(offset);
    parts.push(obj);
    offset += obj.length;
  });
  const xref = [`xref\n0 ${objects.length + 1}\n`, "0000000000 65535 f \n", ...offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`)].join("");
  parts.push(enc(`${xref}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${offset}\n%%EOF\n`));
  return Buffer.concat(parts);
}

/**
 * Pages with the given content-stream bodies (already encoded stream objects or plain content).
 * Objects: 1 catalog, 2 pages, 3 font, then page/content pairs.
 */
export function pagesPdf(contents, { extraObjects = [], resources = "" } = {}) {
  const n = contents.length;
  const pageIds = contents.map((_, i) => 4 + 2 * i);
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(" ")}] /Count ${n} >>`,
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
  ];
  contents.forEach((c, i) => {
    objects.push(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> ${resources} >> /Contents ${pageIds[i] + 1} 0 R >>`);
    objects.push(Buffer.isBuffer(c) && c.subarray(0, 2).toString("latin1") === "<<" ? c : stream("", c));
  });
  return assemble([...objects, ...extraObjects]);
}

/** deflate(N bytes of `fill`), streamed so that N may be gigabytes without holding them. */
/** deflate(`head` then N bytes of `fill`), streamed so that N may be gigabytes without holding them. */
export async function deflateRepeated(totalBytes, fill = " ", head = "") {
  const deflate = createDeflate({ level: 9 });
  const out = [];
  deflate.on("data", (d) => out.push(d));
  const done = new Promise((resolve, reject) => {
    deflate.on("end", resolve);
    deflate.on("error", reject);
  });
  deflate.write(enc(head));
  const chunk = Buffer.alloc(1 << 20, fill);
  for (let left = totalBytes; left > 0; left -= chunk.length) {
    const piece = left >= chunk.length ? chunk : chunk.subarray(0, left);
    if (!deflate.write(piece)) await new Promise((r) => deflate.once("drain", r));
  }
  deflate.end();
  await done;
  return Buffer.concat(out);
}

/**
 * A two-page PDF whose second content stream is a double-Flate bomb: real text first, then
 * `decodedBytes` of spaces. A few KB on disk; pdf.js without a cap holds all of it decoded.
 */
export async function contentBombPdf(decodedBytes) {
  const inner = await deflateRepeated(decodedBytes, " ", textContent(["BOMB PAGE TEXT"]));
  const outer = deflateSync(inner, { level: 9 });
  return pagesPdf([textContent(["A readable first page"]), stream("/Filter [/FlateDecode /FlateDecode]", outer)]);
}

/** A page whose content opens `depth` nested arrays before its text: a parser that recurses overflows. */
export function nestedArraysPdf(depth) {
  const content = "[".repeat(depth) + "]".repeat(depth) + " pop\n" + textContent(["AFTER THE NESTING"]);
  return pagesPdf([textContent(["A readable first page"]), content]);
}

/** A page tree whose Pages node lists itself among its kids. */
export function pageTreeCyclePdf() {
  return assemble([
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R 2 0 R] /Count 2 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
    stream("", textContent(["PAGE IN A CYCLIC TREE"])),
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
  ]);
}

/** `pages` pages of a few lines each. */
export function manyPagesPdf(pages) {
  const words = ["mission", "budget", "staff", "target", "resolution", "report", "objective", "measure"];
  const line = (i, k) => Array.from({ length: 9 }, (_, j) => words[(i * 7 + k * 3 + j * 5) % words.length]).join(" ");
  return pagesPdf(Array.from({ length: pages }, (_, i) => textContent([`Paragraph ${i + 1}.`, line(i, 1), line(i, 2), line(i, 3)], { top: 700 - (i % 5) * 20 })));
}

/**
 * A page painting an image that claims `width` × `height` grey pixels, its data a double-Flate bomb
 * of that size: a renderer would decode width × height bytes.
 */
export async function imageBombPdf(width, height) {
  const inner = await deflateRepeated(width * height, "\0");
  const outer = deflateSync(inner, { level: 9 });
  const image = stream(`/Type /XObject /Subtype /Image /Width ${width} /Height ${height} /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter [/FlateDecode /FlateDecode]`, outer);
  const content = "q 612 0 0 792 0 0 cm /Im1 Do Q\n" + textContent(["PAGE WITH A HUGE IMAGE"]);
  // Object numbers: 1–3 fixed, page 4, content 5, image 6.
  return pagesPdf([content], { extraObjects: [image], resources: "/XObject << /Im1 6 0 R >>" });
}

/**
 * A long PDF of dense table pages: the 5 pages of fixtures/compact-2008-dfs-ruled.pdf repeated to
 * `pages` (~80 lines, ~90 segments and ~17 rules a page, a whole table on every page: one compact
 * of 4.2 objectives a page). The pages are copied with pdf-lib (a development dependency).
 */
export async function densePagesPdf(pages) {
  const { PDFDocument } = await import("pdf-lib");
  const { readFile } = await import("node:fs/promises");
  const source = await PDFDocument.load(await readFile(new URL("../../fixtures/compact-2008-dfs-ruled.pdf", import.meta.url)));
  const out = await PDFDocument.create();
  const indices = source.getPageIndices();
  while (out.getPageCount() < pages) for (const p of await out.copyPages(source, indices)) if (out.getPageCount() < pages) out.addPage(p);
  return Buffer.from(await out.save());
}
