#!/usr/bin/env node
/**
 * Benchmarks, run by `npm run bench` after building (they use dist/, as users do).
 *
 * Sections are a list: each is `{ name, run(ctx) → rows }` and prints its own table; add a
 * section by adding an entry to SECTIONS. Results also go to bench/out/<section>.json.
 *
 *   node bench/run.mjs [--rounds N] [--only section-name]
 *
 * BENCH_BASELINE=<checkout with a built dist/> also times that checkout's pipeline in the same
 * rounds (before/after on one loaded machine). `--self-check` does so with a copy of this
 * checkout's own build and fails unless each baseline reads ~1.00× (the comparison is fair). A full
 * run (no --only, no --self-check) writes its tables between the run markers in bench/README.md.
 */
import { cpSync, existsSync, readdirSync, readFileSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { cpus, loadavg } from "node:os";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const ROUNDS = Number(opt("--rounds", "7"));
const ONLY = opt("--only", null);
/**
 * --self-check: the baseline is a copy of this checkout's own dist/ (a second module instance,
 * sharing node_modules and data/ through links), so every baseline column must read ~1.00× the
 * pipeline's; the run prints each section's baseline ÷ pipeline and fails outside ±SELF_CHECK_TOLERANCE.
 */
const SELF_CHECK = args.includes("--self-check");
/** A CPU ratio further than this from 1 fails the self-check (A/A runs at load 3–15 read 0.94–1.05). */
const SELF_CHECK_TOLERANCE = 0.08;
/** Another checkout (its dist/) timed in the same rounds: the "before" of a change. */
const BASELINE = SELF_CHECK ? selfCopy() : process.env.BENCH_BASELINE ?? null;

/** A checkout-shaped directory holding a copy of dist/ and links to node_modules and data/. */
function selfCopy() {
  const dir = join(ROOT, "bench", "out", "self-check");
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  cpSync(join(ROOT, "dist"), join(dir, "dist"), { recursive: true });
  for (const name of ["node_modules", "data", "package.json"]) symlinkSync(join(ROOT, name), join(dir, name));
  return dir;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const cpuNow = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

/**
 * Times several functions ROUNDS times each, interleaved round by round (so a load spike on a
 * shared machine hits all of them alike), after one warm-up run each; returns the median wall ms
 * of each, and `.cpu`, the median CPU ms of each (process.cpuUsage: pdf.js runs its "worker" in
 * this thread, so CPU per call is the work alone, whatever else the machine runs).
 *
 * `swap: [i, j]` exchanges the places of functions i and j every other round. A call's CPU time
 * depends on what ran just before it in the process, not only on its own work: the same build's
 * `extract()` cost 15 % more placed first in the round (after the previous round's pipeline and
 * before raw pdf.js) than placed last (after the extract-only run), with 0 % between places when
 * every function was that same call (2026-12-01, bench/README.md "BENCH_BASELINE"). Two functions
 * that are compared with each other (a baseline build and this one) must therefore take each
 * place, after each neighbour, equally often.
 */
async function timeInterleaved(fns, { swap } = {}) {
  for (const fn of fns) await fn();
  const ms = fns.map(() => []);
  const cpu = fns.map(() => []);
  for (let r = 0; r < ROUNDS; r++) {
    const order = fns.map((_, k) => k);
    if (swap && r % 2 === 1) [order[swap[0]], order[swap[1]]] = [order[swap[1]], order[swap[0]]];
    for (const k of order) {
      const t0 = performance.now();
      const c0 = cpuNow();
      await fns[k]();
      ms[k].push(performance.now() - t0);
      cpu[k].push(cpuNow() - c0);
    }
  }
  return Object.assign(ms.map(median), { cpu: cpu.map(median) });
}

/**
 * Left out of the timing: error fixtures (nothing to extract), the owner-password copy, whose
 * AES-256 key derivation takes longer than reading the text and would flatter the ratio, and the
 * producer-quirk fixtures of 2026-12-01 (a distilled PDF that `--ocr auto` reads by OCR, a
 * Ghostscript rewrite): they test repairs, and would change which PDFs the ratio has always been
 * measured on.
 */
const NOT_TIMED = /^(error-|owner-password|distilled-|ghostscript-)/;

/** The text PDFs under test/fixtures/pdf. */
function pdfFixtures() {
  const dir = join(ROOT, "test", "fixtures", "pdf");
  return readdirSync(dir)
    .filter((f) => f.endsWith(".pdf") && !NOT_TIMED.test(f))
    .sort()
    .map((f) => ({ name: f, bytes: new Uint8Array(readFileSync(join(dir, f))) }));
}

/**
 * pdf-raw-vs-pipeline: pdf.js `getTextContent` over all pages (the least any pdf.js-based
 * extractor must do) against the whole pipeline (`extract()`: text, rules, lines, furniture,
 * every stage, zod validation), on the same files in the same process. Target: ratio ≤ 1.3.
 */
async function pdfRawVsPipeline() {
  // The pipeline first, as its users load it: it keeps the engine's built-ins before pdf.js's
  // polyfills replace them and puts them back (src/extract/pdf/native-json.ts). Imported after
  // pdf.js, it would keep the polyfills as the originals (which an application that loads only the
  // library never sees). Raw pdf.js then runs with the engine's built-ins too (faster than in a
  // process of its own).
  const { extract, loadDomainData, STAGES } = await import(join(ROOT, "dist", "index.js"));
  // The baseline before pdf.js too: imported after it, the baseline would take pdf.js's polyfilled
  // push for the engine's and put it back on every one of its runs, slowing itself and the raw
  // pdf.js run after it (baseline 382 ms against 278–294 ms in a process of its own).
  const baseline = BASELINE ? await import(join(BASELINE, "dist", "index.js")) : null;
  const { getDocument } = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const LATER_STAGES = STAGES.map((s) => s.name).filter((n) => n !== "extract" && n !== "validate");
  const data = loadDomainData();
  const baselineData = baseline?.loadDomainData();
  const rows = [];
  for (const { name, bytes } of pdfFixtures()) {
    let pages = 0;
    let status = "";
    // The baseline (when given) right before the pipeline, the two swapping places every other
    // round: each then follows the extract-only run and the other build equally often.
    const fns = [
      async () => {
        const task = getDocument({ data: bytes.slice(), isEvalSupported: false, verbosity: 0, useSystemFonts: false, disableFontFace: true });
        const pdf = await task.promise;
        pages = pdf.numPages;
        for (let n = 1; n <= pdf.numPages; n++) await (await pdf.getPage(n)).getTextContent();
        await task.destroy();
      },
      // The extractor alone (pdf.js text + rules, lines, furniture) with every later stage switched off.
      () => extract(bytes, { fileName: name, data, disable: LATER_STAGES }),
      ...(baseline ? [() => baseline.extract(bytes, { fileName: name, data: baselineData })] : []),
      async () => {
        status = (await extract(bytes, { fileName: name, data })).status;
      },
    ];
    const timed = await timeInterleaved(fns, baseline ? { swap: [2, 3] } : {});
    const [raw, extractOnly] = timed;
    const pipeline = timed.at(-1);
    const [rawCpu, extractCpu] = timed.cpu;
    const pipelineCpu = timed.cpu.at(-1);
    const before = baseline ? { baselineCpuMs: +timed.cpu[2].toFixed(1), baselineCpuRatio: +(timed.cpu[2] / rawCpu).toFixed(2) } : {};
    rows.push({
      file: name, pages, rawMs: +raw.toFixed(1), extractMs: +extractOnly.toFixed(1), pipelineMs: +pipeline.toFixed(1), ratio: +(pipeline / raw).toFixed(2),
      rawCpuMs: +rawCpu.toFixed(1), extractCpuMs: +extractCpu.toFixed(1), pipelineCpuMs: +pipelineCpu.toFixed(1), cpuRatio: +(pipelineCpu / rawCpu).toFixed(2), ...before, status,
    });
  }
  const sum = (key) => rows.reduce((s, r) => s + r[key], 0);
  rows.push({
    file: "TOTAL", pages: sum("pages"), rawMs: +sum("rawMs").toFixed(1), extractMs: +sum("extractMs").toFixed(1), pipelineMs: +sum("pipelineMs").toFixed(1),
    ratio: +(sum("pipelineMs") / sum("rawMs")).toFixed(2), rawCpuMs: +sum("rawCpuMs").toFixed(1), extractCpuMs: +sum("extractCpuMs").toFixed(1),
    pipelineCpuMs: +sum("pipelineCpuMs").toFixed(1), cpuRatio: +(sum("pipelineCpuMs") / sum("rawCpuMs")).toFixed(2),
    ...(baseline ? { baselineCpuMs: +sum("baselineCpuMs").toFixed(1), baselineCpuRatio: +(sum("baselineCpuMs") / sum("rawCpuMs")).toFixed(2) } : {}),
    status: "",
  });
  return rows;
}

/**
 * text-per-doc: CPU ms per document of the whole pipeline and of each stage, in-process, on the
 * issue's two reference inputs: a 16 KB text compact and a 4.5 KB Markdown note (targets: ≤ 2 ms
 * each, i.e. ≥ 500 documents/s per core). CPU time (process.cpuUsage), not wall time, so other jobs
 * on a shared machine do not count; each figure is the best round's mean over RUNS_PER_ROUND runs.
 */
const TEXT_DOCS = ["fixtures/compact-2008-dfs.txt", "fixtures/A-60-209-note.txt", "fixtures/compact-2012-markdown.md"];
const RUNS_PER_ROUND = 40;
async function textPerDoc() {
  const { loadDomainData, runPipeline, STAGES } = await import(join(ROOT, "dist", "index.js"));
  const data = loadDomainData();
  const cpuMs = () => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  };
  // Each stage's CPU, by wrapping the stage list's entries for the duration of this section. The
  // baseline's stages are wrapped alike (into a map nobody reads), so both builds pay the wrapper.
  const spent = new Map();
  const baseline = BASELINE ? await import(join(BASELINE, "dist", "index.js")) : null;
  const lists = baseline ? [STAGES, baseline.STAGES] : [STAGES];
  const originals = lists.map((list) => list.map((st) => st.run));
  lists.forEach((list, l) => {
    const into = l === 0 ? spent : new Map();
    list.forEach((st, i) => {
      st.run = async (doc, ctx) => {
        const t = cpuMs();
        const out = await originals[l][i](doc, ctx);
        into.set(st.name, (into.get(st.name) ?? 0) + cpuMs() - t);
        return out;
      };
    });
  });
  const rows = [];
  try {
    const docs = TEXT_DOCS.map((f) => ({ name: f.split("/").at(-1), bytes: new Uint8Array(readFileSync(join(ROOT, f))) }));
    const best = new Map();
    const baselineData = baseline?.loadDomainData();
    const bestBaseline = new Map();
    for (let r = 0; r < ROUNDS; r++) {
      for (const { name, bytes } of docs) {
        // The baseline before this build in even rounds, after it in odd ones (see timeInterleaved).
        const timeBaseline = async () => {
          for (let i = 0; i < 5; i++) await baseline.runPipeline(name, bytes, {}, baselineData);
          const t = cpuMs();
          for (let i = 0; i < RUNS_PER_ROUND; i++) await baseline.runPipeline(name, bytes, {}, baselineData);
          const total = (cpuMs() - t) / RUNS_PER_ROUND;
          bestBaseline.set(name, Math.min(total, bestBaseline.get(name) ?? Infinity));
        };
        if (baseline && r % 2 === 0) await timeBaseline();
        for (let i = 0; i < 5; i++) await runPipeline(name, bytes, {}, data);
        spent.clear();
        const t = cpuMs();
        for (let i = 0; i < RUNS_PER_ROUND; i++) await runPipeline(name, bytes, {}, data);
        const total = (cpuMs() - t) / RUNS_PER_ROUND;
        if (!best.has(name) || total < best.get(name).total) best.set(name, { total, stages: new Map([...spent].map(([k, v]) => [k, v / RUNS_PER_ROUND])) });
        if (baseline && r % 2 === 1) await timeBaseline();
      }
    }
    for (const { name, bytes } of docs) {
      const { total, stages } = best.get(name);
      const format = (await runPipeline(name, bytes, {}, data)).source.format;
      const before = baseline ? { baselineCpuMs: +bestBaseline.get(name).toFixed(2) } : {};
      rows.push({ file: name, format, kb: +(bytes.length / 1024).toFixed(1), ...before, cpuMs: +total.toFixed(2), docsPerCoreS: Math.round(1000 / total), ...Object.fromEntries([...stages].map(([k, v]) => [k, +v.toFixed(2)])) });
    }
  } finally {
    lists.forEach((list, l) => list.forEach((st, i) => (st.run = originals[l][i])));
  }
  return rows;
}

const SECTIONS = [
  { name: "pdf-raw-vs-pipeline", run: pdfRawVsPipeline },
  { name: "text-per-doc", run: textPerDoc },
];

const machine = {
  date: new Date().toISOString(),
  node: process.version,
  nproc: cpus().length,
  cpu: cpus()[0]?.model ?? "unknown",
  rounds: ROUNDS,
};
console.log(`# bench ${machine.date}  node ${machine.node}  ${machine.nproc} cpu(s)  ${machine.cpu}  median of ${ROUNDS} rounds`);
mkdirSync(join(ROOT, "bench", "out"), { recursive: true });
const loadBefore = loadavg()[0];
const results = [];
for (const section of SECTIONS) {
  if (ONLY && section.name !== ONLY) continue;
  const rows = await section.run();
  console.log(`\n## ${section.name}`);
  console.table(rows);
  writeFileSync(join(ROOT, "bench", "out", `${section.name}.json`), JSON.stringify({ machine, rows }, null, 2) + "\n");
  results.push({ name: section.name, rows });
}

// The self-check: the same build under two module instances must cost the same.
if (SELF_CHECK) {
  let failed = false;
  for (const { name, rows } of results) {
    const total = name === "pdf-raw-vs-pipeline" ? rows.filter((r) => r.file === "TOTAL") : rows;
    for (const r of total) {
      const own = r.pipelineCpuMs ?? r.cpuMs;
      const ratio = r.baselineCpuMs / own;
      const ok = Math.abs(ratio - 1) <= SELF_CHECK_TOLERANCE;
      failed ||= !ok;
      console.log(`self-check ${name} ${r.file}: baseline ${r.baselineCpuMs} ms ÷ this build ${own} ms CPU = ${ratio.toFixed(3)} ${ok ? "ok" : "BIASED"}`);
    }
  }
  if (failed) process.exitCode = 1;
}

/** A Markdown table of rows (the keys of the first row are the columns). */
function markdownTable(rows) {
  const keys = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  const cell = (v) => (v === undefined ? "" : String(v));
  return [`| ${keys.join(" | ")} |`, `|${keys.map((k, i) => (i === 0 || typeof rows[0]?.[k] === "string" ? "---" : "---:")).join("|")}|`, ...rows.map((r) => `| ${keys.map((k) => cell(r[k])).join(" | ")} |`)].join("\n");
}

// A full run records itself in bench/README.md, between the run markers (replaced each time).
if (!ONLY && !SELF_CHECK) {
  const README = join(ROOT, "bench", "README.md");
  const START = "<!-- run:start -->";
  const END = "<!-- run:end -->";
  const section = [
    START,
    `Last full \`node bench/run.mjs\`: ${machine.date.slice(0, 16).replace("T", " ")} UTC · ${machine.nproc} cores · CPU "${machine.cpu}" · node ${machine.node} · median of ${ROUNDS} rounds · load average (1 min) ${loadBefore.toFixed(1)} before, ${loadavg()[0].toFixed(1)} after${BASELINE ? " · baseline columns: the checkout in BENCH_BASELINE, timed in the same rounds" : ""}.`,
    "",
    ...results.flatMap(({ name, rows }) => [`**${name}**`, "", markdownTable(rows), ""]),
    END,
  ].join("\n");
  const current = existsSync(README) ? readFileSync(README, "utf8") : "# Benchmarks\n";
  const i = current.indexOf(START);
  const j = current.indexOf(END);
  writeFileSync(README, i >= 0 && j > i ? current.slice(0, i) + section + current.slice(j + END.length) : `${current.trimEnd()}\n\n${section}\n`);
  console.log(`\nwrote ${README}`);
}
