/**
 * `compacts index`, `compacts query …` and `compacts export`: thin argument handling over
 * src/query (no SQL here). Loaded only when one of them runs (DuckDB is a native module).
 *
 * Where the index is, when --db is not given (docs/query.md, "Where the index lives"):
 * - `index [folders…]` indexes `output` (extract's default folder) unless given folders, into
 *   $COMPACTS_DB if set, else `<folder>/compacts.duckdb` — for several folders, in the folder that
 *   holds them all;
 * - `query`, `export` read --db, else $COMPACTS_DB, else `./compacts.duckdb` if there is one (you
 *   are in the output folder), else `./output/compacts.duckdb` (where `extract` + `index` put it).
 */
import { access } from "node:fs/promises";
import { dirname, join, parse as parsePath, relative, resolve, sep } from "node:path";
import type { ArgsDef } from "citty";
import {
  buildIndex, openIndex, formatResult, selectColumns, FORMATS, DEFAULT_DB_NAME,
  type CompactsIndex, type Format, type QueryResult, type SourcesFilter,
} from "../query/index.js";
import { defineLeaf, suggest, EXIT, UsageError, type GroupCommand } from "./command.js";
import { terminalWidth, type CliIo } from "./io.js";
import { oneLine, printablePath } from "./printable.js";

/** Folder `extract` writes to when not told otherwise (its --output default). */
export const DEFAULT_OUTPUT_FOLDER = "output";
/** Environment variable naming the index file, for a session of queries without --db. */
export const DB_ENV = "COMPACTS_DB";

const dbArg = {
  db: { type: "string", valueHint: "file", description: `index file (default: $${DB_ENV}, ./${DEFAULT_DB_NAME}, or ./${DEFAULT_OUTPUT_FOLDER}/${DEFAULT_DB_NAME})` },
} as const satisfies ArgsDef;
const outputArgs = {
  format: { type: "enum", options: [...FORMATS], alias: "f", description: "output format (default: table on a terminal, csv when piped)" },
  columns: { type: "string", valueHint: "a,b,…", description: "only these columns, in this order" },
  "all-sources": { type: "boolean", default: false, description: "one row per source document (a compact as PDF and text: both)" },
} as const satisfies ArgsDef;
const filterArgs = {
  year: { type: "string", valueHint: "yyyy", description: "compact year, e.g. 2008" },
  entity: { type: "string", valueHint: "name", description: "department/office: acronym (DFS) or part of its name" },
} as const satisfies ArgsDef;

export function resolveFormat(value: unknown, isTty: boolean): Format {
  if (value === undefined || value === "") return isTty ? "table" : "csv";
  const f = String(value);
  if (!(FORMATS as readonly string[]).includes(f)) throw new UsageError(`unknown format "${f}" (use ${FORMATS.join(", ")})`);
  return f as Format;
}

/** A YEAR in the range compacts exist for (the programme began in 2006) with room either side. */
const YEAR = /^(19|20)\d\d$/;

export function optionalYear(value: string | undefined, flag = "year"): number | undefined {
  if (value === undefined) return undefined;
  if (!YEAR.test(value.trim())) throw new UsageError(`--${flag} must be a year like 2008, not "${value}"`);
  return Number(value);
}
function optionalNumber(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value.trim().replace(/%$/, ""));
  if (value.trim() === "" || !Number.isFinite(n)) throw new UsageError(`--${name} must be a number, not "${value}"`);
  return n;
}
export function optionalText(name: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (value.trim() === "") throw new UsageError(`--${name} must not be empty`);
  return value;
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(() => true, () => false);
}

/** The index a query reads (rule at the top of this file). */
export async function queryDbPath(db: string | undefined, io: CliIo): Promise<string> {
  if (db !== undefined) return resolve(io.cwd, db);
  const fromEnv = io.env[DB_ENV];
  if (fromEnv) return resolve(io.cwd, fromEnv);
  const here = resolve(io.cwd, DEFAULT_DB_NAME);
  return (await exists(here)) ? here : resolve(io.cwd, DEFAULT_OUTPUT_FOLDER, DEFAULT_DB_NAME);
}

/** The deepest folder holding all of `folders`; null when that is a file-system root. */
export function commonFolder(folders: readonly string[]): string | null {
  let common = folders[0]!;
  for (const f of folders.slice(1)) {
    while (relative(common, f).startsWith("..") || parsePath(relative(common, f)).root !== "") {
      const up = dirname(common);
      if (up === common) return null;
      common = up;
    }
  }
  return parsePath(common).root === common ? null : common;
}

