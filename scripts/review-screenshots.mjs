// The screenshots in README.md and docs/review.md: `compacts review` of fixtures/, opened in
// headless Chromium (playwright-core; Debian's chromium or $CHROMIUM_PATH). Needs `npm run build`.
//
//   node scripts/review-screenshots.mjs      → docs/review-index.png, docs/review-compact.png, docs/review-turned.png
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium } from "playwright-core";

const ROOT = new URL("..", import.meta.url).pathname;
const CLI = join(ROOT, "dist", "cli", "main.js");
const work = mkdtempSync(join(tmpdir(), "compacts-shots-"));
process.on("exit", () => rmSync(work, { recursive: true, force: true }));
// Run from the work folder so that the index names the folder as a user would see it ("output").
execFileSync(process.execPath, [CLI, "extract", join(ROOT, "fixtures"), "-o", "output", "--quiet"], { cwd: work, stdio: "inherit" });
// A compact whose pages are stored sideways (/Rotate 90): shown turned, as read.
execFileSync(process.execPath, [CLI, "extract", join(ROOT, "test", "fixtures", "pdf", "risks-rotated.pdf"), "-o", join("output", "turned"), "--quiet"], { cwd: work, stdio: "inherit" });
execFileSync(process.execPath, [CLI, "review", "output", "-o", "site", "--quiet"], { cwd: work, stdio: "inherit" });

const exe = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => p && existsSync(p));
const browser = await chromium.launch({ executablePath: exe, args: ["--no-sandbox", "--disable-gpu"] });
const page = await browser.newPage({ viewport: { width: 1280, height: 760 } });
await page.goto(pathToFileURL(join(work, "site", "index.html")).href);
await page.screenshot({ path: join(ROOT, "docs", "review-index.png") });
/** Opens a document page and waits until pdf.js has drawn every page. */
const openDoc = async (slug) => {
  await page.goto(pathToFileURL(join(work, "site", "d", `${slug}.html`)).href);
  await page.evaluate(() => window.compactsReview.renderAll());
};
await openDoc("compact-2008-dfs-ruled");
// Select a row that spans several lines, then hover one of its measures: row box red, item box blue.
const row = page.locator("article.row").nth(8);
await row.locator("h3").click();
await row.locator(".item").last().hover();
await page.screenshot({ path: join(ROOT, "docs", "review-compact.png") });
await openDoc("turned--risks-rotated");
const turned = page.locator("article.row").nth(1);
await turned.locator("h3").click();
await turned.locator(".item").nth(3).hover();
await page.screenshot({ path: join(ROOT, "docs", "review-turned.png") });
await browser.close();
console.log("docs/review-index.png, docs/review-compact.png, docs/review-turned.png");
