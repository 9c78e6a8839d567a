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
 * for `stream` keywords after a dictionary finds every one. Flate, LZW, RunLength, ASCIIHex and
 * ASCII85 chains are decoded here (each step capped); a stream behind any other filter (DCT,
 * JBIG2, CCITT, JPX: images, which pdf.js bounds by their size; Crypt) is left to pdf.js and the
 * worker's memory limit.
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

export type Filter = "FlateDecode" | "LZWDecode" | "ASCIIHexDecode" | "ASCII85Decode" | "RunLengthDecode";
/** Filters this pass decodes, with the abbreviations inline images and old writers use. */
const FILTER_NAMES: Readonly<Record<string, Filter>> = {
  Fl: "FlateDecode", FlateDecode: "FlateDecode",
  LZW: "LZWDecode", LZWDecode: "LZWDecode",
  AHx: "ASCIIHexDecode", ASCIIHexDecode: "ASCIIHexDecode",
  A85: "ASCII85Decode", ASCII85Decode: "ASCII85Decode",
  RL: "RunLengthDecode", RunLengthDecode: "RunLengthDecode",
};
/** Streams that are not page content: no nesting check (binary fonts would give false counts). */
const NOT_CONTENT = /\/Subtype\s*\/(?:Image|Type1C|CIDFontType0C|OpenType|XML)\b|\/Length[123]\b|\/Type\s*\/(?:XRef|ObjStm|Metadata|EmbeddedFile)\b|\/N\s+[134]\b/;
const IS_IMAGE = /\/Subtype\s*\/Image\b/;
/** Embedded font programs: FontFile (Length1–3), FontFile2 (Length1), FontFile3 (its /Subtype). */
const FONT_FILE = /\/Length[123]\b|\/Subtype\s*\/(?:Type1C|CIDFontType0C|OpenType)\b/;

/** The filter chain a stream dictionary names; null when a filter is not one this pass decodes (exported for tests). */
export function filtersOf(dict: string): Filter[] | null {
  const m = /\/Filter\s*(?:\[([^\]]*)\]|\/([A-Za-z0-9]+))/.exec(dict);
  if (!m) return [];
  const names = m[1] !== undefined ? [...m[1].matchAll(/\/([A-Za-z0-9]+)/g)].map((x) => x[1]!) : [m[2]!];
  const known = names.map((n) => FILTER_NAMES[n]);
  return known.every((k) => k !== undefined) ? (known as Filter[]) : null; // null: a filter this scan does not decode (DCT, JBIG2, Crypt …)
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

/**
 * Most bytes one byte of zlib data inflates to: a length/distance pair takes at least two bits
 * (one for its length code, one for its distance code) and writes at most 258 bytes, so 8 bits
 * write at most 4 × 258 (a literal or a stored byte writes less; the header and checksum nothing).
 */
const MAX_INFLATE_RATIO = 1032;

/** Collects decoded bytes up to a cap; `over` once more would have come. */
class CappedOutput {
  private readonly chunks: Buffer[] = [];
  private current = Buffer.alloc(64 * 1024);
  private used = 0;
  length = 0;
  over = false;
  constructor(private readonly cap: number) {}
  push(byte: number): boolean {
    if (this.length >= this.cap) {
      this.over = true;
      return false;
    }
    if (this.used === this.current.length) {
      this.chunks.push(this.current);
      this.current = Buffer.alloc(Math.min(this.current.length * 2, 16 * 2 ** 20));
      this.used = 0;
    }
    this.current[this.used++] = byte;
    this.length++;
    return true;
  }
  result(): { out: Buffer; over: boolean } {
    return { out: Buffer.concat([...this.chunks, this.current.subarray(0, this.used)]), over: this.over };
  }
}

const LZW_CLEAR = 256;
const LZW_EOD = 257;
const LZW_MAX_CODES = 4096;

