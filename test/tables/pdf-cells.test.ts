/**
 * Items in PDF cells that only white space separates: each measure in its own sub-row, centred,
 * with no marker and no full stop (dev-002 of the corpus, as Chromium prints it), and marked
 * items whose bullet from a fallback font makes a taller line (dev-032): only the first are split
 * at the vertical gap. And the ruled frame that ends a table.
 */
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { extract as extractFresh } from "../../src/index.js";

const corpus = join(dirname(fileURLToPath(import.meta.url)), "..", "corpus", "dev");
/**
 * One reading per PDF for the whole file (d2-006.lo.pdf is asked about in three tests, d2-002.lo.pdf
 * in two): `extract` is deterministic and no test changes what it returns.
 */
const readings = new Map<string, ReturnType<typeof extractFresh>>();
const extract = (bytes: Uint8Array, options: { fileName: string }) => {
  const key = `${options.fileName}:${bytes.length}`;
  if (!readings.has(key)) readings.set(key, extractFresh(bytes, options));
  return readings.get(key)!;
};
const rowsOf = async (file: string) => {
  const out = await extract(new Uint8Array(readFileSync(join(corpus, file))), { fileName: file });
  return out.kind === "compact" ? out.objectives : [];
};

describe("items separated by white space in PDF cells", () => {
  it("splits unmarked measures at the padding between their sub-rows", async () => {
    const row = (await rowsOf("dev-002.chromium.pdf")).find((o) => o.objective.startsWith("To sustain the administration"));
    expect(row?.measures.map((m) => m.text)).toEqual([
      "Number of users of the online platform",
      "Proportion of grants disbursed within the planned period",
      "Average time for the settlement of claims (days)",
      "Number of partnership agreements signed",
    ]);
    expect(row?.measures.map((m) => m.target)).toEqual(["36", "75% by December 2021", "100 days", "28"]);
  });
  it("keeps a marked item whole across a taller line", async () => {
    const row = (await rowsOf("dev-032.chromium.pdf")).find((o) => o.objective.startsWith("Results-focused management"));
    expect(row?.measures.map((m) => m.text).slice(0, 2)).toEqual([
      "Proportion of missions supported with a needs assessment increased to 93% by the end of 2016.",
      "Reduction in the time needed to process a request for advice from 90 days in 2015 to 50 days in 2016.",
    ]);
  });
});

describe("the ruled frame ends a table", () => {
  it("finds the left border far left of a centred first label, so a heading under the frame is not a cell", async () => {
    const rows = await rowsOf("dev-001.lo.pdf");
    const last = rows.find((o) => o.objective.startsWith("To consolidate knowledge management"));
    expect(last?.accomplishments).toEqual(["Improved integration of cross-cutting issues for the benefit of the most vulnerable countries.", "Strengthened planning of programme activities."]);
    expect(rows.some((o) => o.accomplishments.includes("Challenges"))).toBe(false);
  });
});

describe("the objective above a table without an Objective column", () => {
  it("takes the whole paragraph when the PDF reader put a blank line inside it (its font is larger than the table's)", async () => {
    const rows = await rowsOf("dev-004.lo.pdf");
    expect(rows.map((o) => o.objective)).toContain(
      "To further improve the backstopping of special political missions, with particular attention to the needs of developing countries, at Headquarters and in offices away from Headquarters.",
    );
  });
});

describe("numbered objective headings (corpus2, Word-made)", () => {
  it("a heading printed as a number run and a text run above a repeated header opens the next objective", async () => {
    const out = await extract(new Uint8Array(readFileSync(join(corpus, "..", "..", "corpus2", "dev2", "d2-018.lo.pdf"))), { fileName: "d2-018.lo.pdf" });
    const objectives = out.kind === "compact" ? out.objectives.map((o) => o.objective) : [];
    expect(objectives.slice(0, 2)).toEqual([
      "To support occupational safety and health standards in field locations.",
      "To promote the environmental footprint of field missions through renewable energy and waste management",
    ]);
  });
});

