/**
 * `compacts review`: argument handling over src/review (docs/review.md). Loaded only when it runs
 * (pdf.js rendering and the canvas are not needed by other commands).
 */
import { existsSync, statSync } from "node:fs";
import { relative, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { buildReviewSite } from "../review/build.js";
import { defineLeaf, EXIT, UsageError } from "./command.js";
import { OpenError, openUrl } from "./open.js";

/** Where the site goes unless -o: beside the outputs, so one folder holds an archive's results. */
export const DEFAULT_SITE_FOLDER = "review";

export const reviewCmd = defineLeaf({
  name: "review",
  description: "Write a static review site: every document, each extracted row beside the page it came from",
  args: {
    folder: { type: "positional", description: "output folder of `compacts extract` (default: output)", required: false },
    out: { type: "string", alias: "o", valueHint: "dir", description: `where to write the site (default: <folder>/${DEFAULT_SITE_FOLDER})` },
    source: { type: "string", valueHint: "dir", description: "folder of the source documents, when they are not where the manifest says" },
    images: { type: "boolean", description: "show PDF pages (--no-images: the PDFs are not copied into the site, no page view)", default: true },
    open: { type: "boolean", description: "open the index in the browser when done ($BROWSER, else xdg-open / open / explorer)", default: false },
    quiet: { type: "boolean", alias: "q", description: "print nothing but errors", default: false },
  },
  examples: ["compacts review output", "compacts review output -o site --open", "compacts review out --source archive/"],
  async run({ args, io }) {
    const folder = args.folder === undefined ? "output" : String(args.folder);
    const outputDir = resolve(io.cwd, folder);
    if (!existsSync(outputDir) || !statSync(outputDir).isDirectory()) throw new UsageError(`no such folder: ${folder} (give the output folder of \`compacts extract\`)`);
    if (args.source !== undefined && !existsSync(resolve(io.cwd, args.source))) throw new UsageError(`no such folder: ${args.source}`);
    const siteDir = resolve(io.cwd, args.out ?? resolve(outputDir, DEFAULT_SITE_FOLDER));
    const result = await buildReviewSite({
      outputDir,
      siteDir,
      cwd: io.cwd,
      images: args.images !== false,
      ...(args.source !== undefined && { sourceDirs: [args.source] }),
    });
    if (result.documents === 0) throw new UsageError(`no outputs of \`compacts extract\` in ${folder}`);
    const shown = relative(io.cwd, result.index) || result.index;
    if (!args.quiet) {
      io.stdout.write(
        `${result.documents} document${result.documents === 1 ? "" : "s"}, ${result.pages} PDF pages, ${result.diffs} year-over-year diffs → ${shown}\n` +
          (result.sourcesMissing ? `${result.sourcesMissing} source document(s) not found (their pages show the extracted data only; see --source)\n` : ""),
      );
    }
    if (args.open) {
      try {
        await openUrl(pathToFileURL(result.index).href, io.env);
      } catch (e) {
        if (!(e instanceof OpenError)) throw e;
        // The site is written; only opening it failed: say where it is.
        io.stderr.write(`compacts review: ${e.message}; open ${shown} yourself\n`);
        return EXIT.SOME_FAILED;
      }
    }
    return EXIT.OK;
  },
});
