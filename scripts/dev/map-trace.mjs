#!/usr/bin/env node
/**
 * Hidden classes (V8 maps) the pipeline makes per document once warm (session 52, h-speed52). A map made
 * for each document is a cost twice over: making it (2–7 µs) and every later reader of those objects
 * meeting a new one. The usual causes: an object spread followed by a key the source lacks
 * (`{ ...row, id }`: use model/objects.ts `withFields`), and a `delete` of a key that was not the last
 * one added (the object turns into a dictionary).
 *
 *   npm run build && node scripts/dev/map-trace.mjs FILE [--runs 20] [--dist dist]
 *
 * Runs `runPipeline` on FILE under `node --log-maps` twice — 50 warm runs then 0, and then --runs more —
 * and prints the map events per document of the difference (≥ 0.5), by kind, reason and key. A clean
 * text or Markdown document prints nothing; a PDF prints pdf.js's own (web streams, graphics state).
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";

const { values, positionals } = parseArgs({ allowPositionals: true, options: { runs: { type: "string", default: "20" }, dist: { type: "string", default: "dist" } } });
const file = positionals[0];
if (!file) {
  console.error("usage: node scripts/dev/map-trace.mjs FILE [--runs 20] [--dist dist]");
  process.exit(2);
}
const runs = Number(values.runs);
const dir = mkdtempSync(join(tmpdir(), "map-trace-"));
const runner = join(dir, "run.mjs");
writeFileSync(
  runner,
  `import { readFileSync } from "node:fs";
const lib = await import(${JSON.stringify(resolve(values.dist, "index.js"))});
const data = lib.loadDomainData();
const bytes = new Uint8Array(readFileSync(${JSON.stringify(resolve(file))}));
const name = ${JSON.stringify(file.split("/").at(-1))};
for (let i = 0; i < 50 + Number(process.argv[2]); i++) await lib.runPipeline(name, bytes, {}, data);
`,
);

/** Map events of one process, counted by kind, reason and key (the log's "map," lines). */
function mapEvents(extra) {
  const log = join(dir, `maps-${extra}.log`);
  execFileSync(process.execPath, ["--log-maps", `--logfile=${log}`, "--no-logfile-per-isolate", runner, String(extra)], { stdio: "ignore" });
  const counts = new Map();
  for (const line of readFileSync(log, "latin1").split("\n")) {
    if (!line.startsWith("map,")) continue;
    const f = line.split(",");
    const key = `${f[1]}  ${f[8] ?? ""}  ${f[9] ?? ""}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

try {
  const base = mapEvents(0);
  const more = mapEvents(runs);
  const rows = [...more].map(([k, n]) => [k, (n - (base.get(k) ?? 0)) / runs]).filter(([, x]) => x >= 0.5);
  rows.sort((a, b) => b[1] - a[1]);
  for (const [k, x] of rows) console.log(x.toFixed(2).padStart(7), k);
  console.error(`${rows.length} kinds of map made per document (${runs} runs after 50 warm)`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
