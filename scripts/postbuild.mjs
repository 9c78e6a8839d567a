// After `tsc`: make the CLI executable and link it as node_modules/.bin/compacts, so the project's
// own checkout can run `node_modules/.bin/compacts` (npm links bins of dependencies, not of the root).
import { chmodSync, existsSync, mkdirSync, rmSync, symlinkSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const cli = join(root, "dist", "cli", "main.js");
if (!existsSync(cli)) {
  console.error("postbuild: dist/cli/main.js is missing; did tsc fail?");
  process.exit(1);
}
chmodSync(cli, 0o755);
const binDir = join(root, "node_modules", ".bin");
if (existsSync(join(root, "node_modules"))) {
  mkdirSync(binDir, { recursive: true });
  const link = join(binDir, "compacts");
  rmSync(link, { force: true });
  symlinkSync(relative(binDir, cli), link);
}
