/**
 * Cell text: bullets, sentence ends, line-wrap joining with hyphenation repair, and splitting a
 * column's fragments into list items. Pure functions over strings; no layout knowledge here.
 */

import { INLINE_BULLET, isLoneMarker, leadingMarker, markerLevelKinds, markerValue, romanNumber, replaceInlineBullets, splitAtInlineBullets, stripMarker } from "../vocab/markers.js";
import { isJsSpace, normalizeSpace } from "../vocab/text.js";
import { monthNumber } from "../normalize/date.js";
import { isEnglishWord } from "../vocab/english.js";

export { normalizeSpace };
/** Stray rule glyphs a converter leaves where a table border was: "_", "|", "--", "---", "===". */
const RULE_GLYPHS = /^[\s_|\-\u2013\u2014=+.·]*$/;

/**
 * Words whose trailing full stop is an abbreviation, not a sentence end ("para. 20", "No. 5",
 * "e.g."). Lower-cased, without the final dot.
 */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  "para", "paras", "no", "nos", "e.g", "i.e", "cf", "art", "arts", "vol", "rev", "add", "corr",
  "sect", "ch", "p", "pp", "fig", "approx", "vs", "mr", "mrs", "ms", "dr", "st", "op", "annex", "ref",
]);

export const stripBullet = stripMarker;

export function isRuleGlyphs(s: string): boolean {
  return RULE_GLYPHS.test(s);
}

/**
 * A line's last word ends a sentence or a clause by its last character alone: ".", "!", "?", ":"
 * or ";" — any full stop, also "e.g." or an initial's, and not a comma. Cruder than `endsSentence`
 * (which reads an abbreviation or an initial as unfinished and a clause end as going on), for rules
 * asking whether a cell's line may be its last (textSpacing's objective line above, columns'
 * broken run head).
 */
export const CLAUSE_END = /[.!?:;]$/;

