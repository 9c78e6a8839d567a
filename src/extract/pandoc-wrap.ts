import { isEnglishWord } from "../vocab/english.js";

/**
 * Words pandoc split to fit a grid table column. Where a word is wider than its cell, pandoc's
 * wrapping puts its last `width` characters on a line of their own, filling the cell from edge to
 * edge, and leaves the rest at the end of the line above ("E" / "xtrabudgetary", "a)  I" /
 * "nfrastructure"); read as Markdown the cell says "E xtrabudgetary". The two parts are marked to
 * be joined again: the space after the head becomes WORD_JOIN (same length, so every offset and
 * the table's alignment stay), which `unsplitWords` removes with the line break after it.
 */

/** Marks the end of a split word's head (U+2060 WORD JOINER: never in text pandoc writes). */
export const WORD_JOIN = "\u2060";

/**
 * Marks a word pandoc moved out of its list item's indentation: a word too wide for the item's
 * text column goes as far left as it must, flush with the cell's right edge, after a blank line
 * ("c)  Energy" / "" / "  consumption" / "" / " Headquarters"), which reads as a new paragraph.
 * The space before the word becomes OUTDENT (same length); the reader joins that paragraph to the
 * one before (`joinPieces`) and drops the mark.
 */
export const OUTDENT = "\u2063";
/** An outdented word: 1–3 spaces (less than any list item's text indentation), then one word. */
const OUTDENTED = /^( {1,3})(\S+)$/;

/** A full grid border line ("+----+----+"): the column boundaries are its "+" signs. */
const BORDER = /^[ \t]*\+(?:[-=:]+\+)+[ \t]*$/;
/**
 * The tail of a split word: letters, maybe hyphenated ("gend" / "er-responsive") or after the
 * hyphen the compound broke at (TAIL_HYPHEN), then maybe the
 * word's closing punctuation or the end of its bold ("OMPLISHMENT**"), filling the cell's text
 * width, in lower case, or in upper case below an upper-case head ("ACC" / "OMPLISHMENT"). A tail
 * that is itself an English word (a compound: each part one) is only joined when the joined word
 * is one too ("re" / "commendations"): a word exactly as wide as the column lands there by ordinary
 * wrapping ("Liquidity" / "conservation", "the" / "well-being").
 */
const TAIL = /^((?:[-\u2010\u2011](?=\p{L}))?\p{L}+(?:[-\u2010\u2011]\p{L}+)*)(?:\*\*|[.,;:)])*$/u;
/**
 * A compound broken at its hyphen, the hyphen opening the tail ("gender" / "-responsive", pandoc
 * wrapping "gender-responsive" in a narrow cell, corpus7 t7c-016): the tail's case is its letters'.
 */
const TAIL_HYPHEN = /^[-\u2010\u2011]/;
/** The head: the last letters of the line above in the same cell. */
const HEAD = /\p{L}+$/u;

