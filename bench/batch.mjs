// Batch benchmark (npm run bench runs it after bench/run.mjs). Two parts, results written between
// the batch markers in bench/README.md:
//
// 1. Interleaved comparison on the same files, round by round (so a load spike from other jobs hits
//    every runner alike): `pdftotext -layout` (poppler, one process per file, one after the other),
//    raw pdf.js (getTextContent), the pipeline in-process, and `compacts extract` with --jobs 1 and
//    2 — on the corpus PDFs (test/corpus), then the pipeline and the CLI on the corpus texts. Each
//    runner is its own process tree: wall time, CPU of the whole tree (the shell's `times` after
//    it, i.e. every waited-for descendant), peak RSS of the tree (sum over its processes, sampled).
// 2. Peak memory of the CLI for 200 vs 2,000 documents (must stay flat: the batch streams).
//
//   node bench/batch.mjs               full run (needs `npm run build` first)
//   BENCH_ROUNDS=5 node bench/batch.mjs  more rounds for the comparison (default 3)
//   BENCH_SCALE=0.1 node bench/...     a quick smoke run with a tenth of the documents (not written)
//   BENCH_ONLY=compare|memory          one part only (not written)
//   BENCH_BASELINE=/path/to/checkout    also run that checkout's pipeline and CLI (--jobs 1 and 2) in
//                                      every round, for before/after figures in one run (needs its dist/)
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync, cpSync, mkdirSync } from "node:fs";
import { cpus, loadavg, totalmem, tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { importTs, ROOT, CACHE } from "./load-ts.mjs";

const loadBefore = loadavg()[0];
const SCALE = Number(process.env.BENCH_SCALE ?? 1);
const n = (x) => Math.max(1, Math.round(x * SCALE));
const CLI = join(ROOT, "dist", "cli", "main.js");
const README = join(ROOT, "bench", "README.md");
const START = "<!-- batch:start -->";
const END = "<!-- batch:end -->";
/** Interval at which the child's memory is sampled (the final figure is the kernel's own peak). */
const SAMPLE_MS = 50;

if (!existsSync(CLI)) {
  console.error("bench/batch.mjs: dist/ is missing; run `npm run build` first");
  process.exit(2);
}

// The generators are TypeScript under test/; the fixture they read sits beside them.
mkdirSync(join(CACHE, "test", "batch", "fixtures"), { recursive: true });
cpSync(join(ROOT, "test", "batch", "fixtures"), join(CACHE, "test", "batch", "fixtures"), { recursive: true });
const corpusLib = await importTs("test/batch/support/corpus.ts", "test/support/synth.ts");
const { loadDomainData } = await import(join(ROOT, "dist", "index.js"));
const missions = loadDomainData().missions;

const work = mkdtempSync(join(tmpdir(), "compacts-bench-"));
process.on("exit", () => rmSync(work, { recursive: true, force: true }));

async function corpus(name, spec) {
  const dir = join(work, name);
  const docs = await corpusLib.writeCorpus(dir, { markdown: 0, pdf: 0, text: 0, broken: false, ...spec }, missions);
  return { dir, count: docs.length };
}

/**
 * The in-process view, in a fresh node with --expose-gc: the main thread's live heap and the
 * process's RSS at the same four checkpoints (¼, ½, ¾ of the documents and after the batch; the heap
 * after two full GCs), its peak RSS (main + worker threads), and each worker's peak heap
 * (bench/heap-worker.mjs writes it to a file). Session 54: the heap was the largest of one GC every
 * 100 documents — 2 samples for 200 documents, 20 for 2,000, each with the documents then in flight
 * (results on their way to disk) — so it read ×1.94 for a batch whose retained heap is flat (two
 * full GCs at 200 and at 1,980 of 2,000 documents: 37.29 and 37.44 MB, the same process).
 */
function heapProbe(dir, jobs) {
  const heapDir = mkdtempSync(join(work, "heap-"));
  const script = `
    import { readdirSync, readFileSync } from "node:fs";
    const { runBatch } = await import(${JSON.stringify(join(ROOT, "dist", "batch", "run.js"))});
    const { collectInputs } = await import(${JSON.stringify(join(ROOT, "dist", "batch", "inputs.js"))});
    const { inputs } = await collectInputs([${JSON.stringify(dir)}]);
    let done = 0;
    const rss = [], heap = [];
    const liveHeap = () => { global.gc(); global.gc(); return process.memoryUsage().heapUsed; };
    const reporter = { start() {}, document() {
      if (++done % Math.ceil(inputs.length / 4) === 0 && done < inputs.length) { heap.push(liveHeap()); rss.push([done, process.memoryUsage().rss]); }
    } };
    await runBatch(inputs, { outDir: ${JSON.stringify(join(dir, "..", "out-heap"))}, jobs: ${jobs}, format: "json", resume: false,
      failFast: false, timeoutMs: 120000, maxMemoryMb: 2048, workerFile: ${JSON.stringify(join(ROOT, "bench", "heap-worker.mjs"))} }, reporter);
    heap.push(liveHeap());
    rss.push([done, process.memoryUsage().rss]);
    const workers = readdirSync(${JSON.stringify(heapDir)}).map((f) => JSON.parse(readFileSync(${JSON.stringify(heapDir)} + "/" + f, "utf8")).peak);
    process.stdout.write(JSON.stringify({ liveHeapMb: heap.map((h) => h / 2 ** 20), maxRssMb: process.resourceUsage().maxRSS / 1024,
      workerHeapMb: Math.max(0, ...workers) / 2 ** 20, rss: rss.map(([d, r]) => [d, r / 2 ** 20]) }));
  `;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--expose-gc", "--input-type=module", "-e", script], {
      stdio: ["ignore", "pipe", "inherit"],
      env: { ...process.env, COMPACTS_BENCH_HEAP_DIR: heapDir, ...CLI_ENV },
    });
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    child.on("error", reject);
    child.on("close", () => resolve(JSON.parse(out)));
  });
}

