/**
 * Session 31 (h-pdf): a PDF that breaks no word at a line-end hyphen keeps a hyphen between two
 * words at a line end (corpus dev-012 chromium.pdf "help-" / "desk", corpus8 d8b-016 rtf.pdf
 * "stand-" / "by", corpus5 g2-017 wk.pdf "low-" / "carbon"); a document that shows a hyphenation ("imple-" / "mentation") keeps the old rules.
 */
import { describe, expect, it } from "vitest";
import { hyphenLexicon, joinWrapped } from "../../src/tables/text.js";

const printed = "Disruption of supply routes; mitigated by a targeted training and help-\ndesk campaign.\nTo enhance the transition to resource-efficient and low-\ncarbon economies.";
const hyphenating = `${printed}\nFull imple-\nmentation of the plan.`;

describe("line-end hyphens of a document that never hyphenates", () => {
  it("keeps the hyphen between two words", () => {
    const lexicon = hyphenLexicon(printed, [], true);
    expect(joinWrapped("a targeted training and help-", "desk campaign.", lexicon)).toBe("a targeted training and help-desk campaign.");
    expect(joinWrapped("capacity; stand-", "by partners.", lexicon)).toBe("capacity; stand-by partners.");
    expect(joinWrapped("resource-efficient and low-", "carbon economies.", lexicon)).toBe("resource-efficient and low-carbon economies.");
  });
  it("still mends a common ending after the break", () => {
    const lexicon = hyphenLexicon(printed, [], true);
    expect(joinWrapped("better manage-", "ment of resources", lexicon)).toBe("better management of resources");
    // A syllable the word list holds before the break is no compound's word (corpus12 d12-013 docx.pdf).
    expect(joinWrapped("human and financial re-", "sources of the Office", lexicon)).toBe("human and financial resources of the Office");
    expect(joinWrapped("the in-", "ternal justice system", lexicon)).toBe("the internal justice system");
    // A Latin prefix English writes closed, though the word list holds it (corpus7 d7-024 docx.pdf, corpus9 d9b-002 fodt.pdf).
    expect(joinWrapped("Evaluation reports presented to inter-", "governmental bodies", lexicon)).toBe("Evaluation reports presented to intergovernmental bodies");
    expect(joinWrapped("a multi-", "lateral approach", lexicon)).toBe("a multilateral approach");
  });
  it("keeps the old rules where the document hyphenates, or for text input", () => {
    expect(joinWrapped("training and help-", "desk campaign.", hyphenLexicon(hyphenating, [], true))).toBe("training and helpdesk campaign.");
    expect(joinWrapped("training and help-", "desk campaign.", hyphenLexicon(printed))).toBe("training and helpdesk campaign.");
    expect(joinWrapped("and low-", "carbon economies.", hyphenLexicon(printed))).toBe("and lowcarbon economies.");
  });
});
