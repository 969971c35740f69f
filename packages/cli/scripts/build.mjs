// Copies the bundled `actlab` executable (apps/tui's dist/, built by its scripts/build.mjs) into
// this package's dist/, so that the published `actlab` carries the bundle and nothing of the
// workspace: @actlab/tui is private and lists Ink, React and the workspace packages as
// dependencies, none of which the bundle needs at run time (only `mnist`, kept external there).
// Runs as `build` (turbo builds @actlab/tui first) and as `prepack`, so a pack never ships a stale copy.
import { cp, readFile, rm, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const tuiRoot = dirname(require.resolve('@actlab/tui/package.json'));
const from = join(tuiRoot, 'dist');
const to = new URL('../dist/', import.meta.url);

const readJson = async (file) => JSON.parse(await readFile(file, 'utf8'));
const tui = await readJson(join(tuiRoot, 'package.json'));
const own = await readJson(new URL('../package.json', import.meta.url));
// `actlab --version` reads this package's package.json, so the two must agree.
if (tui.version !== own.version) {
  throw new Error(`actlab's version ${own.version} differs from @actlab/tui's ${tui.version}`);
}
for (const [name, range] of Object.entries(own.dependencies ?? {})) {
  if (tui.dependencies?.[name] !== range) {
    throw new Error(`actlab's dependency ${name}@${range} differs from @actlab/tui's`);
  }
}
try {
  await stat(join(from, 'cli.js'));
} catch {
  throw new Error(
    `no ${join(from, 'cli.js')}: build @actlab/tui first (corepack pnpm --filter @actlab/tui build)`,
  );
}
await rm(to, { recursive: true, force: true });
await cp(from, to, { recursive: true });