/** LZWDecode (PDF flavour: 9–12-bit codes, EarlyChange 1) up to `cap` bytes. */
function lzwCapped(data: Uint8Array, cap: number, earlyChange: number): { out: Buffer; over: boolean } {
  const out = new CappedOutput(cap);
  const prefix = new Int32Array(LZW_MAX_CODES);
  const suffix = new Uint8Array(LZW_MAX_CODES);
  const length = new Int32Array(LZW_MAX_CODES);
  const stack = new Uint8Array(LZW_MAX_CODES);
  for (let i = 0; i < 256; i++) {
    suffix[i] = i;
    length[i] = 1;
    prefix[i] = -1;
  }
  let next = 258;
  let width = 9;
  let previous = -1;
  let bitBuffer = 0;
  let bitCount = 0;
  const emit = (code: number): number => {
    // Writes the string of `code`; returns its first byte.
    let n = 0;
    for (let c = code; c >= 0 && n < LZW_MAX_CODES; c = prefix[c]!) stack[n++] = suffix[c]!;
    for (let i = n - 1; i >= 0; i--) if (!out.push(stack[i]!)) return stack[n - 1]!;
    return stack[n - 1]!;
  };
  for (let i = 0; i < data.length && !out.over; i++) {
    bitBuffer = ((bitBuffer << 8) | data[i]!) >>> 0;
    bitCount += 8;
    while (bitCount >= width && !out.over) {
      const code = (bitBuffer >>> (bitCount - width)) & ((1 << width) - 1);
      bitCount -= width;
      bitBuffer &= (1 << bitCount) - 1;
      if (code === LZW_CLEAR) {
        next = 258;
        width = 9;
        previous = -1;
        continue;
      }
      if (code === LZW_EOD) return out.result();
      let first: number;
      if (code < next && (code < 256 || length[code]! > 0)) first = emit(code);
      else if (code === next && previous >= 0) {
        first = emit(previous);
        out.push(first);
      } else return out.result(); // damaged: what was decoded so far
      if (previous >= 0 && next < LZW_MAX_CODES) {
        prefix[next] = previous;
        suffix[next] = first;
        length[next] = length[previous]! + 1;
        next++;
      }
      previous = code;
      if (next + earlyChange >= 1 << width && width < 12) width++;
    }
  }
  return out.result();
}

const isHexDigit = (c: number) => (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);

function asciiHex(data: Uint8Array): Buffer {
  const digits: number[] = [];
  for (const c of data) {
    if (c === 0x3e) break; // ">" ends the data
    if (isHexDigit(c)) digits.push(c);
  }
  if (digits.length % 2) digits.push(0x30);
  return Buffer.from(Buffer.from(digits).toString("latin1"), "hex");
}

function ascii85(data: Uint8Array): Buffer {
  const out: number[] = [];
  let group: number[] = [];
  const flush = (n: number) => {
    while (group.length < 5) group.push(117); // pad with "u"
    let v = 0;
    for (const g of group) v = v * 85 + (g - 33);
    const bytes = [(v >>> 24) & 255, (v >>> 16) & 255, (v >>> 8) & 255, v & 255];
    out.push(...bytes.slice(0, n));
    group = [];
  };
  for (let i = 0; i < data.length; i++) {
    const c = data[i]!;
    if (c === 0x7e) break; // "~>" ends the data
    if (c === 0x7a && group.length === 0) out.push(0, 0, 0, 0); // "z": four zero bytes
    else if (c >= 33 && c <= 117) {
      group.push(c);
      if (group.length === 5) flush(4);
    }
  }
  if (group.length > 1) flush(group.length - 1);
  return Buffer.from(out);
}

function runLengthCapped(data: Uint8Array, cap: number): { out: Buffer; over: boolean } {
  const out = new CappedOutput(cap);
  for (let i = 0; i < data.length && !out.over; ) {
    const n = data[i++]!;
    if (n === 128) break;
    if (n < 128) for (let k = 0; k <= n && i < data.length; k++) out.push(data[i++]!);
    else {
      const b = data[i++] ?? 0;
      for (let k = 0; k < 257 - n; k++) if (!out.push(b)) break;
    }
  }
  return out.result();
}

