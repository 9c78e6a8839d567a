/**
 * A section's parts numbered under it (session 36, h-v1114c): "1.B. MANAGING RESOURCES" after the
 * last row of the programme table (pdftotext -layout of a LibreOffice Calc print, test/corpus14
 * val14b v14b-004). The template heading with its compound number "1.B." was no heading to
 * `isCompactSection` ("1." then "B. MANAGING" fits no numbering), so the table went on through it
 * and the heading and the sentence under it joined the last accomplishment.
 */
import { describe, expect, it } from "vitest";
import { isCompactSection } from "../../src/vocab/sections.js";
import { textRowsWithValues } from "../support/table-rows.js";

const lines = [
  "Expected accomplishment                                      Risks and mitigations                                Indicator of achievement",
  "Objective: To obtain relevant information from States of residence and nationality in Africa",
  "□ Biannual reports issued to the Council                     ● Petitioners unable to travel; hold interviews by   o Outreach briefings for counsel and civil society: 10",
  "□ Petitioners informed of the outcome with reasons           video link                                           o 96% of petitioners informed of the reasons for the decision",
  "□ Comprehensive reports submitted to the Committee on                                                             o Days to acknowledge a delisting request: 8",
  "time",
  "",
  "",
  "",
  "Objective: To present comprehensive reports to the Sanctions Committee on every delisting request in Latin America and the Caribbean",
  "",
  "□ States responding to requests for information within the   ● Caseload peaks; extend the period as the           o 83% of comprehensive reports submitted on time",
  "deadline                                                     resolution allows",
  "□ Petitioners informed of the outcome with reasons           ● Classified information not shared; conclude",
  "                                                             arrangements in advance",
  "",
  "",
  "Objective: To report to the Security Council on the activities of the Office twice a year across the United Nations system",
  "",
  "□ Petitioners informed of the outcome with reasons           ● Petitioners unable to travel; hold interviews by   o Confidentiality arrangements in force: 17",
  "                                                             video link                                           o 99% of comprehensive reports submitted on time",
  "",
  "",
  "",
  "",
  "1.B. MANAGING RESOURCES",
  "My office will deliver the following results in 2022.",
  "",
];

describe("a part heading numbered under its section (1.A., 1.B.)", () => {
  it("is a compact section heading, with or without its compound number", () => {
    expect(["1.B. MANAGING RESOURCES", "1.A. ACHIEVING PROGRAMME OBJECTIVES", "1.B: Managing resources", "B. MANAGING RESOURCES"].map(isCompactSection)).toEqual([true, true, true, true]);
    expect(["1.B. MANAGING RESOURCES ....................", "11.2 Managing resources of the Office well"].map(isCompactSection)).toEqual([false, false]);
  });
  it("ends the table above it: the last accomplishment keeps its own words (v14b-004)", () => {
    const out = textRowsWithValues(lines.join("\n"));
    expect(out.at(-1)?.objective).toBe("To report to the Security Council on the activities of the Office twice a year across the United Nations system");
    expect(out.at(-1)?.accomplishments).toEqual(["Petitioners informed of the outcome with reasons"]);
  });
});
