import { describe, expect, it } from "vitest";
import { extract } from "../../src/index.js";

const compact = (body: string) =>
  new TextEncoder().encode(
    [
      "2010 SENIOR MANAGER'S COMPACT",
      "",
      "Between Mr. A Person, Under-Secretary-General for Testing, and the Secretary-General, Mr. Ban Ki-moon",
      "",
      "A. PROGRAMME OBJECTIVES AND PERFORMANCE MEASURES",
      "",
      body,
      "",
      "I acknowledge the objectives stated above and undertake to plan, monitor and implement them.",
    ].join("\n"),
  );

describe("tables stage", () => {
  it("a compact without any table is partial with TABLE_NO_HEADER", async () => {
    const out = await extract(compact("My objectives are those of the programme budget."), { fileName: "x.txt" });
    expect(out.kind).toBe("compact");
    expect(out.status).toBe("partial");
    expect(out.warnings.map((w) => w.code)).toEqual(expect.arrayContaining(["TABLE_NO_HEADER", "TABLE_NO_ROWS"]));
  });

  it("a header without rows is partial with TABLE_NO_ROWS", async () => {
    const out = await extract(compact("Objective\tExpected accomplishment\tPerformance measure\n\nB. CHALLENGES AND CONSTRAINTS"), { fileName: "x.txt" });
    expect(out.status).toBe("partial");
    expect(out.warnings.map((w) => w.code)).toEqual(expect.arrayContaining(["TABLE_NO_ROWS"]));
    expect(out.warnings.map((w) => w.code)).not.toContain("TABLE_NO_HEADER");
  });

  it("rows carry section, id and provenance", async () => {
    const out = await extract(compact("1. Priorities\n\nObjective\tExpected accomplishment\tPerformance measure\nTo do X.\tX done.\t90% done.\nTo do Y.\tY done.\t80% done."), { fileName: "x.txt" });
    if (out.kind !== "compact") throw new Error(out.kind);
    expect(out.status).toBe("success");
    // toMatchObject: provenance also carries boxes (src/provenance), not this stage's concern.
    expect(out.objectives.map((o) => [o.id, o.section, o.provenance])).toMatchObject([
      ["A.1-1", "A.1", { page: 1, lines: [10, 10], pages: [1] }],
      ["A.1-2", "A.1", { page: 1, lines: [11, 11], pages: [1] }],
    ]);
    expect(out.sections).toEqual([
      { id: "A", title: "PROGRAMME OBJECTIVES AND PERFORMANCE MEASURES" },
      { id: "A.1", title: "Priorities" },
    ]);
  });
});