const fmt = (x, d = 1) => x.toFixed(d);
const log = (s) => console.log(`[batch bench] ${s}`);

const ONLY = process.env.BENCH_ONLY ?? null;
const median = (xs) => {
  const v = [...xs].sort((x, y) => x - y);
  return v.length % 2 ? v[(v.length - 1) / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
};

// ---- interleaved comparison: pdftotext, raw pdf.js, pipeline, CLI ×1, CLI ×2 ----

/** Clock ticks per second of /proc/<pid>/stat's CPU times (USER_HZ: 100 on every Linux we target). */
const CLK_TCK = 100;

/**
 * The process tree under `pid` (/proc): for each process its depth (0 = `pid`), RSS in kB and CPU ms
 * so far (user + system, from /proc/<pid>/stat); processes that exit meanwhile are left out.
 */
function treeProcs(pid) {
  const procs = [];
  const visit = (p, depth) => {
    try {
      const rssKb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${p}/status`, "utf8"))?.[1] ?? 0);
      const stat = readFileSync(`/proc/${p}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      // Fields after the command: state is 3rd overall, utime the 14th and stime the 15th.
      procs.push({ pid: Number(p), depth, rssKb, cpuMs: ((Number(fields[11]) + Number(fields[12])) * 1000) / CLK_TCK });
      for (const task of readdirSync(`/proc/${p}/task`)) {
        for (const child of readFileSync(`/proc/${p}/task/${task}/children`, "utf8").split(" ").filter(Boolean)) visit(child, depth + 1);
      }
    } catch {
      /* exited meanwhile */
    }
  };
  visit(pid, 0);
  return procs;
}

/**
 * Run a shell command as one process tree: wall ms, CPU ms of every descendant the shell waited
 * for (bash's `times`, children line: the CLI waits for its workers, so they count), peak RSS of
 * the tree (sum of its processes' RSS, sampled every SAMPLE_MS), and its stdout. `workerCpuMs`: the
 * CPU of each grandchild of the shell (the CLI's worker processes) as last sampled, largest first —
 * up to SAMPLE_MS short of its end, since the CLI kills its workers when the batch is done.
 */
function runTree(command, env = {}) {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn("bash", ["-c", `${command}\ntimes >&2`], { stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, ...env } });
    let stdout = "";
    let stderr = "";
    let peakMb = 0;
    const workers = new Map();
    const timer = setInterval(() => {
      const procs = treeProcs(child.pid);
      peakMb = Math.max(peakMb, procs.reduce((s, p) => s + p.rssKb, 0) / 1024);
      for (const p of procs) if (p.depth === 2) workers.set(p.pid, p.cpuMs);
    }, SAMPLE_MS);
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("error", reject);
    child.on("close", (code) => {
      clearInterval(timer);
      const wallMs = performance.now() - t0;
      // `times` prints the shell's own user/sys line, then its children's: "0m1.234s 0m0.056s".
      const last = stderr.trim().split("\n").at(-1) ?? "";
      const secs = [...last.matchAll(/(\d+)m([\d.]+)s/g)].map((m) => Number(m[1]) * 60 + Number(m[2]));
      if (code !== 0 && code !== 1) return reject(new Error(`${command} exited ${code}: ${stderr.slice(-500)}`));
      const workerCpuMs = [...workers.values()].sort((a, b) => b - a);
      resolve({ code, wallMs, cpuMs: (secs[0] + secs[1]) * 1000, peakMb, stdout, loadAvg: loadavg()[0], workerCpuMs });
    });
  });
}

