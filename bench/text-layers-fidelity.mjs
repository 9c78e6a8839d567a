// Fidelity half of bench/text-layers.mjs (`--fidelity`): each candidate's words, boxes and ruling
// lines against the reader's own, page by page. The reader's side is what src/extract/pdf.ts reads
// (dist/: the operator list through runsFromOperators, with its per-glyph callback, and
// shapesFromOperators for the rules), so the comparison is with what the Layout is built from.
import { readFileSync, existsSync } from "node:fs";
import { join, basename, dirname } from "node:path";
import { pathToFileURL } from "node:url";

/**
 * A word: glyphs in content order, cut at white space, at a gap of more than GAP_EM, where the
 * baseline moves, or where a glyph starts before the word (a ligature a parser splits into its
 * letters gives them one box).
 */
const GAP_EM = 0.15;
const TOL_PT = 1;
const SIZE_TOL_PT = 0.5;

function words(glyphs) {
  const out = [];
  let cur = null;
  for (let k = 0; k < glyphs.length; k++) {
    const g = glyphs[k];
    // pdf.js reads Chromium's soft hyphen (U+00AD) as a space glyph that the next glyph is drawn
    // over: no word break (the reader's lines see the overlap; MuPDF and PDFium give U+00AD itself).
    const next = glyphs[k + 1];
    if (cur && g.text === " " && next && next.text.trim() && Math.abs(next.baseline - g.baseline) < 0.5 && next.left < g.right - 0.5 && next.left >= g.left - 0.5) continue;
    // A soft hyphen (Chromium writes one at every break opportunity) or a glyph without text joins.
    const text = g.text.replace(/\u00ad/g, "").normalize("NFKC");
    if (cur && g.text && !text) {
      cur.right = Math.max(cur.right, g.right);
      continue;
    }
    if (!text.trim()) {
      cur = null;
      continue;
    }
    const size = g.size || 10;
    if (cur && Math.abs(g.baseline - cur.baseline) <= 0.3 * size && g.left - cur.right <= GAP_EM * size && g.left >= cur.left - 0.1 * size) {
      cur.text += text;
      cur.right = Math.max(cur.right, g.right);
      cur.size = Math.max(cur.size, size);
      cur.bold ||= !!g.bold;
    } else {
      cur = { text, left: g.left, right: g.right, baseline: g.baseline, size, bold: !!g.bold };
      out.push(cur);
    }
  }
  return out;
}

/** Longest common subsequence of two word lists by text: the matched index pairs. */
function lcs(a, b) {
  const n = a.length;
  const m = b.length;
  const dp = Array.from({ length: n + 1 }, () => new Uint16Array(m + 1));
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) dp[i][j] = a[i].text === b[j].text ? dp[i + 1][j + 1] + 1 : Math.max(dp[i + 1][j], dp[i][j + 1]);
  const pairs = [];
  for (let i = 0, j = 0; i < n && j < m; ) {
    if (a[i].text === b[j].text) pairs.push([i++, j++]);
    else if (dp[i + 1][j] >= dp[i][j + 1]) i++;
    else j++;
  }
  return pairs;
}
function bagOverlap(a, b) {
  const count = new Map();
  for (const w of b) count.set(w.text, (count.get(w.text) ?? 0) + 1);
  let hit = 0;
  for (const w of a) {
    const c = count.get(w.text) ?? 0;
    if (c > 0) {
      hit++;
      count.set(w.text, c - 1);
    }
  }
  return hit;
}

// ---------------------------------------------------------------- the reader's side (pdf.js)

