/**
 * Test and benchmark corpora for the batch CLI: synthetic compacts as text, Markdown and PDF (made
 * with pdf-lib, so CI needs no office suite), plus the broken files real archives contain.
 */
import { mkdir, writeFile, readFile } from "node:fs/promises";
import { deflateSync, crc32 } from "node:zlib";
import { dirname, join } from "node:path";
import { PDFDocument, StandardFonts, type PDFFont, type PDFPage } from "pdf-lib";
import type { MissionRecord } from "../../../src/data/index.js";
import { prng, renderCompactMarkdown, renderCompactText, synthCompactFacts, type SynthCompact } from "../../support/synth.js";

export const ENCRYPTED_PDF_FIXTURE = new URL("../fixtures/encrypted.pdf", import.meta.url);

// ---- PDF rendering ----

const A4 = { width: 595, height: 842 };
const MARGIN = 50;
const FONT_SIZE = 9;
const LEADING = 11;
/** Left edges of the Objective / Expected accomplishment / Performance measure columns. */
const COLUMN_X = [MARGIN, 230, 410];
const COLUMN_WIDTH = 170;

/** Standard 14 fonts encode WinAnsi only; anything else becomes "?" rather than a crash. */
function encodable(font: PDFFont, text: string): string {
  return [...text]
    .map((ch) => {
      try {
        font.encodeText(ch);
        return ch;
      } catch {
        return "?";
      }
    })
    .join("");
}

function wrap(font: PDFFont, text: string, width: number): string[] {
  const lines: string[] = [];
  let current = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = current ? `${current} ${word}` : word;
    if (current && font.widthOfTextAtSize(next, FONT_SIZE) > width) {
      lines.push(current);
      current = word;
    } else current = next;
  }
  if (current) lines.push(current);
  return lines;
}

/**
 * Lay a synthetic compact out like a word-processor export: prose across the page, table rows as
 * three wrapped columns, a new page when the current one is full.
 */
export async function renderCompactPdf(c: SynthCompact, pageSize: { width: number; height: number } = A4): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setCreationDate(new Date(Date.UTC(c.year, 0, 1)));
  pdf.setModificationDate(new Date(Date.UTC(c.year, 0, 1)));
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  let page: PDFPage = pdf.addPage([pageSize.width, pageSize.height]);
  let y = pageSize.height - MARGIN;
  const need = (lines: number) => {
    if (y - lines * LEADING < MARGIN) {
      page = pdf.addPage([pageSize.width, pageSize.height]);
      y = pageSize.height - MARGIN;
    }
  };
  for (const raw of renderCompactText(c).split("\n")) {
    // Tabs mark table cells; split on them before encoding (a tab itself is not encodable).
    const line = raw.split("\t").map((cell) => encodable(font, cell)).join("\t");
    if (line.includes("\t")) {
      const cells = line.split("\t").map((cell) => wrap(font, cell, COLUMN_WIDTH));
      const height = Math.max(1, ...cells.map((x) => x.length));
      need(height);
      cells.forEach((cellLines, col) =>
        cellLines.forEach((t, i) => page.drawText(t, { x: COLUMN_X[col] ?? MARGIN, y: y - i * LEADING, size: FONT_SIZE, font })),
      );
      y -= height * LEADING;
    } else if (line.trim() === "") {
      y -= LEADING / 2;
    } else {
      const wrapped = wrap(font, line, pageSize.width - 2 * MARGIN);
      need(wrapped.length);
      for (const t of wrapped) {
        page.drawText(t, { x: MARGIN, y, size: FONT_SIZE, font });
        y -= LEADING;
      }
    }
  }
  return pdf.save({ useObjectStreams: false });
}

/** A valid PNG of w×h grey pixels (the "scan" of the scanned-like PDF, and the renamed PNG). */
export function greyPng(w: number, h: number): Uint8Array {
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, "latin1"), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([len, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 0; // greyscale
  const rows = Buffer.alloc((w + 1) * h, 0xc0);
  for (let r = 0; r < h; r++) rows[r * (w + 1)] = 0; // filter byte: none
  return new Uint8Array(
    Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk("IHDR", ihdr), chunk("IDAT", deflateSync(rows)), chunk("IEND", Buffer.alloc(0))]),
  );
}

/** A PDF whose pages are only images: what a scanner produces, with no text layer at all. */
export async function scannedLikePdf(): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const image = await pdf.embedPng(greyPng(64, 64));
  for (let i = 0; i < 2; i++) {
    const page = pdf.addPage([A4.width, A4.height]);
    page.drawImage(image, { x: 0, y: 0, width: A4.width, height: A4.height });
  }
  return pdf.save({ useObjectStreams: false });
}

// ---- corpus ----

