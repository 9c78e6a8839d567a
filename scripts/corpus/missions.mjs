/**
 * The gazetteer of missions (data/un-missions.tsv) as the corpus generators draw from it: every row
 * with its acronym, name, kind and years (an open end is 9999). Each generator filters it for its own
 * use (the years of a compact, acronyms it can print).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";

export const MISSIONS = readFileSync(join(import.meta.dirname, "..", "..", "data", "un-missions.tsv"), "utf8")
  .trim().split("\n").slice(1).map((l) => l.split("\t"))
  .map(([acronym, name, kind, start, end]) => ({ acronym, name, kind, start: Number(start), end: end ? Number(end) : 9999 }));
