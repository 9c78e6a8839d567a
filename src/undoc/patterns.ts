/**
 * The grammar of a UN document's masthead and page furniture, as named parts. Every pattern is
 * matched against one whitespace-normalised cell or line (see masthead.ts for how cells are made).
 */

const MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December";
/** "9 August 2005", "15 SEPTEMBER 1995": the only date form UN mastheads print. */
export const MASTHEAD_DATE = new RegExp(`\\b(\\d{1,2})\\s+(${MONTHS})\\s+((?:19|20)\\d{2})\\b`, "i");

/**
 * "Distr.: General", "Distr. GENERAL", "DISTR. LIMITED": the distribution class. UNCTAD mastheads
 * of the 1990s print "Dist." (TD/B/CN.4/36, TD/B/43/6); "Dist" without its full stop is a word.
 */
export const DISTRIBUTION = /\b(?:Distr\s*\.?|Dist\s*\.)\s*:?\s*(General|Limited|Restricted)\b/i;
/** A cell that only says "Distr." (1990s mastheads put the class on the next line). */
export const DISTRIBUTION_LABEL = /^(?:Distr\s*\.?|Dist\s*\.)\s*:?$/i;

const LANGUAGES = "English|French|Spanish|Russian|Arabic|Chinese";
/** "Original: English", "ORIGINAL: FRENCH"; "Original: English/French" keeps the first. */
export const ORIGINAL_LANGUAGE = new RegExp(`\\bOriginal\\s*:\\s*(${LANGUAGES})\\b`, "i");
/** "ORIGINAL:" alone on its line, the language below it. */
export const ORIGINAL_LABEL = /^Original\s*:$/i;
export const LANGUAGE_ALONE = new RegExp(`^(?:${LANGUAGES})$`, "i");
/** "English only", "English, French and Spanish only": the languages a Geneva document is issued in. */
export const LANGUAGES_ONLY = new RegExp(`^(?:${LANGUAGES})(?:\\s*,\\s*(?:${LANGUAGES}))*(?:\\s+and\\s+(?:${LANGUAGES}))?\\s+only$`, "i");

/** One ordinal in words ("Sixtieth", "Fifty-ninth") or figures ("60th"); checked by ordinalToNumber. */
const ORDINAL = "(?:[A-Za-z]+[-\\u2010-\\u2013])?[A-Za-z]+|\\d{1,3}(?:st|nd|rd|th)";
/** "Sixtieth session", "Resumed fiftieth session", "Tenth emergency special session". */
export const SESSION = new RegExp(`(?<!\\b(?:its|the|at|of)\\s)\\b(${ORDINAL})\\s+(?:(?:regular|special|emergency\\s+special)\\s+)?session\\b`, "i");
/**
 * The Economic and Social Council names its sessions by year: "2025 session" (since 2014),
 * "Substantive session of 2004", "Organizational session for 2010"; so do the executive boards of
 * the funds and programmes ("Annual session 2025", "First regular session 2025"): the year is the
 * session.
 */
export const YEAR_SESSION = /^(?:((?:19|20)\d{2})\s+session|(?:(?:Resumed\s+)?(?:substantive|organizational)\s+)?session\s+(?:of|for)\s+((?:19|20)\d{2})|(?:(?:first|second|third)\s+regular|annual)\s+session\s+((?:19|20)\d{2}))$/i;
/** "Resumed part of the seventy-eighth session", "Second resumed part of the fifty-ninth session". */
export const RESUMED_SESSION = new RegExp(`^(?:[A-Za-z]+\\s+)?resumed\\s+(?:part\\s+of\\s+the\\s+)?(${ORDINAL})\\s+(?:(?:regular|special)\\s+)?session$`, "i");

