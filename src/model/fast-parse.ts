/**
 * A zod schema compiled into plain functions that check a value and build the copy zod's parse
 * returns, for the output's validation (validate.ts): zod's own parse allocates a payload and an
 * issue list for every value it visits and was ~6 % of a text document's pipeline.
 *
 * The compiled parser answers only "valid, and here is zod's result" or FAIL; it never words an
 * error. On FAIL the caller runs zod's `safeParse` (the issues, their paths and messages come from
 * zod as before), so a stricter compiled parser costs time, never a different output. What it must
 * not do is accept a value zod rejects, or build a result that differs from zod's: the same keys in
 * the same order (an object's in its shape's order, unknown keys dropped, an optional key absent
 * when the input lacks it and present when the input has it, even undefined), the same leaves
 * (strings, numbers and booleans are returned as they came, as zod returns them), fresh arrays and
 * objects. A leaf passes when zod's checks on it would report no issue: a string's pattern and a
 * number's format and bounds are tested as zod's check functions test them, any other check by
 * running zod's own function.
 *
 * Only the schema kinds the output uses are compiled; anything else (transforms, defaults,
 * catch-alls, conditional checks, lazy or recursive schemas, …) makes `compileParser` return null,
 * and the caller keeps zod. test/model/fast-parse.test.ts compares both on every kind of input.
 */
import type { z } from "zod";

/** The compiled parser's answer for a value zod would reject (or that it does not follow). */
export const FAIL: unique symbol = Symbol("fail");
export type Parser = (value: unknown) => unknown;

/** zod's internals as far as they are read here (zod v4 core: `schema._zod`). */
interface Internals {
  def: Record<string, unknown> & { type: string; checks?: readonly Check[] };
  traits: ReadonlySet<string>;
  optin?: string;
  optout?: string;
  values?: ReadonlySet<unknown>;
}
interface Check {
  _zod: { def: { when?: (payload: { value: unknown; issues: unknown[] }) => boolean }; check: (payload: { value: unknown; issues: unknown[] }) => unknown };
}
type Schema = { _zod: Internals };
/**
 * What compileParser takes: any zod schema. Typed by the one property it reads first, not as
 * `z.ZodType`: relating a large schema's inferred type to `z.ZodType` structurally cost the type-check
 * ~2 s (30,000 types) wherever it was called with OutputSchema.
 */
type SchemaLike = { readonly _zod: { readonly def: { readonly type: string } } };

class Unsupported extends Error {}

/** Whether the compilation in progress generates code for objects (off: the loop; for the tests). */
let generate = true;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** zod's util.isPlainObject (a record's input). */
function isPlainObject(o: unknown): o is Record<string, unknown> {
  if (!isObject(o)) return false;
  const ctor = (o as { constructor?: unknown }).constructor;
  if (ctor === undefined || typeof ctor !== "function") return true;
  const prot = (ctor as { prototype?: unknown }).prototype;
  if (!isObject(prot)) return false;
  return Object.prototype.hasOwnProperty.call(prot, "isPrototypeOf");
}

/** The schema's checks as zod runs them: a schema that is itself a check (`z.int()`) first. */
function checksOf(s: Schema): readonly Check[] {
  const own = s._zod.def.checks ?? [];
  return s._zod.traits.has("$ZodCheck") ? [s as unknown as Check, ...own] : [...own];
}

/** zod's util.NUMBER_FORMAT_RANGES (the number formats' inclusive bounds). */
const NUMBER_FORMAT_RANGES: Readonly<Record<string, readonly [number, number]>> = {
  safeint: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
  int32: [-2147483648, 2147483647],
  uint32: [0, 4294967295],
  float32: [-3.4028234663852886e38, 3.4028234663852886e38],
  float64: [-Number.MAX_VALUE, Number.MAX_VALUE],
};

/**
 * A check as a predicate on a value of its leaf's type: the common checks written out as zod's
 * check functions decide them (checks.js: number formats, greater / less than, a string pattern),
 * any other one by running zod's check and looking for an issue.
 */
function predicate(c: Check): (v: unknown) => boolean {
  const own = c._zod.def.when ? null : writtenOut(c);
  if (own) return own;
  // Any other check: zod's function, after its condition (`when`, as zod's min-length checks
  // have) — asked as zod asks it on a value whose type test and earlier checks passed: no issues yet.
  const when = c._zod.def.when;
  return (v) => {
    const payload = { value: v, issues: [] as unknown[] };
    if (when && !when(payload)) return true;
    const r = c._zod.check(payload);
    if (r instanceof Promise) throw new Error("compiled parser: asynchronous check");
    return payload.issues.length === 0;
  };
}

