/**
 * The batch bundle patches pdf.js's worker module to do less (scripts/pdfjs-lean-patches.mjs,
 * LEAN_WORKER_PATCHES): no transfer list for an operator list's chunks, an Identity CMap's codes
 * walked only as far as a glyph can be, and the lexer's hex strings made without one-character
 * strings. Outputs stay the same only if pdf.js hands over the same operator lists and fonts:
 *
 * - `getHexString`, old and new, taken from pdf.worker.mjs's text as it is and as patched, read the
 *   same drawn hex strings (odd digit counts, white space, bad digits, unterminated, longer than a
 *   chunk) to the same strings, warnings and lexer positions;
 * - every page's operator list (every glyph object: unicode, fontChar, width, isInFont, …) and every
 *   font pdf.js passes on (its converted program included) are the same, with pdf.js's own worker
 *   and with the bundle's, over the repository's PDFs (the fixtures, a fifth of the dev corpus):
 *   each read in its own process, as a process has one pdf.js worker module. (The batch CLI's
 *   outputs over 600+ PDFs were compared byte for byte when the patches were made: bench/README.md,
 *   session 56, h-pdfjs56.)
 */
import { execFile } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { LEAN_WORKER_PATCHES } from "../../scripts/pdfjs-lean-patches.mjs";
import { prng } from "../support/synth.js";

const ROOT = join(import.meta.dirname, "..", "..");
const WORKER_MODULE = join(ROOT, "node_modules", "pdfjs-dist", "legacy", "build", "pdf.worker.mjs");
const BUNDLE = join(ROOT, "dist", "batch", "worker.bundle.cjs");

/** pdf.worker.mjs with LEAN_WORKER_PATCHES applied (each found once, as the bundle's build wants). */
function patchedSource(source: string): string {
  for (const [from, to] of LEAN_WORKER_PATCHES as Array<[string, string]>) {
    const parts = source.split(from);
    expect(parts.length, from.trim().split("\n")[0]).toBe(2);
    source = parts.join(to);
  }
  return source;
}

/** The text between `start` (included) and `end` (excluded) in `source`, found once. */
function slice(source: string, start: string, end: string): string {
  const i = source.indexOf(start);
  const j = source.indexOf(end, i + start.length);
  expect(i).toBeGreaterThanOrEqual(0);
  expect(source.indexOf(start, i + 1)).toBe(-1);
  return source.slice(i, j);
}

interface HexLexer {
  currentChar: number;
  pos: number;
  warnings: unknown[];
  getHexString(): string;
}

/** A lexer of pdf.js's Lexer fields that `getHexString` reads, with the method and helpers as `source` has them. */
function hexLexerClass(source: string): new (bytes: Uint8Array) => HexLexer {
  const specialChars = slice(source, "const specialChars = [", "\n");
  const toHexDigit = slice(source, "function toHexDigit(ch) {", "\nclass Lexer {");
  const method = slice(source, "  getHexString() {", "\n  getObj() {");
  const body = `${specialChars}\n${toHexDigit}\nreturn class {
    constructor(bytes) { this.bytes = bytes; this.pos = 0; this.strBuf = []; this.warnings = []; this._hexStringNumWarn = 0; this.nextChar(); }
    nextChar() { return (this.currentChar = this.pos < this.bytes.length ? this.bytes[this.pos++] : -1); }
    _hexStringWarn(ch) { this.warnings.push(ch); }
  ${method}\n}`;
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- pdf.js's own method text, old and patched
  return new Function("warn", body)((message: string) => {
    throw new Error(`unexpected warn outside a lexer: ${message}`);
  }) as new (bytes: Uint8Array) => HexLexer;
}

/** A hex string's content as a PDF may hold it: digits of either case, white space, now and then a bad digit or no end. */
function drawnHexString(r: () => number): Uint8Array {
  const long = r() < 0.05;
  const n = long ? 8_000 + Math.floor(r() * 20_000) : Math.floor(r() * 300);
  const digits = "0123456789abcdefABCDEF";
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const x = r();
    if (x < 0.9) out.push(digits.charCodeAt(Math.floor(r() * digits.length)));
    else if (x < 0.97) out.push([0x20, 0x0a, 0x0d, 0x09, 0x0c, 0x00][Math.floor(r() * 6)]!);
    else {
      // Any other byte but the end (`>`), which the draw places itself.
      const b = Math.floor(r() * 255);
      out.push(b >= 0x3e ? b + 1 : b);
    }
  }
  if (r() < 0.95) out.push(0x3e, ...[0x20, 0x54, 0x6a].slice(0, Math.floor(r() * 4)));
  return Uint8Array.from(out);
}

