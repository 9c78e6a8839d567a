/**
 * The column vocabulary of compact tables: one definition, read by the classifier (a header row
 * made of these labels is the strongest evidence that a document is a compact) and by the table
 * reader (which column is which). Labels vary by year and office (../shared FORMATS.md): singular
 * or plural, any case, "(s)" forms, and synonyms per role.
 */
import { normalizeSpace } from "./text.js";

/** What a column holds. "extra" is any further column, kept under its own header. */
export type ColumnRole = "objective" | "accomplishments" | "measures" | "risks" | "baseline" | "target" | "extra";
/** The roles that make a compact table: a header needs two of them. */
export const CORE_ROLES: readonly ColumnRole[] = ["objective", "accomplishments", "measures"];
/** Columns of one short value per measure: a Target or a Baseline cell. */
export const VALUE_ROLES: ReadonlySet<ColumnRole> = new Set(["target", "baseline"]);

const PLURAL = String.raw`(?:s|\s*\(s\))?`;
/** A trailing colon, a bracketed qualifier ("(2019)", "(KPIs)", "(target date)") or a footnote mark may follow a label. */
/** A year or biennium may follow too: "Target 2007", "Baseline 2006-2007", "Target for 2023". */
const YEAR_TAIL = String.raw`(?:\s+(?:for\s+|in\s+)?(?:19|20)\d{2}(?:\s*[-–/]\s*(?:19|20)?\d{2})?)?`;
const TAIL = String.raw`${YEAR_TAIL}(?:\s*\([^)]{1,30}\))?\s*[:*\d]?`;

const ACCOMPLISHMENT_BODY = String.raw`(?:(?:expected|planned|key)\s+)?(?:accomplishment|result|outcome|deliverable)${PLURAL}(?:\s*/\s*(?:results?|outputs?|outcomes?))?`;
const MEASURE_BODY = String.raw`(?:(?:key\s+)?performance\s+(?:measure|indicator)${PLURAL}(?:\s*(?:/|and|or)\s*(?:indicator|measure|target)${PLURAL})?|indicators?\s+of\s+(?:achievement|success|performance)|success\s+(?:criteria|indicators?)|KPIs?)`;
/**
 * One header label naming both vocabularies: "Expected accomplishments and performance measures",
 * "Expected results and indicators of achievement", "OUTCOMES AND KEY PERFORMANCE INDICATORS". The
 * whole cell must be the label (anchored), so a sentence that names both is no label.
 */
const COMBINED_LABEL = new RegExp(String.raw`^${ACCOMPLISHMENT_BODY}(?:\s*[/&]\s*|\s+(?:and|with(?:\s+(?:their|its))?)\s+)${MEASURE_BODY}${TAIL}$`, "i");
/** Is this header cell's text a label of accomplishments and their measures in one column? */
export function isCombinedLabel(text: string): boolean {
  return COMBINED_LABEL.test(normalizeSpace(text));
}

/**
 * Label patterns per role, matched against the whole text of one header cell (its words joined by
 * single spaces). Order matters only for the longest-match search in `matchLabelAt`.
 */
export const COLUMN_LABELS: ReadonlyArray<{ role: Exclude<ColumnRole, "extra">; pattern: RegExp }> = [
  {
    role: "objective",
    pattern: new RegExp(String.raw`^(?:(?:programme|strategic|main|key|management|managerial|specific|overall)\s+)?objective${PLURAL}${TAIL}$`, "i"),
  },
  {
    role: "accomplishments",
    pattern: new RegExp(String.raw`^${ACCOMPLISHMENT_BODY}${TAIL}$`, "i"),
  },
  // Accomplishments and their measures in one column ("Expected accomplishments and performance
  // measures", "Outcome and Key Performance Indicator"): the column of the accomplishments, whose
  // cell lists each `(a)` accomplishment with its `(i)` measures under it (`isCombinedLabel`).
  { role: "accomplishments", pattern: COMBINED_LABEL },
  {
    role: "measures",
    pattern: new RegExp(String.raw`^${MEASURE_BODY}${TAIL}$`, "i"),
  },
  { role: "risks", pattern: new RegExp(String.raw`^(?:key\s+)?risks?(?:\s*(?:and|&|/)\s*(?:mitigations?|mitigating\s+(?:measures|actions)|mitigation\s+(?:measures|strategies|actions)))?${TAIL}$`, "i") },
  { role: "baseline", pattern: new RegExp(String.raw`^baselines?(?:\s+(?:data|value|year))?${TAIL}$`, "i") },
  { role: "target", pattern: new RegExp(String.raw`^targets?(?:\s+(?:value|date|year))?${TAIL}$`, "i") },
];

