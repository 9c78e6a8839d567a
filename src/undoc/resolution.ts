import type { Row } from "./rows.js";
import { joinWrapped } from "./rows.js";
import {
  ANNEX_HEADING, BARCODE, FOOTNOTE_RULE, JOB_NUMBER, MARKS_ONLY, MEETING_LINE, NUMBERED_PARAGRAPH, PAGE_FURNITURE, RESOLUTION_OPENER,
} from "./patterns.js";

/**
 * The text of a resolution or decision: "The General Assembly," then preambular paragraphs
 * (participles: Recalling, Noting, Having considered …, each ending with a comma) and operative
 * paragraphs ("1. Decides …", or unnumbered with a verb in the third person: "Adopts …").
 * Italics are lost in most extractions, so the paragraph openers are read from word lists.
 */
export interface ResolutionText {
  opener: string | null;
  preambular: string[];
  operative: Array<{ number: string | null; text: string }>;
}

/**
 * Adverbs and connectives that may precede an opener, which then follows in lower case:
 * "Also requests", "Strongly condemns", "Deeply concerned", "Once again calls".
 */
const QUALIFIERS = "(?:[A-Z][a-z]+ly|Also|Further|Furthermore|Once\\s+again|Again)(?:\\s+(?:also|further|again))?";
/** Preambular openers: participles and adjectives of concern that open the recitals. */
const PREAMBULAR_WORDS = [
  "Recalling", "Noting", "Reaffirming", "Recognizing", "Recognising", "Having", "Acting", "Taking", "Bearing", "Considering",
  "Welcoming", "Emphasizing", "Stressing", "Underlining", "Acknowledging", "Expressing", "Guided", "Mindful", "Aware",
  "Concerned", "Convinced", "Determined", "Alarmed", "Conscious", "Desirous", "Believing", "Affirming", "Reiterating",
  "Encouraged", "Appreciating", "Deploring", "Regretting", "Observing", "Seeking", "Whereas", "Endorsing", "Commending",
];
/** Operative verbs: the third person singular that opens each operative paragraph. */
const OPERATIVE_WORDS = [
  "Decides", "Requests", "Adopts", "Endorses", "Urges", "Calls", "Encourages", "Invites", "Welcomes", "Expresses",
  "Reaffirms", "Recommends", "Notes", "Takes", "Emphasizes", "Stresses", "Condemns", "Demands", "Approves", "Authorizes",
  "Agrees", "Affirms", "Appeals", "Declares", "Recognizes", "Acknowledges", "Commends", "Underlines", "Reiterates",
  "Proclaims", "Designates", "Elects", "Appoints", "Confirms", "Deplores", "Regrets", "Supports", "Acknowledges", "Considers",
  "Recalls", "Resolves", "Renews", "Extends", "Underscores", "Highlights", "Insists", "Directs",
  "Recognises", "Emphasises", "Authorises", "Reminds", "Notes", "Looks", "Acknowledges", "Requires", "Establishes", "Determines",
];
/** An opener alone ("Recalling") or after a qualifier in lower case ("Deeply concerned"). */
function openerPattern(words: readonly string[], generic = ""): RegExp {
  const lower = words.map((w) => w.toLowerCase()).join("|");
  return new RegExp(`^(?:(?:${words.join("|")}${generic})|${QUALIFIERS}\\s+(?:${lower}))\\b`);
}
/** Any participle opens a recital too ("Underscoring", "Highlighting", "Looking forward"). */
const PARTICIPLE = "|[A-Z][a-z]{3,}ing";
export const PREAMBULAR_OPENER = openerPattern(PREAMBULAR_WORDS, PARTICIPLE);
export const OPERATIVE_OPENER = openerPattern(OPERATIVE_WORDS);
/** A clause ends with , ; . or :, maybe followed by a footnote number ("session,1"). */
const CLAUSE_END = /[,;.:]\d{0,2}$/;
/** "[Adopted without a vote.]", "Adopted at the 25th meeting": the close of an adopted text. */
const ADOPTION_NOTE = /^\[?Adopted\b/;

function isFurniture(text: string): boolean {
  return PAGE_FURNITURE.test(text) || JOB_NUMBER.test(text) || BARCODE.test(text) || MARKS_ONLY.test(text) || /^\d{2}-\d{5}$/.test(text);
}

/** Read the paragraphs after the opener up to the meeting line, an annex or the footnotes. */
export function readResolution(rows: readonly Row[], from: number, ownSymbol: string | null, title: string | null): ResolutionText | null {
  let r = from;
  while (r < rows.length && !RESOLUTION_OPENER.test(rows[r]!.text)) r++;
  if (r >= rows.length) return null;
  const opener = rows[r]!.text.replace(/,$/, "");
  const paragraphs: Array<{ number: string | null; parts: string[]; preambular: boolean }> = [];
  let current: (typeof paragraphs)[number] | null = null;
  let inFootnotes = false;
  let footnotePage: number | null = null;
  let sawHeaderSinceRule = false;
  let afterHeader = false;
  let lastNumber = 0;
  for (r = r + 1; r < rows.length; r++) {
    const row = rows[r]!;
    const t = row.text;
    if (row.blank) continue;
    if (MEETING_LINE.test(t) || ADOPTION_NOTE.test(t) || ANNEX_HEADING.test(t)) break;
    // Footnotes under a rule run to the page end; the text goes on with the next paragraph.
    if (FOOTNOTE_RULE.test(t)) {
      inFootnotes = true;
      footnotePage = row.page;
      sawHeaderSinceRule = false;
      continue;
    }
    if (inFootnotes && ownSymbol !== null && t.startsWith(ownSymbol)) sawHeaderSinceRule = true;
    // Running headers repeat the symbol and the title at the top of later pages.
    const header = ownSymbol !== null && t.startsWith(ownSymbol);
    if (header) afterHeader = true;
    if (isFurniture(t) || header || (afterHeader && title !== null && title.includes(t))) continue;
    afterHeader = false;
    if (inFootnotes) {
      // The footnotes end with their page: a new page (PDF) or the running header (text dumps).
      const newPage = footnotePage !== null && row.page !== footnotePage;
      const resumes = newPage || rows[r - 1]?.text === "" || NUMBERED_PARAGRAPH.test(t) || /^\d{1,3}\.$/.test(t);
      if (!resumes && !sawHeaderSinceRule) continue;
      if (!newPage && !sawHeaderSinceRule && /^\d{1,2}\s/.test(t)) continue;
      inFootnotes = false;
    }
    const numbered = NUMBERED_PARAGRAPH.exec(t);
    const lastText = current ? current.parts[current.parts.length - 1] ?? "" : "";
    // "session,1": a footnote number glued after the comma still ends the clause.
    const clauseEnded = current === null || CLAUSE_END.test(lastText);
    // A row that is only the number ("1.") keeps its text in the next row (PDF with a tab after the number).
    const bareNumber = /^(\d{1,3})\.$/.exec(t);
    const next = (n: string | undefined) => n !== undefined && Number(n) === lastNumber + 1;
    if (numbered?.[1] && numbered[2] && (clauseEnded || next(numbered[1]))) {
      lastNumber = Number(numbered[1]);
      current = { number: numbered[1], parts: [numbered[2]], preambular: false };
      paragraphs.push(current);
      continue;
    }
    if (bareNumber?.[1] && (clauseEnded || next(bareNumber[1]))) {
      lastNumber = Number(bareNumber[1]);
      current = { number: bareNumber[1], parts: [], preambular: false };
      paragraphs.push(current);
      continue;
    }
    if (clauseEnded && current !== null && current.parts.length === 0) {
      current.parts.push(t);
      continue;
    }
    if (clauseEnded && (PREAMBULAR_OPENER.test(t) || OPERATIVE_OPENER.test(t))) {
      current = { number: null, parts: [t], preambular: PREAMBULAR_OPENER.test(t) && !OPERATIVE_OPENER.test(t) };
      paragraphs.push(current);
      continue;
    }
    // A footnote under the text, in a smaller font, is not part of a paragraph.
    if (current && /^\d{1,2}\s+\S/.test(t) && row.fontSize > 0 && rows[r - 1] && row.fontSize < rows[r - 1]!.fontSize) continue;
    if (current) current.parts.push(t);
  }
  const preambular: string[] = [];
  const operative: ResolutionText["operative"] = [];
  for (const p of paragraphs) {
    const text = joinWrapped(p.parts);
    // Preambular paragraphs end with a comma; the first numbered or verb-led paragraph ends them.
    if (p.preambular && operative.length === 0) preambular.push(text);
    else operative.push({ number: p.number, text });
  }
  return { opener, preambular, operative };
}
