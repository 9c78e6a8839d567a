/**
 * One strict command wrapper for every `compacts` command. A command is data: its flags (citty's
 * `ArgsDef` shape, so adding a flag is one line in that object), a description, examples and a
 * `run`. `dispatch` finds the (sub)command, prints its own help, refuses unknown flags with a
 * "did you mean" suggestion, checks values, and turns every usage mistake into exit code 2.
 * citty parses the values; the strictness, help and exit codes are ours.
 */
import { parseArgs, type ArgsDef, type ParsedArgs } from "citty";
import { createRequire } from "node:module";
import { colourEnabled, stripAnsi, type CliIo } from "./io.js";

/** Exit codes (docs/batch.md). */
export const EXIT = { OK: 0, SOME_FAILED: 1, USAGE: 2, INTERRUPTED: 130 } as const;

/** A mistake on the command line: printed with a hint, exit code 2. */
export class UsageError extends Error {
  override name = "UsageError";
}

export interface CommandContext<A extends ArgsDef> {
  args: ParsedArgs<A>;
  io: CliIo;
}

/** A command that runs. `variadic`: its last positional takes every remaining argument. */
export interface LeafCommand<A extends ArgsDef = ArgsDef> {
  name: string;
  description: string;
  args: A;
  variadic?: boolean;
  /** Shown under "Examples:" in its help; at least one. */
  examples: readonly [string, ...string[]];
  /** Resolves to the exit code (undefined: 0). */
  run(ctx: CommandContext<A>): Promise<number | void> | number | void;
}

/** A subcommand loaded on first use (the query commands load DuckDB's native module). */
export interface LazyCommand {
  description: string;
  load(): Promise<AnyCommand>;
}

/** A command made of subcommands (`compacts`, `compacts query`). */
export interface GroupCommand {
  name: string;
  description: string;
  version?: string;
  examples: readonly [string, ...string[]];
  // A leaf's args type is erased here the way citty's SubCommandsDef erases it.
  subCommands: Record<string, AnyCommand | LazyCommand>;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyCommand = LeafCommand<any> | GroupCommand;

/** Typed constructor: keeps the args object's literal type so `run` sees `args.year` etc. */
export function defineLeaf<const A extends ArgsDef>(def: LeafCommand<A>): LeafCommand<A> {
  return def;
}

const isGroup = (c: AnyCommand): c is GroupCommand => "subCommands" in c;

const isLazy = (c: AnyCommand | LazyCommand): c is LazyCommand => "load" in c;
async function resolveLazy(c: AnyCommand | LazyCommand): Promise<AnyCommand> {
  return isLazy(c) ? c.load() : c;
}

// ── "did you mean" ────────────────────────────────────────────────────────────────────────────

/**
 * Edits tolerated between a typo and the name it is taken for: one in a short name (`--yaer`), more
 * in a long one; more would suggest unrelated names (`--db` for `--x`).
 */
function maxEdits(length: number): number {
  return length <= 4 ? 1 : length <= 8 ? 2 : 3;
}
/** A shared prefix this long makes a suggestion even past the edit limit (`--minimum` → `--min`). */
const MIN_PREFIX = 3;

/**
 * natural's Damerau-Levenshtein distance, loaded on the first suggestion (a mistyped flag or
 * command), not by every run: ~15 ms of CPU before a batch's first worker starts. A deep path:
 * natural's root pulls in every module (and database clients); this file needs one function.
 */
function damerauLevenshtein(): (a: string, b: string) => number {
  const m = createRequire(import.meta.url)("natural/lib/natural/distance/levenshtein_distance.js") as { DamerauLevenshteinDistance: (a: string, b: string) => number };
  return (a, b) => m.DamerauLevenshteinDistance(a, b);
}

/** The known name closest to `typed`, if any is close enough to be what was meant. */
export function suggest(typed: string, known: readonly string[]): string | undefined {
  const levenshtein = damerauLevenshtein();
  let best: { name: string; score: number } | undefined;
  for (const name of known) {
    const d = levenshtein(typed.toLowerCase(), name.toLowerCase());
    const prefix = Math.min(typed.length, name.length) >= MIN_PREFIX && (typed.startsWith(name) || name.startsWith(typed));
    const limit = maxEdits(Math.max(typed.length, name.length));
    // A prefix match ranks just past the edit limit: any name within it is the likelier meaning.
    if (d > limit && !prefix) continue;
    const score = d > limit ? limit + 0.5 : d;
    if (!best || score < best.score) best = { name, score };
  }
  return best?.name;
}

const didYouMean = (s: string | undefined) => (s === undefined ? "" : ` (did you mean ${s}?)`);

// ── flags ─────────────────────────────────────────────────────────────────────────────────────

/** A negative number is a value (`--min -5`), not a flag. */
const NEGATIVE_NUMBER = /^-\d/;
const HELP_FLAGS = new Set(["--help", "-h"]);

interface FlagInfo {
  /** The name in the args object (kebab-case). */
  key: string;
  takesValue: boolean;
}

/** Every spelling of every flag: --name, --camelName, its aliases; and --no-name for booleans. */
function flagTable(defs: ArgsDef): Map<string, FlagInfo> {
  const table = new Map<string, FlagInfo>();
  for (const [key, def] of Object.entries(defs)) {
    if (def.type === "positional") continue;
    const info = { key, takesValue: def.type !== "boolean" };
    table.set(`--${key}`, info);
    table.set(`--${key.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase())}`, info);
    if (def.type === "boolean") table.set(`--no-${key}`, info);
    const aliases = "alias" in def && def.alias !== undefined ? def.alias : [];
    for (const a of Array.isArray(aliases) ? aliases : [aliases]) table.set(a.length === 1 ? `-${a}` : `--${a}`, info);
  }
  return table;
}

/**
 * Refuse what citty would silently accept: unknown flags, a value flag with no value (citty takes
 * the next flag as its value: `--year --db x` would set year to "--db"), a value on a boolean.
 */
function checkFlags(tokens: readonly string[], defs: ArgsDef): void {
  const table = flagTable(defs);
  // Suggestions name flags as the help spells them.
  const names = Object.entries(defs).filter(([, d]) => d.type !== "positional").map(([k]) => k);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token === "--") break;
    if (!token.startsWith("-") || token === "-" || NEGATIVE_NUMBER.test(token)) continue;
    const eq = token.indexOf("=");
    let flag = eq > 0 ? token.slice(0, eq) : token;
    // -j4: a one-letter alias with its value attached.
    if (!flag.startsWith("--") && flag.length > 2) flag = flag.slice(0, 2);
    const info = table.get(flag);
    if (!info) {
      const s = suggest(flag.replace(/^-+/, ""), names);
      throw new UsageError(`unknown option ${flag}${didYouMean(s === undefined ? undefined : `--${s}`)}`);
    }
    const attached = eq > 0 || (!token.startsWith("--") && token.length > 2);
    if (!info.takesValue) {
      if (attached) throw new UsageError(`${flag} takes no value`);
      continue;
    }
    if (attached) continue;
    const next = tokens[i + 1];
    if (next === undefined || (next.startsWith("-") && next !== "-" && !NEGATIVE_NUMBER.test(next))) {
      throw new UsageError(`${flag} needs a value`);
    }
    i++;
  }
}

