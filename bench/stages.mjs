#!/usr/bin/env node
/**
 * One pipeline stage alone, two builds side by side: the before/after of a speed change on a
 * loaded machine, where whole-pipeline runs of two builds (each in a process of its own) swing by
 * more than the change.
 *
 *   node bench/stages.mjs --stage tables [--baseline <checkout with a built dist/>]
 *                         [--rounds 21] [--reps 5] [files …]
 *
 * Each file is extracted once (OCR off) with this checkout's build, and the document as it enters
 * the stage is kept (structuredClone). Every round then runs the stage of each build on fresh clones
 * of every kept document, `--reps` times, the builds alternating first from round to round, and takes
 * the CPU time (process.cpuUsage) of the stage calls only. Printed: median and best round, ms of
 * CPU per pass over the files. Without files: the text PDFs of test/fixtures/pdf, as
 * `run.mjs --only pdf-raw-vs-pipeline` times them.
 *
 * Both builds read the same pre-stage documents, so a change before the stage (extraction,
 * classification) is not measured here; a stage whose input shape changed needs its own baseline.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, dirname, basename } from "node:path";
import { fileURLToPath } from "node:url";
import { loadavg } from "node:os";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const opts = new Map();
const files = [];
for (let i = 0; i < args.length; i++) {
  if (args[i].startsWith("--")) opts.set(args[i], args[++i]);
  else files.push(args[i]);
}
const STAGE = opts.get("--stage") ?? "tables";
const ROUNDS = Number(opts.get("--rounds") ?? 21);
const REPS = Number(opts.get("--reps") ?? 5);
const BASELINE = opts.get("--baseline") ?? null;
/** Error fixtures: not timed (as in run.mjs). */
const NOT_TIMED = /^(error-|owner-password)/;
if (files.length === 0) {
  const dir = join(ROOT, "test", "fixtures", "pdf");
  for (const f of readdirSync(dir).filter((f) => f.endsWith(".pdf") && !NOT_TIMED.test(f)).sort()) files.push(join(dir, f));
}

// Library before any other import of pdf.js (see run.mjs: it puts back the engine's built-ins).
const builds = [{ name: "this checkout", lib: await import(join(ROOT, "dist", "index.js")) }];
if (BASELINE) builds.push({ name: `baseline ${BASELINE}`, lib: await import(join(BASELINE, "dist", "index.js")) });
const own = builds[0].lib;
const data = own.loadDomainData();
const at = own.STAGES.findIndex((s) => s.name === STAGE);
if (at < 0) throw new Error(`no stage ${STAGE}: ${own.STAGES.map((s) => s.name).join(", ")}`);

// The documents as they enter the stage, and the context the stage was given.
const kept = [];
const original = own.STAGES[at].run;
for (const file of files) {
  own.STAGES[at].run = (doc, ctx) => {
    kept.push({ doc: structuredClone(doc), ctx });
    return original(doc, ctx);
  };
  await own.extract(new Uint8Array(readFileSync(file)), { fileName: basename(file), data, ocr: "off" });
}
own.STAGES[at].run = original;

const runs = builds.map((b) => b.lib.STAGES.find((s) => s.name === STAGE)?.run);
if (runs.some((r) => !r)) throw new Error(`the baseline has no stage ${STAGE}`);
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const times = builds.map(() => []);
const load = loadavg()[0];
for (let r = -1; r < ROUNDS; r++) {
  const order = r % 2 === 0 ? builds.map((_, i) => i) : builds.map((_, i) => builds.length - 1 - i);
  for (const i of order) {
    const clones = [];
    for (let k = 0; k < REPS; k++) for (const { doc, ctx } of kept) clones.push([structuredClone(doc), ctx]);
    const t0 = cpuMs();
    for (const [doc, ctx] of clones) await runs[i](doc, ctx);
    if (r >= 0) times[i].push((cpuMs() - t0) / REPS); // round -1 warms up
  }
}
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
console.log(`stage ${STAGE} · ${kept.length} documents (${files.length} files) · ${ROUNDS} rounds × ${REPS} · load average ${load.toFixed(1)} → ${loadavg()[0].toFixed(1)}`);
for (const [i, b] of builds.entries()) console.log(`${b.name.padEnd(40)} median ${median(times[i]).toFixed(2)} ms · best ${Math.min(...times[i]).toFixed(2)} ms of CPU per pass`);