const q = (s) => `'${s.replace(/'/g, "'\\''")}'`;
/** The corpus documents under test/corpus (the scored synthetic compacts: PDF renderings and texts). */
function corpusFiles(ext) {
  const out = [];
  for (const split of ["dev", "holdout"]) {
    const dir = join(ROOT, "test", "corpus", split);
    for (const f of readdirSync(dir).sort()) if (f.endsWith(ext)) out.push(join(dir, f));
  }
  return out.slice(0, n(out.length));
}
function listFile(name, files) {
  const path = join(work, `${name}.list`);
  writeFileSync(path, files.join("\n") + "\n");
  return path;
}
/** Copies of the inputs in one folder (the CLI takes folders), named by index so none collide. */
function inputFolder(name, files) {
  const dir = join(work, name);
  mkdirSync(dir, { recursive: true });
  files.forEach((f, i) => cpSync(f, join(dir, `${String(i).padStart(4, "0")}-${f.split("/").at(-1)}`)));
  return dir;
}

const hasPdftotext = (await runTree("command -v pdftotext >/dev/null")).code === 0;
const pdfFiles = corpusFiles(".pdf");
const textFiles = corpusFiles(".txt");
const pdfList = listFile("pdfs", pdfFiles);
const textList = listFile("texts", textFiles);
const pdfDir = inputFolder("pdf-in", pdfFiles);
const textDir = inputFolder("text-in", textFiles);
const BASELINE = process.env.BENCH_BASELINE ?? null;
/**
 * The CLI's runs get COMPACTS_IGNORE_LOAD=1: `--jobs 2` then starts two workers even on a busy
 * machine (the batch would otherwise start one: src/batch/run.ts freeCores), so that the two
 * settings are measured, not the load rule.
 */
const CLI_ENV = { COMPACTS_IGNORE_LOAD: "1" };
const cliRun = (dir, jobs, root = ROOT) =>
  `node ${q(join(root, "dist", "cli", "main.js"))} extract ${q(dir)} -o ${q(join(work, `out-${jobs}`))} --jobs ${jobs} -q; rm -rf ${q(join(work, `out-${jobs}`))}`;
const inproc = (mode, list, root = ROOT) => `COMPACTS_ROOT=${q(root)} node ${q(join(ROOT, "bench", "inproc.mjs"))} ${mode} ${q(list)}`;
const baseline = (input, list, dir) =>
  BASELINE
    ? [
        [input, "baseline: pipeline in-process", inproc("pipeline", list, BASELINE)],
        [input, "baseline: CLI --jobs 1", cliRun(dir, 1, BASELINE)],
        [input, "baseline: CLI --jobs 2", cliRun(dir, 2, BASELINE)],
      ]
    : [];

