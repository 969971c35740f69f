#!/usr/bin/env python3
"""Generate the high-precision reference tables for @actlab/core.

Run from packages/core:

    python3 reference/generate.py [--jobs N]

Writes reference/scalar.json and reference/vector.json next to this script.
Needs only Python 3.11+ and mpmath 1.3 (no network, no other packages).

Every input and every parameter is a float64 value, converted to mpmath
exactly (mpf(float)), so each table entry is the exact mathematical function of
the exact double, rounded to 30 significant digits.

Self-checks (the script aborts, writing nothing, if any fails):
  * every point (scalar and vector) is computed twice, at a working precision
    P chosen for the point (60 digits plus extra where the mathematics needs
    it) and again at 2P+10 digits; f, df and every vector output must agree to
    better than 1e-33 relative and print to the same 30-digit string (f'' for
    the condition numbers must agree to 1e-20). A result that comes out as an
    exact zero from transcendental arithmetic at x != 0 is rejected (that is
    how a cancellation that loses everything would show up at both
    precisions);
  * df is compared with a numerical derivative of f (mpmath.diff), and f''
    with a numerical derivative of df, on all points in [-10, 10] that are not
    within 1e-30 of a kink;
  * the limits written for x = +-Infinity are compared with the values at
    x = +-1e30;
  * the large-argument asymptotic series used for the normal tail in gelu is
    compared with mpmath.erfc where both apply.

The output is deterministic: the same bytes on every run and for any --jobs.
"""

import argparse
import json
import math
import os
import random
import sys
import time
from fractions import Fraction
from multiprocessing import Pool

import mpmath
from mpmath import mp, mpf

HERE = os.path.dirname(os.path.abspath(__file__))
GENERATOR = 'reference/generate.py'
DIGITS = 30          # significant digits written
BASE_DPS = 60        # working precision (decimal digits) before per-point extras
AGREE_REL = mpf('1e-33')   # required agreement between the two precisions
AGREE_REL_D2 = mpf('1e-20')
D2_MAX_ABS_X = 1e4   # f'' (and so kdf) only for finite |x| <= 1e4
FLOAT_MAX = sys.float_info.max
INF = mpf('inf')
NAN = mpf('nan')


class CheckError(Exception):
    pass


# ---------------------------------------------------------------------------
# Formatting
# ---------------------------------------------------------------------------

def xstr(v):
    """Shortest round-trip decimal of a float64 (repr) or Infinity/-Infinity/NaN."""
    if math.isnan(v):
        return 'NaN'
    if math.isinf(v):
        return 'Infinity' if v > 0 else '-Infinity'
    return repr(v)


def vstr(v):
    """30 significant digits in scientific notation, or 0 / Infinity / -Infinity / NaN."""
    if mpmath.isnan(v):
        return 'NaN'
    if mpmath.isinf(v):
        return 'Infinity' if v > 0 else '-Infinity'
    if v == 0:
        return '0'
    sign, man, exp, bc = v._mpf_
    if abs(exp + bc) < 3000:
        return mpmath.nstr(v, DIGITS, min_fixed=1, max_fixed=0)
    # Huge binary exponent: mpmath's own conversion is correct but slow here (it raises 10 to
    # the decimal exponent by repeated squaring), so split log10|v| into integer and fraction.
    with mp.workdps(DIGITS + 25 + len(str(abs(exp + bc)))):
        lg = mpmath.log10(abs(v))
        d = int(mpmath.floor(lg))
        mant = mpmath.power(10, lg - d)
    digits = mpmath.nstr(mant, DIGITS, min_fixed=1, max_fixed=0)
    if digits == '1.0e+1':   # mantissa rounded up to 10
        digits, d = '1.0', d + 1
    if not digits[0].isdigit() or 'e' in digits:
        raise CheckError('unexpected mantissa %s' % digits)
    return ('-' if sign else '') + digits + ('e+%d' % d if d >= 0 else 'e%d' % d)


def num(v):
    """A parameter value as a JSON number (integers without '.0')."""
    v = float(v)
    if v == int(v) and abs(v) < 2 ** 53:
        return int(v)
    return v


def cond(v):
    """A condition number as a plain float with 6 significant digits (clamped to the double range)."""
    if v is None:
        return None
    if v > FLOAT_MAX:
        return FLOAT_MAX
    return float('%.6g' % float(v))


def reldiff(a, b):
    """Relative disagreement of two results (0 if identical, inf if of different kind)."""
    if a is None or b is None:
        return mpf(0) if a is None and b is None else INF
    if mpmath.isnan(a) or mpmath.isnan(b):
        return mpf(0) if mpmath.isnan(a) and mpmath.isnan(b) else INF
    if mpmath.isinf(a) or mpmath.isinf(b):
        return mpf(0) if a == b else INF
    if a == b:
        return mpf(0)
    with mp.workdps(30):
        return abs(a - b) / max(abs(a), abs(b))


# ---------------------------------------------------------------------------
# Helpers used by the definitions (all at the current mp precision)
# ---------------------------------------------------------------------------

def sig(z):
    """Logistic sigmoid 1/(1+exp(-z)), accurate (relative) for every z."""
    return 1 / (1 + mpmath.exp(-z))


def log10abs(x):
    return math.log10(abs(x)) if x != 0 and math.isfinite(x) else 0.0


