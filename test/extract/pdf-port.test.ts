import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { AnnotationMode, getDocument, PDFWorker } from "pdfjs-dist/legacy/build/pdf.mjs";
import type { PDFDocumentProxy } from "pdfjs-dist/legacy/build/pdf.mjs";
import { openDocument, TEXT_OP_CODES } from "../../src/extract/pdf.js";
import { runsFromOperators, type FontInfo } from "../../src/extract/pdf/glyphs.js";
import { SharingPort } from "../../src/extract/pdf/port.js";

const fixture = (name: string) => new Uint8Array(readFileSync(fileURLToPath(new URL(name, import.meta.url))));

/** Messages a port delivers to one listener, collected. */
function listen(port: SharingPort, signal?: AbortSignal): unknown[] {
  const got: unknown[] = [];
  port.addEventListener("message", (e) => got.push(e.data), signal ? { signal } : null);
  return got;
}

describe("SharingPort (pdf.js's LoopbackPort, an operator list's entries not copied)", () => {
  it("hands an operator list chunk over as copies of its two arrays, holding the same entries", async () => {
    const port = new SharingPort(Promise.resolve());
    const got = listen(port);
    const glyph = { unicode: "A", width: 722 };
    const fnArray = [44];
    const argsArray: unknown[] = [[[glyph]]];
    port.postMessage({ sourceName: "w", targetName: "m", stream: 4, streamId: 1, chunk: { fnArray, argsArray, lastChunk: true, separateAnnots: null, length: 1 } });
    // The worker empties its arrays right after posting (core/operator_list.js flush).
    fnArray.length = 0;
    argsArray.length = 0;
    expect(got).toEqual([]); // delivered asynchronously, as by LoopbackPort
    await Promise.resolve();
    await Promise.resolve();
    const chunk = (got[0] as { chunk: { fnArray: number[]; argsArray: unknown[][]; lastChunk: boolean } }).chunk;
    expect(chunk.fnArray).toEqual([44]);
    expect(chunk.lastChunk).toBe(true);
    expect((chunk.argsArray[0]![0] as unknown[])[0]).toBe(glyph);
  });

  it("copies every other message (structuredClone), delivers in order, and stops at the listener's abort", async () => {
    let open!: () => void;
    const port = new SharingPort(new Promise<void>((r) => (open = r)));
    const ac = new AbortController();
    const got = listen(port, ac.signal);
    const text = { stream: 4, streamId: 2, chunk: { items: [{ str: "x" }], styles: {} } };
    port.postMessage(text);
    port.postMessage({ action: "GetPage", data: { pageIndex: 0 } });
    // Nothing before the worker side listens (`ready`), then both in order.
    await Promise.resolve();
    expect(got).toEqual([]);
    open();
    await new Promise((r) => setTimeout(r, 0));
    expect(got).toEqual([text, { action: "GetPage", data: { pageIndex: 0 } }]);
    expect(got[0]).not.toBe(text);
    expect((got[0] as typeof text).chunk.items[0]).not.toBe(text.chunk.items[0]);
    ac.abort();
    port.postMessage({ action: "after" });
    await new Promise((r) => setTimeout(r, 0));
    expect(got).toHaveLength(2);
  });
});

/** Every page's glyph runs, read as the extractor reads them. */
async function runsOf(pdf: PDFDocumentProxy) {
  const pages = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    const ops = await page.getOperatorList({ annotationMode: AnnotationMode.DISABLE });
    const fontOf = (name: string) => (page.commonObjs.has(name) ? (page.commonObjs.get(name) as FontInfo) : null);
    pages.push(runsFromOperators(ops.fnArray, ops.argsArray, TEXT_OP_CODES, page.getViewport({ scale: 1 }).transform, fontOf));
  }
  return pages;
}

describe("openDocument's worker", () => {
  it("reads a document through a SharingPort, the same runs as pdf.js's own fake worker, and goes with the task", async () => {
    const bytes = fixture("../fixtures/pdf/seed-ruled.pdf");
    const task = openDocument(bytes.slice(), "paths");
    const worker = (task as unknown as { _worker: PDFWorker | null })._worker;
    expect(worker).toBeInstanceOf(PDFWorker);
    expect(worker!.port).toBeInstanceOf(SharingPort);
    const shared = await runsOf(await task.promise);
    const own = getDocument({ data: bytes.slice(), isEvalSupported: false, verbosity: 0, useSystemFonts: false, disableFontFace: true });
    const cloned = await runsOf(await own.promise);
    await own.destroy();
    expect(shared.flatMap((p) => p.runs).length).toBeGreaterThan(50);
    expect(shared).toEqual(cloned);
    await task.destroy();
    expect(worker!.destroyed).toBe(true);
  });
});
