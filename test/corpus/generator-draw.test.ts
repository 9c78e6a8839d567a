/**
 * scripts/corpus/generator.mjs's validation-draw flags, which the generators of corpora 11, 13, 14,
 * 16, 18, 19 and 20 read (session 34 folded their seven parsers into this one): `--seed S --split
 * val<n>` in both spellings, the generator's default seed for `--split` alone, one message for a bad
 * pair, and the draw's ids. Real argv arrays, as `process.argv.slice(2)` gives them.
 */
import { describe, expect, it } from "vitest";
import { DrawFlagError, drawId, flagValue, splitDrawId, parseValidationDraw, type ValidationDraw } from "../../scripts/corpus/generator.mjs";

type Draw = ValidationDraw | null;
const parse = parseValidationDraw;
const plain = (d: Draw) => (d ? { seed: d.seed, split: d.split, ids: [d.id(0), d.id(1), d.id(25)] } : d);

describe("scripts/corpus/generator.mjs: the validation draw's flags", () => {
  it("reads --flag value and --flag=value, and '' for a flag with nothing after it", () => {
    const argv = ["--check", "--seed", "182819", "--split=val18b", "--only=v18-001"];
    expect(flagValue("--seed", argv)).toBe("182819");
    expect(flagValue("--split", argv)).toBe("val18b");
    expect(flagValue("--only", argv)).toBe("v18-001");
    expect(flagValue("--features", argv)).toBeUndefined();
    expect(flagValue("--seed", ["--check", "--seed"])).toBe("");
  });

  it("is null without --seed and --split (the committed print and its --check)", () => {
    expect(parse(18, { argv: [] })).toBeNull();
    expect(parse(20, { seed: 203020, argv: ["--check", "--only=d20-001"] })).toBeNull();
  });

  it("gives the seed, the split and the ids v<n>-001… in either spelling and either order", () => {
    const want = { seed: 182819, split: "val18", ids: ["v18-001", "v18-002", "v18-026"] };
    expect(plain(parse(18, { argv: ["--seed", "182819", "--split", "val18", "--check"] }))).toEqual(want);
    expect(plain(parse(18, { argv: ["--split=val18", "--seed=182819"] }))).toEqual(want);
    expect(plain(parse(18, { argv: ["--check", "--split", "val18", "--seed=182819"] }))).toEqual(want);
    expect(plain(parse(18, { argv: ["--seed", "183000", "--split", "val18b"] }))).toEqual({ seed: 183000, split: "val18b", ids: ["v18-001", "v18-002", "v18-026"] });
    expect(drawId(11, 21)).toBe("v11-022");
  });

  it("names a draw's documents after its split where draws share a manifest (corpus20): val20 keeps drawId's ids, val20b's differ", () => {
    expect(splitDrawId("val20", 0)).toBe(drawId(20, 0));
    expect(splitDrawId("val20", 25)).toBe("v20-026");
    expect(splitDrawId("val20b", 0)).toBe("v20b-001");
    expect(splitDrawId("val20c", 9)).toBe("v20c-010");
  });

  it("takes the generator's documented seed for --split alone, and a given --seed over it", () => {
    expect(plain(parse(20, { seed: 203020, argv: ["--split", "val20"] }))).toEqual({ seed: 203020, split: "val20", ids: ["v20-001", "v20-002", "v20-026"] });
    expect(parse(19, { seed: 192921, argv: ["--split=val19", "--seed", "192999"] })?.seed).toBe(192999);
  });

  it("refuses a bad pair with one message naming the form and what was given", () => {
    const error = (n: number, argv: string[], seed?: number) => {
      try {
        parse(n, { seed, argv });
      } catch (e) {
        expect(e).toBeInstanceOf(DrawFlagError);
        return (e as Error).message;
      }
      return "no error";
    };
    const form18 = "a validation draw of corpus18 is --seed <integer> --split val18 (split val18, val18b, …; --flag value or --flag=value)";
    expect(error(18, ["--split", "val18"])).toBe(`${form18}; got no --seed and --split val18`);
    expect(error(18, ["--seed", "182819"])).toBe(`${form18}; got --seed 182819 and no --split`);
    expect(error(18, ["--seed", "18x", "--split", "val18"])).toBe(`${form18}; got --seed 18x and --split val18`);
    expect(error(18, ["--seed", "-5", "--split", "val18"])).toBe(`${form18}; got --seed -5 and --split val18`);
    expect(error(18, ["--seed", "1.5", "--split", "val18"])).toBe(`${form18}; got --seed 1.5 and --split val18`);
    expect(error(18, ["--split", "val18", "--seed"])).toBe(`${form18}; got --seed  and --split val18`);
    // a committed split, another corpus's draw, two letters after the number, a bare name
    for (const split of ["dev18", "holdout18", "val19", "val18bb", "val", "val18-b"]) expect(error(18, ["--seed", "1", "--split", split])).toBe(`${form18}; got --seed 1 and --split ${split}`);
    // with a default seed the message says so; --seed alone is still refused (it would draw nothing)
    const form20 = "a validation draw of corpus20 is --split val20 [--seed <integer>, default 203020] (split val20, val20b, …; --flag value or --flag=value)";
    expect(error(20, ["--seed=203020"], 203020)).toBe(`${form20}; got --seed 203020 and no --split`);
    expect(error(20, ["--split=dev20"], 203020)).toBe(`${form20}; got no --seed and --split dev20`);
  });
});
