/**
 * The workspace's lint configuration enforces the package boundary: a relative import that reaches
 * into another package is an error, an import by package name is fine.
 */
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const filePath = fileURLToPath(new URL('./boundary-probe.ts', import.meta.url));

async function ruleIds(code: string): Promise<string[]> {
  const eslint = new ESLint({ cwd: root });
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

describe('package boundaries', () => {
  it('rejects a relative import into another package', async () => {
    const ids = await ruleIds(
      "import { activation } from '../../core/src/index.js';\nexport const a = activation;\n",
    );
    expect(ids).toContain('import-x/no-relative-packages');
  }, 30_000);

  it('accepts an import by package name', async () => {
    const ids = await ruleIds(
      "import { activation } from '@actlab/core';\nexport const a = activation;\n",
    );
    expect(ids).toEqual([]);
  }, 30_000);
});
