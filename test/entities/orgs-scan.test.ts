/**
 * findOrganizations finds names in one pass over the text (names bucketed by their first two
 * characters) and merges a document's learned definitions with the compiled table instead of
 * recompiling both. It must give exactly what the plain algorithm gives: every record's folded
 * names searched one after the other (longest first), then one pattern of every acronym. The plain
 * algorithm is kept here as the reference.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadDomainData, type OrganizationRecord } from "../../src/data/index.js";
import { findOrganizations, learnDefinitions, type OrgSpan } from "../../src/entities/orgs.js";
import { foldName } from "../../src/entities/missions.js";
import { Coverage, mapFolded } from "../../src/normalize/text.js";
import { FUZZ_RUNS } from "../fuzz/arbitraries.js";

const orgs = loadDomainData().organizations;

/** The plain algorithm: one search per name, then one pattern of every acronym. */
function reference(text: string, records: readonly OrganizationRecord[]): OrgSpan[] {
  const isNameLike = (n: string) => /\s/.test(n) || /[a-z]/.test(n);
  const names: Array<[string, OrganizationRecord]> = [];
  for (const r of records) for (const n of [r.name, ...r.aliases]) if (isNameLike(n)) names.push([foldName(n), r]);
  names.sort((a, b) => b[0].length - a[0].length);
  const acronyms = new Map<string, OrganizationRecord>();
  for (const r of records) {
    if (r.acronym) acronyms.set(r.acronym, r);
    for (const a of r.aliases) if (!/\s/.test(a) && !/[a-z]/.test(a)) acronyms.set(a, r);
  }
  const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const alt = [...acronyms.keys()].sort((a, b) => b.length - a.length).map(escapeRe).join("|");
  const pattern = acronyms.size > 0 ? new RegExp(`(?<![\\p{L}\\p{N}-])(?:${alt})(?![\\p{L}\\p{N}])`, "gu") : null;
  const folded = mapFolded(text);
  const spans: OrgSpan[] = [];
  const covered = new Coverage(text.length);
  const key = (r: OrganizationRecord) => r.acronym ?? r.name;
  for (const [name, r] of names) {
    for (let from = 0; ; ) {
      const i = folded.text.indexOf(name, from);
      if (i < 0) break;
      from = i + 1;
      const j = i + name.length;
      if (/[\p{L}\p{N}]/u.test(folded.text[i - 1] ?? "") || /[\p{L}\p{N}]/u.test(folded.text[j] ?? "")) continue;
      const start = folded.map.at(i);
      const end = folded.map.at(j - 1) + 1;
      if (!/^\p{Lu}/u.test(text[start] ?? "") || text[end] === "-") continue;
      if (covered.overlaps(start, end)) continue;
      covered.claim(start, end);
      spans.push({ type: "organization", text: text.slice(start, end), normalized: key(r), start, end });
    }
  }
  if (pattern) {
    for (const m of text.matchAll(pattern)) {
      const start = m.index;
      const end = start + m[0].length;
      if (covered.overlaps(start, end)) continue;
      spans.push({ type: "organization", text: m[0], normalized: key(acronyms.get(m[0])!), start, end });
    }
  }
  return spans.sort((a, b) => a.start - b.start);
}

const ROOT = join(import.meta.dirname, "..", "..");

describe("findOrganizations' one-pass scan", () => {
  it("finds what the plain algorithm finds in the fixtures, with their learned definitions", () => {
    const dir = join(ROOT, "fixtures");
    const files = readdirSync(dir).filter((f) => /\.(txt|md)$/.test(f));
    expect(files.length).toBeGreaterThan(3);
    let found = 0;
    for (const f of files) {
      const text = readFileSync(join(dir, f), "utf8");
      const learned = learnDefinitions(text);
      const got = findOrganizations(text, orgs, mapFolded(text), learned);
      expect(got, f).toEqual(reference(text, [...orgs, ...learned]));
      found += got.length;
    }
    expect(found).toBeGreaterThan(20);
  });

  // Pieces where the two can differ: names sharing their first characters, one-character and
  // overlapping names, acronyms of the table redefined or extended by a learned one (at one place
  // the longer wins), letters, digits, hyphens and non-ASCII letters around them.
  const record = (name: string, acronym: string | null): OrganizationRecord => ({ acronym, name, aliases: [] });
  const LEARNED = [
    record("Department of Field", "DF"), record("Field Support Unit", "DFSU"), record("Board", "B"), record("Committee", "DPKO"),
    record("Office of Internal", "OI"), record("X", "X-1"), record("Commission", "CNMC"), record("Department of Field Support Office", "DFS"),
    // Same length as the table's "Fifth Committee" and overlapping it: the table's name claims first.
    record("Committee Board", "CB"),
    // The table's own name under another record: the table's record names it.
    record("Security Council", "SCX"),
    // Longer than the table's "DPKO", which may end before a hyphen: at one place the longer wins.
    record("Peacekeeping Field", "DPKO-DFS"),
  ];
  const PIECES = [
    "Department", "department", "of", "Field", "Support", "Office", "Internal", "Oversight", "Services", "Board", "Committee", "Commission",
    "DPKO", "DFS", "DFSU", "DPKO-DFS", "Fifth", "Committee Board", "DF", "OI", "OIOS", "X", "X-1", "CNMC", "B", "United Nations", "Security Council", "Fifth Committee",
    " ", " ", "\n", "-", "(", ")", "/", ".", "1", "é", "É", "a",
    // A letter and a symbol outside the BMP (surrogate pairs): the scan then tries every place, not only word starts.
    "\u{1d400}", "\u{1f600}",
  ];
  it("finds what the plain algorithm finds in generated text, with and without learned records", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }), fc.subarray(LEARNED), (pieces, learned) => {
        const text = pieces.join("");
        expect(findOrganizations(text, orgs, mapFolded(text), learned)).toEqual(reference(text, [...orgs, ...learned]));
      }),
      { numRuns: Math.max(FUZZ_RUNS, 500) },
    );
  });
});
