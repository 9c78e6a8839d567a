/**
 * Session 49 (h-speed49, issue 14): the compact stage's look-ups in the organisation table (an
 * entity's usual acronym, its spelling) read an index built once per data set instead of folding
 * every record's name and aliases for each compact. Held to the table search it replaces, on every
 * name and alias of the table, case and space variants of them, and names the table does not know.
 */
import { describe, expect, it } from "vitest";
import { loadDomainData } from "../../src/data/index.js";
import { organizationIndex } from "../../src/compact/index.js";
import { normalizeSpace } from "../../src/vocab/text.js";

const fold = (s: string) => normalizeSpace(s.toLowerCase().replace(/[\u2010-\u2015-]/g, ""));
const caseless = (s: string) => s.toLowerCase().replace(/\s+/g, " ");

describe("organizationIndex", () => {
  const records = loadDomainData().organizations;
  const index = organizationIndex(records);
  const queries = records.flatMap((o) => [o.name, ...o.aliases]).flatMap((n) => [n, n.toUpperCase(), n.toLowerCase(), ` ${n.replace(/ /g, "  ")} `, n.replace(/-/g, " "), n.replace(/ /g, "-"), `${n} Office`]);
  queries.push("Office of Nothing Known", "", " ", "Department of Safety and Security");

  it("finds the record the table search in order found, for the folded name or an alias", () => {
    let found = 0;
    for (const q of queries) {
      const key = fold(q);
      const expected = records.find((o) => fold(o.name) === key || o.aliases.some((a) => fold(a) === key));
      if (expected) found++;
      expect(index.byFolded.get(key), q).toBe(expected);
    }
    expect(found).toBeGreaterThan(records.length);
  });

  it("finds the record whose name differs in letter case and spacing only", () => {
    let found = 0;
    for (const q of queries) {
      const key = caseless(q);
      const expected = records.find((o) => caseless(o.name) === key);
      if (expected) found++;
      expect(index.byCaseless.get(key), q).toBe(expected);
    }
    expect(found).toBeGreaterThan(records.length);
  });

  it("is built once per data set", () => {
    expect(organizationIndex(records)).toBe(index);
    expect(organizationIndex([...records])).not.toBe(index);
  });
});