describe("paragraph ends in unmarked cells (corpus2, Word-made)", () => {
  it("a line that stops short of the column's width, where the next word would have fitted, ends an item", async () => {
    const out = await extract(new Uint8Array(readFileSync(join(corpus, "..", "..", "corpus2", "dev2", "d2-006.lo.pdf"))), { fileName: "d2-006.lo.pdf" });
    const row = out.kind === "compact" ? out.objectives[0] : undefined;
    expect(row?.measures.map((m) => m.text).slice(3)).toEqual([
      "Positive feedback from 75% of clients surveyed on the resilience plans",
      "Member States’ satisfaction with the project rated “good” or better in 70% of responses",
      "At least 18 projects completed on time by June 2010",
    ]);
  });

  it("a cell's paragraph spacing (2 pt at an 11.7 pt leading, hidden in the merged line's y) ends an item", async () => {
    // The cells' baselines sit 2 pt below the objective's on the same printed line: the gap is
    // measured per cell, and the two tight gap clusters (11.6–11.7 and 13.6–13.7) set the limit.
    const out = await extract(new Uint8Array(readFileSync(join(corpus, "..", "..", "corpus2", "dev2", "d2-006.lo.pdf"))), { fileName: "d2-006.lo.pdf" });
    const rows = out.kind === "compact" ? out.objectives : [];
    expect(rows[0]?.measures.map((m) => m.text).slice(0, 3)).toEqual([
      "Reduction in the average time to respond to a city request from 62 days in 2009 to 19 days in 2010",
      "Projects completed on time within 18 working days (2009: 38 days)",
      "Increase in the number of national urban policies adopted from 7 in 2009 to 32 in 2010",
    ]);
    expect(rows[1]?.accomplishments).toEqual(["Urban indicators reported by partner cities", "Slum upgrading programmes implemented in partner cities", "Households gaining access to improved services"]);
  });
});

describe("numbered cells inside a ruled frame", () => {
  it("a numbered accomplishment at the table's left edge, inside the frame, is a cell, not a heading", async () => {
    const rows = await rowsOf("dev-025.chromium.pdf");
    const row = rows.find((o) => o.objective.startsWith("Effective management of coordination with the Lebanese Armed Forces"));
    expect(row?.accomplishments).toEqual(["Greater coordination among units of the entity within existing resources.", "Better coordination among units of the entity."]);
  });
});

describe("centred numbered objective headings (corpus2, Chromium)", () => {
  it("a numbered heading in one run across the columns, wrapped onto a centred line, is the next objective", async () => {
    const out = await extract(new Uint8Array(readFileSync(join(corpus, "..", "..", "corpus2", "dev2", "d2-001.chromium.pdf"))), { fileName: "d2-001.chromium.pdf" });
    const objectives = out.kind === "compact" ? out.objectives.map((o) => o.objective) : [];
    expect(objectives).toContain("To enhance community violence reduction programmes in post-conflict settings.");
    expect(objectives).not.toContain("settings.");
  });
});

describe("centred objective headings above a repeated header (corpus2, LibreOffice)", () => {
  it("a one-line heading centred across the columns is the next objective, not a cell of the row above", async () => {
    const out = await extract(new Uint8Array(readFileSync(join(corpus, "..", "..", "corpus2", "dev2", "d2-010.lo.pdf"))), { fileName: "d2-010.lo.pdf" });
    const objectives = out.kind === "compact" ? out.objectives : [];
    expect(objectives.map((o) => o.objective)).toContain("To promote the capacity of Member States to implement the internationally agreed development goals.");
    expect(objectives.flatMap((o) => o.accomplishments).some((a) => a.startsWith("To promote"))).toBe(false);
  });
});


describe("header labels broken inside a word by narrow cells (corpus2, LibreOffice)", () => {
  it("reads 'Baseli' / 'ne' / '2006' and 'Targe' / 't 2007', staggered around the other labels, as the Baseline and Target columns", async () => {
    const out = await extract(new Uint8Array(readFileSync(join(corpus, "..", "..", "corpus2", "dev2", "d2-002.lo.pdf"))), { fileName: "d2-002.lo.pdf" });
    const row = out.kind === "compact" ? out.objectives[0] : undefined;
    expect(row?.objective).toBe("To enhance the regional follow-up to the internationally agreed development goals.");
    expect(row?.measures.slice(0, 2).map((m) => [m.text, m.target, m.baseline])).toEqual([
      ["Percentage of advisory missions conducted at the request of member States", "79%", "61%"],
      ["Number of regional workshops rated useful by participants", "27", "5"],
    ]);
  });
});

describe("a ruled row cut at the page foot by a browser (Chromium)", () => {
  it("keeps the last line whose baseline sits just past the border drawn to the cut, and the rows after the break", async () => {
    const rows = await rowsOf("dev-017.chromium.pdf");
    const cut = rows.find((o) => o.objective.startsWith("Effective management of the well-being and resilience of staff"));
    expect(cut?.objective).toContain("in a transparent manner, taking into account the recommendations of the oversight bodies");
    expect(cut?.accomplishments).toEqual(["Demonstrated representation of unrepresented Member States among staff in cooperation with partner entities of the United Nations system.", "Demonstrated readiness to respond to emergencies."]);
    expect(rows.map((o) => o.objective)).toContain("To give priority to the delivery of mandated programmes within approved resources");
  });
});

