/**
 * Types for the `mnist` package (1.1.0), which ships none; only the part `digits.ts` reads. The
 * package is CommonJS: `module.exports` is an array of the ten digits with helpers attached.
 */
declare module 'mnist' {
  /** The samples of one digit. */
  interface MnistDigit {
    /** The digit, 0 to 9. */
    readonly id: number;
    /** Every sample's 28 x 28 = 784 pixels (row-major, in [0, 1]), back to back. */
    readonly raw: readonly number[];
    /** Number of samples of this digit. */
    readonly length: number;
  }
  /** The ten digits, indexed by digit. */
  const mnist: readonly MnistDigit[];
  export = mnist;
}
