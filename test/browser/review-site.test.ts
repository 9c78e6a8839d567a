/**
 * The review site in a real browser (Debian's chromium via playwright-core; one launch for the
 * file). Built from the seed-like PDF fixtures, a text compact, a UN document and the DPO series:
 * - every row of every seed PDF, clicked, highlights boxes that contain the row's first and last
 *   words, and every cell item's boxes contain its own first and last words — where the words are
 *   is read by poppler (pdftotext -bbox), not by our extractor, and compared in rendered pixels;
 * - the same for pages stored sideways (/Rotate 90 set by qpdf and by pdf-lib, and landscape pages
 *   drawn on their side on portrait paper): they are read and drawn turned, so the words of the
 *   upright original are where the boxes are;
 * - pdf.js, run in the page from classic scripts, draws the same pixels as pdf.js in Node;
 * - text compacts mark the row's lines; filters, search and sort of the index work; keyboard
 *   navigation; the diff pages are linked; axe-core finds no WCAG A/AA violation.
 * Screenshots go to test-artifacts/review/ (gitignored).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join } from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { Browser, Page } from "playwright-core";
import { createCanvas, loadImage } from "@napi-rs/canvas";
import { PDFDocument, degrees } from "pdf-lib";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { extract } from "../../src/index.js";
import type { CompactOutput, Output } from "../../src/model/output.js";
import { buildReviewSite, pageSlug } from "../../src/review/build.js";
import { ARTIFACTS, launchBrowser } from "../support/browser.js";
import { popplerWords, type PopplerWord } from "../support/poppler-words.js";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const PDF_FIXTURE = (n: string) => join(ROOT, "test/fixtures/pdf", `${n}.pdf`);
const SEED_PDFS = ["seed-ruled", "seed-borderless", "seed-narrow", "seed-furniture", "risks-landscape"].map(PDF_FIXTURE);
/**
 * PDFs whose pages are stored sideways, each with the upright PDF it was made from: read turned,
 * their words must be where poppler finds them on the upright original. Made in beforeAll (pdf-lib)
 * except risks-rotated.pdf (qpdf --rotate=+90, scripts/make-pdf-fixtures.mjs).
 */
const TURNED: { name: string; upright: string; make?: (upright: Uint8Array) => Promise<Uint8Array> }[] = [
  { name: "risks-rotated", upright: PDF_FIXTURE("risks-landscape") },
  { name: "seed-ruled-rotate90", upright: PDF_FIXTURE("seed-ruled"), make: (b) => rotatePages(b, 90) },
  { name: "seed-borderless-rotate270", upright: PDF_FIXTURE("seed-borderless"), make: (b) => rotatePages(b, 270) },
  { name: "risks-drawn-sideways", upright: PDF_FIXTURE("risks-landscape"), make: drawnSideways },
];

/** The pages with /Rotate set (what `qpdf --rotate=+N` does): the content is unchanged. */
async function rotatePages(bytes: Uint8Array, by: number): Promise<Uint8Array> {
  const doc = await PDFDocument.load(bytes);
  for (const p of doc.getPages()) p.setRotation(degrees(by));
  return doc.save();
}

/** Each (landscape) page drawn turned a quarter anticlockwise on portrait paper, with no /Rotate: content stored sideways. */
async function drawnSideways(bytes: Uint8Array): Promise<Uint8Array> {
  const src = await PDFDocument.load(bytes);
  const out = await PDFDocument.create();
  const pages = await out.embedPdf(src, src.getPageIndices());
  for (const e of pages) {
    const page = out.addPage([e.height, e.width]);
    // Rotated about (x, y) = the bottom-right corner: the embedded page fills the portrait sheet.
    page.drawPage(e, { x: e.height, y: 0, rotate: degrees(90) });
  }
  return out.save();
}
const OTHER_INPUTS = ["fixtures/compact-2008-dfs.txt", "fixtures/A-60-209-note.txt", "fixtures/series/compact-2010-dpo.md", "fixtures/series/compact-2011-dpo.md"].map((p) => join(ROOT, p));
const SHOTS = fileURLToPath(new URL("review/", ARTIFACTS));

