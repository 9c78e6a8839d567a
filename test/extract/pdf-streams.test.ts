import { describe, expect, it } from "vitest";
import { inflateSync } from "node:zlib";
import { extractDoc } from "../../src/index.js";
import { decodeChain, emptyChain, guardStreams, nestingDepth, MAX_DECODED_STREAM_BYTES } from "../../src/extract/pdf/streams.js";
// Plain-JS generators shared with the hostile corpus script.
import { contentBombPdf, imageBombPdf, nestedArraysPdf, pagesPdf, stream, textContent } from "../../scripts/hostile/pdfs.mjs";

const LIMITS = { maxDecodedBytes: 1 << 20, maxNesting: 1000 };

describe("guardStreams", () => {
  it("empties a double-Flate stream over the cap in a same-length copy and leaves the rest", async () => {
    const pdf = new Uint8Array(await contentBombPdf(4 << 20));
    const { bytes, problems } = guardStreams(pdf, LIMITS);
    expect(problems).toEqual([{ kind: "too-large", object: 7, message: `stream 7 0 obj decodes to more than ${1 << 20} bytes; it was skipped` }]);
    expect(bytes).not.toBe(pdf);
    expect(bytes.length).toBe(pdf.length);
    // Everything outside the bomb's data is untouched (xref offsets stay right).
    const buf = Buffer.from(bytes);
    const start = buf.indexOf("stream\n", buf.indexOf("7 0 obj")) + 7;
    const end = buf.indexOf("\nendstream", start);
    expect(Buffer.compare(buf.subarray(0, start), Buffer.from(pdf).subarray(0, start))).toBe(0);
    expect(Buffer.compare(buf.subarray(end), Buffer.from(pdf).subarray(end))).toBe(0);
    // The new data is the same filter chain over nothing.
    expect(inflateSync(inflateSync(buf.subarray(start, end), { finishFlush: 2 }), { finishFlush: 2 }).length).toBe(0);
  });

  it("returns the input itself when every stream is within the cap", () => {
    const pdf = new Uint8Array(pagesPdf([textContent(["hello"]), stream("", textContent(["world"]))]));
    expect(guardStreams(pdf, LIMITS)).toEqual({ bytes: pdf, problems: [], largestFont: 0 });
  });

  it("reports content nested deeper than the limit, not images", async () => {
    expect(guardStreams(new Uint8Array(nestedArraysPdf(5000)), LIMITS).problems).toMatchObject([{ kind: "too-deep", object: 7 }]);
    expect(guardStreams(new Uint8Array(nestedArraysPdf(50)), LIMITS).problems).toEqual([]);
    expect(guardStreams(new Uint8Array(await imageBombPdf(3000, 3000)), LIMITS).problems).toEqual([]);
  });

  it("counts nesting outside strings and comments only", () => {
    const enc = (s: string) => Buffer.from(s, "latin1");
    expect(nestingDepth(enc("[[ (a [[[ b \\) [[) ]] << /A [1] >>"))).toBe(2);
    expect(nestingDepth(enc("% [[[[[[\n[ ]"))).toBe(1);
  });
});

describe("pdfToLayout with hostile streams", () => {
  it("keeps the readable page of a content-stream bomb and says which page lost its stream", async () => {
    const doc = await extractDoc(new Uint8Array(await contentBombPdf(MAX_DECODED_STREAM_BYTES + (1 << 20))));
    expect(doc.status).toBe("partial");
    expect(doc.source.format).toBe("pdf");
    expect(doc.layout.pages[0]?.lines.map((l) => l.text)).toEqual(["A readable first page"]);
    expect(doc.warnings.map((w) => [w.code, w.page])).toEqual([["PDF_STREAM_TOO_LARGE", 2]]);
  });

  it("reports over-deep content as damage, not as a scan", async () => {
    const doc = await extractDoc(new Uint8Array(nestedArraysPdf(30_000)));
    expect(doc.warnings.map((w) => [w.code, w.page])).toEqual([["PDF_CONTENT_INVALID", 2]]);
    expect(doc.warnings.map((w) => w.code)).not.toContain("NO_TEXT_LAYER");
  });

  it("skips an image too large to decode and still reads the page's text", async () => {
    const doc = await extractDoc(new Uint8Array(await imageBombPdf(10_000, 10_000)));
    expect(doc.status).toBe("success");
    expect(doc.layout.pages[0]?.lines.map((l) => l.text)).toEqual(["PAGE WITH A HUGE IMAGE"]);
  });

  it("records a PDF it cannot open as format pdf", async () => {
    const doc = await extractDoc(new Uint8Array(Buffer.from("%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n")));
    expect(doc.output?.status).toBe("failure");
    expect(doc.output?.source.format).toBe("pdf");
  });
});