/** What a document in the corpus must become. */
export type Expectation =
  | { good: true; facts: SynthCompact; format: "text" | "markdown" | "pdf" }
  /** A broken file: failure with one of these codes (the PDF ones depend on the PDF extractor). */
  | { good: false; codes: readonly string[]; why: string };

export interface CorpusDocument {
  rel: string;
  expect: Expectation;
}

export interface CorpusSpec {
  text: number;
  markdown: number;
  pdf: number;
  broken: boolean;
  seed?: number;
}

/**
 * The broken files: each a kind real archives contain. Codes are the ones the library must give;
 * where the right answer is a judgement of the PDF extractor (a huge page), the accepted set says so.
 */
export async function brokenDocuments(seed: number, missions: readonly MissionRecord[]): Promise<Array<{ rel: string; bytes: Uint8Array; codes: string[]; why: string }>> {
  const goodPdf = await renderCompactPdf(synthCompactFacts(seed + 1, missions));
  const r = prng(seed);
  const binary = new Uint8Array(4096).map(() => Math.floor(r() * 32)); // mostly control bytes
  const huge = await renderCompactPdf(synthCompactFacts(seed + 2, missions), { width: 14_400, height: 14_400 });
  return [
    { rel: "broken/zero-bytes.pdf", bytes: new Uint8Array(0), codes: ["EMPTY"], why: "zero bytes" },
    { rel: "broken/zero-bytes.txt", bytes: new Uint8Array(0), codes: ["EMPTY"], why: "zero bytes" },
    { rel: "broken/only-spaces.md", bytes: new TextEncoder().encode(" \n\n \t\n"), codes: ["EMPTY"], why: "whitespace only" },
    { rel: "broken/truncated.pdf", bytes: goodPdf.subarray(0, 300), codes: ["PDF_INVALID"], why: "truncated PDF (first 300 bytes)" },
    { rel: "broken/encrypted.pdf", bytes: new Uint8Array(await readFile(ENCRYPTED_PDF_FIXTURE)), codes: ["PDF_ENCRYPTED"], why: "encrypted PDF (user password)" },
    { rel: "broken/picture.pdf", bytes: greyPng(16, 16), codes: ["UNSUPPORTED_FORMAT"], why: "a PNG renamed .pdf" },
    { rel: "broken/binary.txt", bytes: binary, codes: ["UNSUPPORTED_FORMAT"], why: "binary data named .txt" },
    // No text at all: a failure with this code, or a partial output carrying it as a warning (the PDF extractor's call).
    { rel: "broken/scanned.pdf", bytes: await scannedLikePdf(), codes: ["NO_TEXT_LAYER"], why: "scanned-like PDF without text" },
    // A 200 × 200 inch page: text extraction copes; a renderer would need gigabytes. Success, or a clean TOO_LARGE.
    { rel: "broken/huge-page.pdf", bytes: huge, codes: ["TOO_LARGE", "(success)"], why: "huge page" },
  ];
}

/** Write a corpus under `dir`; returns what each file must become. Deterministic from the seed. */
export async function writeCorpus(dir: string, spec: CorpusSpec, missions: readonly MissionRecord[]): Promise<CorpusDocument[]> {
  const seed = spec.seed ?? 1;
  const docs: Array<CorpusDocument & { bytes: Uint8Array | string }> = [];
  for (let i = 0; i < spec.text; i++) {
    const facts = synthCompactFacts(seed * 100_000 + i, missions);
    // Two sub-folders so that equal basenames in different folders are part of every run.
    docs.push({ rel: `text/${i % 2 ? "odd" : "even"}/${facts.name}.txt`, bytes: renderCompactText(facts), expect: { good: true, facts, format: "text" } });
  }
  for (let i = 0; i < spec.markdown; i++) {
    const facts = synthCompactFacts(seed * 100_000 + 20_000 + i, missions);
    docs.push({ rel: `markdown/${facts.name}.md`, bytes: renderCompactMarkdown(facts), expect: { good: true, facts, format: "markdown" } });
  }
  for (let i = 0; i < spec.pdf; i++) {
    const facts = synthCompactFacts(seed * 100_000 + 40_000 + i, missions);
    docs.push({ rel: `pdf/${facts.name}.pdf`, bytes: await renderCompactPdf(facts), expect: { good: true, facts, format: "pdf" } });
  }
  if (spec.broken) {
    for (const b of await brokenDocuments(seed, missions)) docs.push({ rel: b.rel, bytes: b.bytes, expect: { good: false, codes: b.codes, why: b.why } });
  }
  for (const d of docs) {
    const path = join(dir, d.rel);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, d.bytes);
  }
  return docs.map(({ rel, expect }) => ({ rel, expect }));
}
