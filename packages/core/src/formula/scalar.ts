/**
 * Scalar evaluation of a lowered formula as a tree of closures: one for f(x), and one for the dual
 * number (f(x), f'(x)) by forward-mode differentiation. The dual closures return the value and
 * leave the derivative in a one-element scratch array that the parent reads right after the call,
 * so evaluation allocates nothing. The bulk evaluator (bulk.ts) applies the same rules, written the
 * same way, so map and grad agree with f and df bit for bit.
 */
import { ActlabError } from '../errors.js';
import type { ActivationOp, ArithmeticOp, Op } from './lower.js';
import { compare } from './lower.js';

/** A scalar function of x. */
export type Scalar = (x: number) => number;

/** The closure computing op's value at x. */
export function valueFunction(op: Op): Scalar {
  switch (op.kind) {
    case 'const': {
      const c = op.value;
      return () => c;
    }
    case 'x':
      return (x) => x;
    case 'neg': {
      const a = valueFunction(op.a);
      return (x) => -a(x);
    }
    case 'add':
    case 'sub':
    case 'mul':
    case 'div':
    case 'pow':
      return arithmeticValue(op);
    case 'unary': {
      const a = valueFunction(op.a);
      const f = op.fn.f;
      return (x) => f(a(x));
    }
    case 'min': {
      const a = valueFunction(op.a);
      const b = valueFunction(op.b);
      return (x) => Math.min(a(x), b(x));
    }
    case 'max': {
      const a = valueFunction(op.a);
      const b = valueFunction(op.b);
      return (x) => Math.max(a(x), b(x));
    }
    case 'where': {
      const { cmp } = op;
      const l = valueFunction(op.l);
      const r = valueFunction(op.r);
      const then = valueFunction(op.then);
      const otherwise = valueFunction(op.otherwise);
      return (x) => (compare(cmp, l(x), r(x)) ? then(x) : otherwise(x));
    }
    case 'activation': {
      const a = valueFunction(op.a);
      const g = op.derivative ? op.act.df : op.act.f;
      return (x) => g(a(x));
    }
  }
}

function arithmeticValue(op: ArithmeticOp): Scalar {
  const a = valueFunction(op.a);
  const b = valueFunction(op.b);
  switch (op.kind) {
    case 'add':
      return (x) => a(x) + b(x);
    case 'sub':
      return (x) => a(x) - b(x);
    case 'mul':
      return (x) => a(x) * b(x);
    case 'div':
      return (x) => a(x) / b(x);
    case 'pow':
      return (x) => Math.pow(a(x), b(x));
  }
}

/** The error a derivative through an `activation-derivative` node raises. */
export function secondDerivativeError(op: ActivationOp): ActlabError {
  return new ActlabError(
    'INVALID_FORMULA',
    `second derivatives are not supported (${op.act.id}' cannot be differentiated again)`,
    {
      ...(op.span.start !== undefined ? { position: op.span.start } : {}),
      ...(op.span.end !== undefined ? { end: op.span.end } : {}),
    },
  );
}

/**
 * The dual closure of op: returns op's value at x and leaves d op/dx in s[0]. A constant returns
 * its value with derivative 0; the rules with a constant operand are specialized (c * a' rather
 * than a' * c + a * 0), so an infinite a never turns a zero term into NaN. Throws INVALID_FORMULA
 * for an `activation-derivative` node (second derivatives are not supported).
 */
export function dualFunction(op: Op, s: Float64Array): Scalar {
  switch (op.kind) {
    case 'const': {
      const c = op.value;
      return () => {
        s[0] = 0;
        return c;
      };
    }
    case 'x':
      return (x) => {
        s[0] = 1;
        return x;
      };
    case 'neg': {
      const a = dualFunction(op.a, s);
      return (x) => {
        const v = -a(x);
        s[0] = -(s[0] as number);
        return v;
      };
    }
    case 'add':
    case 'sub':
    case 'mul':
    case 'div':
      return arithmeticDual(op, s);
    case 'pow':
      return powerDual(op, s);
    case 'unary': {
      const a = dualFunction(op.a, s);
      const { f, d } = op.fn;
      return (x) => {
        const av = a(x);
        const ad = s[0] as number;
        const v = f(av);
        s[0] = d(av, v) * ad;
        return v;
      };
    }
    case 'min':
    case 'max':
      return extremumDual(op.kind === 'min', dualFunction(op.a, s), dualFunction(op.b, s), s);
    case 'where': {
      const { cmp } = op;
      const l = valueFunction(op.l);
      const r = valueFunction(op.r);
      const then = dualFunction(op.then, s);
      const otherwise = dualFunction(op.otherwise, s);
      // The branch taken sets the derivative: where() differentiates the branch it picks.
      return (x) => (compare(cmp, l(x), r(x)) ? then(x) : otherwise(x));
    }
    case 'activation': {
      if (op.derivative) throw secondDerivativeError(op);
      const a = dualFunction(op.a, s);
      const { f, df } = op.act;
      return (x) => {
        const av = a(x);
        const ad = s[0] as number;
        s[0] = df(av) * ad;
        return f(av);
      };
    }
  }
}

