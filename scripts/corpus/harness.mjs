/**
 * What the independent generators of corpora 11–16 share around their data model (each draws and
 * prints its own way): the sources' hash, the truth file's text, and for corpora 13–16 the draw of a
 * row's objective, a manifest entry's features, the split of the drawn documents, the `--check` run, the pages and cut rows of the prints, the manifest of a full run;
 * for corpora 15 and 16 the `--features` and `--truth` runs too. Corpora 11 and 12 check and write
 * their manifests their own way (11: one pass over the plan for every mode; 12: a spec per document),
 * corpus 13 writes its manifest unsorted with fixed split sizes, and corpus 14's `--features` prints
 * only the thin or one-sided features.
 */
import { createHash } from "node:crypto";
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { cutRows, pagesOf } from "./page-cuts.mjs";
import { splitsWanted } from "./args.mjs";

export const sha = (s) => createHash("sha256").update(s).digest("hex");

/** A truth file as committed: JSON indented by one space, a newline at the end. */
export const truthText = (truth) => JSON.stringify(truth, null, 1) + "\n";

/** A manifest entry's features: the document's and every row's, once each, sorted. */
export const manifestFeatures = (truth) => [...new Set([...truth.structure.features, ...truth.structure.rows.flatMap((r) => r.features)])].sort();

/**
 * An objective no other row of the document has (case folded: `used` holds them and gets the new
 * one): a bank objective, followed by a scope unless `scopes` is null, drawn with `pick` up to
 * `tries` times; undefined when the bank runs out. With `freshBase` (corpus 16), for that many tries
 * the bank objective itself must be new too (no two rows open with the same words), and it is marked
 * used as well.
 */
export function freshObjective(pick, objectives, scopes, used, tries, freshBase = 0) {
  for (let t = 0; t < tries; t++) {
    const base = pick(objectives);
    if (t < freshBase && used.has(base.toLowerCase())) continue;
    const o = base + (scopes ? pick(scopes) : "");
    if (used.has(o.toLowerCase())) continue;
    if (freshBase) used.add(base.toLowerCase());
    used.add(o.toLowerCase());
    return o;
  }
  return undefined;
}

/**
 * The split of `count` drawn documents, by a seeded shuffle made before any score: the first `nDev`
 * of the shuffled order go to `dev<n>`, the rest to `holdout<n>`; ids `d<n>-001`… and `h<n>-001`…
 * numbered in drawing order. One entry per document, in drawing order.
 */
export function splitsOf(count, nDev, shuffle, n) {
  const dev = new Set(shuffle([...Array(count).keys()]).slice(0, nDev));
  let nd = 0, nh = 0;
  return [...Array(count).keys()].map((i) =>
    dev.has(i) ? { id: `d${n}-${String(++nd).padStart(3, "0")}`, split: `dev${n}` } : { id: `h${n}-${String(++nh).padStart(3, "0")}`, split: `holdout${n}` },
  );
}

/**
 * `--check`: every document drawn again in memory and compared with what is committed under `out`:
 * its truth file, what `more` finds different (labels: "md", "html"), the sources' hash (`hashKey`
 * of the manifest entry, reported as `hashLabel`), and the entry's features, rows and (with
 * `renderings`) rendering paths. Prints what differs, or how many documents match; exits 1 or 0.
 */
export function checkDocuments(out, allDocs, { truthOf, manifestEntry, hashKey = "layoutSha256", hashLabel = "layout", renderings = true, more = () => [] }) {
  // `--splits=a,b`: those splits' documents only (scripts/corpus/args.mjs, splitsWanted)
  const wanted = splitsWanted();
  const docs = wanted ? allDocs.filter((d) => wanted(d.split)) : allDocs;
  const manifest = JSON.parse(readFileSync(join(out, "manifest.json"), "utf8"));
  const bad = [];
  for (const doc of docs) {
    const truth = truthOf(doc), entry = manifest.documents.find((d) => d.id === doc.id), want = manifestEntry(doc, truth);
    if (!entry) { bad.push(`${doc.id}: not in the manifest`); continue; }
    if (readFileSync(join(out, entry.truth), "utf8") !== truthText(truth)) bad.push(`${doc.id}: truth`);
    for (const what of more(doc, entry)) bad.push(`${doc.id}: ${what}`);
    if (entry[hashKey] !== want[hashKey]) bad.push(`${doc.id}: ${hashLabel}`);
    if (JSON.stringify(entry.features) !== JSON.stringify(want.features) || entry.rows !== want.rows || (renderings && JSON.stringify(entry.renderings) !== JSON.stringify(want.renderings))) bad.push(`${doc.id}: manifest`);
  }
  if (bad.length) { console.log(bad.join("\n")); process.exit(1); }
  console.log(`${docs.length} documents match`);
  process.exit(0);
}

