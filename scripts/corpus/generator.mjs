/**
 * The command line every generator since corpus15 has (corpus15–20): the flags `--check` (with
 * `--splits=a,b`: only those splits' documents, scripts/corpus/args.mjs),
 * `--only=id,…`, `--features` and `--truth`, the corpus's folders, and the three modes that draw the
 * plan and exit before anything is printed (scripts/corpus/harness.mjs does each). A generator is
 * then its banks, its design (the draw of a document, its layouts, truth and manifest entry) and
 * the print of its producers:
 *
 *   const { HERE, OUT, ONLY } = generatorArgs(import.meta.url, 19);
 *   const docs = plan();
 *   runModes(OUT, 19, docs, { truthOf, manifestEntry, more });   // exits under --features, --truth, --check
 *   … print `docs` (only `ONLY` when given) and write the manifest
 *
 * and the validation draw's flags every generator with a draw reads (corpora 8, 11, 13–16, 18–20):
 * `validationDraw(n, { seed })` → null or `{ seed, split, id(i) }` for `--seed S --split val<n>`
 * (test/corpus/README.md, "Validation draws").
 */
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { refuseUnknownFlags } from "./args.mjs";
import { checkDocuments, featureReport, rewriteTruth } from "./harness.mjs";

/** The flags every such generator reads (one may name more: `generatorArgs`'s `more`). */
const FLAGS = ["--check", "--splits", "--only", "--features", "--truth"];

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

/**
 * The value of `--name V` or `--name=V` in `argv` (the arguments after the script), or undefined
 * when the flag is absent; "" when it is the last argument, with no value after it. A flag given
 * twice: its first occurrence.
 */
export function flagValue(name, argv = process.argv.slice(2)) {
  const k = argv.findIndex((a) => a === name || a.startsWith(`${name}=`));
  if (k < 0) return undefined;
  return argv[k] === name ? argv[k + 1] ?? "" : argv[k].slice(name.length + 1);
}

/** The id of a validation draw's `i`-th document (from 0) of corpus `n`: `v<n>-001`, `v<n>-002`, … */
export const drawId = (n, i) => `v${n}-${String(i + 1).padStart(3, "0")}`;

/**
 * The id of the `i`-th document (from 0) of the validation split `split` (`val<n>`, `val<n>b`…)
 * where several draws share one manifest (corpora 11, 14 and 20; the harness finds an entry by its
 * id) and, in corpus20, one source folder: the split's letter goes into the id, `val20` → `v20-001`
 * (drawId's, so a first draw keeps its names), `val20b` → `v20b-001`, so a second draw neither takes
 * the first one's ids nor overwrites its files. Written twice in session 35 (h-v20b, h-v1114), folded.
 */
export const splitDrawId = (split, i) => `v${split.replace(/^val/, "")}-${String(i + 1).padStart(3, "0")}`;

/**
 * The validation draw a generator of corpus `n` is asked for (issue 11, session 33): `--seed S
 * --split val<n>` (either flag also as `--flag=value`) — the same plan drawn with another seed, every
 * document in that split with ids `drawId(n, i)`. `seed` is the generator's documented seed for
 * `--split` given alone; without one the two flags go together. Returns null when neither flag is
 * given, else `{ seed, split, id(i) }`; a bad pair (a seed that is not an integer, a split not named
 * `val<n>` with at most one letter after it, `--seed` without `--split`, `--split` alone where there
 * is no default) throws a `DrawFlagError` carrying one message for every generator.
 */
export function parseValidationDraw(n, { seed: defaultSeed, argv = process.argv.slice(2) } = {}) {
  const seedArg = flagValue("--seed", argv), split = flagValue("--split", argv);
  if (seedArg === undefined && split === undefined) return null;
  const seed = seedArg === undefined ? defaultSeed : /^\d+$/.test(seedArg) ? Number(seedArg) : NaN;
  if (!Number.isSafeInteger(seed) || split === undefined || !new RegExp(`^val${n}[a-z]?$`).test(split)) {
    const usage = defaultSeed === undefined ? `--seed <integer> --split val${n}` : `--split val${n} [--seed <integer>, default ${defaultSeed}]`;
    throw new DrawFlagError(`a validation draw of corpus${n} is ${usage} (split val${n}, val${n}b, …; --flag value or --flag=value); got ${seedArg === undefined ? "no --seed" : `--seed ${seedArg}`} and ${split === undefined ? "no --split" : `--split ${split}`}`);
  }
  return { seed, split, id: (i) => drawId(n, i) };
}

/** A bad `--seed`/`--split` pair (parseValidationDraw): the generator stops with exit 2 before it draws. */
export class DrawFlagError extends Error {}

/** parseValidationDraw on this process's command line; a bad pair prints its message and exits 2. */
export function validationDraw(n, options = {}) {
  try {
    return parseValidationDraw(n, options);
  } catch (e) {
    if (!(e instanceof DrawFlagError)) throw e;
    console.error(e.message);
    process.exit(2);
  }
}