/** Does this text end a sentence? "." "!" "?" (before closing quotes/brackets), but not after an abbreviation or an initial. */
export function endsSentence(s: string): boolean {
  // By char codes (the table reader asks this of nearly every cell line): trailing white space,
  // then closing quotes and brackets, are passed over as `trimEnd()` and /["'’”)\]]+$/ removed them.
  let end = s.length;
  while (end > 0 && isJsSpace(s.charCodeAt(end - 1))) end--;
  while (end > 0 && isSentenceCloser(s.charCodeAt(end - 1))) end--;
  const last = s.charCodeAt(end - 1);
  if (last === 0x21 || last === 0x3f) return true; // "!" "?"
  if (last !== 0x2e) return false; // no "."
  // The word before the full stop: the run of non-space characters ending at it (/(\S+)\.$/'s group).
  let from = end - 1;
  while (from > 0 && !isJsSpace(s.charCodeAt(from - 1))) from--;
  const word = s.slice(from, end - 1);
  const bare = word.replace(/^[("'‘“[]+/, "").toLowerCase();
  if (ABBREVIATIONS.has(bare)) return false;
  // A single capital before the dot is an initial ("J. Smith"), not a sentence end.
  if (/^[A-Z]$/.test(word)) return false;
  return true;
}

/** A closing quote or bracket after a sentence's end: " ' ’ ” ) ]. */
function isSentenceCloser(c: number): boolean {
  return c === 0x22 || c === 0x27 || c === 0x29 || c === 0x5d || c === 0x2019 || c === 0x201d;
}

/**
 * A cell line that cannot end an item: it stops on an article, preposition or conjunction, or on a
 * hyphen, comma, colon or open bracket. A PDF page break leaves no gap to measure between two
 * unmarked items: the new page's first line in the column opening with a capital or digit starts an
 * item unless the line before the break leads on ("… as reported to the" / "Secretary-General"). The line-fill test
 * (endsParagraph) asks the same: a line that stops on "within" went on, though the next line's
 * first word seems to fit after it — it may be bound to the word after it by a no-break space
 * ("Police units deployable within" / "30 days", h7-003 html.pdf), which the layout prints as a space.
 * A comparison sign or "at least" leads on too: a bound is written before its figure, so a line
 * ending "… platform: ≥" wrapped that figure ("81%") onto the next line (pdfmake, `pdftotext -layout`).
 */
const LEADS_ON = /(?:\b(?:the|of|and|or|to|in|for|by|with|within|through|across|among|against|during|towards?|via|upon|onto|a|an|on|at|from|as|per|into|under|than|between|its|their|which|that|including)|\bat\s+least|[-‐–,;:(/]|[<>≤≥=±])$/i;
export function leadsOn(text: string): boolean {
  return LEADS_ON.test(text);
}

/**
 * A cell line ending with a month name over a line opening with a year: one date cut by the wrap
 * ("86% by December" / "2016", "By 31 December" / "2016" in a narrow Target column). A year opens
 * no item of its own after a month.
 */
export function yearAfterMonth(above: string, line: string): boolean {
  const last = /(\p{L}+)\.?$/u.exec(above.trim())?.[1];
  return !!last && /^\p{Lu}/u.test(last) && monthNumber(last) !== null && YEAR_OPENING.test(line.trim());
}
/** A line opening with a year: four digits from 1900 to 2099, then no further digit. */
const YEAR_OPENING = /^(?:19|20)\d\d(?!\d)/;

/** Does this text open a new item when it follows a finished sentence? A capital or a digit (possibly after a quote or bracket). */
export function startsItem(s: string): boolean {
  return /^["'‘“(]?[A-Z0-9]/.test(s.trimStart());
}

/**
 * Hyphenated compounds whose hyphen survives a line break even though the next word is lower
 * case. Prefixes keep the hyphen with any second part ("self-" + "evaluation"); they are only
 * prefixes that ordinary hyphenation never produces (not "pre-" / "post-" / "inter-", which also
 * break "pre-pare", "post-ed", "inter-est"). Other compounds are listed whole, as UN texts spell them.
 */
export const HYPHEN_PREFIXES: ReadonlySet<string> = new Set(["self", "non", "intra", "half", "medium", "gender", "results", "decision", "cross"]);
export const HYPHENATED_COMPOUNDS: ReadonlySet<string> = new Set([
  "under-represented", "over-represented", "under-representation", "e-mail", "e-learning", "e-recruitment",
  "re-establish", "re-establishment", "re-engineering", "up-to", "follow-up", "cost-effective",
  "cost-effectiveness", "time-bound", "year-end", "full-time", "part-time", "mid-term", "mid-year",
  "post-conflict", "inter-agency", "inter-mission", "inter-departmental", "multi-year", "well-being",
  "cross-cutting", "high-level", "long-term", "short-term", "start-up", "co-operation", "co-ordination",
  "peace-building", "ex-post", "pre-deployment", "decision-making", "information-sharing", "back-office", "front-office",
  // UN spelling keeps the hyphen of "de-" before a vowel-initial word that the dictionary also lists closed.
  "de-escalation", "de-escalate", "de-escalating",
]);

export type HyphenDecision = "keep-space" | "keep" | "drop";

/**
 * What to do with a line that ends "stem-" when the next line starts with `next`:
 * - "keep-space": a suspended hyphen ("un- and under-represented", "short- or long-term");
 * - "keep": a real compound ("Secretary-" + "General", "self-" + "evaluation", "2008-" + "2009");
 * - "drop": a word split by hyphenation ("manage-" + "ment" → "management").
 */
export function decideHyphen(stem: string, next: string, lexicon?: HyphenLexicon): HyphenDecision {
  const nextWord = /^[^\s]+/.exec(next)?.[0] ?? "";
  const bareNext = nextWord.replace(/[^A-Za-z0-9-].*$/, "");
  if (/^(and|or|to|nor)$/i.test(bareNext)) return "keep-space";
  if (/^[A-Z0-9]/.test(bareNext)) return "keep";
  const s = stem.toLowerCase();
  // The document's own spelling decides first: the compound printed whole elsewhere, or the word.
  const second = bareNext.toLowerCase().replace(/-.*$/, "");
  if (lexicon?.hyphenated.has(`${s}-${second}`) || lexicon?.hyphenatedRoot?.has(s, second)) return "keep";
  // Then what the producer said of the hyphen: a soft one is the typesetter's, never the word's.
  if (lexicon?.softBroken?.has(s)) return "drop";
  if (lexicon?.words.has(`${s}${second}`)) return "drop";
  if (COMPOUND_SECOND_PARTS.has(second)) return "keep";
  if (/\d$/.test(s)) return "keep";
  // An acronym before the hyphen ("DPKO-" + "led") is a compound, never a split word.
  if (/^[A-Z]{2,}$/.test(stem)) return "keep";
  if (HYPHEN_PREFIXES.has(s)) return "keep";
  // Hyphenation never leaves one letter before a break (word processors and TeX break after two
  // letters at least): "e-" + "performance", "x-" + "ray" are compounds.
  if (/^[a-z]$/.test(s)) return "keep";
  if (HYPHENATED_COMPOUNDS.has(`${s}-${bareNext.toLowerCase()}`)) return "keep";
  if (keptByUnhyphenatedDocument(s, second, lexicon)) return "keep";
  // A compound broken at its own hyphen: both halves are words and the whole is none
  // ("system-" + "wide", "confidence-" + "building"); "pre-" / "post-" before a word of five
  // letters or more ("pre-" + "cleared", "post-" + "conflict"; not "pre-" + "pare"). Hyphenation
  // splits a word into pieces that are no words ("admi-" + "nistrative", "deve-" + "lopment").
  if (/^[a-z]+$/.test(second) && isEnglishWord(second) && !CLOSED_COMPOUNDS.has(`${s}${second}`)) {
    if (STEM_PREFIXES.has(s) && second.length >= MIN_PREFIXED_WORD) return "keep";
    if ((s.length >= MIN_COMPOUND_STEM || NUMBER_STEMS.has(s)) && isEnglishWord(s) && !isEnglishWord(`${s}${second}`)) return "keep";
  }
  return "drop";
}

/**
 * Session 31 (h-pdf): a producer that never hyphenates leaves only printed hyphens at line ends.
 * When no line end of the document breaks a word at a hyphen (`printsNoHyphenation`: every
 * letters-before-a-line-end-hyphen is itself a word), a break between two words is the compound's
 * own hyphen ("help-" / "desk", "stand-" / "by", "low-" / "carbon"), even where
 * the dictionary also lists the closed form ("helpdesk", "standby") or the first part is short.
 * Browsers, Word and LibreOffice hyphenate only when told to; a typesetter that does (TeX, groff,
 * Typst, a browser under `hyphens: auto`) shows it in some break whose first piece is no word
 * ("imple-", "coordi-"). The piece after the break must be a word that is no common ending
 * (`HYPHENATION_TAILS`: the word list holds "ment", "ance", "ing"): "manage-" / "ment" is a break.
 */
function keptByUnhyphenatedDocument(stem: string, second: string, lexicon?: HyphenLexicon): boolean {
  if (!lexicon?.printsNoHyphenation?.()) return false;
  if (stem.length < MIN_KEPT_STEM || HYPHENATION_HEADS.has(stem)) return false;
  return /^[a-z]+$/.test(second) && !HYPHENATION_TAILS.has(second) && isEnglishWord(stem) && isEnglishWord(second);
}
/** A first piece shorter than this is a syllable the word list also holds ("re-" / "sources", "in-" / "ternal"): no evidence of a compound. */
const MIN_KEPT_STEM = 3;
/**
 * Opening syllables a hyphenation leaves before the break that the word list also holds ("con-" /
 * "sent", "pro-" / "gramme"), and the Latin prefixes English writes closed, which a hyphenation
 * parts at the prefix's end ("inter-" / "governmental", "multi-" / "lateral", "trans-" / "boundary"):
 * the word list holds "inter" and "governmental", but the compound is printed whole.
 */
const HYPHENATION_HEADS: ReadonlySet<string> = new Set(["con", "pro", "com", "dis", "mis", "sub", "pre", "per", "ter", "for", "par", "pur", "sur", "ten", "inter", "intra", "multi", "trans", "super", "semi", "anti", "post", "extra"]);
/** Endings a hyphenation leaves after the break that the word list also holds as words (or that hyphenation patterns split off: "with-" / "in"). */
const HYPHENATION_TAILS: ReadonlySet<string> = new Set([
  "ment", "ments", "ing", "ings", "ance", "ances", "ence", "ences", "ness", "able", "ible", "less", "ous", "ism", "isms",
  "age", "ages", "ion", "ions", "ation", "ations", "tion", "tions", "al", "ally", "ed", "er", "ers", "est", "ate", "ates",
  "ated", "ive", "ives", "ity", "ities", "ant", "ants", "ent", "ents", "ary", "ory", "ure", "ures", "ise", "ize", "ist",
  "ists", "ful", "ly", "en", "in", "on", "an", "or", "ted", "ting", "ten", "tend", "sent", "port", "ports",
  "form", "forms", "con", "pro", "de", "re", "ex", "ward", "wards",
]);
/**
 * A word of the text broken at a line-end hyphen whose first piece is no word ("imple-", "coordi-",
 * "Secre-"): the producer hyphenates. Letters before a hyphen that a space or line end follows;
 * a suspended prefix ("un- and") also counts, which keeps such a document on the old rules.
 */
const LINE_END_STEM = /(?<![A-Za-z])([A-Za-z]+)-(?=\s)/g;
function showsHyphenation(text: string): boolean {
  for (const m of text.matchAll(LINE_END_STEM)) if (!knownWholeWord(m[1]!.toLowerCase())) return true;
  return false;
}

/**
 * Words UN texts write closed that no general dictionary lists (United Nations Editorial Manual
 * spellings): a line break at their joint is no compound's hyphen.
 */
const CLOSED_COMPOUNDS: ReadonlySet<string> = new Set([
  "policymaker", "policymakers", "policymaking", "extrabudgetary", "subprogramme", "subprogrammes",
  "peacemaking", "statebuilding", "nationbuilding", "capacitybuilding",
]);
/** A word a broken one may be made back into: English, or one of the UN's closed compounds ("extrabudgetary"). */
function knownWholeWord(lower: string): boolean {
  return isEnglishWord(lower) || CLOSED_COMPOUNDS.has(lower);
}
/** Prefixes UN texts hyphenate before a whole word ("pre-deployment", "post-conflict"). */
const STEM_PREFIXES: ReadonlySet<string> = new Set(["pre", "post"]);
/** ... but hyphenation also breaks short words after them ("pre-" + "pare"): the word must be this long. */
const MIN_PREFIXED_WORD = 5;
/** A first half shorter than this is a prefix or a syllable ("re-", "sub-", "co-"), not a compound's word. */
const MIN_COMPOUND_STEM = 4;
/**
 * ... except a short number word, which makes compound adjectives with any noun ("one-hour
 * standard", "two-year programme", "six-month review", "ten-day course"); hyphenation of a word
 * that opens like one joins into a word ("one-" + "rous", "ten-" + "ant"), so the test above holds.
 */
const NUMBER_STEMS: ReadonlySet<string> = new Set(["one", "two", "six", "ten"]);

/**
 * Second parts that make a hyphenated compound in UN usage with any first part: "troop-" +
 * "contributing", "field-" + "based", "gender-" + "related". Not "building" or "keeping", which
 * UN texts join ("peacebuilding", "peacekeeping").
 */
export const COMPOUND_SECOND_PARTS: ReadonlySet<string> = new Set([
  "contributing", "based", "related", "oriented", "specific", "sensitive", "led", "owned", "focused", "driven", "funded", "bound",
]);

/**
 * How a document spells its words away from line ends: the hyphenated pairs it prints inside a
 * line ("police-contributing") and its plain words ("unrepresented"), lower-cased. A word broken
 * at a line end is mended the way the document writes it elsewhere. Words are the runs of ASCII
 * letters; a pair is two runs joined by exactly one hyphen ("a-b-c" prints "a-b" and "b-c").
 */
export interface HyphenLexicon {
  hyphenated: { has(pair: string): boolean };
  words: { has(word: string): boolean };
  /** A capitalised word the document prints right after a lower-case word on one line ("reflecting Africa's"): a name, not a sentence's start. */
  capitalisedInside: { has(word: string): boolean };
  /** A capitalised word the document also prints in lower case ("Country" beside "country teams"): a common word, whose capital at a line's start opens a sentence. */
  printedLowerCase?: { has(word: string): boolean };
  /**
   * Session 22 (h-txt14): the document prints the stem hyphened before another form of the word
   * after the break ("co-financing" beside "co-" / "finance"): the hyphen is the compound's own.
   */
  hyphenatedRoot?: { has(stem: string, second: string): boolean };
  /**
   * Session 30 (h-soft): a word the source broke at a soft hyphen at a line end, and never at a
   * printed one (Layout.softBroken, lower case): its line-end hyphen is the typesetter's, dropped.
   */
  softBroken?: { has(stem: string): boolean };
  /**
   * Session 31 (h-pdf): the document breaks no word at a line-end hyphen (`showsHyphenation` finds
   * no first piece that is no word) and marks no soft break: its line-end hyphens are printed ones.
   * Asked of a PDF's text and of plain text (`readHyphenation`; session 39, h-chr: pdftotext's
   * layout text of a print keeps the print's line ends, "help-" / "desk" in corpus dev-012
   * chromium.txt as in its PDF), not of Markdown, whose line ends are the writer's.
   */
  printsNoHyphenation?: () => boolean;
  /**
   * Session 40 (h-chr2): the document prints these two capitalised words one space apart on one
   * line somewhere ("Security Council"): a name, which a wrap between them cuts.
   */
  printedTogether?: (first: string, second: string) => boolean;
  /**
   * Session 52 (h-items52): the document prints this capitalised word where a name closes — one
   * space before a lower-case word that is no list marker, or right before a full stop, comma,
   * semicolon, colon or closing bracket (`CLOSING_AFTER_NAME`: "the Council in", "with States."),
   * not as a hyphened compound's second part ("Secretary-General"). A name so printed may end an
   * item at a line's end (`nameClosesLine`).
   */
  nameClosed?: { has(word: string): boolean };
  /**
   * Session 53 (h-items53): the document prints this lower-case word one space before this capitalised
   * word on one line somewhere ("by Member", "host Governments"): the name may run on after the word.
   */
  printedBefore?: (word: string, name: string) => boolean;
}
export function hyphenLexicon(text: string, softBroken: readonly string[] = [], readHyphenation = false, grid = false): HyphenLexicon {
  let noHyphenation: boolean | null = null;
  // Only a line-end hyphen the rules cannot decide asks, a couple of times per document: each
  // question is one search of the text, not a set of every word built up front (that was ~2 % of a
  // document's CPU). The token is letters and a hyphen only (checked), so it is its own pattern;
  // without the u flag, /i folds ASCII letters onto ASCII letters only, as the sets did.
  // Session 24 (h-speed4): each answer is kept for the document (a PDF's paragraph loop asks the
  // same words again, and each search read the whole text: 12.9 M characters at 4,000 dense pages).
  const printedAlone = (token: string, shape: RegExp) => shape.test(token) && new RegExp(`(?<![A-Za-z])${token}(?![A-Za-z])`, "i").test(text);
  // The capitalised words after a lower-case word: one pass over the text, on the first question.
  let inside: ReadonlySet<string> | null = null;
  const rootSearch = remembered((pair) => {
    const [stem, second] = pair.split("-") as [string, string];
    return second.length >= MIN_ROOT_LETTERS && new RegExp(`(?<![A-Za-z])${stem}-${second.slice(0, Math.max(MIN_ROOT_LETTERS, second.length - ROOT_ENDING_LETTERS))}`, "i").test(text);
  });
  // Both words are LEXICON_NAME (letters, an apostrophe): "first second" is its own pattern.
  const pairSearch = remembered((pair) => new RegExp(`(?<![\\p{L}])${pair}(?![\\p{L}])`, "u").test(text));
  return {
    hyphenated: { has: remembered((pair) => printedAlone(pair, LEXICON_PAIR)) },
    words: { has: remembered((word) => printedAlone(word, LEXICON_WORD)) },
    capitalisedInside: { has: (word) => LEXICON_NAME.test(word) && (inside ??= grid ? capitalisedInsideGridWords(text) : capitalisedInsideWords(text)).has(word) },
    printedLowerCase: { has: remembered((word) => LEXICON_COMMON.test(word) && new RegExp(`(?<![\\p{L}\\p{N}-])${word[0]!.toLowerCase()}${word.slice(1)}(?![\\p{L}\\p{N}-])`, "u").test(text)) },
    // Both words are letters only where the answer can be true: then "stem-second" names the question.
    hyphenatedRoot: { has: (stem, second) => LEXICON_WORD.test(stem) && LEXICON_WORD.test(second) && rootSearch(`${stem}-${second}`) },
    ...(softBroken.length > 0 ? { softBroken: new Set(softBroken) } : {}),
    ...(readHyphenation && softBroken.length === 0 ? { printsNoHyphenation: () => (noHyphenation ??= !showsHyphenation(text)) } : {}),
    printedTogether: (first, second) => LEXICON_NAME.test(first) && LEXICON_NAME.test(second) && pairSearch(`${first} ${second}`),
    nameClosed: { has: remembered((word) => LEXICON_NAME.test(word) && new RegExp(`(?<![\\p{L}\\p{N}-])${word}(?:${CLOSING_AFTER_NAME})`, "u").test(text)) },
    // A lower-case word (letters only) and a name (letters, an apostrophe): "word name" is its own pattern.
    printedBefore: (word, name) => LEXICON_WORD.test(word) && LEXICON_NAME.test(name) && pairSearch(`${word} ${name}`),
  };
}
/** A question about one word of one document, asked once: the answers are kept with the lexicon. */
function remembered(ask: (word: string) => boolean): (word: string) => boolean {
  const answers = new Map<string, boolean>();
  return (word) => {
    let answer = answers.get(word);
    if (answer === undefined) {
      answer = ask(word);
      answers.set(word, answer);
    }
    return answer;
  };
}
/**
 * Every capitalised word (LEXICON_NAME) the text prints right after a lower-case letter and one
 * space, not after a lone "o" (a list marker), and not followed by a letter or an apostrophe: the
 * words for which the pattern per word the lexicon searched with,
 * `\p{Ll}(?<!(?:^|[^\p{L}])o) WORD(?![\p{L}'’])`, finds a match. At each such space at most one
 * word can match (the word is a maximal run of letters, the possessive's apostrophe decides between
 * "Name" and "Name's"), and that is the one captured here; the word contains no space, so no
 * candidate space lies inside a match and the global scan meets every one.
 */
export function capitalisedInsideWords(text: string): Set<string> {
  const words = new Set<string>();
  for (const m of text.matchAll(CAPITALISED_INSIDE)) words.add(m[1]!);
  return words;
}
const CAPITALISED_INSIDE = /(?<=\p{Ll}(?<!(?:^|[^\p{L}])o)) (\p{Lu}\p{Ll}+(?:['’]s)?)(?![\p{L}'’])/gu;
/**
 * Layout text (session 51, h-items51): `capitalisedInsideWords` without the capitals that stand where
 * a cell opens. pdftotext sets a cell that fills its column one space from the next column's text,
 * so a line "… in place Victims referred to …" shows a capital after a lower-case word that is no
 * name inside a sentence but the next column's first word: its character column is where a line
 * within GRID_EDGE_LINES above or below opens text after a run of spaces (a column's left edge on the
 * grid). Such a word is left out unless the text also prints it capitalised inside a sentence
 * elsewhere (corpus13 v13g-017: "Victims" is only ever glued so, and the words at the break
 * "… within the agreed time" / "Victims informed of …" took it for a name running on).
 */
export function capitalisedInsideGridWords(text: string): Set<string> {
  const words = new Set<string>();
  const lines = text.split("\n").map((l) => l.replace(/^\f+/, ""));
  lines.forEach((line, k) => {
    for (const m of line.matchAll(CAPITALISED_INSIDE)) {
      const x = m.index + 1;
      if (!opensCellNearby(lines, k, x)) words.add(m[1]!);
    }
  });
  return words;
}
/** Lines above and below a line where a column's left edge on the grid is looked for. */
const GRID_EDGE_LINES = 2;
/** Some line within GRID_EDGE_LINES of line `k` opens text at character `x` after two or more spaces. */
function opensCellNearby(lines: readonly string[], k: number, x: number): boolean {
  for (let j = Math.max(0, k - GRID_EDGE_LINES); j <= Math.min(lines.length - 1, k + GRID_EDGE_LINES); j++) {
    const l = lines[j]!;
    if (j !== k && x >= 2 && l[x] !== undefined && l[x] !== " " && l[x - 1] === " " && l[x - 2] === " ") return true;
  }
  return false;
}
/** A root shared by two forms of a word ("financ-e", "financ-ing"): its first letters, the word less an ending of up to ROOT_ENDING_LETTERS, never fewer than MIN_ROOT_LETTERS. */
const MIN_ROOT_LETTERS = 5;
const ROOT_ENDING_LETTERS = 3;
/** What the lexicon can hold: one lower-case run, or two joined by a hyphen. */
const LEXICON_WORD = /^[a-z]+$/;
const LEXICON_PAIR = /^[a-z]+-[a-z]+$/;
/** A capitalised word, possessive or not: letters only, so it is its own pattern. */
const LEXICON_NAME = /^\p{Lu}\p{Ll}+(?:['’]s)?$/u;
/**
 * What follows a name where it closes (`nameClosed`): one space and a lower-case word of two letters
 * or more that is no list marker ("States in", "Council on"; not "Member i. Appraisals …", a roman
 * numeral of the next column set one space away on the grid, nor a bullet "o"), or a stop, comma,
 * semicolon, colon or closing bracket.
 */
const CLOSING_AFTER_NAME = String.raw` (?![ivxl]+[.)])\p{Ll}{2,}|[.,;:)]`;
/** A capitalised word or hyphened pair ("Post-crisis"): letters and one hyphen, its own pattern. */
const LEXICON_COMMON = /^\p{Lu}\p{Ll}+(?:-\p{Ll}+)?$/u;

/** Join a wrapped line onto the text before it, repairing line-break hyphenation. */
export function joinWrapped(before: string, after: string, lexicon?: HyphenLexicon): string {
  const a = before.trimEnd();
  const b = after.trimStart();
  if (!a) return b;
  if (!b) return a;
  // The pattern is tried from every start of the (growing) item text: only when it can match.
  const m = a.endsWith("-") ? /([A-Za-z0-9]+)-$/.exec(a) : null;
  if (m && m[1]) {
    switch (decideHyphen(m[1], b, lexicon)) {
      case "keep-space":
        return `${a} ${b}`;
      case "keep":
        return `${a}${b}`;
      case "drop":
        return `${a.slice(0, -1)}${b}`;
    }
  }
  // An en dash glued to the word before it at a line end is a compound's ("Cameroon–" + "Nigeria",
  // "United Nations–" + "IGAD", "2008–" + "2009"): layout engines break a line after it as after a
  // hyphen, and the text goes on with no space. A dash set off by a space (" – ") stays a pause.
  if (a.endsWith("\u2013") && EN_DASH_COMPOUND_END.test(a) && /^[\p{L}\p{N}]/u.test(b)) return `${a}${b}`;
  return `${a} ${b}`;
}
/** A line ending in an en dash glued to a word or number ("Cameroon–", "2008–"). */
const EN_DASH_COMPOUND_END = /[\p{L}\p{N}]\u2013$/u;


/**
 * A word longer than its column is broken where the line is full, without a hyphen: LibreOffice
 * and Word move it to a line of its own and carry the rest to the next line ("intergovern" /
 * "mental deliberations", "recommendatio" / "ns implemented", "disaggregate" / "d by sex"). Only
 * a line that holds that one word of letters can end so (`BROKEN_WORD_HEAD`: a column is never
 * narrower than this many characters); the next line's first run of lower-case letters completes
 * it (`BROKEN_WORD_TAIL`) when the two make an English word and one of them is none — two words
 * that make a third ("with" / "in") stay apart. The dictionary is only asked about such lines.
 */
const BROKEN_WORD_HEAD = /^(?:[A-Za-z]+-)*([A-Za-z]{5,})$/;
const BROKEN_WORD_TAIL = /^([a-z]+)(?=$|[\s.,;:)])/;
/**
 * `BROKEN_WORD_HEAD.exec(line.trim())?.[1]`, with the pattern tried only on a line of ASCII letters
 * and hyphens (nothing else can match it): most cell lines hold a space or a figure, and were
 * trimmed and matched at every join of two lines.
 */
function brokenWordHead(line: string): string | undefined {
  let from = 0;
  let to = line.length;
  while (from < to && isJsSpace(line.charCodeAt(from))) from++;
  while (to > from && isJsSpace(line.charCodeAt(to - 1))) to--;
  for (let i = from; i < to; i++) {
    const c = line.charCodeAt(i) | 0x20;
    if ((c < 0x61 || c > 0x7a) && line.charCodeAt(i) !== 0x2d) return undefined;
  }
  return BROKEN_WORD_HEAD.exec(line.slice(from, to))?.[1];
}
function brokenWordTail(line: string, next: string): string | null {
  // A compound's last part may be the broken word ("confidence-buildin" / "g through envoys"):
  // the whole compound is the line's one word, and its last part is weighed.
  const head = brokenWordHead(line);
  if (!head) return null;
  const tail = BROKEN_WORD_TAIL.exec(next.trimStart())?.[1];
  if (!tail) return null;
  const whole = `${head}${tail}`;
  return knownWholeWord(whole.toLowerCase()) && (!isEnglishWord(head) || !isEnglishWord(tail)) ? tail : null;
}

/**
 * Punctuation pushed alone onto the next line by a full column: it ends the text before it (not
 * after punctuation: there it is a stray rule glyph, dropped).
 */
const LONE_PUNCTUATION = /^[.,;:]$/;
/**
 * So is a comma, semicolon or colon that opens the next line before more words ("processing" /
 * "; parallel testing": the word and its sign were wider than the narrow cell, corpus8 d8d-015).
 * No text opens with one; a full stop may (an ellipsis, ".NET") and is left to the lone case.
 */
const OPENING_PUNCTUATION = /^[,;:]\s/;
function endsWithLonePunctuation(before: string, line: string): boolean {
  const t = line.trim();
  if (LONE_CLOSING_BRACKET.test(t)) return closesOpenBracket(before, t);
  return (LONE_PUNCTUATION.test(t) || OPENING_PUNCTUATION.test(t)) && /[^.,;:\s]\s*$/.test(before);
}
/**
 * A closing bracket alone on the next line: a word wider than its narrow cell ("(2021)") was broken
 * before its last sign (LibreOffice, corpus2 h2-009 lo.pdf: "(2021" / ")"). It ends the text before
 * it with no space when that text holds the bracket's opening one unclosed, as no text sets a space
 * before a closing bracket.
 */
const LONE_CLOSING_BRACKET = /^[)\]]$/;
function closesOpenBracket(before: string, close: string): boolean {
  const open = close === ")" ? "(" : "[";
  const b = before.trimEnd();
  if (!b || b.endsWith(open)) return false;
  let depth = 0;
  for (const c of b) depth += c === open ? 1 : c === close ? -1 : 0;
  return depth > 0;
}
/** Punctuation alone on its line that `endsWithLonePunctuation` appends (no words after it). */
function isLonePunctuation(line: string): boolean {
  const t = line.trim();
  return LONE_PUNCTUATION.test(t) || LONE_CLOSING_BRACKET.test(t);
}

/**
 * `joinWrapped` for the next line of a cell, knowing the line before (`line`, the last one
 * joined): a word broken without a hyphen at a full column is joined back, lone punctuation is
 * appended.
 */
export function joinCellLine(before: string, line: string, after: string, lexicon?: HyphenLexicon): string {
  const b = after.trim();
  if (endsWithLonePunctuation(before, b)) return `${before.trimEnd()}${b}`;
  if (brokenWordTail(line, after) !== null) return `${before.trimEnd()}${after.trimStart()}`;
  return joinWrapped(before, after, lexicon);
}

/** One line's text of one column, with where it came from. */
export interface Fragment {
  text: string;
  page: number;
  line: number;
  /**
   * The cell was printed on one line with signs of lost bullet glyphs (whitespace before the text
   * where the glyph was): its inner sentences are items too.
   */
  lostGlyphs?: boolean;
  /** Index of the row block's line this fragment is on (for items that must line up across columns). */
  row?: number;
  /**
   * The cell's text on this line runs out to the column's right edge (as far as the column's
   * widest line): its last word may be too wide for the cell, which the layout engine broke inside
   * (LibreOffice, Word: "recommendatio" / "ns implemented" in a narrow column, no hyphen; "74 day" /
   * "s" when a no-break space made "74 days" one word and the text lost it).
   */
  fillsCell?: boolean;
  /**
   * The cell's text on this line is several words and reaches the column's right edge: its last
   * word may be broken inside too ("74 day" / "s": a no-break space made "74 days" one word and the
   * text lost it), but only a tail that is its line's whole text and no word of its own is joined.
   */
  fillsAfterWords?: boolean;
}

/**
 * Join the line after a word that filled its cell (`Fragment.fillsCell`) when the two halves are
 * a word broken inside: the head's last word and the tail's first letters (lower case) make an
 * English word or one the document prints whole, and they are not two words of their own
 * ("intergovern" + "mental deliberations" → "intergovernmental deliberations", "disaggregate" +
 * "d by sex" → "disaggregated by sex"; not "performance" + "evaluations"). A layout engine breaks
 * inside a word only when the word alone is wider than the line, hence the geometric test first.
 * Null when it is an ordinary wrap.
 */
export function joinBrokenWord(before: string, after: string, lexicon?: HyphenLexicon, lone = true): string | null {
  const a = before.trimEnd();
  const b = after.trimStart();
  const head = brokenHeadOf(a);
  const tail = BROKEN_TAIL.exec(b)?.[1];
  if (!head || !tail) return null;
  // After a full line of several words the tail must be no word itself: such a line ends where a
  // word did not fit as often as where one was broken ("… are" / "a"). Words may follow the tail
  // on its line: a phrase held together by no-break spaces and broken where the cell ended ("65 pe"
  // / "r cent", "65\u00a0per\u00a0cent" in a narrow value cell, corpus8 d8d-015).
  if (!lone && isEnglishWord(tail)) return null;
  const whole = `${head}${tail}`.toLowerCase();
  if (!knownWholeWord(whole) && !lexicon?.words.has(whole)) return null;
  // Two words of their own that happen to spell a third ("break" + "down") wrapped normally. A
  // suffix is no word of its own, though the word list holds some ("implement" / "ed as planned").
  if (isEnglishWord(head.toLowerCase()) && tail.length >= MIN_WORD_TAIL && !WORD_SUFFIX.test(tail) && isEnglishWord(tail)) return null;
  return `${a}${b}`;
}
/** The last word of the head: letters only (a broken word carries no hyphen, digits or marks). */
const BROKEN_HEAD = /(?:^|\s|[A-Za-z]-)([A-Za-z]+)$/;
/**
 * BROKEN_HEAD's word of `a`, read off its end: the word is `a`'s last run of letters whole (a letter
 * before it fails every opening the pattern allows), so the pattern is asked of that run and the two
 * characters before it only — tried from every start of the item's text, it read the whole item
 * again at each line joined (session 54).
 */
export function brokenHeadOf(a: string): string | undefined {
  let run = a.length;
  while (run > 0 && isAsciiLetter(a.charCodeAt(run - 1))) run--;
  return BROKEN_HEAD.exec(run > 2 ? a.slice(run - 2) : a)?.[1];
}
const isAsciiLetter = (c: number): boolean => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
/** The tail's first word: lower-case letters, then the word's end (space, punctuation or the text's end). */
const BROKEN_TAIL = /^([a-z]+)(?![A-Za-z0-9-])/;
/** A tail shorter than this is a word's last letter ("disaggregate" + "d"), never a word of its own to weigh. */
const MIN_WORD_TAIL = 2;
/**
 * English suffixes that the word list also holds as words ("ed", "es", "er", "al", "ion", "ing",
 * "ment", "ness"): after a whole word that filled its narrow cell they are its broken end
 * ("implement" / "ed", "develop" / "ment"), never a word of their own on the next line.
 */
const WORD_SUFFIX = /^(?:ed|es|er|ers|al|ion|ions|ing|ings|ment|ments|ness|ence|ance)$/;

/** Split a fragment on glyph bullets inside the line. The first piece may be empty (line began with a bullet). */
export function splitInlineBullets(text: string): string[] {
  return splitAtInlineBullets(text);
}

/** A sentence end followed by a capital: where splitSentences may cut. */
const SENTENCE_BOUNDARY = /[.!?]["'’”)]?\s+(?=["'‘“(]?[A-Z])/g;

/** Split text at sentence ends followed by a capital ("…operations. Strengthened…"), honouring abbreviations. */
export function splitSentences(text: string): string[] {
  const out: string[] = [];
  let rest = text;
  // One compiled pattern, read with exec from 0 (what matchAll gives: it never matches empty text).
  const boundary = SENTENCE_BOUNDARY;
  boundary.lastIndex = 0;
  let from = 0;
  for (let m = boundary.exec(text); m !== null; m = boundary.exec(text)) {
    const head = text.slice(from, m.index + m[0].trimEnd().length);
    if (!endsSentence(head)) continue;
    out.push(head.trim());
    from = m.index + m[0].length;
  }
  rest = text.slice(from);
  if (rest.trim()) out.push(rest.trim());
  return out;
}

/** A list item of a cell and the index of the fragment (line) it starts on. */
export interface PlacedItem {
  text: string;
  at: number;
  /** The list number that opened the item ("(a)", "ii)"), when it opened with one: `combinedItems` reads it. */
  marker?: string;
  /** The marker word that opened the item, of any kind ("•", "–", "o", "1.", "(a)"): `combinedItems` reads it. */
  lead?: string;
  /** The item was set off by no-break spaces before its marker (a Markdown cell's `&nbsp;` indent of a second-level item). */
  indented?: boolean;
}

/**
 * A column's fragments (top to bottom within one row) → list items. A new item starts at a
 * bullet (leading or inline), a numbered marker, or a lost bullet: a line starting with a capital
 * or digit right after a line that ended a sentence. Everything else is a wrapped continuation.
 * `breaks` are fragment indexes where the layout itself starts a new cell (a sub-row rule).
 */
export function splitPlacedItems(fragments: readonly Fragment[], breaks: ReadonlySet<number> = new Set(), lexicon?: HyphenLexicon, letterColumn = false): PlacedItem[] {
  const items: PlacedItem[] = [];
  let current: string | null = null;
  let at = 0;
  // The text so far ends with a word that filled its cell: the next piece may be its broken tail
  // (`brokenLone`: that word was the line's only one).
  let brokenEnd = false;
  let brokenLone = true;
  let marker: string | undefined;
  let lead: string | undefined;
  let indented = false;
  const flush = () => {
    if (current !== null) {
      const t = cleanItem(current);
      if (t) items.push({ text: t, at, ...(marker ? { marker } : {}), ...(lead ? { lead } : {}), ...(indented ? { indented } : {}) });
    }
    current = null;
  };
  let line = "";
  // A marker alone on its line (`isLoneMarker`) opens an item on the line after it (its fragment)
  // when that line opens like an item: a bullet glyph set a little below its item's first line
  // stands alone between that line and one going on in lower case (LibreOffice's "➢" / "mandatory
  // training …", corpus dev-032 lo.pdf), and is dropped as before.
  let markerAt: number | null = null;
  // `letterColumn`: the table's column opens every cell with "A." (cellsOpenWithLetterA), a lone one too.
  const letters = letterColumn || usesLetterMarkers(fragments);
  fragments.forEach((frag, f) => {
    if (current !== null && !breaks.has(f) && endsWithLonePunctuation(current, frag.text)) {
      current = joinCellLine(current, line, frag.text, lexicon);
      line = frag.text;
      // Words after the sign may fill the cell too ("; parallel" / "testing").
      if (!isLonePunctuation(frag.text)) {
        brokenEnd = endsAtCellEdge(frag);
        brokenLone = frag.fillsAfterWords !== true;
      }
      return;
    }
    if (isLoneMarker(frag.text) || isLoneListNumber(frag.text)) {
      markerAt = f;
      return;
    }
    if (isRuleGlyphs(frag.text)) return;
    const pieces = splitInlineBullets(frag.text);
    // The glyph run before each piece after the first (what the split took), for its item's marker.
    const separators = pieces.length > 1 ? (frag.text.match(INLINE_BULLET) ?? []) : [];
    pieces.forEach((raw, k) => {
      const { text, bulleted } = letters ? stripLetterMarker(raw) : stripBullet(raw);
      if (!text.trim()) return;
      const previous = line;
      line = text;
      const sentences = frag.lostGlyphs ? splitSentences(text) : [text];
      sentences.forEach((sentence, j) => {
        const newItem =
          current === null || (k === 0 && j === 0 && breaks.has(f)) || k > 0 || j > 0 || bulleted || (endsSentence(current) && startsItem(sentence)) || (markerAt !== null && startsItem(sentence));
        if (newItem) {
          flush();
          current = sentence;
          marker = k === 0 && j === 0 && markerAt !== null ? listNumberOf(fragments[markerAt]!.text) : j === 0 && bulleted ? listNumberOf(raw) : undefined;
          const separator = k > 0 ? (separators[k - 1] ?? "") : "";
          lead = j > 0 ? undefined : k === 0 && markerAt !== null ? fragments[markerAt]!.text.trim() : ((bulleted ? leadingMarker(raw) : undefined) ?? (separator.trim() || undefined));
          indented = j === 0 && /\u00A0[^\S\n]*$/.test(k > 0 ? separator : "") || (j === 0 && /^\u00A0/.test(raw));
          at = markerAt ?? f;
        } else {
          current = (brokenEnd ? joinBrokenWord(current ?? "", sentence, lexicon, brokenLone) : null) ?? joinCellLine(current ?? "", j === 0 ? previous : "", sentence, lexicon);
        }
        brokenEnd = endsAtCellEdge(frag) && k === pieces.length - 1 && j === sentences.length - 1;
        brokenLone = frag.fillsAfterWords !== true;
        markerAt = null;
      });
    });
  });
  flush();
  return items;
}

/**
 * A line that is only a bracketed or closed list number ("(iii)", "b)"): the number is wider than its
 * hanging indent, so the browser set it alone and the item's first words on the next line ("(iii)" /
 * "Women among international" / "staff: 54 per cent", Chromium in a narrow cell). It opens an item on
 * the line after it, as a lone bullet does (`isLoneMarker`); stripped as a marker with nothing after
 * it, it was dropped and its item read into the one above when that one ended with no full stop.
 */
function isLoneListNumber(text: string): boolean {
  return listNumberOf(text) !== undefined && stripBullet(text).text.trim() === "";
}
/** The bracketed or closed list number a piece of a cell opens with ("(a)", "iii)"), else undefined. */
function listNumberOf(s: string): string | undefined {
  return ITEM_NUMBER.exec(s)?.[1];
}
const ITEM_NUMBER = /^\s*(\((?:[a-z]|[ivx]{1,5})\)|(?:[a-z]|[ivx]{1,5})\))/;

/**
 * A capital letter with a full stop opening a cell's line ("A. Reports issued …"): an item marker
 * only in a cell whose lines open with a run of them, A., B., C. … in order (Word's "A." list
 * numbering). Alone, "A." may be an initial or the start of a section label, and stays text.
 */
const LETTER_MARKER = /^\s*([A-Z])\.\s+(?=\S)/;
/** What LETTER_MARKER needs somewhere in a text: a capital, a full stop, a space. */
const LETTER_MARKER_INSIDE = /[A-Z]\.\s/;
export function usesLetterMarkers(fragments: readonly Fragment[]): boolean {
  let next = 0x41; // "A"
  // Each piece of a line its bullets split (a Markdown cell's `<br>`-joined items are one line),
  // fragment by fragment: the first letter out of sequence ends the test before the later
  // fragments are split (the pieces were all built first, by a flatMap).
  for (const frag of fragments) {
    // A piece of the line is a part of it: no piece opens with a letter marker where the line holds
    // no capital, full stop and space in a row (session 54: most cells hold none, and were split).
    if (!LETTER_MARKER_INSIDE.test(frag.text)) continue;
    for (const piece of splitInlineBullets(frag.text)) {
      const m = LETTER_MARKER.exec(piece);
      if (!m) continue;
      if (m[1]!.charCodeAt(0) !== next) return false;
      next++;
    }
  }
  return next > 0x42;
}
/**
 * Every cell of a table's column (two or more) opens with "A." before a capital or a digit: Word's
 * "A." list numbering restarted in each cell, where a cell of one item shows no B. to tell it by
 * (`usesLetterMarkers`). No column of initials or section labels opens every cell so.
 */
const FIRST_LETTER_MARKER = /^\s*A\.\s+[\p{Lu}\p{N}]/u;
export function cellsOpenWithLetterA(cells: ReadonlyArray<string | undefined>): boolean {
  const own = cells.filter((c): c is string => !!c?.trim());
  return own.length >= 2 && own.every((c) => FIRST_LETTER_MARKER.test(c));
}
function stripLetterMarker(s: string): { text: string; bulleted: boolean } {
  const m = LETTER_MARKER.exec(s);
  return m ? { text: s.slice(m[0].length), bulleted: true } : stripBullet(s);
}

/** The fragment's line reaches its cell's edge (`fillsCell`, `fillsAfterWords`): its last word may be broken (`joinBrokenWord`). */
const endsAtCellEdge = (frag: Fragment): boolean => frag.fillsCell === true || frag.fillsAfterWords === true;

export function splitItems(fragments: readonly Fragment[], lexicon?: HyphenLexicon, letterColumn = false): string[] {
  return splitPlacedItems(fragments, new Set(), lexicon, letterColumn).map((i) => i.text);
}

/** Join a column's fragments into one text (the objective cell). */
export function joinFragments(fragments: readonly Fragment[], lexicon?: HyphenLexicon): string {
  let out = "";
  let line = "";
  let brokenEnd = false;
  let brokenLone = true;
  for (const frag of fragments) {
    if (endsWithLonePunctuation(out, frag.text)) {
      out = joinCellLine(out, line, frag.text, lexicon);
      line = frag.text;
      if (!isLonePunctuation(frag.text)) {
        brokenEnd = endsAtCellEdge(frag);
        brokenLone = frag.fillsAfterWords !== true;
      }
      continue;
    }
    if (isRuleGlyphs(frag.text)) continue;
    const pieces = splitInlineBullets(frag.text).map((p) => stripBullet(p).text).filter((p) => p.trim());
    for (const p of pieces) {
      // A word LibreOffice broke inside because it filled the cell (joinBrokenWord, from the
      // geometry), else the text's own cues (joinCellLine).
      out = (brokenEnd ? joinBrokenWord(out, p, lexicon, brokenLone) : null) ?? joinCellLine(out, line, p, lexicon);
      line = p;
      brokenEnd = false;
    }
    brokenEnd = endsAtCellEdge(frag) && pieces.length > 0;
    brokenLone = frag.fillsAfterWords !== true;
  }
  return cleanItem(out);
}

function cleanItem(s: string): string {
  return normalizeSpace(replaceInlineBullets(s, " ").replace(/\u00AD/g, ""));
}

/**
 * A cell of accomplishments and their measures in one column (header "Expected accomplishments and
 * performance measures", `isCombinedLabel`): each `(a)` item is an accomplishment, the `(i)` `(ii)`
 * items under it its measures. A letter that is also a Roman numeral is the numbering it goes on
 * ("(i)" after "(h)" is the ninth accomplishment; "(v)" after "(iv)" a measure). Items without a
 * number go on the list of the item before. Null when the cell does not hold both numberings (a
 * plain list of accomplishments stays one).
 */
type CombinedSplit<T> = { accomplishments: T[]; measures: Array<{ item: T; accomplishment: number | null }> };
export function combinedItems<T extends { marker?: string; lead?: string; indented?: boolean; underText?: boolean }>(items: readonly T[]): CombinedSplit<T> | null {
  const lettered = lettersAndNumerals(items);
  // The letters-and-numerals reading holds when its first item is an accomplishment and every
  // marker of the cell is a list number; a cell whose first level is numbered "(i)" (its measures
  // "(a)"), or whose items are also marked by glyphs or dashes ("–" then "(i)"), goes by its levels.
  const numbersOnly = items.every((it) => !it.lead || it.marker);
  if (lettered && numbersOnly && lettered.measures[0]?.accomplishment !== null) return lettered;
  return itemLevels(items) ?? lettered;
}

/**
 * A two-level list in one cell read by its levels: the first item is the first level; an item is
 * second-level when a Markdown cell indents it (`indented`: `&nbsp;` before its marker) and the
 * cell indents some items and not the first, else when its marker is of another kind than the first
 * level's ("•" then "–", "(i)" then "(a)", "1." then "a)", "▪" then "o") or a number that does not go
 * on the first level's numbering (a numbering starting again). An item with no marker stays on the
 * level of the item before (a first level printed without markers: unmarked items are the first
 * level, marked ones the second), unless it is set right of the marked item's text above it
 * (`underText`, plain text): a second level printed without markers. Null unless both levels hold items.
 */
function itemLevels<T extends { lead?: string; indented?: boolean; underText?: boolean }>(items: readonly T[]): CombinedSplit<T> | null {
  if (items.length < 2) return null;
  const byIndent = !items[0]!.indented && items.some((it) => it.indented);
  let topKinds: string[] | null = items[0]!.lead ? markerLevelKinds(items[0]!.lead) : null;
  let lastTop = items[0]!.lead ?? "";
  let second = false;
  const levels = items.map((item, k) => {
    if (k === 0) return 1;
    if (byIndent) return item.indented ? 2 : 1;
    if (!item.lead) {
      // Set right of a marked first level's text (plain text, `underText`): a second level printed without markers.
      if (item.underText && topKinds !== null) return (second = true), 2;
      if (topKinds === null) second = false;
      return second ? 2 : 1;
    }
    if (topKinds === null) return (second = true), 2;
    const kinds = markerLevelKinds(item.lead);
    const following = items.slice(k + 1).find((it) => it.lead)?.lead;
    const goesOn = kinds.filter((kind) => {
      if (!topKinds!.includes(kind)) return false;
      const value = markerValue(item.lead!, kind);
      if (value === null) return true;
      const before = markerValue(lastTop, kind);
      // "(i)" after "(h)" goes on the lettering unless "(ii)" follows it (a numbering starting).
      if (kind.includes("a") && /^\(?i[.)]$/.test(item.lead!) && following !== undefined && /^\(?ii[.)]$/.test(following)) return false;
      return before !== null && value === before + 1;
    });
    second = goesOn.length === 0;
    if (!second) {
      topKinds = goesOn;
      lastTop = item.lead;
    }
    return second ? 2 : 1;
  });
  const accomplishments: T[] = [];
  const measures: CombinedSplit<T>["measures"] = [];
  items.forEach((item, k) => {
    if (levels[k] === 1) accomplishments.push(item);
    else measures.push({ item, accomplishment: accomplishments.length - 1 });
  });
  return accomplishments.length > 0 && measures.length > 0 ? { accomplishments, measures } : null;
}

function lettersAndNumerals<T extends { marker?: string }>(items: readonly T[]): CombinedSplit<T> | null {
  const accomplishments: T[] = [];
  const measures: Array<{ item: T; accomplishment: number | null }> = [];
  let lastLetter = "";
  let lastRoman = "";
  let inMeasures = false;
  const bodyOf = (item: T | undefined) => item?.marker?.replace(/[()]/g, "").toLowerCase();
  items.forEach((item, k) => {
    const body = bodyOf(item);
    if (body !== undefined) {
      const roman = /^[ivx]+$/.test(body);
      const nextLetter = lastLetter ? String.fromCharCode(lastLetter.charCodeAt(0) + 1) : "a";
      const nextRoman = lastRoman ? romanNumber(body) === romanNumber(lastRoman) + 1 : body === "i";
      // A single letter continuing the accomplishments' lettering ("(i)" after "(h)"), unless it is
      // a measure's next numeral or the first one of a run the next number goes on ("(ii)").
      const following = items.slice(k + 1).map(bodyOf).find((b) => b !== undefined);
      const goesOnAsLetter = body.length === 1 && body === nextLetter && !(inMeasures && nextRoman) && !(body === "i" && following === "ii");
      inMeasures = roman && !goesOnAsLetter;
      if (inMeasures) lastRoman = body;
      else {
        lastLetter = body.length === 1 ? body : lastLetter;
        lastRoman = "";
      }
    }
    if (inMeasures) measures.push({ item, accomplishment: accomplishments.length ? accomplishments.length - 1 : null });
    else accomplishments.push(item);
  });
  return accomplishments.length > 0 && measures.length > 0 ? { accomplishments, measures } : null;
}

/**
 * Plain text: a cell item with a note's call (`calls`, read from the notes under its table) glued
 * to its end, as pdftotext prints a superscript on the baseline — "… renewable sourcesa",
 * "… Secretary-Generala", "… Staff Legal Assistance a" — without the call. Glued to a word, only
 * where the word without it is English and with it is not ("sources" / "sourcesa"; "data", "area"
 * keep their "a"); set off by a space, only a lower-case letter call (no item ends on a lone
 * letter; "… reduced to 45 days 2" may be a number of the text).
 */
export function withoutGluedNoteCall(text: string, calls: ReadonlySet<string>): string {
  const t = text.trimEnd();
  for (const call of calls) {
    if (!t.endsWith(call) || t.length <= call.length) continue;
    const head = t.slice(0, -call.length);
    if (/\s$/.test(head)) {
      if (/^\p{Ll}$/u.test(call) && /\S/.test(head)) return head.trimEnd();
      continue;
    }
    const word = /(\p{L}+)$/u.exec(head)?.[1];
    if (word && isEnglishWord(word) && !isEnglishWord(word + call)) return head;
  }
  return text;
}
