import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { precompressDirectory } from '../../scripts/precompress.js';

describe('precompressDirectory', () => {
  it('writes gzip and brotli copies of compressible files that decode to the original', () => {
    const dir = mkdtempSync(join(tmpdir(), 'actlab-precompress-'));
    try {
      mkdirSync(join(dir, 'assets'));
      const script = `console.log(${JSON.stringify('x'.repeat(5000))});`;
      writeFileSync(join(dir, 'assets', 'app.js'), script);
      writeFileSync(join(dir, 'tiny.css'), 'a{}');
      writeFileSync(join(dir, 'font.woff2'), Buffer.alloc(4000, 7));
      expect(precompressDirectory(dir)).toBe(1);
      expect(gunzipSync(readFileSync(join(dir, 'assets', 'app.js.gz'))).toString()).toBe(script);
      expect(brotliDecompressSync(readFileSync(join(dir, 'assets', 'app.js.br'))).toString()).toBe(
        script,
      );
      expect(existsSync(join(dir, 'tiny.css.gz'))).toBe(false);
      expect(existsSync(join(dir, 'font.woff2.gz'))).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