describe("LEAN_WORKER_PATCHES: getHexString", () => {
  const source = readFileSync(WORKER_MODULE, "utf8");
  const Old = hexLexerClass(source);
  const New = hexLexerClass(patchedSource(source));

  it("reads 4,000 drawn hex strings as pdf.js's own method does (string, warnings, position)", () => {
    const r = prng(56);
    let warned = 0;
    let long = 0;
    for (let k = 0; k < 4_000; k++) {
      const bytes = drawnHexString(r);
      const warnings: unknown[] = [];
      const read = (L: new (b: Uint8Array) => HexLexer) => {
        let lexer: HexLexer;
        try {
          lexer = new L(bytes);
          const s = lexer.getHexString();
          return { s, pos: lexer.pos, ch: lexer.currentChar, w: lexer.warnings };
        } catch (e) {
          warnings.push(e);
          return { error: String(e) };
        }
      };
      const a = read(Old);
      const b = read(New);
      expect(b).toEqual(a);
      if ("w" in a && (a.w as unknown[]).length > 0) warned++;
      if ("s" in a && (a.s as string).length > 8192) long++;
    }
    // The draws reach the warnings and the chunked path.
    expect(warned).toBeGreaterThan(100);
    expect(long).toBeGreaterThan(20);
  });

  it("tells a wrong string apart (the check can fail)", () => {
    const Wrong = hexLexerClass(patchedSource(source).replace("return String.fromCharCode.apply(null, strBuf);", "return String.fromCharCode.apply(null, strBuf.slice(1));"));
    const bytes = new TextEncoder().encode("0041 0042>");
    expect(new Wrong(bytes).getHexString()).not.toBe(new Old(bytes).getHexString());
  });
});

/**
 * A process that opens each PDF as the pipeline does (pdf.ts openDocument, "faces", font maps
 * asked for) and prints, per file, a hash of every page's operator list and of each font its setFont
 * operators name (once a document), as JSON (typed arrays as arrays). LEAN_BUNDLE set: pdf.js's worker is the batch bundle's.
 */
const SCRIPT = `
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
if (process.env.LEAN_BUNDLE) createRequire(process.cwd() + "/")(process.env.LEAN_BUNDLE);
const P = await import("./dist/extract/pdf.js");
const { restoreNativeJson } = await import("./dist/extract/pdf/native-json.js");
const { AnnotationMode, OPS } = await import("pdfjs-dist/legacy/build/pdf.mjs");
const json = (v) => JSON.stringify(v, (k, x) => (ArrayBuffer.isView(x) ? [x.constructor.name, ...x] : x));
for (const file of process.argv.slice(1)) {
  const h = createHash("sha256");
  const fonts = new Set();
  try {
    const task = P.openDocument(new Uint8Array(readFileSync(file)), "faces", true);
    const pdf = P.skipFontLoading(await task.promise, "faces");
    restoreNativeJson();
    for (let i = 1; i <= pdf.numPages; i++) {
      const page = await pdf.getPage(i);
      const ops = await page.getOperatorList({ annotationMode: AnnotationMode.DISABLE });
      h.update(json(ops.fnArray)).update(json(ops.argsArray));
      for (let j = 0; j < ops.fnArray.length; j++) {
        const name = ops.fnArray[j] === OPS.setFont ? ops.argsArray[j][0] : null;
        if (name === null || fonts.has(name) || !page.commonObjs.has(name)) continue;
        fonts.add(name);
        const font = page.commonObjs.get(name);
        h.update(name);
        const fields = {};
        for (const k of ["name", "loadedName", "fallbackName", "mimetype", "fontMatrix", "bbox", "ascent", "descent", "defaultWidth", "vertical", "missingFile", "isType3Font", "remeasure", "bold", "italic", "black", "defaultVMetrics", "disableFontFace", "isInvalidPDFjsFont", "data"]) fields[k] = font[k];
        for (const k of Object.keys(font)) if (!(k in fields) && typeof font[k] !== "function") fields[k] = font[k];
        h.update(json(fields));
      }
    }
    await task.destroy();
  } catch (e) {
    h.update("error " + (e?.message ?? e));
  }
  console.log(h.digest("hex").slice(0, 16) + " " + file);
}
`;

function pdfsUnder(dir: string): string[] {
  const abs = join(ROOT, dir);
  return existsSync(abs) ? readdirSync(abs).filter((f) => f.endsWith(".pdf")).sort().map((f) => join(dir, f)) : [];
}

async function hashes(files: string[], bundle: string | null): Promise<string[]> {
  const env = { ...process.env, LEAN_BUNDLE: bundle ?? "" };
  const { stdout } = await promisify(execFile)(process.execPath, ["--input-type=module", "-e", SCRIPT, ...files], { cwd: ROOT, encoding: "utf8", env, maxBuffer: 64 << 20 });
  return stdout.trim().split("\n");
}

describe("LEAN_WORKER_PATCHES: the bundle's pdf.js", () => {
  it("is patched in the batch bundle", () => {
    const bundle = readFileSync(BUNDLE, "latin1");
    expect(bundle).toContain("}, 1, null);");
    expect(bundle).toContain("const forEachCode = properties.cMap instanceof IdentityCMap");
    expect(bundle).toContain("return String.fromCharCode.apply(null, strBuf);");
  });

  // Every fixture PDF and a fifth of the dev corpus (its four producers in turn): both processes at once.
  it("hands over the same operator lists and fonts as pdf.js's own worker, over the repository's PDFs", { timeout: 600_000 }, async () => {
    const files = [...pdfsUnder("fixtures"), ...pdfsUnder("test/fixtures/pdf"), ...pdfsUnder("test/corpus/dev").filter((_, i) => i % 5 === 0)];
    expect(files.length).toBeGreaterThan(50);
    const [own, bundled] = await Promise.all([hashes(files, null), hashes(files, BUNDLE)]);
    expect(own).toHaveLength(files.length);
    expect(bundled).toEqual(own);
  });
});
