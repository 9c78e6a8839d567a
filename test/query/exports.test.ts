import { describe, expect, it } from "vitest";
import * as api from "../../src/index.js";

describe("the package's public API", () => {
  it("exports the documented error classes, typed by code", () => {
    const q = new api.QueryError("INDEX_NOT_FOUND", "no index");
    expect(q).toBeInstanceOf(Error);
    expect([q.name, q.code]).toEqual(["QueryError", "INDEX_NOT_FOUND"]);
    const e = new api.ExtractError("EMPTY", "empty");
    expect([e.name, e.code]).toEqual(["ExtractError", "EMPTY"]);
  });
  it("exports the index functions and the compact identity", () => {
    expect(typeof api.openIndex).toBe("function");
    expect(typeof api.buildIndex).toBe("function");
    expect(api.normalizeKeyPart("Ms. Jane Holl Lute")).toBe("jane holl lute");
    expect(typeof api.compactKey).toBe("function");
  });
});
