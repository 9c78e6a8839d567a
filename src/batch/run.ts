import { existsSync } from "node:fs";
import { mkdir, stat } from "node:fs/promises";
import { availableParallelism, loadavg } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { SCHEMA_VERSION } from "../model/version.js";
import type { ErrorCode } from "../model/errors.js";
import { DEFAULT_MAX_BYTES } from "../limits.js";
import { UnsafeOutputPathError, removeStaleTemps, writeFileAtomic } from "./atomic.js";
import { writeAggregate, objectiveRows, csvLines, csvHeader, type BatchFormat } from "./aggregate.js";
import { EMPTY_SHA256, crashOutput, hashFile, sniffedFormat } from "./failure.js";
import type { BatchInput } from "./inputs.js";
import { MANIFEST_FILE, ManifestWriter, completedEntries, readManifest, repairManifest, type ManifestEntry } from "./manifest.js";
import { assignOutputNames, isInside } from "./names.js";
import { DocumentPool, type PoolOutcome } from "./pool.js";
import { lockOutputFolder } from "./lock.js";
import type { JsonPiece, TaskProgress, WorkerResult, WorkerTask } from "./protocol.js";
import type { OcrMode } from "../extract/ocr/options.js";
import type { InputFormat } from "../model/layout.js";
import { printablePath } from "../cli/printable.js";

/**
 * The worker beside this file: the bundle with its code cache (dist/batch/worker.bundle.cjs,
 * scripts/bundle-worker.mjs; a child's warm-up is its critical path under --jobs 2) when the build
 * made it, else the compiled module (dist/batch/worker.js). `COMPACTS_WORKER_BUNDLE=0` chooses the
 * module (to compare the two, or should the bundle ever misbehave).
 */
export function defaultWorkerFile(env: NodeJS.ProcessEnv = process.env): string {
  const bundle = fileURLToPath(new URL("./worker.bundle.cjs", import.meta.url));
  return env[WORKER_BUNDLE_ENV] !== "0" && existsSync(bundle) ? bundle : fileURLToPath(new URL("./worker.js", import.meta.url));
}
/** Environment variable that turns the bundled worker off when "0" (defaultWorkerFile). */
export const WORKER_BUNDLE_ENV = "COMPACTS_WORKER_BUNDLE";
/** The worker a batch runs unless told otherwise (defaultWorkerFile at load). */
export const DEFAULT_WORKER_FILE = defaultWorkerFile();

/**
 * An input this large gets a worker process of its own (pool.ts, `large`): a reused one may still
 * hold up to 60 % of the memory limit from earlier documents (pool.ts RECYCLE_SHARE), and a large
 * input needs most of the limit for itself (a 50 MB text ~290 MB: its text, its parts, its
 * output; 4,000 dense PDF pages, 40 MB: ~500 MB of 512), so that process is lean — a small young
 * generation, ~20–25 MB less resident — and ends with the document. 8 MB is where text stops
 * being one document (large-text.ts); the corpus compacts are 20–80 KB. A new process costs ~0.5 s.
 */
const LARGE_INPUT_BYTES = 8 * 2 ** 20;

/**
 * Input bytes each worker process must have ahead of it for the batch to start it. A worker is not
 * free: each loads the bundle (~0.25 s of CPU) and warms V8's JIT up on its own first documents, and
 * a second worker pays that again. Set at 256 KB from the first pool's figures (a second worker cost
 * 28–56 % more CPU for 1.12–1.43×); re-measured in session 47 with cheaper warm-up (code cache,
 * child flags; `bench/batch-trace.mjs` with the limit lifted, three rounds, load 15–20, idle
 * estimate = the larger of the busiest worker's CPU and half the tree's): 2 corpus PDFs (106 KB)
 * 1.12× for 50 % more CPU; 4 texts (79 KB) 1.55× for 7 %; 10 texts (168 KB) 1.51× for 13 %;
 * 4 PDFs (213 KB) 1.47× for 20 %; 20 texts (371 KB) 1.19× for 35 %; 8 PDFs (419 KB) 1.33× for 36 %
 * (bench/README.md, "Session 47: h-speed47"). At 64 KB a batch gets its second worker from ~128 KB
 * (7–8 texts, 3 PDFs), where it bought a third or more of the time; one or two PDFs stay with one.
 * Work per byte is about the same for PDFs and texts at steady state, so bytes stand for work.
 */
export const MIN_BYTES_PER_WORKER = 64 * 1024;