/**
 * The lower label of a measure column under a two-level header: a group label of the measures role
 * ("Performance measures", "Indicators of achievement", "Key performance indicators") spans
 * `Indicator | Baseline | Target` in the header's second row. Alone, "Indicator" is a piece of
 * "Indicators of achievement"; it names the measure column only under such a group label, or
 * where a rendering flattened the header to its lower labels (Markdown) beside a Baseline or
 * Target column.
 */
export const SUB_MEASURE_LABEL = /^indicators?$/i;
/**
 * Words of the labels a two-level header merges over both its rows (objective, accomplishment,
 * risks): a header cell holding one is no lower cell of a measures group label.
 */
export const ROW_LABEL_WORD = /\b(?:objectives?|expected|accomplishments?|results?|outcomes?|risks?|mitigations?)\b/i;
/** Single words that occur only as pieces of a label: a header wrapped over lines shows them alone. */
export const LABEL_FRAGMENT = /^(?:expected|performance|key|objectives?|accomplishments?(?:\(s\))?|measures?(?:\(s\))?|indicators?(?:\(s\))?|mitigations?|achievement|results?|outcomes?)$/i;
/** A quick test that a line may hold a label at all: most lines are passed over cheaply. */
export const LABEL_WORD = /\b(?:objective|accomplishment|result|outcome|performance|indicator|measure|risk|baseline|target|KPI)/i;
/**
 * Every Baseline or Target label opens with one of these (COLUMN_LABELS): a line without either
 * names no value column.
 */
export const VALUE_LABEL_WORD = /baseline|target/i;
/**
 * The first word of every label in COLUMN_LABELS: a quick test before the patterns are tried. A
 * footnote mark may be glued to the word in plain text ("TARGET1", the raised "1" set on the line).
 */
export const LABEL_START =
  /^(?:programme|strategic|main|key|management|managerial|specific|overall|objectives?|expected|planned|accomplishments?(?:\(s\))?|results?|outcomes?|deliverables?|performance|indicators?|success|kpis?|risks?|baselines?|targets?)(?:\b|(?=\d\b))/i;
/** The longest label in words ("Key performance indicators / measures" …); a label is matched over at most this many words. */
export const MAX_LABEL_WORDS = 7;

/** The role of one header cell's text, or null when it is not a known label. */
export function labelRole(text: string): Exclude<ColumnRole, "extra"> | null {
  const t = normalizeSpace(text);
  for (const { role, pattern } of COLUMN_LABELS) if (pattern.test(t)) return role;
  return null;
}

/** "Risks and mitigations" → "risksAndMitigations": the key of an extra column in `extra`. */
export function camelCaseKey(header: string): string {
  const words = header
    .replace(/\(s\)/gi, "s")
    .replace(/[^A-Za-z0-9]+/g, " ")
    .trim()
    .split(" ")
    .filter(Boolean);
  return words.map((w, i) => (i === 0 ? w.toLowerCase() : w.charAt(0).toUpperCase() + w.slice(1).toLowerCase())).join("");
}

/**
 * An objective printed as a row spanning the table, or as a heading above it: "Objective 1: To …",
 * "Objective: To …", "OBJECTIVE 2 – Enhanced …". Captures the text after the label.
 */
export const OBJECTIVE_LABEL = /^(?:(?:programme|strategic|management|managerial|specific)\s+)?objective(?:\s+(?:\d{1,2}|[A-Z]|[ivx]{1,4})(?:\.\d{1,2})?)?\s*[:.\-–—]\s*(\S.*)$/i;
/**
 * The label alone, its objective on the lines below: an Objective column cell too narrow for
 * "Objective 10: To …" wraps after the label ("Objective 10:" / "To achieve gender parity …").
 */
export const BARE_OBJECTIVE_LABEL = /^(?:(?:programme|strategic|management|managerial|specific)\s+)?objective(?:\s+(?:\d{1,2}|[A-Z]|[ivx]{1,4})(?:\.\d{1,2})?)?\s*[:.\-–—]$/i;

/**
 * A cell that is a column label or a piece of a wrapped one ("Key Performance", "Expected"), also
 * cut after a connector that the next line of the cell goes on from ("Indicators of" /
 * "achievement", "Risks and" / "mitigations").
 */
export function isLabelCell(text: string): boolean {
  const t = normalizeSpace(text);
  if (!t) return false;
  const words = t.split(" ");
  const last = words.length > 1 && LABEL_CONNECTOR.test(words[words.length - 1]!) ? words.length - 1 : words.length;
  return labelRole(t) !== null || words.slice(0, last).every((w) => LABEL_FRAGMENT.test(w.replace(/[:*]$/, "")));
}
/** A connector a wrapped label can end its first line with: the label goes on in the next line. */
const LABEL_CONNECTOR = /^(?:of|and|&|\/|or|for)$/i;