async function readerPages(ROOT, bytes, shapesFromOperators) {
  const { openDocument, skipFontLoading, TEXT_OP_CODES } = await import(pathToFileURL(join(ROOT, "dist", "extract", "pdf.js")).href);
  const { runsFromOperators } = await import(pathToFileURL(join(ROOT, "dist", "extract", "pdf", "glyphs.js")).href);
  const { AnnotationMode, OPS } = await import(pathToFileURL(join(ROOT, "node_modules", "pdfjs-dist", "legacy", "build", "pdf.mjs")).href);
  const OP_CODES = Object.fromEntries(
    ["save", "restore", "transform", "constructPath", "paintFormXObjectBegin", "paintFormXObjectEnd", "stroke", "closeStroke", "fill", "eoFill", "fillStroke", "eoFillStroke", "closeFillStroke", "closeEOFillStroke"].map((k) => [k, OPS[k]]),
  );
  const task = openDocument(bytes.slice(), "faces");
  const pdf = skipFontLoading(await task.promise, "faces");
  const pages = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    const ops = await page.getOperatorList({ annotationMode: AnnotationMode.DISABLE });
    const fontOf = (name) => {
      try {
        return page.commonObjs.has(name) ? page.commonObjs.get(name) : null;
      } catch {
        return null;
      }
    };
    // As readPage: a page whose text does not read left to right is turned until most of it does.
    let viewport = page.getViewport({ scale: 1 });
    let glyphs = [];
    let { runs, uprightShare } = runsFromOperators(ops.fnArray, ops.argsArray, TEXT_OP_CODES, viewport.transform, fontOf, (g) => (glyphs.push({ ...g }), g.text));
    let turnedBy = 0;
    for (const turn of [90, 270, 180]) {
      if (uprightShare >= 0.5) break;
      const turned = page.getViewport({ scale: 1, rotation: (page.rotate + turn) % 360 });
      const again = [];
      const r = runsFromOperators(ops.fnArray, ops.argsArray, TEXT_OP_CODES, turned.transform, fontOf, (g) => (again.push({ ...g }), g.text));
      if (r.uprightShare > uprightShare) ({ runs, uprightShare, glyphs, viewport, turnedBy } = { ...r, glyphs: again, viewport: turned, turnedBy: turn });
    }
    // Bold is a run's property: a glyph takes it from the run on its baseline that holds its middle.
    for (const g of glyphs) {
      const mid = (g.left + g.right) / 2;
      g.bold = runs.some((r) => r.bold && Math.abs(r.baseline - g.baseline) < 0.5 && mid >= r.x - 0.5 && mid <= r.x + r.width + 0.5);
    }
    const { rules } = shapesFromOperators(ops.fnArray, ops.argsArray, OP_CODES, viewport.transform);
    pages.push({ glyphs, rules, turnedBy });
  }
  await task.destroy();
  return pages;
}

// ---------------------------------------------------------------- MuPDF

async function mupdfPages(mupdf, bytes, turns) {
  const doc = mupdf.Document.openDocument(bytes, "application/pdf");
  const pages = [];
  for (let i = 0; i < doc.countPages(); i++) {
    const page = doc.loadPage(i);
    const glyphs = [];
    const [, , pw, ph] = page.getBounds();
    const deg = turns[i] ?? 0;
    const st = page.toStructuredText("preserve-whitespace");
    st.walk({
      onChar: (c, origin, font, size, quad) =>
        glyphs.push(turnedGlyph(c, [[quad[0], quad[1]], [quad[2], quad[3]], [quad[4], quad[5]], [quad[6], quad[7]]], origin, pw, ph, deg, size, font.isBold() || /bold|black|heavy|semibold|demi/i.test(font.getName()))),
      endLine: () => glyphs.push({ text: " ", left: 0, right: 0, baseline: 0, size: 0 }),
    });
    st.destroy();
    // Ruling lines: every path the page draws, through a device, as pdf.js-style path operators
    // for the reader's own rule code (shapesFromOperators: thin fills, strokes, rings, merging).
    const ops = new SynthOps();
    const add = (path, ctm, paint) => {
      const d = [];
      const tx = (x, y) => turn(ctm[0] * x + ctm[2] * y + ctm[4], ctm[1] * x + ctm[3] * y + ctm[5], pw, ph, deg);
      path.walk({
        moveTo: (x, y) => d.push(0, ...tx(x, y)),
        lineTo: (x, y) => d.push(1, ...tx(x, y)),
        curveTo: (a, b, c, e, x, y) => d.push(2, ...tx(a, b), ...tx(c, e), ...tx(x, y)),
        closePath: () => d.push(4),
      });
      ops.path(d, paint);
    };
    page.run(new mupdf.Device({ fillPath: (path, eo, ctm) => add(path, ctm, eo ? SYN.eoFill : SYN.fill), strokePath: (path, stroke, ctm) => add(path, ctm, SYN.stroke) }), mupdf.Matrix.identity);
    const shapes = ops;
    pages.push({ glyphs, shapes });
    page.destroy();
  }
  doc.destroy();
  return pages;
}
/** A point of a W × H top-down page turned clockwise by deg (a multiple of 90), as pdf.js's viewport turns it. */
function turn(x, y, w, h, deg) {
  for (let k = 0; k < ((deg / 90) % 4 + 4) % 4; k++) [x, y, w, h] = [h - y, x, h, w];
  return [x, y];
}
/** A glyph from its box corners and origin, turned: left and right of the turned box, baseline of the turned origin. */
function turnedGlyph(text, corners, origin, w, h, deg, size, bold) {
  const xs = corners.map(([x, y]) => turn(x, y, w, h, deg)[0]);
  return { text, left: Math.min(...xs), right: Math.max(...xs), baseline: turn(origin[0], origin[1], w, h, deg)[1], size, bold };
}

