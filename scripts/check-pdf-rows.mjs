#!/usr/bin/env node
/**
 * A check of the PDF Layout, NOT the table stage: rebuilds compact table rows from the Layout
 * with the simplest cues (header anchors, lattice rules or stream row starts, page-cut rows) and
 * writes an output JSON the shared scorer reads, to show that the Layout carries what the table
 * stage needs. Build first (`npm run build`).
 *
 *   node scripts/check-pdf-rows.mjs file.pdf out.json [--mode lattice|stream]
 *   node ../shared/score.mjs out.json ../shared/truth/seed-000.json --min-rows 21
 */
import { writeFileSync } from "node:fs";
import { extractDoc } from "../dist/index.js";

const [file, outPath] = process.argv.slice(2);
const mode = process.argv.includes("--mode") ? process.argv[process.argv.indexOf("--mode") + 1] : "auto";
if (!file || !outPath) {
  console.error("usage: check-pdf-rows.mjs file.pdf out.json [--mode lattice|stream]");
  process.exit(2);
}

const ANCHOR_TOLERANCE = 4; // points: a cell's left edge sits at its header's left edge ± padding rounding
const BULLET = /^[•▪\-*]\s+/;
const HEADER_FIRST = /^objective/i;

const doc = await extractDoc(file);
const rows = [];
let anchors = null; // header left edges, once inside a table
let headers = [];
let row = null;
let prev = null; // previous content line inside the table
let afterHeader = false;

const columnOf = (x) => {
  let k = 0;
  anchors.forEach((a, i) => {
    if (x >= a - ANCHOR_TOLERANCE) k = i;
  });
  return k;
};
const fitsTable = (line) =>
  line.segments.every((s) => {
    if (s.x < anchors[0] - ANCHOR_TOLERANCE) return false;
    const k = columnOf(s.x);
    const next = anchors[k + 1];
    return next === undefined || s.x + s.width <= next + ANCHOR_TOLERANCE;
  });
const closeRow = () => {
  if (row) rows.push(row);
  row = null;
};
/** A horizontal rule spanning the table between the previous line and this one (lattice). */
const ruleBetween = (page, above, below) =>
  page.rules.some((r) => r.y1 === r.y2 && r.x2 - r.x1 >= (anchors.at(-1) - anchors[0]) && r.y1 > above.y && r.y1 < below.y - 0.8 * below.segments[0].fontSize);

for (const page of doc.layout.pages) {
  const lattice = mode === "lattice" || (mode === "auto" && page.rules.some((r) => r.y1 === r.y2));
  let blankBefore = false;
  for (const line of page.lines) {
    if (line.segments.length === 0) {
      blankBefore = true;
      continue;
    }
    const segs = line.segments;
    if (HEADER_FIRST.test(segs[0].text) && segs.length >= 3 && segs.every((s) => s.bold)) {
      const fresh = !anchors;
      anchors = segs.map((s) => s.x);
      headers = segs.map((s) => s.text);
      if (fresh) closeRow();
      afterHeader = true;
      prev = line;
      blankBefore = false;
      continue;
    }
    if (!anchors) continue;
    if (afterHeader && segs.every((s) => s.bold)) continue; // wrapped header text
    // A bold line that is not the header (a section heading) or one that crosses columns ends the table.
    if (segs.every((s) => s.bold) || !fitsTable(line)) {
      closeRow();
      anchors = null;
      prev = null;
      continue;
    }
    const byCol = new Map();
    for (const s of segs) byCol.set(columnOf(s.x), [...(byCol.get(columnOf(s.x)) ?? []), s.text]);
    const col0 = byCol.get(0)?.join(" ");
    let starts;
    if (!row) starts = true;
    // Under a repeated header the header's bottom border is no row boundary: a cut row goes on
    // with the objective column empty or in lower case.
    else if (afterHeader) starts = !!col0 && /^[A-Z]/.test(col0);
    else if (lattice) starts = !!prev && prev.page === line.page && ruleBetween(page, prev, line);
    else starts = !!col0 && (!prev?.segments.some((s) => columnOf(s.x) === 0) || blankBefore);
    if (starts) {
      closeRow();
      row = { cols: anchors.map(() => []), headers, pages: new Set() };
    }
    row.pages.add(line.page);
    for (const [k, texts] of byCol) row.cols[k].push(texts.join(" "));
    prev = line;
    afterHeader = false;
    blankBefore = false;
  }
}
closeRow();

const joinLines = (lines) => lines.reduce((acc, l) => (!acc ? l : acc.endsWith("-") ? acc + l : `${acc} ${l}`), "");
const items = (lines) => {
  const out = [];
  for (const l of lines) {
    if (BULLET.test(l) || out.length === 0) out.push([l.replace(BULLET, "")]);
    else out.at(-1).push(l);
  }
  return out.map(joinLines).filter(Boolean);
};
const camel = (h) => h.toLowerCase().replace(/[^a-z0-9]+(.)/g, (_, c) => c.toUpperCase()).replace(/[^a-zA-Z0-9]/g, "");
const out = structuredClone(doc.output);
out.objectives = rows.map((r, i) => ({
  id: `T-${i + 1}`,
  section: null,
  objective: joinLines(r.cols[0]),
  accomplishments: items(r.cols[1] ?? []),
  measures: items(r.cols[2] ?? []).map((text) => ({ text, targets: [] })),
  extra: Object.fromEntries(r.cols.slice(3).map((c, k) => [camel(r.headers[k + 3] ?? `column${k + 4}`), items(c)])),
  provenance: { pages: [...r.pages] },
}));
writeFileSync(outPath, JSON.stringify(out, null, 2));
console.log(`${rows.length} rows from ${file} (${mode})`);
