/**
 * `compacts diff`, `compacts search` and `compacts mission`: argument handling over src/research
 * (docs/research.md). Loaded only when one of them runs.
 */
import { relative, resolve } from "node:path";
import { CompactDiffSchema } from "../model/diff.js";
import { diffCompacts } from "../research/diff.js";
import { formatDiffText } from "../research/format-diff.js";
import { loadCompact } from "../research/load.js";
import { defineLeaf, EXIT } from "./command.js";
import { colourEnabled } from "./io.js";

export const diffCmd = defineLeaf({
  name: "diff",
  description: "What changed between two compacts (e.g. one department, two years): objectives, measures, targets, missions",
  args: {
    from: { type: "positional", description: "the older compact: an output .json of `compacts extract`", required: true },
    to: { type: "positional", description: "the newer compact (.json)", required: true },
    format: { type: "enum", options: ["text", "json"], alias: "f", description: "text (default) or json (schema in docs/research.md)", default: "text" },
  },
  examples: ["compacts diff output/dfs-2010.json output/dfs-2011.json", "compacts diff a.json b.json --format json"],
  async run({ args, io }) {
    const files = [String(args.from), String(args.to)];
    const [from, to] = await Promise.all(files.map((f) => loadCompact(resolve(io.cwd, f), f)));
    const shown = (f: string) => relative(io.cwd, resolve(io.cwd, f)) || f;
    const d = CompactDiffSchema.parse(diffCompacts({ file: shown(files[0]!), compact: from! }, { file: shown(files[1]!), compact: to! }));
    io.stdout.write(args.format === "json" ? `${JSON.stringify(d, null, 2)}\n` : formatDiffText(d, colourEnabled(io.stdout, io.env)));
    return EXIT.OK;
  },
});
