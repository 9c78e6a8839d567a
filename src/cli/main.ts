#!/usr/bin/env node
import { availableParallelism, constants as osConstants, totalmem } from "node:os";
import { basename, dirname, resolve } from "node:path";
import { realpathSync } from "node:fs";
import { readdir, stat } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { isDynamicPattern } from "tinyglobby";
import type { ArgsDef } from "citty";
import { SCHEMA_VERSION } from "../model/version.js";
import { collectInputs } from "../batch/inputs.js";
import { runBatch, defaultMaxMemoryMb, defaultPageTimeoutMs, DEFAULT_MAX_MEMORY_MB, DEFAULT_PAGE_TIMEOUT_MS, DEFAULT_TIMEOUT_MS, type BatchSummary } from "../batch/run.js";
import { csvHeader, csvLines, extraKeys, objectiveRows, type BatchFormat } from "../batch/aggregate.js";
import type { Output } from "../model/output.js";
import type { InputFormat } from "../model/layout.js";
import { INPUT_FORMATS } from "../model/formats.js";
import { LineReporter, QuietReporter, TtyReporter, failureLine, rate } from "./progress.js";
import { oneLine, printablePath } from "./printable.js";
import { defineLeaf, dispatch, suggest, EXIT, UsageError, type GroupCommand } from "./command.js";
import { processIo, type CliIo } from "./io.js";
import { DEFAULT_OCR_DPI, MAX_OCR_DPI, MIN_OCR_DPI, OCR_MODES, type OcrMode } from "../extract/ocr/options.js";

export { EXIT, UsageError } from "./command.js";
export type { CliIo, OutStream } from "./io.js";

const VERSION = "0.1.0";

const FORMATS = ["json", "jsonl", "csv"] as const;
/** Upper bound on --jobs: more threads than this only adds memory on any machine we target. */
const MAX_JOBS = 256;
/** The limit is a worker process's whole RSS: Node with pdf.js loaded already holds ~120 MB of it. */
const MIN_MEMORY_MB = 192;
/** Signals that stop a batch cleanly (exit 128 + the signal's number: 130, 143, 129). */
const STOP_SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"] as const;

const extractArgs = {
  inputs: { type: "positional", description: "files, folders (walked for .pdf .txt .md) or globs", required: true },
  output: { type: "string", alias: "o", description: "output folder", default: "output", valueHint: "dir" },
  jobs: { type: "string", alias: "j", description: "most parallel workers (default: the cores the load average leaves free)", valueHint: "n" },
  format: { type: "enum", options: [...FORMATS], description: "json: one file per document; jsonl: also compacts.jsonl; csv: also objectives.csv", default: "json" },
  resume: { type: "boolean", description: "skip documents already converted (same sha256 and schema version) per the manifest", default: false },
  "fail-fast": { type: "boolean", description: "stop starting new documents after the first failure", default: false },
  quiet: { type: "boolean", alias: "q", description: "print nothing but the failures", default: false },
  debug: { type: "boolean", description: "print stack traces of crashes", default: false },
  stdout: { type: "boolean", description: "write results to stdout instead of files (no manifest)", default: false },
  timeout: { type: "string", description: `seconds a document may go without progress (default ${DEFAULT_TIMEOUT_MS / 1000}; 10 times that in all)`, valueHint: "s" },
  "page-timeout": { type: "string", description: `seconds one PDF page may take; a slower page is skipped with a warning (default ${DEFAULT_PAGE_TIMEOUT_MS / 1000}, or half of --timeout if less)`, valueHint: "s" },
  "follow-symlinks": { type: "boolean", description: "follow folder symlinks that lead outside the input folders", default: false },
  "input-format": { type: "enum", options: ["auto", ...INPUT_FORMATS], description: "read every input as this format instead of sniffing each one's content (a .txt that looks like Markdown read as text, say)", default: "auto" },
  ocr: { type: "enum", options: [...OCR_MODES], description: "OCR of scanned PDF pages: auto (pages without a usable text layer), force (every page), off", default: "auto" },
  "ocr-dpi": { type: "string", description: `resolution pages are rendered at for OCR (default ${DEFAULT_OCR_DPI})`, valueHint: "dpi" },
  "max-memory": { type: "string", description: `memory limit (RSS) of each worker process in MB (default ${DEFAULT_MAX_MEMORY_MB}, less if half the RAM shared by the workers is less)`, valueHint: "mb" },
} as const satisfies ArgsDef;