def normal_tail(x):
    """Q = Phi(-|x|) (upper tail of the standard normal at |x|) and phi(x).

    For |x| <= 40 uses mpmath.erfc; beyond, the asymptotic series
    Q = phi(x)/|x| * sum_n (-1)^n (2n-1)!! / x^(2n), whose remainder is bounded by
    the first omitted term. x*x is exact (106 bits), so phi(x) = exp(-x^2/2)/sqrt(2 pi)
    has full relative accuracy even for |x| ~ 1e308 (mpmath.erfc overflows there).
    """
    ax = abs(x)
    x2 = x * x
    phi = mpmath.exp(-x2 / 2) / mpmath.sqrt(2 * mpmath.pi)
    if ax <= 40:
        q = mpmath.erfc(ax / mpmath.sqrt(2)) / 2
    else:
        q = asym_tail(x2) * phi / ax
    return q, phi


def asym_tail(x2):
    eps = mpmath.ldexp(1, -mp.prec - 20)
    total = mpf(1)
    term = mpf(1)
    n = 0
    while True:
        n += 1
        term = -term * (2 * n - 1) / x2
        total += term
        if abs(term) < eps:
            return total
        if n > 10000 or 2 * n - 1 > x2:
            raise CheckError('asymptotic series did not converge')


# ---------------------------------------------------------------------------
# Scalar definitions: ev(x, p) -> (f, df, d2) with d2 None where f'' is undefined
# lim(p, s) -> (f, df) at x = s*Infinity; kinks(p) -> list of floats
# ---------------------------------------------------------------------------

class Fn:
    def __init__(self, id, ev, lim, defaults=None, alts=(), kinks=None, breaks2=None,
                 extra=None, exact=False, points=None):
        self.id = id
        self.ev = ev
        self.lim = lim
        self.defaults = dict(defaults or {})
        self.alts = [dict(a) for a in alts]
        self.kinks = kinks or (lambda p: [])
        self.breaks2 = breaks2 or (lambda p: [])   # where f' is continuous but f'' jumps
        self.extra = extra or (lambda x: 0)         # extra working digits for the point x
        self.exact = exact                           # only rational arithmetic: computed zeros are true zeros
        self.points = points or (lambda p: [])      # additional points (with neighbours) that are not kinks


def zero3():
    return mpf(0), mpf(0), mpf(0)


def leaky(alpha_of):
    def ev(x, p):
        a = alpha_of(p)
        if x > 0:
            return x, mpf(1), mpf(0)
        return a * x, a, mpf(0)

    def lim(p, s):
        a = alpha_of(p)
        if s > 0:
            return INF, mpf(1)
        return (-INF if a > 0 else INF if a < 0 else mpf(0)), a
    return ev, lim


def ev_binary_step(x, p):
    return (mpf(1) if x >= p['threshold'] else mpf(0)), mpf(0), mpf(0)


def ev_linear(x, p):
    return p['slope'] * x + p['intercept'], p['slope'], mpf(0)


def lim_linear(p, s):
    sl = p['slope']
    f = p['intercept'] if sl == 0 else (INF if s * sl > 0 else -INF)
    return f, sl


def ev_relu(x, p):
    return (x, mpf(1), mpf(0)) if x > 0 else zero3()


def ev_threshold(x, p):
    if x > p['threshold']:
        return x, mpf(1), mpf(0)
    return p['value'], mpf(0), mpf(0)


def ev_relu6(x, p):
    if x <= 0:
        return zero3()
    if x >= 6:
        return mpf(6), mpf(0), mpf(0)
    return x, mpf(1), mpf(0)


def ev_elu(x, p):
    a = p['alpha']
    if x > 0:
        return x, mpf(1), mpf(0)
    e = mpmath.exp(x)
    return a * mpmath.expm1(x), a * e, a * e


SELU_LAMBDA = '1.0507009873554804934193349852946'
SELU_ALPHA = '1.6732632423543772848170429916717'


def ev_selu(x, p):
    lam = mpf(SELU_LAMBDA)
    la = lam * mpf(SELU_ALPHA)
    if x > 0:
        return lam * x, lam, mpf(0)
    e = mpmath.exp(x)
    return la * mpmath.expm1(x), la * e, la * e


def lim_selu(p, s):
    lam = mpf(SELU_LAMBDA)
    if s > 0:
        return INF, lam
    return -lam * mpf(SELU_ALPHA), mpf(0)


def ev_celu(x, p):
    a = p['alpha']
    if x > 0:
        return x, mpf(1), mpf(0)
    e = mpmath.exp(x / a)
    return a * mpmath.expm1(x / a), e, e / a


def ev_gelu(x, p):
    q, phi = normal_tail(x)
    Phi = q if x < 0 else 1 - q
    return x * Phi, Phi + x * phi, phi * (2 - x * x)


GELU_TANH_A = '0.044715'


def ev_gelu_tanh(x, p):
    a = mpf(GELU_TANH_A)
    c = mpmath.sqrt(2 / mpmath.pi)
    x2 = x * x
    u = c * x * (1 + a * x2)
    up = c * (1 + 3 * a * x2)          # u'
    upp = 6 * a * c * x                # u''
    sp = sig(2 * u)                    # (1 + tanh u)/2
    sm = sig(-2 * u)                   # (1 - tanh u)/2
    s = 4 * sp * sm                    # sech^2 u = 1 - tanh^2 u
    t = mpmath.tanh(u)
    f = x * sp
    df = sp + x * s * up / 2
    d2 = s * up + x * s * (upp - 2 * t * up * up) / 2
    return f, df, d2


def extra_gelu_tanh(x):
    # exp(2u) with u ~ 0.0357 x^3 needs u to absolute accuracy: ~3 log10|x| more digits
    return int(3 * max(0.0, log10abs(x))) + 5


