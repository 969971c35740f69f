/**
 * The build patches code of installed dependencies (scripts/dependency-patches.mjs). Each patch is
 * run here against the files the lab's bundle really loads, so upgrading Ink, Yoga or a text
 * helper into a shape a patch no longer fits fails here, naming the patch, rather than in a build.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import type { DependencyPatch } from '../../scripts/dependency-patches.mjs';
import {
  DEPENDENCY_PATCHES,
  applyPatch,
  fastStringWidth,
} from '../../scripts/dependency-patches.mjs';

const APP = fileURLToPath(new URL('../..', import.meta.url));

/** Every file esbuild reads to bundle the commands' loader and the lab, unpatched. */
async function bundledFiles(): Promise<string[]> {
  const result = await build({
    absWorkingDir: APP,
    entryPoints: ['src/start/lab-loader.ts', 'src/lab/lab.tsx'],
    bundle: true,
    platform: 'node',
    format: 'esm',
    write: false,
    metafile: true,
    outdir: 'dist-patch-check',
    external: ['react-devtools-core', 'mnist'],
    logLevel: 'silent',
    // As the build resolves them: every `string-width` is the app's (see build.mjs).
    plugins: [fastStringWidth],
  });
  return Object.keys(result.metafile.inputs).map((file) => resolve(APP, file));
}

const files = await bundledFiles();
const patched = (patch: DependencyPatch): string[] => files.filter((f) => patch.file.test(f));

describe('the dependency patches', () => {
  it('each patch has a name of its own', () => {
    const names = DEPENDENCY_PATCHES.map((p) => p.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names.length).toBeGreaterThanOrEqual(6);
  });

  it.each(DEPENDENCY_PATCHES.map((p) => [p.name, p] as const))(
    '%s finds its file among those bundled and applies to it',
    (name, patch) => {
      const targets = patched(patch);
      expect(targets, `${name}: no bundled file matches ${String(patch.file)}`).not.toEqual([]);
      for (const file of targets) {
        const source = readFileSync(file, 'utf8');
        const out = applyPatch(patch, source, file);
        for (const [from, to] of patch.edits) {
          expect(out.includes(to), `${name}: "${to}" in ${file}`).toBe(true);
          if (!to.includes(from)) expect(out.includes(from), `${name}: "${from}" left`).toBe(false);
        }
      }
    },
  );

  it('fails naming the patch when the text it looks for is gone or doubled', () => {
    const patch = DEPENDENCY_PATCHES[0] as DependencyPatch;
    const [from] = patch.edits[0] as readonly [string, string];
    expect(() => applyPatch(patch, 'changed upstream', 'x.js')).toThrow(
      new RegExp(`^${patch.name}: expected one .* found 0`),
    );
    expect(() => applyPatch(patch, `${from}${from}`, 'x.js')).toThrow(/found 2/);
  });
});
