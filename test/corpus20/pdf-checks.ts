/**
 * The PDF checks of test/corpus20 that read every document's PDF with poppler (the bulk of the
 * corpus test's time): corpus20.test.ts runs them on dev20/holdout20 in `npm test`,
 * val20.slow.test.ts on the validation draw val20 in `npm run test:slow` (session 34: the draw
 * doubled the corpus test's time). Each returns the problems found, [] when none.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { plainKey, readManifest, readTruth } from "../support/corpus-manifest.js";

type Doc = ReturnType<typeof readManifest>["documents"][number];

/** A document's Typst PDF, its manifest path under the corpus folder `here`. */
export const pdfPath = (here: string, d: Doc) => join(here, d.renderings["typst.pdf"] ?? "");
export const hyphenated = (d: Doc) => d.features.includes("hyphenate:true");

/**
 * Truth words missing from the PDF's `pdftotext -raw` text once its soft-hyphen breaks are joined,
 * and the hyphenated documents whose layout text has no U+00AD (at most two may lack one).
 */
export function readingOrderProblems(here: string, docs: Doc[]): string[] {
  const missing: string[] = [];
  for (const d of docs) {
    const text = execFileSync("pdftotext", ["-raw", pdfPath(here, d), "-"], { encoding: "utf8" });
    const raw = plainKey(text.replace(/\u00AD\s*\n\s*/g, "")).toLowerCase();
    const across = brokenAcrossPages(text);
    for (const r of readTruth(here, d).rows)
      for (const [f, v] of Object.entries(r)) if (f !== "section") for (const c of [v].flat()) for (const w of plainKey(String(c)).toLowerCase().split(/[\s\-–/]+/)) if (w && !raw.includes(w) && !across.has(w)) missing.push(`${d.id} ${w}`);
  }
  // the hyphenated documents do break words so: a soft hyphen ends lines of their layout text
  const noSoft = docs.filter(hyphenated).filter((d) => !/\u00AD/.test(readFileSync(join(here, d.renderings["typst.txt"] ?? ""), "utf8")));
  return noSoft.length > 2 ? [...missing, `hyphenated without a soft hyphen: ${noSoft.map((d) => d.id).join(" ")}`] : missing;
}

/**
 * Words a soft hyphen breaks at a column's last line on a page whose rest opens a line of the next
 * page: the page's number and running head, and in raw order another column's first line, come
 * between the two halves (session 41: corpus20 val20f v20f-024, "early con­" / "1" / form feed / head /
 * "boundary within the ap­" / … / "tact with new officials."). In raw order a column's last line
 * need not be near the page's end: the other columns' lines of the same band follow it (session 43:
 * val20h v20h-022, "lives of the conflict-af­" eight lines before the page's end, "fected
 * populations" after the next page's head). So every line of the page that ends in a soft hyphen
 * is a first half, each joined with every line opening of the next page's first lines (any of them
 * may be the rest, none is taken on trust for any other word).
 */
function brokenAcrossPages(text: string): Set<string> {
  const words = new Set<string>();
  const pages = text.split("\f");
  for (let p = 0; p + 1 < pages.length; p++) {
    // the word's part after a hard hyphen, as the truth's words are split ("conflict-af­" → "af")
    const ends = pages[p]!.split("\n").flatMap((l) => /([^\s\-–/]+)\u00AD\s*$/.exec(l)?.[1] ?? []);
    if (ends.length === 0) continue;
    for (const l of pages[p + 1]!.split("\n").slice(0, 8)) {
      const rest = /^\s*(\S+)/.exec(l)?.[1];
      if (rest) for (const end of ends) words.add(plainKey(end + rest).toLowerCase());
    }
  }
  return words;
}

/** Documents not compiled by Typst, with a font not embedded as a subset, or without the family the manifest names. */
export function typstFontProblems(here: string, docs: Doc[]): string[] {
  const family = { "libertinus-serif": /LibertinusSerif-Regular/, "new-computer-modern": /NewCM10-Regular/, "dejavu-sans": /DejaVuSans(?!-Bold)\b/, "liberation-serif": /LiberationSerif(?!-Bold)\b/ } as Record<string, RegExp>;
  const problems: string[] = [];
  for (const d of docs) {
    if (!/Creator:\s+Typst 0\.1\d/.test(execFileSync("pdfinfo", [pdfPath(here, d)], { encoding: "utf8" }))) problems.push(`${d.id}: not Typst`);
    const fonts = execFileSync("pdffonts", [pdfPath(here, d)], { encoding: "utf8" }).split("\n").slice(2).filter(Boolean);
    const font = d.features.find((f) => f.startsWith("font:"))!.slice(5);
    if (!fonts.every((l) => /Identity-H\s+yes\s+yes\s+yes/.test(l))) problems.push(`${d.id}: a font not embedded as a subset`);
    if (!fonts.some((l) => family[font]!.test(l))) problems.push(`${d.id}: no ${font}`);
  }
  return problems;
}

/** Poppler's first error line per PDF that prints one. */
export function popplerErrors(here: string, docs: Doc[]): string[] {
  return docs.flatMap((d) => {
    const r = spawnSync("pdftotext", [pdfPath(here, d), "-"], { encoding: "utf8" });
    return r.stderr.trim() ? [`${d.id}: ${r.stderr.trim().split("\n")[0]}`] : [];
  });
}