/** [input, runner, command]; the order is the order within a round. */
const RUNNERS = [
  ...(hasPdftotext ? [["pdf", "pdftotext -layout", `while IFS= read -r f; do pdftotext -layout "$f" /dev/null; done < ${q(pdfList)}`]] : []),
  ["pdf", "raw pdf.js", inproc("raw", pdfList)],
  ["pdf", "pipeline in-process", inproc("pipeline", pdfList)],
  ["pdf", "CLI --jobs 1", cliRun(pdfDir, 1)],
  ["pdf", "CLI --jobs 2", cliRun(pdfDir, 2)],
  ...baseline("pdf", pdfList, pdfDir),
  ["text", "pipeline in-process", inproc("pipeline", textList)],
  ["text", "CLI --jobs 1", cliRun(textDir, 1)],
  ["text", "CLI --jobs 2", cliRun(textDir, 2)],
  ...baseline("text", textList, textDir),
];
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const compare = [];
if (!ONLY || ONLY === "compare") {
  const samples = RUNNERS.map(() => []);
  for (let r = 0; r < ROUNDS; r++) {
    for (let k = 0; k < RUNNERS.length; k++) {
      const [input, runner, command] = RUNNERS[k];
      const res = await runTree(command, runner.includes("CLI") ? CLI_ENV : {});
      const inner = res.stdout.trim() ? JSON.parse(res.stdout.trim().split("\n").at(-1)) : null;
      samples[k].push({ ...res, inner });
      log(`round ${r + 1}/${ROUNDS} ${input} ${runner}: ${fmt(res.wallMs / 1000, 2)} s wall, ${fmt(res.cpuMs / 1000, 2)} s CPU, ${fmt(res.peakMb, 0)} MB, load ${fmt(res.loadAvg, 2)}`);
    }
  }
  // Pages as the in-process pipeline counted them (a text's pages are its form-feed pages).
  const pagesOf = (input) => samples[RUNNERS.findIndex(([i, r]) => i === input && r === "pipeline in-process")][0].inner.pages;
  RUNNERS.forEach(([input, runner], k) => {
    const s = samples[k];
    const docs = input === "pdf" ? pdfFiles.length : textFiles.length;
    const pages = pagesOf(input);
    compare.push({
      input,
      runner,
      docs,
      pages,
      wallMs: median(s.map((x) => x.wallMs)),
      cpuMs: median(s.map((x) => x.cpuMs)),
      // In-process runners also report the work alone, without node's start-up and module loading.
      workCpuMs: s[0].inner ? median(s.map((x) => x.inner.cpuMs)) : null,
      peakMb: median(s.map((x) => x.peakMb)),
      // The CLI's busiest worker: with the tree's CPU over the cores, what the run needs at least
      // on an idle machine (its critical path, estimated): a worker is one thread (--single-threaded).
      busiestWorkerMs: s[0].workerCpuMs.length ? median(s.map((x) => x.workerCpuMs[0] ?? 0)) : null,
      workers: s[0].workerCpuMs.length,
      load: s.map((x) => x.loadAvg),
    });
  });
}
const row = (input, runner) => compare.find((c) => c.input === input && c.runner === runner);
/** A CLI run's wall time on an idle machine, at least: its busiest worker's CPU, or the tree's CPU spread over the cores. */
const idleEstimateMs = (c) => Math.max(c.busiestWorkerMs ?? 0, c.cpuMs / cpus().length);

// ---- memory: 200 vs 2,000 documents ----
const memory = [];
/** 70% text, 20% Markdown, 10% PDF. */
const mix = (total) => ({ text: n(total * 0.7), markdown: n(total * 0.2), pdf: n(total * 0.1) });
if (!ONLY || ONLY === "memory") {
  for (const c of [await corpus("mem-200", mix(200)), await corpus("mem-2000", mix(2000))]) {
    const out = join(c.dir, "..", `${c.count}-out`);
    const cli = await runTree(`node ${q(CLI)} extract ${q(c.dir)} -o ${q(out)} --jobs 2 -q`, CLI_ENV);
    const probe = await heapProbe(c.dir, 2);
    memory.push({ docs: c.count, rssMb: cli.peakMb, seconds: cli.wallMs / 1000, load: cli.loadAvg, ...probe });
    log(`${c.count} docs, 2 jobs: peak RSS of the process tree ${fmt(cli.peakMb)} MB, main live heap after the batch ${fmt(probe.liveHeapMb.at(-1))} MB, worker heap peak ${fmt(probe.workerHeapMb)} MB`);
  }
}

