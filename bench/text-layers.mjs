// PDF text layers compared (h-mupdf, session 19; issue 14): how fast could a parser other than
// pdf.js read the positioned glyphs the reader needs, and how close are its glyphs to pdf.js's?
// A measurement spike: not part of `npm run bench`, and the candidates are not dependencies of the
// project. Install them in a scratch folder of their own and point TEXT_LAYERS_MODULES at its
// node_modules (runners whose package is missing are skipped, with a note):
//
//   mkdir -p /tmp/h-mupdf && cd /tmp/h-mupdf && npm init -y && npm i mupdf@1.28.1 @embedpdf/pdfium@2.15.1
//   TEXT_LAYERS_MODULES=/tmp/h-mupdf/node_modules node bench/text-layers.mjs [--rounds 5] [--set bench|corpus|batch|all] [--only a,b]
//   TEXT_LAYERS_MODULES=... node bench/text-layers.mjs --fidelity [--per-kind N]   (words, boxes, rules against the reader's)
//
// Speed: every runner is a process tree of its own (`bash -c '…; times'`), all runners in one
// round one after the other, their order rotated every round, so that a load spike hits each alike.
// Reported per runner: pages, the tree's CPU (bash `times`: every waited-for descendant), the
// work's CPU inside the node process (`process.cpuUsage` around the per-file loop, module loading
// left out), wall time. `pdftotext -layout` is one process per file, like bench/batch.mjs.
// Every in-process runner hands each glyph (or text item) to JavaScript as a small record, the
// least the reader would need, so none wins by leaving its text inside WebAssembly.
//
// Fidelity (--fidelity): per page, the reader's own glyphs (dist/: the operator list read by
// runsFromOperators, as src/extract/pdf.ts does) against each candidate's glyphs, grouped into
// words the same way (a space glyph, or a gap > 0.15 em, or a baseline jump); words matched in
// order (LCS); of the matched, the share whose left, right and baseline lie within 1 pt, and
// font size within 0.5 pt and bold the same. Needs `npm run build` first.
import { spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync, writeFileSync, mkdtempSync, rmSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath, pathToFileURL } from "node:url";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const MODULES = process.env.TEXT_LAYERS_MODULES ?? "/tmp/h-mupdf/node_modules";
const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : dflt;
};

/** A candidate package from the scratch folder, or null when it is not installed there. */
async function candidate(name) {
  const req = createRequire(join(MODULES, "..", "package.json"));
  try {
    return { mod: await import(pathToFileURL(req.resolve(name)).href), req };
  } catch {
    return null;
  }
}
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

// ---------------------------------------------------------------- the files

/** The seven bench PDFs of bench/run.mjs (text fixtures; error, OCR and Ghostscript ones left out). */
function benchFiles() {
  const dir = join(ROOT, "test", "fixtures", "pdf");
  return readdirSync(dir)
    .filter((f) => f.endsWith(".pdf") && !/^(error-|owner-password|distilled-|ghostscript-|chromium-)/.test(f))
    .sort()
    .map((f) => join(dir, f));
}
/** Corpus PDFs of several producers, tuning splits only: [folder, rendering suffix], 8 of each. */
const CORPUS_PICKS = [
  ["corpus/dev", ".chromium.pdf"],
  ["corpus/dev", ".lo.pdf"],
  ["corpus/dev", ".weasy.pdf"],
  ["corpus/dev", ".wk.pdf"],
  ["corpus6/dev6", ".docx.pdf"],
  ["corpus8/dev8", ".rtf.pdf"],
  ["corpus9/dev9", ".gs.pdf"],
  ["corpus9/dev9", ".fodt.pdf"],
  ["corpus10/dev10", ".distiller.pdf"],
  ["corpus10/dev10", ".word.pdf"],
];
function corpusFiles(perKind = 8) {
  const out = [];
  for (const [dir, suffix] of CORPUS_PICKS) {
    const abs = join(ROOT, "test", dir);
    if (!existsSync(abs)) continue;
    out.push(...readdirSync(abs).filter((f) => f.endsWith(suffix)).sort().slice(0, perKind).map((f) => join(abs, f)));
  }
  return out;
}

// ---------------------------------------------------------------- runners (one file → pages)