def ev_sigmoid(x, p):
    s, sm = sig(x), sig(-x)
    df = s * sm
    return s, df, -df * mpmath.tanh(x / 2)     # 1 - 2 sigmoid(x) = -tanh(x/2)


def ev_hard_sigmoid(x, p):
    if x <= -3:
        return zero3()
    if x >= 3:
        return mpf(1), mpf(0), mpf(0)
    return (x + 3) / 6, mpf(1) / 6, mpf(0)


def ev_log_sigmoid(x, p):
    if x >= 0:
        f = -mpmath.log1p(mpmath.exp(-x))
    else:
        f = x - mpmath.log1p(mpmath.exp(x))
    s, sm = sig(x), sig(-x)
    return f, sm, -s * sm


def ev_sparse_sigmoid(x, p):
    if x <= -1:
        return zero3()
    if x >= 1:
        return mpf(1), mpf(0), mpf(0)
    return (x + 1) / 2, mpf(1) / 2, mpf(0)


def ev_tanh(x, p):
    t = mpmath.tanh(x)
    s2 = mpmath.sech(x) ** 2
    return t, s2, -2 * t * s2


def ev_hard_tanh(x, p):
    lo, hi = p['min_val'], p['max_val']
    if x <= lo:
        return lo, mpf(0), mpf(0)
    if x >= hi:
        return hi, mpf(0), mpf(0)
    return x, mpf(1), mpf(0)


def ev_tanh_shrink(x, p):
    t = mpmath.tanh(x)
    return x - t, t * t, 2 * t * mpmath.sech(x) ** 2


def extra_tanh_shrink(x):
    # x - tanh x ~ x^3/3 cancels 2*log10(1/|x|) digits
    return int(2 * max(0.0, -log10abs(x))) + 5


def ev_softsign(x, p):
    d = 1 + abs(x)
    d2 = None if x == 0 else -2 * mpmath.sign(x) / d ** 3
    return x / d, 1 / d ** 2, d2


def ev_softplus(x, p):
    b = p['beta']
    bx = b * x
    if bx >= 0:
        f = x + mpmath.log1p(mpmath.exp(-bx)) / b
    else:
        f = mpmath.log1p(mpmath.exp(bx)) / b
    s, sm = sig(bx), sig(-bx)
    return f, s, b * s * sm


def ev_sparse_plus(x, p):
    if x <= -1:
        return mpf(0), mpf(0), (None if x == -1 else mpf(0))
    if x >= 1:
        return x, mpf(1), (None if x == 1 else mpf(0))
    return (x + 1) ** 2 / 4, (x + 1) / 2, mpf(1) / 2


def ev_squareplus(x, p):
    b = p['b']
    r = mpmath.sqrt(x * x + b)
    if x >= 0:
        f = (x + r) / 2
        df = (1 + x / r) / 2
    else:  # rationalised: no cancellation for large negative x
        f = b / (2 * (r - x))
        df = b / (2 * r * (r - x))
    return f, df, b / (2 * r ** 3)


def ev_silu(x, p):
    b = p['beta']
    bx = b * x
    s, sm = sig(bx), sig(-bx)
    return x * s, s + bx * s * sm, b * s * sm * (2 - bx * mpmath.tanh(bx / 2))


def ev_hard_silu(x, p):
    if x <= -3:
        return zero3()
    if x >= 3:
        return x, mpf(1), mpf(0)
    return x * (x + 3) / 6, (2 * x + 3) / 6, mpf(1) / 3


def ev_mish(x, p):
    # With e = exp(x): tanh(log(1+e)) = n/(n+2), sech^2(log(1+e)) = 4(n+1)/(n+2)^2, n = e(e+2).
    e = mpmath.exp(x)
    n = e * (e + 2)
    T = n / (n + 2)
    S = 4 * (n + 1) / (n + 2) ** 2
    s = e / (1 + e)
    sm = 1 / (1 + e)
    return x * T, T + x * S * s, S * s * (2 + x * (sm - 2 * T * s))


def ev_soft_shrink(x, p):
    lam = p['lambda']
    if x > lam:
        return x - lam, mpf(1), mpf(0)
    if x < -lam:
        return x + lam, mpf(1), mpf(0)
    return zero3()


def ev_hard_shrink(x, p):
    if abs(x) > p['lambda']:
        return x, mpf(1), mpf(0)
    return zero3()


def ev_exponential(x, p):
    e = mpmath.exp(x)
    return e, e, e


def ev_arctan(x, p):
    d = 1 + x * x
    return mpmath.atan(x), 1 / d, -2 * x / d ** 2


def ev_sin(x, p):
    s = mpmath.sin(x)
    return s, mpmath.cos(x), -s


def extra_sin(x):
    return int(max(0.0, log10abs(x))) + 5


def ev_gaussian(x, p):
    x2 = x * x
    g = mpmath.exp(-x2)
    return g, -2 * x * g, (4 * x2 - 2) * g


def L(pos, neg):
    """Limits independent of the parameters: pos = (f, df) at +inf, neg at -inf."""
    return lambda p, s: tuple(mpf(v) for v in (pos if s > 0 else neg))


I, NI, N = 'inf', '-inf', 'nan'
RRELU_UPPER = 1 / 3   # the double nearest 1/3


def rrelu_alpha(p):
    return (p['lower'] + p['upper']) / 2


_ev_leaky, _lim_leaky = leaky(lambda p: p['alpha'])
_ev_rrelu, _lim_rrelu = leaky(rrelu_alpha)

