/**
 * A Vite plugin that writes gzip and brotli copies of the build's text and data files, so the
 * API's static file server (`preCompressed`) sends them compressed at no cost per request: the
 * explorer's JavaScript shrinks about 3x and the digit subset from 1.9 MB to under 0.5 MB.
 */
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

/** Files worth compressing; images and fonts are compressed already. */
const COMPRESSIBLE = /\.(js|mjs|css|html|svg|json|bin|txt|map)$/;

/** Below this, compression saves less than its header costs. */
const MIN_BYTES = 1024;

/** Every file under `dir`, recursively. */
function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

/** Writes `<file>.gz` and `<file>.br` beside each compressible file of `dir`. */
export function precompressDirectory(dir: string): number {
  let written = 0;
  for (const path of files(dir)) {
    if (!COMPRESSIBLE.test(path)) continue;
    const data = readFileSync(path);
    if (data.length < MIN_BYTES) continue;
    writeFileSync(`${path}.gz`, gzipSync(data, { level: 9 }));
    writeFileSync(
      `${path}.br`,
      brotliCompressSync(data, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: 10,
          [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
        },
      }),
    );
    written++;
  }
  return written;
}

/** The plugin: compresses the output directory once the bundle is written (builds only). */
export function precompress(): Plugin {
  let outDir = 'dist';
  return {
    name: 'actlab:precompress',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir.startsWith('/')
        ? config.build.outDir
        : join(config.root, config.build.outDir);
    },
    closeBundle() {
      precompressDirectory(outDir);
    },
  };
}
