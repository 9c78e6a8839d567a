#!/usr/bin/env node
import { availableParallelism, totalmem } from "node:os";
import { resolve } from "node:path";
import { realpathSync } from "node:fs";
import { stat } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { defineCommand, renderUsage, runCommand, type ArgsDef, type CommandDef, type SubCommandsDef } from "citty";
import { outputJsonSchema, SCHEMA_VERSION } from "../index.js";
import { collectInputs } from "../batch/inputs.js";
import { runBatch, defaultMaxMemoryMb, DEFAULT_MAX_MEMORY_MB, DEFAULT_TIMEOUT_MS, type BatchSummary } from "../batch/run.js";
import type { BatchFormat } from "../batch/aggregate.js";
import { LineReporter, QuietReporter, TtyReporter, failureLine, oneLine, rate } from "./progress.js";
import { validateFiles } from "./validate.js";
import { DEFAULT_OCR_DPI, MAX_OCR_DPI, MIN_OCR_DPI, OCR_MODES, type OcrMode } from "../extract/ocr/options.js";

/** Exit codes (docs/batch.md). */
export const EXIT = { OK: 0, SOME_FAILED: 1, USAGE: 2, INTERRUPTED: 130 } as const;

/** A mistake on the command line: printed with a hint, exit code 2. */
export class UsageError extends Error {
  override name = "UsageError";
}

/** What the commands report back to `main` (no process-global state). */
interface RunState {
  exitCode: number;
}

const FORMATS = ["json", "jsonl", "csv"] as const;
/** Upper bound on --jobs: more threads than this only adds memory on any machine we target. */
const MAX_JOBS = 256;
/** Below this a worker cannot even load pdf.js. */
const MIN_MEMORY_MB = 64;

const extractArgs = {
  inputs: { type: "positional", description: "files, folders (walked for .pdf .txt .md) or globs", required: true },
  output: { type: "string", alias: "o", description: "output folder", default: "output", valueHint: "dir" },
  jobs: { type: "string", alias: "j", description: "parallel workers (default: number of cores)", valueHint: "n" },
  format: { type: "enum", options: [...FORMATS], description: "json: one file per document; jsonl: also compacts.jsonl; csv: also objectives.csv", default: "json" },
  resume: { type: "boolean", description: "skip documents already converted (same sha256 and schema version) per the manifest", default: false },
  "fail-fast": { type: "boolean", description: "stop starting new documents after the first failure", default: false },
  quiet: { type: "boolean", alias: "q", description: "print nothing but the failures", default: false },
  debug: { type: "boolean", description: "print stack traces of crashes", default: false },
  stdout: { type: "boolean", description: "write results to stdout instead of files (no manifest)", default: false },
  timeout: { type: "string", description: `seconds one document may take (default ${DEFAULT_TIMEOUT_MS / 1000})`, valueHint: "s" },
  "max-memory": { type: "string", description: `heap limit of each worker in MB (default ${DEFAULT_MAX_MEMORY_MB}, less if half the RAM shared by the workers is less)`, valueHint: "mb" },
  ocr: { type: "enum", options: [...OCR_MODES], description: "OCR of scanned PDF pages: auto (pages without a usable text layer), force (every page), off", default: "auto" },
  "ocr-dpi": { type: "string", description: `resolution pages are rendered at for OCR (default ${DEFAULT_OCR_DPI})`, valueHint: "dpi" },
} as const satisfies ArgsDef;

const validateArgs = {
  files: { type: "positional", description: "JSON or JSONL files, folders (walked for .json) or globs", required: true },
  quiet: { type: "boolean", alias: "q", description: "print only the invalid files", default: false },
} as const satisfies ArgsDef;

/** A negative number is a (wrong) value, not a flag: let the value check report it. */
const NUMBER = /^-\d/;

