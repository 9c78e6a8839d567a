#!/usr/bin/env node
/**
 * Run the hostile corpus (make.mjs) in one batch, `--jobs 2 --max-memory 512`, and check:
 *   1. every input has exactly one manifest line, with the expected status/code;
 *   2. the peak RSS of the whole process tree stays under 2 × (512 MB + base), base being the
 *      tree's peak on a one-document run;
 *   3. nothing outside the output folder changed (every file, link and folder hashed before/after);
 *   4. the good files' outputs are byte-identical to a clean run over the good files alone.
 * Prints the figures (docs/batch.md quotes them); exit 1 if any check fails.
 *
 *   npm run build && node scripts/hostile/run.mjs [--keep]
 *
 * As root, the batches run as "nobody" (uid 65534): root reads every folder whatever its mode, and
 * the unreadable folder would not be unreadable.
 */
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { chown, lstat, mkdtemp, readdir, readFile, readlink, rm } from "node:fs/promises";
import { readFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { makeCorpus } from "./make.mjs";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const CLI = join(ROOT, "dist", "cli", "main.js");
const MAX_MEMORY_MB = 512;
const JOBS = 2;
/** How often the process tree's RSS is sampled. */
const SAMPLE_MS = 50;
const NOBODY = 65534;
/** The long dense PDF (make.mjs): its outcome and the workers' peak are reported on their own. */
const DENSE = "in/bombs/dense-4000.pdf";
const asRoot = process.getuid?.() === 0;
const keep = process.argv.includes("--keep");

/** pid → { ppid, rssMb } for every process, from /proc. */
function processTable() {
  const table = new Map();
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const status = readFileSync(`/proc/${name}/status`, "utf8");
      const ppid = Number(/PPid:\s+(\d+)/.exec(status)?.[1] ?? 0);
      const rss = Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) / 1024;
      table.set(Number(name), { ppid, rssMb: rss });
    } catch {
      // the process ended meanwhile
    }
  }
  return table;
}

/** Sum of RSS over `pid` and all its descendants, and the largest single descendant (a worker). */
function treeRssMb(pid) {
  const table = processTable();
  let sum = 0;
  let worker = 0;
  const stack = [pid];
  while (stack.length) {
    const p = stack.pop();
    const rss = table.get(p)?.rssMb ?? 0;
    sum += rss;
    if (p !== pid) worker = Math.max(worker, rss);
    for (const [child, info] of table) if (info.ppid === p) stack.push(child);
  }
  return { sum, worker };
}

/** Run the CLI; resolves with exit code, stderr, wall time and the tree's peak RSS. */
function runCli(args, cwd) {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, [CLI, ...args], { cwd, stdio: ["ignore", "ignore", "pipe"], ...(asRoot ? { uid: NOBODY, gid: NOBODY } : {}) });
    let stderr = "";
    let peak = 0;
    let workerPeak = 0;
    child.stderr.setEncoding("utf8").on("data", (d) => (stderr += d));
    const timer = setInterval(() => {
      const now = treeRssMb(child.pid);
      peak = Math.max(peak, now.sum);
      workerPeak = Math.max(workerPeak, now.worker);
    }, SAMPLE_MS);
    child.on("error", reject);
    child.on("close", (code) => {
      clearInterval(timer);
      resolve({ code, stderr, seconds: (performance.now() - t0) / 1000, peakMb: peak, workerPeakMb: workerPeak });
    });
  });
}

/** path → fingerprint of everything under `dir` except `skip` folders: file hashes, link targets, modes. */
async function fingerprint(dir, skip) {
  const out = new Map();
  const visit = async (p) => {
    const rel = relative(dir, p) || ".";
    if (skip.some((s) => p === s)) return;
    const st = await lstat(p);
    if (st.isSymbolicLink()) out.set(rel, `link ${await readlink(p)}`);
    else if (st.isDirectory()) {
      out.set(rel, `dir ${st.mode.toString(8)}`);
      const entries = await readdir(p).catch(() => null);
      if (entries === null) return; // unreadable: its mode above is what we can compare
      for (const e of entries.sort()) await visit(join(p, e));
    } else {
      const content = await readFile(p).catch(() => null);
      out.set(rel, `file ${st.mode.toString(8)} ${st.size} ${content ? createHash("sha256").update(content).digest("hex") : "unreadable"}`);
    }
  };
  await visit(dir);
  return out;
}

async function chownTree(path, except) {
  if (path === except) return;
  const st = await lstat(path);
  await chown(path, NOBODY, NOBODY).catch(() => {});
  if (st.isDirectory() && !st.isSymbolicLink()) for (const e of await readdir(path)) await chownTree(join(path, e), except);
}

const failures = [];
const check = (ok, what) => {
  process.stdout.write(`${ok ? "ok  " : "FAIL"}  ${what}\n`);
  if (!ok) failures.push(what);
};

