/**
 * Loads the interactive lab fast. Node 20 keeps no compiled code between runs, and parsing and
 * compiling Ink, React and the lab is a large part of the first frame; so the build writes the lab
 * as one CommonJS file (dist/lab.cjs) with a V8 code cache beside it (lab.cjs.cache, made after a
 * rendered frame), and this module runs it through `vm.Script` with that cache. A missing cache or
 * one V8 rejects (another Node version) only costs the compile time. Yoga, Ink's layout engine,
 * needs an `await` to load its WebAssembly, which CommonJS cannot do at the top level, so it is
 * loaded here first and handed over on `globalThis`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { loadYoga } from 'yoga-layout/load';

/** What dist/lab.cjs exports (see lab/lab.tsx). */
export interface LabModule {
  /** Runs the lab, opened on the screen of id `screen`; resolves to the exit code. */
  runInteractive(version: string, screen?: string): Promise<number>;
  /** Renders one frame into a fake terminal (for the code cache). */
  warm(): Promise<void>;
  /** The screens' ids, in tab order (the lab's registry). */
  readonly screenIds: readonly string[];
}

/** The loaded lab, and a way to write the code cache after it has run. */
export interface LoadedLab {
  readonly lab: LabModule;
  /** The compiled code so far, for lab.cjs.cache. */
  createCache(): Buffer;
  /** Whether a cache was there and V8 took it. */
  readonly cacheUsed: boolean;
}

/** Where the bundle's lab module lives (beside this file in dist/). */
export const LAB_FILE = fileURLToPath(new URL('./lab.cjs', import.meta.url));

/** The code cache's file. */
export const CACHE_FILE = `${LAB_FILE}.cache`;

/**
 * Loads Yoga, then runs dist/lab.cjs (with its code cache unless `useCache` is false). Without a
 * lab.cjs beside it (tsc's unbundled output, the benchmark's baseline) it imports the lab's ES
 * module as Node would.
 */
export async function loadLab(useCache = true): Promise<LoadedLab> {
  if (!existsSync(LAB_FILE)) {
    const lab = (await import('../lab/lab.js')) as LabModule;
    return {
      lab,
      createCache: () => {
        throw new Error(`no ${LAB_FILE} to cache: build with scripts/build.mjs`);
      },
      cacheUsed: false,
    };
  }
  // Yoga compiles its WebAssembly off the main thread; compile the lab meanwhile.
  const yoga = loadYoga();
  const source = readFileSync(LAB_FILE, 'utf8');
  const cachedData = useCache && existsSync(CACHE_FILE) ? readFileSync(CACHE_FILE) : undefined;
  const script = new vm.Script(
    `(function (exports, require, module, __filename, __dirname) {${source}\n})`,
    { filename: LAB_FILE, cachedData },
  );
  (globalThis as { __actlabYoga?: unknown }).__actlabYoga = await yoga;
  const module = { exports: {} as LabModule };
  const wrapper = script.runInThisContext() as (...args: unknown[]) => void;
  wrapper(module.exports, createRequire(LAB_FILE), module, LAB_FILE, dirname(LAB_FILE));
  return {
    lab: module.exports,
    createCache: () => script.createCachedData(),
    cacheUsed: cachedData !== undefined && !script.cachedDataRejected,
  };
}
