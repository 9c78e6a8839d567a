// After `tsc` (npm run build): bundle the batch worker into one classic script,
// dist/batch/worker.bundle.cjs, and give it a V8 code cache for the default child flags. A child
// process loads the bundle with that cache (src/batch/child.ts), so it neither compiles ~80 ES
// modules and pdf.js nor most functions on their first call (measured in bench/README.md, batch
// section). The unbundled dist/ stays as it is: the library, the CLI's parent process and every
// other use load it. A missing bundle is not an error at run time: the batch falls back to
// dist/batch/worker.js (src/batch/run.ts, defaultWorkerFile).
//
//   node scripts/bundle-worker.mjs             bundle, then make the code cache (npm run build)
//   node scripts/bundle-worker.mjs --no-cache  bundle only (the tests' global set-up: ~1 s; the
//                                              first child with each set of flags writes its cache)
import { build } from "esbuild";
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { escapeNonAscii } from "./ascii-source.mjs";
import { LEAN_WORKER_PATCHES } from "./pdfjs-lean-patches.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const outfile = join(root, "dist", "batch", "worker.bundle.cjs");

/**
 * pdf.js's Node set-up (pdf.mjs, "if (isNodeJS)") requires `@napi-rs/canvas` on import, to
 * polyfill DOMMatrix, ImageData and Path2D for its canvas renderer: ~0.14 s of CPU per child
 * (loading the native library) that reading a text layer never uses. In the bundle the three
 * globals become getters that load the package on first use (OCR, the ink checks of a searchable
 * scan), then hold the value as pdf.js's own assignment would. Its canvas factory requires the
 * package itself when it makes a canvas. pdf.js's canvas renderer also makes one DOMMatrix when
 * its module is evaluated (SCALE_MATRIX, used only to stroke a scaled path): it is made on that
 * first use instead. Each piece is matched exactly, once: a pdf.js that changes one fails the
 * build rather than loading canvas in every worker again unnoticed.
 */
const PDFJS_CANVAS_POLYFILL = `  let canvas;
  try {
    const require = process.getBuiltinModule("module").createRequire(import.meta.url);
    try {
      canvas = require("@napi-rs/canvas");
    } catch (ex) {
      warn(\`Cannot load "@napi-rs/canvas" package: "\${ex}".\`);
    }
  } catch (ex) {
    warn(\`Cannot access the \\\`require\\\` function: "\${ex}".\`);
  }
  if (!globalThis.DOMMatrix) {
    if (canvas?.DOMMatrix) {
      globalThis.DOMMatrix = canvas.DOMMatrix;
    } else {
      warn("Cannot polyfill \`DOMMatrix\`, rendering may be broken.");
    }
  }
  if (!globalThis.ImageData) {
    if (canvas?.ImageData) {
      globalThis.ImageData = canvas.ImageData;
    } else {
      warn("Cannot polyfill \`ImageData\`, rendering may be broken.");
    }
  }
  if (!globalThis.Path2D) {
    if (canvas?.Path2D) {
      globalThis.Path2D = canvas.Path2D;
    } else {
      warn("Cannot polyfill \`Path2D\`, rendering may be broken.");
    }
  }
`;
const LAZY_CANVAS_POLYFILL = `  // compacts (scripts/bundle-worker.mjs): @napi-rs/canvas loaded on the first use of a polyfilled global.
  for (const name of ["DOMMatrix", "ImageData", "Path2D"]) {
    if (globalThis[name]) continue;
    const hold = (value) => Object.defineProperty(globalThis, name, { configurable: true, enumerable: true, writable: true, value });
    Object.defineProperty(globalThis, name, {
      configurable: true,
      enumerable: false,
      get() {
        let value;
        try {
          value = process.getBuiltinModule("module").createRequire(import.meta.url)("@napi-rs/canvas")[name];
        } catch (ex) {
          warn(\`Cannot load "@napi-rs/canvas" package: "\${ex}".\`);
        }
        if (!value) warn(\`Cannot polyfill \\\`\${name}\\\`, rendering may be broken.\`);
        hold(value);
        return value;
      },
      set: hold,
    });
  }
`;

/** [what pdf.mjs says, what the bundle says instead]: each must occur exactly once. */
const LAZY_CANVAS_PATCHES = [
  [PDFJS_CANVAS_POLYFILL, LAZY_CANVAS_POLYFILL],
  ["\nconst SCALE_MATRIX = new DOMMatrix();\n", "\nlet lazyScaleMatrix = null;\n"],
  ["\n    SCALE_MATRIX.a = 1 / scaleX;\n", "\n    const SCALE_MATRIX = (lazyScaleMatrix ??= new DOMMatrix());\n    SCALE_MATRIX.a = 1 / scaleX;\n"],
];

