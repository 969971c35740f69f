import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BenchError } from './errors.js';
import { formatMarkdown, isFormatted } from './format.js';
import { assertReportWritable, writeReport, writeSection } from './report-file.js';
import { spliceSection } from './section.js';

const API = '<!-- api-bench:start -->\n\nold\n\n<!-- api-bench:end -->';
const SECTION = '## HTTP API\n\n| target | result |\n|-|-|\n| ratio | **FAIL** |\n';

let dir: string;
let path: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'actlab-kit-'));
  path = join(dir, 'BENCHMARKS.md');
});

afterEach(async () => {
  vi.restoreAllMocks();
  await rm(dir, { recursive: true, force: true });
});

describe('the formatter pass', () => {
  it('lays a section out so the spliced file stays prettier-clean, run after run', async () => {
    const content = await formatMarkdown(SECTION, path);
    expect(content).toContain('| ratio  | **FAIL** |');
    const file = `# Benchmarks\n\nThe other report.\n\n${API}\n`;
    const once = spliceSection(file, 'api-bench', content);
    expect(await isFormatted(once, path)).toBe(true);
    expect(await isFormatted(spliceSection(once, 'api-bench', content), path)).toBe(true);
  });

  it('tells an unformatted file from a formatted one', async () => {
    expect(await isFormatted(SECTION, path)).toBe(false);
    expect(await isFormatted(await formatMarkdown(SECTION, path), path)).toBe(true);
  });
});

describe('writeSection', () => {
  it('replaces the section, formatted, and nothing else', async () => {
    await writeFile(path, `# Benchmarks\n\nkernels\n\n${API}\n\nafter\n`);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await writeSection(path, 'api-bench', SECTION);
    const written = await readFile(path, 'utf8');
    expect(written).toBe(
      `# Benchmarks\n\nkernels\n\n<!-- api-bench:start -->\n\n${(await formatMarkdown(SECTION, path)).trim()}\n\n<!-- api-bench:end -->\n\nafter\n`,
    );
    expect(warn).not.toHaveBeenCalled();
  });

  it('throws naming the marker and leaves the file alone when the section is absent', async () => {
    const before = '# Benchmarks\n\nkernels\n';
    await writeFile(path, before);
    await expect(writeSection(path, 'api-bench', SECTION)).rejects.toThrow(
      /<!-- api-bench:start -->/,
    );
    expect(await readFile(path, 'utf8')).toBe(before);
  });

  it('warns when the file is not prettier-clean outside the section', async () => {
    await writeFile(path, `# Benchmarks\n\n|a|b|\n|-|-|\n|1|2|\n\n${API}\n`);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await writeSection(path, 'api-bench', SECTION);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('not prettier-clean'));
  });
});

describe('writeReport', () => {
  it('writes the formatted report and carries the marked sections over', async () => {
    await writeFile(path, `# Old\n\n${API}\n`);
    await writeReport(path, '# New\n\n|a|b|\n|-|-|\n|1|2|\n');
    expect(await readFile(path, 'utf8')).toBe(
      `# New\n\n| a   | b   |\n| --- | --- |\n| 1   | 2   |\n\n${API}\n`,
    );
  });

  it('writes a file that is not there yet', async () => {
    await writeReport(path, '# New\n');
    expect(await readFile(path, 'utf8')).toBe('# New\n');
  });
});

describe('assertReportWritable', () => {
  it('passes a sound file, and a missing one when no section is asked for', async () => {
    await expect(assertReportWritable(path)).resolves.toBeUndefined();
    await writeFile(path, `# B\n\n${API}\n`);
    await expect(assertReportWritable(path, 'api-bench')).resolves.toBeUndefined();
  });

  it('throws a BenchError naming the marker of a missing or broken section', async () => {
    await writeFile(path, `# B\n\n${API}\n\n<!-- web-bench:start -->\n\nhalf\n`);
    const broken = await assertReportWritable(path).catch((e: unknown) => e);
    expect(broken).toBeInstanceOf(BenchError);
    expect((broken as BenchError).message).toContain('<!-- web-bench:end -->');
    await writeFile(path, `# B\n\n${API}\n`);
    await expect(assertReportWritable(path, 'tui-bench')).rejects.toThrow(
      /<!-- tui-bench:start -->/,
    );
  });
});