/** citty ignores unknown flags; a typo like --job must not silently run with defaults. */
export function checkKnownFlags(rawArgs: readonly string[], defs: ArgsDef): void {
  const known = new Set(["help", "h", "version"]);
  for (const [name, def] of Object.entries(defs)) {
    if (def.type === "positional") continue;
    known.add(name);
    known.add(name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase()));
    const aliases = "alias" in def && def.alias !== undefined ? def.alias : [];
    for (const a of Array.isArray(aliases) ? aliases : [aliases]) known.add(a);
  }
  for (const arg of rawArgs) {
    if (arg === "--") break;
    if (!arg.startsWith("-") || arg === "-" || NUMBER.test(arg)) continue;
    // --name, --name=value, --no-name; or -x, -xVALUE (a short alias is one letter).
    const name = arg.startsWith("--") ? arg.slice(2).split("=")[0]!.replace(/^no-/, "") : arg.slice(1, 2);
    if (!known.has(name)) throw new UsageError(`unknown option ${arg.split("=")[0]}`);
  }
}

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
function printSummary(summary: BatchSummary, ms: number, outDir: string, quiet: boolean, debug: boolean): void {
  const err = (s: string) => process.stderr.write(s + "\n");
  if (!quiet) {
    const attempted = summary.converted + summary.failed.length;
    const partial = summary.partial ? ` (${summary.partial} partial)` : "";
    const parts = [`${summary.converted} converted${partial}`, `${summary.failed.length} failed`];
    if (summary.skipped) parts.push(`${summary.skipped} skipped (unchanged, --resume)`);
    if (summary.notRun) parts.push(`${summary.notRun} not started`);
    err(`${summary.total} document${summary.total === 1 ? "" : "s"}: ${parts.join(", ")} in ${(ms / 1000).toFixed(1)} s (${rate(attempted, ms).toFixed(1)} docs/s). Output: ${outDir}`);
    if (summary.staleTempsRemoved) err(`removed ${summary.staleTempsRemoved} temp file(s) left by an interrupted run`);
    if (summary.aggregate) err(`wrote ${summary.aggregate}`);
  }
  if (summary.failed.length) {
    if (!quiet) err(`Failed (${summary.failed.length}):`);
    for (const f of summary.failed) {
      err(`  ${failureLine(f)}`);
      if (debug && f.detail) err(f.detail);
    }
  }
}

function extractCommand(state: RunState): CommandDef<typeof extractArgs> {
  return defineCommand({
    meta: { name: "extract", description: "Convert documents (PDF, text, Markdown) into JSON, in parallel" },
    args: extractArgs,
    async run({ args, rawArgs }) {
      checkKnownFlags(rawArgs, extractArgs);
      const jobs = parsePositiveInt(args.jobs, "--jobs", availableParallelism(), 1, MAX_JOBS);
      const timeoutMs = parseSeconds(args.timeout, "--timeout", DEFAULT_TIMEOUT_MS);
      const maxMemoryMb = parsePositiveInt(args["max-memory"], "--max-memory", defaultMaxMemoryMb(jobs, totalmem()), MIN_MEMORY_MB);
      const format = args.format as BatchFormat;
      const ocr = args.ocr as OcrMode;
      const ocrDpi = parsePositiveInt(args["ocr-dpi"], "--ocr-dpi", DEFAULT_OCR_DPI, MIN_OCR_DPI, MAX_OCR_DPI);
      if (args.stdout && args.resume) throw new UsageError("--resume needs the manifest in the output folder; it cannot be combined with --stdout");
      const quiet = Boolean(args.quiet);
      const { inputs, unmatched } = await collectInputs(args._.map(String));
      if (inputs.length === 0) throw new UsageError(`no documents found in ${args._.join(" ")}`);
      if (!quiet) for (const u of unmatched) process.stderr.write(`warning: no document matches ${u}\n`);

      const outDir = resolve(String(args.output));
      if (!args.stdout && (await stat(outDir).catch(() => null))?.isDirectory() === false) {
        throw new UsageError(`the output ${args.output} exists and is not a folder`);
      }
      const reporter = quiet ? new QuietReporter() : process.stderr.isTTY ? new TtyReporter() : new LineReporter((l) => process.stderr.write(l + "\n"));
      const abort = new AbortController();
      const onSigint = () => abort.abort();
      process.once("SIGINT", onSigint);
      process.stdout.on("error", () => {}); // a closed pipe (| head) is not a crash
      const t0 = performance.now();
      let summary: BatchSummary;
      try {
        summary = await runBatch(
          inputs,
          {
            outDir,
            jobs,
            format,
            resume: Boolean(args.resume),
            failFast: Boolean(args["fail-fast"]),
            timeoutMs,
            maxMemoryMb,
            ocr,
            ocrDpi,
            signal: abort.signal,
            ...(args.stdout ? { stdout: (chunk: string) => void process.stdout.write(chunk) } : {}),
          },
          reporter,
        );
      } finally {
        reporter.stop();
        process.removeListener("SIGINT", onSigint);
      }
      printSummary(summary, performance.now() - t0, args.stdout ? "stdout" : outDir, quiet, Boolean(args.debug));
      if (abort.signal.aborted) {
        process.stderr.write("interrupted: run again with --resume to continue\n");
        state.exitCode = EXIT.INTERRUPTED;
      } else state.exitCode = summary.failed.length ? EXIT.SOME_FAILED : EXIT.OK;
    },
  });
}

