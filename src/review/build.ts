/**
 * `compacts review`: a static review site from a folder of outputs. No server and no network: it
 * opens from file://. Pages are plain HTML written here (src/review/pages.ts); one stylesheet and
 * one classic script (src/review/client) are copied to assets/; PDFs are copied in (once per
 * sha256) and drawn by pdf.js in the browser when viewed (src/review/viewer.ts).
 */
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readdir, readFile, writeFile, rename } from "node:fs/promises";
import { basename, dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { OutputSchema, type CompactOutput, type Output } from "../model/output.js";
import { decodeText } from "../extract/decode.js";
import { diffCompacts } from "../research/diff.js";
import { diffHtml } from "./diff-html.js";
import { documentPage, entityName, indexPage, type DiffLink, type IndexEntry, type SourceView } from "./pages.js";
import { PDF_DATA_DIR, writePdfData, writeViewerAssets } from "./viewer.js";
import { REVIEW_CSS } from "./style.js";

export interface ReviewOptions {
  /** The folder of outputs (`compacts extract -o`). */
  outputDir: string;
  /** Where to write the site. */
  siteDir: string;
  /** Folders to look for source documents in, besides the paths the manifest records (relative to `cwd`). */
  sourceDirs?: readonly string[];
  cwd: string;
  /** Show PDF pages (default true); false copies no PDF into the site and shows none. */
  images?: boolean;
  /** Called after each document. */
  onDocument?: (done: number, total: number) => void;
}

export interface ReviewResult {
  documents: number;
  /** PDF pages shown. */
  pages: number;
  /** PDFs copied into the site by this build (the others were there from an earlier build). */
  pdfsWritten: number;
  diffs: number;
  sourcesMissing: number;
  skipped: { file: string; reason: string }[];
  index: string;
}

interface ManifestLine {
  file?: unknown;
  output?: unknown;
}

/** Output JSON files under `dir` (recursively), relative to it, in a stable order. */
async function outputFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (d: string): Promise<void> => {
    const entries = await readdir(d, { withFileTypes: true });
    for (const e of entries) {
      const p = join(d, e.name);
      if (e.isDirectory()) await walk(p);
      else if (e.isFile() && e.name.endsWith(".json")) out.push(relative(dir, p));
    }
  };
  await walk(dir);
  return out.sort((a, b) => a.localeCompare(b));
}

/** manifest.jsonl of every folder: output path (relative to the output folder) → input path as given. */
async function manifestInputs(dir: string, files: readonly string[]): Promise<Map<string, string>> {
  const map = new Map<string, string>();
  const folders = new Set(files.map((f) => dirname(f)));
  folders.add(".");
  for (const folder of folders) {
    const path = join(dir, folder, "manifest.jsonl");
    if (!existsSync(path)) continue;
    for (const line of (await readFile(path, "utf8")).split("\n")) {
      if (!line.trim()) continue;
      let m: ManifestLine;
      try {
        m = JSON.parse(line) as ManifestLine;
      } catch {
        continue; // a torn last line of an interrupted run
      }
      if (typeof m.file === "string" && typeof m.output === "string") map.set(join(folder, m.output), m.file);
    }
  }
  return map;
}

const sha256 = (b: Uint8Array) => createHash("sha256").update(b).digest("hex");

/** The source document's bytes, if found where the manifest says or in a --source folder, with the same sha256. */
async function findSource(o: Output, rel: string, recorded: string | undefined, opts: ReviewOptions): Promise<Uint8Array | string> {
  const names = [recorded, o.source.file].filter((x): x is string => !!x);
  const candidates: string[] = [];
  for (const n of names) {
    candidates.push(resolve(opts.cwd, n), resolve(opts.outputDir, "..", n));
    for (const s of opts.sourceDirs ?? []) {
      candidates.push(resolve(opts.cwd, s, n), resolve(opts.cwd, s, dirname(rel), basename(n)), resolve(opts.cwd, s, basename(n)));
    }
  }
  for (const c of [...new Set(candidates)]) {
    if (!existsSync(c)) continue;
    const bytes = new Uint8Array(await readFile(c));
    if (sha256(bytes) === o.source.sha256) return bytes;
  }
  return names.length ? `${names.at(-1)} was not found with the same contents (sha256); give its folder with --source` : "the output names no source file";
}

