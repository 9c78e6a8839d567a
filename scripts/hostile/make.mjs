#!/usr/bin/env node
/**
 * Make the hostile corpus (docs/batch.md, "Hostile input") in a folder, by default a new temp
 * folder: bombs, cycles, deep nesting, 4,000 pages (sparse and dense), 50 MB of text, odd encodings and names,
 * unreadable folders, symlink loops, links out of the input and output folders. Nothing of it is
 * committed; everything is generated. Prints the folder; `expect.json` in it says what each input
 * must become.
 *
 *   node scripts/hostile/make.mjs [dir]          # COMPACTS_BOMB_GIB=4 by default
 *
 * Layout (all under dir):
 *   in/            the batch's input argument
 *   out/           the output folder, pre-seeded with traps (a link out, a stale temp file)
 *   surroundings/  what the batch must never touch (a link target, a temp-named victim)
 *   clean/in/      the good files alone, for the byte-identity comparison
 */
import { chmod, copyFile, mkdir, mkdtemp, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import iconv from "iconv-lite";
import { contentBombPdf, densePagesPdf, imageBombPdf, manyPagesPdf, nestedArraysPdf, pageTreeCyclePdf } from "./pdfs.mjs";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const GIB = 2 ** 30;
/** The trial's bomb: 7 KB on disk, 4 GiB decoded. */
const BOMB_BYTES = Number(process.env.COMPACTS_BOMB_GIB ?? 4) * GIB;
/** The trial's large text file. */
const BIG_TEXT_BYTES = 50 * 2 ** 20;

/**
 * What one input must become: `status` and, for failures, `codes` (any of them: where the right
 * answer is "stopped by a limit", which limit a loaded machine hits first may vary), or warning
 * codes a partial output must carry.
 */
function good(warningCodes = []) {
  return { status: warningCodes.length ? ["success", "partial"] : ["success"], warningCodes, good: true };
}
const partial = (warningCode) => ({ status: ["partial"], warningCodes: [warningCode], good: false });
const failure = (...codes) => ({ status: ["failure"], codes, good: false });

export async function makeCorpus(dir) {
  const at = (...p) => join(dir, ...p);
  const expect = {};
  const put = async (rel, bytes, expectation) => {
    await mkdir(dirname(at("in", rel)), { recursive: true });
    await writeFile(at("in", rel), bytes);
    if (expectation) expect[`in/${rel}`] = expectation;
    if (expectation?.good) {
      await mkdir(dirname(at("clean", "in", rel)), { recursive: true });
      await writeFile(at("clean", "in", rel), bytes);
    }
  };
  const fixture = (p) => join(ROOT, p);
  const { readFile } = await import("node:fs/promises");
  const compactText = await readFile(fixture("fixtures/compact-2008-dfs.txt"), "utf8");
  const curly = compactText.replace("MANAGER'S", "MANAGER’S").replace(/ - /g, " – ");

  // ---- good documents (their outputs must equal a clean run's, byte for byte) ----
  for (const f of ["compact-2008-dfs.txt", "compact-2008-dfs-ruled.pdf", "compact-2012-markdown.md", "compact-risks-landscape.pdf", "A-60-209-note.txt"]) {
    await put(`good/${f}`, await readFile(fixture(`fixtures/${f}`)), good());
  }
  await put("good/enc/cp1252.txt", iconv.encode(curly, "windows-1252"), good(["TEXT_ENCODING_GUESSED"]));
  await put("good/enc/latin1.txt", iconv.encode(compactText + "\nDépartement des opérations de maintien de la paix\n", "latin1"), good(["TEXT_ENCODING_GUESSED"]));
  await put("good/enc/utf16le-no-bom.txt", iconv.encode(curly, "utf-16le"), good(["TEXT_ENCODING_GUESSED"]));
  await put("good/enc/utf16be-bom.txt", Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(curly, "utf-16be")]), good());
  await put("good/enc/nul-bytes.txt", compactText.replace("Department of Field Support", "Department\u0000 of Field Support"), good(["TEXT_CONTROL_CHARS_REMOVED"]));
  await put("good/names/new\nline.txt", compactText, good());
  await put("good/names/ünïcödé — 名前.txt", compactText, good());
  await put("good/names/spaces  and 'quotes' & $HOME.md", await readFile(fixture("fixtures/compact-2012-markdown.md")), good());

  // ---- bombs and pathological PDFs ----
  await put("bombs/content-bomb.pdf", await contentBombPdf(BOMB_BYTES), partial("PDF_STREAM_TOO_LARGE"));
  await put("bombs/image-bomb.pdf", await imageBombPdf(20_000, 20_000), { status: ["success"], warningCodes: [], good: false });
  await put("bombs/nested-100k.pdf", nestedArraysPdf(100_000), partial("PDF_CONTENT_INVALID"));
  await put("bombs/page-tree-cycle.pdf", pageTreeCyclePdf(), failure("PDF_INVALID"));
  await put("bombs/pages-4000.pdf", manyPagesPdf(4000), { status: ["success"], warningCodes: [], good: false });
  // 4,000 dense table pages (16,800 objectives, 84 M characters of JSON): read page by page, its
  // stages and output within 512 MB — not OUT_OF_MEMORY, not TIMEOUT (run.mjs also reports its peak).
  await put("bombs/dense-4000.pdf", await densePagesPdf(4000), { status: ["success", "partial"], warningCodes: [], good: false });
  // 50 MB of text: far beyond one document, so it is read without structure (large-text.ts):
  // partial, its entities and references, TEXT_TOO_LARGE and ENTITIES_TRUNCATED; within 512 MB.
  let big = "";
  while (big.length < BIG_TEXT_BYTES) big += compactText;
  await put("bombs/text-50mb.txt", big, { status: ["partial"], warningCodes: ["TEXT_TOO_LARGE", "ENTITIES_TRUNCATED"], good: false });

  // ---- broken ----
  await put("broken/empty.txt", "", failure("EMPTY"));
  await put("broken/truncated.pdf", (await readFile(fixture("fixtures/compact-2008-dfs-ruled.pdf"))).subarray(0, 400), failure("PDF_INVALID"));

  // ---- walks: unreadable folder, loops, a link out of the inputs ----
  await mkdir(at("surroundings", "trapdir"), { recursive: true });
  await writeFile(at("surroundings", "outside.txt"), "A document outside the input folder: never converted.\n");
  await writeFile(at("surroundings", ".compacts-tmp-victim"), "named like a temp file, outside -o: must survive the sweep\n");
  await put("locked/secret.txt", compactText, null);
  expect["in/locked"] = failure("IO_ERROR");
  await symlink("loop-b.txt", at("in", "loop-a.txt"));
  await symlink("loop-a.txt", at("in", "loop-b.txt"));
  expect["in/loop-a.txt"] = failure("IO_ERROR");
  expect["in/loop-b.txt"] = failure("IO_ERROR");
  await symlink("..", at("in", "good", "up-loop")); // a folder loop: walked once, no line
  await symlink(at("surroundings"), at("in", "link-out")); // outside the input root: not followed

  // ---- the output folder, pre-seeded ----
  await mkdir(at("out"), { recursive: true });
  await symlink(at("surroundings"), at("out", "link-out")); // the sweep must not follow it
  await writeFile(at("out", ".compacts-tmp-1-stale"), "left by a killed run\n");
  // in/trap/t.txt would be written to out/trap/t.json, and out/trap leads outside: refused.
  await put("trap/t.txt", compactText, failure("IO_ERROR"));
  await symlink(at("surroundings", "trapdir"), at("out", "trap"));

  await chmod(at("in", "locked"), 0o000);
  await writeFile(at("expect.json"), JSON.stringify(expect, null, 2) + "\n");
  return { dir, expect };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const dir = process.argv[2] ?? (await mkdtemp(join(tmpdir(), "compacts-hostile-")));
  await mkdir(dir, { recursive: true });
  await makeCorpus(dir);
  process.stdout.write(dir + "\n");
}