/** The index `index` writes (rule at the top of this file). */
export function indexDbPath(db: string | undefined, folders: readonly string[], io: CliIo): string {
  if (db !== undefined) return resolve(io.cwd, db);
  const fromEnv = io.env[DB_ENV];
  if (fromEnv) return resolve(io.cwd, fromEnv);
  const common = commonFolder(folders);
  if (common === null) throw new UsageError(`the folders ${folders.join(", ")} share no parent folder: say where the index goes with --db <file>`);
  return join(common, DEFAULT_DB_NAME);
}

/** A path as the user would type it from where they are. */
function shown(path: string, io: CliIo): string {
  const rel = relative(io.cwd, path);
  return printablePath(rel && !rel.startsWith("..") && !rel.startsWith(sep) ? rel : path);
}

interface OutputFlags {
  db?: string | undefined;
  format?: string | undefined;
  columns?: string | undefined;
  "all-sources"?: boolean | undefined;
}

/** Open the index, run one query, print it in the chosen format and columns. */
async function printQuery(flags: OutputFlags, io: CliIo, body: (idx: CompactsIndex, sources: SourcesFilter) => Promise<QueryResult<object>>): Promise<number> {
  const format = resolveFormat(flags.format, io.stdout.isTTY === true);
  const columns = flags.columns?.split(",").map((c) => c.trim()).filter(Boolean);
  if (flags.columns !== undefined && !columns?.length) throw new UsageError("--columns needs at least one column name");
  const idx = await openIndex(await queryDbPath(flags.db, io));
  try {
    let result = await body(idx, { allSources: flags["all-sources"] === true });
    if (columns) {
      for (const c of columns) {
        if (!result.columns.includes(c)) {
          const s = suggest(c, result.columns);
          throw new UsageError(`unknown column "${c}"${s ? ` (did you mean ${s}?)` : ""}; the columns are ${result.columns.join(", ")}`);
        }
      }
      result = selectColumns(result, columns);
    }
    const width = terminalWidth(io.stdout, io.env);
    io.stdout.write(formatResult(result, format, width === undefined ? {} : { width }));
    return EXIT.OK;
  } finally {
    idx.close();
  }
}

export const indexCmd = defineLeaf({
  name: "index",
  description: "Build or update the DuckDB index of output folders (walked recursively)",
  args: {
    folders: { type: "positional", required: false, description: `folders of output JSON from \`compacts extract\` (default: ${DEFAULT_OUTPUT_FOLDER})` },
    db: { type: "string", valueHint: "file", description: `index file (default: $${DB_ENV}, else ${DEFAULT_DB_NAME} in the folder, or in the folder holding all the folders)` },
  },
  variadic: true,
  examples: [
    "compacts index                          # output/ → output/compacts.duckdb",
    "compacts index out/2008 out/2012        # → out/compacts.duckdb; other documents in it stay",
    "compacts index out --db archive.duckdb",
  ],
  async run({ args, io }) {
    const given = args._.map(String);
    const folders = (given.length ? given : [DEFAULT_OUTPUT_FOLDER]).map((f) => resolve(io.cwd, f));
    const db = indexDbPath(args.db, folders, io);
    const r = await buildIndex(folders, db);
    for (const d of r.duplicates) io.stderr.write(`duplicate  ${printablePath(d.file)}: the same source document as ${printablePath(d.of)}, indexed once\n`);
    for (const bad of r.invalid) io.stderr.write(`invalid    ${printablePath(bad.file)}: ${oneLine(bad.message)}\n`);
    io.stderr.write(
      `${shown(db, io)}: ${r.indexed.length} indexed, ${r.unchanged.length} unchanged, ${r.removed.length} removed, ` +
        `${r.duplicates.length} duplicate${r.duplicates.length === 1 ? "" : "s"}, ${r.invalid.length} invalid\n`,
    );
    // Like `extract`: 1 when some files could not be taken (the valid ones are indexed all the same).
    return r.invalid.length > 0 ? EXIT.SOME_FAILED : EXIT.OK;
  },
});

const missionsCmd = defineLeaf({
  name: "missions",
  description: "Missions named by compacts, one row per compact and mission",
  args: {
    ...filterArgs,
    kind: { type: "enum", options: ["peacekeeping", "political"], description: "only this kind of mission" },
    acronym: { type: "string", valueHint: "acronym", description: "only this mission (as printed or its gazetteer name; aliases and successors: compacts mission)" },
    ...dbArg, ...outputArgs,
  },
  examples: ["compacts query missions --year 2008", "compacts query missions --entity DFS --kind peacekeeping --format json", "compacts query missions --acronym UNAMID"],
  run: ({ args, io }) => {
    const year = optionalYear(args.year);
    const entity = optionalText("entity", args.entity);
    const kind = args.kind as "peacekeeping" | "political" | undefined;
    const acronym = optionalText("acronym", args.acronym);
    return printQuery(args, io, (idx, sources) => idx.missions({
      ...sources, ...(year !== undefined && { year }), ...(entity !== undefined && { entity }), ...(kind !== undefined && { kind }),
      ...(acronym !== undefined && { acronym }),
    }));
  },
});

