/**
 * The grammar of a UN document's masthead and page furniture, as named parts. Every pattern is
 * matched against one whitespace-normalised cell or line (see masthead.ts for how cells are made).
 */

const MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December";
/** "9 August 2005", "15 SEPTEMBER 1995": the only date form UN mastheads print. */
export const MASTHEAD_DATE = new RegExp(`\\b(\\d{1,2})\\s+(${MONTHS})\\s+((?:19|20)\\d{2})\\b`, "i");

/** "Distr.: General", "Distr. GENERAL", "DISTR. LIMITED": the distribution class. */
export const DISTRIBUTION = /\bDistr\s*\.?\s*:?\s*(General|Limited|Restricted)\b/i;
/** A cell that only says "Distr." (1990s mastheads put the class on the next line). */
export const DISTRIBUTION_LABEL = /^Distr\s*\.?\s*:?$/i;

const LANGUAGES = "English|French|Spanish|Russian|Arabic|Chinese";
/** "Original: English", "ORIGINAL: FRENCH"; "Original: English/French" keeps the first. */
export const ORIGINAL_LANGUAGE = new RegExp(`\\bOriginal\\s*:\\s*(${LANGUAGES})\\b`, "i");
/** "ORIGINAL:" alone on its line, the language below it. */
export const ORIGINAL_LABEL = /^Original\s*:$/i;
export const LANGUAGE_ALONE = new RegExp(`^(?:${LANGUAGES})$`, "i");

/** One ordinal in words ("Sixtieth", "Fifty-ninth") or figures ("60th"); checked by ordinalToNumber. */
const ORDINAL = "(?:[A-Za-z]+[-\\u2010-\\u2013])?[A-Za-z]+|\\d{1,3}(?:st|nd|rd|th)";
/** "Sixtieth session", "Resumed fiftieth session", "Tenth emergency special session". */
export const SESSION = new RegExp(`(?<!\\b(?:its|the|at|of)\\s)\\b(${ORDINAL})\\s+(?:(?:regular|special|emergency\\s+special)\\s+)?session\\b`, "i");

/** One agenda item number: "132", "112 (c)", "65(a)". */
const ITEM_NUMBER = "\\d{1,3}(?:\\s?\\([a-z]\\))?";
/** A coordinated list: "118 and 127", "46, 48 and 120". */
const ITEM_LIST = `${ITEM_NUMBER}(?:\\s*(?:,|\\band\\b|&)\\s*${ITEM_NUMBER})*`;
const AGENDA_WORD = "(?:(?:provisional|preliminary|annotated|revised)\\s+)?(?:agenda|list)";
/** "Agenda item 132", "Agenda items 118 and 127", "Provisional agenda item 4". */
export const AGENDA_PREFIXED = new RegExp(`\\b(?:(?:provisional|preliminary)\\s+)?agenda\\s+items?\\s+(${ITEM_LIST})`, "i");
/** "Item 132 of the provisional agenda*", "Items 118 and 127 of the preliminary list". */
export const AGENDA_SUFFIXED = new RegExp(`\\bitems?\\s+(${ITEM_LIST})\\s+of\\s+the\\s+${AGENDA_WORD}\\b`, "i");
export const ITEM_NUMBER_GLOBAL = new RegExp(ITEM_NUMBER, "gi");

/** Names printed beside the symbol in a masthead ("United Nations", "General Assembly"). */
export const MASTHEAD_NAME = /^(?:United\s+Nations|UNITED|NATIONS|General\s+Assembly|Security\s+Council|Economic\s+and\s+Social\s+Council|Secretariat|Trusteeship\s+Council|[ASET])$/i;
/** A masthead line may lead with a name, then the symbol ("United Nations A/60/209"). */
export const MASTHEAD_NAME_PREFIX = /^(?:United\s+Nations|General\s+Assembly|Security\s+Council|Economic\s+and\s+Social\s+Council|Secretariat)\s+/i;

/** Job number in the first-page footer: "05-45678 (E) 150805", Geneva "GE.95-12345 (E)". */
export const JOB_NUMBER = /^(?:GE\.)?\d{2}-\d{5}\s*\([A-Z]\)(?:\s+\d{6})?(?:\s+\d{6})?$/;
/** The date stamp printed after a job number in its own column: "260995" (ddmmyy). */
export const JOB_DATE = /^\d{6}$/;
/** Bar code under the job number: "*0545678*". */
export const BARCODE = /^\*\d{7,9}\*$/;
/** Page furniture: "2", "- 2 -", "Page 2", "2/45", "/..." (1990s "continued" mark). */
export const PAGE_FURNITURE = /^(?:-\s*\d{1,3}\s*-|\d{1,3}|page\s+\d{1,3}(?:\s+of\s+\d{1,3})?|\d{1,3}\s*\/\s*\d{1,3}|\/\s*\.\.\.|\.\.\.\s*\/)$/i;
/** Footnote separator rule in plain-text dumps. */
export const FOOTNOTE_RULE = /^[_\-]{5,}$/;
/** A line of only asterisks or other marks. */
export const MARKS_ONLY = /^[*\u2020\u2021]+$/;

/** The subtitle line: "Note by the Secretary-General", "Report of the Advisory Committee …". */
export const SUBTITLE = /^(?:Note|Report|Memorandum|Statement|Communication|Addendum|Corrigendum|Note\s+verbale)\s+(?:by|of|from)\s+\S/i;
/** A body heading that is no title: "CONTENTS", "Summary", "Annex". */
export const CONTENTS = /^(?:CONTENTS|Contents|Table\s+of\s+contents)$/;
export const SUMMARY_HEADING = /^(?:Summary|SUMMARY|Abstract)$/;
/** "Annex", "ANNEX II", "Appendix": what follows is not part of the numbered body. */
export const ANNEX_HEADING = /^(?:Annex|ANNEX|Appendix|APPENDIX|Enclosure|ENCLOSURE)(?:\s+[IVXL\d]{1,5})?$/;
/** Dot leaders ("Introduction ........ 1-4 3") mark a table of contents entry. */
export const DOT_LEADER = /(?:\.\s?){4,}/;
/** "Paragraphs   Page" column heading of a contents table. */
export const CONTENTS_COLUMNS = /^(?:Paragraphs?\s+Pages?|Chapter\s+Paragraphs?\s+Pages?|Page)$/i;

/** "6. The objectives …": a numbered paragraph; the number is checked against the sequence. */
export const NUMBERED_PARAGRAPH = /^(\d{1,3})\.\s+(\S.*)$/;
/** "(a) To strengthen …", "(iv) …": a lettered or roman subparagraph. */
export const LETTERED_SUBPARAGRAPH = /^\(([a-z]{1,2}|[ivx]{1,5})\)\s+(\S.*)$/;
/** Chapter or section headings inside the body: "I. Introduction", "A. Background", "II. THE NETWORK". */
export const BODY_HEADING = /^(?:[IVXL]{1,6}|[A-H])\.\s+\S.{0,100}$/;
/** Plain-text footnotes: "* A/60/150.", "1/ Official Records …" (1990s). */
export const FOOTNOTE_STAR = /^([*\u2020\u2021]{1,3})\s*(\S.*)$/;
export const FOOTNOTE_SLASH = /^(\d{1,2})\/\s+(\S.*)$/;
/** After a footnote rule, "1 See …" is a note, not a paragraph (paragraphs have a full stop). */
export const FOOTNOTE_NUMBER = /^(\d{1,2})\s+(\S.*)$/;
