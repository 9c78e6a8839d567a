/**
 * A generator run with a flag it does not know (a `--help`, a typo of `--check`) must stop, not fall
 * through to a regeneration that rewrites the committed corpus. `known` are the flag names the
 * generator reads (`--split` also as `--split=x`); values after a flag are not flags and pass.
 * Call only when the script is run, not imported: `refuseUnknownFlags(import.meta.url, [...])`.
 */
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";

export function refuseUnknownFlags(moduleUrl, known) {
  const script = fileURLToPath(moduleUrl);
  if (process.argv[1] === undefined || resolve(process.argv[1]) !== script) return;
  const unknown = process.argv.slice(2).filter((a) => a.startsWith("-") && !known.includes(a.split("=")[0]));
  if (unknown.length === 0) return;
  console.error(`${script}: unknown flag ${unknown.join(" ")} (known: ${known.join(" ")}); without --check it rewrites the committed corpus`);
  process.exit(2);
}

/**
 * `--check --splits=dev13,holdout13,val13f` (session 42): check only the documents of the named
 * splits. `npm test` checks a corpus's own splits and its newest validation draw this way, so a
 * new draw does not make the fast suite slower; `npm run test:slow` runs `--check` over every draw
 * (test/support/draws.ts). Null without the flag (every split), else the predicate on a split name.
 */
export function splitsWanted(argv = process.argv.slice(2)) {
  const k = argv.findIndex((a) => a === "--splits" || a.startsWith("--splits="));
  if (k < 0) return null;
  const names = new Set((argv[k] === "--splits" ? argv[k + 1] ?? "" : argv[k].slice(9)).split(",").filter(Boolean));
  return (split) => names.has(split);
}
