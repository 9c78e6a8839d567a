import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { normalizeSymbol } from "../../src/normalize/symbol.js";
import { findSymbols } from "../../src/entities/symbols.js";

/**
 * Every symbol example of data/un-symbols.md is a test case: the worked-example tables (§5, §5.1)
 * parse to their canonical forms, the examples of the series table (§1.1) are fixed points, and
 * every decoy of §6 is refused. Editing the data file edits the tests.
 */
const DOC = readFileSync(join(dirname(fileURLToPath(import.meta.url)), "..", "..", "data", "un-symbols.md"), "utf8");

/** The text of one "## n." or "### n.n" section, up to the next heading of any level. */
function section(heading: string): string {
  const start = DOC.indexOf(`\n${heading}`);
  if (start < 0) throw new Error(`no section ${heading}`);
  const rest = DOC.slice(start + heading.length + 1);
  const end = rest.search(/\n#{2,3} /);
  return end < 0 ? rest : rest.slice(0, end);
}
const ticks = (cell: string) => [...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1]!);
const tableRows = (text: string) =>
  text.split("\n").filter((l) => /^\|\s*\d+\s*\|/.test(l)).map((l) => l.split("|").slice(1, -1).map((c) => c.trim()));

/** [raw as printed, canonical forms in order] from a worked-example table. */
function workedExamples(text: string): Array<[string, string[]]> {
  return tableRows(text).map((cells) => {
    const raw = cells[1]!;
    // `A/62/` ⏎ `80`: the pieces were printed on two lines.
    const printed = raw.includes("⏎") ? ticks(raw).join("\n") : ticks(raw).join(" ");
    const canonical = cells[2] === "none" ? [] : ticks(cells[2]!);
    // `/Add.11` after a full symbol shares its base (row 10).
    const full = canonical.map((c) => (c.startsWith("/") ? canonical[0]!.replace(/\/[^/]+$/, "") + c : c));
    return [printed, full];
  });
}

const EXAMPLES = [...workedExamples(section("## 5. Worked examples")), ...workedExamples(section("### 5.1 More series and bodies"))];

describe("data/un-symbols.md worked examples", () => {
  it("has the tables this test reads", () => {
    expect(EXAMPLES.length).toBeGreaterThanOrEqual(68);
  });
  it.each(EXAMPLES)("%j → %j", (raw, canonical) => {
    expect(findSymbols(raw).map((s) => s.normalized)).toEqual(canonical);
  });
  it.each(EXAMPLES.filter(([, c]) => c.length > 0).flatMap(([, c]) => c.map((x) => [x])))("canonical %s is a fixed point", (canonical) => {
    expect(normalizeSymbol(canonical)).toBe(canonical);
  });
});

describe("data/un-symbols.md series table examples", () => {
  const examples = section("### 1.1 Series (first component)").split("\n").filter((l) => l.startsWith("| `"))
    .flatMap((l) => ticks(l.split("|").slice(-2, -1)[0] ?? "")).filter((s) => !s.includes("…"));
  it("has examples", () => expect(examples.length).toBeGreaterThan(20));
  it.each(examples.map((e) => [e]))("%s is a symbol in canonical form", (e) => {
    expect(normalizeSymbol(e)).toBe(e);
  });
});

describe("data/un-symbols.md decoys", () => {
  const rows = section("## 6. Decoys: text that is not a symbol").split("\n").filter((l) => l.startsWith("| ") && !l.startsWith("| Text"))
    // The last row is about glued footnote digits: its examples are real symbols.
    .filter((l) => !/footnote digit/.test(l));
  const decoys = [
    ...rows.flatMap((l) => ticks(l.split("|")[1] ?? "")),
    ...ticks(/Decoys added with these series \(refused\):([\s\S]*?)\n\n/.exec(DOC)?.[1] ?? ""),
  ];
  it("has decoys", () => expect(decoys.length).toBeGreaterThan(25));
  it.each(decoys.map((d) => [d]))("%j is refused", (d) => {
    expect(findSymbols(`see ${d} here`)).toEqual([]);
  });
});
