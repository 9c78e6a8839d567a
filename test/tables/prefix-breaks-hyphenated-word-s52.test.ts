/**
 * Session 52 (h-c11-52): "pre-" / "sented" at a line end of a document that hyphenates is the
 * typesetter's break of "presented" (`prefixBreaksHyphenatedWord` in `decideHyphen`). The rule that
 * keeps "pre-" / "post-" before a word of five letters ("pre-deployment", "post-conflict") kept it
 * before "sented" too, which the word list holds: corpus11's WeasyPrint prints under `hyphens: auto`
 * ("Voluntary national reviews pre‐" / "sented with support …": v11j-012 ×2, v11l-020, v11m-009,
 * v11o-014). A document's own spelling ("post-crisis" inside a line) still keeps the hyphen, and a
 * document that never hyphenates, or Markdown, keeps "pre-" / "cleared". The table test fails without
 * the rule (checked: the guard removed, run, restored).
 */
import { describe, expect, it } from "vitest";
import { hyphenLexicon, joinWrapped } from "../../src/tables/text.js";
import { textRows } from "../support/table-rows.js";

/** v11o-014's first table, cut down (U+2010 read as "-", as `repairText` does): the document shows hyphenation ("statis-" / "tical"). */
const PAGE = [
  "1. Priority programme objectives",
  "  Objectives                               Expected                                     Key",
  "                                           results                                      performance indicators",
  "  To improve the availability of           ■ Forecasts revised within the               497 national officials trained in statis-",
  "  timely statistics on sustainable           agreed schedule                            tical methods.",
  "  development",
  "  To increase the use of the De- ■ Policy briefs cited in the out-                      62% of Member States reporting on",
  "  partment’s analysis in intergov-   come documents of the Council                      global indicators.",
  "  ernmental deliberations          ■ Voluntary national reviews pre-                    174 country data profiles published",
  "                                     sented with support from the                       online.",
  "                                     Department",
].join("\n");

const HYPHENATING = "Full imple-\nmentation of the plan.";
const NEVER_HYPHENATING = "Disruption of supply routes; mitigated by a targeted training and help-\ndesk campaign.";

describe("a prefix's hyphen at a line end of a hyphenating document (prefixBreaksHyphenatedWord)", () => {
  it("joins 'pre-' / 'sented' into 'presented' in a table cell (v11o-014)", () => {
    const rows = textRows(PAGE);
    expect(rows[1]?.objective).toBe("To increase the use of the Department’s analysis in intergovernmental deliberations");
    expect(rows[1]?.accomplishments).toEqual(["Policy briefs cited in the outcome documents of the Council", "Voluntary national reviews presented with support from the Department"]);
  });
  it("drops the hyphen only where the joined form is a word and the document hyphenates", () => {
    const lexicon = hyphenLexicon(HYPHENATING, [], true);
    expect(joinWrapped("reviews pre-", "sented with support", lexicon)).toBe("reviews presented with support");
    expect(joinWrapped("plans pre-", "pared by the team", lexicon)).toBe("plans prepared by the team");
    // No word when joined: the prefix's hyphen ("predeployment", "postconflict").
    expect(joinWrapped("pre-", "deployment training", lexicon)).toBe("pre-deployment training");
    expect(joinWrapped("post-", "conflict countries", lexicon)).toBe("post-conflict countries");
  });
  it("keeps the hyphen the document prints inside a line, and where it never hyphenates", () => {
    const spelled = hyphenLexicon(`${HYPHENATING}\nPost-crisis assessments.`, [], true);
    expect(joinWrapped("of post-", "crisis assessments", spelled)).toBe("of post-crisis assessments");
    expect(joinWrapped("all pre-", "cleared documents", hyphenLexicon(NEVER_HYPHENATING, [], true))).toBe("all pre-cleared documents");
    // Markdown asks no such question (its line ends are the writer's).
    expect(joinWrapped("all pre-", "cleared documents", hyphenLexicon(HYPHENATING))).toBe("all pre-cleared documents");
  });
});
