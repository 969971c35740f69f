#!/usr/bin/env python3
"""Generate reference/gains.json: Gaussian moments and variance-preserving gains of every scalar
activation at its default parameters, for the mean-field tests of @actlab/core.

Run from packages/core:

    python3 reference/gains.py

Needs only Python 3.11+ and mpmath 1.3. The activations are the mpmath definitions of
reference/generate.py (imported, not copied), so these values share nothing with the TypeScript
code they test.

For each activation f and each q in QS it writes, with z ~ N(0, 1),
  m2  = E[f(sqrt(q) z)^2]   and   d2 = E[f'(sqrt(q) z)^2],
as integrals over x = sqrt(q) z of the N(0, q) density, taken by mpmath.quad split at 0, at every
kink and at every point where f'' jumps (so each piece is smooth), at 40 digits. At q = 1 it also
writes the variance-preserving gain 1 / sqrt(m2) and its shortest round-trip double, which is the
literal in the catalog.

Self-checks (the script aborts, writing nothing, if any fails):
  * every integral is computed again at 60 digits with the pieces cut in half; both must agree to
    1e-30 relative;
  * closed forms: linear m2 = q, relu m2 = q / 2, exponential m2 = e^{2q}, sin m2 = (1 - e^{-2q}) / 2,
    gaussian m2 = 1 / sqrt(1 + 4q), binary_step m2 = 1/2, relu d2 = 1/2.
"""

import json
import os
import sys

import mpmath
from mpmath import mp, mpf

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import generate  # noqa: E402  (the mpmath definitions of every activation)

QS = ['0.25', '1', '4']   # variances q, exact decimal strings (all three are doubles exactly)
DIGITS = 30
DPS = 40
CHECK_DPS = 60
AGREE = mpf('1e-30')


class CheckError(Exception):
    pass


def cuts(fn, params):
    """Sorted distinct split points: 0, the kinks, where f'' jumps, and the extra points."""
    pts = {0.0}
    for source in (fn.kinks, fn.breaks2, fn.points):
        pts.update(float(v) for v in source(params))
    return sorted(pts)


def moment(fn, params, q, which, dps, halve):
    """E[g(sqrt(q) z)^2] with g = f (which = 0) or f' (which = 1), at dps digits."""
    with mp.workdps(dps):
        p = generate.mparams(params)
        qq = mpf(q)
        density = lambda x: mpmath.exp(-x * x / (2 * qq)) / mpmath.sqrt(2 * mpmath.pi * qq)

        def integrand(x):
            v = fn.ev(x, p)[which]
            return v * v * density(x)

        points = [mpf(c) for c in cuts(fn, params)]
        if halve:
            # a different partition for the check: every finite piece split at its midpoint
            points = sorted(set(points + [(a + b) / 2 for a, b in zip(points, points[1:])]))
        value = mpmath.quad(integrand, [-mpmath.inf] + points + [mpmath.inf], maxdegree=10)
        return +value


def closed_form(fid, q, which):
    q = mpf(q)
    if which == 1:
        return {'relu': mpf(1) / 2, 'linear': mpf(1)}.get(fid)
    return {
        'linear': q,
        'relu': q / 2,
        'exponential': mpmath.exp(2 * q),
        'sin': (1 - mpmath.exp(-2 * q)) / 2,
        'gaussian': 1 / mpmath.sqrt(1 + 4 * q),
        'binary_step': mpf(1) / 2,
    }.get(fid)


def main():
    rows = []
    for fn in generate.FUNCTIONS:
        params = {k: float(v) for k, v in fn.defaults.items()}
        row = {'id': fn.id, 'params': params, 'moments': []}
        for q in QS:
            entry = {'q': float(q)}
            for which, key in ((0, 'm2'), (1, 'd2')):
                a = moment(fn, params, q, which, DPS, False)
                b = moment(fn, params, q, which, CHECK_DPS, True)
                with mp.workdps(CHECK_DPS):
                    if abs(a - b) > AGREE * abs(b):
                        raise CheckError('%s q=%s %s: %s vs %s' % (fn.id, q, key, a, b))
                    exact = closed_form(fn.id, q, which)
                    if exact is not None and abs(b - exact) > AGREE * abs(exact):
                        raise CheckError('%s q=%s %s: %s, closed form %s' % (fn.id, q, key, b, exact))
                entry[key] = mpmath.nstr(b, DIGITS)
                if q == '1' and which == 0:
                    with mp.workdps(CHECK_DPS):
                        gain = 1 / mpmath.sqrt(b)
                    row['variancePreserving'] = mpmath.nstr(gain, DIGITS)
                    row['variancePreservingDouble'] = float(gain)
            row['moments'].append(entry)
        rows.append(row)
        print('%-14s gain %s' % (fn.id, row['variancePreserving']), file=sys.stderr)
    text = json.dumps({'generator': 'reference/gains.py', 'precision_digits': DIGITS,
                       'activations': rows}, indent=1) + '\n'
    path = os.path.join(HERE, 'gains.json')
    tmp = path + '.tmp'
    with open(tmp, 'w') as fh:
        fh.write(text)
    os.replace(tmp, path)
    print('wrote %s (%d activations)' % (os.path.relpath(path), len(rows)), file=sys.stderr)


if __name__ == '__main__':
    try:
        main()
    except CheckError as e:
        print('SELF-CHECK FAILED: %s' % e, file=sys.stderr)
        print('nothing written', file=sys.stderr)
        sys.exit(1)