/** Operator codes of the synthetic lists handed to shapesFromOperators (any distinct numbers). */
const SYN = { save: 1, restore: 2, transform: 3, constructPath: 4, paintFormXObjectBegin: 5, paintFormXObjectEnd: 6, stroke: 7, closeStroke: 8, fill: 9, eoFill: 10, fillStroke: 11, eoFillStroke: 12, closeFillStroke: 13, closeEOFillStroke: 14 };
class SynthOps {
  fnArray = [];
  argsArray = [];
  path(data, paint) {
    this.fnArray.push(SYN.constructPath);
    this.argsArray.push([paint, [Float32Array.from(data)], null]);
  }
}
const bboxOf = (pts) => ({ x0: Math.min(...pts.map((p) => p[0])), y0: Math.min(...pts.map((p) => p[1])), x1: Math.max(...pts.map((p) => p[0])), y1: Math.max(...pts.map((p) => p[1])) });

// ---------------------------------------------------------------- PDFium

async function pdfiumOpen(c) {
  const wasm = readFileSync(join(dirname(c.req.resolve("@embedpdf/pdfium")), "pdfium.wasm"));
  const p = await c.mod.init({ wasmBinary: wasm });
  p.PDFiumExt_Init();
  return p.pdfium;
}
function pdfiumPages(m, bytes, turns) {
  const box = m.wasmExports.malloc(64);
  const name = m.wasmExports.malloc(256);
  const ptr = m.wasmExports.malloc(bytes.length);
  m.HEAPU8.set(bytes, ptr);
  const doc = m._FPDF_LoadMemDocument(ptr, bytes.length, 0);
  const pages = [];
  for (let i = 0; i < m._FPDF_GetPageCount(doc); i++) {
    const page = m._FPDF_LoadPage(doc, i);
    // Page space is PDF user space (y up): turned top-down on the media box; /Rotate not applied.
    m._FPDFPage_GetMediaBox(page, box, box + 4, box + 8, box + 12);
    const [mx0, my0, mx1, my1] = m.HEAPF32.subarray(box >> 2, (box >> 2) + 4);
    const rotate = m._FPDFPage_GetRotation(page);
    // Page space (y up, /Rotate not applied) → top-down on the media box → /Rotate and the reader's turn.
    const deg = rotate * 90 + (turns[i] ?? 0);
    const pw = mx1 - mx0;
    const ph = my1 - my0;
    const page2 = (x, y) => turn(x - mx0, my1 - y, pw, ph, deg);
    const tp = m._FPDFText_LoadPage(page);
    const glyphs = [];
    const n = m._FPDFText_CountChars(tp);
    for (let k = 0; k < n; k++) {
      const u = m._FPDFText_GetUnicode(tp, k);
      m._FPDFText_GetCharOrigin(tp, k, box, box + 8);
      const x = m.HEAPF64[box >> 3];
      const y = m.HEAPF64[(box >> 3) + 1];
      m._FPDFText_GetLooseCharBox(tp, k, box + 16);
      const [l, t, r, bt] = m.HEAPF32.subarray((box + 16) >> 2, ((box + 16) >> 2) + 4);
      m._FPDFText_GetFontInfo(tp, k, name, 256, 0);
      const font = m.UTF8ToString(name);
      const weight = m._FPDFText_GetFontWeight(tp, k);
      // FPDFText_GetFontSize is the Tf operand: the text matrix's vertical scale makes it the printed size.
      m._FPDFText_GetMatrix(tp, k, box + 32);
      const [, tb, , td] = m.HEAPF32.subarray((box + 32) >> 2, ((box + 32) >> 2) + 4);
      const corners = [page2(l, t), page2(r, t), page2(l, bt), page2(r, bt)];
      const xs = corners.map((p) => p[0]);
      glyphs.push({ text: u ? String.fromCodePoint(u) : " ", left: Math.min(...xs), right: Math.max(...xs), baseline: page2(x, y)[1], size: m._FPDFText_GetFontSize(tp, k) * Math.hypot(tb, td), bold: weight >= 600 || /bold|black|heavy|semibold|demi/i.test(font) });
    }
    const shapes = new SynthOps();
    const objects = m._FPDFPage_CountObjects(page);
    for (let k = 0; k < objects; k++) {
      const o = m._FPDFPage_GetObject(page, k);
      if (m._FPDFPageObj_GetType(o) !== 2) continue;
      // Path segments are in the object's space: its matrix (a b c d e f) takes them to page space.
      m._FPDFPageObj_GetMatrix(o, box);
      const [a, b, c, d, e, f] = m.HEAPF32.subarray(box >> 2, (box >> 2) + 6);
      const tx = (px, py) => page2(a * px + c * py + e, b * px + d * py + f);
      m._FPDFPath_GetDrawMode(o, box + 40, box + 44);
      const fillMode = m.HEAP32[(box + 40) >> 2];
      const stroke = m.HEAP32[(box + 44) >> 2] !== 0;
      const paint = fillMode && stroke ? (fillMode === 1 ? SYN.eoFillStroke : SYN.fillStroke) : fillMode ? (fillMode === 1 ? SYN.eoFill : SYN.fill) : stroke ? SYN.stroke : 0;
      if (!paint) continue;
      const data = [];
      const segs = m._FPDFPath_CountSegments(o);
      for (let s2 = 0; s2 < segs; s2++) {
        const seg = m._FPDFPath_GetPathSegment(o, s2);
        m._FPDFPathSegment_GetPoint(seg, box + 32, box + 36);
        const p = tx(m.HEAPF32[(box + 32) >> 2], m.HEAPF32[(box + 36) >> 2]);
        const type = m._FPDFPathSegment_GetType(seg); // 0 line, 1 bezier (one of three points), 2 move
        data.push(type === 2 ? 0 : 1, ...p);
        if (m._FPDFPathSegment_GetClose(seg)) data.push(4);
      }
      shapes.path(data, paint);
    }
    m._FPDFText_ClosePage(tp);
    m._FPDF_ClosePage(page);
    pages.push({ glyphs, shapes });
  }
  m._FPDF_CloseDocument(doc);
  for (const p of [box, name, ptr]) m.wasmExports.free(p);
  return pages;
}

