#!/usr/bin/env node
/**
 * Truth rows whose printed text a producer clipped: some cell's text is not in the PDF's text
 * layer at all. Chromium's print of LibreOffice's HTML does this to documents with a landscape
 * section: LibreOffice writes one `@page` rule (the first section's, portrait) but keeps the
 * landscape tables' widths (963 px on A4, 896 px on Letter), Chromium shrinks a page whose content
 * is too wide by at most 1/1.333 and cuts off what still overflows at the page's right edge — no
 * glyph is drawn there, so no reader can get it back. Recorded in the manifest as
 * `clippedRows: { docx, html, txt }` (row indexes, like `cutRows`); scripts/corpus/score.mjs counts
 * those rows under the feature `rows-text-clipped` too. Rows still count in every total.
 *
 *   node scripts/corpus7/clipped.mjs    # writes clippedRows into test/corpus7/manifest.json from the committed PDFs (prints totals per split only)
 *
 * A cell is whole when its letters and digits are in `pdftotext -raw` of the PDF in one piece, or
 * in two across a page break (head at the foot of a page, tail at the top of the next). Rows a
 * page break cuts (objective and last measure on different pages, as `cutRows` of
 * generate.mjs) are never listed: there a cell's text comes in two pieces with the rest of the
 * row's cells, a running footer and a repeated header between them, and a clipped word cannot be
 * told from that (an undercount: a clipped row that is also cut goes unlisted).
 */
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";

const key = (s) => String(s).replace(/\u00ad/g, "").normalize("NFKC").toLowerCase().replace(/[^a-z0-9]/g, "");
/** Cells shorter than this (a "32" target, a "55%") say nothing: they occur anywhere. */
const MIN_CELL = 6;
/** How many letters at the foot (top) of a page hold the head (tail) of a cell a page break cuts. */
const PAGE_EDGE = 1500;
/** Either piece of a cut cell at least this long: a shorter one ("eks") is found anywhere. */
const MIN_PIECE = 7;

export function clippedRows(pdf, truth) {
  const pages = execFileSync("pdftotext", ["-raw", pdf, "-"], { encoding: "utf8", maxBuffer: 1 << 26 }).split("\f").map(key);
  const starts = [];
  let at = 0;
  for (const p of pages) { starts.push(at); at += p.length; }
  const all = pages.join("");
  const pageAt = (pos) => { let k = 0; while (k + 1 < starts.length && starts[k + 1] <= pos) k++; return k; };
  const whole = (cell) => {
    if (cell.length < MIN_CELL || all.includes(cell)) return true;
    // Cut by a page break inside the cell: its head among the last letters of a page, its tail
    // among the first of the next (after the running header, the repeated table header and the
    // rest of the row's other cells).
    for (let k = cell.length - MIN_PIECE; k >= MIN_PIECE; k--) {
      const head = cell.slice(0, k), tail = cell.slice(k);
      for (let p = 0; p + 1 < pages.length; p++) {
        if (pages[p].slice(-PAGE_EDGE).includes(head) && pages[p + 1].slice(0, PAGE_EDGE).includes(tail)) return true;
      }
    }
    return false;
  };
  // Rows cut by a page break: the objective's first words and the last measure's first words on
  // different pages (its last words may be the clipped ones).
  const cutRow = new Set();
  let from = 0;
  truth.rows.forEach((r, i) => {
    const o = all.indexOf(key(r.objective).slice(0, 40), from);
    const e = o < 0 ? -1 : all.indexOf(key([...r.measures].reverse()[0] ?? r.objective).slice(0, 20), o);
    // Either end not found in one piece: cut or clipped, it cannot tell — not listed.
    if (o < 0 || e < 0 || pageAt(o) !== pageAt(e)) cutRow.add(i);
    if (o >= 0) from = o + 1;
  });
  const out = [];
  truth.rows.forEach((row, i) => {
    const cells = [row.objective, ...row.accomplishments, ...row.measures, ...Object.entries(row).filter(([k]) => !["section", "objective", "accomplishments", "measures"].includes(k)).flatMap(([, v]) => (Array.isArray(v) ? v : []))];
    if (!cutRow.has(i) && !cells.map(key).every(whole)) out.push(i);
  });
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const CORPUS = resolve(new URL("../../test/corpus7", import.meta.url).pathname);
  const manifest = JSON.parse(readFileSync(join(CORPUS, "manifest.json"), "utf8"));
  const totals = {};
  for (const e of manifest.documents) {
    const truth = JSON.parse(readFileSync(join(CORPUS, e.truth), "utf8"));
    const docx = clippedRows(join(CORPUS, e.renderings["docx.pdf"]), truth), html = clippedRows(join(CORPUS, e.renderings["html.pdf"]), truth);
    e.clippedRows = { docx, html, txt: docx };
    const t = (totals[e.split] ??= { docs: 0, rows: 0, docx: 0, html: 0 });
    t.docs++; t.rows += truth.rows.length; t.docx += docx.length; t.html += html.length;
  }
  writeFileSync(join(CORPUS, "manifest.json"), JSON.stringify(manifest, null, 1) + "\n");
  for (const [split, t] of Object.entries(totals)) console.log(`${split}: ${t.docs} documents, ${t.rows} rows; clipped rows docx.pdf ${t.docx}, html.pdf ${t.html}`);
}
