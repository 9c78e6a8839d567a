import { describe, expect, it } from "vitest";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { ArgsDef } from "citty";
import { ROOT } from "../../src/cli/main.js";
import { suggest, type AnyCommand, type GroupCommand, type LeafCommand } from "../../src/cli/command.js";
import { runMain } from "./support.js";

/** Every runnable command with its path, lazy ones loaded: `[["extract"], leaf], [["query","missions"], leaf] …`. */
async function allLeaves(group: GroupCommand, path: string[] = []): Promise<Array<[string[], LeafCommand]>> {
  const out: Array<[string[], LeafCommand]> = [];
  for (const [name, entry] of Object.entries(group.subCommands)) {
    const cmd: AnyCommand = "load" in entry ? await entry.load() : entry;
    if ("subCommands" in cmd) out.push(...(await allLeaves(cmd, [...path, name])));
    else out.push([[...path, name], cmd]);
  }
  return out;
}

const flagsOf = (cmd: LeafCommand) => Object.entries(cmd.args as ArgsDef).filter(([, d]) => d.type !== "positional").map(([k]) => k);

/** A typo a person makes: two neighbouring letters swapped (or, for a 1-letter remainder, one added). */
function mistype(flag: string): string {
  const i = Math.max(0, Math.floor(flag.length / 2) - 1);
  const swapped = flag.slice(0, i) + flag[i + 1] + flag[i] + flag.slice(i + 2);
  return swapped !== flag ? swapped : `${flag}x`;
}

describe("every command is strict about its flags", async () => {
  const dir = await mkdtemp(join(tmpdir(), "compacts-strict-"));
  const leaves = await allLeaves(ROOT);

  it("covers every command of the CLI", () => {
    expect(leaves.map(([p]) => p.join(" ")).sort()).toEqual(
      ["diff", "export", "extract", "index", "mission", "query missions", "query objectives", "query resolutions", "query sql", "query targets", "review", "schema", "search", "validate"],
    );
  });

  const cases = leaves.flatMap(([path, cmd]) => flagsOf(cmd).map((flag) => [path.join(" "), flag] as const));
  it.each(cases)("%s --<mistyped %s> exits 2 and suggests the flag", async (path, flag) => {
    const r = await runMain([...path.split(" "), `--${mistype(flag)}`, "x"], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`unknown option --${mistype(flag)} (did you mean --${flag}?)`);
    expect(r.stderr).toContain(`Run "compacts ${path} --help" for usage.`);
    expect(r.stdout).toBe("");
  });

  it("schema (no flags at all) refuses any flag", async () => {
    const r = await runMain(["schema", "--pretty"], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("unknown option --pretty");
  });

  it.each(leaves.map(([p, c]) => [p.join(" "), c] as const))("%s --help prints its own flags and an example", async (path, cmd) => {
    const r = await runMain([...path.split(" "), "--help"], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`Usage: compacts ${path} [options]`);
    for (const flag of flagsOf(cmd)) expect(r.stdout).toContain(`--${flag}`);
    expect(r.stdout).toMatch(new RegExp(`Examples:\\n  compacts ${path}`));
  });

  it.each([
    [["query", "missions", "--year"], /--year needs a value/],
    [["query", "missions", "--year", "--db", "x"], /--year needs a value/],
    [["query", "missions", "--year", "twenty"], /--year must be a year like 2008, not "twenty"/],
    [["query", "targets", "--min", "lots"], /--min must be a number, not "lots"/],
    [["query", "targets", "--min", "60", "--max", "50"], /--min 60 is more than --max 50/],
    [["query", "missions", "--format", "xml"], /Invalid value for argument: --format \(xml\)/],
    [["query", "missions", "2008"], /unexpected argument "2008"/],
    [["query", "missions", "--all-sources=yes"], /--all-sources takes no value/],
    [["query"], /missing command: one of missions, resolutions, targets, objectives, sql/],
    [["query", "mission"], /unknown command mission \(did you mean missions\?\)/],
    [["export"], /Missing required argument: --parquet/],
    [["query", "sql"], /Missing required positional argument: QUERY/],
  ])("usage error %j exits 2", async (args, message) => {
    const r = await runMain(args, dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toMatch(/Run "compacts .*--help" for usage\.\n$/);
  });

  it("--version and -v print the version", async () => {
    for (const flag of ["--version", "-v"]) {
      const r = await runMain([flag], dir);
      expect([r.code, r.stdout]).toEqual([0, "0.1.0\n"]);
    }
  });

  it("a negative number is a value, not a flag", async () => {
    const r = await runMain(["query", "targets", "--min", "-5", "--db", join(dir, "none.duckdb")], dir);
    expect(r.code).toBe(1); // got as far as opening the (missing) index
    expect(r.stderr).toContain("INDEX_NOT_FOUND");
  });
});

describe("help colour", () => {
  const dir = tmpdir();
  it("plain when piped, when NO_COLOR is set or FORCE_COLOR=0, even on a terminal", async () => {
    for (const env of [{}, { NO_COLOR: "1" }, { FORCE_COLOR: "0" }]) {
      const tty = Object.keys(env).length > 0;
      const r = await runMain(["query", "--help"], dir, { env, ...(tty ? { tty: { columns: 80 } } : {}) });
      expect(r.stdout).not.toContain("\u001b[");
    }
  });
  it("bold headings on a terminal, or with FORCE_COLOR=1", async () => {
    expect((await runMain(["--help"], dir, { tty: { columns: 80 } })).stdout).toContain("\u001b[1mUsage:");
    expect((await runMain(["--help"], dir, { env: { FORCE_COLOR: "1" } })).stdout).toContain("\u001b[1mUsage:");
  });
});

describe("suggest", () => {
  it.each([
    ["yaer", ["year", "entity"], "year"],
    ["minimum", ["min", "max", "unit"], "min"],
    ["jbos", ["jobs", "format"], "jobs"],
    ["formt", ["format", "year"], "format"],
    ["x", ["db", "year"], undefined],
    ["banana", ["db", "year", "format"], undefined],
  ] as const)("%s among %j → %s", (typed, known, expected) => {
    expect(suggest(typed, known)).toBe(expected);
  });
});