// ---------------------------------------------------------------- comparison

function compare(refPages, candPages, shapesFromOperators) {
  const s = { refWords: 0, candWords: 0, bag: 0, ordered: 0, boxes: 0, left: 0, right: 0, baseline: 0, size: 0, bold: 0, boldRef: 0, boldHit: 0, rules: 0, candRules: 0, rulesFound: 0, worst: [] };
  for (let p = 0; p < refPages.length; p++) {
    const ref = refPages[p];
    const cand = candPages[p];
    if (!cand) continue;
    const a = words(ref.glyphs);
    const b = words(cand.glyphs);
    s.refWords += a.length;
    s.candWords += b.length;
    s.bag += bagOverlap(a, b);
    const pairs = lcs(a, b);
    s.ordered += pairs.length;
    if (process.env.TEXT_LAYERS_DIFF) {
      const ia = new Set(pairs.map((x) => x[0]));
      const ib = new Set(pairs.map((x) => x[1]));
      console.error(`p${p + 1} reader only: ${a.filter((_, i) => !ia.has(i)).map((w) => w.text).slice(0, 25).join(" | ")}`);
      console.error(`p${p + 1} candidate only: ${b.filter((_, i) => !ib.has(i)).map((w) => w.text).slice(0, 25).join(" | ")}`);
    }
    for (const [i, j] of pairs) {
      const dl = Math.abs(a[i].left - b[j].left);
      const dr = Math.abs(a[i].right - b[j].right);
      const db = Math.abs(a[i].baseline - b[j].baseline);
      s.left += dl <= TOL_PT;
      s.right += dr <= TOL_PT;
      s.baseline += db <= TOL_PT;
      s.boxes += dl <= TOL_PT && dr <= TOL_PT && db <= TOL_PT;
      s.size += Math.abs(a[i].size - b[j].size) <= SIZE_TOL_PT;
      s.bold += a[i].bold === b[j].bold;
      if (a[i].bold) s.boldRef++, (s.boldHit += b[j].bold);
      const worst = Math.max(dl, dr, db);
      if (worst > TOL_PT && s.worst.length < 3) s.worst.push(`p${p + 1} "${a[i].text}" Δ ${dl.toFixed(1)}/${dr.toFixed(1)}/${db.toFixed(1)}`);
    }
    const candRules = shapesFromOperators(cand.shapes.fnArray, cand.shapes.argsArray, SYN, [1, 0, 0, 1, 0, 0]).rules;
    const near = (r, c) => Math.abs(r.x1 - c.x1) <= TOL_PT && Math.abs(r.y1 - c.y1) <= TOL_PT && Math.abs(r.x2 - c.x2) <= TOL_PT && Math.abs(r.y2 - c.y2) <= TOL_PT;
    s.rules += ref.rules.length;
    s.candRules += candRules.length;
    s.rulesFound += ref.rules.filter((r) => candRules.some((c) => near(r, c))).length;
  }
  return s;
}

