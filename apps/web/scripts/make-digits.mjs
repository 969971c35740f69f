/**
 * Writes the explorer's compact digit subset, public/digits/digits.bin, from the `mnist` package
 * (41 MB, never shipped to a browser). The draw is @actlab/train's seeded `loadDigits`, so the
 * browser trains on the same kind of split as the Node experiment; pixels are quantized to 4 bits
 * (16 grey levels, which costs no accuracy) and packed two to a byte. The file is generated at
 * build time and not committed; the build fails here if it would exceed its gzip budget.
 *
 * Format (read by src/lessons/digits-format.ts; all integers little-endian):
 *   0  "ADIG"        magic
 *   4  u8  version   1
 *   5  u8  side      28 (images are side x side, row-major)
 *   6  u8  bits      4 (bits per pixel)
 *   7  u8  0         reserved
 *   8  u32 train     training images
 *   12 u32 test      test images
 *   16 u8[train + test]   labels 0-9, training images first
 *   .. u8[...]            pixels, two per byte, first pixel in the high nibble; value = q / 15
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { loadDigits } from '@actlab/train';

/** Images in the subset and the seed of the draw. */
const TRAIN = 4000;
const TEST = 1000;
const SEED = 5;
const SIDE = 28;
const BITS = 4;
/** The budget the issue sets for the shipped digits. */
const MAX_GZIP_BYTES = 1024 * 1024;
const HEADER_BYTES = 16;

const out = fileURLToPath(new URL('../public/digits/digits.bin', import.meta.url));
const { train, test } = await loadDigits({ train: TRAIN, test: TEST, seed: SEED });
const count = TRAIN + TEST;
const pixels = SIDE * SIDE;
const bytes = new Uint8Array(HEADER_BYTES + count + Math.ceil((count * pixels) / 2));
const view = new DataView(bytes.buffer);
bytes.set([0x41, 0x44, 0x49, 0x47], 0);
view.setUint8(4, 1);
view.setUint8(5, SIDE);
view.setUint8(6, BITS);
view.setUint32(8, TRAIN, true);
view.setUint32(12, TEST, true);
let pixel = 0;
const pixelStart = HEADER_BYTES + count;
[train, test].forEach((set, s) => {
  for (let row = 0; row < set.size; row++) {
    bytes[HEADER_BYTES + s * TRAIN + row] = set.targets[row];
    for (let p = 0; p < pixels; p++) {
      const q = Math.round(Math.min(1, Math.max(0, set.inputs[row * pixels + p])) * 15);
      const at = pixelStart + (pixel >> 1);
      bytes[at] |= pixel % 2 === 0 ? q << 4 : q;
      pixel++;
    }
  }
});
const gzip = gzipSync(bytes, { level: 9 }).length;
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, bytes);
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log(
  `digits: ${TRAIN} train + ${TEST} test images (${SIDE}x${SIDE}, ${BITS}-bit) -> public/digits/digits.bin, ${kb(bytes.length)} raw, ${kb(gzip)} gzip (budget ${kb(MAX_GZIP_BYTES)})`,
);
if (gzip > MAX_GZIP_BYTES) {
  console.error(`digits: the subset is over its gzip budget by ${kb(gzip - MAX_GZIP_BYTES)}`);
  process.exit(1);
}
