import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { extract } from "../../src/index.js";
import { ObjectiveSchema, OutputSchema, type Output } from "../../src/model/output.js";
import { compileParser, FAIL, fastSafeParser, type Parser } from "../../src/model/fast-parse.js";

const ROOT = join(import.meta.dirname, "..", "..");

/** Same value, same key order at every level, same presence of keys holding undefined. */
function sameTree(a: unknown, b: unknown, path = "$"): void {
  if (typeof a !== "object" || a === null || typeof b !== "object" || b === null) {
    expect(Object.is(a, b), `${path}: ${String(a)} vs ${String(b)}`).toBe(true);
    return;
  }
  expect(Array.isArray(a), path).toBe(Array.isArray(b));
  expect(Reflect.ownKeys(a), path).toEqual(Reflect.ownKeys(b));
  for (const k of Reflect.ownKeys(a)) sameTree((a as Record<PropertyKey, unknown>)[k], (b as Record<PropertyKey, unknown>)[k], `${path}.${String(k)}`);
}

/**
 * A zod schema as `agree` uses it. Not `z.ZodType`: relating OutputSchema's inferred type to it
 * structurally cost this file's type-check ~2 s (30,000 types).
 */
type SafeParsing = { safeParse(value: unknown): { success: boolean; data?: unknown } };

/** The compiled parser agrees with zod: accepts exactly what zod accepts, with zod's result. */
function agree(schema: SafeParsing, parser: Parser, value: unknown): boolean {
  const zod = schema.safeParse(value);
  const fast = parser(value);
  expect(fast === FAIL, `compiled ${fast === FAIL ? "rejects" : "accepts"} what zod ${zod.success ? "accepts" : "rejects"}`).toBe(!zod.success);
  if (zod.success) {
    sameTree(fast, zod.data);
    // A fresh copy, as zod's: containers are never the input's own.
    if (typeof value === "object" && value !== null) expect(fast).not.toBe(value);
  }
  return zod.success;
}

const clone = <T>(v: T): T => structuredClone(v);

/** A copy with every array cut to its first `n` elements (fewer mutations; two keep the line tuples whole). */
function trimmed<T>(v: T, n = 2): T {
  if (Array.isArray(v)) return v.slice(0, n).map((x) => trimmed(x, n)) as T;
  if (typeof v !== "object" || v === null) return v;
  return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, trimmed(x, n)])) as T;
}

/** Mutations of a valid value at every container: each key dropped, set wrong, an extra key. */
function* mutations(value: unknown): Generator<unknown> {
  const wrong: unknown[] = [undefined, null, "x", "", 1.5, -1, 0, NaN, Infinity, 2 ** 60, true, [], {}, [1, 2, 3], "2019-13-1"];
  const paths: PropertyKey[][] = [];
  const walk = (v: unknown, path: PropertyKey[]) => {
    if (typeof v !== "object" || v === null) return;
    paths.push(path);
    for (const k of Object.keys(v)) walk((v as Record<string, unknown>)[k], [...path, k]);
  };
  walk(value, []);
  for (const path of paths) {
    const at = (root: unknown) => path.reduce<unknown>((o, k) => (o as Record<PropertyKey, unknown>)[k], root) as Record<PropertyKey, unknown>;
    const keys = Object.keys(at(value));
    for (const k of keys) {
      const dropped = clone(value);
      delete at(dropped)[k];
      yield dropped;
      for (const w of wrong) {
        const changed = clone(value);
        at(changed)[k] = w;
        yield changed;
      }
    }
    const extra = clone(value);
    at(extra)["unknownKey"] = 1;
    yield extra;
    const sym = clone(value);
    at(sym)[Symbol("s")] = 1;
    yield sym;
  }
}

/** One reading per file for the whole file (compact-2008-dfs.txt serves two tests; `trimmed` copies before any change). */
const outputs = new Map<string, Promise<Output>>();
function outputOf(path: string): Promise<Output> {
  if (!outputs.has(path)) outputs.set(path, extract(new Uint8Array(readFileSync(join(ROOT, path))), { fileName: path.split("/").pop()!, ocr: "off" }));
  return outputs.get(path)!;
}