const pct = (a, b) => (b ? `${((100 * a) / b).toFixed(1)} %` : "—");

export async function fidelity({ ROOT, candidate, files }) {
  if (!existsSync(join(ROOT, "dist", "extract", "pdf.js"))) throw new Error("dist/ is missing: npm run build first");
  const { shapesFromOperators } = await import(pathToFileURL(join(ROOT, "dist", "extract", "pdf", "rules.js")).href);
  const mu = await candidate("mupdf");
  const pc = await candidate("@embedpdf/pdfium");
  const pm = pc ? await pdfiumOpen(pc) : null;
  const rows = [];
  for (const file of files) {
    const bytes = new Uint8Array(readFileSync(file));
    const ref = await readerPages(ROOT, bytes, shapesFromOperators);
    const name = basename(file);
    if (mu) rows.push({ name, cand: "mupdf", ...compare(ref, await mupdfPages(mu.mod, bytes.slice(), ref.map((p) => p.turnedBy)), shapesFromOperators) });
    if (pm) {
      if (ref.some((p) => p.turnedBy)) console.error(`${name}: the reader turns pages by ${ref.map((p) => p.turnedBy).join(",")}°`);
    rows.push({ name, cand: "pdfium", ...compare(ref, pdfiumPages(pm, bytes, ref.map((p) => p.turnedBy)), shapesFromOperators) });
    }
  }
  console.log("| file | candidate | reader words | candidate words | same words | same order | boxes within 1 pt (left/right/baseline) | size ±0.5 | bold same (of reader's bold) | reader's rules found within 1 pt (candidate's rules) | first misses |");
  console.log("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---|");
  const total = {};
  for (const r of rows) {
    console.log(`| ${r.name} | ${r.cand} | ${r.refWords} | ${r.candWords} | ${pct(r.bag, r.refWords)} | ${pct(r.ordered, r.refWords)} | ${pct(r.boxes, r.ordered)} (${pct(r.left, r.ordered)}/${pct(r.right, r.ordered)}/${pct(r.baseline, r.ordered)}) | ${pct(r.size, r.ordered)} | ${pct(r.bold, r.ordered)} (${pct(r.boldHit, r.boldRef)}) | ${r.rulesFound}/${r.rules} (${r.candRules}) | ${r.worst.join("; ")} |`);
    const k = r.cand.split(" ")[0];
    total[k] ??= { refWords: 0, candWords: 0, bag: 0, ordered: 0, boxes: 0, size: 0, bold: 0, boldRef: 0, boldHit: 0, rules: 0, candRules: 0, rulesFound: 0 };
    for (const f of Object.keys(total[k])) total[k][f] += r[f];
  }
  for (const [k, t] of Object.entries(total)) {
    console.log(`| **all** | ${k} | ${t.refWords} | ${t.candWords} | ${pct(t.bag, t.refWords)} | ${pct(t.ordered, t.refWords)} | ${pct(t.boxes, t.ordered)} | ${pct(t.size, t.ordered)} | ${pct(t.bold, t.ordered)} (${pct(t.boldHit, t.boldRef)}) | ${t.rulesFound}/${t.rules} (${t.candRules}) | |`);
  }
}
