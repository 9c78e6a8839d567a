/**
 * English ordinal words → numbers, for session lines ("Sixtieth session" → 60, "Fifty-ninth
 * session" → 59). Composed from named parts (tens + units) rather than a list of 100 spellings.
 */
const UNITS: Readonly<Record<string, number>> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9,
  tenth: 10, eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16,
  seventeenth: 17, eighteenth: 18, nineteenth: 19,
};
/** Cardinal tens as the first half of a compound ("fifty-ninth"). */
const TENS: Readonly<Record<string, number>> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
/** Ordinal tens standing alone ("sixtieth"). */
const ORDINAL_TENS: Readonly<Record<string, number>> = {
  twentieth: 20, thirtieth: 30, fortieth: 40, fiftieth: 50, sixtieth: 60, seventieth: 70, eightieth: 80, ninetieth: 90,
  hundredth: 100,
};
/** "60th", "61st", "62nd", "63rd". */
const NUMERIC_ORDINAL = /^(\d{1,3})(?:st|nd|rd|th)$/i;

/** The number an English ordinal stands for, or null when it is not one. */
export function ordinalToNumber(word: string): number | null {
  const w = word.trim().toLowerCase().replace(/[\u2010-\u2013\s]+/g, "-");
  const numeric = NUMERIC_ORDINAL.exec(w);
  if (numeric?.[1]) return Number(numeric[1]);
  const single = UNITS[w] ?? ORDINAL_TENS[w];
  if (single !== undefined) return single;
  const [tens, unit] = w.split("-");
  if (tens && unit) {
    const t = TENS[tens];
    const u = UNITS[unit];
    if (t !== undefined && u !== undefined && u < 10) return t + u;
  }
  return null;
}

/**
 * OCR of typewritten mastheads misreads a letter or two ("rrwenty-sixth", "Twenty-slxth"). An
 * ordinal part this close (edit distance) to a known spelling is read as that spelling; shorter
 * words need an exact match, since "sixth"/"sixty" are one letter apart.
 */
const MAX_OCR_EDITS = 2;
/** Parts shorter than this must match exactly. */
const MIN_FUZZY_LENGTH = 6;

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = cur;
    }
  }
  return row[b.length]!;
}

function nearest(part: string, table: Readonly<Record<string, number>>): string | null {
  if (part in table) return part;
  if (part.length < MIN_FUZZY_LENGTH) return null;
  let best: string | null = null;
  let bestDistance = MAX_OCR_EDITS + 1;
  for (const key of Object.keys(table)) {
    const d = editDistance(part, key);
    if (d < bestDistance) [best, bestDistance] = [key, d];
  }
  return best;
}

/**
 * ordinalToNumber, tolerant of OCR misreadings: returns the number and whether a part had to be
 * repaired (the caller warns), or null when no spelling is close enough.
 */
export function ordinalToNumberTolerant(word: string): { value: number; repaired: boolean } | null {
  const exact = ordinalToNumber(word);
  if (exact !== null) return { value: exact, repaired: false };
  const w = word.trim().toLowerCase().replace(/[\u2010-\u2013\s]+/g, "-");
  const [first, second] = w.split("-");
  if (first && second) {
    const tens = nearest(first, TENS);
    const unit = nearest(second, UNITS);
    if (tens && unit) {
      const u = UNITS[unit]!;
      if (u < 10) return { value: TENS[tens]! + u, repaired: true };
    }
    return null;
  }
  if (!first) return null;
  const single = nearest(first, { ...UNITS, ...ORDINAL_TENS });
  return single ? { value: (UNITS[single] ?? ORDINAL_TENS[single])!, repaired: true } : null;
}