/** Rows of the truth of the documents of one split. */
const splitRows = (docs, split, rowsOf) => docs.filter((d) => d.split === split).reduce((a, d) => a + rowsOf(d), 0);

/**
 * `--features`: the feature crossing of the plan, no printing: every feature with its count of
 * ruled and borderless documents, marked where it is thin (fewer than 3) or one-sided, and the rows
 * of each split. Exits 0.
 */
export function featureReport(docs, n, { truthOf, manifestEntry }) {
  const c = new Map();
  for (const d of docs) for (const f of manifestEntry(d, truthOf(d)).features) { const x = c.get(f) ?? [0, 0]; x[d.style.ruled ? 0 : 1]++; c.set(f, x); }
  for (const [f, x] of [...c].sort()) console.log(f, x, x[0] + x[1] < 3 || ((!x[0] || !x[1]) && !/^(ruled|borderless|rules:)/.test(f)) ? "  <-- thin or one-sided" : "");
  const rows = (d) => truthOf(d).rows.length;
  console.log(`${splitRows(docs, `dev${n}`, rows)} dev${n} rows, ${splitRows(docs, `holdout${n}`, rows)} holdout${n} rows`);
  process.exit(0);
}

/**
 * `--truth`: the truth files only (the prints are unchanged by a truth-only change) and the
 * manifest's features (its pages, cutRows and producers are the prints' and stay). Exits 0.
 */
export function rewriteTruth(out, docs, { truthOf, manifestEntry }) {
  const manifest = JSON.parse(readFileSync(join(out, "manifest.json"), "utf8"));
  for (const doc of docs) {
    writeFileSync(join(out, doc.split, `${doc.id}.truth.json`), truthText(truthOf(doc)));
    const entry = manifest.documents.find((d) => d.id === doc.id);
    if (entry) entry.features = manifestEntry(doc, truthOf(doc)).features;
  }
  writeFileSync(join(out, "manifest.json"), JSON.stringify(manifest, null, 1) + "\n");
  console.log(`${docs.length} truth files and the manifest's features written`);
  process.exit(0);
}

/** A producer's version line (its first line of output), or the first line of what it said when it failed. */
export function producerVersion(cmd, args) {
  try {
    return execFileSync(cmd, args, { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] }).split("\n")[0].trim();
  } catch (e) {
    return String(e.stdout || e.stderr || e.message).split("\n")[0].trim();
  }
}

/**
 * A printed document's pages and the truth rows its page breaks cut, per print (`pdfs`: kind → path),
 * as a manifest entry records them (`pages.<kind>`, `cutRows.<kind>`; scripts/corpus/page-cuts.mjs).
 */
export function pagesAndCuts(pdfs, truth) {
  const pages = {}, cuts = {};
  for (const [k, f] of Object.entries(pdfs)) { pages[k] = pagesOf(f).length - 1; cuts[k] = cutRows(f, truth); }
  return { pages, cutRows: cuts };
}

/**
 * The manifest of a full run: generator, seed, producers, the split sizes, the documents sorted by
 * id; written under `out`, with the rows of each split printed.
 */
export function writeManifest(out, n, { seed, producers, nDev, nDocs, entries }) {
  const manifest = {
    generator: `scripts/corpus${n}/generate.mjs`, seed,
    producers,
    splits: { [`dev${n}`]: nDev, [`holdout${n}`]: nDocs - nDev },
    documents: entries.sort((a, b) => a.id.localeCompare(b.id)),
  };
  writeFileSync(join(out, "manifest.json"), JSON.stringify(manifest, null, 1) + "\n");
  console.log(`\n${entries.length} documents, ${splitRows(entries, `dev${n}`, (e) => e.rows)} dev${n} rows, ${splitRows(entries, `holdout${n}`, (e) => e.rows)} holdout${n} rows`);
}

/**
 * The manifest of a validation draw printed into a folder of its own (`out` = test/corpus<n>/<split>,
 * corpora 16, 18, 19; test/corpus/README.md, "Validation draws"): generator, seed, producers, the one
 * split's size, the documents sorted by id; the draw's rows printed.
 */
export function writeDrawManifest(out, n, { seed, split }, producers, entries) {
  const manifest = { generator: `scripts/corpus${n}/generate.mjs`, seed, producers, splits: { [split]: entries.length }, documents: entries.sort((a, b) => a.id.localeCompare(b.id)) };
  writeFileSync(join(out, "manifest.json"), JSON.stringify(manifest, null, 1) + "\n");
  console.log(`\n${entries.length} documents, ${entries.reduce((a, e) => a + e.rows, 0)} ${split} rows`);
}
