/**
 * One extracted output scored against its truth by the project's scorer (test/support/score.mjs,
 * the same as ../shared/score.mjs): the output is written to `outFile` and the scorer's JSON report
 * returned. Used by the OCR, OCR-layout and searchable-PDF score scripts.
 */
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const SCORER = join(resolve(dirname(fileURLToPath(import.meta.url)), ".."), "test", "support", "score.mjs");

export function scoreOutput(out, truthPath, outFile) {
  writeFileSync(outFile, JSON.stringify(out));
  let stdout;
  try {
    stdout = execFileSync(process.execPath, [SCORER, outFile, truthPath, "--json"], { encoding: "utf8", maxBuffer: 1 << 26 });
  } catch (e) {
    stdout = e.stdout; // exit 1: a --min bar (none given here); the report is still printed
  }
  return JSON.parse(stdout.slice(0, stdout.lastIndexOf("}") + 1));
}
