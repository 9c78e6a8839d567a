import { describe, expect, it } from "vitest";
import { extract } from "../../src/index.js";
import { objectiveText } from "../../src/extract/markdown-lists.js";
import { markdownTextToLayout } from "../../src/extract/markdown.js";

/**
 * A compact written as lists (extract/markdown-lists.ts): objectives as headings, each column a
 * label over a list. Read as the rows a table would give.
 */
const HEAD = [
  "# Senior Manager's Compact 2015",
  "",
  "**Jane Doe**",
  "",
  "I, Jane Doe, Under-Secretary-General for Partnerships, undertake to achieve the results set out below.",
  "",
  "## I. Programme objectives",
  "",
].join("\n");
const TAIL = ["", "## III. Challenges", "", "1. Funding is uncertain.", ""].join("\n");

const rowsOf = async (body: string) => {
  const out = await extract(new TextEncoder().encode(HEAD + body + TAIL));
  if (out.kind !== "compact") throw new Error(`kind ${out.kind}`);
  return out.objectives.map((o) => ({
    objective: o.objective,
    accomplishments: o.accomplishments,
    measures: o.measures.map((m) => m.text),
    ...(o.measures.some((m) => m.baseline !== null) ? { baseline: o.measures.map((m) => m.baseline) } : {}),
    ...(o.measures.some((m) => m.target !== null) ? { target: o.measures.map((m) => m.target) } : {}),
    ...o.extra,
  }));
};

