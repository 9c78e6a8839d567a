/**
 * The review site draws PDF pages in the browser, with pdf.js, when a page is viewed — not at build
 * time. Rendering every page to an image while building cost ~0.2 s a page (17 minutes for 1,000
 * five-page PDFs on 2 cores; bench/README.md#review-site); copying each PDF into the site costs
 * milliseconds. Two things make that work from file://, where module scripts, workers and fetch()
 * are all blocked:
 *
 * - pdf.js (an ES module in pdfjs-dist 5) is written to `assets/pdfjs/` as two classic scripts:
 *   each wrapped in a strict function (the module's scope), its `export {…}` turned into a global
 *   (`pdfjsLib`; the worker sets `globalThis.pdfjsWorker` itself, which makes pdf.js run its worker
 *   on the page's thread), `import.meta.url` (read only on Node paths and by the wasm image
 *   decoders) replaced by the page's URL, and every non-ASCII character escaped — a classic script
 *   is decoded in the page's charset, and a mis-decoded glyph table draws the wrong letters.
 * - each distinct PDF is written once to `pdf/<first 16 hex of its sha256>.js`, its bytes in
 *   base64 assigned to `compactsPdfData[key]`; a build into the same folder skips the PDFs already
 *   there (content-addressed: same key, same bytes).
 */
import { existsSync } from "node:fs";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

/** Folder of the converted pdf.js scripts, relative to the site root. */
export const PDFJS_DIR = "assets/pdfjs";
/** Folder of the PDFs' data scripts, relative to the site root. */
export const PDF_DATA_DIR = "pdf";

/** Error while preparing the viewer (a pdf.js build whose shape the conversion does not know). */
export class ViewerAssetError extends Error {
  override readonly name = "ViewerAssetError";
}

/** The module's closing `export { a as b, c };` (then only pdf.js's license comment). */
const EXPORT_STATEMENT = /export\s*\{([^}]*)\};?\s*(\/\*[\s\S]*\*\/\s*)?$/;

/** An ES module source (pdf.js's minified build) as a classic script: see the module comment. */
export function moduleToClassicScript(source: string, global: string | null): string {
  const m = EXPORT_STATEMENT.exec(source);
  if (!m) throw new ViewerAssetError("pdf.js: no export statement at the end of the module (a pdfjs-dist build this version does not know)");
  const body = source.slice(0, m.index);
  if (/\bexport\s*[{*]|^\s*import\s+[\w{*]/m.test(body)) throw new ViewerAssetError("pdf.js: the module has other import/export statements than its last export");
  const names = m[1]!
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) => {
      const [local, exported] = s.split(/\s+as\s+/);
      return `${JSON.stringify(exported ?? local)}:${local}`;
    });
  const assign = global === null ? "" : `globalThis[${JSON.stringify(global)}]={${names.join(",")}};`;
  const script = `(function(){"use strict";${body.replaceAll("import.meta.url", "globalThis.location.href")}\n${assign}})();\n${m[2] ?? ""}`;
  // Astral characters become their two escaped UTF-16 halves: the same string in any literal.
  return script.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

function pdfjsBuild(): { dir: string; version: string } {
  const require = createRequire(import.meta.url);
  const pkg = require.resolve("pdfjs-dist/package.json");
  const version = (require("pdfjs-dist/package.json") as { version: string }).version;
  return { dir: join(dirname(pkg), "legacy", "build"), version };
}

async function writeAtomic(path: string, text: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(`${path}.tmp`, text);
  await rename(`${path}.tmp`, path);
}

/**
 * Writes pdf.js as classic scripts to `assets/pdfjs/` (unless this pdf.js version is there
 * already); returns their paths relative to the site root, in load order (worker first).
 */
export async function writeViewerAssets(siteDir: string): Promise<string[]> {
  const { dir, version } = pdfjsBuild();
  const out: string[] = [];
  for (const [file, global] of [
    ["pdf.worker.min.mjs", null],
    ["pdf.min.mjs", "pdfjsLib"],
  ] as const) {
    const rel = `${PDFJS_DIR}/${file.replace(/\.min\.mjs$/, "")}-${version}.js`;
    out.push(rel);
    if (existsSync(join(siteDir, rel))) continue;
    await writeAtomic(join(siteDir, rel), moduleToClassicScript(await readFile(join(dir, file), "utf8"), global));
  }
  return out;
}

/** Writes the PDF's data script unless it is there; returns its path relative to the site root. */
export async function writePdfData(bytes: Uint8Array, key: string, siteDir: string): Promise<string> {
  const rel = `${PDF_DATA_DIR}/${key}.js`;
  const path = join(siteDir, rel);
  if (!existsSync(path)) {
    const b64 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("base64");
    await writeAtomic(path, `(self.compactsPdfData||(self.compactsPdfData={}))[${JSON.stringify(key)}]="${b64}";\n`);
  }
  return rel;
}
