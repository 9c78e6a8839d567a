/**
 * A pass over a PDF's raw bytes before pdf.js reads it, for the two traps pdf.js has no option
 * against:
 *
 * - **Decompression bombs.** pdf.js decodes a content stream (or a font, or an object stream)
 *   into one growing buffer and keeps all of it: a 7 KB file whose double-Flate content stream
 *   inflates to 4 GiB needs 4–8 GB. Here every Flate chain is inflated with a cap first; a stream
 *   that decodes to more than MAX_DECODED_STREAM_BYTES has its data replaced, in a copy of the
 *   file and at the same length (so every xref offset stays right), by the same filter chain
 *   over nothing. pdf.js then reads an empty stream. Images are left alone: pdf.js decodes only
 *   width × height of them, and `maxImageSize` (pdf.ts) bounds that.
 * - **Nesting pdf.js cannot parse.** Its parser recurses per array/dictionary level; a content
 *   stream nesting ~20,000 arrays overflows the stack and pdf.js drops the rest of the page with no
 *   error at all. Streams nesting deeper than MAX_CONTENT_NESTING are reported.
 *
 * Stream objects are always top-level indirect objects (never inside object streams), so a scan
 * for `stream` keywords after a dictionary finds every one. Filters other than Flate (LZW, ASCII85,
 * RunLength, …) are not decoded here; a bomb behind them is still stopped by the worker's memory limit.
 */
import { constants, deflateSync, inflateSync } from "node:zlib";

/**
 * Most bytes one stream may decode to. A dense real page's content stream is ~50 KB, the largest
 * embedded fonts (whole CJK families) ~25 MB; 64 MB is beyond any genuine non-image stream and
 * still far below a worker's memory limit.
 */
export const MAX_DECODED_STREAM_BYTES = 64 * 2 ** 20;
/**
 * Deepest array/dictionary nesting accepted in a content stream. Real content nests 2–3 levels
 * (a TJ array, an inline-image dictionary); pdf.js reads 5,000 levels but loses the page at
 * 20,000. 1,000 reports every stream pdf.js might lose, and no real one.
 */
export const MAX_CONTENT_NESTING = 1000;
/** How far before `stream` its dictionary may start: dictionaries are short; a bound keeps the scan linear. */
const MAX_DICT_BYTES = 64 * 1024;

export interface StreamProblem {
  kind: "too-large" | "too-deep";
  /** Object number of the stream, when its `N G obj` header was found. */
  object: number | null;
  message: string;
}

export interface StreamLimits {
  maxDecodedBytes: number;
  maxNesting: number;
}

const FILTER_NAMES: Readonly<Record<string, string>> = { Fl: "FlateDecode", FlateDecode: "FlateDecode" };
/** Streams that are not page content: no nesting check (binary fonts would give false counts). */
const NOT_CONTENT = /\/Subtype\s*\/(?:Image|Type1C|CIDFontType0C|OpenType|XML)\b|\/Length[123]\b|\/Type\s*\/(?:XRef|ObjStm|Metadata|EmbeddedFile)\b|\/N\s+[134]\b/;
const IS_IMAGE = /\/Subtype\s*\/Image\b/;

function filtersOf(dict: string): string[] | null {
  const m = /\/Filter\s*(?:\[([^\]]*)\]|\/([A-Za-z0-9]+))/.exec(dict);
  if (!m) return [];
  const names = m[1] !== undefined ? [...m[1].matchAll(/\/([A-Za-z0-9]+)/g)].map((x) => x[1]!) : [m[2]!];
  const known = names.map((n) => FILTER_NAMES[n]);
  return known.every((k) => k !== undefined) ? (known as string[]) : null; // null: a filter this scan does not decode
}

/** Inflate at most `cap` + 1 bytes; a truncated stream gives what it has (as pdf.js does). Null if not Flate data at all. */
function inflateCapped(data: Uint8Array, cap: number): { out: Buffer; over: boolean } | null {
  try {
    const out = inflateSync(data, { maxOutputLength: cap + 1, finishFlush: constants.Z_SYNC_FLUSH });
    return { out, over: out.length > cap };
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE") return { out: Buffer.alloc(0), over: true };
    return null;
  }
}

/** Deepest [ ] / << >> nesting outside string literals. */
export function nestingDepth(data: Uint8Array): number {
  let depth = 0;
  let max = 0;
  let inString = 0;
  for (let i = 0; i < data.length; i++) {
    const c = data[i]!;
    if (inString > 0) {
      if (c === 0x5c) i++; // backslash escapes the next byte
      else if (c === 0x28) inString++;
      else if (c === 0x29) inString--;
      continue;
    }
    if (c === 0x28) inString = 1;
    else if (c === 0x25) {
      while (i < data.length && data[i] !== 0x0a && data[i] !== 0x0d) i++; // comment
    } else if (c === 0x5b || (c === 0x3c && data[i + 1] === 0x3c)) {
      if (c === 0x3c) i++;
      if (++depth > max) max = depth;
    } else if (c === 0x5d || (c === 0x3e && data[i + 1] === 0x3e)) {
      if (c === 0x3e) i++;
      if (depth > 0) depth--;
    }
  }
  return max;
}