// ---- report ----
const cpu = cpus()[0]?.model ?? "unknown CPU";
// The machine may be shared: the load before and after says how much the numbers can be trusted.
const loadAfter = loadavg()[0];
const per = (x, d) => (d ? x / d : NaN);
const compareLines = [];
if (compare.length > 0) {
  compareLines.push(
    "### Pipeline, CLI and pdftotext on the same files, interleaved",
    "",
    `${pdfFiles.length} PDFs (${row("pdf", "pipeline in-process")?.pages ?? "?"} pages) and ${textFiles.length} text files (${fmt(textFiles.reduce((s, f) => s + readFileSync(f).length, 0) / textFiles.length / 1024, 1)} KB on average) of \`test/corpus\` (the scored synthetic compacts).`,
    `Median of ${ROUNDS} rounds; in each round every runner ran once, in the order of the table. Every runner is a process tree of its own:`,
    "*CPU* is that of the whole tree (the CLI's workers included), *peak RSS* the largest sum of its processes' RSS (sampled every 50 ms).",
    "*Work CPU* (in-process runners): without node's start-up and module loading. Load average (1 min) after each run, by round, in the last column.",
    "",
    "*Cores used* = CPU ÷ wall: what the run got of the machine. Under load it says why --jobs 2 cannot beat --jobs 1: the",
    "kernel shares the CPUs between sessions (autogroups), so a second worker only splits the same share.",
    "",
    "*Busiest worker*: the CPU of the CLI's busiest worker process (sampled from /proc every 50 ms), and how many workers ran.",
    `*Idle estimate* = the larger of the busiest worker's CPU and the tree's CPU ÷ ${cpus().length} cores: the wall time the run needs at least`,
    "on an idle machine (a worker is one thread), i.e. its critical path; under load the wall time says little, this says more.",
    "",
    "| input | runner | wall s | pages/s | docs/s | CPU ms/page | CPU ms/doc | work CPU ms/page | cores used | busiest worker CPU s (workers) | idle estimate s | peak RSS (MB) | load average |",
    "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |",
    ...compare.map((c) =>
      `| ${c.input} | ${c.runner} | ${fmt(c.wallMs / 1000, 2)} | ${c.pages ? fmt(per(c.pages * 1000, c.wallMs)) : "–"} | ${fmt(per(c.docs * 1000, c.wallMs))} | ${c.pages ? fmt(per(c.cpuMs, c.pages), 2) : "–"} | ${fmt(per(c.cpuMs, c.docs), 2)} | ${c.workCpuMs !== null && c.pages ? fmt(per(c.workCpuMs, c.pages), 2) : "–"} | ${fmt(per(c.cpuMs, c.wallMs), 2)} | ${c.busiestWorkerMs !== null ? `${fmt(c.busiestWorkerMs / 1000, 2)} (${c.workers})` : "–"} | ${c.busiestWorkerMs !== null ? fmt(idleEstimateMs(c) / 1000, 2) : "–"} | ${fmt(c.peakMb, 0)} | ${c.load.map((l) => fmt(l, 1)).join(", ")} |`,
    ),
    "",
  );
  const ratios = [];
  for (const [input, prefix] of [["pdf", ""], ["text", ""], ...(BASELINE ? [["pdf", "baseline: "], ["text", "baseline: "]] : [])]) {
    const inproc = row(input, `${prefix}pipeline in-process`);
    const one = row(input, `${prefix}CLI --jobs 1`);
    const two = row(input, `${prefix}CLI --jobs 2`);
    if (!inproc || !one || !two) continue;
    ratios.push(
      `- ${prefix}${input}: CLI --jobs 1 CPU ÷ pipeline in-process CPU (both with their start-up) = **${fmt(one.cpuMs / inproc.cpuMs, 2)}×**` +
        ` (target ≤ 1.2); --jobs 2 wall speed-up over --jobs 1 = **${fmt(one.wallMs / two.wallMs, 2)}×** (target ≥ 1.8 on an idle 2-core machine);` +
        ` --jobs 2 CPU ÷ --jobs 1 CPU = ${fmt(two.cpuMs / one.cpuMs, 2)}` +
        (one.busiestWorkerMs !== null && two.busiestWorkerMs !== null ? `; idle estimate of the speed-up (critical paths) = **${fmt(idleEstimateMs(one) / idleEstimateMs(two), 2)}×**.` : "."),
    );
  }
  for (const input of BASELINE ? ["pdf", "text"] : []) {
    const [inNow, inBefore] = [row(input, "pipeline in-process"), row(input, "baseline: pipeline in-process")];
    const [cliNow, cliBefore] = [row(input, "CLI --jobs 1"), row(input, "baseline: CLI --jobs 1")];
    ratios.push(
      `- ${input}, against the baseline (${BASELINE.split("/").at(-1)}): in-process work CPU per document ${fmt(inBefore.workCpuMs / inBefore.docs, 2)} → ${fmt(inNow.workCpuMs / inNow.docs, 2)} ms;` +
        ` CLI --jobs 1 CPU ${fmt(cliBefore.cpuMs / 1000, 2)} → ${fmt(cliNow.cpuMs / 1000, 2)} s, wall ${fmt(cliBefore.wallMs / 1000, 2)} → ${fmt(cliNow.wallMs / 1000, 2)} s.`,
    );
  }
  const pdftotext = row("pdf", "pdftotext -layout");
  const two = row("pdf", "CLI --jobs 2");
  if (pdftotext && two) ratios.push(`- PDF: CLI --jobs 2 pages/s ÷ pdftotext -layout pages/s = **${fmt(pdftotext.wallMs / two.wallMs, 2)}×** (target ≥ 0.85).`);
  const text = row("text", "pipeline in-process");
  if (text?.workCpuMs) ratios.push(`- Text: ${fmt(text.workCpuMs / text.docs, 2)} ms CPU per document in-process = **${fmt((1000 * text.docs) / text.workCpuMs, 0)} documents/s per core**.`);
  compareLines.push(...ratios, "");
}
const memoryLines =
  memory.length === 2
    ? [
        "### Memory, 200 vs 2,000 documents (2 jobs)",
        "",
        "Mix: 70% text, 20% Markdown, 10% PDF, synthetic compacts (`test/support/synth.ts`; PDFs laid out by pdf-lib, `test/batch/support/corpus.ts`).",
        "*Peak RSS, CLI*: the largest sum of the RSS of `compacts extract` and its worker processes, sampled every 50 ms.",
        "The other columns come from a second run of the batch inside `node --expose-gc`: that process's maxRSS (the main process",
        "alone: workers are processes of their own), its **live** heap at ¼, ½, ¾ of the documents and after the batch (after two",
        "forced full GCs: what the batch retains, with the few documents then in flight), and the largest live heap any worker",
        "had (after a GC every 25 documents).",
        "",
        "| documents | peak RSS, CLI tree (MB) | main process maxRSS (MB) | main live heap at ¼, ½, ¾, end (MB) | worker live heap (MB) | main RSS at ¼, ½, ¾, end (MB) | seconds | load average |",
        "| ---: | ---: | ---: | ---: | ---: | --- | ---: | ---: |",
        ...memory.map((m) => `| ${m.docs} | ${fmt(m.rssMb)} | ${fmt(m.maxRssMb)} | ${m.liveHeapMb.map((h) => fmt(h)).join(", ")} | ${fmt(m.workerHeapMb)} | ${m.rss.map(([, r]) => fmt(r, 0)).join(", ")} | ${fmt(m.seconds, 2)} | ${fmt(m.load, 1)} |`),
        "",
        `From ${memory[0].docs} to ${memory[1].docs} documents (×10): peak RSS of the tree ×${fmt(memory[1].rssMb / memory[0].rssMb, 2)}, main live heap after the batch ×${fmt(memory[1].liveHeapMb.at(-1) / memory[0].liveHeapMb.at(-1), 2)}, worker live heap ×${fmt(memory[1].workerHeapMb / memory[0].workerHeapMb, 2)}.`,
        "What does grow is V8's slack (garbage not yet collected: the main process's RSS) and the list of inputs and output names.",
      ]
    : [];
