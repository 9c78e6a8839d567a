import type { Context } from "../model/doc.js";
import type { ExtractedLayout } from "./index.js";
import { textToLayout } from "./text.js";

// PLACEHOLDER until the Markdown issue lands: reads Markdown as plain text.
export async function markdownToLayout(text: string, _ctx: Context): Promise<ExtractedLayout> {
  return { layout: { ...textToLayout(text), format: "markdown" }, warnings: [] };
}
