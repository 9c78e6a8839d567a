import { describe, expect, it } from "vitest";
import { findPercentages, parseTargets } from "../../src/entities/targets.js";
import type { Target } from "../../src/model/output.js";

const T = (value: number, unit: string | null, comparator: Target["comparator"], raw: string, more: Partial<Target> = {}): Target => ({
  value, unit, comparator, raw, ...more,
});

const TARGETS: Array<[string, Target[]]> = [
  ["Vacancy rate to be no more than 5%.", [T(5, "%", "<=", "no more than 5%")]],
  ["Vacancy rate in language services below 8%.", [T(8, "%", "<", "below 8%")]],
  ["Vacancy rate under 5 per cent", [T(5, "%", "<", "under 5 per cent")]],
  ["20% increase in the number of media outlets", [T(20, "%", "+", "20% increase")]],
  ["5 per cent reduction in travel costs", [T(5, "%", "-", "5 per cent reduction")]],
  ["Slot compliance improves by 5 percentage points.", [T(5, "pp", "+", "improves by 5 percentage points")]],
  ["Average of 120 days from posting to selection.", [T(120, "days", "=", "120 days")]],
  ["Staff aged under 30 attend", []],
  ["Vacancy rate for posts funded for more than one year to be no more than 5%.", [T(5, "%", "<=", "no more than 5%")]],
  ["Number of posts vacant for more than 90 days reduced by 50%.", [T(50, "%", "-", "reduced by 50%")]],
  ["Vacancy rate above 8% in no more than two offices.", [T(8, "%", ">", "above 8%"), T(2, null, "<=", "no more than two")]],
  ["at least 20% of recruitments", [T(20, "%", ">=", "at least 20%")]],
  ["90% of documents submitted by slot date.", [T(90, "%", "=", "90%")]],
  ["100% compliance with financial disclosure", [T(100, "%", "=", "100%")]],
  ["1 percentage point increase in female representation", [T(1, "pp", "+", "1 percentage point increase")]],
  ["2 percentage points decrease in turnover", [T(2, "pp", "-", "2 percentage points decrease")]],
  ["responses within 30 days", [T(30, "days", "<=", "within 30 days")]],
  ["submitted within three weeks.", [T(3, "weeks", "<=", "within three weeks")]],
  ["are within 2% deviation of the cumulative", [T(2, "%", "<=", "within 2%")]],
  ["from 12 in 2018 to 15 in 2019", [T(15, null, "=", "from 12 in 2018 to 15 in 2019", { baseline: { value: 12, year: 2018 }, year: 2019 })]],
  ["from 60% in 2017 to 75% by 2019", [T(75, "%", "=", "from 60% in 2017 to 75% by 2019", { baseline: { value: 60, year: 2017 }, year: 2019 })]],
  ["Remaining 10% within 3 months of target.", [T(10, "%", "=", "10%"), T(3, "months", "<=", "within 3 months")]],
  ["Maintenance of at least 50% selection of women", [T(50, "%", ">=", "at least 50%")]],
  ["If 4 or more recruitments occur, at least 20% of recruitments", [T(20, "%", ">=", "at least 20%")]],
  ["1 percentage point increase (if representation is below 50% in these categories).", [T(1, "pp", "+", "1 percentage point increase")]],
  ["less than 10 per cent of cases", [T(10, "%", "<", "less than 10 per cent")]],
  ["a minimum of 5 training days", [T(5, null, ">=", "a minimum of 5")]],
  ["reduction by 15% of travel costs", [T(15, "%", "-", "reduction by 15%")]],
  ["Travel costs reduced by 10 per cent.", [T(10, "%", "-", "reduced by 10 per cent")]],
  ["Response rate increased by 3 percentage points", [T(3, "pp", "+", "increased by 3 percentage points")]],
  ["Deadlines are met with full justification.", []],
  ["Self evaluation plans implemented in 2008.", []],
];

describe("parseTargets", () => {
  it.each(TARGETS)("%j", (text, expected) => expect(parseTargets(text)).toEqual(expected));
});

describe("findPercentages", () => {
  it("finds percentages with offsets and normalizes the spelling", () => {
    const text = "90% of documents, 2.5 per cent and 1,000 percent; not 1/2";
    const spans = findPercentages(text);
    expect(spans.map((s) => s.normalized)).toEqual(["90%", "2.5%", "1000%"]);
    for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});
