/**
 * `compacts index`, `compacts query …` and `compacts export`: thin argument handling over
 * src/query (no SQL here). Errors become one line on stderr and exit code 1.
 */
import { defineCommand } from "citty";
import { join } from "node:path";
import {
  buildIndex, openIndex, formatResult, FORMATS, DEFAULT_DB_NAME, QueryError,
  type CompactsIndex, type Format, type QueryResult,
} from "../query/index.js";

const dbArg = {
  db: { type: "string", description: `index file (default: <folder>/${DEFAULT_DB_NAME}, or ./output/${DEFAULT_DB_NAME})` },
} as const;
const formatArg = {
  format: { type: "string", alias: "f", description: "table | csv | json (default: table on a terminal, csv when piped)" },
} as const;
const filterArgs = {
  year: { type: "string", description: "compact year, e.g. 2008" },
  entity: { type: "string", description: "department/office: acronym (DFS) or part of its name" },
} as const;

function fail(message: string): never {
  throw new QueryError("QUERY_FAILED", message);
}

/** Run a command body; report typed errors as one line and set the exit code, like `extract`. */
async function guarded(body: () => Promise<void>): Promise<void> {
  try {
    await body();
  } catch (e) {
    const code = e instanceof QueryError ? e.code : "INTERNAL";
    process.stderr.write(`compacts: ${code}: ${(e as Error).message}\n`);
    process.exitCode = 1;
  }
}

export function resolveFormat(value: unknown, isTty: boolean): Format {
  if (value === undefined || value === "") return isTty ? "table" : "csv";
  const f = String(value);
  if (!(FORMATS as readonly string[]).includes(f)) fail(`unknown format "${f}" (use ${FORMATS.join(", ")})`);
  return f as Format;
}

function optionalNumber(name: string, value: unknown): number | undefined {
  if (value === undefined || value === "") return undefined;
  const n = Number(value);
  if (!Number.isFinite(n)) fail(`--${name} must be a number, got "${String(value)}"`);
  return n;
}
function optionalString(value: unknown): string | undefined {
  return value === undefined || value === "" ? undefined : String(value);
}

async function withIndex(dbPath: unknown, body: (idx: CompactsIndex) => Promise<QueryResult<object>>, format: unknown): Promise<void> {
  const fmt = resolveFormat(format, process.stdout.isTTY === true);
  const idx = await openIndex(optionalString(dbPath) ?? join("output", DEFAULT_DB_NAME));
  try {
    process.stdout.write(formatResult(await body(idx), fmt));
  } finally {
    idx.close();
  }
}

export const indexCmd = defineCommand({
  meta: { name: "index", description: "Build or update a DuckDB index of a folder of JSON outputs" },
  args: {
    folder: { type: "positional", description: "folder of output JSON (from `compacts extract`)", required: true },
    ...dbArg,
  },
  run: ({ args }) =>
    guarded(async () => {
      const folder = String(args.folder);
      const db = optionalString(args.db) ?? join(folder, DEFAULT_DB_NAME);
      const r = await buildIndex(folder, db);
      for (const bad of r.invalid) process.stderr.write(`invalid  ${bad.file}: ${bad.message}\n`);
      process.stderr.write(
        `${db}: ${r.indexed.length} indexed, ${r.unchanged.length} unchanged, ${r.removed.length} removed, ${r.invalid.length} invalid\n`,
      );
      // Like `extract`: 1 when some inputs could not be taken (the valid ones are indexed all the same).
      if (r.invalid.length > 0) process.exitCode = 1;
    }),
});

const missionsCmd = defineCommand({
  meta: { name: "missions", description: "Missions named by compacts" },
  args: {
    ...filterArgs,
    kind: { type: "string", description: "peacekeeping | political" },
    ...dbArg, ...formatArg,
  },
  run: ({ args }) =>
    guarded(async () => {
      const kind = optionalString(args.kind);
      if (kind !== undefined && kind !== "peacekeeping" && kind !== "political") fail(`--kind must be peacekeeping or political`);
      const year = optionalNumber("year", args.year);
      const entity = optionalString(args.entity);
      await withIndex(args.db, (idx) => idx.missions({
        ...(year !== undefined && { year }), ...(entity !== undefined && { entity }), ...(kind !== undefined && { kind }),
      }), args.format);
    }),
});

const resolutionsCmd = defineCommand({
  meta: { name: "resolutions", description: "Documents citing a resolution (all citations without --symbol)" },
  args: { symbol: { type: "string", description: "resolution symbol, e.g. A/RES/61/279" }, ...filterArgs, ...dbArg, ...formatArg },
  run: ({ args }) =>
    guarded(async () => {
      const symbol = optionalString(args.symbol);
      const year = optionalNumber("year", args.year);
      const entity = optionalString(args.entity);
      await withIndex(args.db, (idx) => idx.resolutions({
        ...(symbol !== undefined && { symbol }), ...(year !== undefined && { year }), ...(entity !== undefined && { entity }),
      }), args.format);
    }),
});

const targetsCmd = defineCommand({
  meta: { name: "targets", description: "Performance-measure targets, e.g. --unit % --max 5" },
  args: {
    unit: { type: "string", description: 'target unit: "%", "pp", "days", …' },
    max: { type: "string", description: "targets whose value is at most N" },
    min: { type: "string", description: "targets whose value is at least N" },
    ...filterArgs, ...dbArg, ...formatArg,
  },
  run: ({ args }) =>
    guarded(async () => {
      const unit = optionalString(args.unit);
      const max = optionalNumber("max", args.max);
      const min = optionalNumber("min", args.min);
      const year = optionalNumber("year", args.year);
      const entity = optionalString(args.entity);
      await withIndex(args.db, (idx) => idx.targets({
        ...(unit !== undefined && { unit }), ...(max !== undefined && { max }), ...(min !== undefined && { min }),
        ...(year !== undefined && { year }), ...(entity !== undefined && { entity }),
      }), args.format);
    }),
});

const sqlCmd = defineCommand({
  meta: { name: "sql", description: "Run any read-only SQL over the index" },
  args: { query: { type: "positional", description: "SQL statement", required: true }, ...dbArg, ...formatArg },
  run: ({ args }) => guarded(() => withIndex(args.db, (idx) => idx.sql(String(args.query)), args.format)),
});

export const queryCmd = defineCommand({
  meta: { name: "query", description: "Query the index (see docs/query.md)" },
  subCommands: { missions: missionsCmd, resolutions: resolutionsCmd, targets: targetsCmd, sql: sqlCmd },
});

export const exportCmd = defineCommand({
  meta: { name: "export", description: "Export the index as one Parquet file per table" },
  args: { parquet: { type: "string", description: "output folder for <table>.parquet files", required: true }, ...dbArg },
  run: ({ args }) =>
    guarded(async () => {
      const idx = await openIndex(optionalString(args.db) ?? join("output", DEFAULT_DB_NAME));
      try {
        for (const w of await idx.exportParquet(String(args.parquet))) process.stderr.write(`${w.file}: ${w.rows} rows\n`);
      } finally {
        idx.close();
      }
    }),
});
