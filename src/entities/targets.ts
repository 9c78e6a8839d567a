/**
 * Numeric targets in performance measures: "no more than 5%", "at least 20%", "90% of documents",
 * "1 percentage point increase", "within 30 days", "from 12 in 2018 to 15 in 2019". Also the
 * "percentage" entity spans.
 */
import type { Target } from "../model/output.js";
import { NUMBER_WORD_SOURCE, normalizeUnit, parseNumber } from "../normalize/target.js";
import { withFields } from "../model/objects.js";

const NUM = `(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?|${NUMBER_WORD_SOURCE})`;
const PERCENT = "(?:\\s?%|\\s(?:per ?cent|percent)\\b)";
/** Units a target may carry; "%" glued or spaced, time units as words. */
const UNIT = `(\\s?%|\\s(?:per ?cent|percent|percentage[- ]points?|(?:working |calendar |business )?days?|weeks?|months?|years?|hours?)\\b)`;

type Comparator = Target["comparator"];

export interface Rule {
  /** Why the rule exists is in the name; the regex captures the number (group 1) and unit (group 2). */
  name: string;
  re: RegExp;
  /**
   * Words every match of `re` contains (case-insensitive, as `re`): a text without them is not
   * scanned with `re`, whose number alternatives are tried at every digit and number word.
   */
  needs?: RegExp;
  build: (m: RegExpExecArray) => Omit<Target, "raw"> | null;
}

const num = (s: string | undefined) => (s === undefined ? null : parseNumber(s));

function simple(comparator: Comparator) {
  return (m: RegExpExecArray): Omit<Target, "raw"> | null => {
    const value = num(m[1]);
    return value === null ? null : { value, unit: normalizeUnit(m[2]), comparator };
  };
}

/** Ordered: earlier rules win where they overlap later ones. */
export const RULES: readonly Rule[] = [
  {
    // "from 12 in 2018 to 15 in 2019", "from 60% in 2017 to 75% by 2019": baseline and target.
    name: "baseline-to-target",
    needs: /from/i,
    re: new RegExp(`\\bfrom\\s+${NUM}${UNIT}?(?:\\s+in\\s+((?:19|20)\\d{2}))?\\s+to\\s+${NUM}${UNIT}?(?:\\s+(?:in|by)\\s+((?:19|20)\\d{2}))?`, "gi"),
    build: (m) => {
      const base = num(m[1]);
      const value = num(m[4]);
      if (base === null || value === null) return null;
      return {
        value,
        unit: normalizeUnit(m[5] ?? m[2]),
        comparator: "=",
        baseline: { value: base, year: m[3] ? Number(m[3]) : null },
        year: m[6] ? Number(m[6]) : null,
      };
    },
  },
  {
    // "1 percentage point increase", "20% increase in …", "5 per cent reduction": a change by that much.
    name: "amount-then-change",
    needs: /increase|rise|improvement|growth|decrease|reduction|decline|drop/i,
    re: new RegExp(`\\b${NUM}${UNIT}\\s+(increase|rise|improvement|growth|decrease|reduction|decline|drop)`, "gi"),
    build: (m) => {
      const value = num(m[1]);
      if (value === null) return null;
      return { value, unit: normalizeUnit(m[2]), comparator: /increase|rise|improvement|growth/i.test(m[3]!) ? "+" : "-" };
    },
  },
  {
    // "increase of 2 percentage points", "reduction by 5%".
    name: "change-by",
    // Every verb of the pattern below holds one of these stems: a measure without any (most of
    // them) is not scanned with the pattern's alternation of 27 verb forms at every word.
    needs: /increas|ris[ei]|rose|improv|gr[eo]w|decreas|reduc|declin|f[ae]ll|drop/i,
    re: new RegExp(`\\b(increase[sd]?|increasing|rise[sn]?|rising|rose|improve[sd]?|improving|improvement|grow[sn]?|grew|growth|decrease[sd]?|decreasing|reduction|reduce[sd]?|reducing|decline[sd]?|declining|fall[sn]?|fell|drop(?:s|ped)?)\\s+(?:of|by)\\s+${NUM}${UNIT}`, "gi"),
    build: (m) => {
      const value = num(m[2]);
      if (value === null) return null;
      return { value, unit: normalizeUnit(m[3]), comparator: /increas|ris|rose|improv|grow|grew/i.test(m[1]!) ? "+" : "-" };
    },
  },
  {
    name: "at-most",
    needs: /more than|exceed|at most|maximum of|up to/i,
    re: new RegExp(`\\b(?:no more than|not more than|not to exceed|not exceeding|not exceed|at most|a maximum of|maximum of|up to)\\s+${NUM}${UNIT}?`, "gi"),
    build: simple("<="),
  },
  {
    name: "less-than",
    needs: /less than|fewer than|below|under|lower than/i,
    re: new RegExp(`(?<!\\bfor\\s)\\b(?:less than|fewer than|below|under|lower than)\\s+${NUM}${UNIT}`, "gi"),
    build: simple("<"),
  },
  {
    name: "at-least",
    needs: /at least|less than|fewer than|minimum of/i,
    re: new RegExp(`\\b(?:at least|no less than|not less than|no fewer than|a minimum of|minimum of)\\s+${NUM}${UNIT}?`, "gi"),
    build: simple(">="),
  },
  {
    name: "more-than",
    needs: /more than|greater than|over|above|exceeding/i,
    // Not after "for": "posts funded for more than one year" says which posts are counted.
    re: new RegExp(`(?<!\\bfor\\s)\\b(?:more than|greater than|over|above|exceeding)\\s+${NUM}${UNIT}`, "gi"),
    build: simple(">"),
  },
  {
    // "4 or more", "10 or fewer".
    name: "or-more-or-less",
    needs: /or\s+(?:more|higher|above|less|fewer|lower|below)/i,
    re: new RegExp(`\\b${NUM}${UNIT}?\\s+or\\s+(more|higher|above|less|fewer|lower|below)\\b`, "gi"),
    build: (m) => {
      const value = num(m[1]);
      if (value === null) return null;
      return { value, unit: normalizeUnit(m[2]), comparator: /more|higher|above/i.test(m[3]!) ? ">=" : "<=" };
    },
  },
  {
    // "within 30 days", "within three weeks", "within 2% deviation".
    name: "within",
    needs: /within/i,
    re: new RegExp(`\\bwithin\\s+${NUM}${UNIT}`, "gi"),
    build: simple("<="),
  },
  {
    // A bare duration states the time to meet: "average of 120 days", "issued six weeks before".
    name: "duration",
    needs: /day|week|month|hour/i,
    // Not the number of a comparison left out above ("vacant for more than 90 days").
    re: new RegExp(`(?<![\\w.,])(?<!\\b(?:than|for|over|under)\\s)${NUM}\\s((?:working |calendar |business )?days?|weeks?|months?|hours?)\\b`, "gi"),
    build: simple("="),
  },
  {
    // A bare percentage states the level to reach: "90% of documents", "100% compliance".
    name: "percentage",
    needs: /%|per ?cent/i,
    re: new RegExp(`(?<![\\w.,])${NUM}${PERCENT}`, "gi"),
    build: (m) => {
      const value = num(m[1]);
      return value === null ? null : { value, unit: "%", comparator: "=" };
    },
  },
];

