// Where a batch's critical path goes, per process (issue 14; bench/README.md "Session 46: h-speed46").
// Runs `compacts extract` over the given files with bench/batch-trace-hook.mjs preloaded in the
// main process and every worker, and reads back each process's CPU (all its threads) at its events:
// start-up until the worker module is loaded, each document from its arrival to its result, what
// crosses the process boundary, the main process before the first worker and in all. CPU, not
// wall: on a shared machine the wall clock says little, a process's own CPU holds.
//
//   node bench/batch-trace.mjs [--root CHECKOUT] [--jobs 1,2] [--rounds 3] [--warm] FILE…
//
// --root: the checkout whose dist/ runs (default this one). --warm: also a --jobs 1 run over every
// file twice, whose second pass gives each document's warm cost (a worker's "warm-up excess" is
// what its documents cost above that). Prints one JSON line per run, then a table.
import { spawn } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { takeFlag, takeOption } from "./args.mjs";

const HERE = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const opt = (name, dflt) => takeOption(args, name, dflt);
const flag = (name) => takeFlag(args, name);
const ROOT = opt("--root", join(HERE, ".."));
const JOBS = opt("--jobs", "1,2").split(",").map(Number);
const ROUNDS = Number(opt("--rounds", "1"));
const WARM = flag("--warm");
const files = args;
if (files.length === 0) {
  console.error("usage: node bench/batch-trace.mjs [--root DIR] [--jobs 1,2] [--rounds N] [--warm] FILE…");
  process.exit(2);
}

const work = mkdtempSync(join(tmpdir(), "compacts-trace-"));
process.on("exit", () => rmSync(work, { recursive: true, force: true }));
function folder(name, list) {
  const dir = join(work, name);
  mkdirSync(dir, { recursive: true });
  list.forEach((f, i) => cpSync(f, join(dir, `${String(i).padStart(4, "0")}-${basename(f)}`)));
  return dir;
}
const inputDir = folder("in", files);
const twiceDir = WARM ? folder("twice", [...files, ...files]) : null;

