import { readdir, realpath, stat } from "node:fs/promises";
import { basename, isAbsolute, join, relative, resolve, sep } from "node:path";
import { glob, isDynamicPattern } from "tinyglobby";

/** Extensions a folder walk or a glob picks up. Content decides the format; these only select files. */
export const INPUT_EXTENSIONS = ["pdf", "txt", "md", "markdown", "text"] as const;

export interface BatchInput {
  /** Absolute path: what the worker reads. */
  abs: string;
  /** Path relative to the argument that found it ("/" separators): the output name mirrors it. */
  rel: string;
  /** The path as a user recognises it: relative to the working directory when inside it. */
  display: string;
  /** Set when the walk could not read this path (a folder without permission, a symlink loop): recorded as IO_ERROR, never converted. */
  unreadable?: string;
}

export interface CollectOptions {
  /** Follow directory symlinks wherever they point (default: only to folders inside the input roots). */
  followSymlinks?: boolean;
}

export interface CollectedInputs {
  inputs: BatchInput[];
  /** Arguments that matched nothing (a missing path, an empty folder, a glob with no match). */
  unmatched: string[];
  /** Directory symlinks not followed because they lead outside the input roots (display paths). */
  notFollowed: string[];
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

function isWithin(root: string, path: string): boolean {
  return path === root || path.startsWith(root.endsWith(sep) ? root : root + sep);
}

interface Walked {
  /** Paths relative to the walked folder ("/" separators). */
  files: string[];
  unreadable: Array<{ rel: string; message: string }>;
  notFollowed: string[];
}

function errorText(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  if (err.code === "EACCES" || err.code === "EPERM") return "permission denied";
  if (err.code === "ELOOP") return "symbolic link loop";
  if (err.code === "ENOENT") return "dangling symbolic link";
  return err.message ?? String(e);
}

/**
 * Walk `root` for INPUT_EXTENSIONS, skipping hidden entries. Every folder that cannot be listed,
 * and every link named like a document that cannot be resolved, is reported (never skipped
 * silently). A directory symlink is followed only when its target is inside one of `roots` (unless
 * `followAll`), and never into a folder already on the current path (a loop).
 */
async function walk(root: string, roots: readonly string[], followAll: boolean): Promise<Walked> {
  const out: Walked = { files: [], unreadable: [], notFollowed: [] };
  const visit = async (dir: string, rel: string, ancestors: ReadonlySet<string>): Promise<void> => {
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (e) {
      out.unreadable.push({ rel: rel || ".", message: `cannot read the folder: ${errorText(e)}` });
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      if (e.name.startsWith(".")) continue;
      const abs = join(dir, e.name);
      const childRel = rel ? `${rel}/${e.name}` : e.name;
      let isDir = e.isDirectory();
      let isFile = e.isFile();
      if (e.isSymbolicLink()) {
        const st = await stat(abs).catch((err: unknown) => err as NodeJS.ErrnoException);
        if (st instanceof Error) {
          if (hasInputExtension(e.name) || st.code === "ELOOP") out.unreadable.push({ rel: childRel, message: `cannot read: ${errorText(st)}` });
          continue;
        }
        isDir = st.isDirectory();
        isFile = st.isFile();
      }
      if (isDir) {
        const real = await realpath(abs).catch(() => null);
        if (real === null) {
          out.unreadable.push({ rel: childRel, message: "cannot resolve the folder" });
          continue;
        }
        if (ancestors.has(real)) continue; // a link back up the tree: its files are being walked already
        if (e.isSymbolicLink() && !followAll && !roots.some((r) => isWithin(r, real))) {
          out.notFollowed.push(abs);
          continue;
        }
        await visit(abs, childRel, new Set([...ancestors, real]));
      } else if (isFile && hasInputExtension(e.name)) out.files.push(childRel);
    }
  };
  const rootReal = await realpath(root).catch(() => root);
  await visit(root, "", new Set([rootReal]));
  return out;
}

/**
 * Sorted paths under `base`, without a file reached twice (directly and through a symlinked
 * folder): of such copies the one not passing through a symlink is kept, else the shortest, and
 * that is what the output name mirrors.
 */
async function withoutSymlinkCopies(base: string, paths: readonly string[]): Promise<string[]> {
  const realBase = await realpath(base).catch(() => base);
  const keyed = await Promise.all(
    paths.map(async (p) => {
      const real = await realpath(join(base, p)).catch(() => join(base, p));
      return { p, real, viaLink: real !== join(realBase, p) ? 1 : 0, depth: p.split("/").length };
    }),
  );
  keyed.sort((a, b) => a.viaLink - b.viaLink || a.depth - b.depth || (a.p < b.p ? -1 : a.p > b.p ? 1 : 0));
  const kept = new Map<string, string>();
  for (const k of keyed) if (!kept.has(k.real)) kept.set(k.real, k.p);
  return [...kept.values()].sort();
}

/**
 * Expand the command line's files, folders and globs into documents, in argument order and sorted
 * within each argument. Folders are walked recursively for INPUT_EXTENSIONS (hidden files skipped);
 * globs keep only INPUT_EXTENSIONS too; a file named explicitly is taken whatever its extension.
 * A path that does not exist is returned as an input anyway, so it is reported (IO_ERROR) like any
 * unreadable document instead of stopping the batch; so is every folder a walk cannot list and
 * every link it cannot resolve (marked `unreadable`). Folder symlinks are followed only into the
 * folders (and glob bases) on the command line unless `followSymlinks`. Each absolute path appears once.
 */
export async function collectInputs(args: readonly string[], cwd: string = process.cwd(), options: CollectOptions = {}): Promise<CollectedInputs> {
  const inputs: BatchInput[] = [];
  const unmatched: string[] = [];
  const notFollowed: string[] = [];
  // Folders named on the command line (real paths): directory symlinks are followed only into them.
  const roots: string[] = [];
  for (const arg of args) {
    const abs = resolve(cwd, arg);
    const real = (await stat(abs).catch(() => null))?.isDirectory() ? await realpath(abs).catch(() => null) : null;
    if (real !== null) roots.push(real);
    else if (isDynamicPattern(toPosix(arg))) roots.push(await realpath(resolve(cwd, globBase(arg).base)).catch(() => resolve(cwd, globBase(arg).base)));
  }
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
      const walked = await walk(abs, roots, options.followSymlinks ?? false);
      if (walked.files.length === 0 && walked.unreadable.length === 0) unmatched.push(arg);
      for (const rel of await withoutSymlinkCopies(abs, walked.files)) await add(join(abs, rel), rel);
      for (const u of walked.unreadable) {
        const uAbs = join(abs, u.rel);
        if (seen.has(uAbs)) continue; // named by two arguments
        seen.add(uAbs);
        inputs.push({ abs: uAbs, rel: u.rel === "." ? basename(abs) : u.rel, display: displayPath(uAbs, cwd), unreadable: u.message });
      }
      notFollowed.push(...walked.notFollowed.map((p) => displayPath(p, cwd)));
    } else if (st) {
      await add(abs, basename(abs));
    } else if (isDynamicPattern(toPosix(arg))) {
      const { base, rest } = globBase(arg);
      const baseAbs = resolve(cwd, base);
      // Globs do not follow directory symlinks unless asked (tinyglobby cannot report what it skips).
      const found = (await glob(rest, { cwd: baseAbs, onlyFiles: true, followSymbolicLinks: options.followSymlinks ?? false })).filter(hasInputExtension);
      if (found.length === 0) unmatched.push(arg);
      for (const rel of await withoutSymlinkCopies(baseAbs, found)) await add(join(baseAbs, rel), rel);
    } else {
      unmatched.push(arg);
      await add(abs, basename(abs));
    }
  }
  return { inputs, unmatched, notFollowed };
}
