/**
 * The reported-speech cue is looked for line by line only when the lines, lower-cased, hold one of
 * its words (session 35, h-perf, issue 14): the cue must be found as before in any case and
 * spacing, and not where only a word that lower-cases into one of them stands.
 */
import { describe, expect, it } from "vitest";
import { classifyLayout } from "../../src/classify/index.js";
import { textToLayout } from "../../src/extract/text.js";

const REPORTED = "reported speech (… said)";
const cues = (text: string) => classifyLayout(textToLayout(text)).evidence.map((e) => e.cue);

describe("the reported-speech cue", () => {
  it("is found in any case and where the words are spaced apart", () => {
    expect(cues("Budget news\n\nThe minister SAID on Monday that funds were cut.\n")).toContain(REPORTED);
    expect(cues("Budget news\n\nFunds were cut,   According \t to the spokesPerson.\n")).toContain(REPORTED);
    expect(cues("Budget news\n\nA Spokesman told reporters.\n")).toContain(REPORTED);
  });
  it("is not found inside other words, nor from a letter that only lower-cases to ASCII (Kelvin sign)", () => {
    expect(cues("Budget news\n\nThe saidname and untold stories of spokespeople.\n")).not.toContain(REPORTED);
    expect(cues("Budget news\n\nThe spo\u212Aesman was absent.\n")).not.toContain(REPORTED);
    expect(cues("Budget news\n\nNothing of the kind here.\n")).not.toContain(REPORTED);
  });
});