let tmp: string;
let site: string;
const turnedPdf = new Map<string, string>();
let browser: Browser;
let page: Page;
const outputs = new Map<string, Output>();

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), "compacts-review-"));
  const outDir = join(tmp, "output");
  mkdirSync(outDir, { recursive: true });
  for (const t of TURNED) {
    if (!t.make) {
      turnedPdf.set(t.name, PDF_FIXTURE(t.name));
      continue;
    }
    const path = join(tmp, "turned", `${t.name}.pdf`);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, await t.make(new Uint8Array(readFileSync(t.upright))));
    turnedPdf.set(t.name, path);
  }
  for (const input of [...SEED_PDFS, ...turnedPdf.values(), ...OTHER_INPUTS]) {
    const out = await extract(input);
    const name = basename(input).replace(/\.[^.]+$/, ".json");
    outputs.set(name, out);
    writeFileSync(join(outDir, name), JSON.stringify(out));
  }
  site = join(tmp, "site");
  const result = await buildReviewSite({ outputDir: outDir, siteDir: site, cwd: ROOT, sourceDirs: [...new Set([...SEED_PDFS, ...turnedPdf.values(), ...OTHER_INPUTS].map(dirname))] });
  expect(result.sourcesMissing).toBe(0);
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  mkdirSync(SHOTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

const url = (rel: string) => pathToFileURL(join(site, rel)).href;
const docUrl = (json: string) => url(`d/${pageSlug(json)}.html`);

/** The words the browser looks for: the first or last `n` words of a text, as our normWord compares them. */
function edgeWords(text: string, which: "first" | "last", n = 2): string[] {
  const ws = text.split(/\s+/).map((w) => w.normalize("NFKC").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "")).filter(Boolean);
  return which === "first" ? ws.slice(0, n) : ws.slice(-n);
}

interface Check {
  /** CSS selector of the element to click, and the mark kind it draws. */
  selector: string;
  kind: "row" | "item";
  label: string;
  sequences: string[][];
}

/**
 * In the page: click each element, then look for each word sequence among poppler's words (the
 * words consecutive in poppler's reading order) with every word's rendered box inside one of the
 * drawn marks. Returns the checks that failed.
 */
async function runChecks(checks: Check[], words: PopplerWord[]): Promise<string[]> {
  return page.evaluate(
    ({ checks, words }) => {
      const norm = (s: string) => s.normalize("NFKC").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
      const TOL = 2; // CSS pixels: rounding of the image scale and the marks' borders
      const failed: string[] = [];
      const wordRect = (w: (typeof words)[number]) => {
        const fig = document.getElementById(`page-${w.page}`)!;
        const img = fig.getBoundingClientRect();
        const sx = img.width / Number(fig.dataset["w"]);
        const sy = img.height / Number(fig.dataset["h"]);
        // Leading and trailing punctuation ("(UNAMID)") is outside the span a mention names: take
        // it off the word's extent in proportion to characters.
        const lead = /^[^\p{L}\p{N}]*/u.exec(w.text)![0].length;
        const trail = /[^\p{L}\p{N}]*$/u.exec(w.text)![0].length;
        const per = (w.x1 - w.x0) / Math.max(1, w.text.length);
        const x0 = w.x0 + lead * per;
        const x1 = w.x1 - trail * per;
        return { x0: img.left + x0 * sx, x1: img.left + x1 * sx, cy: img.top + ((w.y0 + w.y1) / 2) * sy };
      };
      for (const c of checks) {
        const el = document.querySelector<HTMLElement>(c.selector);
        if (!el) {
          failed.push(`${c.label}: no element ${c.selector}`);
          continue;
        }
        el.click();
        const marks = Array.from(document.querySelectorAll<HTMLElement>(`.mark-${c.kind}`)).map((m) => m.getBoundingClientRect());
        if (!marks.length) {
          failed.push(`${c.label}: nothing highlighted`);
          continue;
        }
        const inside = (w: (typeof words)[number]) => {
          const r = wordRect(w);
          return marks.some((m) => r.x0 >= m.left - TOL && r.x1 <= m.right + TOL && r.cy >= m.top && r.cy <= m.bottom);
        };
        // A word broken by a line-end hyphen is two poppler words ("start-" … "up"), not always next to
        // each other in poppler's reading order; the cell text has it whole ("startup" normalised).
        type W = (typeof words)[number];
        const inWords = words.filter(inside);
        const occurrences = (target: string): { first: W; last: W }[] => {
          const out = inWords.filter((w) => norm(w.text) === target).map((w) => ({ first: w, last: w }));
          for (const a of inWords) {
            if (!/[-\u2010\u00ad]$/.test(a.text) || !target.startsWith(norm(a.text))) continue;
            for (const b of inWords) if (b.y0 > a.y0 + (a.y1 - a.y0) / 2 && norm(a.text) + norm(b.text) === target) out.push({ first: a, last: b });
          }
          return out;
        };
        /** b follows a closely in reading order: same line to the right, one of the next lines, or the next page. */
        const follows = (a: W, b: W) =>
          b.page === a.page + 1 || (a.page === b.page && (Math.abs(a.y0 - b.y0) < 1 ? b.x0 > a.x0 : b.y0 > a.y0 && b.y0 - a.y0 < 3 * (a.y1 - a.y0)));
        for (const seq of c.sequences) {
          let found = false;
          let chains = occurrences(seq[0]!).map((o) => [o]);
          for (const next of seq.slice(1)) {
            const occ = occurrences(next);
            chains = chains.flatMap((ch) => occ.filter((o) => follows(ch.at(-1)!.last, o.first)).map((o) => [...ch, o]));
          }
          found = chains.length > 0;
          if (!found) {
            failed.push(`${c.label}: "${seq.join(" ")}" not inside the highlighted boxes`);
          }
        }
      }
      return failed;
    },
    { checks, words },
  );
}

