/** Numbers and units of performance targets, as pure functions with small tables. */

/** Number words that measures spell out ("within three weeks"). */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30, sixty: 60, ninety: 90, hundred: 100,
};
export const NUMBER_WORD_SOURCE = Object.keys(NUMBER_WORDS).join("|");

/** "1,000" → 1000, "2.5" → 2.5, "three" → 3; null when not a number. */
export function parseNumber(raw: string): number | null {
  const word = NUMBER_WORDS[raw.toLowerCase()];
  if (word !== undefined) return word;
  const s = raw.replace(/,(?=\d{3}\b)/g, "");
  return /^\d+(?:\.\d+)?$/.test(s) ? Number(s) : null;
}

/** Printed unit → canonical unit of TargetSchema. */
const UNITS: ReadonlyArray<[RegExp, string]> = [
  [/^(?:%|per ?cent|percent)$/i, "%"],
  [/^percentage[- ]points?$/i, "pp"],
  [/^(?:working |calendar |business )?days?$/i, "days"],
  [/^weeks?$/i, "weeks"],
  [/^months?$/i, "months"],
  [/^years?$/i, "years"],
  [/^hours?$/i, "hours"],
];

export function normalizeUnit(raw: string | undefined): string | null {
  if (!raw) return null;
  const s = raw.trim();
  for (const [re, unit] of UNITS) if (re.test(s)) return unit;
  return null;
}
