/**
 * `pdftotext -layout`: a numbered item of a cell printed alone on its line ("2. Ageing cases
 * closed", its neighbours' cells ended above) looks like a numbered section heading. It goes on
 * with the numbering of the row line above it ("1. Work plans …", at the same x, a cell beside
 * it): it is the cell's next item, and the table goes on (the spanning objective row under it and
 * that row's cells were lost when the table ended there).
 */
import { describe, expect, it } from "vitest";
import { extractCompact } from "../support/compact-text.js";

const TEXT = [
  "Senior Manager's Compact 2014",
  "",
  "between the Secretary-General and the Under-Secretary-General for Internal Oversight Services",
  "",
  "II. Programme objectives and key performance indicators",
  "",
  "      Expected result          Risks and mitigations          Key performance indicator",
  " To enhance the professional capacity of oversight staff",
  " 1. Work plans based on        Travel budget reductions;     (i) 91 staff holding professional",
  "    the risk assessment        combined missions.                certification",
  " 2. Ageing cases closed",
  " To strengthen the protection of those who report misconduct",
  " 1. Staff certified in their   Surge in reported cases;      (i) 112 staff holding",
  "    profession                 triage of intake.                 professional certification",
  " 2. Audit reports issued                                     (ii) 12 inspections of",
  "    within the planned time                                      peacekeeping operations",
  "",
  "III. Managerial objectives",
  "",
].join("\n");

describe("a numbered cell item alone on its line", () => {
  it("continues the cell's numbering: no section heading, the table goes on", async () => {
    const out = await extractCompact(TEXT);
    expect(out.objectives.map((o) => [o.objective, o.accomplishments])).toEqual([
      ["To enhance the professional capacity of oversight staff", ["Work plans based on the risk assessment", "Ageing cases closed"]],
      ["To strengthen the protection of those who report misconduct", ["Staff certified in their profession", "Audit reports issued within the planned time"]],
    ]);
  });
});