/** A real (compressing) LZW encoder, PDF flavour (EarlyChange 1), to make LZW bombs. */
function lzwEncode(data: Uint8Array): Buffer {
  const dict = new Map<number, number>(); // (code << 8 | byte) → code
  let next = 258;
  let width = 9;
  const bytes: number[] = [];
  let acc = 0;
  let bits = 0;
  const put = (code: number) => {
    acc = (acc << width) | code;
    bits += width;
    while (bits >= 8) {
      bytes.push((acc >>> (bits - 8)) & 255);
      bits -= 8;
    }
    acc &= (1 << bits) - 1;
  };
  put(256);
  let w = -1;
  for (const byte of data) {
    if (w < 0) {
      w = byte;
      continue;
    }
    const known = dict.get((w << 8) | byte);
    if (known !== undefined) {
      w = known;
      continue;
    }
    put(w);
    dict.set((w << 8) | byte, next++);
    if (next + 1 > 1 << width && width < 12) width++;
    if (next >= 4094) {
      put(256);
      dict.clear();
      next = 258;
      width = 9;
    }
    w = byte;
  }
  if (w >= 0) put(w);
  put(257);
  if (bits > 0) bytes.push((acc << (8 - bits)) & 255);
  return Buffer.from(bytes);
}

function runLengthEncode(b: Buffer): Buffer {
  const parts: Buffer[] = [];
  for (let i = 0; i < b.length; i += 128) {
    const p = b.subarray(i, i + 128);
    parts.push(Buffer.from([p.length - 1]), p);
  }
  return Buffer.concat([...parts, Buffer.from([128])]);
}

describe("filters other than Flate", () => {
  const text = Buffer.from(textContent(Array.from({ length: 40 }, (_, i) => `Line ${i} of a filtered stream (with parens)`), { top: 780, leading: 18 }));

  it.each([["LZWDecode"], ["RunLengthDecode"], ["ASCIIHexDecode"], ["ASCII85Decode"], ["FlateDecode", "LZWDecode"], ["ASCII85Decode", "FlateDecode"]])("decodes %s like pdf.js does", async (...filters) => {
    const { deflateSync } = await import("node:zlib");
    const encoders: Record<string, (b: Buffer) => Buffer> = {
      LZWDecode: lzwEncode,
      FlateDecode: (b) => deflateSync(b),
      ASCIIHexDecode: (b) => Buffer.from(b.toString("hex") + ">"),
      RunLengthDecode: runLengthEncode,
      ASCII85Decode: (b) => Buffer.concat([encodeA85(b), Buffer.from("~>")]),
    };
    const encoded = [...filters].reverse().reduce<Buffer>((d, f) => encoders[f]!(d), text);
    expect(decodeChain(filters, encoded, 1 << 20)?.out.toString("latin1")).toBe(text.toString("latin1"));
    // And pdf.js reads the same stream as the same page text.
    const pdf = pagesPdf([stream(`/Filter [${filters.map((f) => "/" + f).join(" ")}]`, encoded)]);
    const doc = await extractDoc(new Uint8Array(pdf));
    expect(doc.layout.pages[0]?.lines.filter((l) => l.kind === "text").map((l) => l.text)).toEqual(Array.from({ length: 40 }, (_, i) => `Line ${i} of a filtered stream (with parens)`));
  });

  it("empties an LZW bomb and an ASCII85-wrapped Flate bomb so that pdf.js reads them as empty", async () => {
    const { deflateSync } = await import("node:zlib");
    const lzwBomb = lzwEncode(Buffer.alloc(3 << 20, 0x20)); // 3 MB of spaces in ~20 KB
    expect(lzwBomb.length).toBeLessThan(100_000);
    const a85Bomb = Buffer.concat([encodeA85(deflateSync(Buffer.alloc(3 << 20, 0x20))), Buffer.from("~>")]);
    for (const [filters, data] of [[["LZWDecode"], lzwBomb], [["ASCII85Decode", "FlateDecode"], a85Bomb]] as const) {
      const pdf = new Uint8Array(pagesPdf([textContent(["kept"]), stream(`/Filter [${filters.map((f) => "/" + f).join(" ")}]`, data)]));
      const guarded = guardStreams(pdf, LIMITS);
      expect(guarded.problems.map((p) => p.kind)).toEqual(["too-large"]);
      const buf = Buffer.from(guarded.bytes);
      const start = buf.indexOf("stream\n", buf.indexOf("7 0 obj")) + 7;
      expect(decodeChain(filters, buf.subarray(start, buf.indexOf("endstream", start)), 1 << 20)?.out.length).toBe(0);
      expect(emptyChain(filters).length).toBeLessThan(data.length);
      // pdf.js reads the emptied page as empty, and the other page as before.
      const doc = await extractDoc(guarded.bytes);
      expect(doc.layout.pages.map((p) => p.lines.map((l) => l.text))).toEqual([["kept"], []]);
    }
  });
});

function encodeA85(b: Buffer): Buffer {
  let out = "";
  for (let i = 0; i < b.length; i += 4) {
    const chunk = Buffer.alloc(4);
    b.copy(chunk, 0, i, i + 4);
    let v = chunk.readUInt32BE(0);
    const d: string[] = [];
    for (let k = 0; k < 5; k++) {
      d.unshift(String.fromCharCode((v % 85) + 33));
      v = Math.floor(v / 85);
    }
    out += d.slice(0, Math.min(4, b.length - i) + 1).join("");
  }
  return Buffer.from(out, "latin1");
}
