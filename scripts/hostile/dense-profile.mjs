#!/usr/bin/env node
/**
 * Where the dense 4,000-page PDF's memory goes, stage by stage, in one process run as the batch
 * pool runs a lean child (its node flags, malloc tuning and COMPACTS_MAX_MEMORY_MB; the worker's
 * own `convert`, pieces sent through a stand-in channel that takes each piece on the next turn of
 * the event loop). The kernel's high-water mark (VmHWM) is read and reset at every stage, so each
 * line's `peak` is the most the process held during that stage, not a sample.
 *
 *   npm run build && node scripts/hostile/dense-profile.mjs [pages] [--single-threaded]
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const pages = Number(process.argv.find((a) => /^\d+$/.test(a)) ?? 4000);
const MAX_MEMORY_MB = 512;

if (!process.env.COMPACTS_DENSE_PROFILE_CHILD) {
  // The parent: make the PDF once, then run this file again as a lean child would be started.
  const file = join(tmpdir(), `compacts-dense-${pages}.pdf`);
  if (!existsSync(file)) {
    const { densePagesPdf } = await import("./pdfs.mjs");
    writeFileSync(file, await densePagesPdf(pages));
  }
  const { childExecArgv } = await import(join(ROOT, "dist/batch/pool.js"));
  const execArgv = [...childExecArgv(MAX_MEMORY_MB, true), ...(process.argv.includes("--single-threaded") ? ["--single-threaded"] : [])];
  process.stdout.write(`node ${execArgv.join(" ")}\n`);
  const r = spawnSync(process.execPath, [...execArgv, fileURLToPath(import.meta.url), ...process.argv.slice(2)], {
    stdio: "inherit",
    env: { ...process.env, COMPACTS_DENSE_PROFILE_CHILD: file, COMPACTS_MAX_MEMORY_MB: String(MAX_MEMORY_MB), MALLOC_ARENA_MAX: "2", MALLOC_MMAP_THRESHOLD_: String(128 * 1024) },
  });
  process.exit(r.status ?? 1);
}

const file = process.env.COMPACTS_DENSE_PROFILE_CHILD;
const MB = 2 ** 20;
const status = () => readFileSync("/proc/self/status", "utf8");
const kb = (field) => Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(status())?.[1] ?? 0) / 1024;
/** The kernel's peak RSS since the last reset, then reset it (writing 5 to clear_refs). */
function peakSinceLast() {
  const hwm = kb("VmHWM");
  try {
    writeFileSync("/proc/self/clear_refs", "5");
  } catch {
    // not permitted: the mark then runs from the start
  }
  return hwm;
}
const t0 = performance.now();
let overall = 0;
function line(what) {
  const peak = peakSinceLast();
  overall = Math.max(overall, peak);
  const m = process.memoryUsage();
  process.stdout.write(
    `${what.padEnd(22)} rss ${Math.round(m.rss / MB)} MB, peak ${Math.round(peak)}, heapUsed ${Math.round(m.heapUsed / MB)}, heapTotal ${Math.round(m.heapTotal / MB)}, ` +
      `external ${Math.round(m.external / MB)} (arrayBuffers ${Math.round(m.arrayBuffers / MB)}), ${((performance.now() - t0) / 1000).toFixed(1)} s, ` +
      `CPU ${(process.cpuUsage().user / 1e6).toFixed(1)} s user\n`,
  );
}

const { default: convert } = await import(join(ROOT, "dist/batch/worker.js"));
// The worker reports a stage's end and a heartbeat inside a stage alike (no argument): the stage
// running is read from the pipeline's own list (the worker imports the same dist/index.js).
const { STAGES } = await import(join(ROOT, "dist/index.js"));
let running = "extract";
let lastBeat = 0;
for (const s of STAGES) {
  const run = s.run;
  s.run = async (doc, ctx) => {
    running = s.name;
    const out = await run(doc, ctx);
    line(`after ${s.name}`);
    // The worker's valve runs right after this, then reports the end (a line if 10 s have passed).
    running = `the end of ${s.name}`;
    return out;
  };
}
peakSinceLast();
let lastPage = 0;
let chars = 0;
let pieces = 0;
const result = await convert(
  { path: file, fileName: "dense.pdf" },
  {
    progress: (p) => {
      // A heartbeat (at most one a second): a line every 10 s of a long stage.
      if (p === undefined) {
        if (performance.now() - lastBeat >= 10_000) {
          lastBeat = performance.now();
          line(`in ${running}`);
        }
        return;
      }
      if (p.page - lastPage >= 1000 || p.page === p.pages) {
        lastPage = p.page;
        line(`page ${p.page}`);
      }
    },
    piece: async (text) => {
      chars += text.length;
      pieces++;
      if (pieces === 1) line("first piece");
      await new Promise((resolve) => setImmediate(resolve));
    },
  },
);
line("serialised");
process.stdout.write(`${pieces} pieces, ${chars} characters sent; status ${result.status}; peak of the whole run ${Math.round(overall)} MB\n`);
