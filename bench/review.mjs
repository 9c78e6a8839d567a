// Review-site benchmark (`npm run bench:review`): build `compacts review` for 1,000 documents and
// time how long the index takes to open in headless Chromium. The 1,000 outputs are copies of the
// fixtures' real outputs with varied names, entities (50) and years (20), so the site also writes
// the year-over-year diff pages an archive of that size would get. Copies of one PDF share its
// sha256 and therefore its rendered pages; so the cost of rendering distinct PDFs is measured
// separately, per page, on the seed PDFs. Results replace the section between the review markers
// in bench/README.md.
//
//   node bench/review.mjs            (needs `npm run build` first, and chromium for the index timing)
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync, existsSync } from "node:fs";
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
const { buildReviewSite } = await import(join(DIST, "review", "build.js"));
const { renderPdfPages } = await import(join(DIST, "review", "render.js"));

const N = Number(process.env.BENCH_DOCS ?? 1000);
const ENTITIES = 50;
const YEARS = 20;
const loadBefore = loadavg()[0];
const work = mkdtempSync(join(tmpdir(), "compacts-bench-review-"));
process.on("exit", () => rmSync(work, { recursive: true, force: true }));

// 1. Real outputs of the fixtures, then N copies.
const sources = ["fixtures/compact-2008-dfs-ruled.pdf", "fixtures/compact-2008-dfs.txt", "fixtures/compact-2012-markdown.md", "fixtures/compact-2012-ohrm-four-columns.txt", "fixtures/compact-risks-landscape.pdf", "fixtures/A-60-209-note.txt"].map((f) => join(ROOT, f));
const originals = [];
for (const s of sources) originals.push({ source: s, output: await extract(s) });
const outDir = join(work, "output");
const manifest = [];
for (let i = 0; i < N; i++) {
  const { source, output } = originals[i % originals.length];
  const copy = structuredClone(output);
  const entity = `ENT${String(i % ENTITIES).padStart(2, "0")}`;
  const year = 2000 + (Math.floor(i / ENTITIES) % YEARS);
  if (copy.kind === "compact") {
    copy.entity = { name: `Office number ${i % ENTITIES}`, acronym: entity };
    copy.year = year;
  }
  const rel = join(entity, `${year}-${String(i).padStart(4, "0")}-${basename(source).replace(/\.[^.]+$/, "")}.json`);
  mkdirSync(join(outDir, entity), { recursive: true });
  writeFileSync(join(outDir, rel), JSON.stringify(copy));
  manifest.push(JSON.stringify({ file: source, output: rel }));
}
writeFileSync(join(outDir, "manifest.jsonl"), manifest.join("\n") + "\n");

// 2. The site, cold (empty folder: the distinct PDFs' pages are rendered) and again (all cached).
const site = join(work, "site");
const time = async (f) => {
  const t = performance.now();
  const r = await f();
  return { ms: performance.now() - t, r };
};
const cold = await time(() => buildReviewSite({ outputDir: outDir, siteDir: site, cwd: ROOT }));
const warm = await time(() => buildReviewSite({ outputDir: outDir, siteDir: site, cwd: ROOT }));

// 3. Rendering distinct PDFs: ms per page on the seed PDFs.
const seeds = ["seed-ruled", "seed-borderless", "seed-narrow", "seed-furniture"].map((n) => join(ROOT, "test/fixtures/pdf", `${n}.pdf`));
let pages = 0;
const render = await time(async () => {
  for (const [i, s] of seeds.entries()) pages += (await renderPdfPages(new Uint8Array(readFileSync(s)), `bench${i}`, join(work, "render"))).length;
});
const msPerPage = render.ms / pages;

// 4. The index in headless Chromium: navigation start → load event, and → the filter script ready.
let open = null;
try {
  const { chromium } = await import("playwright-core");
  const exe = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => p && existsSync(p));
  const browser = await chromium.launch({ executablePath: exe, args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"] });
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const runs = [];
  for (let k = 0; k < 3; k++) {
    await page.goto(pathToFileURL(join(site, "index.html")).href, { waitUntil: "load" });
    runs.push(await page.evaluate(() => {
      const nav = performance.getEntriesByType("navigation")[0];
      return { load: nav.loadEventEnd, interactive: nav.domInteractive, rows: document.querySelectorAll("#docs tbody tr").length, count: document.getElementById("count").value };
    }));
  }
  // Filtering 1,000 rows: time from typing to the updated count.
  const filterMs = await page.evaluate(() => {
    const q = document.getElementById("q");
    const t = performance.now();
    q.value = "ENT07";
    q.dispatchEvent(new Event("input"));
    return performance.now() - t;
  });
  await browser.close();
  open = { loadMs: Math.max(...runs.map((r) => r.load)), interactiveMs: Math.max(...runs.map((r) => r.interactive)), rows: runs[0].rows, filterMs };
} catch (e) {
  console.error(`index timing skipped: ${e.message}`);
}

const indexKb = readFileSync(join(site, "index.html")).length / 1024;
const result = {
  documents: cold.r.documents,
  diffs: cold.r.diffs,
  coldSeconds: +(cold.ms / 1000).toFixed(1),
  cachedSeconds: +(warm.ms / 1000).toFixed(1),
  renderMsPerPage: Math.round(msPerPage),
  renderedPages: pages,
  indexKb: Math.round(indexKb),
  open,
  cores: cpus().length,
  loadBefore: +loadBefore.toFixed(1),
};
console.log(JSON.stringify(result, null, 2));