describe("compiled output parser (model/fast-parse)", () => {
  const output = compileParser(OutputSchema)!;
  const objective = compileParser(ObjectiveSchema)!;
  const loopOutput = compileParser(OutputSchema, { generate: false })!;

  it("compiles the output's schemas", () => {
    expect(output).not.toBeNull();
    expect(objective).not.toBeNull();
    expect(loopOutput).not.toBeNull();
  });

  it("gives zod's result on real outputs of every kind, generated code and loop alike", async () => {
    const files = ["fixtures/compact-2008-dfs.txt", "fixtures/A-60-209-note.txt", "fixtures/compact-2012-markdown.md", "test/fixtures/pdf/seed-ruled.pdf"];
    const kinds = new Set<string>();
    for (const f of files) {
      const out = await outputOf(f);
      kinds.add(out.kind);
      expect(agree(OutputSchema, output, out)).toBe(true);
      expect(agree(OutputSchema, loopOutput, out)).toBe(true);
      if (out.kind === "compact") for (const row of out.objectives) expect(agree(ObjectiveSchema, objective, row)).toBe(true);
    }
    expect([...kinds].sort()).toEqual(["compact", "un-document"]);
    const unknown = await extract(new TextEncoder().encode("Hello.\n"), { fileName: "a.txt" });
    expect(unknown.kind).toBe("unknown");
    expect(agree(OutputSchema, output, unknown)).toBe(true);
  });

  it("rejects what zod rejects and copies what zod accepts, over mutations of a compact's row and output", async () => {
    const out = (await outputOf("fixtures/compact-2008-dfs.txt")) as Extract<Output, { kind: "compact" }>;
    // A row with every optional part present (boxes, cells, a target with baseline and year).
    const row = trimmed(out.objectives.find((o) => o.provenance.cells && o.measures.some((m) => m.targets.length > 0))!);
    row.measures[0]!.targets = [{ value: 5, unit: "%", comparator: ">=", raw: "5%", baseline: { value: 2, year: 2018 }, year: 2019 }];
    row.extra = { risks: ["a", "b"] };
    let accepted = 0;
    let rejected = 0;
    expect(agree(ObjectiveSchema, objective, row)).toBe(true);
    for (const m of mutations(row)) (agree(ObjectiveSchema, objective, m) ? accepted++ : rejected++);
    expect(accepted).toBeGreaterThan(20); // dropped optional keys, extra keys, nullable nulls, …
    expect(rejected).toBeGreaterThan(300);
    // The envelope without its rows (as validate.ts parses it).
    const head = { ...trimmed(out), objectives: [] };
    head.source = { ...head.source, turned: [{ page: 1, degrees: 90 }] };
    for (const m of mutations(head)) agree(OutputSchema, output, m);
  });

  it("keeps an optional key that is present but undefined, and drops it when absent, as zod does", () => {
    const s = z.object({ a: z.number().optional(), b: z.string().nullable().optional(), c: z.string() });
    const p = compileParser(s)!;
    for (const v of [{ c: "x" }, { a: undefined, c: "x" }, { c: "x", b: undefined, a: 1 }, { b: null, c: "y" }, { a: NaN, c: "x" }, { c: 1 }, []]) agree(s, p, v);
    expect(Object.keys(p({ a: undefined, c: "x" }) as object)).toEqual(["a", "c"]);
  });

  it("follows zod's leaves and checks: formats, bounds, patterns, enums, literals, unions, tuples, records", () => {
    const s = z.object({
      int: z.number().int().nonnegative(),
      pos: z.number().positive(),
      lt: z.number().lt(10),
      le: z.number().max(10),
      i32: z.int32(),
      f32: z.float32(),
      date: z.string().regex(/^\d{4}$/),
      g: z.string().regex(/a/g), // a global pattern: lastIndex reset before each test, as zod does
      other: z.string().min(2), // a check not written out here, with a condition: zod's own functions run
      e: z.enum(["x", "y"]),
      l: z.union([z.literal(90), z.literal(180)]),
      t: z.tuple([z.number(), z.string()]),
      r: z.record(z.string(), z.array(z.boolean())),
    });
    const p = compileParser(s)!;
    expect(p).not.toBeNull();
    const good = { int: 3, pos: 0.5, lt: 9.9, le: 10, i32: -5, f32: 1.5, date: "2019", g: "cat", other: "ab", e: "y", l: 180, t: [1, "a"], r: { k: [true], "2": [] } };
    expect(agree(s, p, good)).toBe(true);
    expect(agree(s, p, good)).toBe(true); // the global pattern again
    for (const m of mutations(good)) agree(s, p, m);
    for (const [k, v] of Object.entries({ int: 2 ** 53, pos: 0, lt: 10, le: 10.5, i32: 2 ** 31, f32: 1e39, l: 270, t: [1, "a", 2], other: "a" })) {
      expect(agree(s, p, { ...good, [k]: v }), k).toBe(false);
    }
  });

  it("follows a discriminated union by its tag", () => {
    const s = z.discriminatedUnion("kind", [z.object({ kind: z.literal("a"), x: z.number() }), z.object({ kind: z.literal("b"), y: z.string() })]);
    const p = compileParser(s)!;
    for (const v of [{ kind: "a", x: 1 }, { kind: "b", y: "s", x: 1 }, { kind: "c" }, { x: 1 }, { kind: "a", y: "s" }, null, []]) agree(s, p, v);
  });

  it("declines schemas it does not follow, and then zod decides", () => {
    for (const s of [
      z.object({ a: z.string().default("x") }),
      z.object({ a: z.string().transform((v) => v.length) }),
      z.object({ a: z.string() }).catchall(z.number()),
      z.array(z.string()).min(1),
      z.object({ a: z.string() }).refine((v) => v.a !== ""),
      z.lazy(() => z.string()),
      z.string().pipe(z.string()),
      z.coerce.number(),
      z.record(z.enum(["a", "b"]), z.string()),
    ]) {
      expect(compileParser(s)).toBeNull();
    }
    const declined = z.array(z.string()).min(1);
    const parse = fastSafeParser(declined);
    expect(parse([]).success).toBe(false);
    expect(parse(["a"])).toMatchObject({ success: true, data: ["a"] });
  });

  it("returns zod's issues when the value is invalid", () => {
    const parse = fastSafeParser(ObjectiveSchema);
    const bad = parse({ id: 1 });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues).toEqual(ObjectiveSchema.safeParse({ id: 1 }).error?.issues);
  });
});
