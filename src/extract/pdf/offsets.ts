import type { Page } from "../../model/layout.js";

/** Lines of one page are separated by this; text.ts reads the same shape back. */
export const LINE_SEPARATOR = "\n";
/** A page break is a form feed at the start of the page's first line, as pdftotext writes it. */
export const PAGE_SEPARATOR = "\f";

/**
 * Rebuilds `Layout.text` from the lines of `pages` and moves every line's and segment's
 * start/end to match (segments keep their position inside their line). Used after building a
 * PDF layout and after any pass that drops lines, so offsets always point into the text.
 */
export function assignOffsets(pages: readonly Page[]): { text: string; pages: Page[] } {
  const parts: string[] = [];
  let offset = 0;
  let first = true;
  const out = pages.map((page, p) => {
    const lines = page.lines.map((line, i) => {
      if (!first) {
        parts.push(LINE_SEPARATOR);
        offset += LINE_SEPARATOR.length;
      }
      if (i === 0 && p > 0) {
        parts.push(PAGE_SEPARATOR);
        offset += PAGE_SEPARATOR.length;
      }
      first = false;
      const shift = offset - line.start;
      parts.push(line.text);
      const moved = {
        ...line,
        start: offset,
        end: offset + line.text.length,
        segments: line.segments.map((s) => ({ ...s, start: s.start + shift, end: s.end + shift })),
      };
      offset += line.text.length;
      return moved;
    });
    return { ...page, lines };
  });
  return { text: parts.join(""), pages: out };
}
