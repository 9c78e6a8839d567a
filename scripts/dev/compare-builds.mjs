#!/usr/bin/env node
/**
 * Two builds of the pipeline read every tuned corpus input of one format; which inputs read
 * differently? The merge check of the team's workflow: a rule is judged by every input it moves,
 * gains and losses, not by per-rendering totals where one can hide the other.
 *
 *   npm run build && node scripts/dev/compare-builds.mjs --base /work/main/dist --new dist --format text
 *     [--only corpus8,corpus13]  [--skip val9c,val20g]  [--cache DIR]  [--list]  [--json]
 *
 * --skip: splits not read (a session's check draws: judged by their totals alone, val.mjs --splits).
 *
 * - Inputs: every document of every test/corpus*\/manifest.json (and val*\/manifest.json beside them)
 *   with a rendering of the format (`text`: *.txt keys, `pdf`, `md`). **Held-out splits
 *   (`holdout*`) are never read.**
 * - Per input and build: rows exact (scripts/dev/row-exact.mjs, as rows.mjs counts), the kind, and a
 *   hash of the whole output but `source`. An input *differs* when the hashes differ; it is a gain or a
 *   loss when rows exact moved, neutral otherwise (provenance, warnings, entities …).
 * - Each build is read by a child process of its own (the two run side by side). Results are cached
 *   per build (the dist folder's real path and its files' sizes and times) and input (its path in the
 *   repository, so worktrees share slots) under
 *   --cache (default $TMPDIR/compare-builds): re-running against the same base costs only the new
 *   build. A build that changes while it is read (vitest's set-up rebuilding a stale dist/, `npm run
 *   build`) stops the compare with exit 3 and its cache is dropped (session 52).
 * Output: the differing inputs (corpus, split, id, rendering, base → new rows, kind), then counts of
 * gains/losses/neutral with the rows they move. Exit 0 whatever differs (it is a report, not a gate).
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, readdirSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { fork } from "node:child_process";
import { formatOfKey, rowsExact } from "./row-exact.mjs";
import { corpusManifests } from "../corpus/manifests.mjs";
import { warnIfStale } from "../build-stamp.mjs";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
const args = process.argv.slice(2);
const opt = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const FORMATS = { text: "text", pdf: "pdf", md: "markdown", markdown: "markdown" };

/** Every tuned input of `format`: { corpus, dir, split, id, key, file, truth }. */
export function inputs(format, only = new Set(), skip = new Set()) {
  const found = [];
  for (const { corpus, dir, path } of corpusManifests(ROOT, only)) {
    for (const d of JSON.parse(readFileSync(path, "utf8")).documents ?? []) {
      if (/^holdout/.test(d.split) || skip.has(d.split) || !d.truth) continue;
      for (const [key, file] of Object.entries(d.renderings ?? {})) {
        if (formatOfKey(key) === format) found.push({ corpus, split: d.split, id: d.id, key, file: join(dir, file), truth: join(dir, d.truth) });
      }
    }
  }
  return found;
}

/**
 * The cache folder of one build: its real path and every file's size and time under it (a build stamp
 * alone is not enough: `tsc -p tsconfig.build.json` rebuilds dist/ without touching it).
 */
export function cacheFor(dist, root) {
  const dir = join(root, buildKey(dist));
  mkdirSync(dir, { recursive: true });
  return dir;
}

/**
 * A build's identity: its real path and every file's size and time under it. Session 52: four helpers'
 * vitest runs rebuilt a dist/ (vitest's set-up builds a stale one) while a compare was reading it; the
 * child now re-takes this key every 100 inputs and stops when it moved, dropping what it cached under
 * the old key (a mix of two builds under one build's name would be read back by every later compare).
 */
export function buildKey(dist) {
  const real = realpathSync(dist);
  const h = createHash("sha1").update(real);
  const walk = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile()) { const st = statSync(p); h.update(`\n${relative(real, p)}:${st.size}:${st.mtimeMs}`); }
    }
  };
  walk(real);
  return h.digest("hex").slice(0, 16);
}

/** An input's slot in a build's cache: its path in the repository (the same in every worktree). */
export const slotName = (file) => createHash("sha1").update(relative(ROOT, file)).digest("hex").slice(0, 20) + ".json";