/** One agenda item number: "132", "112 (c)", "65(a)", "11 (f) (i)". */
const ITEM_NUMBER = "\\d{1,3}(?:\\s?\\([a-z]\\)(?:\\s?\\([ivx]{1,4}\\))?)?";
/** A coordinated list: "118 and 127", "46, 48 and 120". */
const ITEM_LIST = `${ITEM_NUMBER}(?:\\s*(?:,|\\band\\b|&)\\s*${ITEM_NUMBER})*`;
const AGENDA_WORD = "(?:(?:provisional|preliminary|annotated|revised)\\s+)?(?:agenda|list)";
/** "Agenda item 132", "Agenda items 118 and 127", "Provisional agenda item 4". */
export const AGENDA_PREFIXED = new RegExp(`\\b(?:(?:provisional|preliminary)\\s+)?agenda\\s+items?\\s+(${ITEM_LIST})`, "i");
/** "Item 132 of the provisional agenda*", "Items 118 and 127 of the preliminary list". */
export const AGENDA_SUFFIXED = new RegExp(`\\bitems?\\s+(${ITEM_LIST})\\s+of\\s+the\\s+${AGENDA_WORD}\\b`, "i");
export const ITEM_NUMBER_GLOBAL = new RegExp(ITEM_NUMBER, "gi");

/** The principal organs whose names stand in a masthead, in the forms printed there. */
export const ORGAN_NAMES = "General\\s+Assembly|Security\\s+Council|Economic\\s+and\\s+Social\\s+Council|Secretariat|Trusteeship\\s+Council";
/**
 * Names printed beside the symbol in a masthead ("United Nations", "General Assembly"), also spread
 * over lines by typewritten mastheads ("UNITED" / "NATIONS", "GENERAL" / "ASSEMBLY"), and the
 * one-letter organ logo of 1990s–2009 mastheads ("A", "S", "E").
 */
export const MASTHEAD_NAME = new RegExp(`^(?:United\\s+Nations|UNITED|NATIONS|${ORGAN_NAMES}|GENERAL\\s+ASSEMBLY|GENERAL|ASSEMBLY|SECURITY|COUNCIL|ECONOMIC\\s+AND\\s+SOCIAL|ECONOMIC|AND\\s+SOCIAL|SOCIAL\\s+COUNCIL|TRUSTEESHIP|[ASET])$`, "i");
/**
 * Subsidiary bodies named under the masthead ("Human Rights Council", "Working Group on the
 * Universal Periodic Review", "Fifth Committee", "Commission on Narcotic Drugs"): a whole line that
 * names a council, committee, commission, working group, board, conference or subcommission.
 */
export const BODY_NAME = /^(?:Human\s+Rights\s+Council|(?:[A-Z][a-z]+\s+){0,3}(?:Main\s+)?Committee(?:\s+(?:on|for|against)\s+[A-Z].{0,80})?|(?:First|Second|Third|Fourth|Fifth|Sixth)\s+Committee|(?:Commission|Sub-?[Cc]ommission|Working\s+(?:Group|Party)|Executive\s+Board|Governing\s+Council|Board|Conference|Meeting\s+of\s+the\s+Parties|Special\s+Committee|Ad\s+Hoc\s+Committee|Advisory\s+Committee|Economic\s+Commission)\s+(?:on|for|of|to)\s+(?:the\s+)?[A-Z].{0,100}|Trade\s+and\s+Development\s+Board|Peacebuilding\s+Commission|(?:[A-Z][a-z]+[-\u2010-\u2013])?[A-Za-z][a-z]+\s+[Mm]eeting\s+of\s+(?:the\s+)?(?:States\s+Parties|Chairs|Chairpersons|Parties)\b.{0,120})$/;
/**
 * The same names typed in capitals (1946–2009 mastheads: "HUMAN RIGHTS COUNCIL", "FIFTH
 * COMMITTEE", "INLAND TRANSPORT COMMITTEE"; not "REPORT OF THE COMMITTEE", a title).
 */