/**
 * Worker processes the machine has room for: its cores less those other processes keep busy, i.e.
 * the whole part of the 1-minute load average (so a load of 0.7 leaves both of 2 cores, 1.5 one);
 * at least one. On a machine whose cores are taken, another worker only splits the share the
 * batch already gets (Linux shares the CPU between sessions, `sched_autogroup`) and adds its own
 * start-up: measured on this 2-core machine at load 25–34, `--jobs 2` took 0.61–0.84× the wall
 * time of `--jobs 1` on every batch from 13 to 104 documents (text and PDF), and 0.97× for the 104
 * texts at load 1.7–4.6 (the figure issue 14 asked to fix). The same rule as `make -l`.
 */
export function freeCores(cores: number, loadAverage: number): number {
  return Math.max(1, cores - Math.floor(Math.max(0, loadAverage)));
}

/**
 * Set to "1", the batch starts its --jobs workers whatever the load (freeCores): for benchmarks
 * that compare --jobs 1 and 2 on a busy machine. The bytes rule (workersFor) still holds.
 */
export const IGNORE_LOAD_ENV = "COMPACTS_IGNORE_LOAD";

/** The free cores of this machine now (freeCores), or no limit under IGNORE_LOAD_ENV. */
export function machineFreeCores(): number {
  return process.env[IGNORE_LOAD_ENV] === "1" ? Infinity : freeCores(availableParallelism(), loadavg()[0] ?? 0);
}

/**
 * How many worker processes a batch of `documents` inputs of `bytes` in all gets: `jobs` at most,
 * never more than documents or than the machine has free cores for, and only as many as have
 * MIN_BYTES_PER_WORKER each; always one.
 */
export function workersFor(jobs: number, documents: number, bytes: number, free = Infinity): number {
  return Math.max(1, Math.min(jobs, documents, free, Math.floor(bytes / MIN_BYTES_PER_WORKER)));
}

/** Files whose size is read at once while the batch sizes itself. */
const STAT_CHUNK = 64;

/**
 * The inputs' total size in bytes, read only until it reaches `enough` (a long batch reads the
 * sizes of its first few dozen files, not of thousands). Unreadable inputs count nothing.
 */
export async function inputBytes(inputs: readonly BatchInput[], enough: number): Promise<number> {
  let total = 0;
  for (let i = 0; i < inputs.length && total < enough; i += STAT_CHUNK) {
    const sizes = await Promise.all(inputs.slice(i, i + STAT_CHUNK).map((input) => (input.unreadable === undefined ? stat(input.abs).then((s) => (s.isFile() ? s.size : 0), () => 0) : 0)));
    for (const size of sizes) total += size;
  }
  return total;
}

/** Documents beyond the workers' own that may be hashed or written meanwhile (each holds one JSON string). */
const WRITE_AHEAD = 8;

/** Generous defaults: a 200-page compact takes seconds; only a pathological document gets near. */
export const DEFAULT_TIMEOUT_MS = 120_000;
/**
 * A PDF page's own limit: a healthy page's text layer reads in well under a second and its OCR in
 * ~5 s at 300 dpi (20 s on a loaded machine); 60 s is three times that, and half the document's
 * no-progress limit, so a slow page is skipped before its document would be stopped.
 */
export const DEFAULT_PAGE_TIMEOUT_MS = 60_000;
/** The page limit must leave the document's no-progress limit room to see the page skipped. */
const PAGE_SHARE_OF_TIMEOUT = 0.5;

/** --page-timeout when none is given: the default, or half of a shorter --timeout. */
export function defaultPageTimeoutMs(timeoutMs: number): number {
  return Math.min(DEFAULT_PAGE_TIMEOUT_MS, Math.round(timeoutMs * PAGE_SHARE_OF_TIMEOUT));
}
/** Heap limit per worker: enough for a several-hundred-page PDF, and at most half the machine's memory over all workers. */
export const DEFAULT_MAX_MEMORY_MB = 2048;
const MIN_DEFAULT_MEMORY_MB = 256;

/** The per-worker heap limit when none is given: DEFAULT_MAX_MEMORY_MB, less on a small machine with many workers. */
export function defaultMaxMemoryMb(jobs: number, totalMemoryBytes: number): number {
  const fairShare = Math.floor(totalMemoryBytes / 2 ** 20 / 2 / Math.max(1, jobs));
  return Math.max(MIN_DEFAULT_MEMORY_MB, Math.min(DEFAULT_MAX_MEMORY_MB, fairShare));
}