/** Decode a whole filter chain, each step capped (exported for tests). */
export function decodeChain(filters: readonly string[], data: Uint8Array, cap: number, dict = ""): { out: Buffer; over: boolean } | null {
  let current: { out: Buffer; over: boolean } = { out: Buffer.from(data), over: false };
  for (const name of filters) {
    const f = FILTER_NAMES[name];
    if (f === undefined) return null;
    const r = decodeCapped(f, current.out, cap, dict);
    if (r === null || r.over) return r;
    current = r;
  }
  return current;
}

/**
 * The replacement data of an emptied stream: `filters` over nothing (guardStreams; exported for tests).
 * Innermost filter first: decoding applies filters[0] first, so encoding goes the other way.
 */
export function emptyChain(filters: readonly string[]): Buffer {
  return [...filters].reverse().reduce<Buffer>((inner, name) => encode(FILTER_NAMES[name] ?? "FlateDecode", inner), Buffer.alloc(0));
}

/** One decoding step up to `cap`; null if the data is not readable with this filter at all. */
function decodeCapped(filter: Filter, data: Uint8Array, cap: number, dict: string): { out: Buffer; over: boolean } | null {
  switch (filter) {
    case "FlateDecode":
      return inflateCapped(data, cap);
    case "LZWDecode":
      return lzwCapped(data, cap, /\/EarlyChange\s+0\b/.test(dict) ? 0 : 1);
    case "RunLengthDecode":
      return runLengthCapped(data, cap);
    case "ASCIIHexDecode":
    case "ASCII85Decode": {
      // These only shrink: decode in full.
      const out = filter === "ASCIIHexDecode" ? asciiHex(data) : ascii85(data);
      return { out, over: out.length > cap };
    }
  }
}

/** Encoders for the replacement data: the filter chain over nothing must decode without error. */
function encode(filter: Filter, data: Buffer): Buffer {
  switch (filter) {
    case "FlateDecode":
      return deflateSync(data);
    case "ASCIIHexDecode":
      return Buffer.from(data.toString("hex") + ">", "latin1");
    case "ASCII85Decode":
      return Buffer.concat([encodeAscii85(data), Buffer.from("~>", "latin1")]);
    case "RunLengthDecode": {
      const parts: Buffer[] = [];
      for (let i = 0; i < data.length; i += 128) {
        const piece = data.subarray(i, i + 128);
        parts.push(Buffer.from([piece.length - 1]), piece);
      }
      return Buffer.concat([...parts, Buffer.from([128])]);
    }
    case "LZWDecode":
      return encodeLzwLiterals(data);
  }
}

function encodeAscii85(data: Buffer): Buffer {
  let out = "";
  for (let i = 0; i < data.length; i += 4) {
    const chunk = Buffer.alloc(4);
    data.copy(chunk, 0, i, i + 4);
    let v = chunk.readUInt32BE(0);
    const digits: string[] = [];
    for (let k = 0; k < 5; k++) {
      digits.unshift(String.fromCharCode((v % 85) + 33));
      v = Math.floor(v / 85);
    }
    out += digits.slice(0, Math.min(4, data.length - i) + 1).join("");
  }
  return Buffer.from(out, "latin1");
}

/** LZW with literal codes only, a clear code every 250 so that codes stay 9 bits wide. */
function encodeLzwLiterals(data: Buffer): Buffer {
  const codes = [LZW_CLEAR];
  data.forEach((b, i) => {
    if (i > 0 && i % 250 === 0) codes.push(LZW_CLEAR);
    codes.push(b);
  });
  codes.push(LZW_EOD);
  const bytes: number[] = [];
  let acc = 0;
  let bits = 0;
  for (const c of codes) {
    acc = (acc << 9) | c;
    bits += 9;
    while (bits >= 8) {
      bytes.push((acc >>> (bits - 8)) & 255);
      bits -= 8;
    }
    acc &= (1 << bits) - 1;
  }
  if (bits > 0) bytes.push((acc << (8 - bits)) & 255);
  return Buffer.from(bytes);
}

/** The bytes nestingDepth acts on, in a string or outside one (backslash, parentheses, %, brackets, angle brackets): every other byte leaves its state as it is. */
const NESTING_BYTES = new Uint8Array(256);
for (const c of [0x5c, 0x28, 0x29, 0x25, 0x5b, 0x5d, 0x3c, 0x3e]) NESTING_BYTES[c] = 1;

