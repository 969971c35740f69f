/**
 * The compact digit subset's binary format (written by scripts/make-digits.mjs, which documents
 * the layout): a 16-byte header, one label byte per image, then 4-bit pixels packed two to a byte.
 * Decoding yields @actlab/train datasets, so the browser trains on them as Node trains on mnist.
 */
import type { Dataset } from '@actlab/train';

/** The decoded subset. */
export interface DigitSubset {
  readonly train: Dataset;
  readonly test: Dataset;
  /** Side of an image in pixels (28). */
  readonly side: number;
}

/** Why a file is not a digit subset. */
export class DigitFormatError extends Error {
  override readonly name = 'DigitFormatError';
}

/** Where the build puts the subset (served from public/). */
export const DIGITS_URL = '/digits/digits.bin';

const MAGIC = 'ADIG';
const HEADER_BYTES = 16;
const CLASS_NAMES = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'] as const;

/** Reads a subset file; throws DigitFormatError when it is not one (wrong magic, version, size). */
export function decodeDigits(buffer: ArrayBuffer): DigitSubset {
  if (buffer.byteLength < HEADER_BYTES) throw new DigitFormatError('digit file is too short');
  const view = new DataView(buffer);
  const bytes = new Uint8Array(buffer);
  const magic = String.fromCharCode(...bytes.subarray(0, 4));
  if (magic !== MAGIC) throw new DigitFormatError(`not a digit file (magic "${magic}")`);
  const version = view.getUint8(4);
  const side = view.getUint8(5);
  const bits = view.getUint8(6);
  if (version !== 1 || bits !== 4 || side === 0) {
    throw new DigitFormatError(`unsupported digit file (version ${version}, ${bits} bits)`);
  }
  const trainCount = view.getUint32(8, true);
  const testCount = view.getUint32(12, true);
  const count = trainCount + testCount;
  const pixels = side * side;
  const expected = HEADER_BYTES + count + Math.ceil((count * pixels) / 2);
  if (buffer.byteLength !== expected) {
    throw new DigitFormatError(
      `digit file has ${buffer.byteLength} bytes, its header promises ${expected}`,
    );
  }
  const labels = bytes.subarray(HEADER_BYTES, HEADER_BYTES + count);
  const packed = bytes.subarray(HEADER_BYTES + count);
  const build = (first: number, size: number): Dataset => {
    const inputs = new Float64Array(size * pixels);
    const targets = new Float64Array(size);
    for (let row = 0; row < size; row++) {
      const label = labels[first + row] as number;
      if (label > 9) throw new DigitFormatError(`image ${first + row} has label ${label}`);
      targets[row] = label;
      for (let p = 0; p < pixels; p++) {
        const index = (first + row) * pixels + p;
        const byte = packed[index >> 1] as number;
        inputs[row * pixels + p] = (index % 2 === 0 ? byte >> 4 : byte & 15) / 15;
      }
    }
    return {
      name: 'digits',
      task: 'multiclass',
      size,
      inputSize: pixels,
      outputSize: 10,
      inputs,
      targets,
      featureNames: Array.from({ length: pixels }, (_, i) => `pixel ${i}`),
      classNames: CLASS_NAMES,
    };
  };
  return { train: build(0, trainCount), test: build(trainCount, testCount), side };
}
