import { realpath, stat } from "node:fs/promises";
import { basename, isAbsolute, join, relative, resolve } from "node:path";
import { glob, isDynamicPattern } from "tinyglobby";

/** Extensions a folder walk or a glob picks up. Content decides the format; these only select files. */
export const INPUT_EXTENSIONS = ["pdf", "txt", "md", "markdown", "text"] as const;
const EXTENSION_GLOB = `**/*.{${INPUT_EXTENSIONS.join(",")}}`;

export interface BatchInput {
  /** Absolute path: what the worker reads. */
  abs: string;
  /** Path relative to the argument that found it ("/" separators): the output name mirrors it. */
  rel: string;
  /** The path as a user recognises it: relative to the working directory when inside it. */
  display: string;
}

export interface CollectedInputs {
  inputs: BatchInput[];
  /** Arguments that matched nothing (a missing path, an empty folder, a glob with no match). */
  unmatched: string[];
}

const toPosix = (p: string) => p.split("\\").join("/");

function displayPath(abs: string, cwd: string): string {
  const rel = relative(cwd, abs);
  return rel && !rel.startsWith("..") && !isAbsolute(rel) ? toPosix(rel) : toPosix(abs);
}

/** The leading segments of a glob without magic: globbing starts there and names are relative to it. */
export function globBase(pattern: string): { base: string; rest: string } {
  const parts = toPosix(pattern).split("/");
  const fixed: string[] = [];
  while (parts.length > 1 && !isDynamicPattern(parts[0]!)) fixed.push(parts.shift()!);
  const base = fixed.length === 0 ? "." : fixed.join("/") === "" ? "/" : fixed.join("/");
  return { base, rest: parts.join("/") };
}

function hasInputExtension(path: string): boolean {
  const ext = path.toLowerCase().split(".").pop() ?? "";
  return (INPUT_EXTENSIONS as readonly string[]).includes(ext);
}

/**
 * Sorted paths under `base`, without a file reached twice (directly and through a symlinked
 * folder): of such copies the shortest path is kept, and that is what the output name mirrors.
 */
async function withoutSymlinkCopies(base: string, paths: readonly string[]): Promise<string[]> {
  const depth = (p: string) => p.split("/").length;
  const shortestFirst = [...paths].sort((a, b) => depth(a) - depth(b) || (a < b ? -1 : a > b ? 1 : 0));
  const kept = new Map<string, string>();
  for (const p of shortestFirst) {
    const key = await realpath(join(base, p)).catch(() => join(base, p));
    if (!kept.has(key)) kept.set(key, p);
  }
  return [...kept.values()].sort();
}

/**
 * Expand the command line's files, folders and globs into documents, in argument order and sorted
 * within each argument. Folders are walked recursively for INPUT_EXTENSIONS (hidden files skipped);
 * globs keep only INPUT_EXTENSIONS too; a file named explicitly is taken whatever its extension.
 * A path that does not exist is returned as an input anyway, so it is reported (IO_ERROR) like any
 * unreadable document instead of stopping the batch. Each absolute path appears once.
 */
export async function collectInputs(args: readonly string[], cwd: string = process.cwd()): Promise<CollectedInputs> {
  const inputs: BatchInput[] = [];
  const unmatched: string[] = [];
  // Keyed by real path: a symlinked folder (even one pointing back up the tree) adds no duplicates.
  const seen = new Set<string>();
  const add = async (abs: string, rel: string) => {
    const key = await realpath(abs).catch(() => abs);
    if (seen.has(key)) return;
    seen.add(key);
    inputs.push({ abs, rel: toPosix(rel), display: displayPath(abs, cwd) });
  };
  for (const arg of args) {
    const abs = resolve(cwd, arg);
    const st = await stat(abs).catch(() => null);
    if (st?.isDirectory()) {
      const found = await glob(EXTENSION_GLOB, { cwd: abs, caseSensitiveMatch: false, onlyFiles: true });
      if (found.length === 0) unmatched.push(arg);
      for (const rel of await withoutSymlinkCopies(abs, found)) await add(join(abs, rel), rel);
    } else if (st) {
      await add(abs, basename(abs));
    } else if (isDynamicPattern(toPosix(arg))) {
      const { base, rest } = globBase(arg);
      const baseAbs = resolve(cwd, base);
      const found = (await glob(rest, { cwd: baseAbs, onlyFiles: true })).filter(hasInputExtension);
      if (found.length === 0) unmatched.push(arg);
      for (const rel of await withoutSymlinkCopies(baseAbs, found)) await add(join(baseAbs, rel), rel);
    } else {
      unmatched.push(arg);
      await add(abs, basename(abs));
    }
  }
  return { inputs, unmatched };
}