/** pdf.js, as bench/inproc.mjs's "raw": getDocument + getTextContent of every page + destroy. */
async function pdfjsText({ tuned }) {
  const pdfjs = await import(pathToFileURL(join(ROOT, "node_modules", "pdfjs-dist", "legacy", "build", "pdf.mjs")).href);
  const worker = tuned ? new pdfjs.PDFWorker() : null;
  return async (bytes, sink) => {
    const task = pdfjs.getDocument({ data: bytes, isEvalSupported: false, verbosity: 0, useSystemFonts: false, disableFontFace: true, ...(worker ? { worker } : {}) });
    const pdf = await task.promise;
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const tc = await page.getTextContent(tuned ? { disableNormalization: true } : undefined);
      for (const it of tc.items) if (it.str !== undefined) sink(it.str, it.transform[4], it.transform[5], it.width, it.height);
    }
    const pages = pdf.numPages;
    await task.destroy();
    return pages;
  };
}

/** The reader's own layer: dist/'s openDocument in "faces" mode, one operator list a page (src/extract/pdf.ts readPage). */
async function pdfjsOps() {
  const file = join(ROOT, "dist", "extract", "pdf.js");
  if (!existsSync(file)) return null;
  const { openDocument, skipFontLoading } = await import(pathToFileURL(file).href);
  const { AnnotationMode } = await import(pathToFileURL(join(ROOT, "node_modules", "pdfjs-dist", "legacy", "build", "pdf.mjs")).href);
  return async (bytes, sink) => {
    const task = openDocument(bytes, "faces");
    const pdf = skipFontLoading(await task.promise, "faces");
    for (let n = 1; n <= pdf.numPages; n++) {
      const ops = await (await pdf.getPage(n)).getOperatorList({ annotationMode: AnnotationMode.DISABLE });
      sink("", ops.fnArray.length, 0, 0, 0);
    }
    const pages = pdf.numPages;
    await task.destroy();
    return pages;
  };
}

/** MuPDF.js: structured text of every page, each character's text, quad, size and font handed to JS. */
async function mupdfText({ vectors }) {
  const c = await candidate("mupdf");
  if (!c) return null;
  const mupdf = c.mod;
  return async (bytes, sink) => {
    const doc = mupdf.Document.openDocument(bytes, "application/pdf");
    const pages = doc.countPages();
    for (let i = 0; i < pages; i++) {
      const page = doc.loadPage(i);
      const st = page.toStructuredText(vectors ? "preserve-whitespace,vectors" : "preserve-whitespace");
      st.walk({
        onChar: (ch, origin, font, size, quad) => sink(ch, origin[0], origin[1], quad[2] - quad[0], size, font),
        onVector: (bbox) => sink("", bbox[0], bbox[1], bbox[2] - bbox[0], bbox[3] - bbox[1]),
      });
      st.destroy();
      page.destroy();
    }
    doc.destroy();
    return pages;
  };
}

/** MuPDF.js: structured text printed as JSON by MuPDF itself (lines with their text, font and box; no per-character boxes). */
async function mupdfJson() {
  const c = await candidate("mupdf");
  if (!c) return null;
  const mupdf = c.mod;
  return async (bytes, sink) => {
    const doc = mupdf.Document.openDocument(bytes, "application/pdf");
    const pages = doc.countPages();
    for (let i = 0; i < pages; i++) {
      const page = doc.loadPage(i);
      const st = page.toStructuredText("preserve-whitespace");
      for (const b of JSON.parse(st.asJSON()).blocks) for (const l of b.lines ?? []) sink(l.text, l.x, l.y, l.bbox.w, l.font?.size ?? 0);
      st.destroy();
      page.destroy();
    }
    doc.destroy();
    return pages;
  };
}

/**
 * MuPDF.js with its WebAssembly module's own accessors (the functions its `walk` calls, minus the
 * arrays and Font objects it makes per character): the least JavaScript a MuPDF-based reader
 * would run. `floor`: the structured text is built and nothing read (MuPDF's own cost).
 */
