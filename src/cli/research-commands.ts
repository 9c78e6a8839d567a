/**
 * `compacts diff`, `compacts search` and `compacts mission`: argument handling over src/research
 * (docs/research.md). Loaded only when one of them runs.
 */
import { writeFile } from "node:fs/promises";
import { dirname, relative, resolve } from "node:path";
import { diffHtml } from "../review/diff-html.js";
import type { CompactOutput } from "../model/output.js";
import { CompactDiffSchema } from "../model/diff.js";
import { diffCompacts } from "../research/diff.js";
import { formatDiffText } from "../research/format-diff.js";
import { loadCompact } from "../research/load.js";
import { loadMissionMentions, loadSearchObjectives, loadSeries } from "../research/index-rows.js";
import { loadSuccessions, mentionsOf, resolveMission } from "../research/missions.js";
import { loadDomainData } from "../data/index.js";
import { searchObjectives, SEARCH_FIELDS, type SearchField } from "../research/search.js";
import { terms } from "../research/text.js";
import { openIndex, formatResult, selectColumns, FORMATS, DEFAULT_DB_NAME, type QueryResult } from "../query/index.js";
import { defineLeaf, suggest, EXIT, UsageError } from "./command.js";
import type { CliIo } from "./io.js";
import { colourEnabled, terminalWidth } from "./io.js";
import { DB_ENV, DEFAULT_OUTPUT_FOLDER, optionalText, optionalYear, queryDbPath, resolveFormat } from "./query-commands.js";

const columnsArg = { type: "string", valueHint: "a,b,…", description: "only these columns, in this order" } as const;

/** Print rows in the chosen format, only the --columns asked for (an unknown one is a usage error). */
function printRows(result: QueryResult<object>, format: ReturnType<typeof resolveFormat>, columnsFlag: string | undefined, io: CliIo): void {
  const columns = columnsFlag?.split(",").map((c) => c.trim()).filter(Boolean);
  if (columnsFlag !== undefined && !columns?.length) throw new UsageError("--columns needs at least one column name");
  for (const c of columns ?? []) {
    if (!result.columns.includes(c)) {
      const s = suggest(c, result.columns);
      throw new UsageError(`unknown column "${c}"${s ? ` (did you mean ${s}?)` : ""}; the columns are ${result.columns.join(", ")}`);
    }
  }
  const width = terminalWidth(io.stdout, io.env);
  io.stdout.write(formatResult(columns ? selectColumns(result, columns) : result, format, width === undefined ? {} : { width }));
}

/** Results `search` shows unless --limit: a screenful, and the ranking past it is rarely what was meant. */
const DEFAULT_SEARCH_LIMIT = 20;

