/**
 * Which truth rows a PDF's page breaks cut (the manifests' `cutRows`), as corpora 13–15 measure
 * them: each page's `pdftotext -raw` text squashed (NFKC, one apostrophe, no white space or soft
 * hyphens) and joined; a row is cut when its objective and its last measure (found after it) lie
 * on different pages.
 */
import { execFileSync } from "node:child_process";

/** The pages of `pdftotext -raw`, split at its form feeds (the last entry follows the last page). */
export function pagesOf(pdf) {
  return execFileSync("pdftotext", ["-raw", pdf, "-"], { encoding: "utf8", maxBuffer: 1 << 26 }).split("\f");
}

export const squash = (s) => s.normalize("NFKC").replace(/[’']/g, "'").replace(/[\s\u00ad]+/g, "");

/** The indexes of `truth.rows` a page break cuts; `key` squashes page text and cells alike. */
export function cutRows(pdf, truth, key = squash) {
  const pages = pagesOf(pdf).map(key);
  const starts = []; let acc = 0;
  for (const p of pages) { starts.push(acc); acc += p.length; }
  const all = pages.join("");
  const pageAt = (pos) => { let p = 0; while (p + 1 < starts.length && starts[p + 1] <= pos) p++; return p; };
  const cut = [];
  truth.rows.forEach((r, i) => {
    const o = all.indexOf(key(r.objective));
    if (o < 0) return;
    const lastM = key(r.measures.at(-1) ?? "");
    const e = all.indexOf(lastM, o);
    if (e >= 0 && pageAt(o) !== pageAt(e + lastM.length - 1)) cut.push(i);
  });
  return cut;
}
