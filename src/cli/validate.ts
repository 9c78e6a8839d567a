import { readFile, stat } from "node:fs/promises";
import { relative, resolve } from "node:path";
import { glob, isDynamicPattern } from "tinyglobby";
import { OutputSchema } from "../model/output.js";
import { oneLine, printablePath } from "./printable.js";

/** Issues listed per invalid document; the rest are counted. */
const MAX_ISSUES_SHOWN = 10;

export interface ValidationResult {
  files: number;
  invalid: number;
  lines: Array<{ text: string; invalid: boolean }>;
}

/**
 * Files, folders (walked for .json/.jsonl, skipping manifest.jsonl) and globs → files to check,
 * named as given (relative to `cwd` when the argument was).
 */
async function expand(args: readonly string[], cwd: string): Promise<Array<{ abs: string; shown: string }>> {
  const files: Array<{ abs: string; shown: string }> = [];
  const add = (abs: string) => files.push({ abs, shown: relative(cwd, abs).startsWith("..") ? abs : relative(cwd, abs) });
  for (const arg of args) {
    const abs = resolve(cwd, arg);
    const st = await stat(abs).catch(() => null);
    if (st?.isDirectory()) {
      for (const f of (await glob("**/*.{json,jsonl}", { cwd: abs, ignore: ["**/manifest.jsonl"] })).sort()) add(resolve(abs, f));
    } else if (!st && isDynamicPattern(arg)) for (const f of (await glob(arg, { cwd, absolute: true })).sort()) add(f);
    else files.push({ abs, shown: arg });
  }
  return files;
}

/** Check one JSON document; returns human-readable issues ("path: message"), empty when valid. */
export function validateDocument(text: string): string[] {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return [`not JSON: ${(e as Error).message}`];
  }
  const parsed = OutputSchema.safeParse(json);
  if (parsed.success) return [];
  const issues = parsed.error.issues.map((i) => `${i.path.length ? i.path.join(".") : "(root)"}: ${i.message}`);
  return issues.length > MAX_ISSUES_SHOWN ? [...issues.slice(0, MAX_ISSUES_SHOWN), `… and ${issues.length - MAX_ISSUES_SHOWN} more`] : issues;
}

/** Validate .json files (one document) and .jsonl files (one document per line) against the schema. */
export async function validateFiles(args: readonly string[], cwd: string = process.cwd()): Promise<ValidationResult> {
  const result: ValidationResult = { files: 0, invalid: 0, lines: [] };
  for (const { abs, shown: file } of await expand(args, cwd)) {
    result.files++;
    let text: string;
    try {
      text = await readFile(abs, "utf8");
    } catch (e) {
      result.invalid++;
      result.lines.push({ text: `invalid ${printablePath(file)}: cannot read: ${oneLine((e as Error).message)}`, invalid: true });
      continue;
    }
    const docs = file.endsWith(".jsonl")
      ? text.split("\n").flatMap((l, i) => (l.trim() ? [{ where: `${printablePath(file)}:${i + 1}`, text: l }] : []))
      : [{ where: printablePath(file), text }];
    let bad = false;
    for (const d of docs) {
      const issues = validateDocument(d.text);
      if (issues.length === 0) continue;
      bad = true;
      result.lines.push({ text: `invalid ${d.where}`, invalid: true });
      for (const i of issues) result.lines.push({ text: `  ${oneLine(i)}`, invalid: true });
    }
    if (bad) result.invalid++;
    else result.lines.push({ text: `ok      ${printablePath(file)}`, invalid: false });
  }
  return result;
}