function isWhite(c: number | undefined): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09 || c === 0x0c || c === 0x00;
}

interface FoundStream {
  object: number | null;
  dict: string;
  start: number;
  end: number;
}

/** Every `<< … >> stream … endstream` in the file. */
function* findStreams(buf: Buffer): Generator<FoundStream> {
  let pos = 0;
  for (;;) {
    const at = buf.indexOf("stream", pos, "latin1");
    if (at < 0) return;
    pos = at + 6;
    if (buf[at - 1] === 0x64 /* "endstream" */) continue;
    let back = at - 1;
    while (back >= 0 && isWhite(buf[back])) back--;
    if (buf[back] !== 0x3e || buf[back - 1] !== 0x3e) continue;
    let start = at + 6;
    if (buf[start] === 0x0d) start++;
    if (buf[start] === 0x0a) start++;
    const objAt = buf.lastIndexOf("obj", back, "latin1");
    if (objAt < 0 || back - objAt > MAX_DICT_BYTES) continue;
    const dict = buf.toString("latin1", objAt + 3, back + 1);
    const header = /(\d+)\s+\d+\s+$/.exec(buf.toString("latin1", Math.max(0, objAt - 24), objAt));
    const length = /\/Length\s+(\d+)(?!\s+\d+\s+R)/.exec(dict);
    let end = -1;
    if (length) {
      const e = start + Number(length[1]);
      let after = e;
      while (after < buf.length && isWhite(buf[after])) after++;
      if (buf.toString("latin1", after, after + 9) === "endstream") end = e;
    }
    if (end < 0) {
      const e = buf.indexOf("endstream", start, "latin1");
      if (e < 0) return;
      end = e;
      while (end > start && (buf[end - 1] === 0x0a || buf[end - 1] === 0x0d)) end--;
    }
    yield { object: header ? Number(header[1]) : null, dict, start, end };
    pos = end;
  }
}

/**
 * Check every stream of a PDF; returns the bytes pdf.js should read (the input itself when
 * nothing was over the cap, else a copy with the oversized streams emptied) and what was found.
 */
export function guardStreams(bytes: Uint8Array, limits: StreamLimits = { maxDecodedBytes: MAX_DECODED_STREAM_BYTES, maxNesting: MAX_CONTENT_NESTING }): { bytes: Uint8Array; problems: StreamProblem[] } {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const problems: StreamProblem[] = [];
  let copy: Buffer | null = null;
  for (const s of findStreams(buf)) {
    if (IS_IMAGE.test(s.dict)) continue;
    const filters = filtersOf(s.dict);
    if (filters === null) continue;
    let data: Buffer = buf.subarray(s.start, s.end);
    let over = false;
    for (let i = 0; i < filters.length; i++) {
      const r = inflateCapped(data, limits.maxDecodedBytes);
      if (r === null) break; // damaged: pdf.js decides what it can read
      data = r.out;
      if (r.over) {
        over = true;
        break;
      }
    }
    const name = s.object === null ? "a stream" : `stream ${s.object} 0 obj`;
    if (over) {
      problems.push({ kind: "too-large", object: s.object, message: `${name} decodes to more than ${limits.maxDecodedBytes} bytes; it was skipped` });
      const empty = filters.reduce<Buffer>((inner) => deflateSync(inner), Buffer.alloc(0));
      if (empty.length <= s.end - s.start) {
        copy ??= Buffer.from(buf);
        copy.fill(0, s.start, s.end);
        empty.copy(copy, s.start);
      }
      continue;
    }
    if (NOT_CONTENT.test(s.dict)) continue;
    const depth = nestingDepth(data);
    if (depth > limits.maxNesting) {
      problems.push({ kind: "too-deep", object: s.object, message: `${name} nests arrays or dictionaries ${depth} deep (more than ${limits.maxNesting}); text after that point is lost` });
    }
  }
  return { bytes: copy ? new Uint8Array(copy.buffer, copy.byteOffset, copy.byteLength) : bytes, problems };
}

/**
 * Object numbers of the content streams of the page stored as object `pageObject` (its /Contents),
 * read from the raw file; empty when the page dictionary sits in a compressed object stream.
 */
export function contentStreamsOfPage(bytes: Uint8Array, pageObject: number): number[] {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const header = new RegExp(`(?:^|[^0-9])${pageObject}\\s+\\d+\\s+obj\\b`);
  for (let at = buf.indexOf(`${pageObject} `, 0, "latin1"); at >= 0; at = buf.indexOf(`${pageObject} `, at + 1, "latin1")) {
    const head = buf.toString("latin1", Math.max(0, at - 1), at + 24);
    if (!header.test(head)) continue;
    const end = buf.indexOf("endobj", at, "latin1");
    const dict = buf.toString("latin1", at, end < 0 ? Math.min(buf.length, at + MAX_DICT_BYTES) : Math.min(end, at + MAX_DICT_BYTES));
    const m = /\/Contents\s*(\[[^\]]*\]|\d+\s+\d+\s+R)/.exec(dict);
    if (!m) return [];
    return [...m[1]!.matchAll(/(\d+)\s+\d+\s+R/g)].map((x) => Number(x[1]));
  }
  return [];
}
