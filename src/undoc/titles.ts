import type { Masthead } from "./masthead.js";
import { normalizeSpace } from "../vocab/text.js";
import {
  ADOPTED_LINE, ISSUANCE_WORD, NUMBERED_TITLE, REFERRAL_LINE, SC_ADOPTED_LINE, SC_RESOLUTION_TITLE, SECRETARIAT_SERIES_LINE,
  SPONSORS_LINE, SUBTITLE, SUBTITLE_WITH_SUBJECT, DRAFT_SUBMITTED, LETTER_TITLE,
} from "./patterns.js";

/**
 * Title, subtitle, sponsors and document type from the title blocks of a masthead: each block is
 * judged by what it says it is (an adoption line, a numbered resolution title, a sponsors line, a
 * Secretariat series line, "Note by …"/"Report of …"), the rest by position.
 */

/** A block of title lines, as joined text, with where its first line is. */
export interface Block {
  text: string;
  row: number;
  /** The "Subject:" line of a Secretariat memo block. */
  subject?: boolean;
}

/** Split "A, B, C and D" into names; "and" inside a country's name ("Trinidad and Tobago") is kept. */
const NAMES_WITH_AND = /(?:Antigua|Bosnia|Trinidad|Sao Tome|São Tomé|Saint Kitts|Saint Vincent|Heard Island|Great Britain|Turks|Wallis|Saint Pierre)\s+and\s+/g;
export function splitSponsors(list: string): string[] {
  const protectedList = list.replace(NAMES_WITH_AND, (m) => m.replace(/\s+and\s+$/, "\u0000"));
  return protectedList
    .split(/\s*,\s*|\s+and\s+/)
    .map((s) => normalizeSpace(s.replace(/\u0000/g, " and ")))
    .filter((s) => s !== "");
}

/** Title and subtitle from the title blocks, by what each block says it is. */
export function assignTitles(out: Masthead, blocks: Block[]): void {
  let rest = blocks.filter((b) => !REFERRAL_LINE.test(b.text) && !ISSUANCE_WORD.test(b.text));
  // Secretariat issuances: "Secretary-General's bulletin" is the subtitle, the subject the title.
  const series = rest.find((b) => SECRETARIAT_SERIES_LINE.test(b.text));
  if (series) {
    if (!out.bodies.includes("Secretariat")) out.bodies.push("Secretariat");
    const others = rest.filter((b) => b !== series);
    out.title = (others.find((b) => b.subject) ?? others[0])?.text ?? null;
    out.subtitle = series.text;
    return;
  }
  // Security Council resolutions: "Resolution 2719 (2023)", then "Adopted by the Security Council at its … meeting".
  const scTitle = rest.find((b) => SC_RESOLUTION_TITLE.test(b.text));
  if (scTitle) {
    out.title = scTitle.text;
    out.subtitle = rest.find((b) => SC_ADOPTED_LINE.test(b.text))?.text ?? null;
    return;
  }
  // A letter's title line is the title; letters have no subtitle, and what follows is their text.
  // A block before it is an agenda item's title the agenda reader left (one per untitled item).
  const letterIndex = rest.findIndex((b) => LETTER_TITLE.test(b.text));
  if (letterIndex >= 0) {
    const untitled = out.agendaItems.filter((item) => item.title === null);
    rest.slice(0, letterIndex).forEach((b, i) => {
      const item = untitled[i];
      if (item && !SUBTITLE.test(b.text)) item.title = b.text;
    });
    out.title = rest[letterIndex]!.text;
    out.subtitle = null;
    return;
  }
  // ECOSOC drafts: "Draft decision submitted by the President of the Council, …" is the subtitle.
  const submitted = rest.find((b) => DRAFT_SUBMITTED.test(b.text));
  if (submitted) {
    const others = rest.filter((b) => b !== submitted);
    out.title = others[0]?.text ?? null;
    out.subtitle = submitted.text;
    return;
  }
  const adopted = rest.find((b) => ADOPTED_LINE.test(b.text));
  const numberedIndex = rest.findIndex((b) => NUMBERED_TITLE.test(b.text));
  const sponsorsBlock = rest.find((b) => SPONSORS_LINE.test(b.text));
  let numberedTitle: string | null = null;
  if (numberedIndex >= 0) {
    const m = NUMBERED_TITLE.exec(rest[numberedIndex]!.text)!;
    out.number = m[1]!;
    numberedTitle = m[2] ?? rest[numberedIndex + 1]?.text ?? null;
    rest = rest.filter((_, i) => i !== numberedIndex && !(m[2] === undefined && i === numberedIndex + 1));
  }
  if (sponsorsBlock) {
    const m = SPONSORS_LINE.exec(sponsorsBlock.text)!;
    out.sponsors = splitSponsors(m[1]!);
  }
  rest = rest.filter((b) => b !== adopted && b !== sponsorsBlock);
  const texts = rest.map((b) => b.text);
  if (numberedTitle !== null) {
    out.title = numberedTitle;
    out.subtitle = adopted?.text ?? sponsorsBlock?.text ?? texts[0] ?? null;
    return;
  }
  if (sponsorsBlock || adopted) {
    out.title = texts[0] ?? null;
    out.subtitle = sponsorsBlock?.text ?? adopted?.text ?? null;
    return;
  }
  const subIndex = texts.findIndex((t) => SUBTITLE.test(t));
  if (subIndex > 0) {
    let before = texts.slice(0, subIndex);
    out.subtitle = texts[subIndex]!;
    // 1990s layout: the agenda item's title stands apart, centred in capitals, before the title.
    const onlyItem = out.agendaItems.length === 1 ? out.agendaItems[0] : undefined;
    if (onlyItem && onlyItem.title === null && before.length >= 2) {
      onlyItem.title = before[0]!;
      before = before.slice(1);
    }
    out.title = before.join(" ");
    return;
  }
  if (subIndex === 0 && texts.length === 1) {
    // A presidential statement's only heading is its title, and so is a report's name that says
    // what it is about ("Report of the Secretary-General on …"); a lone "Report of …" stays a subtitle.
    if (/^Statement\s+by\s+the\s+President\b/i.test(texts[0]!) || SUBTITLE_WITH_SUBJECT.test(texts[0]!)) out.title = texts[0]!;
    else out.subtitle = texts[0]!;
    return;
  }
  // Current and Geneva layouts: the title, then the subtitle (the country, the report's author).
  out.title = texts[0] ?? null;
  out.subtitle = texts[1] ?? null;
}