FUNCTIONS = [
    Fn('binary_step', ev_binary_step, L((1, 0), (0, 0)), {'threshold': 0.0}, [{'threshold': 0.5}],
       kinks=lambda p: [p['threshold']], exact=True),
    Fn('linear', ev_linear, lim_linear, {'slope': 1.0, 'intercept': 0.0}, [{'slope': 2.0, 'intercept': 3.0}],
       exact=True),
    Fn('relu', ev_relu, L((I, 1), (0, 0)), kinks=lambda p: [0.0], exact=True),
    Fn('threshold', ev_threshold, lambda p, s: (INF, mpf(1)) if s > 0 else (mpf(p['value']), mpf(0)),
       {'threshold': 1.0, 'value': 0.0}, [{'threshold': -0.5, 'value': -2.0}],
       kinks=lambda p: [p['threshold']], exact=True),
    Fn('relu6', ev_relu6, L((6, 0), (0, 0)), kinks=lambda p: [0.0, 6.0], exact=True),
    Fn('leaky_relu', _ev_leaky, _lim_leaky, {'alpha': 0.01}, [{'alpha': 0.2}],
       kinks=lambda p: [0.0], exact=True),
    Fn('prelu', _ev_leaky, _lim_leaky, {'alpha': 0.25}, [{'alpha': -0.5}],
       kinks=lambda p: [0.0], exact=True),
    Fn('rrelu', _ev_rrelu, _lim_rrelu, {'lower': 0.125, 'upper': RRELU_UPPER}, [{'lower': 0.1, 'upper': 0.3}],
       kinks=lambda p: [0.0], exact=True),
    Fn('elu', ev_elu, lambda p, s: (INF, mpf(1)) if s > 0 else (-p['alpha'], mpf(0)),
       {'alpha': 1.0}, [{'alpha': 0.5}],
       kinks=lambda p: [] if p['alpha'] == 1 else [0.0], breaks2=lambda p: [0.0]),
    Fn('selu', ev_selu, lim_selu, kinks=lambda p: [0.0]),
    Fn('celu', ev_celu, lambda p, s: (INF, mpf(1)) if s > 0 else (-p['alpha'], mpf(0)),
       {'alpha': 1.0}, [{'alpha': 2.0}], breaks2=lambda p: [0.0]),
    Fn('gelu', ev_gelu, L((I, 1), (0, 0))),
    Fn('gelu_tanh', ev_gelu_tanh, L((I, 1), (0, 0)), extra=extra_gelu_tanh),
    Fn('sigmoid', ev_sigmoid, L((1, 0), (0, 0))),
    Fn('hard_sigmoid', ev_hard_sigmoid, L((1, 0), (0, 0)), kinks=lambda p: [-3.0, 3.0], exact=True),
    Fn('log_sigmoid', ev_log_sigmoid, L((0, 0), (NI, 1))),
    Fn('sparse_sigmoid', ev_sparse_sigmoid, L((1, 0), (0, 0)), kinks=lambda p: [-1.0, 1.0], exact=True),
    Fn('tanh', ev_tanh, L((1, 0), (-1, 0))),
    Fn('hard_tanh', ev_hard_tanh, lambda p, s: (p['max_val'] if s > 0 else p['min_val'], mpf(0)),
       {'min_val': -1.0, 'max_val': 1.0}, [{'min_val': -2.0, 'max_val': 0.5}],
       kinks=lambda p: [p['min_val'], p['max_val']], exact=True),
    Fn('tanh_shrink', ev_tanh_shrink, L((I, 1), (NI, 1)), extra=extra_tanh_shrink),
    Fn('softsign', ev_softsign, L((1, 0), (-1, 0)), breaks2=lambda p: [0.0], exact=True),
    Fn('softplus', ev_softplus, L((I, 1), (0, 0)), {'beta': 1.0}, [{'beta': 2.0}]),
    Fn('sparse_plus', ev_sparse_plus, L((I, 1), (0, 0)), breaks2=lambda p: [-1.0, 1.0], exact=True,
       points=lambda p: [-1.0, 1.0]),
    Fn('squareplus', ev_squareplus, L((I, 1), (0, 0)), {'b': 4.0}, [{'b': 1.0}]),
    Fn('silu', ev_silu, L((I, 1), (0, 0)), {'beta': 1.0}, [{'beta': 1.5}]),
    Fn('hard_silu', ev_hard_silu, L((I, 1), (0, 0)), kinks=lambda p: [-3.0, 3.0], exact=True),
    Fn('mish', ev_mish, L((I, 1), (0, 0))),
    Fn('soft_shrink', ev_soft_shrink, L((I, 1), (NI, 1)), {'lambda': 0.5}, [{'lambda': 1.5}],
       kinks=lambda p: [-p['lambda'], p['lambda']], exact=True),
    Fn('hard_shrink', ev_hard_shrink, L((I, 1), (NI, 1)), {'lambda': 0.5}, [{'lambda': 1.5}],
       kinks=lambda p: [-p['lambda'], p['lambda']], exact=True),
    Fn('exponential', ev_exponential, L((I, I), (0, 0))),
    Fn('arctan', ev_arctan, lambda p, s: (s * mpmath.pi / 2, mpf(0))),
    Fn('sin', ev_sin, L((N, N), (N, N)), extra=extra_sin),
    Fn('gaussian', ev_gaussian, L((0, 0), (0, 0))),
]


