/**
 * Which truth rows a page break cuts in a PDF: a row is whole when one page of `pdftotext -raw`
 * holds every one of its cells (objective, items, extra items) whole; otherwise it is cut. A cut
 * row is "late" when the page where it starts holds at most one of its cells whole (it starts in
 * the last lines of that page).
 */
import { execFileSync } from "node:child_process";

/** Compared without spaces, hyphens, dashes and soft hyphens (line wraps add or drop them). */
const squash = (s) => String(s).normalize("NFKC").replace(/[\s\u00ad\u2010\u2011\u2012\u2013\u2014-]+/g, "").toLowerCase();

export function findCutRows(pdf, truth) {
  const pages = execFileSync("pdftotext", ["-raw", pdf, "-"], { encoding: "utf8", maxBuffer: 1 << 26 }).split("\f").map(squash);
  const cut = [], late = [];
  let from = 0;
  truth.rows.forEach((row, i) => {
    const cells = [row.objective, ...row.accomplishments, ...row.measures, ...Object.entries(row).filter(([k]) => !["section", "objective", "accomplishments", "measures"].includes(k)).flatMap(([, v]) => v)].map(squash).filter((c) => c.length > 0);
    const whole = (p) => cells.filter((c) => pages[p].includes(c)).length;
    let home = -1;
    for (let p = from; p < pages.length; p++) if (whole(p) === cells.length) { home = p; break; }
    if (home >= 0) { from = home; return; }
    cut.push(i);
    let start = -1;
    for (let p = from; p < pages.length; p++) if (whole(p) > 0 || pages[p].includes(squash(row.objective).slice(0, 24))) { start = p; break; }
    if (start >= 0) { if (whole(start) <= 1) late.push(i); from = start; }
  });
  return { cut, late };
}
