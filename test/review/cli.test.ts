/**
 * `compacts review` and `compacts diff --format html` from the command line, in-process and without
 * a browser (the browser tests are in test/browser/, `npm run test:browser`).
 */
import { afterAll, describe, expect, it } from "vitest";
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { chmod, copyFile, cp, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Script } from "node:vm";
import { fileURLToPath, pathToFileURL } from "node:url";
import { buildReviewSite } from "../../src/review/build.js";
import { runMain } from "../cli/support.js";

const FIX = (f: string) => fileURLToPath(new URL(`../../fixtures/${f}`, import.meta.url));

describe("compacts review", async () => {
  const dir = await mkdtemp(join(tmpdir(), "compacts-review-cli-"));
  afterAll(() => rm(dir, { recursive: true, force: true }));
  await mkdir(join(dir, "archive", "series"), { recursive: true });
  for (const f of ["compact-2008-dfs.txt", "A-60-209-note.txt", "compact-risks-landscape.pdf", "series/compact-2010-dpo.md", "series/compact-2011-dpo.md", "series/compact-2012-dpo.md"]) {
    await copyFile(FIX(f), join(dir, "archive", f));
  }
  const extracted = await runMain(["extract", "archive", "-o", "out", "--quiet", "--jobs", "1"], dir);

  it("writes the index, one page per document, the PDF and pdf.js for the page view, and the diff pages", async () => {
    expect(extracted.code).toBe(0);
    const r = await runMain(["review", "out", "-o", "site"], dir);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toBe("6 documents, 2 PDF pages, 3 year-over-year diffs → site/index.html\n");
    const site = join(dir, "site");
    expect(readdirSync(join(site, "d")).sort()).toEqual([
      "A-60-209-note.html", "compact-2008-dfs.html", "compact-risks-landscape.html",
      "series--compact-2010-dpo.html", "series--compact-2011-dpo.html", "series--compact-2012-dpo.html",
    ]);
    // DPOL 2010 → 2011 → 2012, and DFS 2008 (text) → the landscape DFS compact's year.
    expect(readdirSync(join(site, "diff"))).toHaveLength(3);
    expect(existsSync(join(site, "assets", "review.js"))).toBe(true);
    const index = readFileSync(join(site, "index.html"), "utf8");
    expect(index.match(/<tr data-kind=/g)).toHaveLength(6);
    expect(index).toContain('href="d/series--compact-2011-dpo.html"');
    // The text compact: every source line numbered, rows carrying their boxes.
    const page = readFileSync(join(site, "d", "compact-2008-dfs.html"), "utf8");
    const lines = readFileSync(FIX("compact-2008-dfs.txt"), "utf8").split("\n").length;
    expect(page.match(/<div class="ln[^"]*" id="L\d+"/g)).toHaveLength(lines);
    expect(page.match(/<article class="row/g)).toHaveLength(21);
    expect(page).toMatch(/data-boxes="\[\[1,0,[\d.]+,[\d.]+,[\d.]+,\d+,\d+\]/);
    // The PDF: one figure per page, and the PDF's own bytes in the data script the page names.
    const pdfPage = readFileSync(join(site, "d", "compact-risks-landscape.html"), "utf8");
    expect(pdfPage.match(/<figure class="page" id="page-\d+"/g)).toHaveLength(2);
    const data = /data-pdf="\.\.\/(pdf\/([0-9a-f]{16})\.js)" data-pdf-key="\2"/.exec(pdfPage);
    expect(data).not.toBeNull();
    const held: { compactsPdfData?: Record<string, string> } = {};
    new Script(readFileSync(join(site, data![1]!), "utf8")).runInNewContext({ self: held });
    expect(Buffer.from(held.compactsPdfData![data![2]!]!, "base64").equals(readFileSync(FIX("compact-risks-landscape.pdf")))).toBe(true);
    // pdf.js as classic scripts (what file:// pages can load): they compile as scripts, not modules,
    // are plain ASCII (any page charset decodes them), and the main one defines pdfjsLib.getDocument.
    const pdfjs = /data-pdfjs="([^"]+)"/.exec(pdfPage)![1]!.split(" ").map((p) => join(site, "d", p));
    expect(pdfjs.map((p) => p.replace(/.*\//, ""))).toEqual([expect.stringMatching(/^pdf\.worker-5\.[\d.]+\.js$/), expect.stringMatching(/^pdf-5\.[\d.]+\.js$/)]);
    for (const p of pdfjs) {
      const code = readFileSync(p, "utf8");
      expect(() => new Script(code)).not.toThrow();
      expect(/[^\x00-\x7f]/.test(code)).toBe(false);
      expect(code).not.toContain("import.meta");
    }
    expect(readFileSync(pdfjs[1]!, "utf8")).toMatch(/globalThis\["pdfjsLib"\]=\{[^}]*"getDocument":getDocument/);
  });

  it("a second build writes no PDF again (content-addressed by sha256)", async () => {
    const site = join(dir, "site");
    const dataFile = join(site, "pdf", readdirSync(join(site, "pdf"))[0]!);
    const before = statSync(dataFile).mtimeMs;
    const again = await buildReviewSite({ outputDir: join(dir, "out"), siteDir: site, cwd: dir });
    expect(again.pdfsWritten).toBe(0);
    expect(again.pages).toBe(2);
    expect(statSync(dataFile).mtimeMs).toBe(before);
    const fresh = await buildReviewSite({ outputDir: join(dir, "out"), siteDir: join(dir, "site-fresh"), cwd: dir });
    expect(fresh.pdfsWritten).toBe(1);
  });

  it("--quiet prints nothing", async () => {
    const r = await runMain(["review", "out", "-o", "site", "--quiet"], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe("");
  });

  /** A stand-in browser: a shell script that writes the URL it is given to a file. */
  async function fakeOpener(folder: string, name: string): Promise<{ path: string; opened: () => Promise<string> }> {
    await mkdir(folder, { recursive: true });
    const path = join(folder, name);
    const record = join(folder, `${name}.url`);
    // Shell builtins only: the test's PATH holds nothing but the stand-ins.
    await writeFile(path, `#!/bin/sh\nprintf '%s\\n' "$1" > "${record}"\n`);
    await chmod(path, 0o755);
    // The opener runs detached: wait for its record (no time limit but the test's own).
    const opened = async (): Promise<string> => {
      for (;;) {
        const text = existsSync(record) ? await readFile(record, "utf8") : "";
        if (text.endsWith("\n")) return text.slice(0, -1);
        await new Promise((r) => setTimeout(r, 20));
      }
    };
    return { path, opened };
  }

  it("--open hands the index's file:// URL to xdg-open found on the PATH", async () => {
    const bin = join(dir, "bin-xdg");
    const fake = await fakeOpener(bin, "xdg-open");
    const r = await runMain(["review", "out", "-o", "site", "--quiet", "--open"], dir, { env: { PATH: bin } });
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(await fake.opened()).toBe(pathToFileURL(join(dir, "site", "index.html")).href);
  });

  it("--open uses $BROWSER when set, before xdg-open", async () => {
    const bin = join(dir, "bin-both");
    const xdg = await fakeOpener(bin, "xdg-open");
    const browser = await fakeOpener(bin, "my-browser");
    const r = await runMain(["review", "out", "-o", "site", "--quiet", "--open"], dir, { env: { PATH: bin, BROWSER: "my-browser" } });
    expect(r.code).toBe(0);
    expect(await browser.opened()).toBe(pathToFileURL(join(dir, "site", "index.html")).href);
    expect(existsSync(`${xdg.path}.url`)).toBe(false);
  });

  it("--open without any opener: the site is written, a clear error, exit code 1", async () => {
    const empty = join(dir, "bin-empty");
    await mkdir(empty, { recursive: true });
    const r = await runMain(["review", "out", "-o", "site-noopen", "--quiet", "--open"], dir, { env: { PATH: empty } });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe("compacts review: no program to open a browser with: xdg-open is not on the PATH (install xdg-utils), and BROWSER is not set; open site-noopen/index.html yourself\n");
    expect(existsSync(join(dir, "site-noopen", "index.html"))).toBe(true);
    const bad = await runMain(["review", "out", "-o", "site-noopen", "--quiet", "--open"], dir, { env: { PATH: empty, BROWSER: "nosuchbrowser --new-window" } });
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('BROWSER is set to "nosuchbrowser --new-window", but nosuchbrowser was not found');
  });

  it("a source that moved is reported and the page still shows the extracted data; --source finds it", async () => {
    // The outputs copied away from the archive, reviewed from another folder: the manifest's paths lead nowhere.
    await cp(join(dir, "out"), join(dir, "copy", "a", "out"), { recursive: true });
    await mkdir(join(dir, "moved"), { recursive: true });
    await writeFile(join(dir, "moved", "compact-2008-dfs.txt"), readFileSync(FIX("compact-2008-dfs.txt")));
    const elsewhere = await runMain(["review", join(dir, "copy", "a", "out"), "-o", join(dir, "site2"), "--no-images"], tmpdir());
    expect(elsewhere.code).toBe(0);
    // The PDF is not counted: with --no-images its pages are not shown anyway.
    expect(elsewhere.stdout).toContain("5 source document(s) not found");
    expect(readFileSync(join(dir, "site2", "d", "compact-2008-dfs.html"), "utf8")).toContain("was not found with the same contents");
    const found = await runMain(["review", join(dir, "copy", "a", "out"), "-o", join(dir, "site3"), "--no-images", "--source", join(dir, "moved")], tmpdir());
    expect(found.stdout).toContain("4 source document(s) not found");
    expect(readFileSync(join(dir, "site3", "d", "compact-2008-dfs.html"), "utf8")).toContain('id="L1"');
  });

  it("usage errors: a missing folder, an unknown flag", async () => {
    const r = await runMain(["review", "nope"], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("no such folder: nope");
    const f = await runMain(["review", "out", "--opne"], dir);
    expect(f.code).toBe(2);
    expect(f.stderr).toContain("did you mean --open?");
  });

  it("diff -o x.html writes one HTML page with the word diff; --format html to stdout", async () => {
    const r = await runMain(["diff", "out/series/compact-2010-dpo.json", "out/series/compact-2011-dpo.json", "-o", "d.html"], dir);
    expect(r.code).toBe(0);
    const page = readFileSync(join(dir, "d.html"), "utf8");
    expect(page.startsWith("<!doctype html>")).toBe(true);
    expect(page).toContain("Objectives: 3 unchanged, 1 reworded, 2 moved, 1 added, 0 removed.");
    expect(page).toContain("<del>achieve</del>");
    expect(page).toContain("<ins>attain</ins>");
    const s = await runMain(["diff", "out/series/compact-2010-dpo.json", "out/series/compact-2011-dpo.json", "--format", "html"], dir);
    expect(s.stdout).toBe(page);
    const t = await runMain(["diff", "out/series/compact-2010-dpo.json", "out/series/compact-2011-dpo.json", "-o", "d.txt"], dir);
    expect(readFileSync(join(dir, "d.txt"), "utf8")).toContain("~ reworded");
    expect(t.code).toBe(0);
  });
});
