#!/usr/bin/env node
/**
 * Instruction counts of one stage (or the whole pipeline) under valgrind's callgrind: a measure
 * that a loaded machine does not move (wall and CPU time do; the KVM guest has no `perf`
 * instruction counter). Session 43, h-perf8.
 *
 *   node bench/icount.mjs --build DIR --stage tables|entities|…|all --docs FILE.v8 --warm W --reps N files…
 *
 * The documents as they enter the stage are kept once (by DIR's build; `--docs` saves them with
 * v8.serialize on the first run and reads them on later runs, so two builds read the same
 * pre-stage documents and no extraction runs under valgrind). `--warm` passes over them run
 * first; then, with CG_TOGGLE=1, callgrind's instrumentation is switched on (`callgrind_control
 * -i on <pid>`), `--reps` passes run, and it is switched off again:
 *
 *   CG_TOGGLE=1 valgrind --tool=callgrind --instr-atstart=no --callgrind-out-file=/tmp/cg.out \
 *     node bench/icount.mjs --build . --stage tables --docs /tmp/pdf-tables.v8 --warm 2 --reps 2 test/fixtures/pdf/<the bench PDFs>
 *
 * prints "Collected : N" (instructions of the measured passes, JIT code and V8's threads included)
 * on stderr. Without CG_TOGGLE, `--max M` makes clones for M measured passes whatever --reps is, so
 * two runs (--reps N and --reps 0) differ by the stage calls only.
 *
 * Session 54's lesson: one stage's count repeats only after ≥ 300 warm passes (`--warm 300`) or with
 * node's `--interrupt-budget=16384` (V8 then optimises after far fewer calls); with `--warm 2` two
 * counts of one build differed by 6 % (TurboFan compiling inside the window).
 *
 * Session 45 (h-perf45): repeatable counts. Run node with V8's predictable flags so that the garbage
 * collector and the optimising compiler work on the main thread at points the program decides (not
 * on background threads callgrind counts whenever they happen to run):
 *
 *   CG_TOGGLE=1 valgrind --tool=callgrind --instr-atstart=no --callgrind-out-file=/dev/null \
 *     node --predictable --predictable-gc-schedule --random-seed=1 --hash-seed=1 \
 *     bench/icount.mjs --build . --stage all --warm 2 --reps 2 <the ten bench PDFs>
 *
 * (bench/icount-run.sh runs it N times per build and prints each run's count.) More stages:
 *   --stage raw     pdf.js getDocument + getTextContent on every page + destroy, as
 *                   pdf-raw-vs-pipeline's raw column (the pipeline's dist imported first, as there);
 *   --stage ops     pdf.js getDocument + getOperatorList on every page + destroy, opened as the
 *                   pipeline opens a document (openDocument, skipFontLoading): the part of the
 *                   extract stage that is pdf.js's;
 *   --stage all --by-stage   the whole pipeline, its count split by stage (callgrind_control -e
 *                   read around every stage; the reads' own cost, measured on empty intervals, is
 *                   taken off). Prints one JSON line {stage: instructions} on stdout.
 * With CG_TOGGLE=1 the total of the measured passes is printed on stdout too ("icount N").
 */
import { readFileSync, writeFileSync, existsSync } from "node:fs";
import { serialize, deserialize } from "node:v8";
import { execFileSync } from "node:child_process";
const TOGGLE = process.env.CG_TOGGLE === "1";
/**
 * pdf.js's evaluator gives the event loop back every 20 ms of wall time (pdf.worker.mjs
 * TimeSlotManager, read from Date.now() every 100 operators), flushing the operator list read so
 * far as a chunk of its own: under valgrind (~50× slower, slower still at load 20–30) pages were cut
 * into many more chunks than in a native run, and how many depended on the load — two runs of one
 * build counted 5.06 and 6.14 G instructions. The clock is held still here (pdf.js's only other
 * reads of it are a font's creation date and its INFOS log), so every page is read in one slot as
 * a native run reads the bench's pages. `--live-clock` keeps the real one.
 */
/**
 * `--sync-inflate` removes DecompressionStream before pdf.js loads, so pdf.js inflates with its own
 * synchronous FlateStream (the same bytes; more pdf.js instructions than a real run, the same in both
 * builds). Tried in session 45 against the spread the held clock leaves (whole pipeline 8–9 %): not
 * the cause — raw getTextContent on four PDFs moved 1.4 % with node's inflate and 2.2 % without it.
 */
if (process.argv.includes("--sync-inflate")) delete globalThis.DecompressionStream;
if (!process.argv.includes("--live-clock")) {
  const still = Date.now();
  Date.now = () => still;
}
const cg = (on) => {
  if (TOGGLE) execFileSync("callgrind_control", ["-i", on ? "on" : "off", String(process.pid)], { stdio: "ignore" });
};
/** Instructions counted so far (every thread), read from the running callgrind. */
const counted = () => {
  const out = execFileSync("callgrind_control", ["-e", String(process.pid)], { encoding: "utf8" });
  let n = 0;
  for (const m of out.matchAll(/^\s+Th \d+\s+([\d,]+)/gm)) n += Number(m[1].replaceAll(",", ""));
  return n;
};
import { join, basename } from "node:path";

