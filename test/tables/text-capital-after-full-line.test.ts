/**
 * pdftotext -layout text of a centred row-span table whose one-item accomplishments are unmarked
 * and wrap (test/corpus10 dev10b d10b-001, session 17, h-t910): "Events secured without incident"
 * is the column's widest line, so the line-fill cannot tell whether "Gender" went on from it; the
 * sentence case beside a new marked measure does — unless the capital may be a name at a wrap
 * (the line above goes on from a wrap itself, the document prints the word capitalised inside a
 * sentence, or the row's items end with full stops and the line above ends none).
 */
import { describe, expect, it } from "vitest";
import { textRows as rows } from "../support/table-rows.js";

const text = [
  "                                                                               Performance",
  "          Objective                          Outcome",
  "                                                                                 Measure",
  "                                                                    ▪ 1,658 personnel trained in safe",
  "                                                                      and secure approaches to field",
  "                                 Security risk assessments            environments",
  "                                 current in all duty stations",
  "                                                                    ▪ 9% reduction in road traffic",
  "                                                                      accidents",
  " To support host country                                            ▪ 55 major events secured",
  " security arrangements                                              ▪ 38 crisis management exercises",
  "                                 Premises compliant with",
  "                                                                      held",
  "                                 minimum security standards",
  "                                                                    ▪ 99% of duty stations with current",
  "                                                                      risk assessments",
  "                                                                    ▪ 96% of personnel registered in the",
  "                                 Road traffic accidents reduced",
  "                                                                      tracking system",
  "                                                                    ▪ 81% of personnel registered in the",
  "                                 Events secured without incident",
  "                                                                      tracking system",
  "                                 Gender considerations included     ▪ 41% of security plans reviewed for",
  " To enhance the security         in security plans                    gender considerations",
  " training of personnel                                              ▪ 17 crisis management exercises",
  "                                 Host country agreements              held",
  "                                 reviewed                           ▪ 314 premises assessed against the",
  "                                                                      standards",
].join("\n");

describe("plain text: a sentence-case line after a full line beside a new marked measure, in a column whose cells wrap", () => {
  it("opens an accomplishment when the line above opens its own cell", () => {
    expect(rows(text)[1]!.accomplishments).toEqual(["Events secured without incident", "Gender considerations included in security plans", "Host country agreements reviewed"]);
  });

  it("keeps the line in its cell when the document prints the word capitalised inside a sentence", () => {
    // Session 53 (h-items53, `nameRunsOnFrom`): the guard holds where the document prints the line's
    // last word before the capital ("without incident Governments"), not for any word before it.
    const named = `${text.replace("Gender considerations included ", "Governments consulted on drills")}\n\nPlans were agreed without incident Governments in 2006.`;
    expect(rows(named)[1]!.accomplishments).toEqual(["Events secured without incident Governments consulted on drills in security plans", "Host country agreements reviewed"]);
  });

  it("keeps the line in its cell when the line above goes on from a wrap and the word is never printed in lower case", () => {
    // Session 21 (h-txt, commonWordAfterWrap): a capital after a wrapped line opens an item when the
    // document also prints the word in lower case ("gender considerations" in the measures) — a
    // common word starting a sentence; a word only ever capitalised may be a name at the wrap.
    const wrapped = text.replace("                                 Events secured without incident", "                                 events secured without incident");
    const named = wrapped.replace("gender considerations", "equal treatment      ");
    // Session 44 (h-mid44): lower-casing "events" joins it to the row above's last accomplishment, and
    // the centring fit read in stacked lines (`stackedLineYs`) then ends that row right above "Gender":
    // the capital opens a row there, no item after a wrap. What this test guards is the item inside a
    // cell: "Gender" never opens an accomplishment after another in its row.
    expect(rows(named).some((r) => r.accomplishments.some((a, i) => i > 0 && a.startsWith("Gender")))).toBe(false);
    expect(rows(wrapped).flatMap((r) => r.accomplishments).some((a) => a.startsWith("Gender considerations included"))).toBe(true);
  });

  it("keeps the line in its cell when the row's items end with full stops and the line above ends none", () => {
    const stops = text.replace("in security plans    ", "in security plans.   ").replace("reviewed      ", "reviewed.     ");
    expect(rows(stops)[1]!.accomplishments).toEqual(["Events secured without incident Gender considerations included in security plans.", "Host country agreements reviewed."]);
  });
});
