// The build's patches to code of installed dependencies, as data: each names itself, the file it
// patches (a path pattern) and the exact text it replaces. scripts/build.mjs wires them into
// esbuild; src/start/dependency-patches.test.ts runs each against the installed files, so an
// upgrade that changes a patched file's shape fails there, naming the patch.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

/**
 * `source` (the text of `path`) with `patch`'s edits made and its prelude put first; throws,
 * naming the patch, when a searched text is not there exactly once.
 */
export function applyPatch(patch, source, path) {
  let text = source;
  for (const [from, to] of patch.edits) {
    const uses = text.split(from).length - 1;
    if (uses !== 1) {
      throw new Error(
        `${patch.name}: expected one "${from}" in ${path}, found ${uses}; update scripts/dependency-patches.mjs`,
      );
    }
    // A function, so `$` in `to` is taken as it is, not as a replacement pattern.
    text = text.replace(from, () => to);
  }
  return (patch.prelude ?? '') + text;
}

/** An esbuild plugin that makes `patch` on every file its pattern matches. */
export function patchPlugin(patch) {
  return {
    name: patch.name,
    setup(b) {
      b.onLoad({ filter: patch.file }, async (args) => ({
        contents: applyPatch(patch, await readFile(args.path, 'utf8'), args.path),
        loader: 'js',
      }));
    },
  };
}

// Yoga ships its WebAssembly as a data: URL and, when `fetch` exists, loads it through fetch: that
// pulls in Node's whole fetch implementation (undici) and its URL decoding, about 90 ms here. Its
// own fallback decodes the same base64 directly in about 20 ms.
/** The patch of the commands' bundle (dist/cli.js and the lab's loader). */
export const YOGA_WITHOUT_FETCH = {
  name: 'yoga-without-fetch',
  file: /yoga-layout[\\/]dist[\\/]binaries[\\/]yoga-wasm-base64-esm\.js$/,
  edits: [['return w||"function"!=typeof fetch?', 'return true?']],
};

// Ink awaits at its top level only to load React devtools when DEV=true; CommonJS cannot await
// there, and the lab does not offer devtools.
/** Ink without its top-level await, for the lab's CommonJS bundle. */
export const INK_WITHOUT_TOP_LEVEL_AWAIT = {
  name: 'ink-without-top-level-await',
  file: /ink[\\/]build[\\/]reconciler\.js$/,
  edits: [
    ["await import('./devtools.js');", 'void 0;'],
    ['? await loadPackageJson()', '? { name: undefined, version: undefined }'],
  ],
};

// Fast paths for Ink's text helpers (src/start/text-fast-paths.ts, which says why): segmenters and the
// RGI emoji pattern made on first use, one-column text split without the segmenter, and no style
// diff between cells of the same style. With `esmOnce` below and the screens clipping only
// vertically, the first frame (measured in-process, 12 runs each) went from 299 to 228 ms median.
const FAST_PATHS = fileURLToPath(new URL('../src/start/text-fast-paths.ts', import.meta.url));
const useFastPaths = `import { graphemes as __graphemes, lazyRegExp as __lazyRegExp, lazySegmenter as __lazySegmenter, sameStyles as __sameStyles } from ${JSON.stringify(FAST_PATHS)};\n`;
/** The fast paths wired into Ink's text helpers, for the lab's bundle. */
export const TEXT_FAST_PATHS = [
  {
    name: 'string-width-lazy',
    file: /string-width[\\/]index\.js$/,
    edits: [
      ['const segmenter = new Intl.Segmenter();', 'const segmenter = __lazySegmenter();'],
      [
        'const rgiEmojiRegex = /^\\p{RGI_Emoji}$/v;',
        "const rgiEmojiRegex = __lazyRegExp('^\\\\p{RGI_Emoji}$', 'v');",
      ],
    ],
    prelude: useFastPaths,
  },
  {
    name: 'slice-ansi-lazy',
    file: /slice-ansi[\\/]tokenize-ansi\.js$/,
    edits: [
      [
        "const GRAPHEME_SEGMENTER = new Intl.Segmenter(undefined, {granularity: 'grapheme'});",
        "const GRAPHEME_SEGMENTER = __lazySegmenter(undefined, {granularity: 'grapheme'});",
      ],
    ],
    prelude: useFastPaths,
  },
  {
    name: 'ansi-tokenize-lazy',
    file: /ansi-tokenize[\\/]build[\\/]tokenize\.js$/,
    edits: [
      [
        'const segmenter = new Intl.Segmenter(undefined, { granularity: "grapheme" });',
        'const segmenter = __lazySegmenter(undefined, { granularity: "grapheme" });',
      ],
      ['of segmenter.segment(str))', 'of __graphemes(str, segmenter))'],
    ],
    prelude: useFastPaths,
  },
  {
    name: 'ansi-tokenize-same-styles',
    file: /ansi-tokenize[\\/]build[\\/]styledChars\.js$/,
    edits: [
      [
        'ret += ansiCodesToString(diffAnsiCodes(chars[i - 1].styles, char.styles));',
        'ret += __sameStyles(chars[i - 1].styles, char.styles) ? "" : ansiCodesToString(diffAnsiCodes(chars[i - 1].styles, char.styles));',
      ],
    ],
    prelude: useFastPaths,
  },
];

// The text-helper patches assume this resolution: only the app's own string-width is bundled.
// Ink and its helpers measure text with `string-width`; lab.cjs gets src/start/string-width.ts, which
// answers the same faster for the characters the lab draws (its test checks every one of them).
const FAST_WIDTH = fileURLToPath(new URL('../src/start/string-width.ts', import.meta.url));
/** Every `string-width` import but its own resolved to src/start/string-width.ts (lab bundle). */
export const fastStringWidth = {
  name: 'fast-string-width',
  setup(b) {
    b.onResolve({ filter: /^string-width$/ }, (args) =>
      args.importer === FAST_WIDTH ? undefined : { path: FAST_WIDTH },
    );
  },
};

/** Every patch, in the order the build applies them. */
export const DEPENDENCY_PATCHES = [
  YOGA_WITHOUT_FETCH,
  INK_WITHOUT_TOP_LEVEL_AWAIT,
  ...TEXT_FAST_PATHS,
];
