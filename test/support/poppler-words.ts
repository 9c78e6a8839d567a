/**
 * Word boxes of a PDF as poppler's `pdftotext -bbox` reads them: an extractor independent of ours
 * (poppler, not pdf.js), used to check the review site's boxes against where the words really are.
 */
import { execFileSync } from "node:child_process";

export interface PopplerWord {
  page: number;
  text: string;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

const ENTITIES: Record<string, string> = { "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#39;": "'", "&apos;": "'" };

export function popplerWords(pdf: string): PopplerWord[] {
  const xhtml = execFileSync("pdftotext", ["-bbox", pdf, "-"], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  const words: PopplerWord[] = [];
  let page = 0;
  for (const m of xhtml.matchAll(/<page\b|<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)) {
    if (m[0] === "<page") {
      page++;
      continue;
    }
    const text = m[5]!.replace(/&[a-z#0-9]+;/g, (e) => ENTITIES[e] ?? e);
    words.push({ page, text, x0: Number(m[1]), y0: Number(m[2]), x1: Number(m[3]), y1: Number(m[4]) });
  }
  return words;
}