/** Deepest [ ] / << >> nesting outside string literals. */
export function nestingDepth(data: Uint8Array): number {
  let depth = 0;
  let max = 0;
  let inString = 0;
  // The length read once (a typed array's length is loaded again on every test otherwise: ~10 % of the scan).
  const n = data.length;
  for (let i = 0; i < n; i++) {
    const c = data[i]!;
    // Most bytes are none of the eight below, which alone change the state (session 26, h-speed6).
    if (NESTING_BYTES[c] === 0) continue;
    if (inString > 0) {
      if (c === 0x5c) i++; // backslash escapes the next byte
      else if (c === 0x28) inString++;
      else if (c === 0x29) inString--;
      continue;
    }
    if (c === 0x28) inString = 1;
    else if (c === 0x25) {
      while (i < n && data[i] !== 0x0a && data[i] !== 0x0d) i++; // comment
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

export interface FoundStream {
  object: number | null;
  dict: string;
  start: number;
  end: number;
}

/** Every `<< … >> stream … endstream` in the file (exported for tests). */
export function* findStreams(buf: Buffer): Generator<FoundStream> {
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
 * nothing was over the cap, else a copy with the oversized streams emptied), what was found, and
 * the decoded size of the largest embedded font program (Infinity when one could not be decoded
 * here: encrypted, or behind a filter this scan does not read) — what reading with font faces
 * costs (pdf.ts `fontModeFor`).
 */
export function guardStreams(
  bytes: Uint8Array,
  limits: StreamLimits = { maxDecodedBytes: MAX_DECODED_STREAM_BYTES, maxNesting: MAX_CONTENT_NESTING },
): { bytes: Uint8Array; problems: StreamProblem[]; largestFont: number } {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const problems: StreamProblem[] = [];
  let copy: Buffer | null = null;
  let largestFont = 0;
  for (const s of findStreams(buf)) {
    if (IS_IMAGE.test(s.dict)) continue;
    const font = FONT_FILE.test(s.dict);
    const filters = filtersOf(s.dict);
    if (filters === null) {
      if (font) largestFont = Infinity;
      continue;
    }
    const content = !NOT_CONTENT.test(s.dict);
    // A stream that is neither content nor a font is only checked for its size: one whose Flate data
    // cannot inflate past the cap (an object or xref stream, metadata, an ICC profile) needs no inflate.
    if (!font && !content && filters.length === 1 && filters[0] === "FlateDecode" && (s.end - s.start) * MAX_INFLATE_RATIO <= limits.maxDecodedBytes) continue;
    let data: Buffer = buf.subarray(s.start, s.end);
    let over = false;
    let decoded = true;
    for (let i = 0; i < filters.length; i++) {
      const r = decodeCapped(filters[i]!, data, limits.maxDecodedBytes, s.dict);
      if (r === null) {
        decoded = false;
        break; // damaged: pdf.js decides what it can read
      }
      data = r.out;
      if (r.over) {
        over = true;
        break;
      }
    }
    if (font) largestFont = Math.max(largestFont, decoded && !over ? data.length : Infinity);
    const name = s.object === null ? "a stream" : `stream ${s.object} 0 obj`;
    if (over) {
      problems.push({ kind: "too-large", object: s.object, message: `${name} decodes to more than ${limits.maxDecodedBytes} bytes; it was skipped` });
      const empty = emptyChain(filters);
      if (empty.length <= s.end - s.start) {
        copy ??= Buffer.from(buf);
        copy.fill(0, s.start, s.end);
        empty.copy(copy, s.start);
      }
      continue;
    }
    if (!content) continue;
    const depth = nestingDepth(data);
    if (depth > limits.maxNesting) {
      problems.push({ kind: "too-deep", object: s.object, message: `${name} nests arrays or dictionaries ${depth} deep (more than ${limits.maxNesting}); text after that point is lost` });
    }
  }
  return { bytes: copy ? new Uint8Array(copy.buffer, copy.byteOffset, copy.byteLength) : bytes, problems, largestFont };
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