const resolutionsCmd = defineLeaf({
  name: "resolutions",
  description: "Documents citing a resolution (every citation without --symbol)",
  args: { symbol: { type: "string", valueHint: "symbol", description: "resolution symbol, e.g. A/RES/61/279" }, ...filterArgs, ...dbArg, ...outputArgs },
  examples: ["compacts query resolutions --symbol A/RES/61/279", "compacts query resolutions --year 2012 --columns symbol,entity,source_file"],
  run: ({ args, io }) => {
    const symbol = optionalText("symbol", args.symbol);
    const year = optionalYear(args.year);
    const entity = optionalText("entity", args.entity);
    return printQuery(args, io, (idx, sources) => idx.resolutions({
      ...sources, ...(symbol !== undefined && { symbol }), ...(year !== undefined && { year }), ...(entity !== undefined && { entity }),
    }));
  },
});

const targetsCmd = defineLeaf({
  name: "targets",
  description: "Numeric targets of performance measures",
  args: {
    unit: { type: "string", valueHint: "unit", description: 'target unit: "%", "pp", "days", …' },
    min: { type: "string", valueHint: "n", description: "targets whose value is at least n" },
    max: { type: "string", valueHint: "n", description: "targets whose value is at most n" },
    ...filterArgs, ...dbArg, ...outputArgs,
  },
  examples: ['compacts query targets --unit % --min 50', "compacts query targets --unit % --max 5 --year 2008"],
  run: ({ args, io }) => {
    const unit = optionalText("unit", args.unit);
    const min = optionalNumber("min", args.min);
    const max = optionalNumber("max", args.max);
    if (min !== undefined && max !== undefined && min > max) throw new UsageError(`--min ${min} is more than --max ${max}: no target can match`);
    const year = optionalYear(args.year);
    const entity = optionalText("entity", args.entity);
    return printQuery(args, io, (idx, sources) => idx.targets({
      ...sources, ...(unit !== undefined && { unit }), ...(max !== undefined && { max }), ...(min !== undefined && { min }),
      ...(year !== undefined && { year }), ...(entity !== undefined && { entity }),
    }));
  },
});

const objectivesCmd = defineLeaf({
  name: "objectives",
  description: "Objectives whose text, expected accomplishments or measures mention a word or phrase",
  args: {
    text: { type: "string", valueHint: "words", description: "words to look for (any case); without it, every objective" },
    ...filterArgs, ...dbArg, ...outputArgs,
  },
  examples: ["compacts query objectives --text gender", 'compacts query objectives --text "gender parity" --year 2012'],
  run: ({ args, io }) => {
    const text = optionalText("text", args.text);
    const year = optionalYear(args.year);
    const entity = optionalText("entity", args.entity);
    return printQuery(args, io, (idx, sources) => idx.objectives({
      ...sources, ...(text !== undefined && { text }), ...(year !== undefined && { year }), ...(entity !== undefined && { entity }),
    }));
  },
});

const sqlCmd = defineLeaf({
  name: "sql",
  description: "Run any read-only SQL over the index (tables in docs/query.md)",
  args: { query: { type: "positional", description: "one SQL statement", required: true }, ...dbArg, ...outputArgs },
  examples: [`compacts query sql "SELECT year, count(*) AS n FROM compacts GROUP BY year ORDER BY year"`],
  run: ({ args, io }) => printQuery(args, io, (idx) => idx.sql(String(args.query))),
});

export const queryCmd: GroupCommand = {
  name: "query",
  description: "Query the index (see docs/query.md); each compact once unless --all-sources",
  examples: ["compacts query missions --year 2008", "compacts query targets --unit % --min 50", "compacts query objectives --text gender"],
  subCommands: { missions: missionsCmd, resolutions: resolutionsCmd, targets: targetsCmd, objectives: objectivesCmd, sql: sqlCmd },
};

export const exportCmd = defineLeaf({
  name: "export",
  description: "Export the index as one Parquet file per table",
  args: { parquet: { type: "string", valueHint: "dir", description: "output folder for <table>.parquet files", required: true }, ...dbArg },
  examples: ["compacts export --parquet parquet/"],
  async run({ args, io }) {
    const idx = await openIndex(await queryDbPath(args.db, io));
    try {
      for (const w of await idx.exportParquet(resolve(io.cwd, args.parquet))) io.stderr.write(`${shown(w.file, io)}: ${w.rows} rows\n`);
    } finally {
      idx.close();
    }
    return EXIT.OK;
  },
});