/** Page sizes (points, rounded) of a PDF as displayed (its /Rotate applied). */
async function pageSizes(pdf: string): Promise<number[][]> {
  const doc = await getDocument({ data: new Uint8Array(readFileSync(pdf)), verbosity: 0 }).promise;
  const out: number[][] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const v = (await doc.getPage(n)).getViewport({ scale: 1 });
    out.push([Math.round(v.width), Math.round(v.height)]);
  }
  await doc.destroy();
  return out;
}

/** Luminance under which a pixel is ink. */
const INK = 160;
/** Least share of ink pixels two renders of one page must have in common (within a pixel). */
const SAME_RENDER = 0.9;

function inkMask(data: Uint8ClampedArray): Uint8Array {
  const mask = new Uint8Array(data.length / 4);
  for (let i = 0; i < mask.length; i++) mask[i] = 0.299 * data[4 * i]! + 0.587 * data[4 * i + 1]! + 0.114 * data[4 * i + 2]! < INK ? 1 : 0;
  return mask;
}

async function inkOf(png: Buffer): Promise<Uint8Array> {
  const img = await loadImage(png);
  const c = createCanvas(img.width, img.height);
  const ctx = c.getContext("2d");
  ctx.fillStyle = "white";
  ctx.fillRect(0, 0, img.width, img.height);
  ctx.drawImage(img, 0, 0);
  return inkMask(ctx.getImageData(0, 0, img.width, img.height).data);
}

/** Page `n` of `pdf` drawn by pdf.js in Node (glyphs as paths on @napi-rs/canvas) at width × height pixels. */
async function nodeRenderInk(pdf: string, width: number, height: number, n = 1): Promise<Uint8Array> {
  const doc = await getDocument({ data: new Uint8Array(readFileSync(pdf)), verbosity: 0, disableFontFace: true, isEvalSupported: false }).promise;
  const p = await doc.getPage(n);
  const viewport = p.getViewport({ scale: width / p.getViewport({ scale: 1 }).width });
  const c = createCanvas(width, height);
  const ctx = c.getContext("2d");
  ctx.fillStyle = "white";
  ctx.fillRect(0, 0, width, height);
  await p.render({ canvasContext: ctx as never, canvas: c as never, viewport }).promise;
  const mask = inkMask(ctx.getImageData(0, 0, width, height).data);
  await doc.destroy();
  return mask;
}

/** Share of `a`'s ink pixels with ink in `b` within one pixel. */
function covered(a: Uint8Array, b: Uint8Array, width: number, height: number): number {
  let ink = 0;
  let hit = 0;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      if (!a[y * width + x]) continue;
      ink++;
      search: for (let dy = -1; dy <= 1; dy++) {
        for (let dx = -1; dx <= 1; dx++) {
          const yy = y + dy;
          const xx = x + dx;
          if (yy >= 0 && yy < height && xx >= 0 && xx < width && b[yy * width + xx]) {
            hit++;
            break search;
          }
        }
      }
    }
  }
  return ink ? hit / ink : 0;
}