function runCli(dir, jobs) {
  const traceDir = mkdtempSync(join(work, "trace-"));
  const out = join(work, `out-${jobs}`);
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, [join(ROOT, "dist", "cli", "main.js"), "extract", dir, "-o", out, "--jobs", String(jobs), "-q"], {
      stdio: ["ignore", "ignore", "inherit"],
      env: {
        ...process.env,
        COMPACTS_IGNORE_LOAD: "1",
        COMPACTS_TRACE_DIR: traceDir,
        NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --import ${join(HERE, "batch-trace-hook.mjs")}`.trim(),
      },
    });
    child.on("error", reject);
    child.on("close", (code) => {
      const wallMs = performance.now() - t0;
      const procs = readdirSync(traceDir).map((f) => readFileSync(join(traceDir, f), "utf8").trim().split("\n").map((l) => JSON.parse(l)));
      rmSync(out, { recursive: true, force: true });
      resolve({ code, wallMs, procs, load: loadavg()[0] });
    });
  });
}

const sum = (xs) => xs.reduce((s, x) => s + x, 0);
const median = (xs) => {
  const v = [...xs].sort((a, b) => a - b);
  return v.length === 0 ? NaN : v.length % 2 ? v[(v.length - 1) / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
};

/** Per process: the events of the hook read into start-up, documents, idle and boundary figures. */
function analyse(run) {
  const main = run.procs.find((p) => p[0].role === "main");
  const workers = run.procs.filter((p) => p[0].role === "worker");
  const mainFork = main.find((e) => e.event === "fork");
  const mainExit = main.at(-1);
  const w = workers.map((ev) => {
    const boot = ev[0];
    const ready = ev.find((e) => e.event === "ready");
    const docs = [];
    // Tasks arrived and not yet answered: a worker may hold its next task while it converts one
    // (the pool's queue of two per worker), so a document starts when it has arrived and the one
    // before it is answered, whichever is later.
    const arrived = [];
    let chars = 0;
    let idleWallMs = 0;
    let lastEnd = ready;
    for (const e of ev) {
      if (e.event === "task") arrived.push(e);
      else if (e.event === "piece") chars += e.chars;
      else if ((e.event === "result" || e.event === "error") && arrived.length > 0) {
        const task = arrived.shift();
        const start = task.t > lastEnd.t ? task : lastEnd;
        idleWallMs += Math.max(0, task.t - lastEnd.t);
        chars += e.chars ?? 0;
        docs.push({ path: basename(task.path), cpu: e.cpu - start.cpu, wall: e.t - start.t, chars, ms: e.ms });
        lastEnd = e;
        chars = 0;
      }
    }
    const firstTask = ev.find((e) => e.event === "task");
    return {
      bootCpu: boot.cpu,
      readyCpu: ready?.cpu ?? NaN,
      firstTaskWaitWall: firstTask && ready ? firstTask.t - ready.t : NaN,
      docs,
      docCpu: sum(docs.map((d) => d.cpu)),
      /** CPU at the last result: the worker's whole critical path (start-up, documents, gaps). */
      endCpu: lastEnd.cpu,
      betweenCpu: lastEnd.cpu - (ready?.cpu ?? 0) - sum(docs.map((d) => d.cpu)),
      idleWallMs: idleWallMs - (firstTask && ready ? Math.max(0, firstTask.t - ready.t) : 0),
      chars: sum(docs.map((d) => d.chars)),
    };
  });
  const mainCpu = mainExit.cpu;
  const treeCpu = mainCpu + sum(w.map((x) => x.endCpu));
  const busiest = Math.max(...w.map((x) => x.endCpu));
  return {
    wallMs: run.wallMs,
    load: run.load,
    main: { bootCpu: main[0].cpu, beforeForkCpu: mainFork?.cpu ?? NaN, totalCpu: mainCpu, afterForkCpu: mainCpu - (mainFork?.cpu ?? 0) },
    workers: w,
    treeCpu,
    busiest,
    idleEstimate: Math.max(busiest, treeCpu / 2),
  };
}

const f1 = (x) => (Number.isFinite(x) ? x.toFixed(0) : "–");
let warmCost = null;
if (WARM) {
  const r = analyse(await runCli(twiceDir, 1));
  if (process.env.TRACE_DUMP) writeFileSync(`${process.env.TRACE_DUMP}.warm.json`, JSON.stringify(r));
  const docs = r.workers[0].docs;
  // The copies are named by index: document i's second copy is i + files.length.
  warmCost = new Map(docs.slice(files.length).map((d, i) => [docs[i].path, d.cpu]));
  console.log(JSON.stringify({ warm: { firstPassCpu: sum(docs.slice(0, files.length).map((d) => d.cpu)), secondPassCpu: sum(docs.slice(files.length).map((d) => d.cpu)) } }));
}
const results = [];
for (let round = 0; round < ROUNDS; round++) {
  for (const jobs of JOBS) {
    const a = analyse(await runCli(inputDir, jobs));
    a.jobs = jobs;
    if (warmCost) for (const wk of a.workers) wk.excessCpu = sum(wk.docs.map((d) => d.cpu - (warmCost.get(d.path) ?? d.cpu)));
    results.push(a);
    if (process.env.TRACE_DUMP) writeFileSync(`${process.env.TRACE_DUMP}.${round}.${jobs}.json`, JSON.stringify(a));
    console.log(JSON.stringify({ round, jobs, wallMs: a.wallMs, load: a.load, treeCpu: a.treeCpu, busiest: a.busiest, idleEstimate: a.idleEstimate, main: a.main,
      workers: a.workers.map((x) => ({ boot: x.bootCpu, ready: x.readyCpu, firstTaskWait: x.firstTaskWaitWall, docs: x.docs.length, docCpu: x.docCpu, first3: x.docs.slice(0, 3).map((d) => Math.round(d.cpu)), between: x.betweenCpu, idleWall: x.idleWallMs, end: x.endCpu, chars: x.chars, excess: x.excessCpu })) }));
  }
}
console.log("\n| run | jobs | load | wall s | tree CPU s | main CPU s (before 1st fork) | worker: boot / ready / docs CPU / between / end CPU s (docs), wall waiting between documents s | warm-up excess s | busiest s | idle estimate s |");
console.log("|---|---:|---:|---:|---:|---:|---|---|---:|---:|");
results.forEach((a, i) => {
  const ws = a.workers.map((x) => `${(x.bootCpu / 1000).toFixed(2)} / ${(x.readyCpu / 1000).toFixed(2)} / ${(x.docCpu / 1000).toFixed(2)} / ${(x.betweenCpu / 1000).toFixed(2)} / ${(x.endCpu / 1000).toFixed(2)} (${x.docs.length}), waiting ${(x.idleWallMs / 1000).toFixed(2)} wall`).join("; ");
  const ex = a.workers.map((x) => (x.excessCpu !== undefined ? (x.excessCpu / 1000).toFixed(2) : "–")).join(", ");
  console.log(`| ${i} | ${a.jobs} | ${a.load.toFixed(1)} | ${(a.wallMs / 1000).toFixed(2)} | ${(a.treeCpu / 1000).toFixed(2)} | ${(a.main.totalCpu / 1000).toFixed(2)} (${(a.main.beforeForkCpu / 1000).toFixed(2)}) | ${ws} | ${ex} | ${(a.busiest / 1000).toFixed(2)} | ${(a.idleEstimate / 1000).toFixed(2)} |`);
});
const by = (jobs) => results.filter((r) => r.jobs === jobs);
if (by(1).length && by(2).length) {
  const e1 = median(by(1).map((r) => r.idleEstimate));
  const e2 = median(by(2).map((r) => r.idleEstimate));
  console.log(`\nidle estimate, medians: jobs 1 ${(e1 / 1000).toFixed(2)} s, jobs 2 ${(e2 / 1000).toFixed(2)} s: speed-up ${(e1 / e2).toFixed(2)}×; tree CPU jobs 2 ÷ jobs 1 ${(median(by(2).map((r) => r.treeCpu)) / median(by(1).map((r) => r.treeCpu))).toFixed(2)}`);
}
