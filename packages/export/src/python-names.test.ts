/**
 * The PyTorch and JAX exports, checked without the libraries: every export is parsed by Python's
 * own parser, every dotted name it uses (resolved through its imports) must be a real name of
 * torch, jax or math (known-names.ts), every keyword argument must be a parameter of the function
 * it is passed to, and no name may be used undefined. The NumPy export is run for real elsewhere.
 */
import { SCALAR_IDS, VECTOR_IDS, activationInfo } from '@actlab/core';
import type { ActivationId } from '@actlab/core';
import { describe, expect, it } from 'vitest';
import { exportActivation } from './export-activation.js';
import { KNOWN_PYTHON_NAMES } from './known-names.js';
import type { ExportTarget, ExportedCode } from './targets.js';
import { FORMULAS, NON_DEFAULT_PARAMS } from './test/cases.js';
import { pythonInterpreter, runPythonScript } from './test/python.js';

/** What check_names.py reports about one piece of code. */
interface Report {
  readonly error?: string;
  readonly names?: readonly string[];
  readonly calls?: readonly { readonly name: string; readonly keywords: readonly string[] }[];
  readonly problems?: readonly string[];
}

const IDS: readonly ActivationId[] = [...SCALAR_IDS, ...VECTOR_IDS];

/** Each export checked: every activation at its defaults and at non-default parameters, and the formulas. */
function exportsOf(target: ExportTarget): [string, ExportedCode][] {
  const catalog = IDS.flatMap((id) => {
    const list: [string, ExportedCode][] = [[`${id}`, exportActivation(id, target)]];
    const params = NON_DEFAULT_PARAMS[id];
    if (params)
      list.push([`${id} at ${JSON.stringify(params)}`, exportActivation(id, target, params)]);
    return list;
  });
  const formulas = FORMULAS.map((f): [string, ExportedCode] => [
    f.id,
    exportActivation(f.id, target, f.params),
  ]);
  return [...catalog, ...formulas];
}

/** The report's disagreements with the known names, as readable lines. */
function nameProblems(label: string, report: Report): string[] {
  if (report.error) return [`${label}: ${report.error}`];
  const unknown = (report.names ?? [])
    .filter((name) => !(name in KNOWN_PYTHON_NAMES))
    .map((name) => `${label}: unknown name ${name}`);
  const keywords = (report.calls ?? []).flatMap(({ name, keywords: used }) => {
    const accepted = KNOWN_PYTHON_NAMES[name] ?? [];
    return used
      .filter((k) => !accepted.includes(k))
      .map((k) => `${label}: ${name} has no parameter ${k}`);
  });
  const own = (report.problems ?? []).map((p) => `${label}: ${p}`);
  return [...unknown, ...keywords, ...own];
}

describe.each(['pytorch', 'jax'] as const)('%s export, checked against the real API', (target) => {
  const exported = exportsOf(target);
  let reports: ReadonlyMap<string, Report> | undefined;

  /** Every export's report, from one Python process run on first use (a missing Python fails each test). */
  function reportsByLabel(): ReadonlyMap<string, Report> {
    if (reports) return reports;
    const input = exported.map(([, code]) => ({
      source: `${code.imports.join('\n')}\n\n\n${code.code}\n`,
    }));
    const output = runPythonScript(pythonInterpreter(), 'check_names.py', input) as Report[];
    reports = new Map(exported.map(([label], i) => [label, output[i] ?? { error: 'no report' }]));
    return reports;
  }

  it.each(exported.map(([label]) => [label]))('%s parses and uses only real names', (label) => {
    const report = reportsByLabel().get(label) ?? { error: 'not checked' };
    expect(nameProblems(label, report)).toEqual([]);
  });

  it('saw the framework names (a guard against a checker that finds nothing)', () => {
    const seen = new Set([...reportsByLabel().values()].flatMap((r) => r.names ?? []));
    expect(seen.size).toBeGreaterThan(15);
    const own = target === 'jax' ? 'jax.' : 'torch.';
    expect([...seen].filter((name) => !name.startsWith(own) && !name.startsWith('math.'))).toEqual(
      [],
    );
  });
});

describe('PyTorch export uses PyTorch’s own function where the catalog names one', () => {
  // silu: F.silu has no beta, so x * sigmoid(beta * x) is written instead.
  const WRITTEN_OUT = new Set<string>(['silu']);
  const mapped = IDS.filter((id) => {
    const name = activationInfo(id).frameworks.pytorch?.name;
    return name !== undefined && name in KNOWN_PYTHON_NAMES && !WRITTEN_OUT.has(id);
  });

  it.each(mapped.map((id) => [id]))('%s', (id) => {
    const name = activationInfo(id).frameworks.pytorch?.name as string;
    const { code, imports } = exportActivation(id, 'pytorch');
    const local = name.replace(/^torch\.nn\.functional\./, 'F.');
    expect(code).toContain(`${local}(`);
    if (local.startsWith('F.')) expect(imports).toContain('import torch.nn.functional as F');
  });

  it('maps most of the catalog (a guard against an empty list)', () => {
    expect(mapped.length).toBeGreaterThan(25);
  });
});