describe("a second table layout under the same header wording (corpus2)", () => {
  const read = async (file: string) => {
    const out = await extract(new Uint8Array(readFileSync(join(corpus, "..", "..", "corpus2", "dev2", file))), { fileName: file });
    return out.kind === "compact" ? out.objectives : [];
  };
  it("keeps a row whose short objective, hung '1.' and '-' leave only narrow gaps, where the cells of the rows above start (LibreOffice)", async () => {
    const rows = await read("d2-006.lo.pdf");
    const last = rows[rows.length - 1];
    expect(last?.objective).toBe("To achieve gender parity among staff at all levels in the Programme.");
    expect(last?.measures.map((m) => m.text)).toEqual(["Increase in the selection of female candidates from 36% in 2009 to 43% in 2010"]);
  });
  it("measures the paragraph spacing of the programme table apart from the managerial one set in another width (Chromium)", async () => {
    const rows = await read("d2-006.chromium.pdf");
    expect(rows[0]?.accomplishments).toEqual(["Households gaining access to improved services", "City resilience action plans adopted", "Countries adopting national urban policies"]);
    expect(rows).toHaveLength(9);
  });
});

describe("a ruled row cut by a page break between two measures with their own targets (corpus2, LibreOffice)", () => {
  it("starts the next measure where its target cell opens again on the new page", async () => {
    const out = await extract(new Uint8Array(readFileSync(join(corpus, "..", "..", "corpus2", "dev2", "d2-004.lo.pdf"))), { fileName: "d2-004.lo.pdf" });
    const row = out.kind === "compact" ? out.objectives.find((o) => o.objective.startsWith("To reduce the average time taken to fill vacant posts")) : undefined;
    expect(row?.measures.map((m) => [m.text, m.target])).toEqual([
      ["Vacancy rate", "6%"],
      ["Average number of days from job opening to selection", "116 days"],
    ]);
  });
});

describe("an objective wrapped onto a capitalised word (Chromium)", () => {
  it("keeps 'Assembly.' on the objective whose full line above ended with 'the General', though every other column opens a new item beside it", async () => {
    const rows = await rowsOf("dev-026.chromium.pdf");
    const objectives = rows.map((o) => o.objective);
    expect(objectives).toContain("To deepen the dissemination of population estimates and projections, and report on progress in a transparent manner, in line with the priorities set by the General Assembly.");
    expect(objectives).not.toContain("Assembly.");
  });
});

describe("a borderless row cut by a page break between two measures with their own targets (corpus2, LibreOffice)", () => {
  it("starts the next measure where its target and baseline cells open again on the new page", async () => {
    const out = await extract(new Uint8Array(readFileSync(join(corpus, "..", "..", "corpus2", "dev2", "d2-002.lo.pdf"))), { fileName: "d2-002.lo.pdf" });
    const row = out.kind === "compact" ? out.objectives.find((o) => o.objective.startsWith("To enhance sustainable transport")) : undefined;
    expect(row?.measures.slice(-3).map((m) => [m.text, m.target, m.baseline])).toEqual([
      ["Average number of days to finalize a country profile", "31 days", "58 days"],
      ["Average number of days to publish the regional survey", "27 days", "63 days"],
      ["Average number of days to respond to an advisory request", "28 days", "56 days"],
    ]);
  });
});

describe("a footnote under an objective row at a page foot (test/corpus4 f2-010, LibreOffice)", () => {
  it("is not taken into the objective: its mark is a run of its own, its text runs across the columns", async () => {
    const file = join(dirname(fileURLToPath(import.meta.url)), "..", "corpus4", "fresh4", "f2-010.lo.pdf");
    const out = await extract(new Uint8Array(readFileSync(file)), { fileName: "f2-010.lo.pdf" });
    const objectives = out.kind === "compact" ? out.objectives.map((o) => o.objective) : [];
    expect(objectives).toContain("To promote the effective backstopping of special political missions.");
    expect(objectives.filter((o) => o.includes("The Department comprises"))).toEqual([]);
  });
});

describe("one measure per sub-row with its own Baseline and Target cells (test/corpus4, Chromium)", () => {
  const rows = async (name: string) => {
    const file = join(dirname(fileURLToPath(import.meta.url)), "..", "corpus4", "fresh4", name);
    const out = await extract(new Uint8Array(readFileSync(file)), { fileName: name });
    return out.kind === "compact" ? out.objectives : [];
  };
  it("starts a measure where its value cells open beside it, no marker, no full stop, no gap (f2-002)", async () => {
    const row = (await rows("f2-002.chromium.pdf")).find((o) => o.objective.startsWith("To strengthen performance management"));
    expect(row?.measures.map((m) => m.text)).toEqual(["Percentage of staff who completed the mandatory courses", "Percentage of staff with completed performance documents"]);
    expect(row?.extra["baseline"]).toEqual(["86%", "86%"]);
    expect(row?.extra["target"]).toEqual(["100%", "100%"]);
  });
  it("keeps a value cell's wrapped line in its cell, one line step below (f1-002)", async () => {
    const row = (await rows("f1-002.chromium.pdf")).find((o) => o.objective.startsWith("To improve the use of evaluation findings"));
    expect(row?.measures.map((m) => m.text)).toEqual(["Proportion of reports submitted to the General Assembly by the slot date"]);
    expect(row?.extra["target"]).toEqual(["62% by December 2012"]);
  });
});