async function mupdfLean({ floor }) {
  // mupdf.js hands this object to Emscripten as its Module: the C accessors are set on it.
  const M = (globalThis.$libmupdf_wasm_Module ??= {});
  const c = await candidate("mupdf");
  if (!c) return null;
  const mupdf = c.mod;
  const fonts = new Map();
  return async (bytes, sink) => {
    const doc = mupdf.Document.openDocument(bytes, "application/pdf");
    const pages = doc.countPages();
    for (let i = 0; i < pages; i++) {
      const page = doc.loadPage(i);
      const st = page.toStructuredText("preserve-whitespace");
      if (!floor) {
        for (let b = M._wasm_stext_page_get_first_block(st.pointer); b; b = M._wasm_stext_block_get_next(b)) {
          if (M._wasm_stext_block_get_type(b) !== 0) continue;
          for (let l = M._wasm_stext_block_get_first_line(b); l; l = M._wasm_stext_line_get_next(l)) {
            for (let ch = M._wasm_stext_line_get_first_char(l); ch; ch = M._wasm_stext_char_get_next(ch)) {
              const o = M._wasm_stext_char_get_origin(ch) >> 2;
              const q = M._wasm_stext_char_get_quad(ch) >> 2;
              const f = M._wasm_stext_char_get_font(ch);
              let font = fonts.get(f);
              if (font === undefined) fonts.set(f, (font = { name: M.UTF8ToString(M._wasm_font_get_name(f)), bold: !!M._wasm_font_is_bold(f) }));
              sink(String.fromCodePoint(M._wasm_stext_char_get_c(ch)), M.HEAPF32[o], M.HEAPF32[o + 1], M.HEAPF32[q + 2] - M.HEAPF32[q], M._wasm_stext_char_get_size(ch), font);
            }
          }
        }
      }
      st.destroy();
      page.destroy();
    }
    doc.destroy();
    fonts.clear();
    return pages;
  };
}

/**
 * PDFium (@embedpdf/pdfium, WebAssembly), its C functions called directly (not through the
 * package's cwrap wrappers): FPDFText per character (code point, origin, loose box, size,
 * weight) and the bounds of the path objects (ruling lines). `floor`: the text page is built
 * (FPDFText_LoadPage) and only its characters counted.
 */
async function pdfiumText({ floor }) {
  const c = await candidate("@embedpdf/pdfium");
  if (!c) return null;
  const wasm = readFileSync(join(dirname(c.req.resolve("@embedpdf/pdfium")), "pdfium.wasm"));
  const p = await c.mod.init({ wasmBinary: wasm });
  p.PDFiumExt_Init();
  const m = p.pdfium;
  const box = m.wasmExports.malloc(32);
  const f64 = box >> 3;
  const f32 = box >> 2;
  return async (bytes, sink) => {
    const ptr = m.wasmExports.malloc(bytes.length);
    m.HEAPU8.set(bytes, ptr);
    const doc = m._FPDF_LoadMemDocument(ptr, bytes.length, 0);
    const pages = m._FPDF_GetPageCount(doc);
    for (let i = 0; i < pages; i++) {
      const page = m._FPDF_LoadPage(doc, i);
      const tp = m._FPDFText_LoadPage(page);
      const n = m._FPDFText_CountChars(tp);
      if (floor) sink("", n, 0, 0, 0);
      else {
        for (let k = 0; k < n; k++) {
          const u = m._FPDFText_GetUnicode(tp, k);
          m._FPDFText_GetCharOrigin(tp, k, box, box + 8);
          const x = m.HEAPF64[f64];
          const y = m.HEAPF64[f64 + 1];
          m._FPDFText_GetLooseCharBox(tp, k, box);
          sink(String.fromCodePoint(u), x, y, m.HEAPF32[f32 + 2] - m.HEAPF32[f32], m._FPDFText_GetFontSize(tp, k), m._FPDFText_GetFontWeight(tp, k));
        }
        const objects = m._FPDFPage_CountObjects(page);
        for (let k = 0; k < objects; k++) {
          const o = m._FPDFPage_GetObject(page, k);
          if (m._FPDFPageObj_GetType(o) !== 2) continue;
          m._FPDFPageObj_GetBounds(o, box, box + 4, box + 8, box + 12);
          sink("", m.HEAPF32[f32], m.HEAPF32[f32 + 1], m.HEAPF32[f32 + 2], m.HEAPF32[f32 + 3]);
        }
      }
      m._FPDFText_ClosePage(tp);
      m._FPDF_ClosePage(page);
    }
    m._FPDF_CloseDocument(doc);
    m.wasmExports.free(ptr);
    return pages;
  };
}

