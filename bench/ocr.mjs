// OCR benchmark (npm run bench runs it last): `compacts extract` on the scanned fixtures
// (test/fixtures/ocr/, 300 dpi) with 1 and 2 jobs — seconds per page — and peak RSS of the whole
// process tree (the CLI and its worker processes, each with its tesseract engine) on a 5-page scan
// and on a 20-page one made of the same pages (OCR_LONG_TIMES=20: 100 pages; memory must stay
// flat: pages are rendered and read one at a time). Results replace the section between the OCR
// markers in bench/README.md.
//
//   node bench/ocr.mjs                 full run (needs `npm run build` first; qpdf for the long scan)
//   node bench/ocr.mjs --no-write      print only
import { spawn, execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync, copyFileSync, mkdirSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT } from "./load-ts.mjs";

const CLI = join(ROOT, "dist", "cli", "main.js");
const OCR = join(ROOT, "test", "fixtures", "ocr");
const README = join(ROOT, "bench", "README.md");
const START = "<!-- ocr:start -->";
const END = "<!-- ocr:end -->";
/** Interval at which the process tree's memory is sampled. */
const SAMPLE_MS = 100;
/** The throughput set: 300 dpi scans, ruled, borderless and landscape (12 pages). */
const SET = ["seed-ruled-300.pdf", "seed-borderless-300.pdf", "risks-landscape-300.pdf"];
/** The long scan repeats this one LONG_TIMES times. */
const LONG_SOURCE = "seed-ruled-300.pdf";
// Times the long scan repeats its 5-page source: 4 (20 pages) by default, OCR_LONG_TIMES=20 for 100 pages.
const LONG_TIMES = Number(process.env.OCR_LONG_TIMES ?? 4);

if (!existsSync(CLI)) {
  console.error("bench/ocr.mjs: dist/ is missing; run `npm run build` first");
  process.exit(2);
}
const write = !process.argv.includes("--no-write");
const loadBefore = loadavg()[0];
const work = mkdtempSync(join(tmpdir(), "compacts-bench-ocr-"));
process.on("exit", () => rmSync(work, { recursive: true, force: true }));

const pagesOf = (file) => Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [file], { encoding: "utf8" }))?.[1] ?? 0);

/** Resident set of a process and all its descendants in KB (/proc; 0 once it is gone). */
function treeRssKb(pid) {
  let kb = 0;
  const visit = (p) => {
    try {
      kb += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${p}/status`, "utf8"))?.[1] ?? 0);
      for (const task of readdirSync(`/proc/${p}/task`)) {
        for (const c of readFileSync(`/proc/${p}/task/${task}/children`, "utf8").split(" ").filter(Boolean)) visit(c);
      }
    } catch {
      /* exited meanwhile */
    }
  };
  visit(pid);
  return kb;
}

/**
 * Runs the CLI as one process tree (its OCR workers are child processes): wall time, CPU time of
 * every process the shell waited for (bash's `times`: the CLI waits for its workers, so they
 * count) and peak RSS of the tree (the sum over its processes, sampled every SAMPLE_MS).
 */
function runCli(args) {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const quoted = [process.execPath, CLI, ...args].map((a) => `'${String(a).replace(/'/g, "'\\''")}'`).join(" ");
    const child = spawn("bash", ["-c", `${quoted} >/dev/null\ntimes >&2`], { stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    let peakKb = 0;
    child.stderr.on("data", (d) => (stderr += d));
    const timer = setInterval(() => (peakKb = Math.max(peakKb, treeRssKb(child.pid))), SAMPLE_MS);
    child.on("error", reject);
    child.on("close", (code) => {
      clearInterval(timer);
      // `times` prints the shell's own user/sys line, then its children's: "0m1.234s 0m0.056s".
      const last = stderr.trim().split("\n").at(-1) ?? "";
      const secs = [...last.matchAll(/(\d+)m([\d.]+)s/g)].map((m) => Number(m[1]) * 60 + Number(m[2]));
      resolve({ code, ms: performance.now() - t0, cpu: (secs[0] ?? 0) + (secs[1] ?? 0), peakMb: peakKb / 1024, stderr });
    });
  });
}