/** The checks written out here (as zod's checks.js decides them), or null. */
function writtenOut(c: Check): ((v: unknown) => boolean) | null {
  const d = c._zod.def as { check?: string; format?: string; value?: unknown; inclusive?: boolean; pattern?: RegExp };
  if (d.check === "number_format" && typeof d.format === "string" && NUMBER_FORMAT_RANGES[d.format]) {
    const [min, max] = NUMBER_FORMAT_RANGES[d.format]!;
    if (d.format.includes("int")) return (v) => Number.isSafeInteger(v) && (v as number) >= min && (v as number) <= max;
    return (v) => (v as number) >= min && (v as number) <= max;
  }
  if ((d.check === "greater_than" || d.check === "less_than") && typeof d.value === "number") {
    const bound = d.value;
    if (d.check === "greater_than") return d.inclusive ? (v) => (v as number) >= bound : (v) => (v as number) > bound;
    return d.inclusive ? (v) => (v as number) <= bound : (v) => (v as number) < bound;
  }
  if (d.check === "string_format" && d.format === "regex" && d.pattern instanceof RegExp) {
    const pattern = d.pattern;
    return (v) => {
      pattern.lastIndex = 0;
      return pattern.test(v as string);
    };
  }
  return null;
}

/** A leaf: its type test, then its checks on the value; the value itself is the result. */
function leaf(test: (v: unknown) => boolean, checks: readonly Check[]): Parser {
  const preds = checks.map(predicate);
  if (preds.length === 0) return (v) => (test(v) ? v : FAIL);
  if (preds.length === 1) {
    const p = preds[0]!;
    return (v) => (test(v) && p(v) ? v : FAIL);
  }
  if (preds.length === 2) {
    const [p, q] = preds as [(v: unknown) => boolean, (v: unknown) => boolean];
    return (v) => (test(v) && p(v) && q(v) ? v : FAIL);
  }
  return (v) => (test(v) && preds.every((p) => p(v)) ? v : FAIL);
}

/** Containers: their own checks (array lengths and the like) are not compiled. */
function noChecks(s: Schema): void {
  if (checksOf(s).length > 0) throw new Unsupported(`checks on ${s._zod.def.type}`);
}

function compile(s: Schema, seen: Set<Schema>): Parser {
  if (seen.has(s)) throw new Unsupported("recursive schema");
  seen.add(s);
  try {
    return compileNode(s, seen);
  } finally {
    seen.delete(s);
  }
}

function compileNode(s: Schema, seen: Set<Schema>): Parser {
  const def = s._zod.def;
  if (def["coerce"]) throw new Unsupported("coercion");
  switch (def.type) {
    case "string":
      return leaf((v) => typeof v === "string", checksOf(s));
    case "number":
      return leaf((v) => typeof v === "number" && Number.isFinite(v), checksOf(s));
    case "boolean":
      return leaf((v) => typeof v === "boolean", checksOf(s));
    case "literal": {
      const values = new Set(def["values"] as readonly unknown[]);
      return leaf((v) => values.has(v), checksOf(s));
    }
    case "enum": {
      const values = s._zod.values;
      if (!values) throw new Unsupported("enum without values");
      return leaf((v) => values.has(v), checksOf(s));
    }
    case "nullable": {
      noChecks(s);
      const inner = compile(def["innerType"] as Schema, seen);
      return (v) => (v === null ? null : inner(v));
    }
    case "optional": {
      noChecks(s);
      const innerSchema = def["innerType"] as Schema;
      if (innerSchema._zod.optin === "defaulted") throw new Unsupported("optional default");
      const inner = compile(innerSchema, seen);
      return (v) => (v === undefined ? undefined : inner(v));
    }
    case "array": {
      noChecks(s);
      const element = compile(def["element"] as Schema, seen);
      return (v) => {
        if (!Array.isArray(v)) return FAIL;
        const out = new Array(v.length);
        for (let i = 0; i < v.length; i++) {
          const r = element(v[i]);
          if (r === FAIL) return FAIL;
          out[i] = r;
        }
        return out;
      };
    }
    case "tuple": {
      noChecks(s);
      if (def["rest"]) throw new Unsupported("tuple rest");
      const itemSchemas = def["items"] as readonly Schema[];
      if (itemSchemas.some((i) => i._zod.optin !== undefined || i._zod.optout !== undefined)) throw new Unsupported("optional tuple item");
      const items = itemSchemas.map((i) => compile(i, seen));
      return (v) => {
        if (!Array.isArray(v) || v.length !== items.length) return FAIL;
        const out: unknown[] = [];
        for (let i = 0; i < items.length; i++) {
          const r = items[i]!(v[i]);
          if (r === FAIL) return FAIL;
          out.push(r);
        }
        return out;
      };
    }
    case "record": {
      noChecks(s);
      const keyType = def["keyType"] as Schema;
      // Keys of any string: the key schema is a bare z.string() (no checks, no values, no coercion).
      if (keyType._zod.def.type !== "string" || checksOf(keyType).length > 0 || keyType._zod.def["coerce"] || def["mode"]) throw new Unsupported("record key type");
      const value = compile(def["valueType"] as Schema, seen);
      return (v) => {
        if (!isPlainObject(v)) return FAIL;
        const out: Record<string, unknown> = {};
        for (const key of Reflect.ownKeys(v)) {
          if (typeof key !== "string") return FAIL; // a symbol key: zod's run decides
          if (key === "__proto__" || !Object.prototype.propertyIsEnumerable.call(v, key)) continue;
          const r = value(v[key]);
          if (r === FAIL) return FAIL;
          out[key] = r;
        }
        return out;
      };
    }
    case "object": {
      noChecks(s);
      if (def["catchall"]) throw new Unsupported("object catchall");
      const shape = def["shape"] as Record<string, Schema>;
      const keys = Object.keys(shape).filter((k) => k !== "__proto__");
      if (Object.getOwnPropertySymbols(shape).length > 0) throw new Unsupported("symbol keys");
      const optional = keys.map((k) => {
        const { optin, optout } = shape[k]!._zod;
        if (optin === undefined && optout === undefined) return false;
        if (optin === "optional" && optout === "optional") return true;
        throw new Unsupported(`key ${k}: optin ${optin}, optout ${optout}`);
      });
      const parsers = keys.map((k) => compile(shape[k]!, seen));
      return (generate ? generatedObject(keys, optional, parsers) : null) ?? loopObject(keys, optional, parsers);
    }
    case "union": {
      noChecks(s);
      const options = def["options"] as readonly Schema[];
      const discriminator = def["discriminator"] as string | undefined;
      if (discriminator === undefined) {
        const parsers = options.map((o) => compile(o, seen));
        return (v) => {
          for (const p of parsers) {
            const r = p(v);
            if (r !== FAIL) return r;
          }
          return FAIL;
        };
      }
      if (def["unionFallback"]) throw new Unsupported("union fallback");
      const byTag = new Map<unknown, Parser>();
      for (const o of options) {
        if (o._zod.def.type !== "object") throw new Unsupported("discriminated option");
        const tag = (o._zod.def["shape"] as Record<string, Schema>)[discriminator];
        const values = tag?._zod.values;
        if (!values) throw new Unsupported("discriminator without values");
        const p = compile(o, seen);
        for (const t of values) {
          if (byTag.has(t)) throw new Unsupported("duplicate discriminator value");
          byTag.set(t, p);
        }
      }
      return (v) => {
        if (!isObject(v)) return FAIL;
        const tag = v[discriminator];
        if (tag === undefined) return FAIL;
        const p = byTag.get(tag);
        return p ? p(v) : FAIL;
      };
    }
    default:
      throw new Unsupported(`schema type ${def.type}`);
  }
}

