import { utf16Mojibake } from "./markers.js";
import { escapeRegExp } from "./text.js";
/**
 * The shape of a Target or Baseline value as tables print it: a number with its unit ("36%",
 * "12 days", "85 per cent"), or a mark for no value yet. One definition for the readers that cut
 * values out of glued text (tables/runTogether, tables/columns).
 */

/** A value's number: digits with an optional decimal part, sign, comparator or percent sign ("36%", "3.3", "<5", "1,200"). */
export const VALUE_NUMBER = /^[<>≤≥~]?[-+]?\d[\d,]*(?:\.\d+)?%?$/;
/**
 * A value's unit after its number: one short word of letters ("days", "kWh", "hours", "weeks").
 * Six letters at most: a longer word before a number is the indicator's own wording, never a unit.
 */
export const VALUE_UNIT = /^[A-Za-z]{1,6}$/;
/** A unit of two words, "36 per cent". */
export const PER_CENT = ["per", "cent"] as const;
/**
 * A bound on a value in words, before its figure ("at least 5", "at most 3", "not more than 2",
 * "fewer than 10", "up to 4"): a pattern source, matched case-insensitively by its users.
 */
export const BOUND_PHRASE = String.raw`at (?:least|most)|(?:not )?(?:more|less|fewer) than|up to`;
/**
 * "≤" and "≥" as a standard-font PDF shows them when the producer wrote them unconverted (jsPDF in
 * Helvetica or Times: `"d`, `"e`, markers.ts `utf16Mojibake`), a pattern source. Before a value's
 * figure they bound it as the comparator does ("≥ 8" printed `"e 8`); the text keeps them as printed.
 */
export const MOJIBAKE_COMPARATOR = ["≤", "≥"]
  .map((c) => utf16Mojibake(c))
  .filter((m): m is string => m !== null)
  .map(escapeRegExp)
  .join("|");
/** A cell with no value yet: a dash, "n/a", "TBD". */
export const NO_VALUE = /^(?:n\/a|n\.a\.|tbd|tbc|[-–—])$/i;

/**
 * How many of the words `ws` opens with make one value — a number alone (1), with a unit (2) or
 * with "per cent" (3) — or 0 when `ws` does not open with a value's number.
 */
export function leadingValueLength(ws: readonly string[]): number {
  if (!VALUE_NUMBER.test(ws[0] ?? "")) return 0;
  if (ws[1] === PER_CENT[0] && ws[2] === PER_CENT[1]) return 3;
  return ws[1] !== undefined && VALUE_UNIT.test(ws[1]) ? 2 : 1;
}

/**
 * A whole cell that is one value, as a linearised table prints a Baseline or Target paragraph:
 * a number with a comparator, currency or per cent and at most two words of unit ("61%",
 * "14 days", "1,113", "55 per cent", "at least 5", "$1,200"), or a mark for no value ("n/a",
 * "TBD", "none", "-"). Looser than VALUE_NUMBER + VALUE_UNIT, which cut values out of glued
 * text and must not take an indicator's words for a unit: a cell of its own has nothing to cut.
 */
export const VALUE_CELL = new RegExp(
  String.raw`^(?:[<>≤≥~]|at least|at most|up to)?\s*[$€£]?\d[\d,.]*(?:\s*(?:%|per\s*cent|percent))?(?:\s+[A-Za-z]+){0,2}$|^(?:n\/?a|tbd|tbc|none|nil|[-–—])$`,
  "i",
);

/** A value's note in brackets after it, one or two words (`54 (actual)`, `8 (cumulative)`). */
const VALUE_NOTE = /\s*\(\p{L}+(?: \p{L}+)?\)$/u;
/** A bound in words before a value that VALUE_CELL does not list (`Not more than 9 days`, `fewer than 10`). */
const WORDED_BOUND = new RegExp(String.raw`^(?:${BOUND_PHRASE})\s+(?=\d)`, "i");
/**
 * A whole Baseline or Target cell: VALUE_CELL, also with a bracketed note after the value
 * (`54 (actual)`, `72 (cumulative)`) or a bound in words before it (`Not more than 9 days`).
 * Session 36: content-stream text prints such cells run together (`3 (actual) 5`), and only
 * their kind tells where one ends.
 */
export function isValueCell(text: string): boolean {
  const t = text.trim().replace(VALUE_NOTE, "").replace(WORDED_BOUND, "");
  return t !== "" && VALUE_CELL.test(t);
}
