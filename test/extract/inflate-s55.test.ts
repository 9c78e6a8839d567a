/**
 * The batch bundle inflates pdf.js's Flate streams with `zlib.inflateSync` instead of a web
 * `DecompressionStream` (scripts/bundle-worker.mjs, SYNC_INFLATE_PATCHES). Outputs stay the same only
 * if both give the same bytes for every stream, and fail on the same ones (pdf.js then decodes a
 * failed stream in JavaScript): checked here over every stream of the repository's PDFs (the
 * fixtures, the hostile ones, the dev corpus) and over damaged streams made from them.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { deflateSync, inflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "..", "..");

/** pdf.js 5.6's `asyncGetBytesFromDecompressionStream("deflate")` as it stands in pdf.worker.mjs. */
async function viaDecompressionStream(bytes: Uint8Array): Promise<Uint8Array | null> {
  try {
    const { readable, writable } = new DecompressionStream("deflate");
    const writer = writable.getWriter();
    await writer.ready;
    writer
      .write(bytes)
      .then(async () => {
        await writer.ready;
        await writer.close();
      })
      .catch(() => {});
    const chunks: Uint8Array[] = [];
    let totalLength = 0;
    for await (const chunk of readable as unknown as AsyncIterable<Uint8Array>) {
      chunks.push(chunk);
      totalLength += chunk.byteLength;
    }
    const data = new Uint8Array(totalLength);
    let offset = 0;
    for (const chunk of chunks) {
      data.set(chunk, offset);
      offset += chunk.byteLength;
    }
    return data;
  } catch {
    return null;
  }
}

/** The bundle's replacement (scripts/bundle-worker.mjs SYNC_INFLATE), as a function. */
function viaInflateSync(bytes: Uint8Array): Uint8Array | null {
  try {
    const inflated = inflateSync(bytes);
    const data = new Uint8Array(inflated.byteLength);
    data.set(inflated);
    return data;
  } catch {
    return null;
  }
}

/** The raw bytes of each stream object of a PDF whose dictionary names FlateDecode (its /Length ignored: to `endstream`). */
function flateStreams(pdf: Buffer): Uint8Array[] {
  const out: Uint8Array[] = [];
  let at = 0;
  for (;;) {
    const s = pdf.indexOf("stream", at, "latin1");
    if (s < 0) break;
    at = s + 6;
    if (pdf.subarray(Math.max(0, s - 3), s).toString("latin1") === "end") continue;
    const dict = pdf.subarray(Math.max(0, s - 400), s).toString("latin1");
    const open = dict.lastIndexOf("obj");
    if (!/FlateDecode|\/Fl\b/.test(dict.slice(open < 0 ? 0 : open))) continue;
    let start = s + 6;
    if (pdf[start] === 0x0d) start++;
    if (pdf[start] === 0x0a) start++;
    const end = pdf.indexOf("endstream", start, "latin1");
    if (end < 0) break;
    out.push(new Uint8Array(pdf.subarray(start, end)));
    at = end + 9;
  }
  return out;
}

function pdfsIn(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(".pdf")).map((f) => join(dir, f)) : [];
}

const FILES = [...pdfsIn(join(ROOT, "fixtures")), ...pdfsIn(join(ROOT, "test", "fixtures", "pdf")), ...pdfsIn(join(ROOT, "test", "corpus", "dev"))];

/** Each stream as stored, and damaged the ways a broken file damages one. */
function drawn(stream: Uint8Array, i: number): Uint8Array[] {
  const junk = new Uint8Array([0x0d, 0x0a, 0x65, 0x6e, 0x64]);
  const withJunk = new Uint8Array(stream.length + junk.length);
  withJunk.set(stream);
  withJunk.set(junk, stream.length);
  const flipped = stream.slice();
  if (flipped.length > 2) flipped[2 + (i % (flipped.length - 2))]! ^= 0x10;
  return [stream, withJunk, stream.subarray(0, Math.max(0, stream.length - 4)), stream.subarray(0, stream.length >> 1), flipped];
}

describe("pdf.js's Flate streams: zlib.inflateSync reads them as DecompressionStream does", () => {
  it("gives the same bytes, or fails likewise, for every stream of the repository's PDFs and damaged copies", async () => {
    expect(FILES.length).toBeGreaterThan(100);
    let streams = 0, failed = 0;
    for (const file of FILES) {
      const all = flateStreams(readFileSync(file));
      for (let i = 0; i < all.length; i++) {
        for (const bytes of drawn(all[i]!, i)) {
          const before = await viaDecompressionStream(bytes);
          const after = viaInflateSync(bytes);
          streams++;
          if (before === null) failed++;
          if (before === null || after === null) expect({ file, i, after: after === null }).toEqual({ file, i, after: before === null });
          else expect(Buffer.from(after).equals(Buffer.from(before)), `${file} stream ${i}`).toBe(true);
        }
      }
    }
    // Both outcomes were exercised: streams read, and damaged ones refused.
    expect(streams).toBeGreaterThan(1000);
    expect(failed).toBeGreaterThan(100);
    expect(failed).toBeLessThan(streams);
  });

  it("fails where the stream is no zlib data, and tells apart what DecompressionStream tells apart", async () => {
    const good = deflateSync(Buffer.from("BT /F1 12 Tf (text) Tj ET\n".repeat(50)));
    const cases = [new Uint8Array(0), new Uint8Array([0x78]), new Uint8Array(good), new Uint8Array(Buffer.concat([good, good])), new Uint8Array(Buffer.from("not deflate"))];
    for (const bytes of cases) {
      const before = await viaDecompressionStream(bytes);
      const after = viaInflateSync(bytes);
      expect(after === null ? null : Buffer.from(after).toString("hex")).toBe(before === null ? null : Buffer.from(before).toString("hex"));
    }
  });

  it("is in the batch bundle, in place of pdf.js's DecompressionStream for deflate", () => {
    const bundle = join(ROOT, "dist", "batch", "worker.bundle.cjs");
    const source = readFileSync(bundle, "latin1");
    expect(source.split('process.getBuiltinModule("zlib").inflateSync(bytes)').length - 1).toBe(1);
    expect(source).toContain('if (name === "deflate")');
  });
});