export const diffCmd = defineLeaf({
  name: "diff",
  description: "What changed between two compacts, or year by year for one department of the index: objectives, measures, targets, missions",
  args: {
    older: { type: "positional", description: "the older compact: an output .json of `compacts extract`", required: false },
    newer: { type: "positional", description: "the newer compact (.json)", required: false },
    entity: { type: "string", valueHint: "name", description: "instead of two files: every pair of consecutive years of this department in the index" },
    from: { type: "string", valueHint: "yyyy", description: "with --entity: first year" },
    to: { type: "string", valueHint: "yyyy", description: "with --entity: last year" },
    db: { type: "string", valueHint: "file", description: `with --entity: index file (default: $${DB_ENV}, ./${DEFAULT_DB_NAME}, or ./${DEFAULT_OUTPUT_FOLDER}/${DEFAULT_DB_NAME})` },
    format: { type: "enum", options: ["text", "json", "html"], alias: "f", description: "text, json (schema in docs/research.md; an array with --entity) or html (one page); default text, or html when -o names a .html file" },
    out: { type: "string", alias: "o", valueHint: "file", description: "write to this file instead of stdout (a .html name implies --format html)" },
  },
  examples: [
    "compacts diff output/dfs-2010.json output/dfs-2011.json",
    "compacts diff a.json b.json --format json",
    "compacts diff --entity DFS --from 2008 --to 2012",
    "compacts diff a.json b.json -o changes.html",
  ],
  async run({ args, io }) {
    const files = args._.map(String);
    const asGiven = (f: string) => shown(resolve(io.cwd, f), io);
    const entity = optionalText("entity", args.entity);
    let pairs: Array<[{ file: string; compact: CompactOutput }, { file: string; compact: CompactOutput }]>;
    if (entity === undefined) {
      if (args.from !== undefined || args.to !== undefined || args.db !== undefined) throw new UsageError("--from, --to and --db go with --entity");
      if (files.length !== 2) throw new UsageError("give two compacts (older.json newer.json), or --entity to diff a department's years in the index");
      const [a, b] = await Promise.all(files.map((f) => loadCompact(resolve(io.cwd, f), f)));
      pairs = [[{ file: asGiven(files[0]!), compact: a! }, { file: asGiven(files[1]!), compact: b! }]];
    } else {
      if (files.length) throw new UsageError("give either two files or --entity, not both");
      const from = optionalYear(args.from, "from");
      const to = optionalYear(args.to, "to");
      if (from !== undefined && to !== undefined && from > to) throw new UsageError(`--from ${from} is after --to ${to}`);
      pairs = await seriesPairs(entity, from, to, args.db, io);
    }
    const diffs = pairs.map(([a, b]) => CompactDiffSchema.parse(diffCompacts(a, b)));
    const out = args.out === undefined ? undefined : resolve(io.cwd, args.out);
    const format = args.format ?? (out && /\.html?$/i.test(out) ? "html" : "text");
    const colour = out === undefined && colourEnabled(io.stdout, io.env);
    const text =
      format === "json" ? `${JSON.stringify(entity === undefined ? diffs[0] : diffs, null, 2)}\n`
      : format === "html" ? diffHtml(diffs)
      : diffs.map((d) => formatDiffText(d, colour)).join("\n");
    if (out === undefined) io.stdout.write(text);
    else await writeFile(out, text);
    return EXIT.OK;
  },
});

/** Consecutive compacts of one department in the index, within the years asked. */
async function seriesPairs(entity: string, from: number | undefined, to: number | undefined, db: string | undefined, io: CliIo) {
  const dbPath = await queryDbPath(db, io);
  const idx = await openIndex(dbPath);
  let rows;
  try {
    rows = (await loadSeries(idx, entity)).filter((r) => (from === undefined || r.year >= from) && (to === undefined || r.year <= to));
  } finally {
    idx.close();
  }
  const names = [...new Set(rows.map((r) => r.entity_acronym ?? r.entity_name ?? "?"))];
  if (names.length > 1) throw new UsageError(`--entity ${entity} matches ${names.length} departments (${names.join("; ")}): give one acronym or a longer part of the name`);
  const years = rows.map((r) => r.year);
  const twice = years.find((y, i) => years.indexOf(y) !== i);
  if (twice !== undefined) throw new UsageError(`--entity ${entity} has two compacts for ${twice} in the index: diff the two files you mean`);
  if (rows.length < 2) throw new UsageError(`--entity ${entity}: ${rows.length} compact${rows.length === 1 ? "" : "s"} in the index${from ?? to ? " in those years" : ""}, need two to compare`);
  const loaded = await Promise.all(rows.map(async (r) => {
    const path = resolve(dirname(dbPath), r.json_file);
    return { file: shown(path, io), compact: await loadCompact(path, r.json_file) };
  }));
  return loaded.slice(1).map((b, i) => [loaded[i]!, b] as [typeof b, typeof b]);
}

const shown = (path: string, io: CliIo) => relative(io.cwd, path) || path;