def all_cases():
    """(case index, Fn, params as floats) for every default and alternative parameter set, in order."""
    cases = []
    for fn in FUNCTIONS:
        for ps in [fn.defaults] + fn.alts:
            cases.append((len(cases), fn, {k: float(v) for k, v in ps.items()}))
    return cases


# ---------------------------------------------------------------------------
# Points
# ---------------------------------------------------------------------------

SPECIAL_MAGNITUDES = [1e-300, 1e-200, 1e-100, 1e-20, 1e-10, 1e-8, 1e-5,
                      15.0, 20.0, 20.5, 30.0, 40.0, 50.0, 100.0, 200.0, 500.0, 700.0, 709.0, 710.0,
                      745.0, 746.0, 1000.0, 1e4, 1e6, 1e10, 1e20, 1e100, 1e154, 1.5e154, 1e200, 1e300,
                      1.7976931348623157e308, math.inf]


def case_points(index, fn, params):
    xs = [-10 + k / 8 for k in range(161)]
    rng = random.Random(12345 + index)
    xs += [rng.uniform(-10.0, 10.0) for _ in range(400)]
    for m in SPECIAL_MAGNITUDES:
        xs += [m, -m]
    xs += [5e-324, -5e-324, 0.0, -0.0, math.nan]
    for _ in range(200):
        e = rng.uniform(-300.0, 308.0)
        sgn = -1.0 if rng.random() < 0.5 else 1.0
        xs.append(sgn * 10.0 ** e)
    for k in fn.kinks(params) + fn.points(params):
        xs += [k, math.nextafter(k, -math.inf), math.nextafter(k, math.inf)]
    # de-duplicate by bit pattern (0.0 and -0.0 are different points), sort, NaN last
    seen = {}
    for x in xs:
        key = 'nan' if math.isnan(x) else (x, math.copysign(1.0, x))
        seen.setdefault(key, x)
    vals = list(seen.values())
    return sorted(vals, key=lambda x: (math.isnan(x), 0.0 if math.isnan(x) else x,
                                       0 if math.isnan(x) else math.copysign(1.0, x)))


# ---------------------------------------------------------------------------
# Evaluation of one scalar point at one precision
# ---------------------------------------------------------------------------

def mparams(params):
    return {k: mpf(v) for k, v in params.items()}


def eval_point(fn, params, x, dps):
    """(f, df, d2) as mpf at dps digits for a finite double x; d2 None where undefined."""
    with mp.workdps(dps):
        p = mparams(params)
        f, df, d2 = fn.ev(mpf(x), p)
        # +0 so that every result is rounded to the working precision of this call
        return +f, +df, (None if d2 is None else +d2)


def zero_limit(fn, params, which):
    """lim_{x->0} |x g'(x)/g(x)| with g = f (which 0) or f' (which 1), if it is the same integer
    on both sides; None otherwise."""
    found = []
    with mp.workdps(200):
        p = mparams(params)
        for eps in (mpf('1e-40'), mpf('-1e-40')):
            f, df, d2 = fn.ev(eps, p)
            numr, den = (df, f) if which == 0 else (d2, df)
            if numr is None or den == 0:
                return None
            r = abs(eps * numr / den)
            m = mpmath.nint(r)
            if abs(r - m) > mpf('1e-15'):
                return None
            found.append(int(m))
    return float(found[0]) if found[0] == found[1] else None


def scalar_point(fn, params, x, kinks, stats):
    """One output point dict, with the two-precision self-check."""
    if math.isnan(x):
        return {'x': 'NaN', 'f': 'NaN', 'df': 'NaN', 'kf': None, 'kdf': None}
    if math.isinf(x):
        s = 1 if x > 0 else -1
        res = []
        for dps in (BASE_DPS, 2 * BASE_DPS + 10):
            with mp.workdps(dps):
                f, df = fn.lim(mparams(params), s)
                res.append((+mpf(f), +mpf(df)))
        (f1, d1), (f2, d2_) = res
        if vstr(f1) != vstr(f2) or vstr(d1) != vstr(d2_):
            raise CheckError('%s %r: limits disagree' % (fn.id, x))
        return {'x': xstr(x), 'f': vstr(f2), 'df': vstr(d2_), 'kf': None, 'kdf': None}

    dps = BASE_DPS + fn.extra(x)
    hi = 2 * dps + 10
    lo_r = eval_point(fn, params, x, dps)
    hi_r = eval_point(fn, params, x, hi)
    stats['evals'] += 1
    if dps > BASE_DPS:
        stats['raised'] += 1
    f, df, d2 = hi_r
    for name, a, b in (('f', lo_r[0], hi_r[0]), ('df', lo_r[1], hi_r[1])):
        if not mpmath.isfinite(b):
            raise CheckError('%s %s(%r) = %s is not finite' % (fn.id, name, x, b))
        rd = reldiff(a, b)
        stats['maxdiff'] = max(stats['maxdiff'], rd)
        if rd > AGREE_REL or vstr(a) != vstr(b):
            raise CheckError('%s %s(%r): %s at %d digits vs %s at %d digits'
                             % (fn.id, name, x, vstr(a), dps, vstr(b), hi))
        if b == 0 and x != 0 and not fn.exact:
            raise CheckError('%s %s(%r) computed as exactly 0' % (fn.id, name, x))
    if abs(x) <= D2_MAX_ABS_X:
        rd = reldiff(lo_r[2], hi_r[2])
        stats['maxdiff_d2'] = max(stats['maxdiff_d2'], rd)
        if rd > AGREE_REL_D2:
            raise CheckError('%s f\'\'(%r) disagrees between precisions' % (fn.id, x))

    if x in kinks:
        kf = kdf = None
    elif x == 0:
        kf = 0.0 if f != 0 else zero_limit(fn, params, 0)
        kdf = 0.0 if df != 0 else zero_limit(fn, params, 1)
    else:
        with mp.workdps(30):
            xm = mpf(x)
            kf = None if f == 0 else abs(xm * df / f)
            if abs(x) > D2_MAX_ABS_X or d2 is None or df == 0:
                kdf = None
            else:
                kdf = abs(xm * d2 / df)
    return {'x': xstr(x), 'f': vstr(f), 'df': vstr(df), 'kf': cond(kf), 'kdf': cond(kdf)}


