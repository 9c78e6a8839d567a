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
 * on stderr. Without CG_TOGGLE, `--max M` makes clones for W + M passes whatever --reps is, so two
 * runs (--reps N and --reps 0) differ by the stage calls only.
 */
import { readFileSync, writeFileSync, existsSync } from "node:fs";
import { serialize, deserialize } from "node:v8";
import { execFileSync } from "node:child_process";
const TOGGLE = process.env.CG_TOGGLE === "1";
const cg = (on) => {
  if (TOGGLE) execFileSync("callgrind_control", ["-i", on ? "on" : "off", String(process.pid)], { stdio: "ignore" });
};
import { join, basename } from "node:path";

const args = process.argv.slice(2);
const opts = new Map();
const files = [];
for (let i = 0; i < args.length; i++) {
  if (args[i].startsWith("--")) opts.set(args[i], args[++i]);
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

if (STAGE === "all") {
  for (let k = 0; k < WARM + REPS; k++) {
    if (k === WARM) cg(true);
    for (const { name, bytes } of inputs) await lib.extract(new Uint8Array(bytes), { fileName: name, data, ocr: "off" });
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
  const clones = [];
  for (let k = 0; k < WARM + MAX; k++) for (const { doc, ctx } of kept) clones.push([structuredClone(doc), ctx]);
  const w = WARM * kept.length;
  const n = (WARM + REPS) * kept.length;
  for (let i = 0; i < w; i++) await original(clones[i][0], clones[i][1]);
  cg(true);
  for (let i = w; i < n; i++) await original(clones[i][0], clones[i][1]);
  cg(false);
}