const section = [
  START,
  "## Batch conversion (`bench/batch.mjs`)",
  "",
  `Machine: ${cpu}, ${cpus().length} cores, ${fmt(totalmem() / 2 ** 30, 0)} GiB RAM, Node ${process.version}. Date: ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC. Load average (1 min) before/after: ${fmt(loadBefore, 2)}/${fmt(loadAfter, 2)}.`,
  ...(Math.max(loadBefore, loadAfter) > cpus().length
    ? [
        "",
        `**The load average exceeded the ${cpus().length} cores**: other processes competed for the CPU, so wall times and the --jobs 2 speed-up`,
        "understate what an idle machine gives; CPU per page is the figure that holds (it still rises somewhat under contention: caches, SMT).",
      ]
    : []),
  "",
  ...compareLines,
  ...memoryLines,
  END,
].join("\n");

if (SCALE !== 1 || ONLY) {
  console.log(section);
  log("BENCH_SCALE is set: README not updated");
} else {
  const current = existsSync(README) ? readFileSync(README, "utf8") : "# Benchmarks\n";
  const i = current.indexOf(START);
  const j = current.indexOf(END);
  const next = i >= 0 && j > i ? current.slice(0, i) + section + current.slice(j + END.length) : `${current.trimEnd()}\n\n${section}\n`;
  writeFileSync(README, next);
  log(`wrote ${README}`);
}
