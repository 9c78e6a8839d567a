// A fresh batch worker's warm-up under other V8 flags (session 47, h-speed47; bench/README.md).
// Forks the child host (dist/batch/child.js) with the bundled worker, as the pool does (its flags,
// environment and code cache), plus the extra flags of each set; sends the files one at a time and
// reads the child's CPU (user + system, all threads, /proc/PID/stat) when it is ready and after
// each document. Flag sets are interleaved within each round. A set's code cache (V8 takes a cache
// only from the same flags) is made first as scripts/bundle-worker.mjs makes the default one: a
// child with those flags converts the same eight warm-up documents and writes it.
//
//   node bench/child-warmup.mjs [--root CHECKOUT] [--rounds N] [--at 10,40] [--warm-up F,F…] --flags "SET|SET…" FILE…
//
// A SET is space-separated node flags ("" = the pool's own). `snapshot=BLOB` in a set (session 56,
// h-snap56) starts the child from a V8 startup snapshot made with the pool's flags (`snapshot`:
// dist/batch/worker.snapshot.blob); the build makes none (bench/README.md, "Session 56: h-snap56"),
// and the blob's entry must run the child's task loop itself. Prints one JSON line per run, then
// per set the median CPU of the documents up to each count of --at (s), and of start-up to ready,
// how the child started (its "ready"), its RSS at ready and its peak RSS (VmHWM) at the end.
import { fork } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { totalmem } from "node:os";
import { basename, dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { takeOption } from "./args.mjs";

const HERE = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const opt = (name, dflt) => takeOption(args, name, dflt);
const ROOT = opt("--root", join(HERE, ".."));
const ROUNDS = Number(opt("--rounds", "3"));
const AT = opt("--at", "10,40").split(",").map(Number);
/** Documents a missing cache is made with, instead of scripts/bundle-worker.mjs's (comma-separated). */
const WARM_UP = opt("--warm-up", "");
const SETS = opt("--flags", "").split("|").map((s) => s.trim().split(/\s+/).filter(Boolean));
/** A set's node flags: `snapshot` / `snapshot=BLOB` become `--snapshot-blob BLOB`. */
const nodeFlags = (flags) => flags.flatMap((f) => (f === "snapshot" ? ["--snapshot-blob", join(ROOT, "dist", "batch", "worker.snapshot.blob")] : f.startsWith("snapshot=") ? ["--snapshot-blob", f.slice(9)] : [f]));
const files = args;
if (files.length === 0) {
  console.error('usage: node bench/child-warmup.mjs [--root DIR] [--rounds N] [--at 10,40] --flags "SET|SET…" FILE…');
  process.exit(2);
}
const dist = join(ROOT, "dist", "batch");
const { childExecArgv } = await import(pathToFileURL(join(dist, "pool.js")).href);
const { defaultMaxMemoryMb } = await import(pathToFileURL(join(dist, "run.js")).href);
const { codeCacheFile } = await import(pathToFileURL(join(dist, "code-cache.js")).href);
const { MAX_MEMORY_ENV } = await import(pathToFileURL(join(dist, "relief.js")).href);
const host = join(dist, "child.js");
const bundle = join(dist, "worker.bundle.cjs");
const maxMemoryMb = defaultMaxMemoryMb(1, totalmem());
const env = { ...process.env, MALLOC_ARENA_MAX: "2", MALLOC_MMAP_THRESHOLD_: String(128 * 1024), [MAX_MEMORY_ENV]: String(maxMemoryMb) };
delete env.NODE_OPTIONS;
const TICK_MS = 10; // CLK_TCK 100 on Linux
const cpuMs = (pid) => {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  const f = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return (Number(f[11]) + Number(f[12])) * TICK_MS; // utime, stime (fields 14, 15 of stat)
};

/** A field of /proc/PID/status in MB (VmRSS: resident now; VmHWM: the most it has been). */
const statusMb = (pid, field) => Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1]) / 1024;