def derivative_check(fn, params, xs, avoid):
    """df against mpmath.diff(f) and f'' against mpmath.diff(df) at points of [-10, 10]."""
    worst = mpf(0)
    with mp.workdps(50):
        p = mparams(params)
        for x in xs:
            if not (math.isfinite(x) and abs(x) <= 10):
                continue
            xm = mpf(x)
            near_kink = any(abs(x - k) < 1e-30 for k in avoid[0])
            near_break = near_kink or any(abs(x - k) < 1e-30 for k in avoid[1])
            f, df, d2 = fn.ev(xm, p)
            checks = []
            if not near_kink:
                checks.append(('df', df, mpmath.diff(lambda t: fn.ev(t, p)[0], xm)))
            if not near_break and d2 is not None:
                checks.append(('d2', d2, mpmath.diff(lambda t: fn.ev(t, p)[1], xm)))
            for name, exact, numeric in checks:
                err = abs(exact - numeric) / max(1, abs(exact))
                worst = max(worst, err)
                if err > mpf('1e-35'):
                    raise CheckError('%s %s(%r): analytic %s vs numeric %s'
                                     % (fn.id, name, x, mpmath.nstr(exact, 20), mpmath.nstr(numeric, 20)))
    return worst


def limit_check(fn, params):
    """The written limits at +-Infinity against the values at +-1e30."""
    for s in (1, -1):
        with mp.workdps(BASE_DPS):
            lf, ldf = fn.lim(mparams(params), s)
            lf, ldf = mpf(lf), mpf(ldf)
        x = s * 1e30
        f, df, _ = eval_point(fn, params, x, BASE_DPS + fn.extra(x))
        for name, lv, v in (('f', lf, f), ('df', ldf, df)):
            if mpmath.isnan(lv):
                continue
            if mpmath.isinf(lv):
                ok = mpmath.sign(v) == mpmath.sign(lv) and abs(v) > 1e20
            else:
                ok = abs(v - lv) <= mpf('1e-8') * (1 + abs(lv))
            if not ok:
                raise CheckError('%s: limit %s at %s is %s but %s(%g) = %s'
                                 % (fn.id, name, s, lv, name, x, mpmath.nstr(v, 10)))


def run_case(index):
    _, fn, params = all_cases()[index]
    t0 = time.time()
    stats = {'id': fn.id, 'evals': 0, 'raised': 0, 'maxdiff': mpf(0), 'maxdiff_d2': mpf(0)}
    xs = case_points(index, fn, params)
    kinks = set(fn.kinks(params))
    lines = [json.dumps(scalar_point(fn, params, x, kinks, stats), separators=(',', ':')) for x in xs]
    stats['diffcheck'] = derivative_check(fn, params, xs, (list(kinks), fn.breaks2(params) + fn.points(params)))
    limit_check(fn, params)
    header = '{"id":%s,"params":%s,"points":[' % (
        json.dumps(fn.id), json.dumps({k: num(v) for k, v in params.items()}, separators=(',', ':')))
    stats['seconds'] = time.time() - t0
    stats['points'] = len(xs)
    return header, lines, stats


# ---------------------------------------------------------------------------
# Vector cases
# ---------------------------------------------------------------------------

def softmax_family(kind, xs, T):
    """(y, J) as mpf at the current precision. kind: softmax, log_softmax, softmin."""
    n = len(xs)
    if any(math.isnan(v) for v in xs):
        return [NAN] * n, [[NAN] * n for _ in range(n)]
    T = mpf(T)
    sgn = -1 if kind == 'softmin' else 1
    z = [sgn * v for v in xs]          # exact (negation)
    pos = [i for i in range(n) if z[i] == math.inf]
    if pos:
        c = len(pos)
        prob = [mpf(1) / c if i in pos else mpf(0) for i in range(n)]
        rest = [mpf(c - 1) / c if i in pos else mpf(1) for i in range(n)]   # 1 - p_i
        logp = [-mpmath.log(c) if i in pos else -INF for i in range(n)]
    else:
        fin = [i for i in range(n) if z[i] != -math.inf]
        if not fin:
            return [NAN] * n, [[NAN] * n for _ in range(n)]
        m = max(z[i] for i in fin)
        istar = next(i for i in fin if z[i] == m)
        shifted = {i: (mpf(z[i]) - mpf(m)) / T for i in fin}
        w = {i: mpmath.exp(shifted[i]) for i in fin}
        s = mpmath.fsum(w[i] for i in fin if i != istar)
        D = 1 + s
        l1p = mpmath.log1p(s)
        prob = [w[i] / D if i in w else mpf(0) for i in range(n)]
        # 1 - p_i as a sum of positive terms (no cancellation when p_i ~ 1)
        rest = [mpmath.fsum(w[j] for j in fin if j != i) / D if i in w else mpf(1) for i in range(n)]
        logp = [shifted[i] - l1p if i in w else -INF for i in range(n)]
    J = [[mpf(0)] * n for _ in range(n)]
    if kind == 'log_softmax':
        y = logp
        for i in range(n):
            for j in range(n):
                J[i][j] = (rest[i] if i == j else -prob[j]) / T
    else:
        y = prob
        # With +Infinity logits the Jacobian is the formula at the limiting p (the limit along
        # x_i = x_j = t -> Infinity for the tied entries), consistent with their equal shares.
        sg = -1 if kind == 'softmin' else 1
        for i in range(n):
            for j in range(n):
                J[i][j] = sg * prob[i] * (rest[i] if i == j else -prob[j]) / T
    return y, J


