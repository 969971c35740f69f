import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DigitFormatError, decodeDigits } from './digits-format.js';

/** A file by hand, byte for byte as scripts/make-digits.mjs documents it: 2x2 images. */
function handMade(): ArrayBuffer {
  const bytes = [
    ...[0x41, 0x44, 0x49, 0x47], // "ADIG"
    1, // version
    2, // side
    4, // bits
    0,
    ...[1, 0, 0, 0], // one training image
    ...[1, 0, 0, 0], // one test image
    7, // train label
    3, // test label
    0xf0, // train pixels 15/15, 0
    0x5a, // 5/15, 10/15
    0x01, // test pixels 0, 1/15
    0xff, // 15/15, 15/15
  ];
  return new Uint8Array(bytes).buffer;
}

describe('decodeDigits', () => {
  it('reads labels and 4-bit pixels, high nibble first', () => {
    const { train, test, side } = decodeDigits(handMade());
    expect(side).toBe(2);
    expect(train.size).toBe(1);
    expect(test.size).toBe(1);
    expect(Array.from(train.targets)).toEqual([7]);
    expect(Array.from(test.targets)).toEqual([3]);
    expect(Array.from(train.inputs)).toEqual([1, 0, 5 / 15, 10 / 15]);
    expect(Array.from(test.inputs)).toEqual([0, 1 / 15, 1, 1]);
    expect(train).toMatchObject({ task: 'multiclass', inputSize: 4, outputSize: 10 });
  });

  it('refuses a file that is not a digit subset', () => {
    const wrongMagic = new Uint8Array(handMade());
    wrongMagic[0] = 0x42;
    expect(() => decodeDigits(wrongMagic.buffer)).toThrow(DigitFormatError);
    expect(() => decodeDigits(new ArrayBuffer(3))).toThrow(/too short/);
    const truncated = handMade().slice(0, 20);
    expect(() => decodeDigits(truncated)).toThrow(/header promises/);
    const badLabel = new Uint8Array(handMade());
    badLabel[16] = 12;
    expect(() => decodeDigits(badLabel.buffer)).toThrow(/label 12/);
  });

  // jsdom gives import.meta.url an http scheme; vitest's __dirname is this file's folder.
  const generated = join(__dirname, '../../public/digits/digits.bin');
  it.skipIf(!existsSync(generated))('reads the generated subset: every digit, in budget', () => {
    const file = readFileSync(generated);
    const { train, test, side } = decodeDigits(
      file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength),
    );
    expect(side).toBe(28);
    expect(train.size).toBeGreaterThanOrEqual(3000);
    expect(test.size).toBeGreaterThanOrEqual(500);
    for (let digit = 0; digit < 10; digit++) {
      expect(Array.from(test.targets).filter((t) => t === digit).length).toBeGreaterThan(20);
    }
  });
});
