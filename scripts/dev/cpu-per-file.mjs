#!/usr/bin/env node
// Per-file CPU of a vitest run, from the JSON lines test/support/cpu-per-file.ts appends
// (docs/testing.md, session 44):
//
//   COMPACTS_CPU_LOG=/tmp/cpu.jsonl npx vitest run --config vitest.cpu.config.ts [files]
//   node scripts/dev/cpu-per-file.mjs /tmp/cpu.jsonl [--top 20]            the costliest files, the sum
//   node scripts/dev/cpu-per-file.mjs before.jsonl after.jsonl [--top 20]  both, side by side
//
// A file's CPU is its worker's (and the worker's waited-for children's) from before the file's import
// to its last hook, so it includes the first import of src/ in each worker.
import { readFileSync } from "node:fs";
import { relative } from "node:path";

const args = process.argv.slice(2);
const topAt = args.indexOf("--top");
const top = topAt >= 0 ? Number(args.splice(topAt, 2)[1]) : 20;
if (args.length < 1 || args.length > 2 || !Number.isFinite(top)) {
  console.error("usage: node scripts/dev/cpu-per-file.mjs LOG [LOG2] [--top N]");
  process.exit(2);
}

/** file (relative) → { cpu, wall } summed over its lines. */
function read(path) {
  const files = new Map();
  for (const line of readFileSync(path, "utf8").split("\n")) {
    if (!line.trim()) continue;
    const { file, cpu, wall } = JSON.parse(line);
    // The path from the repository's test/ on, so that two worktrees' logs line up.
    const at = file.lastIndexOf("/test/");
    const key = at >= 0 ? file.slice(at + 1) : relative(process.cwd(), file);
    const seen = files.get(key) ?? { cpu: 0, wall: 0 };
    files.set(key, { cpu: seen.cpu + cpu, wall: seen.wall + wall });
  }
  return files;
}

const logs = args.map(read);
const sum = (m) => [...m.values()].reduce((s, v) => s + v.cpu, 0);
const names = [...new Set(logs.flatMap((m) => [...m.keys()]))];
const cost = (name) => Math.max(...logs.map((m) => m.get(name)?.cpu ?? 0));
names.sort((a, b) => cost(b) - cost(a));
const cell = (m, name) => (m.has(name) ? m.get(name).cpu.toFixed(1).padStart(7) : "      –");
console.log(`${args.map((a) => "cpu s".padStart(7)).join(" ")}  file`);
for (const name of names.slice(0, top)) console.log(`${logs.map((m) => cell(m, name)).join(" ")}  ${name}`);
console.log(`${logs.map((m) => sum(m).toFixed(1).padStart(7)).join(" ")}  all ${logs.map((m) => m.size).join(" / ")} files`);