/** Source with the heads of split words marked (see WORD_JOIN). Other text is returned as is. */
export function markSplitWords(source: string): string {
  if (!source.includes("+-")) return source;
  const lines = source.split("\n");
  let bounds: number[] | null = null;
  let changed = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.replace(/\r$/, "");
    if (BORDER.test(line)) {
      bounds = [...line.matchAll(/\+/g)].map((m) => m.index);
      continue;
    }
    if (!bounds || !/^[ \t]*\|/.test(line)) {
      if (!/^[ \t]*[|+]/.test(line)) bounds = null;
      continue;
    }
    if (markLoneOpener(lines, i, bounds)) changed = true;
    const above = i > 0 ? lines[i - 1]!.replace(/\r$/, "") : "";
    if (!/^[ \t]*\|/.test(above)) continue; // the first line of a row has no line above in its cell
    for (let k = 0; k + 1 < bounds.length; k++) {
      const b0 = bounds[k]!;
      const b1 = bounds[k + 1]!;
      if (line[b0] !== "|" || line[b1] !== "|" || above[b0] !== "|" || above[b1] !== "|") continue;
      const cell = line.slice(b0 + 1, b1);
      const width = cell.length - 2; // one space of padding either side
      const text = cell.slice(1, -1);
      if (above.slice(b0 + 1, b1).trim() === "" && cell.at(-1) === " ") {
        const out = OUTDENTED.exec(text);
        if (out && text.length === width) {
          const at = b0 + 1 + out[1]!.length; // the space right before the word
          lines[i] = lines[i]!.slice(0, at) + OUTDENT + lines[i]!.slice(at + 1);
          changed = true;
        }
        continue;
      }
      if (width < 1 || cell[0] !== " " || cell.at(-1) !== " ") continue;
      // A tail that stops short of the cell's edge filled it before a soft hyphen in it was taken
      // out (alignedGridRepair pads the cell back): "e" / "nvir\u00ADonmental", corpus7 h7-001.
      const short = text.trimEnd().length < width;
      const tail = TAIL.exec(short ? text.trimEnd() : text)?.[1];
      if (!tail) continue;
      const up = above.slice(b0 + 1, b1).trimEnd();
      const head = HEAD.exec(up)?.[0];
      if (!head || up.length >= cell.length) continue;
      const upper = (w: string) => w === w.toUpperCase() && w !== w.toLowerCase();
      const letters = tail.replace(TAIL_HYPHEN, "");
      if (!(/^\p{Ll}/u.test(letters) || (upper(letters) && upper(head)))) continue;
      if (isEnglishCompound(tail) && !isEnglishCompound(head + tail)) continue;
      // Ordinary wrapping leaves short lines too: a short tail is joined only where neither part is
      // an English word and the two joined are one ("int" / "ergovernmental").
      if (short && (isEnglishCompound(head) || isEnglishCompound(tail) || !isEnglishCompound(head + tail))) continue;
      const at = b0 + 1 + up.length;
      lines[i - 1] = lines[i - 1]!.slice(0, at) + WORD_JOIN + lines[i - 1]!.slice(at + 1);
      changed = true;
    }
  }
  return changed ? lines.join("\n") : source;
}

/**
 * An emphasis opener pandoc left alone on a cell's line: the first word of a bold label did not fit
 * beside it ("**" / "OBJECTIVE**" in a narrow header cell). Markdown opens no emphasis before a line
 * break, so the cell read "** OBJECTIVE**" and no header label matched (corpus7 t7c-010, t7c-016).
 * The space after the opener becomes WORD_JOIN, when the cell's next line goes on at once with a
 * word that the emphasis closes on that line: the opener then holds to it, and `unsplitWords`
 * drops the mark with the line break. True when line `i` was marked.
 */
function markLoneOpener(lines: string[], i: number, bounds: readonly number[]): boolean {
  const line = lines[i]!;
  const below = (lines[i + 1] ?? "").replace(/\r$/, "");
  let marked = false;
  for (let k = 0; k + 1 < bounds.length; k++) {
    const b0 = bounds[k]!;
    const b1 = bounds[k + 1]!;
    if (line[b0] !== "|" || line[b1] !== "|" || below[b0] !== "|" || below[b1] !== "|") continue;
    const opener = LONE_OPENER.exec(line.slice(b0 + 1, b1))?.[1];
    if (!opener) continue;
    const next = below.slice(b0 + 1, b1);
    if (!/^ \S/.test(next) || !next.includes(opener, 2)) continue;
    const at = b0 + 2 + opener.length; // the space right after the opener
    lines[i] = lines[i]!.slice(0, at) + WORD_JOIN + lines[i]!.slice(at + 1);
    marked = true;
  }
  return marked;
}
/** A cell line holding only an emphasis opener, after the cell's one space of padding. */
const LONE_OPENER = /^ (\*\*|__|\*|_) +$/;

/** An English word, or a compound of them ("gender-responsive"). */
function isEnglishCompound(word: string): boolean {
  return word.split(/[-\u2010\u2011]/).every((part) => isEnglishWord(part));
}

/** Inline text with a marked split word joined again (its head's mark and the line break after it). */
export function unsplitWords(text: string): string {
  return text.includes(WORD_JOIN) ? text.replace(/\u2060[ \t]*\n[ \t]*/g, "").replaceAll(WORD_JOIN, "") : text;
}
