/**
 * Evidence that a text is a UN document, beyond the masthead cues the classifier already weighs
 * (symbol, Distr., Original, session, agenda item). The classifier calls unDocumentCues on the
 * first lines and adds what it returns; each cue is a whole line or a short run of lines, never a
 * keyword in running text, so news and web pages about the UN do not collect it.
 */
import {
  ADOPTED_LINE, AGENDA_PREFIXED, AGENDA_SUFFIXED, BODY_NAME, BODY_NAME_CAPITALS, RESOLUTION_OPENER, SESSION, SPONSORS_LINE,
} from "./patterns.js";
import { ordinalToNumberTolerant } from "./ordinals.js";

export interface CueLine {
  text: string;
  cells: readonly string[];
}
export interface Cue {
  cue: string;
  weight: number;
}

/** Cues are looked for in this many first lines (a masthead and a title never run longer). */
export const CUE_LINES = 60;
/** "UNITED" and "NATIONS" of a stacked masthead stand at most this many lines apart. */
const STACK_REACH = 3;
/** A sponsors line is a few lines of country names, not a paragraph. */
const MAX_SPONSORS_CHARS = 600;

const isSessionLine = (t: string) => {
  // The length first: SESSION (a look-behind at every word) only runs on lines that could qualify.
  if (t.length > 60) return false;
  const m = SESSION.exec(t);
  return m?.[1] !== undefined && m.index === 0 && ordinalToNumberTolerant(m[1]) !== null;
};
const isAgendaLine = (t: string) => (AGENDA_PREFIXED.test(t) || AGENDA_SUFFIXED.test(t)) && t.length <= 80;

export function unDocumentCues(allLines: readonly CueLine[]): Cue[] {
  const lines = allLines.slice(0, CUE_LINES);
  const cues: Cue[] = [];
  const texts = lines.map((l) => l.text.trim());
  const cellTexts = lines.map((l) => (l.cells.length > 0 ? l.cells.map((c) => c.trim()) : [l.text.trim()]));
  const anyCell = (test: (c: string) => boolean) => cellTexts.some((cs) => cs.some(test));

  const unitedAt = cellTexts.findIndex((cs) => cs.includes("UNITED"));
  if (unitedAt >= 0 && cellTexts.slice(unitedAt, unitedAt + STACK_REACH + 1).some((cs) => cs.includes("NATIONS"))) {
    cues.push({ cue: "masthead: UNITED / NATIONS stacked", weight: 2 });
  }
  if (texts.some((t) => ADOPTED_LINE.test(t))) cues.push({ cue: "title: Resolution/Decision adopted by …", weight: 3 });
  if (texts.some((t) => RESOLUTION_OPENER.test(t))) cues.push({ cue: "text opens: The General Assembly, / The … Council,", weight: 2 });
  // Sponsors may wrap over several lines; the last one ends with ": draft resolution".
  const sponsorsEnd = texts.findIndex((t) => /:\s*(?:revised\s+)?draft\s+(?:resolution|decision)$/i.test(t));
  if (sponsorsEnd >= 0) {
    const block = texts.slice(Math.max(0, sponsorsEnd - 6), sponsorsEnd + 1).join(" ");
    if (block.length <= MAX_SPONSORS_CHARS && SPONSORS_LINE.test(block)) cues.push({ cue: "sponsors: … : draft resolution", weight: 3 });
  }
  if (anyCell((c) => BODY_NAME_CAPITALS.test(c) || /^Human\s+Rights\s+Council$/.test(c) || (BODY_NAME.test(c) && /^(?:Working\s+Group|Committee|Commission)/.test(c)))) {
    cues.push({ cue: "masthead: subsidiary body (Human Rights Council, Committee on …)", weight: 1 });
  }
  // A session line with the agenda line right under it: the head of a GA or Council document
  // even when its symbol line was lost (texts saved from web pages).
  const sessionAt = texts.findIndex(isSessionLine);
  if (sessionAt >= 0 && texts.slice(sessionAt + 1, sessionAt + 4).some(isAgendaLine)) {
    cues.push({ cue: "masthead: session line then agenda item line", weight: 2 });
  }
  return cues;
}