function checksFor(o: CompactOutput): Check[] {
  const checks: Check[] = [];
  o.objectives.forEach((r, i) => {
    const row = `article.row:nth-of-type(${i + 1})`;
    const lastItem = r.measures.at(-1)?.text ?? r.accomplishments.at(-1) ?? r.objective;
    checks.push({ selector: row + " h3", kind: "row", label: `row ${r.id}`, sequences: [edgeWords(r.objective, "first"), edgeWords(lastItem, "last")] });
    const items: { sel: string; text: string; label: string }[] = [
      { sel: `${row} .cell p.item`, text: r.objective, label: `${r.id} objective` },
      ...r.accomplishments.map((a, k) => ({ sel: `${row} .cell:nth-of-type(2) li.item:nth-of-type(${k + 1})`, text: a, label: `${r.id} accomplishment ${k + 1}` })),
    ];
    for (const { sel, text, label } of items) checks.push({ selector: sel, kind: "item", label, sequences: [edgeWords(text, "first"), edgeWords(text, "last")] });
    r.measures.forEach((m, k) => {
      checks.push({ selector: `${row} .cell:nth-of-type(${r.accomplishments.length ? 3 : 2}) li.item:nth-of-type(${k + 1})`, kind: "item", label: `${r.id} measure ${k + 1}`, sequences: [edgeWords(m.text, "first"), edgeWords(m.text, "last")] });
    });
  });
  return checks;
}

