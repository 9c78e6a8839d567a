/**
 * Session 52 (h-items52), layout text (`pdftotext -layout`): a name that closes at a line's end
 * (`nameClosesLine`). Unmarked items with no full stop part at the words of the break: a line ending
 * on a word of its own, the next line opening a sentence. A line ending on a capitalised word was
 * never such a line (a name may run on: "Member" / "States"), so "Confidentiality arrangements
 * concluded with States" / "Comprehensive reports submitted to the Committee" read as one item
 * (corpus14 val14g v14g-019's page, cut down; the same join in v14l-019, v14n-019, v14p-019,
 * corpus13 v13k-017, corpus16 v16-015, corpus19 v19-024 …), and a measure opening with its figure
 * under "… report on the Youth Strategy" joined the one above (corpus13 v13x-004). A name the
 * document prints closing elsewhere ("States responding", "Strategy in") and never one space before
 * the next line's first word ends its line as a plain word does; a name it prints whole across the
 * break ("Security Council") still runs on. Each `it` on a row fails without the rule (checked:
 * `nameEnds` answering false, run, restored).
 */
import { describe, expect, it } from "vitest";
import { nameClosesLine } from "../../src/tables/cellEdges.js";
import { hyphenLexicon } from "../../src/tables/text.js";
import { textRows } from "../support/table-rows.js";

const OUTCOMES = [
  "A. PROGRAMME OBJECTIVES",
  "My office will deliver the following results in 2010.",
  "",
  "Outcomes                                                 Risks and mitigations                           Indicators of achievement",
  "Objective 1: To complete the information-gathering period of each case within the time set by the Council",
  "",
  "States responding to requests for information within     Caseload peaks; extend the period as the         - 83% of petitioners informed of the reasons for the decision",
  "the deadline                                             resolution allows                                - 84% of States responding within the information-gathering",
  "Petitioners informed of the outcome with reasons         Petitioners unable to travel; hold interviews by period",
  "                                                         video link",
  "",
  "",
  "",
  "Objective 2: To make the procedure known to petitioners and their counsel in Africa",
  "Confidentiality arrangements concluded with States       Classified information not shared; conclude     - 81% of petitioners informed of the reasons for the decision",
  "Comprehensive reports submitted to the Committee         arrangements in advance                         - Days to acknowledge a delisting request: 5",
  "on time                                                                                                  - 59% of States responding within the information-gathering",
  "                                                                                                         period",
].join("\n");

const YOUTH = [
  "B. Programme objectives",
  "I will give special attention to delivering the following results in 2017.",
  "",
  "Objectives                   Expected accomplishments      Indicators of achievement",
  "To increase the",
  "participation of young        o Youth-led organizations       3,630,375 followers of the",
  "people in the work of the       funded through United         Envoy’s channels",
  "United Nations in field         Nations partnerships          43 entities with a youth focal",
  "missions                      o Young people speaking in      point",
  "                                the meetings of               60% of country teams that",
  "                                intergovernmental bodies      report on the Youth Strategy",
  "                                                              191 youth-led organizations in",
  "                                                              the partner network",
  "                                                              36 young speakers in high-level",
  "                                                              meetings",
  "",
  "To make the United",
  "Nations system deliver the    o Country teams reporting       48 young speakers in high-level",
  "Youth Strategy in every         on the Youth Strategy         meetings",
  "country team in field",
  "missions",
].join("\n");

describe("a name that closes at a line's end ends the line's item (nameClosesLine)", () => {
  it("parts two unmarked outcomes after a name the document closes elsewhere (v14g-019)", () => {
    const row = textRows(OUTCOMES).find((r) => r.objective.startsWith("To make the procedure known"));
    expect(row?.accomplishments).toEqual([
      "Confidentiality arrangements concluded with States",
      "Comprehensive reports submitted to the Committee on time",
    ]);
  });
  it("parts a measure opening with its figure under one ending on a name the document closes elsewhere (v13g-004)", () => {
    const row = textRows(YOUTH).find((r) => r.objective.startsWith("To increase the participation"));
    expect(row?.measures).toEqual([
      "3,630,375 followers of the Envoy’s channels",
      "43 entities with a youth focal point",
      "60% of country teams that report on the Youth Strategy",
      "191 youth-led organizations in the partner network",
      "36 young speakers in high-level meetings",
    ]);
  });
  it("reads the name's closing from the document, and a name printed whole across the break runs on", () => {
    const lexicon = hyphenLexicon("States responding to the Security Council in time", [], true, true);
    const closed = (w: string) => lexicon.nameClosed?.has(w) ?? false;
    const together = (a: string, b: string) => lexicon.printedTogether?.(a, b) ?? false;
    expect(nameClosesLine("concluded with States", "Comprehensive reports", closed, together)).toBe(true);
    // "Security" never closes a name in the text; "Council" does, but is printed after "Security".
    expect(nameClosesLine("briefings to the Security", "Council on time", closed, together)).toBe(false);
    expect(nameClosesLine("issued to the Council", "Comprehensive reports", closed, together)).toBe(true);
    // No closing printed: a name's first word ("Member") is never closed.
    expect(nameClosesLine("unrepresented Member", "States recruited", closed, together)).toBe(false);
    // A list marker set one space after it on the grid (the next column's "i.") closes no name.
    const glued = hyphenLexicon("Staff from unrepresented Member i. Appraisals completed on time", [], true, true);
    expect(glued.nameClosed?.has("Member")).toBe(false);
    expect(hyphenLexicon("Reports issued to the Council, on time", [], true, true).nameClosed?.has("Council")).toBe(true);
  });
});