const args = process.argv.slice(2);
const opts = new Map();
const files = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === "--live-clock" || args[i] === "--by-stage" || args[i] === "--sync-inflate") opts.set(args[i], "1");
  else if (args[i].startsWith("--")) opts.set(args[i], args[++i]);
  else files.push(args[i]);
}
const BUILD = opts.get("--build");
const STAGE = opts.get("--stage") ?? "tables";
const WARM = Number(opts.get("--warm") ?? 2);
const REPS = Number(opts.get("--reps") ?? 0);
const MAX = Number(opts.get("--max") ?? REPS);
const lib = await import(join(BUILD, "dist", "index.js"));
const data = lib.loadDomainData();
const inputs = files.map((f) => ({ name: basename(f), bytes: new Uint8Array(readFileSync(f)) }));

if (STAGE === "raw" || STAGE === "ops") {
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const reader = await import(join(BUILD, "dist", "extract", "pdf.js"));
  const pass = async (bytes) => {
    if (STAGE === "raw") {
      const task = pdfjs.getDocument({ data: bytes.slice(), isEvalSupported: false, verbosity: 0, useSystemFonts: false, disableFontFace: true });
      const pdf = await task.promise;
      for (let n = 1; n <= pdf.numPages; n++) await (await pdf.getPage(n)).getTextContent();
      await task.destroy();
    } else {
      const task = reader.openDocument(bytes.slice(), "faces");
      const pdf = reader.skipFontLoading(await task.promise, "faces");
      for (let n = 1; n <= pdf.numPages; n++) await (await pdf.getPage(n)).getOperatorList({ annotationMode: pdfjs.AnnotationMode.DISABLE });
      await task.destroy();
    }
  };
  for (let k = 0; k < WARM + REPS; k++) {
    if (k === WARM) cg(true);
    for (const { bytes } of inputs) await pass(bytes);
  }
  if (TOGGLE) console.log(`icount ${counted()}`);
  cg(false);
} else if (STAGE === "all") {
  const BY_STAGE = opts.has("--by-stage");
  const byStage = new Map();
  let reads = 0;
  if (BY_STAGE && TOGGLE) {
    for (const st of lib.STAGES) {
      const run = st.run;
      st.run = async (doc, ctx) => {
        if (!measuring) return run(doc, ctx);
        const before = counted();
        const out = await run(doc, ctx);
        const [sum, calls] = byStage.get(st.name) ?? [0, 0];
        byStage.set(st.name, [sum + counted() - before, calls + 1]);
        reads++;
        return out;
      };
    }
  }
  let measuring = false;
  let start = 0;
  for (let k = 0; k < WARM + REPS; k++) {
    if (k === WARM) {
      cg(true);
      measuring = true;
      start = TOGGLE ? counted() : 0;
    }
    for (const { name, bytes } of inputs) await lib.extract(new Uint8Array(bytes), { fileName: name, data, ocr: "off" });
  }
  measuring = false;
  if (TOGGLE) {
    const total = counted() - start;
    if (BY_STAGE) {
      // A read's own cost (the spawn of callgrind_control, counted in part on both sides): empty intervals.
      const e0 = counted();
      for (let i = 0; i < 5; i++) counted();
      const perRead = (counted() - e0) / 6;
      // Each stage's interval holds about one read (the end of the read before it, the start of the one after).
      const stages = Object.fromEntries([...byStage].map(([k, [sum, calls]]) => [k, Math.round(sum - perRead * calls)]));
      const within = Object.values(stages).reduce((a, b) => a + b, 0);
      console.log(JSON.stringify({ total, perRead: Math.round(perRead), reads, ...stages, glue: Math.round(total - within - 2 * perRead * reads) }));
    } else console.log(`icount ${total}`);
  }
  cg(false);
} else {
  const at = lib.STAGES.findIndex((s) => s.name === STAGE);
  if (at < 0) throw new Error(`no stage ${STAGE}`);
  let kept = [];
  const original = lib.STAGES[at].run;
  const SAVE = opts.get("--docs");
  if (SAVE && existsSync(SAVE)) {
    kept = deserialize(readFileSync(SAVE)).map(({ doc, options }) => ({ doc, ctx: { options, data } }));
  } else {
    lib.STAGES[at].run = (doc, ctx) => {
      kept.push({ doc: structuredClone(doc), ctx });
      return original(doc, ctx);
    };
    for (const { name, bytes } of inputs) await lib.extract(new Uint8Array(bytes), { fileName: name, data, ocr: "off" });
    lib.STAGES[at].run = original;
    if (SAVE) writeFileSync(SAVE, serialize(kept.map(({ doc, ctx }) => ({ doc, options: ctx.options }))));
  }
  // Warm passes clone each document just before its run (none is held beyond it), so `--warm 300`
  // — what a repeatable count of one stage needs (docs/helpers.md, lessons of session 54: fewer
  // leave TurboFan compiles in the window) — costs no more memory than `--warm 2`. The measured
  // passes' clones are made before the window, so no cloning is counted; no full GC is forced
  // between (it would throw away the optimised code the warm passes made).
  for (let k = 0; k < WARM; k++) for (const { doc, ctx } of kept) await original(structuredClone(doc), ctx);
  const clones = [];
  for (let k = 0; k < MAX; k++) for (const { doc, ctx } of kept) clones.push([structuredClone(doc), ctx]);
  const n = REPS * kept.length;
  cg(true);
  const start = TOGGLE ? counted() : 0;
  for (let i = 0; i < n; i++) await original(clones[i][0], clones[i][1]);
  if (TOGGLE) console.log(`icount ${counted() - start}`);
  cg(false);
}
