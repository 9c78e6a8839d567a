import { describe, expect, it } from "vitest";
import { inflateSync } from "node:zlib";
import { extractDoc } from "../../src/index.js";
import { guardStreams, nestingDepth, MAX_DECODED_STREAM_BYTES } from "../../src/extract/pdf/streams.js";
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
    expect(guardStreams(pdf, LIMITS)).toEqual({ bytes: pdf, problems: [] });
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
