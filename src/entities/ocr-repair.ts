/**
 * OCR misreads in the entities we know the shape of: a UN document symbol that fails the symbol
 * grammar as read but parses after substituting look-alike glyphs (`A/62/8O` → `A/62/80`), and a
 * mission acronym one confusion away from a gazetteer acronym (`UNM1L` → `UNMIL`). The text is
 * never rewritten: a repaired entity keeps its printed form as its span text, gets its canonical
 * form from the vocabulary, and the stage reports the repair (code, page, line). Pure functions;
 * the confusion table is vocab/ocr-confusions.ts.
 *
 * Precision comes before recall: a repair is accepted only when it is the single reading the
 * vocabulary allows with the fewest edits, and only where the surrounding glyphs show which
 * kind of character was printed (a digit look-alike is read as a digit only in a component that
 * has a real digit, or after a dotted prefix such as `Add.`).
 */
import { DIGIT_LOOKALIKES, LETTER_LOOKALIKES, SEQUENCE_CONFUSIONS } from "../vocab/ocr-confusions.js";
import { scanSymbolAt, type ScannedSymbol } from "../normalize/symbol.js";

/** One substitution: at `at` (offset in the printed token) `read` stands for `meant`. */
export interface Confusion {
  at: number;
  read: string;
  meant: string;
}

/** "O→0, l→1": how a repair is told in warnings. */
export function describeConfusions(edits: readonly Confusion[]): string {
  return edits.map((e) => `${e.read}→${e.meant}`).join(", ");
}

// ---- document symbols ----

/**
 * Edits a symbol repair may make. A year or a session number has four digits at most, and a
 * poor copy can misread most of them (`2OlO`); more than three look-alikes in one symbol is
 * noise, not a symbol.
 */
export const MAX_SYMBOL_EDITS = 3;
/** Characters after a token the scanner may still read (a qualifier such as " (2007)"). */
const SYMBOL_LOOKAHEAD = 40;
/** A component that opens with a dotted prefix (`Add.l`, `L.l`, `C.S`): a number must follow. */
const DOTTED_PREFIX = /^[A-Za-z]{1,6}\.\s?/;
/**
 * A component the grammar reads as a dotless prefix and a number (`l769` → `L.769`) although the
 * letter is a digit look-alike: printed L-documents carry the dot, so this is an OCR'd `1769`.
 */
const DOTLESS_LOOKALIKE = /^[lIOoSsBZzGbgq]\d+$/;
/**
 * Where a symbol may be printed as one token: a series-like start glued to a slash, no spaces;
 * not right after a slash or a dot, even across a space (`L. 5/Rev. 1` and `A/ 31/ 5/Add 1` are
 * the middle of a spaced symbol, not a `5/…` token).
 */
export const SYMBOL_TOKEN = /(?<![\p{L}\p{N}/\\.\-])(?<![/.][ \u00A0])[A-Za-z0-9|]{1,5}\/[A-Za-z0-9.|/\-]*[A-Za-z0-9|]/gu;
/** SYMBOL_TOKEN anchored: tried only just before slashes (see symbolTokens). */
const SYMBOL_TOKEN_AT = new RegExp(SYMBOL_TOKEN.source, "uy");
/** A token has one to five characters before its first slash. */
const MAX_BEFORE_SLASH = 5;

/**
 * Where SYMBOL_TOKEN matches, in text order, as `text.matchAll(SYMBOL_TOKEN)` gives them — without
 * running a Unicode pattern with two look-behinds at every character. A match is 1–5 characters
 * of [A-Za-z0-9|] and then its first slash, so for each slash (after the last match) only the five
 * positions before it can start one, and the leftmost of them that matches is the next match.
 */
export function symbolTokens(text: string): Array<{ index: number; token: string }> {
  const found: Array<{ index: number; token: string }> = [];
  let from = 0; // where the next match may start (the end of the last one)
  let after = 0; // positions before this were tried for an earlier slash and start nothing
  for (let slash = text.indexOf("/"); slash >= 0; slash = text.indexOf("/", slash + 1)) {
    for (let at = Math.max(from, after, slash - MAX_BEFORE_SLASH); at < slash; at++) {
      SYMBOL_TOKEN_AT.lastIndex = at;
      const m = SYMBOL_TOKEN_AT.exec(text);
      if (m) {
        found.push({ index: at, token: m[0] });
        from = at + m[0].length;
        break;
      }
    }
    after = slash + 1;
  }
  return found;
}

/** Suffix words: a letters-only component, but no body (they follow a number, never a series). */
const SUFFIX_WORDS = /^(?:add|corr|rev|amend)$/i;

/** A letter that no digit is misread as: proof that a component was printed as letters. */
const isRealLetter = (c: string) => /[A-Za-z]/.test(c) && !DIGIT_LOOKALIKES.has(c);

