/**
 * A results table continued by hand (corpus12 `continued/3`, what Word users do instead of letting
 * a row break): the table stops, a caption "Table 1 (continued)", the header again, and the cut
 * row's remaining items under an objective cell reading "(continued)". Those items belong to the
 * row they continue, not to a new objective; the caption is no part of any cell.
 */
import { describe, expect, it } from "vitest";
import { extract } from "../../src/index.js";
import { isContinuationLabel, withoutContinuationText } from "../../src/tables/index.js";

const MD = `# Senior Manager’s Compact 2013

This compact is concluded between the Secretary-General and Ms. Ana Ruiz, Director-General of the United Nations Office at Vienna.

## II. Programme objectives and key performance indicators

*Table 1*

| Objectives | Expected results | Key performance indicators |
|---|---|---|
| To improve the timeliness of pre-session documentation | 1. Pre-session documents issued six weeks before meetings | - 98% of pre-session documents issued on time |
| To reduce the cost of shared administrative services in Vienna | 1. Common services costs shared fairly among the Vienna organizations<br>2. Meetings serviced as planned with full interpretation | - 37% of translation workload handled by contractual translators |

*Table 1 (continued)*

| Objectives | Expected results | Key performance indicators |
|---|---|---|
| *(continued)* | 3. Pre-session documents issued six weeks before meetings | - Average time to fill a vacant post reduced to 100 days |
| To ensure a safe and accessible Vienna International Centre | 1. Building works completed without disruption to meetings | - 0 security incidents at the Centre requiring evacuation |
`;

describe("a row continued by hand under a repeated header", () => {
  it("rejoins the row it continues (Markdown)", async () => {
    const out = await extract(new TextEncoder().encode(MD), { fileName: "continued.md" });
    const rows = (out.kind === "compact" ? out.objectives : []).map((o) => [o.objective, o.accomplishments, o.measures.map((m) => m.text)]);
    expect(rows).toEqual([
      ["To improve the timeliness of pre-session documentation", ["Pre-session documents issued six weeks before meetings"], ["98% of pre-session documents issued on time"]],
      [
        "To reduce the cost of shared administrative services in Vienna",
        ["Common services costs shared fairly among the Vienna organizations", "Meetings serviced as planned with full interpretation", "Pre-session documents issued six weeks before meetings"],
        ["37% of translation workload handled by contractual translators", "Average time to fill a vacant post reduced to 100 days"],
      ],
      ["To ensure a safe and accessible Vienna International Centre", ["Building works completed without disruption to meetings"], ["0 security incidents at the Centre requiring evacuation"]],
    ]);
  });

  it("tells a continuation cell from an objective", () => {
    expect(isContinuationLabel("(continued)", null)).toBe(true);
    expect(isContinuationLabel("Objective 3 (continued)", null)).toBe(true);
    expect(isContinuationLabel("(cont’d)", null)).toBe(true);
    expect(isContinuationLabel("To reduce costs (continued)", "To reduce costs")).toBe(true);
    expect(isContinuationLabel("To reduce costs (continued)", "To raise funds")).toBe(false);
    expect(isContinuationLabel("To continue the reform of the Office", null)).toBe(false);
  });

  it("drops the caption and the cell label read into a row carried over the page break", () => {
    expect(withoutContinuationText("To reduce the cost of shared services in Vienna Table 1 (continued) (continued)")).toBe("To reduce the cost of shared services in Vienna");
    expect(withoutContinuationText("To reduce costs Table 2 (continued) Objective 3 (continued)")).toBe("To reduce costs");
    expect(withoutContinuationText("(continued)")).toBe("(continued)");
    expect(withoutContinuationText("To support the continued work of the tribunals")).toBe("To support the continued work of the tribunals");
  });
});
