import { describe, expect, it } from "vitest";
import iconv from "iconv-lite";
import { decodeTextDetailed, sniffFormat, stripControls } from "../../src/extract/decode.js";

const SAMPLE = "SENIOR MANAGER’S COMPACT – “Department of Field Support” costs 5 € — café\n";

describe("decodeTextDetailed", () => {
  it("reads Windows-1252 with its curly quotes, dashes and euro sign, and says it guessed", () => {
    const d = decodeTextDetailed(iconv.encode(SAMPLE, "windows-1252"));
    expect(d).toEqual({ text: SAMPLE, encoding: "windows-1252", guessed: true });
  });

  it("reads ISO-8859-1 when no byte is in 0x80–0x9F", () => {
    const latin = "Département café\r\nsecond line\n";
    expect(decodeTextDetailed(iconv.encode(latin, "latin1"))).toEqual({ text: "Département café\nsecond line\n", encoding: "iso-8859-1", guessed: true });
  });

  it("reads UTF-16 with a BOM as certain, and without one by its NUL pattern", () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(SAMPLE, "utf-16le")]);
    const be = Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(SAMPLE, "utf-16be")]);
    expect(decodeTextDetailed(le)).toEqual({ text: SAMPLE, encoding: "utf-16le", guessed: false });
    expect(decodeTextDetailed(be)).toEqual({ text: SAMPLE, encoding: "utf-16be", guessed: false });
    expect(decodeTextDetailed(iconv.encode(SAMPLE, "utf-16le"))).toEqual({ text: SAMPLE, encoding: "utf-16le", guessed: true });
    expect(decodeTextDetailed(iconv.encode(SAMPLE, "utf-16be"))).toEqual({ text: SAMPLE, encoding: "utf-16be", guessed: true });
  });

  it("reads UTF-8 with or without BOM as certain", () => {
    expect(decodeTextDetailed(Buffer.from(SAMPLE, "utf8"))).toEqual({ text: SAMPLE, encoding: "utf-8", guessed: false });
    expect(decodeTextDetailed(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SAMPLE)]))).toEqual({ text: SAMPLE, encoding: "utf-8", guessed: false });
  });
});

describe("control characters", () => {
  it("are removed with a warning naming the count and the first one's line", () => {
    const { text, warning } = stripControls("one\ntwo\u0000three\u0007\nfour\tfive\f");
    expect(text).toBe("one\ntwothree\nfour\tfive\f");
    expect(warning).toMatchObject({ code: "TEXT_CONTROL_CHARS_REMOVED", line: 2 });
    expect(warning?.message).toBe("removed 2 control character(s) (the first, U+0000, on line 2)");
  });

  it("keep a lone one (an unmapped bullet glyph of pdftotext -layout) as U+FFFD in its column", () => {
    // A Word PDF's Wingdings bullet with no ToUnicode: pdftotext writes its character code (3).
    const { text, warning } = stripControls("   \u0003   Remote meetings\n\u0003 Late documents\nsum\u0003 of x \u0007\n");
    expect(text).toBe("   \uFFFD   Remote meetings\n\uFFFD Late documents\nsum of x \n");
    expect(warning?.message).toBe("removed 2 control character(s) and kept 2 standing alone as U+FFFD (a glyph with no text mapping, e.g. a bullet) (the first, U+0003, on line 1)");
  });

  it("are removed by sniffFormat below the binary threshold, and the guess is a warning", () => {
    const bytes = iconv.encode("Objective one\u0000 of the compact ’ and more text to stay under one per cent of control characters in total\n", "windows-1252");
    const sniffed = sniffFormat(bytes);
    expect(sniffed.text).not.toContain("\u0000");
    expect(sniffed.text).toContain("’");
    expect(sniffed.warnings.map((w) => w.code)).toEqual(["TEXT_ENCODING_GUESSED", "TEXT_CONTROL_CHARS_REMOVED"]);
    expect(sniffed.warnings[0]?.message).toContain("windows-1252");
  });

  it("leaves clean UTF-8 without warnings", () => {
    expect(sniffFormat(Buffer.from(SAMPLE)).warnings).toEqual([]);
  });
});
