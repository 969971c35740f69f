// Shows that the dependency rules can fail: dependency-cruiser, with the repository's own
// configuration, runs over two small trees under fixtures/house-rules/. `broken` breaks a rule per
// file (a circle, core reading node:fs, train using node:os and a relative path into core, one app
// importing another) and must fail naming each rule; `clean` keeps them all and must pass.
// Run with `pnpm test:house` (node --test).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';

const root = fileURLToPath(new URL('..', import.meta.url));
// Joined, not `new URL(...)`: knip would read a URL of a binary as an import of a package.
const depcruise = join(root, 'node_modules', '.bin', 'depcruise');
const config = join(root, '.dependency-cruiser.cjs');

/**
 * Runs dependency-cruiser over one fixture tree the way `pnpm lint:deps` runs over the real one
 * (its default `err` report); returns the exit code and each reported `rule: from -> to` line.
 */
function cruise(fixture) {
  const cwd = fileURLToPath(new URL(`fixtures/house-rules/${fixture}/`, import.meta.url));
  const run = spawnSync(depcruise, ['--config', config, 'packages', 'apps'], {
    cwd,
    encoding: 'utf8',
  });
  assert.equal(run.error, undefined, `could not start dependency-cruiser in ${root}`);
  const output = run.stdout + run.stderr;
  const violations = [...output.matchAll(/^\s*error ([\w-]+): (\S+) →\s+(\S+)/gmu)]
    .map(([, rule, from, to]) => `${rule}: ${from} -> ${to}`)
    .sort();
  return { status: run.status, output, violations };
}

test('a tree that breaks the rules fails, naming each broken rule at its import', () => {
  const { status, output, violations } = cruise('broken');
  assert.deepEqual(violations, [
    'core-imports-only-core: packages/core/src/index.ts -> fs',
    'no-app-imports-app: apps/api/src/server.ts -> apps/web/src/title.ts',
    'no-circular: packages/core/src/half.ts -> packages/core/src/twice.ts',
    'no-relative-import-across-packages: packages/train/src/index.ts -> packages/core/src/half.ts',
    'train-imports-only-core-and-data: packages/train/src/index.ts -> os',
  ]);
  // The circle is printed whole, back to where it started.
  assert.match(output, /twice\.ts →\s+packages\/core\/src\/half\.ts/u);
  assert.equal(status, 5, 'dependency-cruiser exits with the number of errors');
});

test('a tree that keeps the rules passes', () => {
  const { status, output, violations } = cruise('clean');
  assert.deepEqual(violations, []);
  assert.equal(status, 0);
  // Guards against a vacuous pass: the fixture's three modules and one import were read.
  assert.match(output, /no dependency violations found \(3 modules, 1 dependencies cruised\)/u);
});
