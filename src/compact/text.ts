/** Whitespace-normalise a piece of document text: single spaces, no bullet glyphs at the start. */
export function cleanText(s: string): string {
  return s
    .replace(/[\u00ad]/g, "") // soft hyphen: invisible in print, never part of the word
    .replace(/^[\s•▪◦●\-*\u2022\u25aa\u2013\uf0b7\uf0a7\uf0d8\uf076]+/u, "")
    .replace(/[\uf000-\uf0ff]/gu, " ") // Symbol-font private-use glyphs (bullets) mid-text
    .replace(/\s+/g, " ")
    .trim();
}

/** Bullet glyphs that open a list item (Symbol-font private-use bullets included). */
export const BULLET_RE = /^[\s]*[•▪◦●\u2022\u25aa\uf0b7\uf0a7\uf0d8\uf076*\-–]\s+/u;