/** One child with `flags` over `list`: CPU at ready and after each document. */
function runChild(flags, list) {
  return new Promise((resolve, reject) => {
    const child = fork(host, [bundle], { execArgv: [...childExecArgv(maxMemoryMb, false), ...nodeFlags(flags)], env, stdio: ["ignore", "ignore", "inherit", "ipc"], serialization: "advanced" });
    const marks = [];
    let next = 0;
    let ready = NaN;
    let start = "?";
    let rssReady = NaN;
    const send = () => child.send({ id: next + 1, task: { path: list[next], fileName: basename(list[next]) } });
    child.on("message", (m) => {
      if (m.type === "ready") {
        ready = cpuMs(child.pid);
        start = m.start ?? "?";
        rssReady = statusMb(child.pid, "VmRSS");
        return send();
      }
      if (m.type !== "result" && m.type !== "error") return;
      if (m.type === "error" || m.result.status === "failure") return reject(new Error(`${list[next]}: failed`));
      marks.push(cpuMs(child.pid));
      if (++next < list.length) send();
      else {
        const peakRss = statusMb(child.pid, "VmHWM");
        child.kill("SIGKILL");
        resolve({ ready, marks, start, rssReady, peakRss });
      }
    });
    child.on("error", reject);
  });
}

// scripts/bundle-worker.mjs's sixteen: a child writes its cache after CACHE_AFTER_DOCUMENTS (16) documents,
// so the first eight alone (this list until session 55) left every new flag set without a cache.
const bundleWarmUp = [
  "fixtures/compact-2008-dfs.txt", "test/fixtures/pdf/seed-ruled.pdf", "test/fixtures/pdf/seed-borderless.pdf", "test/fixtures/pdf/seed-narrow.pdf",
  "test/fixtures/pdf/seed-furniture.pdf", "test/fixtures/pdf/two-column-report.pdf", "test/fixtures/pdf/risks-rotated.pdf", "fixtures/compact-2012-markdown.md",
  "fixtures/compact-2012-ohrm-four-columns.txt", "test/fixtures/compacts/desa-2009-no-bullets.txt", "test/fixtures/compacts/dgacm-2013-numbered-sections.txt",
  "test/fixtures/compacts/dpi-2010-space-aligned.txt", "test/fixtures/compacts/ola-2011-page-break.txt", "fixtures/compact-2008-dfs-ruled.pdf",
  "fixtures/compact-risks-landscape.pdf", "fixtures/A-60-209-note.txt",
].map((f) => join(ROOT, f));
const warmUp = WARM_UP ? WARM_UP.split(",") : bundleWarmUp;
for (const flags of SETS) {
  if (flags.some((f) => f.startsWith("snapshot"))) continue; // a snapshot child reads no code cache
  const cache = codeCacheFile(bundle, [...childExecArgv(maxMemoryMb, false), ...flags]);
  if (existsSync(cache)) continue;
  await runChild(flags, warmUp);
  for (let i = 0; i < 50 && !existsSync(cache); i++) await new Promise((r) => setTimeout(r, 100));
  if (!existsSync(cache)) throw new Error(`no code cache written for ${flags.join(" ")}`);
}

const runs = SETS.map(() => []);
for (let round = 0; round < ROUNDS; round++) {
  for (const [k, flags] of SETS.entries()) {
    const r = await runChild(flags, files);
    runs[k].push(r);
    console.log(JSON.stringify({ round, flags: flags.join(" "), start: r.start, ready: r.ready, at: AT.map((n) => r.marks[Math.min(n, r.marks.length) - 1] - r.ready), rssReady: Math.round(r.rssReady), peakRss: Math.round(r.peakRss) }));
  }
}
const median = (xs) => {
  const v = [...xs].sort((a, b) => a - b);
  return v.length % 2 ? v[(v.length - 1) / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
};
console.log(`\n| flags (besides the pool's) | start | ready s | ${AT.map((n) => `first ${n} docs s (min–max)`).join(" | ")} | RSS ready MB | peak MB |`);
console.log(`|---|---|---:|${AT.map(() => "---:|").join("")}---:|---:|`);
for (const [k, flags] of SETS.entries()) {
  const cells = AT.map((n) => {
    const xs = runs[k].map((r) => r.marks[Math.min(n, r.marks.length) - 1] - r.ready);
    return `${(median(xs) / 1000).toFixed(2)} (${(Math.min(...xs) / 1000).toFixed(2)}–${(Math.max(...xs) / 1000).toFixed(2)})`;
  });
  const starts = [...new Set(runs[k].map((r) => r.start))].join(",");
  console.log(`| ${flags.join(" ") || "(none)"} | ${starts} | ${(median(runs[k].map((r) => r.ready)) / 1000).toFixed(2)} | ${cells.join(" | ")} | ${median(runs[k].map((r) => r.rssReady)).toFixed(0)} | ${median(runs[k].map((r) => r.peakRss)).toFixed(0)} |`);
}
