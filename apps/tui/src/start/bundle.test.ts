/**
 * The built lab (dist/lab.cjs) with its fast paths wired in: its first frame is drawn without an
 * `Intl.Segmenter` or the RGI emoji pattern (src/text-fast-paths.ts says why that matters). A
 * wiring mistake, such as a module order that leaves the fast path's character class unset,
 * would still draw correctly, only slower; this is where it shows.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const LOADER = new URL('../../dist/lab-loader.js', import.meta.url).href;

// Counts segmenters and RGI patterns made while the lab loads and draws one 80x24 frame.
const PROBE = `
const made = { segmenters: 0, rgi: 0 };
const RealSegmenter = Intl.Segmenter;
Intl.Segmenter = class extends RealSegmenter {
  constructor(...args) { super(...args); made.segmenters++; }
};
const RealRegExp = RegExp;
globalThis.RegExp = new Proxy(RealRegExp, {
  construct(target, args) { if (String(args[0]).includes('RGI_Emoji')) made.rgi++; return Reflect.construct(target, args); },
});
const { loadLab } = await import(${JSON.stringify(LOADER)});
const { lab } = await loadLab(false);
await lab.warm();
process.stdout.write(JSON.stringify(made));
process.exit(0);
`;

describe('the built lab', () => {
  it('draws its first frame without a segmenter or the emoji pattern', () => {
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', PROBE], {
      encoding: 'utf8',
      cwd: fileURLToPath(new URL('../..', import.meta.url)),
    });
    // Ink shows the cursor again on exit (on stderr); anything else there is a failure.
    expect(run.stderr.replace('\u001B[?25h', '')).toBe('');
    expect(JSON.parse(run.stdout)).toEqual({ segmenters: 0, rgi: 0 });
  });
});