def sparsemax(xs):
    """(y, J) as Fractions / float specials, computed exactly."""
    n = len(xs)
    if any(math.isnan(v) for v in xs):
        return [NAN] * n, [[NAN] * n for _ in range(n)]
    pos = [i for i in range(n) if xs[i] == math.inf]
    if pos:
        y = [Fraction(1, len(pos)) if i in pos else Fraction(0) for i in range(n)]
    else:
        fin = [i for i in range(n) if xs[i] != -math.inf]
        zs = sorted((Fraction(xs[i]) for i in fin), reverse=True)
        cum = Fraction(0)
        k, csum = 0, Fraction(0)
        for j, zj in enumerate(zs, 1):
            cum += zj
            if 1 + j * zj > cum:
                k, csum = j, cum
        tau = (csum - 1) / k
        y = [max(Fraction(xs[i]) - tau, Fraction(0)) if i in fin else Fraction(0) for i in range(n)]
    S = [i for i in range(n) if y[i] > 0]
    J = [[(Fraction(1) if (i == j and i in S) else Fraction(0))
          - (Fraction(1, len(S)) if (i in S and j in S) else Fraction(0)) for j in range(n)] for i in range(n)]
    return y, J


def glu(xs):
    n = len(xs)
    h = n // 2
    if any(math.isnan(v) for v in xs):
        return [NAN] * h, [[NAN] * n for _ in range(h)]
    a = [mpf(v) for v in xs[:h]]
    b = [mpf(v) for v in xs[h:]]
    y = []
    J = [[mpf(0)] * n for _ in range(h)]
    for i in range(h):
        s, sm = sig(b[i]), sig(-b[i])
        y.append(a[i] * s)
        J[i][i] = s
        J[i][h + i] = a[i] * s * sm
    return y, J


def to_mp(v):
    if isinstance(v, Fraction):
        return mpf(v.numerator) / v.denominator
    return +v


def vector_eval(vid, xs, params, dps):
    with mp.workdps(dps):
        if vid == 'sparsemax':
            y, J = sparsemax(xs)
        elif vid == 'glu':
            y, J = glu(xs)
        else:
            y, J = softmax_family(vid, xs, params['temperature'])
        return [to_mp(v) for v in y], [[to_mp(v) for v in row] for row in J]


