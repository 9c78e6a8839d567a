// OCR benchmark (npm run bench runs it last): `compacts extract` on the scanned fixtures
// (test/fixtures/ocr/, 300 dpi) with 1 and 2 jobs — seconds per page — and peak RSS of the whole
// process (main thread + pool threads + their tesseract threads) on a 5-page scan and on a
// 20-page one made of the same pages (memory must stay flat: pages are rendered and read one at
// a time). Results replace the section between the OCR markers in bench/README.md.
//
//   node bench/ocr.mjs                 full run (needs `npm run build` first; qpdf for the long scan)
//   node bench/ocr.mjs --no-write      print only
import { spawn, execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync, copyFileSync, mkdirSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT } from "./load-ts.mjs";

const CLI = join(ROOT, "dist", "cli", "main.js");
const OCR = join(ROOT, "test", "fixtures", "ocr");
const README = join(ROOT, "bench", "README.md");
const START = "<!-- ocr:start -->";
const END = "<!-- ocr:end -->";
/** Interval at which the child's memory is sampled (the final figure is the kernel's own peak). */
const SAMPLE_MS = 100;
/** The throughput set: 300 dpi scans, ruled, borderless and landscape (12 pages). */
const SET = ["seed-ruled-300.pdf", "seed-borderless-300.pdf", "risks-landscape-300.pdf"];
/** Clock ticks per second of /proc/<pid>/stat CPU times (USER_HZ, 100 on Linux). */
const TICKS = 100;
/** The long scan repeats this one LONG_TIMES times. */
const LONG_SOURCE = "seed-ruled-300.pdf";
const LONG_TIMES = 4;

if (!existsSync(CLI)) {
  console.error("bench/ocr.mjs: dist/ is missing; run `npm run build` first");
  process.exit(2);
}
const write = !process.argv.includes("--no-write");
const loadBefore = loadavg()[0];
const work = mkdtempSync(join(tmpdir(), "compacts-bench-ocr-"));
process.on("exit", () => rmSync(work, { recursive: true, force: true }));

const pagesOf = (file) => Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [file], { encoding: "utf8" }))?.[1] ?? 0);

/**
 * Runs the CLI; wall time, CPU time (user + system of the process and all its threads, the last
 * sample before it ends) and peak RSS (VmHWM: the process with all its threads).
 */
function runCli(args) {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, [CLI, ...args], { stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    let peakKb = 0;
    let cpuTicks = 0;
    child.stderr.on("data", (d) => (stderr += d));
    const timer = setInterval(() => {
      try {
        const status = readFileSync(`/proc/${child.pid}/status`, "utf8");
        peakKb = Math.max(peakKb, Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0));
        // Fields after the command name: state is field 3, utime 14, stime 15.
        const stat = readFileSync(`/proc/${child.pid}/stat`, "utf8");
        const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
        cpuTicks = Math.max(cpuTicks, Number(fields[11]) + Number(fields[12]));
      } catch {
        /* the process has ended */
      }
    }, SAMPLE_MS);
    child.on("error", reject);
    child.on("close", (code) => {
      clearInterval(timer);
      resolve({ code, ms: performance.now() - t0, cpu: cpuTicks / TICKS, peakMb: peakKb / 1024, stderr });
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
  "Whole runs of `compacts extract --jobs N` at the default 300 dpi, so they include starting the process, each worker's tesseract engine (~0.3 s) and the table/entity stages. *Wall s/page* depends on what else the machine runs; *CPU s/page* (user + system of all the process's threads) does not, and is the cost to plan with: with N free cores, wall s/page ≈ CPU s/page ÷ N.",
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
