/**
 * Session 56: the stream guard skips the inflate of a stream that is neither content nor a font when
 * its data cannot inflate past the cap. Outputs stay the same only if:
 * - the guard answers as before: checked against the guard of session 55 (written out below from
 *   the same exported parts, each step by `decodeChain`, i.e. `inflateCapped`'s sync flush) over every
 *   PDF of the repository and hostile ones, at caps small enough that ordinary streams are over.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { deflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import {
  decodeChain,
  emptyChain,
  filtersOf,
  findStreams,
  guardStreams,
  MAX_CONTENT_NESTING,
  MAX_DECODED_STREAM_BYTES,
  nestingDepth,
  type StreamLimits,
  type StreamProblem,
} from "../../src/extract/pdf/streams.js";
import { contentBombPdf, nestedArraysPdf, pagesPdf, stream, textContent } from "../../scripts/hostile/pdfs.mjs";

const ROOT = join(import.meta.dirname, "..", "..");
const pdfsIn = (dir: string): string[] => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(".pdf")).map((f) => join(dir, f)) : []);
const FILES = [...pdfsIn(join(ROOT, "fixtures")), ...pdfsIn(join(ROOT, "test", "fixtures", "pdf")), ...pdfsIn(join(ROOT, "test", "corpus", "dev"))];

// streams.ts's dictionary tests as session 55 had them (data: the reference below must not import them).
const NOT_CONTENT = /\/Subtype\s*\/(?:Image|Type1C|CIDFontType0C|OpenType|XML)\b|\/Length[123]\b|\/Type\s*\/(?:XRef|ObjStm|Metadata|EmbeddedFile)\b|\/N\s+[134]\b/;
const IS_IMAGE = /\/Subtype\s*\/Image\b/;
const FONT_FILE = /\/Length[123]\b|\/Subtype\s*\/(?:Type1C|CIDFontType0C|OpenType)\b/;

/** guardStreams as of session 55: every non-image stream decoded step by step with the sync-flush inflate, then checked. */
function guardOf55(bytes: Uint8Array, limits: StreamLimits): { bytes: Uint8Array; problems: StreamProblem[]; largestFont: number } {
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
    let data: Buffer = buf.subarray(s.start, s.end);
    let over = false;
    let decoded = true;
    for (const f of filters) {
      const r = decodeChain([f], data, limits.maxDecodedBytes, s.dict);
      if (r === null) {
        decoded = false;
        break;
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
    if (NOT_CONTENT.test(s.dict)) continue;
    const depth = nestingDepth(data);
    if (depth > limits.maxNesting) {
      problems.push({ kind: "too-deep", object: s.object, message: `${name} nests arrays or dictionaries ${depth} deep (more than ${limits.maxNesting}); text after that point is lost` });
    }
  }
  return { bytes: copy ? new Uint8Array(copy.buffer, copy.byteOffset, copy.byteLength) : bytes, problems, largestFont };
}

/** Hostile and odd PDFs: bombs in content, in an object stream, in metadata, in a font; each just over or under small caps. */
async function oddPdfs(): Promise<Uint8Array[]> {
  const zeros = (n: number) => Buffer.alloc(n, 0x20);
  const extra = (dict: string, n: number) => stream(dict, deflateSync(zeros(n)));
  const out = [
    await contentBombPdf(2 << 20),
    nestedArraysPdf(1500),
    pagesPdf([textContent(["plain"])], { extraObjects: [extra("/Type /ObjStm /N 1 /First 0 /Filter /FlateDecode", 3 << 20)] }),
    pagesPdf([textContent(["meta"])], { extraObjects: [extra("/Type /Metadata /Subtype /XML /Filter /FlateDecode", 200_000)] }),
    pagesPdf([textContent(["icc"])], { extraObjects: [extra("/N 3 /Filter /FlateDecode", 70_000)] }),
    pagesPdf([textContent(["font"])], { extraObjects: [extra("/Length1 5000 /Filter /FlateDecode", 5000)] }),
    pagesPdf([textContent(["chain"])], { extraObjects: [stream("/Type /XRef /Filter [/FlateDecode /FlateDecode]", deflateSync(deflateSync(zeros(1 << 20))))] }),
  ];
  return out.map((b) => new Uint8Array(b));
}

const CAPS = [MAX_DECODED_STREAM_BYTES, 1 << 20, 64 * 1024, 4096, 512];

describe("the stream guard, session 56 (skip what cannot be over)", () => {
  it("answers as session 55's guard over the repository's PDFs and hostile ones, at five caps", async () => {
    expect(FILES.length).toBeGreaterThan(100);
    const inputs = [...FILES.map((f) => new Uint8Array(readFileSync(f))), ...(await oddPdfs())];
    let reports = 0;
    for (const [n, pdf] of inputs.entries()) {
      for (const cap of CAPS) {
        const limits = { maxDecodedBytes: cap, maxNesting: MAX_CONTENT_NESTING };
        const before = guardOf55(pdf, limits);
        const after = guardStreams(pdf, limits);
        reports += before.problems.length;
        expect({ n, cap, problems: after.problems, largestFont: after.largestFont, same: after.bytes === pdf }).toEqual({ n, cap, problems: before.problems, largestFont: before.largestFont, same: before.bytes === pdf });
        expect(Buffer.from(after.bytes).equals(Buffer.from(before.bytes)), `input ${n} cap ${cap}`).toBe(true);
      }
    }
    // Small caps make ordinary streams "too large": the size check was exercised, not only passed.
    expect(reports).toBeGreaterThan(1000);
  });
});
