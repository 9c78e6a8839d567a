import { normalizeSpace } from "./text.js";

/**
 * Section headings of every era's compact template, numbered or not: "A. PROGRAMME OBJECTIVES AND
 * PERFORMANCE MEASURES" (2006–2016), "A. ACHIEVING OBJECTIVES AND HIGH-QUALITY RESULTS" (2018),
 * "SECTION 1 : DELIVERING RESULTS" (2019–) with its parts numbered under the section ("1.A. ACHIEVING
 * PROGRAMME OBJECTIVES", "1.B. MANAGING RESOURCES"), "Part 2. Managerial objectives" (a Word user's scheme), and the named parts "Programme objectives",
 * "Managerial objectives", "Managing resources", "Special initiatives", and the closing "Challenges"
 * ("Challenges and constraints", "Key challenges"), alone on its line. The classifier counts them
 * as compact evidence; the table reader ends a table at one.
 */
export const COMPACT_SECTION =
  /^(?:(?:(?:section|part)\s+\d{1,2}|[A-Z]|[IVX]{1,4}|\d{1,2}(?:\.[A-Z])?)\s*[.:)\-–]\s*)?(?:programme\s+objectives(?:\s+and\s+performance\s+measures)?|achieving\s+(?:programme\s+)?objectives\b.*|delivering\s+results|managerial\s+objectives|managing\s+(?:resources|people|finances)|special\s+initiatives|priority\s+initiatives|management\s+objectives|contribution\s+to\s+(?:system-wide|secretariat-wide)\s+objectives|(?:key\s+)?(?:risks\s+and\s+)?challenges(?:\s+and\s+(?:constraints|risks|opportunities))?$)\b/i;

/** A named section heading stands alone on a short line. */
export const MAX_SECTION_HEADING_CHARS = 80;

/** Is this line (its text) a compact template section heading? */
export function isCompactSection(text: string): boolean {
  const t = normalizeSpace(text.replace(/^#{1,6}\s+/, "").replace(/\*\*|__/g, ""));
  return t.length <= MAX_SECTION_HEADING_CHARS && COMPACT_SECTION.test(t) && !/[.;,]$/.test(t);
}
