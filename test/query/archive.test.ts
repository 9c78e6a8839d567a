import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHash } from "node:crypto";
import { mkdir, mkdtemp, readFile, rm, unlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { loadDomainData } from "../../src/data/index.js";
import { buildIndex, compactKey, normalizeKeyPart, openIndex, type CompactsIndex } from "../../src/query/index.js";
import { OutputSchema, type CompactOutput, type UnknownOutput } from "../../src/model/output.js";
import { renderCompactText, synthCompactFacts } from "../support/synth.js";
import { factsToOutput } from "./support.js";

const data = loadDomainData();
const sha = (s: string) => createHash("sha256").update(s).digest("hex");

describe("compactKey", () => {
  const base = factsToOutput(
    { ...synthCompactFacts(7, data.missions), year: 2008, department: { name: "Department of Field Support", acronym: "DFS" } },
    "x", "x.txt", data.missions,
  );
  const withManager = (name: string | null): CompactOutput => ({ ...base, manager: name === null ? null : { name, title: null } });
  it.each([
    ["Jane Holl Lute", "dfs|2008|jane holl lute"],
    ["Ms. Jane  Holl-Lute", "dfs|2008|jane holllute"],
    ["JANE HOLL LUTE", "dfs|2008|jane holl lute"],
    ["Jean-Marie Guéhenno", "dfs|2008|jeanmarie guehenno"],
    [null, "dfs|2008|"],
  ] as const)("manager %j → %s", (name, key) => {
    expect(compactKey(withManager(name))).toBe(key);
  });
  it("uses the entity name when there is no acronym, and is null without a year or entity", () => {
    expect(compactKey({ ...base, entity: { name: "Office of Legal Affairs", acronym: null } })).toMatch(/^office of legal affairs\|2008\|/);
    expect(compactKey({ ...base, year: null })).toBeNull();
    expect(compactKey({ ...base, entity: null })).toBeNull();
  });
  it("normalizeKeyPart: accents, case, punctuation and an honorific go", () => {
    expect(normalizeKeyPart("  Mr. Alain  LE ROY ")).toBe("alain le roy");
    expect(normalizeKeyPart("Ban Ki‐moon")).toBe("ban kimoon");
  });
});

/**
 * The archive of the issue, as outputs (no extraction: fast): by year, the 2008 DFS compact as text
 * and as PDF (two sources of one compact), a byte-identical copy of one output, a UN note.
 */
describe("indexing an archive laid out by year", () => {
  let out: string;
  let db: string;
  const facts2008 = { ...synthCompactFacts(11, data.missions), year: 2008 };
  const facts2012 = { ...synthCompactFacts(12, data.missions), year: 2012 };
  const write = async (rel: string, json: unknown) => {
    await mkdir(dirname(join(out, rel)), { recursive: true });
    await writeFile(join(out, rel), JSON.stringify(json, null, 2));
  };
  const withIndex = async <T>(body: (idx: CompactsIndex) => Promise<T>): Promise<T> => {
    const idx = await openIndex(db);
    try {
      return await body(idx);
    } finally {
      idx.close();
    }
  };

  beforeAll(async () => {
    out = await mkdtemp(join(tmpdir(), "compacts-archive-"));
    db = join(out, "compacts.duckdb");
    const text = renderCompactText(facts2008);
    const asText = factsToOutput(facts2008, text, "2008/dfs.txt", data.missions);
    // The same compact extracted from its PDF: other bytes (another sha256), same entity, year, manager.
    const asPdf = OutputSchema.parse({ ...asText, source: { ...asText.source, file: "2008/dfs.pdf", format: "pdf", sha256: sha("pdf bytes") } });
    await write("2008/dfs.json", asText);
    await write("2008/dfs.pdf.json", asPdf);
    await write("2012/other.json", factsToOutput(facts2012, renderCompactText(facts2012), "2012/other.txt", data.missions));
    await write("copies/dfs.json", JSON.parse(await readFile(join(out, "2008/dfs.json"), "utf8")));
    const note: UnknownOutput = {
      schemaVersion: 1, kind: "unknown",
      source: { file: "note.txt", format: "text", sha256: sha("note"), pages: 1, bytes: 4 },
      status: "success", error: null, classification: { kind: "unknown", scores: {}, evidence: [] }, warnings: [], entities: [],
      references: { resolutions: [{ symbol: "A/RES/61/279", date: null, raw: ["61/279"] }], documents: [] },
    };
    await write("note.json", note);
    await writeFile(join(out, "manifest.jsonl"), "{}\n");
    await mkdir(join(out, ".hidden"));
    await writeFile(join(out, ".hidden", "x.json"), "{}");
  });
  afterAll(() => rm(out, { recursive: true, force: true }));

  it("walks sub-folders, indexes a byte-identical copy once and reports it as a duplicate, not an error", async () => {
    const r = await buildIndex(out);
    expect(r.indexed).toEqual(["2008/dfs.json", "2008/dfs.pdf.json", "2012/other.json", "note.json"]);
    expect(r.duplicates).toEqual([{ file: "copies/dfs.json", of: "2008/dfs.json" }]);
    expect(r.invalid).toEqual([]);
    const again = await buildIndex(out);
    expect(again.indexed).toEqual([]);
    expect(again.unchanged).toHaveLength(4);
    expect(again.duplicates).toHaveLength(1);
  });

  it("the same compact as PDF and text is one compact with two sources: rows are not doubled", async () => {
    await withIndex(async (idx) => {
      const once = await idx.missions({ year: 2008 });
      expect(once.rows.map((m) => m.acronym)).toEqual(facts2008.missions.map((m) => m.acronym));
      expect(new Set(once.rows.map((m) => m.sources))).toEqual(new Set([2]));
      // Both succeeded without warnings: the first by file name is shown.
      expect(new Set(once.rows.map((m) => m.source_file))).toEqual(new Set(["2008/dfs.pdf"]));
      const all = await idx.missions({ year: 2008, allSources: true });
      expect(all.rows).toHaveLength(2 * facts2008.missions.length);
      const targets = await idx.targets({ year: 2008 });
      const allTargets = await idx.targets({ year: 2008, allSources: true });
      expect(allTargets.rows).toHaveLength(2 * targets.rows.length);
      const view = await idx.sql("SELECT compact_key, sources FROM sources WHERE source_rank = 1 ORDER BY compact_key");
      expect(view.rows).toHaveLength(3); // the 2008 compact, the 2012 compact, the note
    });
  });

  it("indexing one sub-folder into the same index removes nothing outside it", async () => {
    const r = await buildIndex(join(out, "2008"), db);
    expect(r.removed).toEqual([]);
    await withIndex(async (idx) => {
      const docs = await idx.sql("SELECT json_file FROM documents ORDER BY json_file");
      expect(docs.rows.map((d) => d["json_file"])).toEqual(["2008/dfs.json", "2008/dfs.pdf.json", "2012/other.json", "note.json"]);
    });
  });

  it("an index built before compact_key existed: queries say to re-index, and index updates it", async () => {
    const writable = await openIndex(db, { readOnly: false });
    try {
      await writable.sql("DROP VIEW sources");
      await writable.sql("ALTER TABLE compacts DROP COLUMN compact_key");
    } finally {
      writable.close();
    }
    await expect(openIndex(db)).rejects.toThrow(/built by an older version \(no compacts\.compact_key\): run `compacts index`/);
    const r = await buildIndex(out);
    expect(r.indexed).toEqual(["2008/dfs.json", "2008/dfs.pdf.json", "2012/other.json", "note.json"]);
    await withIndex(async (idx) => {
      expect((await idx.missions({ year: 2008 })).rows.every((m) => m.sources === 2)).toBe(true);
    });
  });

  it("a file gone from a folder being indexed is removed; several folders at once", async () => {
    await unlink(join(out, "2012", "other.json"));
    const onlyOther = await buildIndex([join(out, "2008"), join(out, "copies")], db);
    expect(onlyOther.removed).toEqual([]); // 2012/ was not asked about
    const r = await buildIndex([join(out, "2008"), join(out, "2012")], db);
    expect(r.removed).toEqual(["2012/other.json"]);
    await withIndex(async (idx) => {
      const res = await idx.resolutions({ symbol: "A/RES/61/279" });
      expect(res.rows.map((x) => x.source_file)).toContain("note.txt");
    });
  });
});