def vector_inputs():
    fixed = [[2.33, -1.46, 0.56], [5, 3, 2, 5], [0, 0], [1000, 1000, -math.inf], [0, -1000],
             [1000, 999, 998.5], [-1000, -1001], [1e-10, 2e-10, -3e-10], [700, 0, -700],
             [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]]
    rng = random.Random(7)
    rand = []
    for _ in range(50):
        n = rng.randint(2, 12)
        rand.append([rng.uniform(-20.0, 20.0) for _ in range(n)])
    for _ in range(10):
        n = rng.randint(2, 12)
        rand.append([rng.uniform(-800.0, 800.0) for _ in range(n)])
    specials = [[math.inf, 0, 1], [math.inf, math.inf, 0], [-math.inf, 0, 1], [math.nan, 1, 2]]
    cases = []
    for vid, temps in (('softmax', (1.0, 0.5, 3.0)), ('log_softmax', (1.0, 0.5)), ('softmin', (1.0, 0.5))):
        for T in temps:
            for v in fixed + rand + (specials if T == 1 else []):
                cases.append((vid, {'temperature': T}, v))

    sm_fixed = [[0.5, 0.4], [0, 0], [1, 1, 1], [2.33, -1.46, 0.56], [5, 3, 2, 5], [0.1, 0.2, 0.3], [1, 0],
                [1000, 999.5, -3], [1e-10, -1e-10]]
    rng = random.Random(11)
    sm_rand = []
    for _ in range(40):
        n = rng.randint(2, 12)
        sm_rand.append([rng.uniform(-3.0, 3.0) for _ in range(n)])
    for _ in range(10):   # ties: n entries drawn from n//2 distinct values
        n = rng.randint(2, 12)
        vals = [rng.uniform(-3.0, 3.0) for _ in range(max(1, n // 2))]
        sm_rand.append([rng.choice(vals) for _ in range(n)])
    sm_special = [[math.inf, 0], [-math.inf, 0, 1], [math.nan, 1]]
    for v in sm_fixed + sm_rand + sm_special:
        cases.append(('sparsemax', {}, v))

    glu_fixed = [[1, 2], [1, 2, 3, -4], [0, 0], [-5, 3, 30, -30], [2.5, -1, 800, -800]]
    rng = random.Random(13)
    glu_rand = []
    for _ in range(30):
        n = 2 * rng.randint(1, 6)
        glu_rand.append([rng.uniform(-12.0, 12.0) for _ in range(n)])
    glu_special = [[math.inf, 0], [1, math.inf], [1, -math.inf], [math.nan, 0]]
    for v in glu_fixed + glu_rand + glu_special:
        cases.append(('glu', {}, v))
    return [(vid, params, [float(t) for t in v]) for vid, params, v in cases]


def run_vector(case):
    vid, params, xs = case
    lo = vector_eval(vid, xs, params, BASE_DPS)
    hi = vector_eval(vid, xs, params, 2 * BASE_DPS + 10)
    worst = mpf(0)
    flat_lo = lo[0] + [v for row in lo[1] for v in row]
    flat_hi = hi[0] + [v for row in hi[1] for v in row]
    for a, b in zip(flat_lo, flat_hi):
        rd = reldiff(a, b)
        worst = max(worst, rd)
        if rd > AGREE_REL or vstr(a) != vstr(b):
            raise CheckError('%s %s %r: %s vs %s' % (vid, params, xs, vstr(a), vstr(b)))
    y, J = hi
    line = json.dumps({'id': vid, 'params': {k: num(v) for k, v in params.items()},
                       'x': [xstr(v) for v in xs], 'y': [vstr(v) for v in y],
                       'jacobian': [[vstr(v) for v in row] for row in J]}, separators=(',', ':'))
    return line, worst


# ---------------------------------------------------------------------------
# Start-up checks of helpers
# ---------------------------------------------------------------------------

def helper_checks():
    # asymptotic normal tail against mpmath.erfc where both apply
    for x in (-40.5, -50.0, -1000.0, -1e5, 45.0):
        with mp.workdps(80):
            xm = mpf(x)
            q, phi = normal_tail(xm)
            ref = mpmath.erfc(abs(xm) / mpmath.sqrt(2)) / 2
            if abs(q / ref - 1) > mpf('1e-70'):
                raise CheckError('normal tail asymptotic series disagrees with erfc at %r' % x)
    # mish closed form against the definition
    for x in (-7.25, -0.5, 0.3, 4.0):
        with mp.workdps(60):
            xm = mpf(x)
            sp = mpmath.log1p(mpmath.exp(xm))
            f, df, _ = ev_mish(xm, {})
            if abs(f - xm * mpmath.tanh(sp)) > mpf('1e-55') or \
               abs(df - (mpmath.tanh(sp) + xm * mpmath.sech(sp) ** 2 * sig(xm))) > mpf('1e-55'):
                raise CheckError('mish closed form disagrees at %r' % x)


# ---------------------------------------------------------------------------

def write_atomic(path, text):
    tmp = path + '.tmp'
    with open(tmp, 'w', encoding='utf-8', newline='\n') as fh:
        fh.write(text)
    os.replace(tmp, path)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--jobs', type=int, default=min(2, os.cpu_count() or 1))
    args = ap.parse_args()
    t0 = time.time()
    mp.dps = BASE_DPS
    helper_checks()

    cases = all_cases()
    vcases = vector_inputs()
    try:
        if args.jobs > 1:
            with Pool(args.jobs) as pool:
                results = pool.map(run_case, range(len(cases)), chunksize=1)
                vresults = pool.map(run_vector, vcases, chunksize=8)
        else:
            results = [run_case(i) for i in range(len(cases))]
            vresults = [run_vector(c) for c in vcases]
    except CheckError as e:
        print('SELF-CHECK FAILED: %s' % e, file=sys.stderr)
        print('nothing written', file=sys.stderr)
        sys.exit(1)

    parts = ['{"generator":%s,"precision_digits":%d,"cases":[\n' % (json.dumps(GENERATOR), DIGITS)]
    for ci, (header, lines, _) in enumerate(results):
        parts.append(header + '\n' + ',\n'.join(lines) + '\n]}' + (',' if ci < len(results) - 1 else '') + '\n')
    parts.append(']}\n')
    scalar_text = ''.join(parts)
    vector_text = ('{"generator":%s,"precision_digits":%d,"cases":[\n' % (json.dumps(GENERATOR), DIGITS)
                   + ',\n'.join(line for line, _ in vresults) + '\n]}\n')
    json.loads(scalar_text)   # well-formed
    json.loads(vector_text)
    sp = os.path.join(HERE, 'scalar.json')
    vp = os.path.join(HERE, 'vector.json')
    write_atomic(sp, scalar_text)
    write_atomic(vp, vector_text)

    npts = sum(s['points'] for _, _, s in results)
    raised = sum(s['raised'] for _, _, s in results)
    maxdiff = max(s['maxdiff'] for _, _, s in results)
    maxd2 = max(s['maxdiff_d2'] for _, _, s in results)
    maxnum = max(s['diffcheck'] for _, _, s in results)
    vmax = max(w for _, w in vresults)
    slow = sorted(results, key=lambda r: -r[2]['seconds'])[:3]
    print('scalar: %d cases, %d points (%d at raised precision) -> %s (%d bytes)'
          % (len(results), npts, raised, os.path.relpath(sp), len(scalar_text.encode())))
    print('vector: %d cases -> %s (%d bytes)' % (len(vresults), os.path.relpath(vp), len(vector_text.encode())))
    print('max relative disagreement between the two precisions: f/df %s, f\'\' %s, vector %s'
          % (mpmath.nstr(maxdiff, 3), mpmath.nstr(maxd2, 3), mpmath.nstr(vmax, 3)))
    print('max relative error of analytic df, f\'\' vs mpmath.diff: %s' % mpmath.nstr(maxnum, 3))
    print('slowest cases: %s' % ', '.join('%s %.1fs' % (s['id'], s['seconds']) for _, _, s in slow))
    print('total %.1fs' % (time.time() - t0))


if __name__ == '__main__':
    main()
