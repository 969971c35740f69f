"""Runs exported NumPy code: reads cases as JSON on stdin, writes each case's outputs on stdout.

A case is {"name", "imports", "code", "function", "kwargs", "x"}; its output is the function's
values at x (flattened), each as repr(float) so that inf, nan and every digit survive the trip.
NumPy warnings are errors: the exported code must not overflow or divide by zero on the way.
"""
import json
import sys
import warnings

import numpy as np


def run(case):
    namespace = {}
    source = "\n".join(case["imports"]) + "\n\n\n" + case["code"] + "\n"
    exec(compile(source, case["name"], "exec"), namespace)
    fn = namespace[case["function"]]
    y = fn(np.array(case["x"], dtype=np.float64), **case.get("kwargs", {}))
    y = np.asarray(y)
    if y.dtype != np.float64:
        raise TypeError(f"{case['name']}: result dtype {y.dtype}, expected float64")
    return [repr(float(v)) for v in y.ravel()]


def main():
    warnings.simplefilter("error")
    results = []
    for case in json.load(sys.stdin):
        try:
            results.append({"values": run(case)})
        except Exception as error:  # reported per case, so one failure does not hide the others
            results.append({"error": f"{type(error).__name__}: {error}"})
    json.dump(results, sys.stdout)


main()
