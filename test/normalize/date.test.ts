import { describe, expect, it } from "vitest";
import { parseDate, parseYearRange } from "../../src/normalize/date.js";
import { findDates } from "../../src/entities/dates.js";

const DATES: Array<[string, string | null]> = [
  ["22 December 2007", "2007-12-22"],
  ["4 Feb 2008", "2008-02-04"],
  ["4 Feb. 2008", "2008-02-04"],
  ["9 August 2005", "2005-08-09"],
  ["1st July 2007", "2007-07-01"],
  ["December 22, 2007", "2007-12-22"],
  ["2007-12-22", "2007-12-22"],
  ["17 Sept. 2007", "2007-09-17"],
  ["29 February 2008", "2008-02-29"],
  ["29 February 2007", null],
  ["31 June 2008", null],
  ["1 August 22 2007", null],
  ["1/8/2007", null],
  ["24/7", null],
  ["August 2007", null],
  ["", null],
  ["32 January 2008", null],
];

describe("parseDate", () => {
  it.each(DATES)("%j → %s", (raw, iso) => expect(parseDate(raw)).toBe(iso));
  it.each([
    ["2008-2009", "2008/2009"],
    ["2008–09", "2008/2009"],
    ["2008-2010", null],
  ] as Array<[string, string | null]>)("year range %j → %s", (raw, iso) => expect(parseYearRange(raw)).toBe(iso));
});

const IN_TEXT: Array<[string, string[]]> = [
  ["approved (A/RES/62/237, 22 December 2007).", ["2007-12-22"]],
  ["for the period from 1 July 2007 to 30 June 2008 (A/61/858", ["2007-07-01/2008-06-30"]],
  ["(A/RES/61/279, 1 August 22 2007)", []],
  ["for the biennium 2008-2009 (A/62/80, 16 May 2006)", ["2008/2009", "2006-05-16"]],
  ["to be approved in June 2008.", ["2008-06"]],
  ["Date: 4 February 2008", ["2008-02-04"]],
  ["on 1/8/2007 and 24/7", []],
  ["Member States may 2008 budget", []],
];

describe("findDates", () => {
  it.each(IN_TEXT)("%j", (text, expected) => {
    const spans = findDates(text);
    expect(spans.map((s) => s.normalized)).toEqual(expected);
    for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});
