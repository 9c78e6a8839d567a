import { describe, expect, it } from "vitest";
import { fileURLToPath } from "node:url";
import { extract } from "../../src/index.js";
import { searchObjectives, searchObjectivesOf, snippet, type SearchObjective } from "../../src/research/search.js";

const FIXTURE = (f: string) => fileURLToPath(new URL(`../../fixtures/${f}`, import.meta.url));
const FILES = [
  "series/compact-2010-dpo.md", "series/compact-2011-dpo.md", "series/compact-2012-dpo.md",
  "compact-2008-dfs.txt", "compact-2012-markdown.md",
];

/**
 * Hand-written queries a researcher might type, and the objective they mean (its text, in any
 * year it appears). Paraphrases, plurals and other forms of the objective's words on purpose.
 */
const QUERIES: ReadonlyArray<[string, RegExp]> = [
  ["gender balance", /gender (balance|parity)/],
  ["balanced genders among staff", /gender (balance|parity)/],
  ["women in senior positions", /gender (balance|parity) among senior staff/],
  ["vacancies", /vacancy/],
  ["time to recruit", /time taken to recruit/],
  ["ethical conduct of staff members", /understanding of ethics/],
  ["conflicts of interest", /conflict of interest/],
  ["performance appraisals", /Performance Appraisal System/],
  ["geographical distribution of staff", /geographic distribution/],
  ["staff mobility", /mobility framework/],
  ["environmental footprint of camps", /environmental footprint/],
  ["wastewater treatment plants", /environmental footprint/],
  ["fuel deliveries", /fuel and rations deliver/],
  ["rations delivered on time", /fuel and rations deliver/],
  ["asset write-offs", /asset/],
  ["accounting standards", /Public Sector Accounting Standards/],
  ["financial disclosures", /financial disclosure/],
  ["implementing oversight recommendations", /recommendations of oversight bodies/],
  ["restructuring of DPKO", /restructuring of DPKO and DFS/],
  ["internal communication and trust", /internal communications/],
  ["engineering deployments", /engineering support/],
  ["start-up missions", /start-up phase/],
  ["documents submitted to governing bodies", /governing bodies/],
  ["evaluating subprogrammes", /evaluate all programmes/],
];

describe("search ranks the objective meant in the top 3", async () => {
  const rows: SearchObjective[] = [];
  for (const f of FILES) {
    const out = await extract(FIXTURE(f));
    if (out.kind !== "compact") throw new Error(`${f} is not read as a compact`);
    rows.push(...searchObjectivesOf(out, f));
  }

  it("the corpus is what the queries were written for", () => {
    expect(rows.length).toBe(6 + 7 + 7 + 21 + 3);
  });

  it.each(QUERIES)("%s", (query, meant) => {
    const top = searchObjectives(rows, query, { limit: 3 });
    expect(top.map((h) => h.objective).some((o) => meant.test(o)), JSON.stringify(top.map((h) => [h.score, h.objective]))).toBe(true);
  });

  it("filters by year, entity and field", () => {
    expect(searchObjectives(rows, "gender balance", { year: 2008 }).map((h) => [h.entity, h.objective_id])).toEqual([["DFS", "B.3-2"]]);
    expect(searchObjectives(rows, "gender", { entity: "peace operations logistics" }).map((h) => h.year).sort()).toEqual([2010, 2011, 2012]);
    expect(searchObjectives(rows, "gender", { entity: "dfs" }).map((h) => [h.year, h.objective_id])).toEqual([[2008, "B.3-2"]]);
    const measures = searchObjectives(rows, "wastewater", { in: "measures" });
    expect(measures.length).toBe(3);
    expect(measures.every((h) => h.matched_in === "measure")).toBe(true);
    expect(searchObjectives(rows, "wastewater", { in: "objectives" })).toEqual([]);
  });

  it("a hit says where it matched, with the words marked in the snippet", () => {
    const [hit] = searchObjectives(rows, "women senior posts", { year: 2010 });
    expect(hit).toMatchObject({ objective_id: "A.3-2", matched_in: "accomplishment", snippet: "Increased share of **women** in **senior** **posts**." });
  });

  it("an objective with every query word outranks one with the rarer word only", () => {
    const top = searchObjectives(rows, "gender balance", { limit: 2 });
    expect(top.map((h) => [h.year, h.objective_id])).toEqual([[2010, "A.3-2"], [2008, "B.3-2"]]);
  });

  it("a query of stop words only finds nothing", () => {
    expect(searchObjectives(rows, "the of and")).toEqual([]);
  });
});

describe("snippet", () => {
  it("marks stemmed matches and cuts long text around the first one", () => {
    expect(snippet("Balancing the genders", new Set(["gender", "balanc"]))).toBe("**Balancing** the **genders**");
    const long = `${"word ".repeat(60)}gender balance ${"tail ".repeat(40)}`.trim();
    const s = snippet(long, new Set(["gender"]));
    expect(s.startsWith("…")).toBe(true);
    expect(s.endsWith("…")).toBe(true);
    expect(s).toContain("**gender** balance");
    expect(s.length).toBeLessThanOrEqual(170);
  });
});
