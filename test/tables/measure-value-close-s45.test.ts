/**
 * Session 45 (h-mid45), layout text (`pdftotext -layout`): measures one under another with no
 * marker or gap are parted where a line closes a value and the next opens with a capital
 * (`capitalAfterValueClose`, session 29) — also when a vertically centred cell's line stands on a
 * grid line of its own between the two (`valueCloseAbove`). pdfmake centres the objective on its
 * row, its baselines half a line off the measures', and pdftotext gave "financial statements within
 * existing resources" a grid line between "Meetings with oversight bodies: ≥ 6" and "Sessions of the
 * Committee serviced: ≥ 3": read as one measure until this session (corpus19 val19j v19-019, the
 * table as printed, `verticalAlignment: middle`). Both tests fail without the rule (checked: the
 * next grid line required again, run, restored).
 */
import { describe, expect, it } from "vitest";
import { capitalAfterValueClose } from "../../src/tables/index.js";
import type { Fragment } from "../../src/tables/text.js";
import { textRows } from "../support/table-rows.js";

const frag = (text: string, row: number): Fragment => ({ text, page: 1, line: row + 1, row }) as Fragment;

const OTHER_MANDATES = [
  "2. Other mandates",
  "",
  "Objectives                                         Expected accomplishments                           Key performance indicators",
  "                                                   a) Risk management framework reviewed                Meetings with oversight bodies: ≥ 14",
  "To prepare the annual report of the Committee                                                           Recommendations of the Committee accepted:",
  "to the General Assembly within existing                                                                 ≥ 67%",
  "resources                                          b) Meetings held with the Board of Auditors          Average time to issue a session report: 12",
  "                                                                                                        Sessions of the Committee serviced (target: 3)",
  "                                                   a) Reports on the budget of the oversight office     Committee documents issued on time: ≥ 80%",
  "                                                      issued                                            Recommendations of the Committee accepted",
  "                                                                                                        (target: 67%)",
  "To support the Committee in its review of the",
  "                                                   b) Meetings held with the Board of Auditors          Meetings with oversight bodies: ≥ 6",
  "financial statements within existing resources",
  "                                                                                                        Sessions of the Committee serviced: ≥ 3",
  "                                                   c) Recommendations of the Committee accepted         Entities briefing the Committee: ≥ 8",
  "                                                      by management",
  "To advise on the effectiveness of the enterprise   a) Reports on the budget of the oversight office     Recommendations of the Committee accepted:",
  "risk management framework within existing             issued                                            ≥ 73%",
  "resources",
  "                                                   a) Reports on the budget of the oversight office     Recommendations of the Committee accepted:",
  "                                                      issued                                            ≥ 78%",
  "To monitor the implementation of the                                                                    Sessions of the Committee serviced (target: 5)",
  "recommendations of the oversight bodies in the     b) Annual report submitted to the General            Meetings with oversight bodies: ≥ 15",
  "biennium                                              Assembly                                          Average time to issue a session report: 42",
  "                                                   c) Meetings held with the Board of Auditors          Committee documents issued on time: 85 per",
  "                                                                                                        cent",
  "To monitor the implementation of the               a) Sessions of the Committee serviced                Entities briefing the Committee (target: 19)",
  "recommendations of the oversight bodies within                                                          Meetings with oversight bodies: ≥ 13",
  "existing resources"
].join("\n");

describe("a value-closed measure and the next, another column's line between (valueCloseAbove)", () => {
  it("parts the measures across a line of the measure column's own left blank", () => {
    const frags = [frag("Meetings with oversight bodies: ≥ 6", 0), frag("Sessions of the Committee serviced: ≥ 3", 2), frag("Entities briefing the Committee: ≥ 8", 3)];
    expect(capitalAfterValueClose(frags)).toEqual([1, 2]);
  });

  it("reads val19j v19-019's second row's five measures", () => {
    const rows = textRows(OTHER_MANDATES);
    const row = rows.find((r) => r.objective === "To support the Committee in its review of the financial statements within existing resources");
    expect(row?.measures).toEqual([
      "Committee documents issued on time: ≥ 80%",
      "Recommendations of the Committee accepted (target: 67%)",
      "Meetings with oversight bodies: ≥ 6",
      "Sessions of the Committee serviced: ≥ 3",
      "Entities briefing the Committee: ≥ 8",
    ]);
  });
});