/** min/max: the derivative of the side chosen, the mean of both at a tie (as torch.minimum/maximum). */
function extremumDual(isMin: boolean, a: Scalar, b: Scalar, s: Float64Array): Scalar {
  return (x) => {
    const av = a(x);
    const ad = s[0] as number;
    const bv = b(x);
    const bd = s[0] as number;
    const lower = isMin ? av < bv : av > bv;
    const upper = isMin ? av > bv : av < bv;
    s[0] = lower ? ad : upper ? bd : 0.5 * (ad + bd);
    return isMin ? Math.min(av, bv) : Math.max(av, bv);
  };
}

/** +, -, *, / with the sum, product and quotient rules, specialized for a constant side. */
function arithmeticDual(op: ArithmeticOp, s: Float64Array): Scalar {
  if (op.a.kind === 'const') {
    const c = op.a.value;
    const b = dualFunction(op.b, s);
    switch (op.kind) {
      case 'add':
        return (x) => c + b(x);
      case 'sub':
        return (x) => {
          const v = c - b(x);
          s[0] = -(s[0] as number);
          return v;
        };
      case 'mul':
        return (x) => {
          const v = c * b(x);
          s[0] = c * (s[0] as number);
          return v;
        };
      default:
        return (x) => {
          const bv = b(x);
          const v = c / bv;
          s[0] = -(v * (s[0] as number)) / bv;
          return v;
        };
    }
  }
  const a = dualFunction(op.a, s);
  if (op.b.kind === 'const') {
    const c = op.b.value;
    switch (op.kind) {
      case 'add':
        return (x) => a(x) + c;
      case 'sub':
        return (x) => a(x) - c;
      case 'mul':
        return (x) => {
          const v = a(x) * c;
          s[0] = (s[0] as number) * c;
          return v;
        };
      default:
        return (x) => {
          const v = a(x) / c;
          s[0] = (s[0] as number) / c;
          return v;
        };
    }
  }
  const b = dualFunction(op.b, s);
  const kind = op.kind;
  return (x) => {
    const av = a(x);
    const ad = s[0] as number;
    const bv = b(x);
    const bd = s[0] as number;
    if (kind === 'add') {
      s[0] = ad + bd;
      return av + bv;
    }
    if (kind === 'sub') {
      s[0] = ad - bd;
      return av - bv;
    }
    if (kind === 'mul') {
      s[0] = ad * bv + av * bd;
      return av * bv;
    }
    const v = av / bv;
    s[0] = (ad - v * bd) / bv;
    return v;
  };
}

/**
 * a^b. With a constant exponent y the rule is y a^(y-1) a' (so x^2 has slope 0 at 0, not NaN, and
 * x^0 has slope 0 everywhere); with a constant base c it is c^b log(c) b'; otherwise
 * a^b (b' log a + b a'/a).
 */
function powerDual(op: ArithmeticOp, s: Float64Array): Scalar {
  if (op.b.kind === 'const') {
    const y = op.b.value;
    const ym1 = y - 1;
    const a = dualFunction(op.a, s);
    return (x) => {
      const av = a(x);
      const ad = s[0] as number;
      s[0] = y === 0 ? 0 : y * Math.pow(av, ym1) * ad;
      return Math.pow(av, y);
    };
  }
  const b = dualFunction(op.b, s);
  if (op.a.kind === 'const') {
    const c = op.a.value;
    const logC = Math.log(c);
    return (x) => {
      const v = Math.pow(c, b(x));
      s[0] = v * logC * (s[0] as number);
      return v;
    };
  }
  const a = dualFunction(op.a, s);
  return (x) => {
    const av = a(x);
    const ad = s[0] as number;
    const bv = b(x);
    const bd = s[0] as number;
    const v = Math.pow(av, bv);
    s[0] = v * (bd * Math.log(av) + (bv * ad) / av);
    return v;
  };
}