const validateArgs = {
  files: { type: "positional", description: "JSON or JSONL files, folders (walked for .json) or globs", required: true },
  quiet: { type: "boolean", alias: "q", description: "print only the invalid files", default: false },
} as const satisfies ArgsDef;

function parsePositiveInt(value: string | undefined, flag: string, fallback: number, min = 1, max = Number.MAX_SAFE_INTEGER): number {
  if (value === undefined || value === "") return fallback;
  const n = Number(value);
  const range = max === Number.MAX_SAFE_INTEGER ? `of at least ${min}` : `from ${min} to ${max}`;
  if (!Number.isInteger(n) || n < min || n > max) throw new UsageError(`${flag} must be a whole number ${range}, not "${value}"`);
  return n;
}

function parseSeconds(value: string | undefined, flag: string, fallbackMs: number): number {
  if (value === undefined || value === "") return fallbackMs;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new UsageError(`${flag} must be a positive number of seconds, not "${value}"`);
  return Math.round(n * 1000);
}

/** `outDir` is the folder written to, or "stdout" with --stdout. */
function printSummary(io: CliIo, summary: BatchSummary, ms: number, outDir: string, quiet: boolean, debug: boolean): void {
  const err = (s: string) => io.stderr.write(s + "\n");
  if (!quiet) {
    const attempted = summary.converted + summary.failed.length;
    const partial = summary.partial ? ` (${summary.partial} partial)` : "";
    const parts = [`${summary.converted} converted${partial}`, `${summary.failed.length} failed`];
    if (summary.skipped) parts.push(`${summary.skipped} skipped (unchanged, --resume)`);
    if (summary.notRun) parts.push(`${summary.notRun} not started`);
    err(`${summary.total} document${summary.total === 1 ? "" : "s"}: ${parts.join(", ")} in ${(ms / 1000).toFixed(1)} s (${rate(attempted, ms).toFixed(1)} docs/s). Output: ${printablePath(outDir)}`);
    if (summary.staleTempsRemoved) err(`removed ${summary.staleTempsRemoved} temp file(s) left by an interrupted run`);
    if (summary.aggregate) err(`wrote ${printablePath(summary.aggregate)}`);
  }
  if (summary.failed.length) {
    if (!quiet) err(`Failed (${summary.failed.length}):`);
    for (const f of summary.failed) {
      err(`  ${failureLine(f)}`);
      if (debug && f.detail) err(f.detail);
    }
  }
}

/**
 * A path argument that names nothing is a typo, not a document: refuse the run (exit 2) rather
 * than record an IO_ERROR output that `index` would then take for a document. Globs and folders
 * that match no document stay warnings.
 */
async function checkInputPaths(args: readonly string[], cwd: string): Promise<void> {
  for (const arg of args) {
    if (isDynamicPattern(arg.replace(/\\/g, "/"))) continue;
    const abs = resolve(cwd, arg);
    if (await stat(abs).then(() => true, () => false)) continue;
    const siblings = await readdir(dirname(abs)).catch(() => [] as string[]);
    const s = suggest(basename(abs), siblings);
    throw new UsageError(`no such file or folder: ${printablePath(arg)}${s === undefined ? "" : ` (did you mean ${printablePath(s)}?)`}`);
  }
}

/**
 * What --stdout prints: one JSON document for one input; JSON Lines (one document a line) for
 * several, so the output is always one valid document or valid JSON Lines; CSV with the extra
 * columns of all documents, which needs every result before the header (kept in memory).
 */
async function stdoutSink(io: CliIo, format: BatchFormat, inputs: number): Promise<{ batchFormat: BatchFormat; write(chunk: string): void; end(): void }> {
  if (format === "csv") {
    // The schema (zod) only here: the main process of a batch that writes files never loads it.
    const { OutputSchema } = await import("../model/output.js");
    const outputs: Output[] = [];
    return {
      batchFormat: "jsonl",
      write: (chunk) => {
        for (const line of chunk.split("\n")) if (line) outputs.push(OutputSchema.parse(JSON.parse(line)));
      },
      end: () => {
        const extras = extraKeys(outputs);
        io.stdout.write(csvHeader(extras) + outputs.map((o) => csvLines(objectiveRows(o, extras))).join(""));
      },
    };
  }
  return {
    batchFormat: format === "json" && inputs > 1 ? "jsonl" : format,
    write: (chunk) => void io.stdout.write(chunk),
    end: () => {},
  };
}

