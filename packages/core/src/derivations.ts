/**
 * The course notes' two worked derivations, step by step with a learner's own numbers: the
 * derivative of the sigmoid (power rule, chain rule, the derivative of e^-x, and the simplification
 * to sigma(x)(1 - sigma(x))) and the softmax of a list of scores (e^z for each class, their sum K,
 * each divided by K). Every step carries its value at the learner's input, computed the way that
 * step writes it, so a front end can show that each rewriting keeps the value, and that the last
 * step equals the catalog's own sigmoid' and softmax.
 */
import { activation } from './registry.js';

/** One line of a derivation. */
export interface DerivationStep {
  /** The rule or idea applied, in plain words: "chain rule", "simplify". */
  readonly rule: string;
  /** The line in LaTeX, symbolic. */
  readonly latex: string;
  /** The same line with the learner's numbers filled in, in LaTeX. */
  readonly numbers: string;
  /** Its value at the learner's input, computed as this line writes it. */
  readonly value: number;
}

/** Up to 6 significant digits, for the numbers filled into a line. */
function n(x: number): string {
  if (!Number.isFinite(x)) return x > 0 ? '\\infty' : x < 0 ? '-\\infty' : '\\text{NaN}';
  const text = String(Number(x.toPrecision(6)));
  const sci = /^(-?[\d.]+)e([+-]\d+)$/.exec(text);
  return sci ? `${sci[1]} \\times 10^{${Number(sci[2])}}` : text;
}

/** n(x) in parentheses when negative, so "1 + e^{-(-2)}" reads right. */
function p(x: number): string {
  return x < 0 ? `(${n(x)})` : n(x);
}

/**
 * The notes' derivation of sigma'(x) at `x`, from f(x) = 1 / (1 + e^-x) to
 * f'(x) = sigma(x)(1 - sigma(x)). The last step's value is the catalog's sigmoid'(x) up to
 * rounding (the steps use plain exp; the catalog is exact to the last bit).
 */
export function sigmoidDerivation(x: number): DerivationStep[] {
  const e = Math.exp(-x);
  const u = 1 + e;
  const s = 1 / u;
  return [
    {
      rule: 'the sigmoid, written as a power',
      latex: 'f(x) = \\frac{1}{1 + e^{-x}} = (1 + e^{-x})^{-1}',
      numbers: `f(${n(x)}) = (1 + e^{-${p(x)}})^{-1} = ${n(u)}^{-1}`,
      value: u ** -1,
    },
    {
      rule: 'power rule and chain rule: d/dx u^-1 = -1 · u^-2 · du/dx',
      latex: "f'(x) = -1 \\cdot (1 + e^{-x})^{-2} \\cdot \\frac{d}{dx}(1 + e^{-x})",
      numbers: `-1 \\cdot ${n(u)}^{-2} \\cdot \\frac{d}{dx}(1 + e^{-x})`,
      // The factor still to differentiate is shown, not evaluated: the value is the known part.
      value: -1 * u ** -2,
    },
    {
      rule: 'd/dx of a constant is 0, and d/dx e^-x = -e^-x (chain rule again)',
      latex: "f'(x) = \\frac{-1}{(1 + e^{-x})^2} \\cdot (0 - e^{-x})",
      numbers: `\\frac{-1}{${n(u)}^2} \\cdot (0 - ${n(e)})`,
      value: (-1 / u ** 2) * (0 - e),
    },
    {
      rule: 'the two minus signs cancel',
      latex: "f'(x) = \\frac{e^{-x}}{(1 + e^{-x})^2}",
      numbers: `\\frac{${n(e)}}{${n(u)}^2}`,
      value: e / u ** 2,
    },
    {
      rule: 'split the fraction: e^-x = (1 + e^-x) - 1',
      latex:
        "f'(x) = \\frac{1}{1 + e^{-x}} \\cdot \\frac{1 + e^{-x} - 1}{1 + e^{-x}} = \\frac{1}{1 + e^{-x}} \\left[1 - \\frac{1}{1 + e^{-x}}\\right]",
      numbers: `\\frac{1}{${n(u)}} \\left[1 - \\frac{1}{${n(u)}}\\right]`,
      value: (1 / u) * (1 - 1 / u),
    },
    {
      rule: 'name the sigmoid: the derivative is the sigmoid times one minus itself',
      latex: "f'(x) = \\sigma(x) \\, (1 - \\sigma(x))",
      numbers: `${n(s)} \\times (1 - ${n(s)})`,
      value: s * (1 - s),
    },
  ];
}

