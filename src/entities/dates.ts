/**
 * Date recogniser: spans of dates, date ranges, bienniums and month-years in running text, each
 * with its ISO 8601 form. Normalisation lives in normalize/date.ts.
 */
import { MONTH_SOURCE, parseDate, parseMonthYear, parseYearRange } from "../normalize/date.js";
export { parseDate, parseYearRange, parseMonthYear } from "../normalize/date.js";

export interface DateSpan {
  type: "date";
  text: string;
  /** "2007-12-22"; a range "2007-07-01/2008-06-30"; a biennium "2008/2009"; a month "2008-06". */
  normalized: string;
  start: number;
  end: number;
}

/**
 * Month names are matched capitalised only: "may" is a verb far more often than a month.
 * A day must not be glued to a preceding number, so the noise "1 August 22 2007" yields nothing.
 */
const DMY = `(?<![\\w./-])\\d{1,2}(?:st|nd|rd|th)?\\s+(?:${MONTH_SOURCE})\\.?,?\\s+\\d{4}(?![\\w/-])`;
/** "December 22, 2007"; not after a number ("1 August 22 2007" is noise, not 22 August). */
const MDY = `(?<![\\w./-]|\\d\\s{1,3})(?:${MONTH_SOURCE})\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}(?![\\w/-])`;
const ISO = `(?<![\\w./-])\\d{4}-\\d{2}-\\d{2}(?![\\w/-])`;
const ONE_DATE = `(?:${DMY}|${MDY}|${ISO})`;
/** "1 July 2007 to 30 June 2008", "from 1 July 2007 until 30 June 2008", "1 July 2007 - 30 June 2008". */
const RANGE_JOIN = "\\s+(?:to|until|through|[-\\u2013\\u2014])\\s+";
const DATE_PATTERNS: ReadonlyArray<{ re: RegExp; parse: (raw: string) => string | null }> = [
  { re: new RegExp(`(${ONE_DATE})${RANGE_JOIN}(${ONE_DATE})`, "g"), parse: parseRange },
  { re: new RegExp(ONE_DATE, "g"), parse: parseDate },
  // Month and year ("in June 2008"), not after a day number.
  { re: new RegExp(`(?<![\\w./-]|\\d\\s{1,3})(?:${MONTH_SOURCE})\\.?\\s+\\d{4}(?![\\w/-])`, "g"), parse: parseMonthYear },
  // Bienniums and periods of two consecutive years ("2008-2009", "2008–09"); slashes are
  // financial periods (1 July–30 June), not calendar years, so they are left alone.
  { re: /(?<![\w./-])(?:19|20)\d{2}\s?[-\u2013]\s?(?:(?:19|20)\d{2}|\d{2})(?![\w/-])/g, parse: parseYearRange },
];

/** A whole range, its two dates captured (compiled once: parseRange runs on every range found). */
const WHOLE_RANGE = new RegExp(`^(${ONE_DATE})${RANGE_JOIN}(${ONE_DATE})$`);

function parseRange(raw: string): string | null {
  const m = WHOLE_RANGE.exec(raw);
  if (!m) return null;
  const from = parseDate(m[1]!);
  const to = parseDate(m[2]!);
  return from && to && from <= to ? `${from}/${to}` : null;
}

/** Every date in the text, longest forms first (a range is one span), in text order. */
export function findDates(text: string): DateSpan[] {
  const spans: DateSpan[] = [];
  // The spans of the patterns before this one, in text order: they never overlap (a span is kept
  // only where it overlaps none), so their ends rise with their starts and one binary search
  // finds the only one a new match can meet first. A text with many dates was quadratic.
  let before: DateSpan[] = [];
  for (const { re, parse } of DATE_PATTERNS) {
    for (const m of text.matchAll(re)) {
      const start = m.index;
      const end = start + m[0].length;
      if (overlapsAny(before, start, end) || overlapsAny(spans, start, end, before.length)) continue;
      const normalized = parse(m[0]);
      if (normalized) spans.push({ type: "date", text: m[0], normalized, start, end });
    }
    before = [...spans].sort((a, b) => a.start - b.start);
  }
  return spans.sort((a, b) => a.start - b.start);
}

/**
 * Whether [start, end) meets a span of `sorted` (from index `from` on), whose spans do not
 * overlap and are in text order: the first span ending after `start` is the only candidate.
 */
function overlapsAny(sorted: readonly DateSpan[], start: number, end: number, from = 0): boolean {
  let lo = from, hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.end <= start) lo = mid + 1;
    else hi = mid;
  }
  return lo < sorted.length && sorted[lo]!.start < end;
}

/** Text that was meant as a date (a month name or a year) — used to warn when it does not parse. */
const DATE_LIKE = new RegExp(`\\b(?:${MONTH_SOURCE})\\b|\\b(?:19|20)\\d{2}\\b`, "i");
export function looksLikeDate(raw: string): boolean {
  return DATE_LIKE.test(raw);
}