const dir = await mkdtemp(join(tmpdir(), "compacts-hostile-"));
try {
  process.stdout.write(`corpus in ${dir}\n`);
  const t0 = performance.now();
  const { expect } = await makeCorpus(dir);
  process.stdout.write(`made ${Object.keys(expect).length} inputs in ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);
  // "nobody" must own what it may write (so the surroundings check means something) but not the locked folder.
  if (asRoot) await chownTree(dir, join(dir, "in", "locked"));

  // Base: the tree's peak on a one-document run.
  const base = await runCli(["extract", "clean/in/good/compact-2008-dfs.txt", "-o", "base-out", "--jobs", "1", "--quiet"], dir);
  const limitMb = 2 * (MAX_MEMORY_MB + base.peakMb);

  const skip = [join(dir, "out"), join(dir, "base-out"), join(dir, "clean")];
  const before = await fingerprint(dir, skip);
  const run = await runCli(["extract", "in", "-o", "out", "--jobs", String(JOBS), "--max-memory", String(MAX_MEMORY_MB)], dir);
  const after = await fingerprint(dir, skip);
  const clean = await runCli(["extract", "in", "-o", "../clean-out", "--jobs", String(JOBS), "--max-memory", String(MAX_MEMORY_MB), "--quiet"], join(dir, "clean"));

  process.stdout.write(`\nhostile batch: exit ${run.code}, ${run.seconds.toFixed(1)} s, peak RSS of the process tree ${Math.round(run.peakMb)} MB ` +
    `(base ${Math.round(base.peakMb)} MB, limit 2 × (${MAX_MEMORY_MB} + base) = ${Math.round(limitMb)} MB); ` +
    `largest worker ${Math.round(run.workerPeakMb)} MB\n\n`);

  // 1. one line per input, the right outcome
  const manifest = (await readFile(join(dir, "out", "manifest.jsonl"), "utf8")).trimEnd().split("\n").map((l) => JSON.parse(l));
  const byFile = new Map();
  for (const e of manifest) byFile.set(e.file, [...(byFile.get(e.file) ?? []), e]);
  for (const [file, want] of Object.entries(expect)) {
    const lines = byFile.get(file) ?? [];
    const e = lines[0];
    const got = e ? `${e.status}${e.error ? ` ${e.error.code}` : ""}${e.warningCodes.length ? ` [${e.warningCodes.join(",")}]` : ""} ${e.ms} ms` : "no line";
    const ok =
      lines.length === 1 &&
      want.status.includes(e.status) &&
      (want.codes === undefined || want.codes.includes(e.error?.code)) &&
      (want.warningCodes ?? []).every((w) => e.warningCodes.includes(w));
    check(ok, `${JSON.stringify(file).padEnd(44)} ${got}`);
  }
  const unexpected = manifest.filter((e) => !(e.file in expect)).map((e) => e.file);
  check(unexpected.length === 0, `no manifest line for anything else${unexpected.length ? `: ${unexpected.join(", ")}` : ""}`);
  check(run.code === 1, `exit code 1 (some failed): ${run.code}`);
  check(!/^\s+at .+:\d+:\d+\)?$/m.test(run.stderr), "no stack trace on stderr");
  // Every stderr line is a whole message: a file name's newline is printed escaped, never raw.
  const torn = run.stderr.split("\n").filter((l) => l.startsWith("line.txt"));
  check(torn.length === 0 && run.stderr.includes('"in/good/names/new\\nline.txt"'), `the name with a newline printed escaped, on one line${torn.length ? `: ${torn[0]}` : ""}`);

  // 2. memory: the tree, and each worker (the pool kills one over --max-memory: a long document
  // converted, not OUT_OF_MEMORY, above, stayed under it throughout)
  check(run.peakMb < limitMb, `peak RSS ${Math.round(run.peakMb)} MB < ${Math.round(limitMb)} MB`);
  const dense = byFile.get(DENSE)?.[0];
  check(
    dense !== undefined && dense.status !== "failure" && run.workerPeakMb <= MAX_MEMORY_MB * 1.05,
    `${DENSE} (4,000 dense pages) converted within --max-memory ${MAX_MEMORY_MB}: ${dense ? `${dense.status}, ${dense.ms} ms` : "no line"}; largest worker ${Math.round(run.workerPeakMb)} MB`,
  );

  // 3. surroundings
  const changed = [...new Set([...before.keys(), ...after.keys()])].filter((k) => before.get(k) !== after.get(k));
  check(changed.length === 0, `nothing outside the output folder changed (${before.size} paths hashed)${changed.length ? `: ${changed.join(", ")}` : ""}`);
  const outEntries = await readdir(join(dir, "out"));
  check(!outEntries.some((f) => f.startsWith(".compacts-tmp-")), "the stale temp file in the output folder was swept");
  check(!outEntries.includes(".compacts.lock"), "the lock was released");

  // 4. good outputs equal a clean run's
  const goods = Object.entries(expect).filter(([, w]) => w.good).map(([f]) => f);
  let identical = 0;
  const differing = [];
  for (const f of goods) {
    const name = byFile.get(f)?.[0]?.output;
    const a = name ? await readFile(join(dir, "out", name)).catch(() => null) : null;
    const b = name ? await readFile(join(dir, "clean-out", name)).catch(() => null) : null;
    if (a && b && a.equals(b)) identical++;
    else differing.push(f);
  }
  check(differing.length === 0 && clean.code === 0, `${identical}/${goods.length} good outputs byte-identical to a clean run (clean exit ${clean.code}, ${clean.seconds.toFixed(1)} s)${differing.length ? `; differ: ${differing.join(", ")}` : ""}`);
} finally {
  if (keep) process.stdout.write(`kept ${dir}\n`);
  else {
    await import("node:fs/promises").then((fs) => fs.chmod(join(dir, "in", "locked"), 0o755)).catch(() => {});
    await rm(dir, { recursive: true, force: true });
  }
}
process.stdout.write(failures.length ? `\n${failures.length} check(s) failed\n` : "\nall checks passed\n");
process.exitCode = failures.length ? 1 : 0;
