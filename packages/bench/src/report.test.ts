import * as prettier from 'prettier';
import { describe, expect, it } from 'vitest';
import { API_SECTION_END, API_SECTION_START, keepApiSection } from './report.js';

const OLD_REPORT = '# Benchmarks\n\nOld kernel figures.\n';
const NEW_REPORT = '# Benchmarks\n\nNew kernel figures.\n\n| a | b |\n| - | - |\n| 1 | 2 |\n';
const API_BLOCK = `${API_SECTION_START}\n\n## HTTP API\n\n| target | result |\n| --- | --- |\n| ratio | **FAIL** |\n\n${API_SECTION_END}`;

describe('keepApiSection', () => {
  it('carries the API block over byte for byte, after the new report', () => {
    const previous = `${OLD_REPORT}\n${API_BLOCK}\n`;
    expect(keepApiSection(NEW_REPORT, previous)).toBe(`${NEW_REPORT}\n${API_BLOCK}\n`);
  });

  it('drops the rest of the old file: only the marked block belongs to the API benchmark', () => {
    const previous = `${OLD_REPORT}\n${API_BLOCK}\n\nstray text\n`;
    const next = keepApiSection(NEW_REPORT, previous);
    expect(next).not.toContain('Old kernel figures');
    expect(next).not.toContain('stray text');
    expect(next).toContain(API_BLOCK);
  });

  it('writes the new report alone when there is no old file or no block in it', () => {
    expect(keepApiSection(NEW_REPORT, undefined)).toBe(NEW_REPORT);
    expect(keepApiSection(NEW_REPORT, OLD_REPORT)).toBe(NEW_REPORT);
  });

  it('keeps a block whose end marker is missing to the end of the file', () => {
    const unfinished = `${API_SECTION_START}\n\n## HTTP API\n\nhalf a report`;
    expect(keepApiSection(NEW_REPORT, `${OLD_REPORT}\n${unfinished}\n`)).toBe(
      `${NEW_REPORT}\n${unfinished}\n`,
    );
  });

  it('is stable: keeping the block twice gives the same file', () => {
    const once = keepApiSection(NEW_REPORT, `${OLD_REPORT}\n${API_BLOCK}\n`);
    expect(keepApiSection(NEW_REPORT, once)).toBe(once);
  });

  it('gives a prettier-clean file when both parts are', async () => {
    const options = { parser: 'markdown', printWidth: 100 } as const;
    const report = await prettier.format(NEW_REPORT, options);
    const block = (await prettier.format(API_BLOCK, options)).trimEnd();
    const next = keepApiSection(report, `${OLD_REPORT}\n${block}\n`);
    expect(await prettier.check(next, options)).toBe(true);
  });
});