export interface BatchOptions {
  outDir: string;
  /** The most worker processes; fewer when the batch is short or the machine busy (workersFor). */
  jobs: number;
  /** Worker processes the machine has room for; default machineFreeCores() (cores less load). */
  freeCores?: number;
  format: BatchFormat;
  resume: boolean;
  failFast: boolean;
  timeoutMs: number;
  maxMemoryMb: number;
  maxBytes?: number;
  /** Where results go instead of files (--stdout): no output files, no manifest. */
  stdout?: (chunk: string) => void;
  workerFile?: string;
  /** OCR of scanned pages (--ocr, --ocr-dpi), passed to every document. */
  ocr?: OcrMode;
  ocrDpi?: number;
  /** The input format every document is read as (--input-format); sniffed from each one's content when absent. */
  inputFormat?: InputFormat;
  /** Time limit of one PDF page (--page-timeout): a slower page is skipped with a warning, the document goes on (pool.ts). */
  pageTimeoutMs?: number;
  /** Aborting stops new documents; what is running is dropped unrecorded (Ctrl-C). */
  signal?: AbortSignal;
}

/** The extractor settings a worker task carries (only those given, so the extractor's defaults hold otherwise). */
function extractorOptions(o: BatchOptions): Pick<WorkerTask, "ocr" | "ocrDpi" | "inputFormat"> {
  return { ...(o.ocr !== undefined ? { ocr: o.ocr } : {}), ...(o.ocrDpi !== undefined ? { ocrDpi: o.ocrDpi } : {}), ...(o.inputFormat !== undefined ? { inputFormat: o.inputFormat } : {}) };
}

/**
 * Pages a document may lose to the page limit before it is stopped as TIMEOUT: each costs a
 * fresh run up to that page; a document with many stuck pages is broken, not slow in places.
 */
export const MAX_SKIPPED_PAGES = 5;

/** The task again without a page that overran its limit; null once MAX_SKIPPED_PAGES are skipped. */
export function withoutPage(task: WorkerTask, page: number): WorkerTask | null {
  const skipPages = [...(task.skipPages ?? []), page];
  return skipPages.length > MAX_SKIPPED_PAGES ? null : { ...task, skipPages };
}

export interface DocumentReport {
  input: BatchInput;
  entry: ManifestEntry;
  /** Skipped by --resume: an earlier run converted this very content. */
  skipped: boolean;
  /** Stack or cause of a worker crash, for --debug. */
  detail?: string;
}

export interface BatchReporter {
  start(total: number): void;
  document(report: DocumentReport): void;
  /** A running document's pages so far (long PDFs report them as they are read; throttled by the workers). */
  pages?(input: BatchInput, progress: TaskProgress): void;
}

export interface BatchSummary {
  total: number;
  converted: number;
  /** Of the converted: status partial (e.g. a scan without text layer). */
  partial: number;
  skipped: number;
  failed: DocumentReport[];
  /** Not attempted: --fail-fast stopped, or the run was interrupted. */
  notRun: number;
  /** The aggregate file written (compacts.jsonl / objectives.csv), if any. */
  aggregate: string | null;
  /** Temp files from a killed earlier run that were removed. */
  staleTempsRemoved: number;
}

function entryFrom(input: BatchInput, output: string, r: Omit<WorkerResult, "json">): ManifestEntry {
  return {
    file: input.display,
    output,
    sha256: r.sha256,
    bytes: r.bytes,
    format: r.format,
    pages: r.pages,
    schemaVersion: r.schemaVersion,
    kind: r.kind,
    status: r.status,
    warnings: r.warnings,
    warningCodes: r.warningCodes,
    ms: r.ms,
    error: r.error,
  };
}

async function crashResult(input: BatchInput, code: ErrorCode, message: string, ms: number): Promise<WorkerResult> {
  // An unreadable walk entry may be a folder: it has no content to measure or hash.
  const bytes = input.unreadable === undefined ? ((await stat(input.abs).catch(() => null))?.size ?? 0) : 0;
  const sha256 = input.unreadable === undefined ? await hashFile(input.abs) : EMPTY_SHA256;
  const out = await crashOutput(input.rel, { sha256, bytes }, code, message, input.unreadable === undefined ? await sniffedFormat(input.abs) : undefined);
  return {
    json: [JSON.stringify(out, null, 2) + "\n"],
    sha256: out.source.sha256,
    bytes,
    format: out.source.format,
    pages: 0,
    schemaVersion: out.schemaVersion,
    kind: out.kind,
    status: out.status,
    warnings: 0,
    warningCodes: [],
    error: out.error,
    ms,
  };
}

/** A piece of output JSON as text (for --stdout, whose sinks take text). */
function pieceText(piece: JsonPiece): string {
  return typeof piece === "string" ? piece : Buffer.from(piece.buffer, piece.byteOffset, piece.byteLength).toString("utf8");
}