describe("Markdown compact written as lists", () => {
  it("reads `####` objectives with bold labels over `-` lists as rows, an extra label as its column", async () => {
    const body = [
      "#### Objective 1: To open the partnership fund to new donors",
      "",
      "**Expected accomplishments:**",
      "",
      "- a) New donors contributing to the fund",
      "- b) Grants disbursed on schedule",
      "",
      "**Risks and mitigations:**",
      "",
      "- Currency losses; record pledges at the operational rate",
      "",
      "**Performance measures:**",
      "",
      "- Donors contributing: 12",
      "",
      "#### Objective 2: To report on every contribution",
      "",
      "**Expected accomplishments:**",
      "",
      "- a) Annual report issued on schedule",
      "",
      "**Risks and mitigations:**",
      "",
      "- Late reporting by entities; send reminders",
      "- Staff turnover; keep a roster",
      "",
      "**Performance measures:**",
      "",
      "- 95% of contributions recorded within 10 days",
      "",
    ].join("\n");
    expect(await rowsOf(body)).toEqual([
      {
        objective: "To open the partnership fund to new donors",
        accomplishments: ["New donors contributing to the fund", "Grants disbursed on schedule"],
        measures: ["Donors contributing: 12"],
        risksAndMitigations: ["Currency losses; record pledges at the operational rate"],
      },
      {
        objective: "To report on every contribution",
        accomplishments: ["Annual report issued on schedule"],
        measures: ["95% of contributions recorded within 10 days"],
        risksAndMitigations: ["Late reporting by entities; send reminders", "Staff turnover; keep a roster"],
      },
    ]);
  });

  it("reads other forms: `###` headings, labels without a colon or as plain `Label:`, numbered lists, one paragraph under a label", async () => {
    const body = [
      "### (1) To convene business leaders around the priorities of the Assembly",
      "",
      "**Expected results**",
      "",
      "1. Business leaders attending the forum",
      "2. Agreements signed with companies",
      "",
      "Indicators of achievement:",
      "",
      "Number of companies signing an agreement: 40",
      "",
      "### 2. To channel grants to programmes",
      "",
      "**Expected results**",
      "",
      "1. Grants approved within 30 days",
      "",
      "Indicators of achievement:",
      "",
      "- Days to approve a grant: 30",
      "- Grants approved: 25",
      "",
    ].join("\n");
    expect(await rowsOf(body)).toEqual([
      {
        objective: "To convene business leaders around the priorities of the Assembly",
        accomplishments: ["Business leaders attending the forum", "Agreements signed with companies"],
        measures: ["Number of companies signing an agreement: 40"],
      },
      { objective: "To channel grants to programmes", accomplishments: ["Grants approved within 30 days"], measures: ["Days to approve a grant: 30", "Grants approved: 25"] },
    ]);
  });

  it("reads a label that comes again as a sub-row (a Baseline and a Target per measure), and a comparator Markdown took for a quote", async () => {
    const body = [
      "#### To account for every contribution",
      "",
      "**PERFORMANCE MEASURES:**",
      "",
      "- Grants disbursed to implementing entities",
      "",
      "**BASELINE:**",
      "",
      "- 42",
      "",
      "**TARGET:**",
      "",
      "- >= 73",
      "",
      "**PERFORMANCE MEASURES:**",
      "",
      "- Share of proposals screened within 30 days",
      "",
      "**BASELINE:**",
      "",
      "- 61%",
      "",
      "**TARGET:**",
      "",
      "- at least 70%",
      "",
    ].join("\n");
    expect(await rowsOf(body)).toEqual([
      {
        objective: "To account for every contribution",
        accomplishments: [],
        measures: ["Grants disbursed to implementing entities", "Share of proposals screened within 30 days"],
        baseline: ["42", "61%"],
        target: [">= 73", "at least 70%"],
      },
    ]);
  });

  it("reads Baseline and Target sub-items of a measure, and `**Label:** value` on one line", async () => {
    const body = [
      "#### Objective: To shorten the time to sign an agreement",
      "",
      "**Expected accomplishment:** Agreements signed within the service standard",
      "",
      "**Performance measures:**",
      "",
      "- Days from proposal to signature",
      "  - Baseline: 90",
      "  - Target: 60",
      "- Agreements signed",
      "  - Baseline: 10",
      "  - Target: 14",
      "",
    ].join("\n");
    expect(await rowsOf(body)).toEqual([
      {
        objective: "To shorten the time to sign an agreement",
        accomplishments: ["Agreements signed within the service standard"],
        measures: ["Days from proposal to signature", "Agreements signed"],
        baseline: ["90", "10"],
        target: ["60", "14"],
      },
    ]);
  });

  it("keeps a label outside the vocabulary between columns (`**Unit:** days`), not one with a line of text after the last", async () => {
    const body = [
      "#### To fill vacant posts on time",
      "",
      "**Indicator of achievement:** Days from vacancy to selection",
      "",
      "**Unit:** days",
      "",
      "**Baseline:** 207",
      "",
      "**Target:** 120",
      "",
      "**Date:** 3 February 2015",
      "",
    ].join("\n");
    expect(await rowsOf(body)).toEqual([
      { objective: "To fill vacant posts on time", accomplishments: [], measures: ["Days from vacancy to selection"], baseline: ["207"], target: ["120"], unit: ["days"] },
    ]);
    const layout = markdownTextToLayout(body);
    expect(layout.pages[0]!.lines.filter((l) => l.kind === "table-row").map((l) => l.segments.map((s) => s.text))).toEqual([
      ["Objective", "Indicator of achievement", "Unit", "Baseline", "Target"],
      ["To fill vacant posts on time", "Days from vacancy to selection", "days", "207", "120"],
    ]);
    expect(layout.text.endsWith("Date: 3 February 2015")).toBe(true);
  });

  it("leaves a heading over one labelled list, and a short bold line without a colon, as they were", () => {
    const source = ["#### Outreach", "", "**Performance measures:**", "", "- Events held", "", "#### Staff", "", "**Our team**", "", "- Ten officers", ""].join("\n");
    const layout = markdownTextToLayout(source);
    expect(layout.pages[0]!.lines.some((l) => l.kind === "table-row")).toBe(false);
    expect(layout.text).toBe(["Outreach", "", "Performance measures:", "", "Events held", "", "Staff", "", "Our team", "", "Ten officers"].join("\n"));
  });

  it("takes the heading's label or number off the objective", () => {
    expect(objectiveText("Objective 3. To embed risk management")).toBe("To embed risk management");
    expect(objectiveText("(1) To convene business leaders")).toBe("To convene business leaders");
    expect(objectiveText("4 To support host Governments")).toBe("To support host Governments");
    expect(objectiveText("To reach 10 per cent")).toBe("To reach 10 per cent");
    expect(objectiveText("10 per cent more grants")).toBe("10 per cent more grants");
  });
});
