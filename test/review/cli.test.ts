/**
 * `compacts review` and `compacts diff --format html` from the command line, in-process and without
 * a browser (the browser tests are in test/browser/, `npm run test:browser`).
 */
import { afterAll, describe, expect, it } from "vitest";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { copyFile, cp, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
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

  it("writes the index, one page per document, page images and the diff pages", async () => {
    expect(extracted.code).toBe(0);
    const r = await runMain(["review", "out", "-o", "site"], dir);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toBe("6 documents, 2 PDF page images, 3 year-over-year diffs → site/index.html\n");
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
    // The PDF: its pages rendered to WebP images the page links to.
    const pdfPage = readFileSync(join(site, "d", "compact-risks-landscape.html"), "utf8");
    const img = /<img src="\.\.\/(pages\/[0-9a-f]+\/p1\.webp)"/.exec(pdfPage);
    expect(img).not.toBeNull();
    const bytes = readFileSync(join(site, img![1]!));
    expect([bytes.subarray(0, 4).toString(), bytes.subarray(8, 12).toString()]).toEqual(["RIFF", "WEBP"]);
  });

  it("a second build reuses the rendered pages (cached by the PDF's sha256)", async () => {
    const r = await runMain(["review", "out", "-o", "site", "--quiet"], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe("");
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
