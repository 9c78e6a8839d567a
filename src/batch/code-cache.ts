/**
 * Loading the bundled batch worker (dist/batch/worker.bundle.cjs, scripts/bundle-worker.mjs) as
 * one classic script with a V8 code cache. Node 20 caches no compiled ES modules
 * (`module.enableCompileCache` arrived in Node 22), but `vm.Script` takes and makes V8 code caches:
 * made after the script has run some documents, the cache also holds the bytecode of every
 * function compiled by then, so a child neither parses the worker's modules and pdf.js nor compiles
 * their functions on first call. Measured: a child's start-up to "ready" 0.35–0.47 s of CPU → ~0.2 s,
 * its first 40 corpus PDFs ~1 s less CPU in all (bench/README.md, batch section).
 */
import { createHash } from "node:crypto";
import { readFileSync, renameSync, statSync, writeFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname } from "node:path";
import { Script, constants as vmConstants } from "node:vm";

/**
 * Documents a child converts before it writes a missing (or rejected) cache: by then the functions
 * of the text and the PDF paths a batch uses have been compiled, and the cache holds their bytecode.
 * Fewer documents make a cache without them; the write (~3 MB, a few tens of ms) is paid once.
 * 16, not 8 (session 47): the build's cache was made from one text among eight documents, and a
 * fresh child still compiled on first call the text functions other layouts reach; made after 16
 * (six compact texts of different layouts, a UN note, eight PDFs, a Markdown note — measured with
 * one of the six texts twice in place of the note), a fresh child's first 40 corpus
 * texts cost 2.58–2.83 s of CPU against 2.66–3.51 s, its first 40 corpus PDFs 4.37–5.27 s against
 * 5.19–8.13 s (bench/child-warmup.mjs, three interleaved rounds, load ~13; bench/README.md).
 */
export const CACHE_AFTER_DOCUMENTS = 16;

/**
 * The cache file of `scriptFile` for a child started with `execArgv`. V8 accepts a cache only from
 * the same V8 version and flags (the heap limit included: `--max-memory` changes it) and checks
 * the source only by its length, so the name holds the node version, the flags, and the script's
 * size and modification time: a rebuilt bundle never meets the bytecode of the previous one.
 */
export function codeCacheFile(scriptFile: string, execArgv: readonly string[]): string {
  const s = statSync(scriptFile);
  const key = createHash("sha256")
    .update(JSON.stringify([process.version, process.arch, execArgv, s.size, s.mtimeMs]))
    .digest("hex")
    .slice(0, 16);
  return `${scriptFile}.${key}.v8cache`;
}

export interface LoadedScript {
  /** The script's `module.exports`. */
  exports: unknown;
  /** Whether a cache was found and V8 took it. */
  cacheUsed: boolean;
  /** Call after each document: writes the cache once it is due and was missing or rejected. */
  afterDocument(): void;
}

/**
 * Run a CommonJS file as Node would (`require`), compiled with its code cache when there is a
 * usable one. Without one (first run of a build, other flags), the process writes it after
 * CACHE_AFTER_DOCUMENTS documents — atomically (a temp file renamed), so two children writing at
 * once leave one whole cache, and silently not at all where dist/ is read-only.
 */
export function loadWorkerScript(file: string, execArgv: readonly string[] = process.execArgv): LoadedScript {
  const source = readFileSync(file, "utf8");
  const cacheFile = codeCacheFile(file, execArgv);
  let cachedData: Buffer | undefined;
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    cachedData = undefined;
  }
  // The same wrapper as require's, so the bundle sees exports, require, module, __filename, __dirname.
  const wrapped = `(function (exports, require, module, __filename, __dirname) { ${source}\n});`;
  const script = new Script(wrapped, {
    filename: file,
    ...(cachedData ? { cachedData } : {}),
    // An import() left in the bundle (pdf.js's own, never reached in a child) resolves as in the main context.
    importModuleDynamically: vmConstants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
  });
  const cacheUsed = cachedData !== undefined && !script.cachedDataRejected;
  const mod: { exports: unknown } = { exports: {} };
  const run = script.runInThisContext() as (e: unknown, r: NodeJS.Require, m: { exports: unknown }, f: string, d: string) => void;
  run.call(mod.exports, mod.exports, createRequire(file), mod, file, dirname(file));
  let documents = 0;
  return {
    exports: mod.exports,
    cacheUsed,
    afterDocument() {
      if (cacheUsed || ++documents !== CACHE_AFTER_DOCUMENTS) return;
      const temp = `${cacheFile}.${process.pid}.tmp`;
      try {
        writeFileSync(temp, script.createCachedData());
        renameSync(temp, cacheFile);
      } catch {
        rmSync(temp, { force: true });
      }
    },
  };
}