/**
 * pdf.js 5 inflates every Flate stream it reads (each page's content, fonts, ToUnicode maps, images)
 * through a web `DecompressionStream`: in Node a zlib stream on the thread pool behind web-stream
 * adapters, so each stream costs a writer, a reader, a dozen promises and a round trip to another
 * thread while this one waits (the "idle" of a PDF's profile). In the bundle a "deflate" stream is
 * inflated by `zlib.inflateSync` instead: the same zlib, the same bytes, the same failures (a
 * truncated stream or a bad checksum throws in both, and pdf.js then decodes it in JavaScript, as
 * before; test/extract/inflate-s55.test.ts compares the two over every stream of the fixture and
 * dev-corpus PDFs, and damaged copies).
 * The result is copied into a Uint8Array of its own, as the original builds one: pdf.js may
 * transfer a decoded buffer, and zlib's may be larger than the data. Other formats ("brotli") keep
 * pdf.js's own code. The library (unbundled dist/) keeps pdf.js as it is. `process.getBuiltinModule`
 * is Node ≥ 20.16: on an older Node it throws inside the `try`, and pdf.js decodes in JavaScript.
 */
const PDFJS_STREAM_INFLATE = `  async asyncGetBytesFromDecompressionStream(name) {
    this.stream.reset();
    const bytes = this.stream.isAsync ? await this.stream.asyncGetBytes() : this.stream.getBytes();
    try {
`;
const SYNC_INFLATE = `  async asyncGetBytesFromDecompressionStream(name) {
    this.stream.reset();
    const bytes = this.stream.isAsync ? await this.stream.asyncGetBytes() : this.stream.getBytes();
    // compacts (scripts/bundle-worker.mjs): a zlib stream inflated here, not on the thread pool.
    if (name === "deflate") {
      try {
        const inflated = process.getBuiltinModule("zlib").inflateSync(bytes);
        const data = new Uint8Array(inflated.byteLength);
        data.set(inflated);
        return { decompressed: data, compressed: bytes };
      } catch {
        return { decompressed: null, compressed: bytes };
      }
    }
    try {
`;
/** [what pdf.worker.mjs says, what the bundle says instead]: each must occur exactly once. */
const SYNC_INFLATE_PATCHES = [[PDFJS_STREAM_INFLATE, SYNC_INFLATE]];

/** `source` with each [from, to] of `patches` applied; `from` must occur exactly once (else the build fails). */
function patched(source, patches, path, listName) {
  for (const [from, to] of patches) {
    const parts = source.split(from);
    if (parts.length !== 2) throw new Error(`bundle-worker: found ${parts.length - 1} times, not once, in ${path}: ${from.trim().split("\n")[0]} (update ${listName})`);
    source = parts.join(to);
  }
  return source;
}

/** esbuild plugin: pdf.worker.mjs with SYNC_INFLATE_PATCHES above, then LEAN_WORKER_PATCHES (scripts/pdfjs-lean-patches.mjs). */
const syncInflate = {
  name: "sync-inflate",
  setup(b) {
    b.onLoad({ filter: /pdfjs-dist[\\/]legacy[\\/]build[\\/]pdf\.worker\.mjs$/ }, async (args) => ({
      contents: patched(patched(await readFile(args.path, "utf8"), SYNC_INFLATE_PATCHES, args.path, "SYNC_INFLATE_PATCHES"), LEAN_WORKER_PATCHES, args.path, "LEAN_WORKER_PATCHES"),
      loader: "js",
    }));
  },
};

/** esbuild plugin: pdf.mjs with the patches above. */
const lazyCanvas = {
  name: "lazy-canvas",
  setup(b) {
    b.onLoad({ filter: /pdfjs-dist[\\/]legacy[\\/]build[\\/]pdf\.mjs$/ }, async (args) => ({
      contents: patched(await readFile(args.path, "utf8"), LAZY_CANVAS_PATCHES, args.path, "LAZY_CANVAS_PATCHES"),
      loader: "js",
    }));
  },
};

