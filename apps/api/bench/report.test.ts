import { spliceSection } from '@actlab/bench/kit';
import * as prettier from 'prettier';
import { describe, expect, it } from 'vitest';
import { report, results, rounds } from './fixtures.js';
import { renderSection } from './report.js';
import { summarizeScenario } from './stats.js';

describe('renderSection', () => {
  it('lists every target with its verdict', () => {
    const text = renderSection(report());
    expect(text.match(/\| PASS \|/g)).toHaveLength(4);
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
      '| actlab | `POST /v1/activations/sigmoid/evaluate` | 1,100 | 5.00 | 10.00 | 1.00 | 909 | 0.30 | 1.10 (rounds: 1.10, 1.20, 1.00) |',
    );
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