const set = join(work, "set");
mkdirSync(set);
for (const f of SET) copyFileSync(join(OCR, f), join(set, f));
const setPages = SET.reduce((n, f) => n + pagesOf(join(OCR, f)), 0);
const long = join(work, "long");
mkdirSync(long);
const longFile = join(long, `long-${LONG_TIMES}x.pdf`);
execFileSync("qpdf", ["--empty", "--pages", ...Array(LONG_TIMES).fill(join(OCR, LONG_SOURCE)), "--", longFile]);
const short = join(work, "short");
mkdirSync(short);
copyFileSync(join(OCR, LONG_SOURCE), join(short, LONG_SOURCE));

const rows = [];
for (const jobs of [1, 2]) {
  const r = await runCli(["extract", set, "-o", join(work, `out-set-${jobs}`), "--jobs", String(jobs), "--quiet", "--timeout", "3600"]);
  if (r.code !== 0) throw new Error(`extract failed (${r.code}): ${r.stderr}`);
  rows.push({ what: `${SET.length} scans, ${setPages} pages`, jobs, pages: setPages, seconds: r.ms / 1000, cpu: r.cpu, peakMb: r.peakMb });
  console.log(`${jobs} job(s): ${setPages} pages in ${(r.ms / 1000).toFixed(1)} s = ${(r.ms / 1000 / setPages).toFixed(2)} s/page (wall), ${(r.cpu / setPages).toFixed(2)} CPU s/page, peak RSS ${r.peakMb.toFixed(0)} MB`);
}
const memory = [];
for (const [dir, pages] of [[short, pagesOf(join(short, LONG_SOURCE))], [long, pagesOf(longFile)]]) {
  const r = await runCli(["extract", dir, "-o", join(work, `out-${pages}`), "--jobs", "1", "--quiet", "--timeout", "3600"]);
  if (r.code !== 0) throw new Error(`extract failed (${r.code}): ${r.stderr}`);
  memory.push({ pages, seconds: r.ms / 1000, cpu: r.cpu, peakMb: r.peakMb });
  console.log(`one ${pages}-page scan, 1 job: ${(r.ms / 1000).toFixed(1)} s, peak RSS ${r.peakMb.toFixed(0)} MB`);
}

const loadAfter = loadavg()[0];
const fmt = (n, d = 1) => n.toFixed(d);
const version = (p) => JSON.parse(readFileSync(join(ROOT, "node_modules", p, "package.json"), "utf8")).version;
const section = [
  START,
  `**${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC** · \`nproc\` ${cpus().length} · CPU "${cpus()[0]?.model ?? "?"}" · node ${process.version} · tesseract.js ${version("tesseract.js")} (core ${version("tesseract.js-core")}) · pdfjs-dist ${version("pdfjs-dist")} · load average ${fmt(loadBefore)} before, ${fmt(loadAfter)} after (a shared machine: other jobs ran too).`,
  "",
  "Whole runs of `compacts extract --jobs N` at the default 300 dpi, so they include starting the process, each worker's tesseract engine (~0.3 s) and the table/entity stages. *Wall s/page* depends on what else the machine runs; *CPU s/page* (user + system of the CLI and its worker processes) does not, and is the cost to plan with: with N free cores, wall s/page ≈ CPU s/page ÷ N.",
  "",
  "| input | jobs | pages | wall s | wall s/page | CPU s/page | peak RSS (MB) |",
  "|---|---:|---:|---:|---:|---:|---:|",
  ...rows.map((r) => `| ${r.what} | ${r.jobs} | ${r.pages} | ${fmt(r.seconds)} | ${fmt(r.seconds / r.pages, 2)} | ${fmt(r.cpu / r.pages, 2)} | ${fmt(r.peakMb, 0)} |`),
  ...memory.map((m) => `| one scan of ${m.pages} pages | 1 | ${m.pages} | ${fmt(m.seconds)} | ${fmt(m.seconds / m.pages, 2)} | ${fmt(m.cpu / m.pages, 2)} | ${fmt(m.peakMb, 0)} |`),
  "",
  `Memory over a longer scan: ${memory[0].pages} → ${memory[1].pages} pages (×${fmt(memory[1].pages / memory[0].pages, 0)}): peak RSS ×${fmt(memory[1].peakMb / memory[0].peakMb, 2)}.`,
  END,
].join("\n");
console.log(section);
if (write) {
  const readme = readFileSync(README, "utf8");
  const next = readme.includes(START) ? readme.replace(new RegExp(`${START}[\\s\\S]*?${END}`), section) : `${readme.trimEnd()}\n\n## ocr\n\n\`bench/ocr.mjs\`: scanned PDFs read by OCR.\n\n${section}\n`;
  writeFileSync(README, next);
}
