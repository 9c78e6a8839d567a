/**
 * Text (and Markdown) far larger than any compact or UN document: a 50 MB text file is an archive,
 * a dump or a log, not one document. Reading it for structure would cost what a document costs
 * per byte — the full Layout (a segment object per cell) and the classify / compact / tables
 * stages hold ~16 bytes of heap per input byte and the whole pipeline ran at ~0.2 MB/s on the
 * 2-core test machine (8 MB: 47 s, 330 MB peak; 50 MB: past 512 MB, OUT_OF_MEMORY) — and the
 * answer would be wrong anyway (one "compact" made of thousands).
 *
 * So such a text takes the cheap path, said in a warning (TEXT_TOO_LARGE) and a `partial` status:
 * a lean Layout (the text and its pages; lines are made chunk by chunk), kind `unknown`, no
 * classification, tables or paragraphs; but every entity and reference over the whole text, found
 * chunk by chunk (bounded time per chunk, progress reported per chunk), so no content is lost
 * silently. Splitting the file into its documents converts each one in full.
 */
import type { Context, Doc } from "./model/doc.js";
import type { Layout, Line, Page } from "./model/layout.js";
import type { References } from "./model/output.js";
import { entitiesStage } from "./entities/index.js";
import { LINE_HEIGHT } from "./extract/text.js";

/**
 * Text beyond this many bytes is not read for structure. A compact is 10–100 KB of text and the
 * longest UN reports about 1 MB; 8 MiB is eight times that. Measured at 8 MB (the whole pipeline,
 * 2-core machine under load): 47 s and 330 MB peak, inside the default limits and `--max-memory 512`.
 */
export const MAX_STRUCTURED_TEXT_BYTES = 8 * 2 ** 20;
/**
 * Entities are found in chunks of about this many characters. Some recognisers compare every
 * span with every other of another kind (organisations inside mission names), so their time
 * grows with the square of a text's length: 4 MB took 4 s, 8 MB 29 s. 1 M characters is a
 * thousand-page report's worth per chunk, and a few seconds each.
 */
export const ENTITY_CHUNK_CHARS = 2 ** 20;
/**
 * A chunk ends after a blank line (a paragraph end) when one lies in its last this-many lines, so
 * an entity wrapped over two lines ("… Mission in" / "Liberia") is not cut; else at a line end.
 */
const PARAGRAPH_SEARCH_LINES = 200;

/**
 * Entities listed for a large text: a compact has ~150, a long UN report a few thousand; 100,000
 * is the entities of ~650 compacts and ~17 MB of output JSON, so the output, its JSON and its copy
 * to the batch's main process fit a 512 MB worker. A 50 MB text has ~485,000: all are found (the
 * references, from every one, are complete), the rest are counted by type in ENTITIES_TRUNCATED.
 */
export const MAX_LARGE_TEXT_ENTITIES = 100_000;

/** Warning code of a text read without its structure. */
export const LARGE_TEXT_WARNING = "TEXT_TOO_LARGE";
/** Warning code of a large text whose entities are not all listed. */
export const ENTITIES_TRUNCATED_WARNING = "ENTITIES_TRUNCATED";

/** Is this document read for its structure (classification, tables, paragraphs), or only for its entities? */
export function readsStructure(doc: Pick<Doc, "source">): boolean {
  return doc.source.format === "pdf" || doc.source.bytes <= MAX_STRUCTURED_TEXT_BYTES;
}

/** The warning a large text gets, naming its size, the limit and what was and was not read. */
export function largeTextWarning(bytes: number): { code: string; message: string; page: null; line: null } {
  const mb = (n: number) => `${(n / 2 ** 20).toFixed(1)} MB`;
  return {
    code: LARGE_TEXT_WARNING,
    message:
      `${mb(bytes)} of text is more than any compact or UN document (structure is read up to ${mb(MAX_STRUCTURED_TEXT_BYTES)}): ` +
      "read as kind unknown with every entity and reference, but no classification, tables or paragraphs; " +
      "split the file into its documents to convert each one in full",
    page: null,
    line: null,
  };
}