/** citty's own usage errors (missing positional, bad enum value). */
function isCittyUsageError(e: unknown): e is Error {
  return e instanceof Error && e.name === "CLIError";
}

/** Parse and check a leaf's arguments: values by citty, everything else strictly. */
export function parseLeafArgs<A extends ArgsDef>(cmd: LeafCommand<A>, tokens: readonly string[]): ParsedArgs<A> {
  checkFlags(tokens, cmd.args);
  let args: ParsedArgs<A>;
  try {
    args = parseArgs<A>([...tokens], cmd.args);
  } catch (e) {
    if (isCittyUsageError(e)) throw new UsageError(stripAnsi(e.message));
    throw e;
  }
  const positionals = Object.values(cmd.args).filter((d) => d.type === "positional").length;
  if (!cmd.variadic && args._.length > positionals) {
    throw new UsageError(`unexpected argument "${args._[positionals]}"`);
  }
  return args;
}

// ── help ──────────────────────────────────────────────────────────────────────────────────────

function flagLabel(key: string, def: ArgsDef[string]): string {
  const aliases = "alias" in def && def.alias !== undefined ? (Array.isArray(def.alias) ? def.alias : [def.alias]) : [];
  const short = aliases.filter((a) => a.length === 1).map((a) => `-${a}, `).join("");
  const hint = def.type === "boolean" ? "" : def.type === "enum" && def.options ? ` <${def.options.join("|")}>` : ` <${def.valueHint ?? key}>`;
  return `${short}--${key}${hint}`;
}

function table(rows: ReadonlyArray<readonly [string, string]>): string[] {
  const width = Math.max(0, ...rows.map(([l]) => l.length));
  return rows.map(([l, d]) => `  ${l.padEnd(width)}  ${d}`.trimEnd());
}

