import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import { runPipeline, failedDoc, type Keep } from "./pipeline.js";
import { loadDomainData, type DomainData } from "./data/index.js";
import type { ExtractOptions, Doc } from "./model/doc.js";
import type { Output } from "./model/output.js";
import { ExtractError } from "./model/errors.js";

export * from "./model/index.js";
export { STAGES, runPipeline } from "./pipeline.js";
export { loadDomainData, type DomainData } from "./data/index.js";
export type {
  CompactsIndex, IndexReport, QueryResult, SourcesFilter, CommonFilter, MissionFilter, MissionRow, ResolutionFilter,
  ResolutionRow, TargetFilter, TargetRow, ObjectiveFilter, ObjectiveRow, Format, FormatOptions, TableDef, ColumnDef, TableName,
} from "./query/index.js";
// DuckDB-free modules: exported directly (importing them loads no native code).
export { QueryError, type QueryErrorCode } from "./query/errors.js";
export { compactKey, normalizeKeyPart } from "./query/identity.js";
type QueryApi = typeof import("./query/index.js");
// DuckDB is a native module (~0.5 s and ~35 MB to load): imported on first use, so `extract` never pays for it.
export const openIndex = async (...a: Parameters<QueryApi["openIndex"]>) => (await import("./query/index.js")).openIndex(...a);
export const buildIndex = async (...a: Parameters<QueryApi["buildIndex"]>) => (await import("./query/index.js")).buildIndex(...a);

let cachedData: DomainData | undefined;
/** Domain tables are read once per process; pass `data` to `extract` to control this yourself. */
function defaultData(): DomainData {
  cachedData ??= loadDomainData();
  return cachedData;
}

export interface ExtractCallOptions extends ExtractOptions {
  data?: DomainData;
}

/**
 * Convert one document (a path, or its bytes) into validated JSON output. Never rejects for a bad
 * document: look at `output.status` and `output.error`.
 */
export async function extract(input: string | Uint8Array, options: ExtractCallOptions = {}): Promise<Output> {
  const doc = await run(input, options, "output");
  if (!doc.output) throw new Error("pipeline produced no output"); // a bug, not a bad document
  return doc.output;
}

/** Like `extract`, but returns the whole pipeline document (Layout, sections …) for inspection. */
export async function extractDoc(input: string | Uint8Array, options: ExtractCallOptions = {}): Promise<Doc> {
  return run(input, options, "doc");
}

async function run(input: string | Uint8Array, options: ExtractCallOptions, keep: Keep): Promise<Doc> {
  const { data, ...rest } = options;
  let bytes: Uint8Array;
  const file = options.fileName ?? (typeof input === "string" ? basename(input) : "<buffer>");
  if (typeof input === "string") {
    try {
      // A view of the file's own buffer, not a copy: a 50 MB input need not be held twice.
      const buf = await readFile(input);
      bytes = new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
    } catch (e) {
      const err = new ExtractError("IO_ERROR", `cannot read ${input}: ${(e as Error).message}`, { cause: e });
      return failedDoc(file, err);
    }
  } else bytes = input;
  return runPipeline(file, bytes, rest, data ?? defaultData(), keep);
}

