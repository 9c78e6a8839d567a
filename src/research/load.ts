import { readFile } from "node:fs/promises";
import { OutputSchema, type CompactOutput } from "../model/output.js";
import { ResearchError } from "./errors.js";

/** One output JSON of `compacts extract` that must be a compact (what `diff` compares). */
export async function loadCompact(path: string, shownAs: string = path): Promise<CompactOutput> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (e) {
    throw new ResearchError("NOT_FOUND", `${shownAs}: cannot read the file`, { cause: e });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new ResearchError("NOT_JSON", `${shownAs}: not JSON (give the .json output of \`compacts extract\`)`, { cause: e });
  }
  const parsed = OutputSchema.safeParse(json);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new ResearchError("INVALID_OUTPUT", `${shownAs}: not a valid output of \`compacts extract\` (${first ? `${first.path.join(".")}: ${first.message}` : "schema"})`);
  }
  if (parsed.data.kind !== "compact") throw new ResearchError("NOT_A_COMPACT", `${shownAs}: a ${parsed.data.kind}, not a compact`);
  return parsed.data;
}
