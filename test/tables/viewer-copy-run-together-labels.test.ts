/**
 * A viewer's copy (`mutool draw -F txt`) joins the cells that stand on one baseline into one line:
 * a header of short labels side by side comes as `OBJECTIVES OUTCOMES INDICATORS ` / `OF ` /
 * `ACHIEVEME` / `NT` / `BASELINE` / … (session 30, h-t13; tables/linearized `runTogetherLabels`,
 * tables/index `labelsRunTogether`). The line is split into its labels and the table read as a
 * linearised one, instead of a two-column header over text without geometry that is not read.
 */
import { describe, expect, it } from "vitest";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { extract } from "../../src/index.js";
import { runTogetherLabels } from "../../src/tables/linearized.js";

const here = dirname(fileURLToPath(import.meta.url));

describe("labels run together on one line", () => {
  it("splits a line into whole labels, the last completed by the lines below", () => {
    expect(runTogetherLabels("OBJECTIVES OUTCOMES INDICATORS", "OF ACHIEVEMENT")).toEqual(["OBJECTIVES", "OUTCOMES", "INDICATORS"]);
    expect(runTogetherLabels("Objective Expected accomplishment Target")).toEqual(["Objective", "Expected accomplishment", "Target"]);
    expect(runTogetherLabels("BASELINE TARGET")).toEqual(["BASELINE", "TARGET"]);
  });

  it("leaves one label, and a line that is no labels, alone", () => {
    expect(runTogetherLabels("Expected accomplishments")).toBeNull();
    expect(runTogetherLabels("Key performance indicators")).toBeNull();
    expect(runTogetherLabels("To plan official travel")).toBeNull();
  });

  it("reads d13-010 mu.txt's six-column managerial table (header on one line) row by row", async () => {
    const out = await extract(join(here, "../corpus13/dev13/d13-010.mu.txt"), { format: "text" });
    const row = (out.kind === "compact" ? out.objectives : []).find((r) => r.objective === "To plan official travel early enough to buy economical fares");
    expect(row).toBeDefined();
    expect(row!.accomplishments.map((a: string | { text: string }) => (typeof a === "string" ? a : a.text))).toEqual(["More women appointed at the senior levels", "Staff trained in information security"]);
    expect(row!.measures.map((m: { text: string }) => m.text)).toEqual([
      "Allotment spent by the end of the period (percentage)",
      "Days from the posting of a vacancy to the selection (days)",
      "Oversight recommendations implemented within the deadline (percentage)",
      "Tickets bought 16 days or more before travel (percentage)",
    ]);
    expect(row!.measures.map((m: { target?: unknown }) => m.target)).toEqual(["100", "107", "90", "39"]);
    expect(out.warnings.some((w) => w.code === "TABLE_READING_ORDER")).toBe(false);
  });
});

describe("two cells' lines on one line (viewer's copy)", () => {
  it("cuts d13-010 mu.txt's objective before the accomplishment's `1.` that runs into its last line", async () => {
    const out = await extract(join(here, "../corpus13/dev13/d13-010.mu.txt"), { format: "text" });
    const objectives = out.kind === "compact" ? out.objectives : [];
    const row = objectives.find((r) => r.objective === "To amplify the voices of young peacebuilders in intergovernmental forums in field missions");
    expect(row).toBeDefined();
    expect(row!.accomplishments[0]).toBe("Country teams reporting on the Youth Strategy");
    expect(out.warnings.some((w) => w.code === "TABLE_MARKER_INSIDE")).toBe(false);
  });
});