/**
 * An object's parser as code of its own, each key read by name (`v["page"]`): a property load per
 * key that V8 caches for the shapes it meets, where a loop over the keys reads every key of every
 * object at one megamorphic site (~2× slower on the output). Null where code cannot be generated
 * (a host that forbids `new Function`); then the loop.
 */
function generatedObject(keys: readonly string[], optional: readonly boolean[], parsers: readonly Parser[]): Parser | null {
  const lines = ["if (typeof v !== 'object' || v === null || Array.isArray(v)) return FAIL;", "const out = {};", "let r;"];
  keys.forEach((k, i) => {
    const key = JSON.stringify(k);
    const read = `r = p[${i}](v[${key}]); if (r === FAIL) return FAIL; out[${key}] = r;`;
    lines.push(optional[i] ? `if (${key} in v) { ${read} }` : `if (!(${key} in v)) return FAIL; ${read}`);
  });
  lines.push("return out;");
  try {
    // eslint-disable-next-line @typescript-eslint/no-implied-eval
    const make = new Function("FAIL", "p", `return function parseObject(v) {\n${lines.join("\n")}\n};`) as (fail: typeof FAIL, p: readonly Parser[]) => Parser;
    return make(FAIL, parsers);
  } catch {
    return null;
  }
}

/** An object's parser as a loop over its keys (where code cannot be generated). */
function loopObject(keys: readonly string[], optional: readonly boolean[], parsers: readonly Parser[]): Parser {
  const n = keys.length;
  return (v) => {
    if (!isObject(v)) return FAIL;
    const out: Record<string, unknown> = {};
    for (let i = 0; i < n; i++) {
      const k = keys[i]!;
      if (!(k in v)) {
        if (optional[i]) continue;
        return FAIL;
      }
      const r = parsers[i]!(v[k]);
      if (r === FAIL) return FAIL;
      out[k] = r;
    }
    return out;
  };
}

/** The schema compiled, or null when it uses a kind this file does not follow (then use zod). */
export function compileParser(schema: SchemaLike, options: { generate?: boolean } = {}): Parser | null {
  try {
    generate = options.generate ?? true;
    return compile(schema as unknown as Schema, new Set());
  } catch (e) {
    if (e instanceof Unsupported) return null;
    throw e;
  }
}

/**
 * `schema.safeParse(value)` with the compiled parser in front: its result when it accepts the
 * value, zod's answer otherwise (the same data on success, zod's issues on failure).
 */
export function fastSafeParser<S extends z.ZodType>(schema: S): (value: unknown) => ReturnType<S["safeParse"]> {
  const parser = compileParser(schema);
  return (value) => {
    if (parser) {
      const r = parser(value);
      if (r !== FAIL) return { success: true, data: r } as ReturnType<S["safeParse"]>;
    }
    return schema.safeParse(value) as ReturnType<S["safeParse"]>;
  };
}
