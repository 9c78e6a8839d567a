/**
 * A line that states a measured value after a label — "(target: 85%)", "Baseline: 40 per cent",
 * "… archive: 81 per cent" — is a cell's text, never a piece of a table header: header labels name
 * their columns (a year or a unit in brackets at most, "Target (2021)", "Baseline (%)"), they
 * report no figure. A wrapped header read over such a line (the last wrapped line of the table
 * above's last row, "(target: 85%)" in the measure column, over the next table's labels) had made
 * it a column of its own, and every cell text under it past that place was lost (corpus17
 * d17-016 pandoc.txt: 5 rows).
 */
export function statesValue(text: string): boolean {
  return LABELLED_VALUE.test(text);
}
/** A colon, then a figure (a comparator may stand before it) with a percent sign or "per cent". */
const LABELLED_VALUE = /:\s*[≥≤<>]?\s*\d[\d.,]*\s*(?:%|per\s+cent\b)/u;
