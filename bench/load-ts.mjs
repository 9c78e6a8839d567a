// Load the test-support generators (TypeScript) from plain Node: transpile them with the project's
// own TypeScript into node_modules/.cache, keeping their relative layout so imports resolve.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import ts from "typescript";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const CACHE = join(ROOT, "node_modules", ".cache", "compacts-bench");

/** Transpile `files` (paths relative to the repo root) and import the first one. */
export async function importTs(...files) {
  for (const file of files) {
    const source = readFileSync(join(ROOT, file), "utf8");
    const out = ts.transpileModule(source, {
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, verbatimModuleSyntax: true },
      fileName: file,
    }).outputText;
    const target = join(CACHE, file.replace(/\.ts$/, ".js"));
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, out);
  }
  return import(pathToFileURL(join(CACHE, files[0].replace(/\.ts$/, ".js"))).href);
}

export { ROOT, CACHE, relative };