/** The catalog's sigmoid'(x), exact to the last bit: what the last step should equal. */
export function sigmoidSlope(x: number): number {
  const act = activation('sigmoid');
  return act.kind === 'scalar' ? act.df(x) : NaN;
}

/** One class of a softmax computation. */
export interface SoftmaxTerm {
  /** The score z_i. */
  readonly z: number;
  /** e^{z_i}. */
  readonly exp: number;
  /** e^{z_i} / K. */
  readonly share: number;
}

/** The notes' softmax computation of `scores`: each e^z, their sum K, each share, and the check. */
export interface SoftmaxComputation {
  /** One term per class, in order. */
  readonly terms: readonly SoftmaxTerm[];
  /** K = the sum of every e^z. */
  readonly sum: number;
  /** The catalog's softmax of the same scores (stable: shifted by the largest score first). */
  readonly catalog: readonly number[];
  /** The lines in LaTeX with the numbers filled in. */
  readonly steps: readonly DerivationStep[];
}

/**
 * The notes' computation of softmax over `scores` (as the notes do it, without the shift by the
 * largest score, so e^z overflows to infinity above z = 709; `catalog` stays exact there).
 */
export function softmaxComputation(scores: readonly number[]): SoftmaxComputation {
  const exps = scores.map((z) => Math.exp(z));
  const sum = exps.reduce((a, b) => a + b, 0);
  const terms = scores.map((z, i) => ({
    z,
    exp: exps[i] as number,
    share: (exps[i] as number) / sum,
  }));
  const act = activation('softmax');
  const catalog = act.kind === 'vector' ? [...act.f(scores)] : [];
  const list = (f: (t: SoftmaxTerm, i: number) => string) => terms.map(f).join(',\\; ');
  return {
    terms,
    sum,
    catalog,
    steps: [
      {
        rule: 'exponentiate each score: e^z is positive, and larger scores grow much faster',
        latex: 'e^{z_1}, e^{z_2}, \\ldots',
        numbers: list((t) => `e^{${n(t.z)}} = ${n(t.exp)}`),
        value: exps[0] ?? NaN,
      },
      {
        rule: 'add them up: K, the sum of every e^z',
        latex: 'K = \\sum_j e^{z_j}',
        numbers: `K = ${terms.map((t) => n(t.exp)).join(' + ')} = ${n(sum)}`,
        value: sum,
      },
      {
        rule: 'divide each by K: the shares are between 0 and 1 and add up to 1',
        latex: 'P(\\text{class } i) = \\frac{e^{z_i}}{K}',
        numbers: list((t, i) => `P_${i + 1} = \\frac{${n(t.exp)}}{${n(sum)}} = ${n(t.share)}`),
        value: terms[0]?.share ?? NaN,
      },
    ],
  };
}

/**
 * Softmax over two scores (z, 0) gives the first class sigma(z): e^z / (e^z + e^0) = 1 / (1 + e^-z).
 * Both sides from the catalog, for showing the identity live.
 */
export function softmaxOfTwo(z: number): { readonly softmax: number; readonly sigmoid: number } {
  const softmax = activation('softmax');
  const sigmoid = activation('sigmoid');
  return {
    softmax: softmax.kind === 'vector' ? (softmax.f([z, 0])[0] as number) : NaN,
    sigmoid: sigmoid.kind === 'scalar' ? sigmoid.f(z) : NaN,
  };
}
