import { describe, expect, it } from "vitest";
import { parse } from "csv-parse/sync";
import { extract } from "../../src/index.js";
import { CSV_HEADER, csvHeader, csvLines, objectiveRows } from "../../src/batch/aggregate.js";
import { OutputSchema, type CompactOutput } from "../../src/model/output.js";

async function compactWithObjectives(): Promise<CompactOutput> {
  const base = await extract(new TextEncoder().encode("2009 SENIOR MANAGER'S COMPACT\nObjective\tExpected accomplishment\tPerformance measure\n"), { fileName: "dir/c.txt" });
  expect(base.kind).toBe("compact");
  const provenance = { page: 1, lines: [3, 4] as [number, number], pages: [1] };
  return OutputSchema.parse({
    ...base,
    year: 2009,
    entity: { name: "Department of Management, \"DM\"", acronym: "DM" },
    sections: [{ id: "A.2", title: "Other mandates" }],
    objectives: [
      {
        id: "A.2-1",
        section: "A.2",
        objective: 'To ensure "timely", complete reporting; always',
        accomplishments: ["First, with a comma", "Second; with a semicolon"],
        measures: [
          { text: "90% of documents, on time.", targets: [{ value: 90, unit: "%", comparator: "=", raw: "90%" }], accomplishment: null, target: null, baseline: null },
          { text: "Vacancy rate no more than 8%.", targets: [{ value: 8, unit: "%", comparator: "<=", raw: "no more than 8%" }], accomplishment: null, target: null, baseline: null },
        ],
        extra: {},
        provenance,
      },
      { id: "A.2-2", section: "A.2", objective: "No measures yet.", accomplishments: [], measures: [], extra: {}, provenance },
    ],
  }) as CompactOutput;
}

describe("objectives.csv rows", () => {
  it("one row per measure, one for an objective without measures, quoted so a CSV reader gets the cells back", async () => {
    const out = await compactWithObjectives();
    const csv = csvHeader() + csvLines(objectiveRows(out));
    const rows = parse(csv, { columns: true }) as Array<Record<(typeof CSV_HEADER)[number], string>>;
    expect(rows).toHaveLength(3);
    expect(rows[0]).toEqual({
      file: "dir/c.txt",
      year: "2009",
      entity: 'Department of Management, "DM"',
      entity_acronym: "DM",
      section: "A.2",
      section_title: "Other mandates",
      objective_id: "A.2-1",
      objective: 'To ensure "timely", complete reporting; always',
      accomplishments: "First, with a comma\nSecond; with a semicolon",
      measure: "90% of documents, on time.",
      targets: "90%",
    });
    expect(rows[1]!.measure).toBe("Vacancy rate no more than 8%.");
    expect(rows[1]!.targets).toBe("no more than 8%");
    expect(rows[2]).toMatchObject({ objective_id: "A.2-2", measure: "", targets: "" });
  });

  it("non-compacts give no rows", async () => {
    const out = await extract(new TextEncoder().encode("just a note\n"), { fileName: "n.txt" });
    expect(out.kind).toBe("unknown");
    expect(objectiveRows(out)).toEqual([]);
  });
});
