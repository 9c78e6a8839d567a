/**
 * Dates as printed in UN documents → ISO 8601. Pure functions; a string that is not exactly one
 * well-formed date gives null rather than a guess ("1 August 22 2007" is noise, not a date).
 */
import { normalizeSpace } from "../vocab/text.js";

/** Month names and the abbreviations UN documents use ("4 Feb 2008", "Sept. 2007"). */
export const MONTHS: Readonly<Record<string, number>> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9, october: 10, oct: 10,
  november: 11, nov: 11, december: 12, dec: 12,
};

/** Alternation of month words, longest first so "September" wins over "Sep". */
export const MONTH_SOURCE = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .map((m) => m[0]!.toUpperCase() + m.slice(1))
  .join("|");

/** Plausible years for the documents we read (UN founded 1945; leave room for future archives). */
const MIN_YEAR = 1945;
const MAX_YEAR = 2100;

const pad = (n: number) => String(n).padStart(2, "0");

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** A calendar-checked ISO date, or null (31 June, 29 February 2007, year 3000 → null). */
export function isoDate(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) return null;
  if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

export function monthNumber(word: string): number | null {
  return MONTHS[word.toLowerCase().replace(/\.$/, "")] ?? null;
}

/** "22 December 2007", "4 Feb. 2008", "1st July 2007". */
const DAY_MONTH_YEAR = new RegExp(`^(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTH_SOURCE})\\.?,?\\s+(\\d{4})$`, "i");
/** "December 22, 2007" (US order, seen in some Secretariat memos). */
const MONTH_DAY_YEAR = new RegExp(`^(${MONTH_SOURCE})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})$`, "i");
/** "2007-12-22". */
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Parse one date string to ISO (YYYY-MM-DD), or null when it is not exactly one valid date.
 * Numeric day/month forms (1/8/2007) are refused: their order is ambiguous between UN English
 * (day first) and US usage, and a wrong date is worse than none.
 */
export function parseDate(raw: string): string | null {
  const s = normalizeSpace(raw.normalize("NFKC")).replace(/[.,;]$/, "");
  let m = DAY_MONTH_YEAR.exec(s);
  if (m) return isoDate(Number(m[3]), monthNumber(m[2]!)!, Number(m[1]));
  m = MONTH_DAY_YEAR.exec(s);
  if (m) return isoDate(Number(m[3]), monthNumber(m[1]!)!, Number(m[2]));
  m = ISO.exec(s);
  if (m) return isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
  return null;
}

/** "2008-2009" / "2008–2009" / "2008-09": a biennium or period of consecutive years → "2008/2009" (ISO 8601 interval). */
export function parseYearRange(raw: string): string | null {
  const m = /^((?:19|20)\d{2})\s*[-\u2013\u2014/]\s*(\d{2}|\d{4})$/.exec(raw.trim());
  if (!m) return null;
  const from = Number(m[1]);
  const to = m[2]!.length === 2 ? Math.floor(from / 100) * 100 + Number(m[2]) : Number(m[2]);
  return to === from + 1 ? `${from}/${to}` : null;
}

/** "June 2008" → "2008-06" (ISO 8601 reduced precision). */
const MONTH_YEAR = new RegExp(`^(${MONTH_SOURCE})\\.?,?\\s+(\\d{4})$`, "i");
export function parseMonthYear(raw: string): string | null {
  const m = MONTH_YEAR.exec(raw.trim());
  if (!m) return null;
  const year = Number(m[2]);
  if (year < MIN_YEAR || year > MAX_YEAR) return null;
  return `${year}-${pad(monthNumber(m[1]!)!)}`;
}