/** The substitutions the grammar may try in a symbol-like token, by where each character stands. */
export function symbolEditSites(token: string): Confusion[] {
  const sites: Confusion[] = [];
  const components: Array<{ text: string; start: number }> = [];
  let from = 0;
  for (const text of token.split("/")) {
    components.push({ text, start: from });
    from += text.length + 1;
  }
  // A letters-only body (`RES`, `SGB`, `PRST`) shows the token is a symbol, so even its series
  // may be a look-alike (`5/RES/1769`); without one, `5/8/2OO7` stays a date.
  const hasBody = components.some((c, k) => k > 0 && /^[A-Za-z]{2,}$/.test(c.text) && !SUFFIX_WORDS.test(c.text) && [...c.text].some(isRealLetter));
  components.forEach((c, k) => {
    const prefix = DOTTED_PREFIX.exec(c.text)?.[0] ?? "";
    const number = c.text.slice(prefix.length);
    if (k > 0 && (prefix !== "" || /\d/.test(number))) {
      [...number].forEach((ch, i) => {
        const digit = DIGIT_LOOKALIKES.get(ch);
        if (digit) sites.push({ at: c.start + prefix.length + i, read: ch, meant: digit });
      });
    }
    const letters = prefix || c.text;
    if ([...letters].some(isRealLetter) || (k === 0 && hasBody)) {
      [...letters].forEach((ch, i) => {
        const letter = LETTER_LOOKALIKES.get(ch);
        if (letter) sites.push({ at: c.start + i, read: ch, meant: letter });
      });
    }
  });
  return sites;
}

function* subsets<T>(items: readonly T[], size: number, from = 0): Generator<T[]> {
  if (size === 0) {
    yield [];
    return;
  }
  for (let i = from; i <= items.length - size; i++) for (const rest of subsets(items, size - 1, i + 1)) yield [items[i]!, ...rest];
}

function applyEdits(token: string, edits: readonly Confusion[]): string {
  const chars = [...token];
  for (const e of edits) chars[e.at] = e.meant;
  return chars.join("");
}

export interface SymbolRepair {
  scanned: ScannedSymbol;
  edits: Confusion[];
}

/**
 * A symbol-like token (`follow`: the text right after it) that the grammar does not read whole,
 * or reads only through a look-alike (`S/RES/l769`), repaired with the fewest look-alike
 * substitutions that make the whole token one symbol; null when none does or two readings tie.
 * `scanned.end` counts from the token's start.
 */
export function repairSymbolToken(token: string, follow = ""): SymbolRepair | null {
  const as = scanSymbolAt(token + follow, 0);
  const suspicious = token.split("/").some((c) => DOTLESS_LOOKALIKE.test(c));
  if (as && as.end >= token.length && !suspicious) return null;
  const sites = symbolEditSites(token);
  for (let size = 1; size <= Math.min(MAX_SYMBOL_EDITS, sites.length); size++) {
    const found = new Map<string, SymbolRepair>();
    for (const edits of subsets(sites, size)) {
      if (new Set(edits.map((e) => e.at)).size < edits.length) continue; // one glyph, two readings
      const scanned = scanSymbolAt(applyEdits(token, edits) + follow, 0);
      if (scanned && scanned.end >= token.length && !found.has(scanned.canonical)) found.set(scanned.canonical, { scanned, edits });
    }
    if (found.size === 1) return [...found.values()][0]!;
    if (found.size > 1) return null; // two symbols fit equally well: no guess
  }
  return null;
}

/** Every repairable symbol-like token of `text`, with its offsets in `text`. */
export function findRepairableSymbols(text: string): Array<SymbolRepair & { start: number; token: string }> {
  const out: Array<SymbolRepair & { start: number; token: string }> = [];
  for (const { index, token } of symbolTokens(text)) {
    const end = index + token.length;
    const repair = repairSymbolToken(token, text.slice(end, end + SYMBOL_LOOKAHEAD));
    if (repair) out.push({ ...repair, start: index, token });
  }
  return out;
}

// ---- mission acronyms ----

/** Shortest acronym repaired: one edit in a three-letter token reaches too many other acronyms. */
export const MIN_REPAIRED_ACRONYM = 4;

/** Every string one confusion away from `printed` (a look-alike glyph, or a glyph sequence). */
export function oneConfusionAway(printed: string): Array<{ text: string; edit: Confusion }> {
  const out: Array<{ text: string; edit: Confusion }> = [];
  [...printed].forEach((ch, i) => {
    const letter = LETTER_LOOKALIKES.get(ch);
    if (letter) out.push({ text: printed.slice(0, i) + letter + printed.slice(i + 1), edit: { at: i, read: ch, meant: letter } });
  });
  for (const [read, meant] of SEQUENCE_CONFUSIONS) {
    for (let i = printed.indexOf(read); i >= 0; i = printed.indexOf(read, i + 1)) {
      out.push({ text: printed.slice(0, i) + meant + printed.slice(i + read.length), edit: { at: i, read, meant } });
    }
  }
  return out;
}

/**
 * The acronym `printed` stands for when it is one confusion away from the acronyms of exactly one
 * record (`canonicalOf` gives a known acronym's record key, null for an unknown one): `UNM1L` →
 * `UNMIL`. Null when it is known as printed, too short, or ambiguous. The caller decides where
 * repairs are allowed (OCR'd pages only) and what else the token may be (an organisation's
 * acronym is never repaired into a mission's).
 */
export function repairAcronym(printed: string, canonicalOf: (acronym: string) => string | null): { meant: string; canonical: string; edit: Confusion } | null {
  if (printed.length < MIN_REPAIRED_ACRONYM || canonicalOf(printed) !== null) return null;
  const hits = oneConfusionAway(printed).flatMap((v) => {
    const canonical = canonicalOf(v.text);
    return canonical === null ? [] : [{ meant: v.text, canonical, edit: v.edit }];
  });
  return new Set(hits.map((h) => h.canonical)).size === 1 ? hits[0]! : null;
}
