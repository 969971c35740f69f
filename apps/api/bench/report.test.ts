import { spliceSection } from '@actlab/bench/kit';
import * as prettier from 'prettier';
import { describe, expect, it } from 'vitest';
import { capacityRun, redisResults, report, results, rounds } from './fixtures.js';
import { renderSection } from './report.js';
import { summarizeScenario } from './stats.js';

describe('renderSection', () => {
  it('lists every target with its verdict', () => {
    const text = renderSection(report());
    expect(text.match(/\| PASS \|/g)).toHaveLength(6);
    expect(text).not.toMatch(/FAIL/);
  });

  it('writes a failed target and an under-target ratio in bold', () => {
    const evaluate = summarizeScenario(rounds([500, 600, 700], [1000, 1000, 1000]));
    const text = renderSection(report(results({ evaluate })));
    expect(text).toMatch(/\| \*\*FAIL\*\* \| 0\.60x: actlab 600\/s/);
    expect(text).toMatch(/\| \*\*0\.60\*\* \(rounds: 0\.50, 0\.60, 0\.70\) \|/);
  });

  it('gives the requests/s, latencies and CPU of each contender', () => {
    const text = renderSection(report());
    expect(text).toContain(
      '| actlab, budgets in memory | `POST /v1/activations/sigmoid/evaluate` | 1,100 | 5.00 | 10.00 | 1.00 | 909 | 0.30 | 1.10 (rounds: 1.10, 1.20, 1.00) |',
    );
    expect(text).toContain(
      '| actlab, budgets in Redis | `POST /v1/activations/sigmoid/evaluate` | 1,045 | 5.00 | 10.00 | 1.00 | 957 | 0.30 | 1.04 (rounds: 1.04, 1.14, 0.95) |',
    );
    expect(text).toContain('| bare | `POST /bare/evaluate` | 1,000 |');
  });

  it('states the cost of Redis on each route, with the requests Redis counted', () => {
    const text = renderSection(report(results({ redis: redisResults({ counted: 6543 }) })));
    expect(text).toContain(
      "**Cost of Redis**: 0.95x, the requests/s of the API with its budgets in Redis over the in-memory API's (rounds: 0.95, 0.95, 0.95); server CPU 957 µs against 909 µs a request.",
    );
    expect(text).toMatch(/Redis counted 6,543 requests, 6,000 of them the timed answers/);
    expect(text).toMatch(
      /\*\*Cost of Redis\*\*: 1\.00x.*\(rounds: 1\.00, 0\.98, 1\.02\).*never counted/,
    );
    expect(text).toMatch(/\| redis-server +\| 7\.0\.15 +\|/);
  });

  it('gives the capacity of one process: evaluate requests/s and trainings a minute', () => {
    const text = renderSection(report());
    const section = text.slice(text.indexOf('### Capacity of one process'));
    expect(section).toMatch(/requests\/s, budgets in memory \(the table above\) \| 1,100 \|/);
    expect(section).toContain('| the same, budgets in Redis | 1,045 |');
    expect(section).toContain('| trainings a minute at the default budget | 24.0 |');
    expect(section).toContain('| median time of one training run | 2.50 s |');
    expect(section).toContain('| runs completed / started | 4 / 4 |');
    expect(section).toMatch(
      /costing 3,995,210,540 work units, 99\.9% of the default per-run budget/,
    );
  });

  it('counts only completed runs in the trainings a minute', () => {
    const base = capacityRun();
    const runs = base.runs.map((r, i) => (i === 0 ? { ...r, status: 503 } : r));
    const text = renderSection(report(results({ capacity: { ...base, runs } })));
    expect(text).toContain('| trainings a minute at the default budget | 18.0 |');
    expect(text).toContain('| runs completed / started | 3 / 4 |');
  });

  it('stays prettier-clean once formatted and spliced into a prettier-clean file', async () => {
    const options = { parser: 'markdown', printWidth: 100 } as const;
    const evaluate = summarizeScenario(rounds([500], [1000]));
    for (const r of [report(), report(results({ evaluate }))]) {
      const content = await prettier.format(renderSection(r), options);
      const file =
        '# Benchmarks\n\nThe other report.\n\n<!-- api-bench:start -->\n\n<!-- api-bench:end -->\n';
      const spliced = spliceSection(file, 'api-bench', content);
      expect(await prettier.check(spliced, options)).toBe(true);
      expect(await prettier.check(spliceSection(spliced, 'api-bench', content), options)).toBe(
        true,
      );
    }
  });

  it('explains an evaluate ratio under its target, and only then', () => {
    const evaluate = summarizeScenario(rounds([500], [1000]));
    expect(renderSection(report(results({ evaluate })))).toMatch(/the derivative is not free/);
    expect(renderSection(report())).not.toMatch(/the derivative is not free/);
  });
});