export function renderHelp(cmd: AnyCommand, path: readonly string[], io: CliIo): string {
  const colour = colourEnabled(io.stdout, io.env);
  const head = (s: string) => (colour ? `\u001b[1m${s}\u001b[22m` : s);
  const lines: string[] = [];
  if (isGroup(cmd)) {
    lines.push(`${head("Usage:")} ${path.join(" ")} <command> [options]`, "", cmd.description, "", head("Commands:"));
    lines.push(...table(Object.entries(cmd.subCommands).map(([name, c]) => [name, c.description] as const)));
    lines.push("", head("Options:"), ...table([["-h, --help", "show help (also after a command: compacts query missions --help)"], ...(cmd.version ? ([["--version", "print the version"]] as const) : [])]));
  } else {
    const defs: ArgsDef = cmd.args;
    const positionals = Object.entries(defs).filter(([, d]) => d.type === "positional");
    const posText = positionals
      .map(([k, d]) => {
        const name = `${k}${cmd.variadic && k === positionals.at(-1)?.[0] ? "..." : ""}`;
        return d.required === false || d.default !== undefined ? `[${name}]` : `<${name}>`;
      })
      .join(" ");
    lines.push(`${head("Usage:")} ${path.join(" ")} [options]${posText ? ` ${posText}` : ""}`, "", cmd.description);
    if (positionals.length) {
      lines.push("", head("Arguments:"), ...table(positionals.map(([k, d]) => [k, d.description ?? ""] as const)));
    }
    const flags = Object.entries(defs).filter(([, d]) => d.type !== "positional");
    const describe = (d: ArgsDef[string]) =>
      `${d.description ?? ""}${d.default !== undefined && d.default !== false && d.default !== "" ? ` (default: ${String(d.default)})` : ""}${d.required ? " (required)" : ""}`;
    lines.push("", head("Options:"), ...table([...flags.map(([k, d]) => [flagLabel(k, d), describe(d)] as const), ["-h, --help", "show this help"]]));
  }
  lines.push("", head("Examples:"), ...cmd.examples.map((e) => `  ${e}`));
  return lines.join("\n") + "\n";
}

// ── dispatch ──────────────────────────────────────────────────────────────────────────────────

/** Print a usage error the one way every command does, with where to find help. */
function usageFailure(e: UsageError, path: readonly string[], io: CliIo): number {
  io.stderr.write(`${path[0]}: ${stripAnsi(e.message).replace(/\s+/g, " ").trim()}\n`);
  io.stderr.write(`Run "${path.join(" ")} --help" for usage.\n`);
  return EXIT.USAGE;
}

/**
 * Run the command `argv` names under `root`. Usage errors (at any level) print one line and a hint
 * and resolve to 2; anything `run` throws is left to the caller.
 */
export async function dispatch(root: GroupCommand, argv: readonly string[], io: CliIo): Promise<number> {
  let cmd: AnyCommand = root;
  const path = [root.name];
  let rest = [...argv];
  try {
    while (isGroup(cmd)) {
      const at = rest.findIndex((t) => !t.startsWith("-"));
      const before = at < 0 ? rest : rest.slice(0, at);
      if (before.some((t) => HELP_FLAGS.has(t))) {
        io.stdout.write(renderHelp(cmd, path, io));
        return EXIT.OK;
      }
      if (cmd === root && cmd.version !== undefined && (before.includes("--version") || before.includes("-v"))) {
        io.stdout.write(`${cmd.version}\n`);
        return EXIT.OK;
      }
      const stray = before[0];
      if (stray !== undefined) throw new UsageError(`unknown option ${stray.split("=")[0]}${at >= 0 ? ` before the command` : ""}`);
      const name = rest[at];
      const names = Object.keys(cmd.subCommands);
      if (name === undefined) throw new UsageError(`missing command: one of ${names.join(", ")}`);
      const sub = cmd.subCommands[name];
      if (sub === undefined) {
        const s = suggest(name, names);
        throw new UsageError(`unknown command ${name}${didYouMean(s)}`);
      }
      path.push(name);
      rest = rest.slice(at + 1);
      cmd = await resolveLazy(sub);
    }
    const leaf: LeafCommand = cmd;
    const end = rest.indexOf("--");
    if ((end < 0 ? rest : rest.slice(0, end)).some((t) => HELP_FLAGS.has(t))) {
      io.stdout.write(renderHelp(leaf, path, io));
      return EXIT.OK;
    }
    const args = parseLeafArgs(leaf, rest);
    const code = await leaf.run({ args, io });
    return code ?? EXIT.OK;
  } catch (e) {
    if (e instanceof UsageError) return usageFailure(e, path, io);
    throw e;
  }
}