function describeCause(e: unknown): string {
  return e instanceof Error ? (e.stack ?? e.message) : String(e);
}

/**
 * Convert a batch: every input becomes output/<name>.json (atomically) and one manifest line, in
 * parallel on a worker pool. Never throws for a bad document; see BatchSummary for what happened.
 */
export async function runBatch(inputs: readonly BatchInput[], options: BatchOptions, reporter: BatchReporter): Promise<BatchSummary> {
  const names = assignOutputNames(inputs);
  names.forEach((n) => {
    if (!isInside(options.outDir, n)) throw new Error(`output name escapes the output folder: ${n}`); // a bug in names.ts
  });
  if (options.stdout) return convertBatch(inputs, names, options, reporter);
  await mkdir(options.outDir, { recursive: true });
  const unlock = await lockOutputFolder(options.outDir);
  try {
    return await convertBatch(inputs, names, options, reporter);
  } finally {
    await unlock();
  }
}

async function convertBatch(inputs: readonly BatchInput[], names: readonly string[], options: BatchOptions, reporter: BatchReporter): Promise<BatchSummary> {
  const toStdout = options.stdout;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const summary: BatchSummary = { total: inputs.length, converted: 0, partial: 0, skipped: 0, failed: [], notRun: 0, aggregate: null, staleTempsRemoved: 0 };

  let done = new Map<string, ManifestEntry>();
  let manifest: ManifestWriter | null = null;
  if (!toStdout) {
    summary.staleTempsRemoved = await removeStaleTemps(options.outDir);
    const manifestPath = join(options.outDir, MANIFEST_FILE);
    if (options.resume) {
      const read = await readManifest(manifestPath);
      await repairManifest(manifestPath, read);
      done = completedEntries(read.entries, SCHEMA_VERSION);
    }
    manifest = await ManifestWriter.open(manifestPath, !options.resume);
  }
  if (toStdout && options.format === "csv") toStdout(csvHeader());

  // More workers than the batch has work for would only pay their start-up (workersFor).
  const jobs = workersFor(options.jobs, inputs.length, await inputBytes(inputs, options.jobs * MIN_BYTES_PER_WORKER), options.freeCores ?? machineFreeCores());
  const pool = new DocumentPool<WorkerTask, WorkerResult>({
    workerFile: options.workerFile ?? DEFAULT_WORKER_FILE,
    jobs,
    timeoutMs: options.timeoutMs,
    maxMemoryMb: options.maxMemoryMb,
    ...(options.pageTimeoutMs !== undefined ? { pageTimeoutMs: options.pageTimeoutMs } : {}),
    skipPage: withoutPage,
  });
  /** No new documents: --fail-fast saw a failure, or the run was interrupted. */
  const stop = new AbortController();
  let interrupted = false;
  const onAbort = () => {
    interrupted = true;
    stop.abort();
    void pool.destroy().catch(() => {});
  };
  options.signal?.addEventListener("abort", onAbort, { once: true });
  reporter.start(inputs.length);

  /** Resume: the input's content already has a good output from an earlier run. */
  const alreadyDone = async (input: BatchInput, name: string): Promise<ManifestEntry | null> => {
    const prior = done.get(name);
    if (!prior) return null;
    const outputExists = await stat(join(options.outDir, name)).then(() => true, () => false);
    if (!outputExists || (await hashFile(input.abs)) !== prior.sha256) return null;
    // Read as another format than --input-format asks now: convert again.
    if (options.inputFormat !== undefined && prior.format !== options.inputFormat) return null;
    return prior;
  };

  /** Convert one document in the worker pool; the outcome as a WorkerResult (a crash becomes a failure result). */
  const runInPool = async (input: BatchInput, queued: Promise<PoolOutcome<WorkerResult>>, t0: number) => {
    const outcome = await queued;
    // Decide --fail-fast now, before the pool hands this worker to the next document.
    const failed = outcome.ok ? outcome.result.status === "failure" : outcome.code !== "CANCELLED";
    if (failed && options.failFast) stop.abort();
    // The JSON the child sent ahead comes first, then whatever its result still holds.
    if (outcome.ok) return { result: { ...outcome.result, json: [...outcome.pieces, ...outcome.result.json] } };
    // Interrupted or withdrawn by --fail-fast: the document is neither converted nor failed.
    if (outcome.code === "CANCELLED") return null;
    const result = await crashResult(input, outcome.code, outcome.message, Math.round(performance.now() - t0));
    return { result, detail: describeCause(outcome.cause) };
  };

  const record = async (input: BatchInput, name: string, produced: WorkerResult, detail: string | undefined) => {
    let result = produced;
    let entry = entryFrom(input, name, result);
    if (toStdout) {
      if (options.format === "json") for (const piece of result.json) toStdout(pieceText(piece));
      else if (options.format === "jsonl") toStdout(JSON.stringify(JSON.parse(result.json.map(pieceText).join(""))) + "\n");
      else toStdout(csvLines(objectiveRows((await import("../model/output.js")).OutputSchema.parse(JSON.parse(result.json.map(pieceText).join(""))))));
    } else {
      // Output first, manifest line second: a manifest line always names a complete output file.
      try {
        await writeFileAtomic(join(options.outDir, name), result.json, options.outDir);
      } catch (e) {
        if (!(e instanceof UnsafeOutputPathError)) throw e;
        // Not written: the manifest line says so (and names no file that exists).
        result = await crashResult(input, "IO_ERROR", `the output was not written: ${e.message}`, result.ms);
        entry = entryFrom(input, name, result);
      }
      await manifest?.append(entry);
    }
    const report: DocumentReport = { input, entry, skipped: false };
    if (detail !== undefined) report.detail = detail;
    if (entry.status === "failure") {
      summary.failed.push(report);
      if (options.failFast) stop.abort();
    } else {
      summary.converted++;
      if (entry.status === "partial") summary.partial++;
    }
    reporter.document(report);
  };

  /**
   * Documents queue for a worker in input order although their checks (hash, size) run in
   * parallel: each takes its place after its predecessor's. Progress follows the input order, and
   * --fail-fast withdraws every document queued after the failing one.
   */
  let previousTurn: Promise<void> = Promise.resolve();
  const convert = async (input: BatchInput, name: string): Promise<void> => {
    const myTurn = previousTurn;
    let endTurn = () => {};
    previousTurn = new Promise<void>((resolve) => (endTurn = resolve));
    let outcome: { result: WorkerResult; detail?: string } | null;
    try {
      const prior = options.resume ? await alreadyDone(input, name) : null;
      const size = prior ? 0 : ((await stat(input.abs).catch(() => null))?.size ?? 0);
      await myTurn;
      if (prior) {
        summary.skipped++;
        reporter.document({ input, entry: prior, skipped: true });
        return;
      }
      if (input.unreadable !== undefined) {
        endTurn();
        outcome = { result: await crashResult(input, "IO_ERROR", `${printablePath(input.display)}: ${input.unreadable}`, 0) };
      } else if (size > maxBytes) {
        endTurn();
        outcome = { result: await crashResult(input, "TOO_LARGE", `the file has ${size} bytes, more than the limit of ${maxBytes}`, 0) };
      } else {
        const onPages = (p: TaskProgress) => reporter.pages?.(input, p);
        const queued = pool.run({ path: input.abs, fileName: input.rel, ...extractorOptions(options) }, stop.signal, onPages, size > LARGE_INPUT_BYTES); // takes its place synchronously
        endTurn();
        outcome = await runInPool(input, queued, performance.now());
      }
    } finally {
      endTurn();
    }
    if (interrupted || outcome === null) return;
    await record(input, name, outcome.result, outcome.detail);
  };

  // Documents in hand: one converting per worker, plus some being hashed or written, so that
  // fsync latency overlaps with conversion instead of stalling it. Bounded: memory stays flat.
  const inHand = jobs * 2 + WRITE_AHEAD;
  const active = new Set<Promise<void>>();
  /** Not a bad document but a broken run (the output folder is not writable, the disk is full): stop, report once. */
  let fatal: { error: unknown } | null = null;
  try {
    for (let i = 0; i < inputs.length && !stop.signal.aborted; i++) {
      const p: Promise<void> = convert(inputs[i]!, names[i]!)
        .catch((error: unknown) => {
          fatal ??= { error };
          stop.abort();
        })
        .finally(() => active.delete(p));
      active.add(p);
      if (active.size >= inHand) await Promise.race(active);
    }
    await Promise.all(active);
  } finally {
    options.signal?.removeEventListener("abort", onAbort);
    await pool.destroy().catch(() => {});
    await manifest?.close();
  }
  if (fatal) throw (fatal as { error: unknown }).error;
  summary.notRun = inputs.length - summary.converted - summary.skipped - summary.failed.length;
  if (interrupted) return summary;
  if (!toStdout && options.format !== "json") summary.aggregate = await writeAggregate(options.outDir, names, options.format);
  return summary;
}
