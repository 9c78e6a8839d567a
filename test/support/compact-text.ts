/**
 * Hand-made plain-text compacts for the table reader's tests: the 2008 frame such texts open with,
 * and the pipeline's reading of a text, which must be a compact.
 */
import { extract } from "../../src/index.js";

/** The 2008 frame (title, "Between …" party line, first section heading) a table text opens under. */
export const FRAME_2008: readonly string[] = [
  "2008 SENIOR MANAGER'S COMPACT",
  "",
  "Between Mr. Jan Novak, Executive Secretary, and the Secretary-General, Mr. Kofi A. Annan",
  "",
  "A. PROGRAMME OBJECTIVES",
  "",
];

/** `extract()` of the text; throws, naming the kind it got, when the text is not read as a compact. */
export async function extractCompact(text: string) {
  const out = await extract(new TextEncoder().encode(text));
  if (out.kind !== "compact") throw new Error(`classified as ${out.kind}`);
  return out;
}