await build({
  plugins: [lazyCanvas, syncInflate],
  entryPoints: [join(root, "src", "batch", "bundle-entry.ts")],
  outfile,
  bundle: true,
  platform: "node",
  format: "cjs",
  target: "node20",
  // The modules read files relative to their own place (data/, createRequire): the bundle sits in
  // dist/batch/, at the depth of every dist/<folder>/ module, so its own URL serves them all.
  define: { "import.meta.url": "__compactsBundleUrl" },
  banner: { js: "const __compactsBundleUrl = require(\"node:url\").pathToFileURL(__filename).href;" },
  // Native code and what only OCR or the query index loads stay packages of their own.
  external: ["@napi-rs/canvas", "tesseract.js", "@duckdb/node-api"],
  // An import() of a package left outside (tesseract.js, loaded on the first scanned page) becomes a
  // require: a script compiled from a code cache has no dynamic-import callback in Node 20
  // ("A dynamic import callback was not specified", whatever `importModuleDynamically` says).
  supported: { "dynamic-import": false },
  logLevel: "warning",
  legalComments: "none",
});

// Pure ASCII (scripts/ascii-source.mjs): a child reads the bundle as a one-byte string, cheaper to
// decode, hash and keep. Checked here, so a later esbuild or source that breaks it fails the build.
const asciiBundle = escapeNonAscii(readFileSync(outfile, "utf8"));
if (/[^\x00-\x7f]/.test(asciiBundle)) throw new Error("bundle-worker: the bundle is not pure ASCII after escaping");
writeFileSync(outfile, asciiBundle);

// A cache belongs to one build of the bundle: drop those of the previous one.
for (const f of readdirSync(dirname(outfile))) if (f.startsWith("worker.bundle.cjs.") && f.endsWith(".v8cache")) rmSync(join(dirname(outfile), f));

if (process.argv.includes("--no-cache")) process.exit(0);

// The cache: a child with the default flags converts a few fixtures and writes it (child.ts writes
// a missing cache itself after CACHE_AFTER_DOCUMENTS documents). A cache only serves the node
// version and V8 flags it was made with (the heap limit included), so other --max-memory values
// get theirs written by their first batch.
const { DocumentPool } = await import(pathToFileURL(join(root, "dist", "batch", "pool.js")).href);
const { defaultMaxMemoryMb } = await import(pathToFileURL(join(root, "dist", "batch", "run.js")).href);
const { CACHE_AFTER_DOCUMENTS, codeCacheFile } = await import(pathToFileURL(join(root, "dist", "batch", "code-cache.js")).href);
const { childExecArgv } = await import(pathToFileURL(join(root, "dist", "batch", "pool.js")).href);
const { totalmem } = await import("node:os");
const warmUp = [
  "fixtures/compact-2008-dfs.txt",
  "test/fixtures/pdf/seed-ruled.pdf",
  "test/fixtures/pdf/seed-borderless.pdf",
  "test/fixtures/pdf/seed-narrow.pdf",
  "test/fixtures/pdf/seed-furniture.pdf",
  "test/fixtures/pdf/two-column-report.pdf",
  "test/fixtures/pdf/risks-rotated.pdf",
  "fixtures/compact-2012-markdown.md",
  // Texts of other layouts and two more PDFs (session 47): a fresh child compiles on first call
  // whatever the cache lacks, and one text left most of the text path's layouts out.
  "fixtures/compact-2012-ohrm-four-columns.txt",
  "test/fixtures/compacts/desa-2009-no-bullets.txt",
  "test/fixtures/compacts/dgacm-2013-numbered-sections.txt",
  "test/fixtures/compacts/dpi-2010-space-aligned.txt",
  "test/fixtures/compacts/ola-2011-page-break.txt",
  "fixtures/compact-2008-dfs-ruled.pdf",
  "fixtures/compact-risks-landscape.pdf",
  // A UN document in text (classify's other verdict, the un-document stage): archives mix them in.
  "fixtures/A-60-209-note.txt",
].map((f) => join(root, f));
const missing = warmUp.filter((f) => !existsSync(f));
if (missing.length > 0) {
  // A checkout without the fixtures (a package tarball): the first batch's children write the cache.
  console.error(`bundle-worker: no code cache made (warm-up documents missing: ${missing.join(", ")})`);
  process.exit(0);
}
const maxMemoryMb = defaultMaxMemoryMb(1, totalmem());
const pool = new DocumentPool({ workerFile: outfile, jobs: 1, timeoutMs: 120_000, maxMemoryMb });
try {
  for (let i = 0; i < CACHE_AFTER_DOCUMENTS; i++) {
    const path = warmUp[i % warmUp.length];
    const outcome = await pool.run({ path, fileName: path.split("/").pop() });
    if (!outcome.ok) throw new Error(`bundle-worker: the bundled worker failed on ${path}: ${outcome.code} ${outcome.message ?? ""}`);
  }
} finally {
  await pool.destroy();
}
const cache = codeCacheFile(outfile, childExecArgv(maxMemoryMb, false));
if (!existsSync(cache)) throw new Error(`bundle-worker: the child wrote no code cache (${cache})`);
