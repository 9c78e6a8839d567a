/**
 * The review site in a real browser (Debian's chromium via playwright-core; one launch for the
 * file). Built from the seed-like PDF fixtures, a text compact, a UN document and the DPO series:
 * - every row of every seed PDF, clicked, highlights boxes that contain the row's first and last
 *   words, and every cell item's boxes contain its own first and last words — where the words are
 *   is read by poppler (pdftotext -bbox), not by our extractor, and compared in rendered pixels;
 * - text compacts mark the row's lines; filters, search and sort of the index work; keyboard
 *   navigation; the diff pages are linked; axe-core finds no WCAG A/AA violation.
 * Screenshots go to test-artifacts/review/ (gitignored).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join } from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { Browser, Page } from "playwright-core";
import { extract } from "../../src/index.js";
import type { CompactOutput, Output } from "../../src/model/output.js";
import { buildReviewSite, pageSlug } from "../../src/review/build.js";
import { ARTIFACTS, launchBrowser } from "../support/browser.js";
import { popplerWords, type PopplerWord } from "../support/poppler-words.js";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const SEED_PDFS = ["seed-ruled", "seed-borderless", "seed-narrow", "seed-furniture", "risks-landscape"].map((n) => join(ROOT, "test/fixtures/pdf", `${n}.pdf`));
const OTHER_INPUTS = ["fixtures/compact-2008-dfs.txt", "fixtures/A-60-209-note.txt", "fixtures/series/compact-2010-dpo.md", "fixtures/series/compact-2011-dpo.md"].map((p) => join(ROOT, p));
const SHOTS = fileURLToPath(new URL("review/", ARTIFACTS));

let tmp: string;
let site: string;
let browser: Browser;
let page: Page;
const outputs = new Map<string, Output>();

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), "compacts-review-"));
  const outDir = join(tmp, "output");
  mkdirSync(outDir, { recursive: true });
  for (const input of [...SEED_PDFS, ...OTHER_INPUTS]) {
    const out = await extract(input);
    const name = basename(input).replace(/\.[^.]+$/, ".json");
    outputs.set(name, out);
    writeFileSync(join(outDir, name), JSON.stringify(out));
  }
  site = join(tmp, "site");
  const result = await buildReviewSite({ outputDir: outDir, siteDir: site, cwd: ROOT, sourceDirs: [...new Set([...SEED_PDFS, ...OTHER_INPUTS].map(dirname))] });
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
  for (const pdf of SEED_PDFS) {
    const json = basename(pdf).replace(/\.pdf$/, ".json");
    it(`${basename(pdf)}: every row and item highlights boxes holding its first and last words`, async () => {
      const out = outputs.get(json);
      expect(out?.kind).toBe("compact");
      const o = out as CompactOutput;
      expect(o.objectives.length).toBeGreaterThan(0);
      await page.goto(docUrl(json));
      // Pages below the fold load lazily: load them all before reading rendered positions.
      await page.evaluate(() => Promise.all(Array.from(document.images).map((i) => ((i.loading = "eager"), i.decode()))));
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
      const failed = await runChecks([...checks, ...mentionChecks], popplerWords(pdf));
      expect(failed).toEqual([]);
      if (json === "seed-ruled.json") {
        await page.locator("article.row").nth(2).click();
        await page.screenshot({ path: join(SHOTS, "compact-page.png") });
      }
    });
  }

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