export const searchCmd = defineLeaf({
  name: "search",
  description: "Ranked search (BM25 on stemmed words) over the objectives, accomplishments and measures of the index",
  args: {
    query: { type: "positional", description: 'words to look for, e.g. "gender balance"', required: true },
    in: { type: "enum", options: [...SEARCH_FIELDS], description: "search objectives, accomplishments, measures or all (default)", default: "all" },
    year: { type: "string", valueHint: "yyyy", description: "compact year, e.g. 2008" },
    entity: { type: "string", valueHint: "name", description: "department/office: acronym (DFS) or part of its name" },
    limit: { type: "string", valueHint: "n", description: `at most n results (default ${DEFAULT_SEARCH_LIMIT})` },
    db: { type: "string", valueHint: "file", description: `index file (default: $${DB_ENV}, ./${DEFAULT_DB_NAME}, or ./${DEFAULT_OUTPUT_FOLDER}/${DEFAULT_DB_NAME})` },
    format: { type: "enum", options: [...FORMATS], alias: "f", description: "output format (default: table on a terminal, csv when piped)" },
    columns: columnsArg,
  },
  examples: ['compacts search "gender balance"', 'compacts search "vacancy rates" --entity DFS --in measures --format json'],
  async run({ args, io }) {
    const query = String(args.query);
    if (!terms(query).length) throw new UsageError(`"${query}" has no word to search for (only stop words or numbers)`);
    const year = optionalYear(args.year);
    const entity = optionalText("entity", args.entity);
    const limit = args.limit === undefined ? DEFAULT_SEARCH_LIMIT : Number(args.limit);
    if (!Number.isInteger(limit) || limit < 1) throw new UsageError(`--limit must be a whole number of at least 1, not "${args.limit}"`);
    const format = resolveFormat(args.format, io.stdout.isTTY === true);
    const idx = await openIndex(await queryDbPath(args.db, io));
    try {
      const hits = searchObjectives(await loadSearchObjectives(idx), query, {
        in: args.in as SearchField, limit, ...(year !== undefined && { year }), ...(entity !== undefined && { entity }),
      });
      const columns = ["score", "year", "entity", "objective_id", "section", "matched_in", "snippet", "objective", "source_file", "doc_id"];
      printRows({ columns, rows: hits }, format, args.columns, io);
    } finally {
      idx.close();
    }
    return EXIT.OK;
  },
});

export const missionCmd = defineLeaf({
  name: "mission",
  description: "Every compact naming a mission (and the missions it succeeded or became), by year and entity",
  args: {
    name: { type: "positional", description: "acronym, name or alias of the mission, e.g. UNAMID or MONUC", required: true },
    db: { type: "string", valueHint: "file", description: `index file (default: $${DB_ENV}, ./${DEFAULT_DB_NAME}, or ./${DEFAULT_OUTPUT_FOLDER}/${DEFAULT_DB_NAME})` },
    format: { type: "enum", options: [...FORMATS], alias: "f", description: "output format (default: table on a terminal, csv when piped)" },
    columns: columnsArg,
  },
  examples: ["compacts mission UNAMID", "compacts mission MONUC --format json    # MONUC and MONUSCO"],
  async run({ args, io }) {
    const name = optionalText("name", String(args.name))!;
    const format = resolveFormat(args.format, io.stdout.isTTY === true);
    const m = resolveMission(name, loadDomainData().missions, loadSuccessions());
    const what = m.record ? `${m.record.acronym}: ${m.record.name} (${m.record.start ?? "?"}–${m.record.end ?? ""})` : `${name}: not in the gazetteer, matched as printed`;
    const links = m.links.map((l) => `${l.predecessor} → ${l.successor} (${l.year})`).join(", ");
    io.stderr.write(`${what}${links ? `; with ${links}` : ""}\n`);
    const idx = await openIndex(await queryDbPath(args.db, io));
    try {
      const rows = mentionsOf(await loadMissionMentions(idx), m);
      const columns = ["year", "entity", "acronym", "canonical", "named_in", "source_file", "doc_id"];
      printRows({ columns, rows }, format, args.columns, io);
    } finally {
      idx.close();
    }
    return EXIT.OK;
  },
});