describe("review site", () => {
  /** Every row, item and the first missions' mentions of `json`, checked against poppler's words of `wordsOf`. */
  async function checkBoxes(json: string, wordsOf: string): Promise<CompactOutput> {
    const out = outputs.get(json);
    expect(out?.kind).toBe("compact");
    const o = out as CompactOutput;
    expect(o.objectives.length).toBeGreaterThan(0);
    await page.goto(docUrl(json));
    // Pages are drawn when scrolled near: draw them all before reading rendered positions.
    await page.evaluate(() => (window as unknown as { compactsReview: { renderAll(): Promise<void> } }).compactsReview.renderAll());
    const checks = checksFor(o);
    expect(checks.length).toBeGreaterThan(o.objectives.length * 2);
    // Mission mentions: each button of the first three missions highlights that span of text.
    const mentionChecks: Check[] = o.missions.slice(0, 3).flatMap((m, i) => {
      const es = o.entities.filter((e) => e.type === "mission" && (e.text === m.acronym || e.normalized === m.acronym || e.normalized === m.canonical));
      return es.map((e, k) => ({
        selector: `table.missions tbody tr:nth-child(${i + 1}) button.mention:nth-of-type(${k + 1})`,
        kind: "item" as const,
        label: `mission ${m.acronym} mention ${k + 1}`,
        sequences: [edgeWords(e.text, "first"), edgeWords(e.text, "last")],
      }));
    });
    const failed = await runChecks([...checks, ...mentionChecks], popplerWords(wordsOf));
    expect(failed).toEqual([]);
    return o;
  }

  for (const pdf of SEED_PDFS) {
    const json = basename(pdf).replace(/\.pdf$/, ".json");
    it(`${basename(pdf)}: every row and item highlights boxes holding its first and last words`, async () => {
      await checkBoxes(json, pdf);
      if (json === "seed-ruled.json") {
        await page.locator("article.row").nth(2).click();
        await page.screenshot({ path: join(SHOTS, "compact-page.png") });
      }
    });
  }

  for (const t of TURNED) {
    it(`${t.name}.pdf (stored sideways): drawn as read, every row and item boxed where the upright original prints its words`, async () => {
      const upright = outputs.get(basename(t.upright).replace(/\.pdf$/, ".json")) as CompactOutput;
      const o = await checkBoxes(`${t.name}.json`, t.upright);
      // Read the same as the upright original, and every page recorded as turned.
      expect(o.objectives.map((r) => r.objective)).toEqual(upright.objectives.map((r) => r.objective));
      expect(o.source.turned?.map((x) => x.page)).toEqual(Array.from({ length: o.source.pages }, (_, i) => i + 1));
      const sizes = await page.$$eval("figure.page", (fs) => fs.map((f) => [Math.round(Number((f as HTMLElement).dataset["w"])), Math.round(Number((f as HTMLElement).dataset["h"]))]));
      const uprightSizes = await pageSizes(t.upright);
      expect(sizes).toEqual(uprightSizes);
      expect(await page.textContent("#page-1 figcaption")).toMatch(/stored sideways: shown turned a quarter (anti)?clockwise, as read/);
      if (t.name === "risks-rotated") {
        await page.locator("article.row").nth(1).locator("h3").click();
        await page.screenshot({ path: join(SHOTS, "turned-page.png") });
      }
    });
  }

  it("pdf.js in the page draws what pdf.js in Node draws (upright and turned pages)", async () => {
    for (const [json, pdf] of [
      ["seed-ruled.json", PDF_FIXTURE("seed-ruled")],
      ["seed-ruled-rotate90.json", PDF_FIXTURE("seed-ruled")],
    ] as const) {
      await page.goto(docUrl(json));
      await page.evaluate(() => (window as unknown as { compactsReview: { renderAll(): Promise<void> } }).compactsReview.renderAll());
      const shown = await page.evaluate(() => {
        const c = document.querySelector<HTMLCanvasElement>("#page-1 canvas")!;
        return { width: c.width, height: c.height, png: c.toDataURL("image/png") };
      });
      const browserInk = await inkOf(Buffer.from(shown.png.split(",")[1]!, "base64"));
      const nodeInk = await nodeRenderInk(pdf, shown.width, shown.height);
      const other = await nodeRenderInk(pdf, shown.width, shown.height, 2);
      // Share of one render's dark pixels within a pixel of the other's dark pixels, both ways:
      // anti-aliasing differs between Chromium's font rasteriser and pdf.js's glyph paths in Node.
      const agree = Math.min(covered(browserInk, nodeInk, shown.width, shown.height), covered(nodeInk, browserInk, shown.width, shown.height));
      expect(agree, json).toBeGreaterThan(SAME_RENDER);
      // Another page of the same document, same fonts and margins, does not pass (the measure can fail).
      expect(Math.min(covered(browserInk, other, shown.width, shown.height), covered(other, browserInk, shown.width, shown.height))).toBeLessThan(SAME_RENDER);
    }
  });

  it("a long PDF: pages are drawn as the source pane scrolls to them and let go when it leaves them", async () => {
    await page.goto(docUrl("seed-narrow.json"));
    await page.evaluate(() => (window as unknown as { compactsReview: { ready: Promise<void> } }).compactsReview.ready);
    const drawn = () => page.$$eval("figure.page", (fs) => fs.filter((f) => (f as HTMLElement).dataset["drawn"] === "1").map((f) => Number((f as HTMLElement).dataset["page"])));
    await page.waitForFunction(() => document.getElementById("page-1")?.dataset["drawn"] === "1");
    const atTop = await drawn();
    expect(atTop).toContain(1);
    expect(atTop).not.toContain(11);
    await page.evaluate(() => document.getElementById("source")!.scrollTo({ top: 1e9 }));
    await page.waitForFunction(() => document.getElementById("page-11")?.dataset["drawn"] === "1" && document.getElementById("page-1")?.dataset["drawn"] === undefined);
    expect(await page.$eval("#page-1 canvas", (c) => (c as HTMLCanvasElement).width)).toBe(0);
    expect(await page.$eval("#page-11 canvas", (c) => (c as HTMLCanvasElement).width)).toBeGreaterThan(500);
  });

  it("a text compact marks the selected row's lines and scrolls the source to them", async () => {
    const o = outputs.get("compact-2008-dfs.json") as CompactOutput;
    await page.goto(docUrl("compact-2008-dfs.json"));
    const r = o.objectives[5]!;
    await page.locator("article.row").nth(5).locator("h3").click();
    const marked = await page.$$eval(".ln.hl", (ls) => ls.map((l) => Number((l as HTMLElement).dataset["line"])));
    expect(marked[0]).toBe(r.provenance.lines[0]);
    expect(marked.at(-1)).toBe(r.provenance.lines[1]);
    const visible = await page.evaluate((n) => {
      const line = document.getElementById(`L${n}`)!.getBoundingClientRect();
      const pane = document.getElementById("source")!.getBoundingClientRect();
      return line.top >= pane.top && line.bottom <= pane.bottom;
    }, r.provenance.lines[0]);
    expect(visible).toBe(true);
  });

  it("keyboard: j/k move between rows, w to the next warning, Esc clears", async () => {
    const o = outputs.get("compact-2008-dfs.json") as CompactOutput;
    await page.goto(docUrl("compact-2008-dfs.json"));
    await page.keyboard.press("j");
    await page.keyboard.press("j");
    expect(await page.evaluate(() => document.activeElement?.querySelector("h3")?.textContent)).toContain(o.objectives[1]!.id);
    await page.keyboard.press("k");
    expect(await page.evaluate(() => document.activeElement?.querySelector("h3")?.textContent)).toContain(o.objectives[0]!.id);
    expect(await page.locator(".ln.hl").count()).toBeGreaterThan(0);
    await page.keyboard.press("w");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toContain(o.warnings[0]!.code);
    expect(await page.locator(".ln.hl-warning").count()).toBe(1);
    await page.keyboard.press("Escape");
    expect(await page.locator(".ln.hl, .ln.hl-warning").count()).toBe(0);
  });

  it("index: filters, search and sort", async () => {
    await page.goto(url("index.html"));
    const visible = () => page.$$eval("#docs tbody tr", (rs) => rs.filter((r) => !(r as HTMLElement).hidden).map((r) => (r as HTMLElement).dataset["file"]));
    expect((await visible()).length).toBe(outputs.size);
    await page.selectOption("#f-kind", "un-document");
    expect(await visible()).toEqual(["A-60-209-note.json"]);
    await page.selectOption("#f-kind", "");
    await page.fill("#q", "landscape");
    expect(await visible()).toEqual(["risks-landscape.json"]);
    await page.fill("#q", "");
    await page.check("#f-warn");
    const withWarnings = [...outputs].filter(([, o]) => o.warnings.length > 0).map(([f]) => f).sort();
    expect((await visible()).sort()).toEqual(withWarnings);
    await page.uncheck("#f-warn");
    await page.click('th button[data-sort="rows"]');
    await page.click('th button[data-sort="rows"]');
    const rows = await page.$$eval("#docs tbody tr", (rs) => rs.map((r) => Number((r as HTMLElement).dataset["rows"])));
    expect(rows).toEqual([...rows].sort((a, b) => b - a));
    expect(await page.getAttribute('th:has(button[data-sort="rows"])', "aria-sort")).toBe("descending");
    expect(await page.textContent("#count")).toBe(`${outputs.size} of ${outputs.size} shown`);
    await page.screenshot({ path: join(SHOTS, "index.png"), fullPage: true });
  });

  it("index links the year-over-year diff of the series, and the diff page shows the changes", async () => {
    await page.goto(url("index.html"));
    const link = page.locator('a[href^="diff/"]');
    expect(await link.count()).toBe(1);
    await link.click();
    const text = await page.textContent("main");
    expect(text).toContain("2010 → ");
    expect(text).toMatch(/reworded/);
    expect(await page.locator("ins").count()).toBeGreaterThan(0);
  });

  it("a PDF whose data is missing from the site: the page says so, the rows are still there", async () => {
    await page.goto(docUrl("risks-drawn-sideways.json"));
    const data = await page.evaluate(() => document.body.dataset["pdf"]!);
    rmSync(join(site, "d", data));
    await page.goto(docUrl("risks-drawn-sideways.json"));
    await page.waitForFunction(() => document.body.dataset["pdfState"] === "error");
    expect(await page.textContent("#page-1 .drawerror")).toMatch(/^The PDF could not be drawn here: could not load .*\.js$/);
    expect(await page.locator("article.row").count()).toBe((outputs.get("risks-drawn-sideways.json") as CompactOutput).objectives.length);
  });

  it("accessibility: axe-core finds no WCAG 2 A/AA violation; Tab reaches the skip link first", async () => {
    const axe = createRequire(import.meta.url).resolve("axe-core/axe.min.js");
    for (const target of [url("index.html"), docUrl("seed-ruled.json"), docUrl("compact-2008-dfs.json")]) {
      await page.goto(target);
      await page.addScriptTag({ path: axe });
      const violations = await page.evaluate(async () => {
        const r = await (window as unknown as { axe: { run(o: unknown): Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }).axe.run({ runOnly: { type: "tag", values: ["wcag2a", "wcag2aa"] } });
        return r.violations.map((v) => `${v.id} (${v.nodes.length})`);
      });
      expect(violations, target).toEqual([]);
      await page.keyboard.press("Tab");
      expect(await page.evaluate(() => document.activeElement?.className)).toBe("skip");
    }
  });
});