const schemaCommand = defineCommand({
  meta: { name: "schema", description: `Print the JSON Schema of the output (schema version ${SCHEMA_VERSION})` },
  run() {
    process.stdout.write(JSON.stringify(outputJsonSchema(), null, 2) + "\n");
  },
});

function validateCommand(state: RunState): CommandDef<typeof validateArgs> {
  return defineCommand({
    meta: { name: "validate", description: "Check JSON outputs against the schema; exit 1 if any is invalid" },
    args: validateArgs,
    async run({ args, rawArgs }) {
      checkKnownFlags(rawArgs, validateArgs);
      const result = await validateFiles(args._.map(String));
      if (result.files === 0) throw new UsageError(`no JSON files found in ${args._.join(" ")}`);
      for (const line of result.lines) if (!args.quiet || line.invalid) process.stdout.write(line.text + "\n");
      state.exitCode = result.invalid > 0 ? EXIT.SOME_FAILED : EXIT.OK;
    },
  });
}

function rootCommand(subCommands: SubCommandsDef): CommandDef {
  return defineCommand({
    meta: { name: "compacts", version: "0.1.0", description: "UN Senior Manager's Compacts and UN documents → validated JSON" },
    subCommands,
  });
}

/** citty's own usage errors (missing positional, bad enum value, unknown command). */
function isCittyUsageError(e: unknown): e is Error {
  return e instanceof Error && e.name === "CLIError";
}

/** Run the CLI; resolves to the exit code. Every error ends here as one line (a stack only with --debug). */
export async function main(rawArgs: string[]): Promise<number> {
  const state: RunState = { exitCode: EXIT.OK };
  // citty's own SubCommandsDef erases the argument types the same way.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const subCommands: Record<string, CommandDef<any> | (() => Promise<CommandDef<any>>)> = {
    extract: extractCommand(state),
    schema: schemaCommand,
    validate: validateCommand(state),
    // Loaded on demand: DuckDB's native module would add ~0.5 s to every `extract` run.
    index: () => import("./query-commands.js").then((m) => m.indexCmd),
    query: () => import("./query-commands.js").then((m) => m.queryCmd),
    export: () => import("./query-commands.js").then((m) => m.exportCmd),
  };
  const root = rootCommand(subCommands);
  const debug = rawArgs.includes("--debug");
  const sub = rawArgs.find((a) => !a.startsWith("-"));
  const chosen = sub ? subCommands[sub] : undefined;
  const target = chosen ? (typeof chosen === "function" ? await chosen() : chosen) : root;
  try {
    if (rawArgs.includes("--help") || rawArgs.includes("-h")) {
      process.stdout.write((await renderUsage(target, target === root ? undefined : root)) + "\n");
      return EXIT.OK;
    }
    if (rawArgs.length === 1 && (rawArgs[0] === "--version" || rawArgs[0] === "-v")) {
      process.stdout.write("0.1.0\n");
      return EXIT.OK;
    }
    await runCommand(root, { rawArgs });
    // The query commands report "some rows/files failed" through process.exitCode.
    return Math.max(state.exitCode, Number(process.exitCode ?? 0));
  } catch (e) {
    if (e instanceof UsageError || isCittyUsageError(e)) {
      // citty colours its messages; a log file wants plain text.
      process.stderr.write(`compacts: ${oneLine(e.message.replace(/\u001b\[[0-9;]*m/g, ""))}\n`);
      process.stderr.write(`Run "compacts ${target === root ? "" : `${sub} `}--help" for usage.\n`);
      return EXIT.USAGE;
    }
    const message = e instanceof Error ? e.message : String(e);
    process.stderr.write(`compacts: error: ${oneLine(message)}\n`);
    if (debug && e instanceof Error && e.stack) process.stderr.write(e.stack + "\n");
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