export const BODY_NAME_CAPITALS = /^(?:HUMAN\s+RIGHTS\s+COUNCIL|(?:(?!(?:OF|THE|ON|AND|TO|BY)\s)[A-Z]+\s+){0,2}(?:COMMISSION|COMMITTEE|WORKING\s+(?:GROUP|PARTY)|SUB-COMMISSION)\s+(?:ON|FOR|OF|AGAINST)\s+[A-Z ,'-]{3,100}|(?:(?!(?:OF|THE|ON|AND|TO|BY)\s)[A-Z]+\s+){1,3}COMMITTEE|TRADE\s+AND\s+DEVELOPMENT\s+BOARD)$/;
/**
 * The dates or place and dates of a session under the session line: "24 February–20 March 2020",
 * "Geneva, 8-19 February 2010", "16 June–8 July 2025", "New York, 5–9 May 2025", the boards' "2 to
 * 5 June 2025, New York".
 */
export const SESSION_DATES = new RegExp(`^(?:[A-Z][a-z]+(?:\\s+[A-Z][a-z]+)?,\\s+)?\\d{1,2}(?:\\s+(?:${MONTHS})(?:\\s+\\d{4})?)?(?:\\s*[-\u2013\u2014]\\s*|\\s+to\\s+)\\d{1,2}\\s+(?:${MONTHS})(?:\\s+\\d{4})?(?:,\\s+[A-Z][a-z]+(?:\\s+[A-Z][a-z]+)?)?$`, "i");
/** A one-day meeting under the session line, always with its place: "Geneva, 11 July 1994". */
export const SESSION_PLACE_DATE = new RegExp(`^[A-Z][a-z]+(?:\\s+[A-Z][a-z]+)?,\\s+\\d{1,2}\\s+(?:${MONTHS})\\s+\\d{4}$`);
/** A subject tag printed beside the body name in UNCTAD mastheads: "[SHIPPING]", "[ENGLISH ONLY]". */
export const SUBJECT_TAG = /^\[[A-Z][A-Z ,]{2,40}\]$/;
/** "[on the report of the Fifth Committee (A/80/401, para. 6)]", "[without reference to a Main Committee (A/80/L.7)]". */
/** Meeting records: "Official Records" and the city under the meeting line. */
export const RECORDS_FURNITURE = /^(?:Official\s+Records|Provisional|New\s+York|Geneva|Vienna|Nairobi)$/;
export const REFERRAL_LINE = /^\[(?:on\s+the\s+(?:report|proposal)|without\s+reference)\b.*\]?$/i;
/** "Resolution adopted by the General Assembly on 14 October 2025", "Decision adopted by the Human Rights Council". */
export const ADOPTED_LINE = /^(Resolution|Decision)s?\s+adopted\s+by\s+the\s+([A-Z][A-Za-z ]+?)(?:\s+on\s+\d{1,2}\s+[A-Z][a-z]+\s+\d{4})?(?:\s*\[.*)?$/;
/** "80/2. Scale of assessments …", "59/112.", "2758 (XXVI). Restoration …": a resolution's or decision's number and title. */
export const NUMBERED_TITLE = /^((?:\d{1,2}|ES-\d{1,2}|S-\d{1,2})\/\d{1,4}(?:\s+[A-H])?|\d{1,4}\s*\([IVXL]+\))\.(?:\s+(\S.*))?$/;
/** "Australia, Colombia … and Uruguay: draft resolution", "… : revised draft resolution". */
export const SPONSORS_LINE = /^(.+?)\s*[:;][\s*\u2020\u2021,]*((?:revised\s+)?draft\s+(?:resolution|decision)(?:\s+[IVX]+)?)$/is;
/** "Draft decision submitted by the President of the Council, Bob Rae (Canada)": ECOSOC's sponsors line. */
export const DRAFT_SUBMITTED = /^(?:Revised\s+)?draft\s+(?:resolution|decision)s?\s+submitted\s+by\s+\S/i;
/** "Letter dated 7 March 2025 from …", "Identical letters dated …", "Note verbale dated …": a letter's title line. */
export const LETTER_TITLE = /^(?:(?:Identical\s+)?letters?|Note\s+verbale)\s+dated\s+\d/i;
/** "Corrigendum", "Addendum": a line that only names the kind of issuance. */
export const ISSUANCE_WORD = /^(?:Corrigendum|Addendum|Revision|CORRIGENDUM|ADDENDUM)$/;
/** The opening line of a resolution's or decision's text: "The General Assembly,", "The Human Rights Council,". */
export const RESOLUTION_OPENER = /^The\s+(?:General\s+Assembly|Security\s+Council|Economic\s+and\s+Social\s+Council|Human\s+Rights\s+Council|Trusteeship\s+Council|(?:[A-Z][a-z]+\s+){0,4}(?:Council|Commission|Committee|Conference|Board|Assembly))\s*[,.;]$/;
/** "18th plenary meeting", "25th meeting": the line that closes an adopted text. */
export const MEETING_LINE = /^\d{1,4}(?:st|nd|rd|th)\s+(?:plenary\s+)?meeting$/i;
/** "Introduction", "I. Introduction": the body's first heading in current reports. */
export const INTRODUCTION_HEADING = /^(?:[IVX]{1,4}\.\s+)?(?:Introduction|INTRODUCTION)$/;
/** A masthead line may lead with a name, then the symbol ("United Nations A/60/209"). */
export const MASTHEAD_NAME_PREFIX = /^(?:United\s+Nations|General\s+Assembly|Security\s+Council|Economic\s+and\s+Social\s+Council|Secretariat)\s+/i;

/** Job number in the first-page footer: "05-45678 (E) 150805", Geneva "GE.95-12345 (E)". */
export const JOB_NUMBER = /^(?:GE[.:]\s?)?\d{2}-\d{5}\s*\([A-Z]\)(?:\s+\d{6})?(?:\s+\d{6})?$/;
/** Geneva job numbers printed without the language mark ("GE:09-17825", "GE.09-16919"). */
export const GENEVA_JOB_NUMBER = /^GE[.:]\s?\d{2}-\d{5}$/;
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
export const SUBTITLE = /^(?:(?:Progress|Annual|Interim|Final|Special|Preliminary|Consolidated|Synthesis)\s+)?(?:Note|Report|Memorandum|Statement|Communication|Addendum|Corrigendum|Note\s+verbale)\s+(?:by|of|from)\s+\S/i;
/**
 * A report's name that also says what it is about ("Report of the Secretary-General on the
 * question concerning Haiti"): when it is the only heading it is the title, not a subtitle.
 */
export const SUBTITLE_WITH_SUBJECT = /^(?:Note|Report)\s+(?:by|of)\s+the\s+.+?\s+(?:on|concerning|pursuant\s+to|in\s+pursuance\s+of|submitted\s+pursuant\s+to)\s+\S/i;
/** "Subject:", "To:", "From:": the memo block of a Secretariat information circular or instruction. */
export const MEMO_LABEL = /^(To|From|Subject|Through)\s*:\s*(.*)$/;
/**
 * "Communication submitted by:", "State party:": the label of a label–value table under a title
 * (treaty-body decisions), a cell ending in a colon with its value in the next cell.
 */
export const TABLE_LABEL = /^[A-Z][A-Za-z ]{2,40}:$/;
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

/** Secretariat issuances name their series where other documents print "Distr.". */
export const SECRETARIAT_SERIES_LINE = /^(?:Secretary-General['’]s\s+bulletin|Administrative\s+instruction|Information\s+circular)$/i;
/** "Adopted by the Security Council at its 9518th meeting, on 21 December 2023". */
export const SC_ADOPTED_LINE = /^Adopted\s+by\s+the\s+Security\s+Council\s+at\s+its\s+\d+(?:st|nd|rd|th)\s+meeting\b/i;
/** "Resolution 2719 (2023)": the title line of a Security Council resolution. */
export const SC_RESOLUTION_TITLE = /^Resolution\s+(\d{1,4})\s*\((\d{4})\)$/;
/**
 * The opening words of a letter's or statement's text ("I have the honour to …", "I write to
 * inform you …", "I am writing to …", "I wish to …"): running prose,
 * never a title line, whatever its length.
 */
export const PROSE_OPENING = /^(?:I|We)\s+(?:have\s+the\s+honour|write\s+to|am\s+writing|are\s+writing|wish\s+to|would\s+like\s+to)\b|^On\s+behalf\s+of\b|^Upon\s+instructions\b|^On\s+instructions\b|^At\s+(?:the|its)\s+\d+(?:st|nd|rd|th)\s+meeting\b|^The\s+meeting\s+(?:was\s+called\s+to\s+order|was\s+resumed|rose)\b|^(?:Acting\s+)?President\s*:/;
/** "Section 1", "Section 12": a bulletin's or instruction's section heading. */
export const SECTION_HEADING = /^Section\s+(\d{1,2})$/;
/** "1.1 The Secretary-General …", "4.12 …": a bulletin's decimal paragraph. */
export const DECIMAL_PARAGRAPH = /^(\d{1,2})\.(\d{1,2})\.?\s+(\S.*)$/;

/** "Thursday, 21 September 2023, 3 p.m.": the date line of a meeting record. */
export const MEETING_DATE_LINE = new RegExp(`^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),\\s+\\d{1,2}\\s+(?:${MONTHS})\\s+\\d{4}(?:,\\s+\\d{1,2}(?:[.:]\\d{2})?\\s*[ap]\\.m\\.)?$`, "i");