/**
 * Conditions are not targets: "(if departments female representation is below 50% …)" and a
 * leading "If 4 or more recruitments … occur," are blanked (offsets kept) before matching.
 */
const CONDITIONS = [/\((?:if|where|when|unless)\b[^)]*\)/gi, /(?:^|(?<=[.;:]\s*))\s*If\b[^,;.]*,/g];

function blankConditions(text: string): string {
  let out = text;
  for (const re of CONDITIONS) out = out.replace(re, (s) => " ".repeat(s.length));
  return out;
}

export interface TargetMatch extends Target {
  start: number;
  end: number;
}

/**
 * Every rule's match holds a NUM (digits or a number word): text without any has no target, and
 * most measures and cells are such text — one test instead of eleven case-insensitive patterns.
 */
const ANY_NUMBER = new RegExp(`\\d|${NUMBER_WORD_SOURCE}`, "i");

/** Targets with their offsets in `text`, in text order. */
export function findTargets(text: string): TargetMatch[] {
  if (!ANY_NUMBER.test(text)) return [];
  const scan = blankConditions(text);
  const found: TargetMatch[] = [];
  for (const rule of RULES) {
    if (rule.needs && !rule.needs.test(scan)) continue;
    // exec from 0 on the rule's own global pattern: what matchAll gives (no pattern matches empty
    // text), without the copy of the pattern matchAll makes at every call (87 measures × 11 rules).
    const re = rule.re;
    re.lastIndex = 0;
    for (let m = re.exec(scan); m !== null; m = re.exec(scan)) {
      const start = m.index;
      const end = start + m[0].trimEnd().length;
      if (found.some((f) => f.start < end && start < f.end)) continue;
      const t = rule.build(m);
      if (t) found.push(withFields(t, { raw: text.slice(start, end), start, end }));
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** The numeric targets of one performance measure (TargetSchema), in text order. */
export function parseTargets(text: string): Target[] {
  return findTargets(text).map(({ start: _s, end: _e, ...t }) => t);
}

export interface PercentageSpan {
  type: "percentage";
  text: string;
  normalized: string;
  start: number;
  end: number;
}

const PERCENTAGE = new RegExp(`(?<![\\w.,])(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)${PERCENT}`, "g");

/** Every percentage ("90%", "2.5 per cent"), normalized as "90%". */
export function findPercentages(text: string): PercentageSpan[] {
  return [...text.matchAll(PERCENTAGE)].map((m) => ({
    type: "percentage" as const,
    text: m[0],
    normalized: `${parseNumber(m[1]!)}%`,
    start: m.index,
    end: m.index + m[0].length,
  }));
}
