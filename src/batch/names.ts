import { createHash } from "node:crypto";
import { resolve, sep } from "node:path";

/**
 * Output names. The rule (docs/batch.md): an input's path relative to the argument that found it
 * (the folder walked, the static part of a glob, or just the file name for a file argument) is
 * mirrored under the output folder with its extension replaced by ".json", as the contract says
 * (`output/<name>.json`): `archive/2008/dfs.pdf` → `2008/dfs.json`. Inputs that collide (`x.pdf`
 * beside `x.txt`, the same relative path under two arguments, or names that differ only in case,
 * which collide on macOS/Windows) all get a short hash of their absolute path before ".json".
 */

export const OUTPUT_SUFFIX = ".json";
/** Characters Windows forbids in names, plus controls: replaced so an archive copied anywhere still works. */
const UNSAFE_CHARS = /[<>:"|?*\\\u0000-\u001f\u007f]/g;
/** Windows device names are reserved whatever their extension. */
const RESERVED_NAMES = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\.|$)/i;
/** Longest segment kept verbatim; common file systems allow 255 bytes, and we append a hash and ".json". */
const MAX_SEGMENT_CHARS = 120;
/** Hex digits of the path hash that disambiguates collisions: 8 gives 1 in 4 billion per pair. */
const HASH_CHARS = 8;

function shortHash(s: string): string {
  return createHash("sha256").update(s).digest("hex").slice(0, HASH_CHARS);
}

/** Make one path segment safe: never ".", "..", hidden, reserved, or too long. */
export function sanitizeSegment(segment: string): string {
  let s = segment.normalize("NFC").replace(UNSAFE_CHARS, "_").replace(/[. ]+$/, "");
  // A leading dot would hide the file and could mimic our temp-file prefix (.compacts-tmp-).
  s = s.replace(/^\.+/, (dots) => "_".repeat(dots.length));
  if (s === "") s = "_";
  if (RESERVED_NAMES.test(s)) s = `_${s}`;
  if (s.length > MAX_SEGMENT_CHARS) s = `${s.slice(0, MAX_SEGMENT_CHARS)}~${shortHash(segment)}`;
  return s;
}

/** A relative input path (either separator) → safe relative output name with "/" separators. */
export function outputNameFor(relPath: string): string {
  const segments = relPath
    .split(/[\\/]+/)
    .filter((s) => s !== "" && s !== "." && s !== "..")
    .map(sanitizeSegment);
  if (segments.length === 0) segments.push("_");
  const last = segments.length - 1;
  // Drop the extension ("dfs.pdf" → "dfs"), but keep a name that is nothing but one (".txt" → "_txt").
  segments[last] = segments[last]!.replace(/(?<=.)\.[^.]*$/, "");
  return segments.join("/") + OUTPUT_SUFFIX;
}

function withHash(name: string, absPath: string): string {
  return name.slice(0, -OUTPUT_SUFFIX.length) + `.${shortHash(absPath)}` + OUTPUT_SUFFIX;
}

/** Collision key: case-insensitive, because the output may live on a case-insensitive file system. */
const collisionKey = (name: string) => name.toLowerCase();

/**
 * Output names for a batch, in input order. Every name is unique (case-insensitively) and stays
 * inside the output folder; a name depends only on its own input and on which inputs collide.
 */
export function assignOutputNames(inputs: ReadonlyArray<{ abs: string; rel: string }>): string[] {
  const names = inputs.map((i) => outputNameFor(i.rel));
  const count = new Map<string, number>();
  for (const n of names) count.set(collisionKey(n), (count.get(collisionKey(n)) ?? 0) + 1);
  const out = names.map((n, i) => ((count.get(collisionKey(n)) ?? 0) > 1 ? withHash(n, inputs[i]!.abs) : n));
  // A hashed name could in theory meet an unhashed one; a second pass keeps the promise absolute.
  const seen = new Set<string>();
  return out.map((n, i) => {
    let name = n;
    for (let k = 1; seen.has(collisionKey(name)); k++) name = withHash(n, `${inputs[i]!.abs}#${k}`);
    seen.add(collisionKey(name));
    return name;
  });
}

/** True when `name` resolves to a path strictly inside `outDir` (the last line of defence). */
export function isInside(outDir: string, name: string): boolean {
  const root = resolve(outDir);
  const target = resolve(root, name);
  return target.startsWith(root + sep);
}