const CACHE_KEY_CHARS = 16; // of the sha256: unique enough for one archive, short enough for paths

async function sourceView(o: Output, rel: string, recorded: string | undefined, opts: ReviewOptions, viewer: () => Promise<string[]>, written: Set<string>): Promise<SourceView> {
  if (o.status === "failure" && o.source.bytes === 0) return { kind: "missing", reason: "the document could not be read" };
  if (o.source.format === "pdf" && opts.images === false) return { kind: "missing", reason: "PDF pages are not shown (--no-images)", notRendered: true };
  if (o.source.format === "pdf" && o.source.pages === 0) return { kind: "missing", reason: "no page of the PDF could be read" };
  const found = await findSource(o, rel, recorded, opts);
  if (typeof found === "string") return { kind: "missing", reason: found };
  if (o.source.format === "pdf") {
    const key = o.source.sha256.slice(0, CACHE_KEY_CHARS);
    if (!existsSync(join(opts.siteDir, PDF_DATA_DIR, `${key}.js`))) written.add(key);
    const data = await writePdfData(found, key, opts.siteDir);
    const turned = new Map((o.source.turned ?? []).map((t) => [t.page, t.degrees]));
    return { kind: "pdf", data, key, pdfjs: await viewer(), pages: o.source.pages, turned };
  }
  // Text and Markdown: the file's own lines, numbered as the Layout numbers them (form feeds start pages).
  const lines = decodeText(found).replace(/\r\n?/g, "\n").split("\n");
  const pageStarts = [1];
  const shown = lines.map((l, i) => {
    if (!l.startsWith("\f")) return l;
    pageStarts.push(i + 1);
    return l.replace(/^\f+/, "");
  });
  return { kind: "lines", lines: shown, pageStarts };
}

