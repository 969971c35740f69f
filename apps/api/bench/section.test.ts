import { describe, expect, it } from 'vitest';
import { SECTION_END, SECTION_START, spliceSection } from './section.js';

const OTHER = '# Benchmarks\n\nThe kernels report.\n\n| a | b |\n| --- | --- |\n| 1 | 2 |\n';

describe('spliceSection', () => {
  it('appends a marked block after a blank line when there is none', () => {
    expect(spliceSection(OTHER, '## HTTP API\n\nfigures\n')).toBe(
      `${OTHER}\n${SECTION_START}\n\n## HTTP API\n\nfigures\n\n${SECTION_END}\n`,
    );
  });

  it('writes just the block into an empty or missing file', () => {
    expect(spliceSection('', 'x')).toBe(`${SECTION_START}\n\nx\n\n${SECTION_END}\n`);
  });

  it('replaces the block and keeps every byte outside it', () => {
    const before = `${OTHER}\n`;
    const after = '\n\n## Written later\n\ntext\n';
    const file = `${before}${SECTION_START}\n\nold figures\n\n${SECTION_END}${after}`;
    const next = spliceSection(file, 'new figures');
    expect(next).toBe(`${before}${SECTION_START}\n\nnew figures\n\n${SECTION_END}${after}`);
    expect(spliceSection(next, 'old figures')).toBe(file);
  });

  it("leaves other benchmarks' marked blocks on either side untouched", () => {
    const web = '<!-- web-bench:start -->\n\n## Web Playground\n\nframes\n\n<!-- web-bench:end -->';
    const file = `${OTHER}\n${web}\n\n${SECTION_START}\n\nold\n\n${SECTION_END}\n\n${web}\n`;
    expect(spliceSection(file, 'new')).toBe(
      `${OTHER}\n${web}\n\n${SECTION_START}\n\nnew\n\n${SECTION_END}\n\n${web}\n`,
    );
    expect(spliceSection(`${OTHER}\n${web}\n`, 'new')).toBe(
      `${OTHER}\n${web}\n\n${SECTION_START}\n\nnew\n\n${SECTION_END}\n`,
    );
  });

  it('refuses a file with one marker only or with the markers swapped', () => {
    expect(() => spliceSection(`${OTHER}${SECTION_START}\n`, 'x')).toThrow(/broken/);
    expect(() => spliceSection(`${OTHER}${SECTION_END}\n`, 'x')).toThrow(/broken/);
    expect(() => spliceSection(`${SECTION_END}\n${SECTION_START}\n`, 'x')).toThrow(/broken/);
  });
});
