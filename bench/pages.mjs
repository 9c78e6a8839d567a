#!/usr/bin/env node
/**
 * Long PDFs: peak memory and time of one document at 100, 1,000 and 4,000 pages, through the CLI
 * (`extract --stdout --jobs 1`), as the batch runs it: the figure is the worker process's peak RSS
 * (sampled from /proc every 50 ms; the worker is where a document's memory lives). Two kinds of
 * page: "sparse" (4 lines, the hostile corpus's pages-4000.pdf) and "dense" (the 5 pages of
 * fixtures/compact-2008-dfs-ruled.pdf repeated: ~80 lines, ~90 segments and ~17 rules a page, a
 * whole table on every page; the hostile corpus's dense-4000.pdf). Also the peak of the whole
 * process tree (the CLI, which receives the output, and its worker). docs/batch.md quotes the results.
 *
 *   npm run build && node bench/pages.mjs [--dist other/dist] [--max-memory MB] [--pages 100,1000] [--kinds sparse,dense]
 */
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { densePagesPdf, manyPagesPdf } from "../scripts/hostile/pdfs.mjs";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : fallback;
};
const DIST = resolve(arg("--dist", join(ROOT, "dist")));
const MAX_MEMORY_MB = Number(arg("--max-memory", "4096"));
const PAGES = arg("--pages", "100,1000,4000").split(",").map(Number);
const KINDS = arg("--kinds", "sparse,dense").split(",");
const SAMPLE_MS = 50;

/** RSS in MB, from /proc: the largest of `pid`'s descendants (the worker), and the sum over `pid` and all of them (the process tree). */
function rssMb(pid) {
  const table = new Map();
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const status = readFileSync(`/proc/${name}/status`, "utf8");
      table.set(Number(name), { ppid: Number(/PPid:\s+(\d+)/.exec(status)?.[1] ?? 0), rss: Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) / 1024 });
    } catch {
      // ended meanwhile
    }
  }
  let max = 0;
  let tree = table.get(pid)?.rss ?? 0;
  const stack = [pid];
  while (stack.length) {
    const p = stack.pop();
    for (const [child, info] of table) if (info.ppid === p) {
      max = Math.max(max, info.rss);
      tree += info.rss;
      stack.push(child);
    }
  }
  return { worker: max, tree };
}

function runOne(file) {
  return new Promise((done, fail) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, [join(DIST, "cli", "main.js"), "extract", file, "--stdout", "--jobs", "1", "--max-memory", String(MAX_MEMORY_MB), "--timeout", "600"], { stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    let err = "";
    let peak = 0;
    let treePeak = 0;
    child.stdout.setEncoding("utf8").on("data", (d) => (out += d));
    child.stderr.setEncoding("utf8").on("data", (d) => (err += d));
    const timer = setInterval(() => {
      const now = rssMb(child.pid);
      peak = Math.max(peak, now.worker);
      treePeak = Math.max(treePeak, now.tree);
    }, SAMPLE_MS);
    child.on("error", fail);
    child.on("close", (code) => {
      clearInterval(timer);
      let doc = null;
      try {
        doc = JSON.parse(out);
      } catch {
        // a failure prints no document on stdout
      }
      done({ code, seconds: (performance.now() - t0) / 1000, peakMb: peak, treePeakMb: treePeak, status: doc?.status ?? "none", error: doc?.error?.code ?? (code !== 0 ? err.trim().split("\n").pop() : null), objectives: doc?.objectives?.length ?? 0 });
    });
  });
}


const dir = mkdtempSync(join(tmpdir(), "compacts-pages-"));
try {
  process.stdout.write(`dist ${DIST}, --max-memory ${MAX_MEMORY_MB}, load average ${loadavg()[0].toFixed(1)}\n`);
  process.stdout.write("| pages | kind | worker peak RSS | process tree peak RSS | time | outcome |\n| ---: | --- | ---: | ---: | ---: | --- |\n");
  for (const kind of KINDS) {
    for (const n of PAGES) {
      const file = join(dir, `${kind}-${n}.pdf`);
      writeFileSync(file, kind === "sparse" ? manyPagesPdf(n) : await densePagesPdf(n));
      const r = await runOne(file);
      const outcome = r.error ? `${r.status} ${r.error}` : `${r.status}${r.objectives ? `, ${r.objectives} objectives` : ""}`;
      process.stdout.write(`| ${n.toLocaleString("en-US")} | ${kind} | ${Math.round(r.peakMb)} MB | ${Math.round(r.treePeakMb)} MB | ${r.seconds.toFixed(1)} s | ${outcome} |\n`);
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