/**
 * The lines of a text, with pages at form feeds as text.ts reads them (a form feed at the start of
 * a line, or alone, starts a new page), generated one by one: a large text never holds them all.
 */
export function* textLines(text: string): Generator<Line> {
  let page = 1;
  let onPage = 0;
  let offset = 0;
  let lineNo = 0;
  while (offset <= text.length) {
    const nl = text.indexOf("\n", offset);
    const end = nl === -1 ? text.length : nl;
    lineNo++;
    let start = offset;
    while (text.charCodeAt(start) === 0x0c && start < end) {
      if (onPage > 0 || page > 1 || lineNo > 1) {
        page++;
        onPage = 0;
      }
      start++;
    }
    const lineText = text.slice(start, end);
    yield { page, line: lineNo, y: onPage * LINE_HEIGHT, text: lineText, start, end, segments: [], kind: lineText.trim() === "" ? "blank" : "text" };
    onPage++;
    if (nl === -1) return;
    offset = nl + 1;
  }
}

/**
 * Plain text → a lean Layout: the text and its pages (at form feeds), each page without lines.
 * Lines are made from the text chunk by chunk when the entities are looked for (entitiesInChunks):
 * one object per line of a 50 MB text would be ~150 MB, a third of a worker's memory.
 */
export function leanTextLayout(text: string, format: Layout["format"]): Layout {
  const out: Page[] = [];
  for (const l of textLines(text)) {
    // Form feeds in a row make empty pages, as in text.ts.
    while (out.length < l.page) out.push({ number: out.length + 1, width: 0, height: 0, lines: [], rules: [], removed: [] });
    out[l.page - 1]!.height = l.y + LINE_HEIGHT;
  }
  return { format, text, pages: out };
}

/**
 * The text's lines in runs of about ENTITY_CHUNK_CHARS, preferably cut after a blank line (within
 * the last PARAGRAPH_SEARCH_LINES lines), else at a line end; one line longer than a chunk is a chunk.
 */
function* chunksOf(text: string, chunkChars: number): Generator<Line[]> {
  let chunk: Line[] = [];
  for (const line of textLines(text)) {
    chunk.push(line);
    if (line.end - chunk[0]!.start < chunkChars) continue;
    let cut = chunk.length;
    for (let i = chunk.length; i > 1 && i > chunk.length - PARAGRAPH_SEARCH_LINES; i--) {
      if (chunk[i - 1]!.kind === "blank") {
        cut = i;
        break;
      }
    }
    yield chunk.slice(0, cut);
    chunk = chunk.slice(cut);
  }
  if (chunk.length > 0) yield chunk;
}

/**
 * The references of several chunks as one document's: each symbol once, in order of first
 * appearance, with every raw form; a date when the chunks that date it agree, else none (with
 * DATE_CONFLICT, as one text's conflicting dates get).
 */
function mergeReferences(parts: readonly References[], doc: Doc): References {
  const resolutions = new Map<string, { raw: string[]; dates: Set<string> }>();
  const documents = new Map<string, string[]>();
  for (const part of parts) {
    for (const r of part.resolutions) {
      const into = resolutions.get(r.symbol) ?? { raw: [], dates: new Set<string>() };
      resolutions.set(r.symbol, into);
      for (const raw of r.raw) if (!into.raw.includes(raw)) into.raw.push(raw);
      if (r.date !== null) into.dates.add(r.date);
    }
    for (const d of part.documents) {
      const into = documents.get(d.symbol) ?? [];
      documents.set(d.symbol, into);
      for (const raw of d.raw) if (!into.includes(raw)) into.push(raw);
    }
  }
  const out: References = { resolutions: [], documents: [] };
  for (const [symbol, r] of resolutions) {
    if (r.dates.size > 1) doc.warnings.push({ code: "DATE_CONFLICT", message: `${symbol} is dated ${[...r.dates].join(" and ")}; no date recorded`, page: null, line: null });
    out.resolutions.push({ symbol, date: r.dates.size === 1 ? [...r.dates][0]! : null, raw: r.raw });
  }
  for (const [symbol, raw] of documents) out.documents.push({ symbol, raw });
  return out;
}

