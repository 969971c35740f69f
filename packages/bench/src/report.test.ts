import * as prettier from 'prettier';
import { describe, expect, it } from 'vitest';
import { keepMarkedSections, markedBlocks } from './report.js';

const OLD_REPORT = '# Benchmarks\n\nOld kernel figures.\n';
const NEW_REPORT = '# Benchmarks\n\nNew kernel figures.\n\n| a | b |\n| - | - |\n| 1 | 2 |\n';
const API_BLOCK =
  '<!-- api-bench:start -->\n\n## HTTP API\n\n| target | result |\n| --- | --- |\n| ratio | **FAIL** |\n\n<!-- api-bench:end -->';
const WEB_BLOCK =
  '<!-- web-bench:start -->\n\n## Web Playground\n\n| target | result |\n| --- | --- |\n| frames | PASS |\n\n<!-- web-bench:end -->';

describe('keepMarkedSections', () => {
  it('carries the API block over byte for byte, after the new report', () => {
    const previous = `${OLD_REPORT}\n${API_BLOCK}\n`;
    expect(keepMarkedSections(NEW_REPORT, previous)).toBe(`${NEW_REPORT}\n${API_BLOCK}\n`);
  });

  it('carries every marked block, whatever its name, in the order of the old file', () => {
    const previous = `${OLD_REPORT}\n${WEB_BLOCK}\n\n${API_BLOCK}\n`;
    expect(keepMarkedSections(NEW_REPORT, previous)).toBe(
      `${NEW_REPORT}\n${WEB_BLOCK}\n\n${API_BLOCK}\n`,
    );
    expect(markedBlocks(previous)).toEqual([WEB_BLOCK, API_BLOCK]);
  });

  it('drops the rest of the old file: only the marked blocks belong to other benchmarks', () => {
    const previous = `${OLD_REPORT}\n${API_BLOCK}\n\nstray text\n\n${WEB_BLOCK}\n\nmore stray text\n`;
    const next = keepMarkedSections(NEW_REPORT, previous);
    expect(next).not.toContain('Old kernel figures');
    expect(next).not.toContain('stray text');
    expect(next).toBe(`${NEW_REPORT}\n${API_BLOCK}\n\n${WEB_BLOCK}\n`);
  });

  it('ignores a marker quoted inside a line of prose', () => {
    const previous = `${OLD_REPORT}\nThe API writes between \`<!-- api-bench:start -->\` and its end.\n`;
    expect(keepMarkedSections(NEW_REPORT, previous)).toBe(NEW_REPORT);
  });

  it('writes the new report alone when there is no old file or no block in it', () => {
    expect(keepMarkedSections(NEW_REPORT, undefined)).toBe(NEW_REPORT);
    expect(keepMarkedSections(NEW_REPORT, OLD_REPORT)).toBe(NEW_REPORT);
  });

  it('keeps a block whose end marker is missing to the end of the file', () => {
    const unfinished = '<!-- web-bench:start -->\n\n## Web Playground\n\nhalf a report';
    expect(keepMarkedSections(NEW_REPORT, `${OLD_REPORT}\n${API_BLOCK}\n\n${unfinished}\n`)).toBe(
      `${NEW_REPORT}\n${API_BLOCK}\n\n${unfinished}\n`,
    );
  });

  it("does not end a block at another block's end marker", () => {
    const nested = `<!-- web-bench:start -->\n\nsee\n\n<!-- api-bench:end -->\n\n<!-- web-bench:end -->`;
    expect(markedBlocks(`${OLD_REPORT}\n${nested}\n`)).toEqual([nested]);
  });

  it('is stable: keeping the blocks twice gives the same file', () => {
    const once = keepMarkedSections(NEW_REPORT, `${OLD_REPORT}\n${API_BLOCK}\n\n${WEB_BLOCK}\n`);
    expect(keepMarkedSections(NEW_REPORT, once)).toBe(once);
  });

  it('gives a prettier-clean file when every part is', async () => {
    const options = { parser: 'markdown', printWidth: 100 } as const;
    const report = await prettier.format(NEW_REPORT, options);
    const api = (await prettier.format(API_BLOCK, options)).trimEnd();
    const web = (await prettier.format(WEB_BLOCK, options)).trimEnd();
    const next = keepMarkedSections(report, `${OLD_REPORT}\n${api}\n\n${web}\n`);
    expect(await prettier.check(next, options)).toBe(true);
  });
});
