/**
 * The command line every generator since corpus15 has (corpus15–19): the flags `--check`,
 * `--only=id,…`, `--features` and `--truth`, the corpus's folders, and the three modes that draw the
 * plan and exit before anything is printed (scripts/corpus/harness.mjs does each). A generator is
 * then its banks, its design (the draw of a document, its layouts, truth and manifest entry) and
 * the print of its producers:
 *
 *   const { HERE, OUT, ONLY } = generatorArgs(import.meta.url, 19);
 *   const docs = plan();
 *   runModes(OUT, 19, docs, { truthOf, manifestEntry, more });   // exits under --features, --truth, --check
 *   … print `docs` (only `ONLY` when given) and write the manifest
 */
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { refuseUnknownFlags } from "./args.mjs";
import { checkDocuments, featureReport, rewriteTruth } from "./harness.mjs";

/** The flags every such generator reads (one may name more: `generatorArgs`'s `more`). */
const FLAGS = ["--check", "--only", "--features", "--truth"];

/**
 * A generator's folders and flags: `HERE` its own folder, `ROOT` the repository, `OUT` test/corpus<n>,
 * `CHECK` whether `--check` was given, `ONLY` the ids of `--only=` (undefined without it). Refuses an
 * unknown flag first (scripts/corpus/args.mjs), when the generator is the script being run.
 */
export function generatorArgs(moduleUrl, n, more = []) {
  refuseUnknownFlags(moduleUrl, [...FLAGS, ...more]);
  const HERE = dirname(fileURLToPath(moduleUrl));
  const ROOT = join(HERE, "..", "..");
  return {
    HERE, ROOT, OUT: join(ROOT, "test", `corpus${n}`),
    CHECK: process.argv.includes("--check"),
    ONLY: process.argv.find((a) => a.startsWith("--only="))?.slice(7).split(","),
  };
}

/**
 * `--features`, `--truth`, `--check` on the drawn plan, in that order: the first given runs and exits
 * the process (harness.mjs's featureReport, rewriteTruth, checkDocuments; `check` are checkDocuments'
 * further options, e.g. `more`). Without any of them it returns and the generator prints.
 */
export function runModes(out, n, docs, { truthOf, manifestEntry, ...check }) {
  if (process.argv.includes("--features")) featureReport(docs, n, { truthOf, manifestEntry });
  if (process.argv.includes("--truth")) rewriteTruth(out, docs, { truthOf, manifestEntry });
  if (process.argv.includes("--check")) checkDocuments(out, docs, { truthOf, manifestEntry, ...check });
}
