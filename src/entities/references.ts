/**
 * references.resolutions / references.documents from symbol spans: each symbol once, in document
 * order, every raw form kept; a resolution followed by a date inside the same parenthesis
 * ("(A/RES/62/237, 22 December 2007)") gets that date.
 */
import { normalizeSpace } from "../vocab/text.js";
import type { References } from "../model/output.js";
import { findDates, looksLikeDate, parseDate } from "./dates.js";
import { MONTH_SOURCE } from "../normalize/date.js";
import { findPrintedSymbols, type SymbolSpan } from "./symbols.js";

export type DateEvidence =
  | { kind: "date"; iso: string }
  | { kind: "noisy"; raw: string }
  | { kind: "none" };

/** " of 22 December 2007" right after a symbol. */
const OF_DATE = new RegExp(`^,?\\s+of\\s+(\\d{1,2}\\s+(?:${MONTH_SOURCE})\\s+\\d{4})(?![\\w/-])`);

/** How far a parenthesis may reach around a symbol, in characters (one citation, not a paragraph). */
const MAX_PAREN_REACH = 160;

/** The date printed after a symbol inside the same parenthesis, if any. */
export function dateInParenthesis(text: string, span: { start: number; end: number }): DateEvidence {
  // "resolution 62/236 of 22 December 2007": the adoption date printed right after, in prose.
  const ofDate = OF_DATE.exec(text.slice(span.end, span.end + 40));
  if (ofDate) {
    const iso = parseDate(ofDate[1]!);
    if (iso) return { kind: "date", iso };
  }
  let open = -1;
  for (let i = span.start - 1; i >= Math.max(0, span.start - MAX_PAREN_REACH); i--) {
    const c = text[i];
    if (c === "(") { open = i; break; }
    if (c === ")" || c === "\t" || c === "\f" || (c === "\n" && text[i - 1] === "\n")) break;
  }
  if (open < 0) return { kind: "none" };
  const tail = text.slice(span.end, span.end + MAX_PAREN_REACH);
  // A parenthesis may wrap onto the next line (narrow PDF columns, hard-wrapped text), but not
  // across a blank line, a page break or a tab (the next column's text in a table).
  const close = tail.search(/[)\t\f]|\n\s*\n/);
  if (close < 0 || tail[close] !== ")") return { kind: "none" };
  const rest = normalizeSpace(tail.slice(0, close).replace(/^[\s,;:]+/, ""));
  if (!rest) return { kind: "none" };
  // Another symbol follows ("(A/RES/61/1 and A/RES/61/2, …)"): the date is not this symbol's alone.
  if (findPrintedSymbols(rest).length > 0) return { kind: "none" };
  const iso = parseDate(rest);
  if (iso) return { kind: "date", iso };
  // "of 22 December 2007", "adopted on 22 December 2007": one clean date inside a short phrase.
  const dates = findDates(rest).filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d.normalized));
  if (dates.length === 1 && rest.replace(dates[0]!.text, "").trim().split(/\s+/).length <= 2 && !/\d/.test(rest.replace(dates[0]!.text, ""))) {
    return { kind: "date", iso: dates[0]!.normalized };
  }
  return looksLikeDate(rest) ? { kind: "noisy", raw: rest } : { kind: "none" };
}

export interface ReferenceIssue {
  code: "DATE_UNPARSEABLE" | "DATE_CONFLICT";
  message: string;
  offset: number;
}

/**
 * Build references from symbol spans (document order). `exclude` holds canonical symbols that are
 * not references (a UN document's own symbol). A resolution gets a date only when every dated
 * occurrence agrees and none is noisy: a wrong date is worse than none.
 */
export function buildReferences(text: string, spans: readonly SymbolSpan[], exclude: ReadonlySet<string>): { references: References; issues: ReferenceIssue[] } {
  const resolutions = new Map<string, { raw: string[]; dates: Set<string>; noisy: boolean; first: number }>();
  const documents = new Map<string, string[]>();
  const issues: ReferenceIssue[] = [];
  for (const s of spans) {
    if (exclude.has(s.normalized)) continue;
    if (s.type === "resolution") {
      const r = resolutions.get(s.normalized) ?? { raw: [], dates: new Set<string>(), noisy: false, first: s.start };
      resolutions.set(s.normalized, r);
      if (!r.raw.includes(s.text)) r.raw.push(s.text);
      const ev = dateInParenthesis(text, s);
      if (ev.kind === "date") r.dates.add(ev.iso);
      if (ev.kind === "noisy") {
        r.noisy = true;
        issues.push({ code: "DATE_UNPARSEABLE", message: `date "${ev.raw}" after ${s.normalized} is not one valid date; no date recorded`, offset: s.start });
      }
    } else {
      const raw = documents.get(s.normalized) ?? [];
      documents.set(s.normalized, raw);
      if (!raw.includes(s.text)) raw.push(s.text);
    }
  }
  const out: References = { resolutions: [], documents: [] };
  for (const [symbol, r] of resolutions) {
    let date: string | null = null;
    if (r.dates.size > 1) {
      issues.push({ code: "DATE_CONFLICT", message: `${symbol} is dated ${[...r.dates].join(" and ")}; no date recorded`, offset: r.first });
    } else if (r.dates.size === 1 && !r.noisy) date = [...r.dates][0]!;
    out.resolutions.push({ symbol, date, raw: r.raw });
  }
  for (const [symbol, raw] of documents) out.documents.push({ symbol, raw });
  return { references: out, issues };
}