/** Child: read every input with one build, answer { file → result }. */
async function child() {
  // The parent gone (killed by its pid, a closed terminal) closes the IPC channel: stop reading rather
  // than run on for minutes with nobody to answer (session 45: a killed compare left its children).
  process.on("disconnect", () => process.exit(0));
  const { dist, cache, list, format } = await new Promise((ok) => process.once("message", ok));
  const { extract } = await import(join(realpathSync(dist), "index.js"));
  const key = basename(cache);
  const results = {};
  let done = 0;
  for (const inp of list) {
    const slot = join(cache, slotName(inp.file));
    if (existsSync(slot)) { results[inp.file] = JSON.parse(readFileSync(slot, "utf8")); continue; }
    let r;
    try {
      const out = await extract(inp.file, { format });
      const { source, ...rest } = out;
      const truth = JSON.parse(readFileSync(inp.truth, "utf8"));
      r = { exact: rowsExact(out, truth).exact, rows: truth.rows.length, kind: out.kind, hash: createHash("sha1").update(JSON.stringify(rest)).digest("hex") };
    } catch (e) {
      r = { exact: 0, rows: 0, kind: "error", hash: `error:${e?.message ?? e}` };
    }
    writeFileSync(`${slot}.${process.pid}`, JSON.stringify(r));
    renameSync(`${slot}.${process.pid}`, slot); // whole or absent: helpers share the cache
    results[inp.file] = r;
    if (++done % 100 === 0) {
      process.stderr.write(`  ${dist}: ${done} read\n`);
      stopIfRebuilt(dist, cache, key);
    }
  }
  if (done > 0) stopIfRebuilt(dist, cache, key);
  process.send(results, () => process.disconnect());
}

/** The child's check that its build is still the one its cache is named for (buildKey); exit 3 when not. */
function stopIfRebuilt(dist, cache, key) {
  if (buildKey(dist) === key) return;
  rmSync(cache, { recursive: true, force: true });
  process.stderr.write(`compare-builds: ${dist} changed while it was read (a build ran there: vitest's set-up, npm run build); ` +
    `its cache ${cache} is dropped and no result is given — rebuild, leave it alone, and compare again\n`);
  process.exit(3);
}

async function main() {
  const format = FORMATS[opt("--format", "text")];
  if (!format) throw new Error(`--format text|pdf|md, not ${opt("--format")}`);
  const baseDist = opt("--base"), newDist = opt("--new");
  if (!baseDist || !newDist) throw new Error("--base DIST and --new DIST are required");
  warnIfStale(baseDist, "compare-builds --base");
  warnIfStale(newDist, "compare-builds --new");
  const only = new Set((opt("--only", "") ?? "").split(",").filter(Boolean));
  const skip = new Set((opt("--skip", "") ?? "").split(",").filter(Boolean));
  const list = inputs(format, only, skip);
  if (args.includes("--list")) { for (const i of list) console.log(relative(ROOT, i.file)); return; }
  const cacheRoot = resolve(opt("--cache", join(tmpdir(), "compare-builds")));
  process.stderr.write(`${list.length} ${format} inputs\n`);
  const read = (dist) => new Promise((ok, fail) => {
    const c = fork(fileURLToPath(import.meta.url), ["--child"], { stdio: ["ignore", "inherit", "inherit", "ipc"] });
    c.send({ dist, cache: cacheFor(dist, cacheRoot), list, format }); // the list is too long for argv
    let got;
    c.on("message", (m) => { got = m; });
    c.on("exit", (code) => (got ? ok(got) : code === 3 ? process.exit(3) : fail(new Error(`${dist}: child exited ${code}`))));
  });
  const same = realpathSync(baseDist) === realpathSync(newDist);
  const [a, b] = same ? await read(baseDist).then((r) => [r, r]) : await Promise.all([read(baseDist), read(newDist)]);
  const rows = [];
  const count = { gain: [0, 0], loss: [0, 0], neutral: [0, 0] };
  for (const i of list) {
    const x = a[i.file], y = b[i.file];
    if (x.hash === y.hash) continue;
    const kind = y.exact > x.exact ? "gain" : y.exact < x.exact ? "loss" : "neutral";
    count[kind][0]++; count[kind][1] += y.exact - x.exact;
    rows.push({ kind, corpus: i.corpus, split: i.split, id: i.id, key: i.key, base: x.exact, new: y.exact, rows: x.rows, baseKind: x.kind, newKind: y.kind });
  }
  if (args.includes("--json")) { console.log(JSON.stringify({ format, inputs: list.length, differ: rows, count }, null, 1)); return; }
  for (const r of rows) console.log(`${r.kind.padEnd(7)} ${r.corpus} ${r.split} ${r.id} ${r.key} ${r.base} → ${r.new} /${r.rows}${r.baseKind !== r.newKind ? ` kind ${r.baseKind} → ${r.newKind}` : ""}`);
  console.log(`${format}: ${list.length} inputs, ${rows.length} differ — gains ${count.gain[0]} (${count.gain[1] >= 0 ? "+" : ""}${count.gain[1]} rows), losses ${count.loss[0]} (${count.loss[1]} rows), neutral ${count.neutral[0]}`);
}

if (process.argv[2] === "--child") await child();
else if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