/** The whole reader for comparison: dist/'s extract(), every stage (bench/inproc.mjs's "pipeline"). */
async function pipeline() {
  const file = join(ROOT, "dist", "index.js");
  if (!existsSync(file)) return null;
  const { extract, loadDomainData } = await import(pathToFileURL(file).href);
  const data = loadDomainData();
  await import(pathToFileURL(join(ROOT, "node_modules", "pdfjs-dist", "legacy", "build", "pdf.mjs")).href);
  return async (bytes, sink) => {
    const doc = await extract(bytes, { data, fileName: "x.pdf" });
    sink("", 0, 0, 0, 0);
    return doc.source.pages;
  };
}

const RUNNERS = {
  "pdfjs-text": () => pdfjsText({ tuned: false }),
  "pdfjs-text-tuned": () => pdfjsText({ tuned: true }),
  "pdfjs-ops": pdfjsOps,
  mupdf: () => mupdfText({ vectors: false }),
  "mupdf+vectors": () => mupdfText({ vectors: true }),
  "mupdf-json": mupdfJson,
  "mupdf-lean": () => mupdfLean({ floor: false }),
  "mupdf-floor": () => mupdfLean({ floor: true }),
  pdfium: () => pdfiumText({ floor: false }),
  "pdfium-floor": () => pdfiumText({ floor: true }),
  pipeline,
};

// ---------------------------------------------------------------- child: one runner over a list

if (args[0] === "--run") {
  const [, name, listFile] = args;
  const c0 = cpuMs();
  const run = await RUNNERS[name]();
  if (!run) {
    process.stdout.write(`${JSON.stringify({ missing: true })}\n`);
    process.exit(0);
  }
  const files = readFileSync(listFile, "utf8").split("\n").filter(Boolean);
  let items = 0;
  const sink = () => void items++;
  const c1 = cpuMs();
  const t0 = performance.now();
  let pages = 0;
  for (const f of files) pages += await run(new Uint8Array(readFileSync(f)), sink);
  const wallMs = performance.now() - t0;
  process.stdout.write(`${JSON.stringify({ docs: files.length, pages, items, workCpuMs: cpuMs() - c1, loadCpuMs: c1 - c0, wallMs, peakRssMb: process.resourceUsage().maxRSS / 1024 })}\n`);
  process.exit(0);
}

// ---------------------------------------------------------------- fidelity

if (args[0] === "--fidelity") {
  const { fidelity } = await import(pathToFileURL(join(ROOT, "bench", "text-layers-fidelity.mjs")).href);
  await fidelity({ ROOT, candidate, files: [...benchFiles(), ...corpusFiles(Number(opt("--per-kind", "1")))] });
  process.exit(0);
}

// ---------------------------------------------------------------- parent: interleaved rounds