/** What kind of document, from the symbol, the adopted line, sponsors and the title lines. */
export function documentTypeOf(out: Masthead, issuance: string | null): string | null {
  const symbol = out.symbol ?? "";
  const lines = [out.subtitle ?? "", out.title ?? ""].join("\n");
  if (/\/Corr\.\d+$/.test(symbol) || issuance === "Corrigendum") return "corrigendum";
  if (/\bdraft\s+decision\b/i.test(lines)) return "draft decision";
  if (out.sponsors.length > 0 || /\bdraft\s+resolution\b/i.test(lines)) return "draft resolution";
  if (/(^|\/)RES\//.test(symbol) || /^Resolutions?\s+adopted\b/m.test(lines) || /^Resolution\s+\d+\s*\(\d{4}\)$/m.test(lines)) return "resolution";
  if (/(^|\/)DEC\//.test(symbol) || /^Decisions?\s+adopted\b/m.test(lines)) return "decision";
  if (/^ST\/SGB\//.test(symbol) || /Secretary-General['’]s\s+bulletin/i.test(lines)) return "bulletin";
  if (/^ST\/AI\//.test(symbol) || /^Administrative\s+instruction$/im.test(lines)) return "administrative instruction";
  if (/^ST\/IC\//.test(symbol) || /^Information\s+circular$/im.test(lines)) return "information circular";
  if (/\/PRST\//.test(symbol) || /^Statement\s+by\s+the\s+President\b/im.test(lines)) return "presidential statement";
  if (/\/(?:PV|SR)\.\d+/.test(symbol)) return "meeting record";
  if (/^(?:Identical\s+)?letters?\s+dated\b|^Note\s+verbale\b/im.test(lines)) return "letter";
  if (/^Note\s+by\b/im.test(lines)) return "note";
  if (/^Memorandum\s+by\b/im.test(lines)) return "memorandum";
  if (/\b(?:report|compilation|summary)\b/i.test(lines)) return "report";
  return null;
}