/**
 * The entities stage over a large text, chunk by chunk: each chunk is a small document of its own
 * (its lines, its slice of the text) for the ordinary entities stage; spans are moved back to
 * offsets into the whole text, warnings keep their real page and line, references are merged.
 * A span across a chunk boundary is not found; chunks end at blank lines where they can.
 */
export function entitiesInChunks(doc: Doc, ctx: Context): Promise<Doc> {
  return findEntitiesInChunks(doc, ctx, { chunkChars: ENTITY_CHUNK_CHARS, maxEntities: MAX_LARGE_TEXT_ENTITIES });
}

/** entitiesInChunks with its limits given (tests use small ones). */
export async function findEntitiesInChunks(doc: Doc, ctx: Context, limits: { chunkChars: number; maxEntities: number }): Promise<Doc> {
  const { chunkChars, maxEntities } = limits;
  const text = doc.layout.text;
  // Only to report progress in parts of the whole.
  const parts = Math.max(1, Math.ceil(text.length / chunkChars));
  const references: References[] = [];
  /** Entities found beyond maxEntities, by type; and where the listed ones end. */
  const unlisted = new Map<string, number>();
  let listedUpTo: { offset: number; page: number | null } | null = null;
  let done = 0;
  for (const chunk of chunksOf(text, chunkChars)) {
    const base = chunk[0]!.start;
    const end = chunk.at(-1)!.end;
    const pages = new Map<number, Line[]>();
    for (const l of chunk) {
      const list = pages.get(l.page) ?? [];
      list.push({ ...l, start: l.start - base, end: l.end - base });
      pages.set(l.page, list);
    }
    const part: Doc = {
      ...doc,
      layout: { format: doc.layout.format, text: text.slice(base, end), pages: [...pages].map(([number, lines]) => ({ number, width: 0, height: 0, lines, rules: [], removed: [] })) },
      warnings: [],
      entities: [],
      references: { resolutions: [], documents: [] },
      compact: null,
      unDocument: null,
    };
    const found = await entitiesStage(part, ctx);
    for (const e of [...found.entities].sort((a, b) => a.start - b.start)) {
      if (doc.entities.length < maxEntities) {
        doc.entities.push({ ...e, start: e.start + base, end: e.end + base });
        listedUpTo = { offset: e.end + base, page: e.page };
      } else unlisted.set(e.type, (unlisted.get(e.type) ?? 0) + 1);
    }
    doc.warnings.push(...found.warnings);
    references.push(found.references);
    done++;
    ctx.options.onProgress?.({ page: Math.min(done, parts), pages: parts, unit: "part" });
  }
  doc.references = mergeReferences(references, doc);
  if (unlisted.size > 0) {
    const count = [...unlisted.values()].reduce((a, b) => a + b, 0);
    const byType = [...unlisted].map(([type, n]) => `${n.toLocaleString("en-US")} ${type}`).join(", ");
    doc.warnings.push({
      code: ENTITIES_TRUNCATED_WARNING,
      message:
        `${(maxEntities + count).toLocaleString("en-US")} entities found; the first ${maxEntities.toLocaleString("en-US")} are listed ` +
        `(to offset ${listedUpTo?.offset ?? 0}), the other ${count.toLocaleString("en-US")} are not: ${byType}. ` +
        "The references list every resolution and document symbol of the whole text",
      page: listedUpTo?.page ?? null,
      line: null,
    });
  }
  return doc;
}