function runTree(command) {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn("bash", ["-c", `${command}\ntimes >&2`], { stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("error", reject);
    child.on("close", (code) => {
      const wallMs = performance.now() - t0;
      const last = stderr.trim().split("\n").at(-1) ?? "";
      const secs = [...last.matchAll(/(\d+)m([\d.]+)s/g)].map((x) => Number(x[1]) * 60 + Number(x[2]));
      if (code !== 0) return reject(new Error(`${command} exited ${code}: ${stderr.slice(-800)}`));
      resolve({ wallMs, treeCpuMs: (secs[0] + secs[1]) * 1000, stdout, load: loadavg()[0] });
    });
  });
}
const q = (s) => `'${s.replace(/'/g, "'\\''")}'`;
const median = (xs) => {
  const v = [...xs].sort((a, b) => a - b);
  return v.length % 2 ? v[(v.length - 1) / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
};
const fmt = (x, d = 1) => (Number.isFinite(x) ? x.toFixed(d) : "—");

const set = opt("--set", "all");
const rounds = Number(opt("--rounds", "3"));
const only = opt("--only", null)?.split(",");
const work = mkdtempSync(join(tmpdir(), "text-layers-"));
process.on("exit", () => rmSync(work, { recursive: true, force: true }));
/** bench/batch.mjs's PDFs are test/corpus's dev and holdout renderings: its dev half (the holdout is not read here). */
const batchFiles = () => readdirSync(join(ROOT, "test", "corpus", "dev")).filter((f) => f.endsWith(".pdf")).sort().map((f) => join(ROOT, "test", "corpus", "dev", f));
const sets = { bench: benchFiles(), corpus: corpusFiles(), batch: batchFiles() };
const chosen = set === "all" ? ["bench", "corpus"] : set.split(",");
const hasPdftotext = (await runTree("command -v pdftotext >/dev/null").catch(() => null)) !== null;
const names = ["pdftotext", ...Object.keys(RUNNERS)].filter((n) => !only || only.includes(n)).filter((n) => n !== "pdftotext" || hasPdftotext);
console.log(`text-layers: ${cpus().length} cores, ${cpus()[0]?.model}, node ${process.version}, load ${fmt(loadavg()[0], 2)}; modules from ${MODULES}`);
const table = [];
for (const s of chosen) {
  const list = join(work, `${s}.list`);
  writeFileSync(list, sets[s].join("\n") + "\n");
  const samples = Object.fromEntries(names.map((n) => [n, []]));
  for (let r = 0; r < rounds; r++) {
    const order = names.map((_, i) => names[(i + r) % names.length]);
    for (const n of order) {
      const cmd = n === "pdftotext" ? `while IFS= read -r f; do pdftotext -layout "$f" /dev/null; done < ${q(list)}` : `node ${q(fileURLToPath(import.meta.url))} --run ${n} ${q(list)}`;
      const res = await runTree(cmd);
      const inner = res.stdout.trim() ? JSON.parse(res.stdout.trim().split("\n").at(-1)) : null;
      if (inner?.missing) {
        console.log(`  ${n}: not installed under ${MODULES}, skipped`);
        names.splice(names.indexOf(n), 1);
        continue;
      }
      samples[n].push({ ...res, inner });
      console.log(`  ${s} round ${r + 1}/${rounds} ${n}: tree ${fmt(res.treeCpuMs / 1000, 2)} s CPU, work ${fmt((inner?.workCpuMs ?? NaN) / 1000, 2)} s, wall ${fmt(res.wallMs / 1000, 2)} s, load ${fmt(res.load, 1)}`);
    }
  }
  const pages = samples[names.find((n) => n !== "pdftotext")]?.[0]?.inner?.pages ?? NaN;
  const ref = median(samples.pdftotext?.map((x) => x.treeCpuMs) ?? [NaN]);
  for (const n of names) {
    const xs = samples[n];
    if (!xs.length) continue;
    const tree = median(xs.map((x) => x.treeCpuMs));
    const workCpu = median(xs.map((x) => x.inner?.workCpuMs ?? NaN));
    table.push({ set: s, files: sets[s].length, pages, runner: n, treeCpuMsPerPage: tree / pages, workCpuMsPerPage: workCpu / pages, pagesPerCpuS: (pages * 1000) / tree, vsPdftotext: tree / ref, wallS: median(xs.map((x) => x.wallMs)) / 1000, rssMb: median(xs.map((x) => x.inner?.peakRssMb ?? NaN)), items: xs[0].inner?.items });
  }
}
console.log(`\nload after: ${fmt(loadavg()[0], 2)}\n`);
console.log("| set (files, pages) | runner | tree CPU ms/page | work CPU ms/page | pages per CPU s | × pdftotext CPU | wall s | peak RSS MB | items |");
console.log("|---|---|---:|---:|---:|---:|---:|---:|---:|");
for (const t of table) console.log(`| ${t.set} (${t.files}, ${t.pages}) | ${t.runner} | ${fmt(t.treeCpuMsPerPage, 2)} | ${fmt(t.workCpuMsPerPage, 2)} | ${fmt(t.pagesPerCpuS, 0)} | ${fmt(t.vsPdftotext, 2)} | ${fmt(t.wallS, 2)} | ${fmt(t.rssMb, 0)} | ${t.items ?? ""} |`);
writeFileSync(join(tmpdir(), "text-layers-last.json"), JSON.stringify(table, null, 1));