/** A file name for a page from a relative output path: folders joined with "--", safe characters only. */
export function pageSlug(rel: string): string {
  return rel.replace(/\.json$/, "").split(sep).join("/").replace(/\//g, "--").replace(/[^A-Za-z0-9._-]/g, "_");
}

/** Consecutive years of each entity with one compact per year: the pairs the site diffs. */
function diffPairs(compacts: readonly { rel: string; href: string; output: CompactOutput }[]): { key: string; a: (typeof compacts)[number]; b: (typeof compacts)[number] }[] {
  const byEntity = new Map<string, (typeof compacts)[number][]>();
  for (const c of compacts) {
    const key = c.output.entity?.acronym ?? c.output.entity?.name;
    if (!key || c.output.year === null) continue;
    const list = byEntity.get(key) ?? [];
    list.push(c);
    byEntity.set(key, list);
  }
  const pairs: { key: string; a: (typeof compacts)[number]; b: (typeof compacts)[number] }[] = [];
  for (const [key, list] of byEntity) {
    const years = new Map<number, number>();
    for (const c of list) years.set(c.output.year!, (years.get(c.output.year!) ?? 0) + 1);
    // Two compacts for one year (a revision, a copy): which to compare is the reader's choice, not ours.
    const single = list.filter((c) => years.get(c.output.year!) === 1).sort((x, y) => x.output.year! - y.output.year!);
    for (let i = 1; i < single.length; i++) pairs.push({ key, a: single[i - 1]!, b: single[i]! });
  }
  return pairs;
}

function clientScriptPath(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  const compiled = join(here, "client", "review.js");
  if (existsSync(compiled)) return compiled;
  // Running from src/ (tests): the compiled script is in dist/.
  return join(here, "..", "..", "dist", "review", "client", "review.js");
}

async function writeAtomic(path: string, text: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(`${path}.tmp`, text);
  await rename(`${path}.tmp`, path);
}

export async function buildReviewSite(opts: ReviewOptions): Promise<ReviewResult> {
  const outputDir = resolve(opts.cwd, opts.outputDir);
  const siteDir = resolve(opts.cwd, opts.siteDir);
  const o2: ReviewOptions = { ...opts, outputDir, siteDir };
  const files = (await outputFiles(outputDir)).filter((f) => !f.startsWith(relative(outputDir, siteDir) + sep) || relative(outputDir, siteDir).startsWith(".."));
  const inputs = await manifestInputs(outputDir, files);
  const skipped: ReviewResult["skipped"] = [];
  const docs: { rel: string; output: Output; href: string }[] = [];
  for (const rel of files) {
    let json: unknown;
    try {
      json = JSON.parse(await readFile(join(outputDir, rel), "utf8"));
    } catch {
      skipped.push({ file: rel, reason: "not JSON" });
      continue;
    }
    const parsed = OutputSchema.safeParse(json);
    if (!parsed.success) {
      // diff --format json files, query exports … live beside outputs; only outputs are reviewed.
      skipped.push({ file: rel, reason: "not an output of compacts extract" });
      continue;
    }
    docs.push({ rel, output: parsed.data, href: `d/${pageSlug(rel)}.html` });
  }

  const compacts = docs.filter((d): d is typeof d & { output: CompactOutput } => d.output.kind === "compact");
  const links: DiffLink[] = [];
  const linksOf = new Map<string, DiffLink[]>();
  for (const { key, a, b } of diffPairs(compacts)) {
    const d = diffCompacts({ file: a.rel, compact: a.output }, { file: b.rel, compact: b.output });
    const link: DiffLink = { href: `diff/${pageSlug(`${key}-${a.output.year}-${b.output.year}`)}.html`, entity: key, from: a.output.year!, to: b.output.year! };
    links.push(link);
    for (const x of [a.rel, b.rel]) linksOf.set(x, [...(linksOf.get(x) ?? []), link]);
    await writeAtomic(join(siteDir, link.href), diffHtml(d, { links: [{ href: "../index.html", label: "All documents" }, { href: `../${a.href}`, label: `${key} ${a.output.year}` }, { href: `../${b.href}`, label: `${key} ${b.output.year}` }] }));
  }

  let pages = 0;
  let missing = 0;
  const written = new Set<string>();
  // pdf.js is written with the first PDF shown (a site of text documents does not need it).
  let viewerAssets: Promise<string[]> | null = null;
  const viewer = () => (viewerAssets ??= writeViewerAssets(siteDir));
  const entries: IndexEntry[] = [];
  for (const [i, d] of docs.entries()) {
    const source = await sourceView(d.output, d.rel, inputs.get(d.rel), o2, viewer, written);
    if (source.kind === "pdf") pages += source.pages;
    if (source.kind === "missing" && !source.notRendered) missing++;
    await writeAtomic(join(siteDir, d.href), documentPage({ output: d.output, file: d.rel, source, root: "../", diffs: linksOf.get(d.rel) ?? [] }));
    const o = d.output;
    entries.push({
      href: d.href,
      file: d.rel,
      kind: o.kind,
      status: o.status,
      year: o.kind === "compact" ? o.year : o.kind === "un-document" && o.date ? Number(o.date.slice(0, 4)) : null,
      entity: entityName(o),
      title: o.kind === "compact" || o.kind === "un-document" ? o.title : null,
      rows: o.kind === "compact" ? o.objectives.length : 0,
      warnings: o.warnings.length,
    });
    opts.onDocument?.(i + 1, docs.length);
  }
  links.sort((a, b) => a.entity.localeCompare(b.entity) || a.from - b.from);
  const index = join(siteDir, "index.html");
  await writeAtomic(index, indexPage(entries, links, relative(opts.cwd, outputDir) || "."));
  await writeAtomic(join(siteDir, "assets", "review.css"), REVIEW_CSS);
  await writeAtomic(join(siteDir, "assets", "review.js"), await readFile(clientScriptPath(), "utf8"));
  return { documents: docs.length, pages, pdfsWritten: written.size, diffs: links.length, sourcesMissing: missing, skipped, index };
}
