/** Typed failure of the research commands (diff, search, mission), caught once in the CLI. */
export class ResearchError extends Error {
  readonly code: "NOT_FOUND" | "NOT_JSON" | "NOT_A_COMPACT" | "INVALID_OUTPUT";
  constructor(code: ResearchError["code"], message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "ResearchError";
    this.code = code;
  }
}