const extractCommand = defineLeaf({
  name: "extract",
  description: "Convert documents (PDF, text, Markdown) into JSON, in parallel",
  args: extractArgs,
  variadic: true,
  examples: [
    "compacts extract archive                     # every .pdf .txt .md under archive/ → output/…/*.json",
    "compacts extract archive -o out --format csv # also out/objectives.csv",
    "compacts extract compact-2008-dfs.pdf --stdout",
  ],
  async run({ args, io }) {
    const jobs = parsePositiveInt(args.jobs, "--jobs", availableParallelism(), 1, MAX_JOBS);
    const timeoutMs = parseSeconds(args.timeout, "--timeout", DEFAULT_TIMEOUT_MS);
    const pageTimeoutMs = parseSeconds(args["page-timeout"], "--page-timeout", defaultPageTimeoutMs(timeoutMs));
    const ocr = args.ocr as OcrMode;
    const ocrDpi = parsePositiveInt(args["ocr-dpi"], "--ocr-dpi", DEFAULT_OCR_DPI, MIN_OCR_DPI, MAX_OCR_DPI);
    const maxMemoryMb = parsePositiveInt(args["max-memory"], "--max-memory", defaultMaxMemoryMb(jobs, totalmem()), MIN_MEMORY_MB);
    const format = args.format as BatchFormat;
    // citty has checked the value against the enum's options (INPUT_FORMATS and "auto").
    const inputFormat = args["input-format"] === "auto" ? undefined : (args["input-format"] as InputFormat);
    if (args.stdout && args.resume) throw new UsageError("--resume needs the manifest in the output folder; it cannot be combined with --stdout");
    const quiet = Boolean(args.quiet);
    const paths = args._.map(String);
    await checkInputPaths(paths, io.cwd);
    const { inputs, unmatched, notFollowed } = await collectInputs(paths, io.cwd, { followSymlinks: Boolean(args["follow-symlinks"]) });
    if (inputs.length === 0) throw new UsageError(`no documents found in ${paths.map(printablePath).join(" ")}`);
    if (!quiet) for (const u of unmatched) io.stderr.write(`warning: no document matches ${printablePath(u)}\n`);
    if (!quiet) for (const l of notFollowed) io.stderr.write(`warning: not following ${printablePath(l)}: it leads outside the input folders (--follow-symlinks to follow)\n`);

    const outDir = resolve(io.cwd, String(args.output));
    if (!args.stdout && (await stat(outDir).catch(() => null))?.isDirectory() === false) {
      throw new UsageError(`the output ${printablePath(String(args.output))} exists and is not a folder`);
    }
    const reporter = quiet
      ? new QuietReporter()
      : io.stderr.isTTY && io.process
        ? new TtyReporter(io.process.stderr)
        : new LineReporter((l) => io.stderr.write(l + "\n"));
    const sink = args.stdout ? await stdoutSink(io, format, inputs.length) : null;
    const abort = new AbortController();
    // SIGTERM (timeout, systemd, docker) and SIGHUP (a closed terminal) end the run like Ctrl-C:
    // running documents dropped, manifest consistent, lock released; exit 128 + signal number.
    let stoppedBy: NodeJS.Signals = "SIGINT";
    const onSigint = (signal: NodeJS.Signals) => {
      stoppedBy = signal;
      abort.abort();
    };
    for (const sig of STOP_SIGNALS) io.process?.once(sig, onSigint);
    const t0 = performance.now();
    let summary: BatchSummary;
    try {
      summary = await runBatch(
        inputs,
        {
          outDir,
          jobs,
          // The load rule (freeCores) only shapes the default: a --jobs the user gives is kept
          // (fewer workers only when the batch is too short to pay their start-up).
          ...(args.jobs !== undefined ? { freeCores: Infinity } : {}),
          format: sink?.batchFormat ?? format,
          resume: Boolean(args.resume),
          failFast: Boolean(args["fail-fast"]),
          timeoutMs,
          pageTimeoutMs,
          maxMemoryMb,
          ocr,
          ocrDpi,
          ...(inputFormat !== undefined ? { inputFormat } : {}),
          signal: abort.signal,
          ...(sink ? { stdout: sink.write } : {}),
          ...(io.extractWorker !== undefined ? { workerFile: io.extractWorker } : {}),
        },
        reporter,
      );
    } finally {
      reporter.stop();
      for (const sig of STOP_SIGNALS) io.process?.removeListener(sig, onSigint);
    }
    sink?.end();
    printSummary(io, summary, performance.now() - t0, args.stdout ? "stdout" : outDir, quiet, Boolean(args.debug));
    if (abort.signal.aborted) {
      io.stderr.write("interrupted: run again with --resume to continue\n");
      return 128 + osConstants.signals[stoppedBy];
    }
    return summary.failed.length ? EXIT.SOME_FAILED : EXIT.OK;
  },
});

