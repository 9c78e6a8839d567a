// Review-site benchmark (`npm run bench:review`): build `compacts review` for 1,000 documents, each
// a distinct PDF (the worst case for a first build: nothing is shared), and time how long the index
// and a document page take to open in headless Chromium. The 1,000 PDFs are the seed and fixture
// PDFs with a different comment appended to each (so each has its own sha256 and is copied into the
// site on its own); their outputs are copies of the real outputs of those PDFs with varied names,
// entities (50) and years (20), so the site also writes the year-over-year diff pages an archive of
// that size gets. Prints JSON; bench/README.md#review-site records the results.
//
//   node bench/review.mjs            (needs `npm run build` first, and chromium for the browser timings)
//   BENCH_DOCS=200 node bench/review.mjs
import { execFileSync } from "node:child_process";
import { appendFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { cpus, loadavg, tmpdir } from "node:os";
import { basename, join } from "node:path";
import { pathToFileURL } from "node:url";

const ROOT = new URL("..", import.meta.url).pathname;
const DIST = join(ROOT, "dist");
if (!existsSync(join(DIST, "review", "build.js"))) {
  console.error("bench/review.mjs: dist/ is missing; run `npm run build` first");
  process.exit(2);
}
const { extract } = await import(join(DIST, "index.js"));
const { buildReviewSite, pageSlug } = await import(join(DIST, "review", "build.js"));

const N = Number(process.env.BENCH_DOCS ?? 1000);
const ENTITIES = 50;
const YEARS = 20;
const loadBefore = loadavg()[0];
const work = mkdtempSync(join(tmpdir(), "compacts-bench-review-"));
process.on("exit", () => rmSync(work, { recursive: true, force: true }));

// 1. Real outputs of the PDFs, then N distinct copies of the PDFs and their outputs.
const sources = [
  "test/fixtures/pdf/seed-ruled.pdf",
  "test/fixtures/pdf/seed-borderless.pdf",
  "test/fixtures/pdf/seed-narrow.pdf",
  "test/fixtures/pdf/seed-furniture.pdf",
  "fixtures/compact-risks-landscape.pdf",
  "test/fixtures/pdf/risks-rotated.pdf",
].map((f) => join(ROOT, f));
const originals = [];
for (const s of sources) originals.push({ source: s, bytes: readFileSync(s), output: await extract(s) });
const archive = join(work, "archive");
const outDir = join(work, "output");
mkdirSync(archive, { recursive: true });
const manifest = [];
let pdfPages = 0;
for (let i = 0; i < N; i++) {
  const { source, bytes, output } = originals[i % originals.length];
  const name = `${String(i).padStart(4, "0")}-${basename(source)}`;
  const pdf = join(archive, name);
  writeFileSync(pdf, bytes);
  appendFileSync(pdf, `%compacts bench copy ${i}\n`); // after %%EOF: readers ignore it; the sha256 differs
  const copyBytes = readFileSync(pdf);
  const copy = structuredClone(output);
  copy.source = { ...copy.source, file: name, bytes: copyBytes.length, sha256: createHash("sha256").update(copyBytes).digest("hex") };
  pdfPages += copy.source.pages;
  const entity = `ENT${String(i % ENTITIES).padStart(2, "0")}`;
  const year = 2000 + (Math.floor(i / ENTITIES) % YEARS);
  if (copy.kind === "compact") {
    copy.entity = { name: `Office number ${i % ENTITIES}`, acronym: entity };
    copy.year = year;
  }
  const rel = join(entity, `${year}-${name.replace(/\.pdf$/, "")}.json`);
  mkdirSync(join(outDir, entity), { recursive: true });
  writeFileSync(join(outDir, rel), JSON.stringify(copy));
  manifest.push(JSON.stringify({ file: pdf, output: rel }));
}
writeFileSync(join(outDir, "manifest.jsonl"), manifest.join("\n") + "\n");

// 2. The site, first build (empty folder: every PDF copied in) and again (all there already), each
//    as a user runs it: `compacts review` in its own process, timed from start to exit.
const site = join(work, "site");
const CLI = join(DIST, "cli", "main.js");
const build = () => {
  const t = performance.now();
  const out = execFileSync(process.execPath, [CLI, "review", outDir, "-o", site], { cwd: work, encoding: "utf8" });
  return { ms: performance.now() - t, out: out.trim() };
};
const cold = build();
const warm = build();
// What the builds did (PDFs written and the like), from a third build through the API.
const counts = await buildReviewSite({ outputDir: outDir, siteDir: site, cwd: ROOT });
const siteMb = Number(execFileSync("du", ["-sm", site], { encoding: "utf8" }).split("\t")[0]);

// 3. In headless Chromium: the index (navigation start → load event, worst of 3; filtering), and
//    the 11-page document: its rows, pdf.js ready (pages sized), page 1 drawn, every page drawn.
let open = null;
let doc = null;
try {
  const { chromium } = await import("playwright-core");
  const exe = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => p && existsSync(p));
  const browser = await chromium.launch({ executablePath: exe, args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"] });
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const runs = [];
  for (let k = 0; k < 3; k++) {
    await page.goto(pathToFileURL(join(site, "index.html")).href, { waitUntil: "load" });
    runs.push(
      await page.evaluate(() => {
        const nav = performance.getEntriesByType("navigation")[0];
        return { load: nav.loadEventEnd, interactive: nav.domInteractive, rows: document.querySelectorAll("#docs tbody tr").length };
      }),
    );
  }
  const filterMs = await page.evaluate(() => {
    const q = document.getElementById("q");
    const t = performance.now();
    q.value = "ENT07";
    q.dispatchEvent(new Event("input"));
    return performance.now() - t;
  });
  open = { loadMs: Math.round(Math.max(...runs.map((r) => r.load))), interactiveMs: Math.round(Math.max(...runs.map((r) => r.interactive))), rows: runs[0].rows, filterMs: Math.round(filterMs) };

  const narrow = originals.findIndex((o) => o.source.endsWith("seed-narrow.pdf"));
  const rel = join(`ENT${String(narrow % ENTITIES).padStart(2, "0")}`, `${2000 + (Math.floor(narrow / ENTITIES) % YEARS)}-${String(narrow).padStart(4, "0")}-seed-narrow.json`);
  const docRuns = [];
  for (let k = 0; k < 3; k++) {
    await page.goto(pathToFileURL(join(site, "d", `${pageSlug(rel)}.html`)).href, { waitUntil: "domcontentloaded" });
    docRuns.push(
      await page.evaluate(async () => {
        const hooks = window.compactsReview;
        await hooks.ready;
        const ready = performance.now();
        const first = document.getElementById("page-1");
        while (first.dataset.drawn !== "1") await new Promise((r) => setTimeout(r, 5));
        const firstDrawn = performance.now();
        const t = performance.now();
        await hooks.renderAll();
        const nav = performance.getEntriesByType("navigation")[0];
        return { rows: nav.domContentLoadedEventEnd, ready, firstDrawn, allMore: performance.now() - t, pages: document.querySelectorAll("figure.page").length };
      }),
    );
  }
  const worst = (k) => Math.round(Math.max(...docRuns.map((r) => r[k])));
  doc = { pages: docRuns[0].pages, rowsMs: worst("rows"), pdfReadyMs: worst("ready"), firstPageMs: worst("firstDrawn"), restDrawnMs: worst("allMore") };
  await browser.close();
} catch (e) {
  console.error(`browser timings skipped: ${e.message}`);
}

const result = {
  documents: counts.documents,
  pdfPages,
  diffs: counts.diffs,
  firstBuild: { seconds: +(cold.ms / 1000).toFixed(1), said: cold.out },
  againSeconds: +(warm.ms / 1000).toFixed(1),
  pdfFiles: readdirSync(join(site, "pdf")).length,
  pdfsWrittenByALaterBuild: counts.pdfsWritten,
  siteMb,
  indexKb: Math.round(readFileSync(join(site, "index.html")).length / 1024),
  open,
  doc,
  cores: cpus().length,
  loadBefore: +loadBefore.toFixed(1),
};
console.log(JSON.stringify(result, null, 2));
