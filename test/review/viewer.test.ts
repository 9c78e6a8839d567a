/**
 * pdf.js as classic scripts (src/review/viewer.ts): the conversion on small modules, where every
 * rule can be seen at work. The real pdf.js files are converted in test/review/cli.test.ts and run
 * in Chromium in test/browser/.
 */
import { describe, expect, it } from "vitest";
import { Script, createContext } from "node:vm";
import { ViewerAssetError, moduleToClassicScript } from "../../src/review/viewer.js";

/** Runs a classic script in a fresh context and returns its global object. */
function run(code: string, globals: Record<string, unknown> = {}): Record<string, unknown> {
  const ctx = createContext({ ...globals });
  new Script(code).runInContext(ctx);
  return ctx as Record<string, unknown>;
}

describe("moduleToClassicScript", () => {
  it("turns the closing export into a global, keeps module scope private, and escapes non-ASCII", () => {
    const mod = `const secret = "Côte d’Ivoire 😀";\nclass A { static where() { return import.meta.url; } }\nfunction c() { return secret; }\nexport{A as Alias,c};\n/* licence */\n`;
    const code = moduleToClassicScript(mod, "lib");
    expect(/[^\x00-\x7f]/.test(code)).toBe(false);
    expect(code.endsWith("/* licence */\n")).toBe(true);
    const g = run(code, { location: { href: "file:///site/d/x.html" } });
    const lib = g["lib"] as { Alias: { where(): string }; c(): string };
    expect(Object.keys(lib)).toEqual(["Alias", "c"]);
    expect(lib.c()).toBe("Côte d’Ivoire 😀");
    expect(lib.Alias.where()).toBe("file:///site/d/x.html");
    // Top-level names stay inside the wrapper: two converted scripts cannot collide.
    expect(g["secret"]).toBeUndefined();
    expect(() => run(code + code, { location: { href: "x" } })).not.toThrow();
  });

  it("the worker form defines no global of its own (pdf.js's worker sets globalThis.pdfjsWorker itself)", () => {
    const g = run(moduleToClassicScript(`const h = {};\nglobalThis.pdfjsWorker = { h };\nexport{h as WorkerMessageHandler};`, null));
    expect(Object.keys(g)).toEqual(["pdfjsWorker"]);
  });

  it("refuses a module it does not know how to convert (no closing export, or other imports)", () => {
    expect(() => moduleToClassicScript(`const a = 1;`, "lib")).toThrow(ViewerAssetError);
    expect(() => moduleToClassicScript(`import x from "y";\nexport{x};`, "lib")).toThrow(/other import\/export statements/);
  });
});
