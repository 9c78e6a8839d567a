import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadDomainData } from "../src/data/index.js";
import { newDoc } from "../src/pipeline.js";
import { entitiesStage } from "../src/entities/index.js";
import { extractLayout } from "../src/extract/index.js";
import { textToLayout } from "../src/extract/text.js";
import { findEntitiesInChunks, leanTextLayout, MAX_STRUCTURED_TEXT_BYTES, readsStructure, textLines } from "../src/large-text.js";
import type { Context, Doc } from "../src/model/doc.js";

const data = loadDomainData();
const ctx: Context = { options: {}, data };
const compact = readFileSync(join(import.meta.dirname, "..", "fixtures", "compact-2008-dfs.txt"), "utf8").replace(/\s+$/, "") + "\n";

function docOf(text: string): Doc {
  const { input: _input, ...doc } = newDoc("big.txt", new TextEncoder().encode(text));
  return { ...doc, layout: leanTextLayout(text, "text") };
}

describe("which documents are read for structure", () => {
  it("every PDF, and text up to the limit", () => {
    const source = (format: "pdf" | "text" | "markdown", bytes: number) => ({ source: { file: "x", format, sha256: "", pages: 0, bytes } });
    expect(readsStructure(source("pdf", 10 * MAX_STRUCTURED_TEXT_BYTES))).toBe(true);
    expect(readsStructure(source("text", MAX_STRUCTURED_TEXT_BYTES))).toBe(true);
    expect(readsStructure(source("text", MAX_STRUCTURED_TEXT_BYTES + 1))).toBe(false);
    expect(readsStructure(source("markdown", MAX_STRUCTURED_TEXT_BYTES + 1))).toBe(false);
  });

  it("a text over the limit gets a lean layout, TEXT_TOO_LARGE and partial", async () => {
    const line = "Paragraph of filler text without any entity in it.\n";
    const text = line.repeat(Math.ceil((MAX_STRUCTURED_TEXT_BYTES + 1) / line.length)) + "\fsecond page\n";
    const out = await extractLayout(new TextEncoder().encode(text), ctx);
    expect(out.status).toBe("partial");
    expect(out.warnings.map((w) => w.code)).toEqual(["TEXT_TOO_LARGE"]);
    expect(out.warnings[0]!.message).toMatch(/^8\.0 MB of text is more than any compact or UN document \(structure is read up to 8\.0 MB\)/);
    expect(out.layout.pages.map((p) => [p.number, p.lines.length])).toEqual([[1, 0], [2, 0]]);
    expect(out.layout.text.length).toBe(text.length);
  });
});

describe("lines of a large text", () => {
  it("are the text extractor's lines: pages at form feeds, numbers and offsets", () => {
    const text = "\fFirst\n\nSecond line\n\fThird, page 2\n\f\fPage 4\nlast";
    const lean = [...textLines(text)].map(({ page, line, start, end, text: t }) => ({ page, line, start, end, text: t }));
    const full = textToLayout(text).pages.flatMap((p) => p.lines.map(({ page, line, start, end, text: t }) => ({ page, line, start, end, text: t })));
    expect(lean).toEqual(full);
    expect(leanTextLayout(text, "text").pages.map((p) => p.number)).toEqual(textToLayout(text).pages.map((p) => p.number));
  });
});

describe("entities of a large text, chunk by chunk", () => {
  const copies = 4;
  const text = Array.from({ length: copies }, () => compact).join("\n");
  // A chunk is one copy and the blank line after it: the cut falls on the blank line between copies.
  const limits = { chunkChars: compact.length + 1, maxEntities: 1_000_000 };
  const single = entitiesStage({ ...docOf(compact), layout: textToLayout(compact) }, ctx);

  it("finds in every chunk what the stage finds in that part alone, at offsets into the whole text", async () => {
    const doc = await findEntitiesInChunks(docOf(text), ctx, limits);
    const strip = (e: Doc["entities"][number], shift: number) => ({ type: e.type, text: e.text, normalized: e.normalized, start: e.start + shift, end: e.end + shift });
    const expected = Array.from({ length: copies }, (_, i) => single.entities.map((e) => strip(e, i * (compact.length + 1)))).flat();
    expect(single.entities.length).toBeGreaterThan(100);
    expect(doc.entities.map((e) => strip(e, 0))).toEqual(expected);
    for (const e of doc.entities) expect(text.slice(e.start, e.end)).toBe(e.text);
    // Warnings keep their real line numbers: the same warning once per copy, each on its own line.
    const dated = doc.warnings.filter((w) => w.code === "DATE_UNPARSEABLE").map((w) => w.line);
    expect(dated).toHaveLength(copies);
    expect(new Set(dated).size).toBe(copies);
  });

  it("merges the references: each symbol once, with its date", async () => {
    const doc = await findEntitiesInChunks(docOf(text), ctx, limits);
    expect(doc.references).toEqual(single.references);
    expect(doc.references.resolutions.length).toBeGreaterThan(5);
  });

  it("lists at most maxEntities and counts the rest, by type, in ENTITIES_TRUNCATED", async () => {
    const doc = await findEntitiesInChunks(docOf(text), ctx, { ...limits, maxEntities: 100 });
    expect(doc.entities).toHaveLength(100);
    const w = doc.warnings.find((x) => x.code === "ENTITIES_TRUNCATED");
    const total = copies * single.entities.length;
    expect(w?.message).toContain(`${total.toLocaleString("en-US")} entities found; the first 100 are listed`);
    expect(w?.message).toContain(`the other ${(total - 100).toLocaleString("en-US")} are not`);
    // Its references still come from every entity of the whole text.
    expect(doc.references).toEqual(single.references);
  });

  it("reports progress part by part", async () => {
    const seen: string[] = [];
    await findEntitiesInChunks(docOf(text), { ...ctx, options: { onProgress: (p) => seen.push(`${p.unit} ${p.page}/${p.pages}`) } }, limits);
    expect(seen).toEqual(["part 1/4", "part 2/4", "part 3/4", "part 4/4"]);
  });
});