const schemaCommand = defineLeaf({
  name: "schema",
  description: `Print the JSON Schema of the output (schema version ${SCHEMA_VERSION})`,
  args: {},
  examples: ["compacts schema > compacts.schema.json"],
  async run({ io }) {
    const { outputJsonSchema } = await import("../model/output.js");
    io.stdout.write(JSON.stringify(outputJsonSchema(), null, 2) + "\n");
  },
});

const validateCommand = defineLeaf({
  name: "validate",
  description: "Check JSON outputs against the schema; exit 1 if any is invalid",
  args: validateArgs,
  variadic: true,
  examples: ["compacts validate output", "compacts validate output/2008/dfs.json --quiet"],
  async run({ args, io }) {
    const { validateFiles } = await import("./validate.js");
    const result = await validateFiles(args._.map(String), io.cwd);
    if (result.files === 0) throw new UsageError(`no JSON files found in ${args._.join(" ")}`);
    for (const line of result.lines) if (!args.quiet || line.invalid) io.stdout.write(line.text + "\n");
    return result.invalid > 0 ? EXIT.SOME_FAILED : EXIT.OK;
  },
});

/** Every command; the query commands load DuckDB's native module (~0.5 s) only when used. */
export const ROOT: GroupCommand = {
  name: "compacts",
  version: VERSION,
  description: "UN Senior Manager's Compacts and UN documents → validated JSON",
  examples: [
    "compacts extract archive            # → output/**/*.json",
    "compacts index                      # → output/compacts.duckdb",
    "compacts query missions --year 2008",
  ],
  subCommands: {
    extract: extractCommand,
    schema: schemaCommand,
    validate: validateCommand,
    index: { description: "Build or update the DuckDB index of output folders", load: () => import("./query-commands.js").then((m) => m.indexCmd) },
    query: { description: "Query the index: missions, resolutions, targets, objectives, sql", load: () => import("./query-commands.js").then((m) => m.queryCmd) },
    export: { description: "Export the index as one Parquet file per table", load: () => import("./query-commands.js").then((m) => m.exportCmd) },
    diff: { description: "What changed between two compacts: objectives, measures, targets, missions", load: () => import("./research-commands.js").then((m) => m.diffCmd) },
    search: { description: "Ranked search over objectives, accomplishments and measures of the index", load: () => import("./research-commands.js").then((m) => m.searchCmd) },
    mission: { description: "Every compact naming a mission (and its predecessors and successors)", load: () => import("./research-commands.js").then((m) => m.missionCmd) },
    review: { description: "Write a static review site: each extracted row beside the page it came from", load: () => import("./review-commands.js").then((m) => m.reviewCmd) },
  },
};

/**
 * Run the CLI; resolves to the exit code: 0 ok, 1 some documents/files failed, 2 usage error,
 * 130 interrupted. Every error ends here as one line (a stack only with --debug). `io` defaults
 * to the process; tests pass captured streams and run every command in-process.
 */
export async function main(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  const debug = argv.includes("--debug");
  try {
    return await dispatch(ROOT, argv, io);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const code = e instanceof Error && "code" in e && typeof e.code === "string" ? `${e.code}: ` : "error: ";
    io.stderr.write(`compacts: ${code}${oneLine(message)}\n`);
    if (debug && e instanceof Error && e.stack) io.stderr.write(e.stack + "\n");
    return EXIT.SOME_FAILED;
  }
}

/** Run only when executed (bin or `node dist/cli/main.js`), not when imported by tests. */
function isEntryPoint(): boolean {
  const argv1 = process.argv[1];
  if (!argv1) return false;
  try {
    return realpathSync(argv1) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isEntryPoint()) {
  // `compacts query … | head`: the reader has what it wanted; a closed pipe is not a crash.
  process.stdout.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code === "EPIPE") process.exit(process.exitCode ?? EXIT.OK);
    throw e;
  });
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`compacts: error: ${oneLine(String(e))}\n`);
      process.exitCode = EXIT.SOME_FAILED;
    },
  );
}
