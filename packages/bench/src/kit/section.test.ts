import { describe, expect, it } from 'vitest';
import { BenchError } from './errors.js';
import {
  keepMarkedSections,
  locateSection,
  markedSections,
  sectionMarkers,
  spliceSection,
} from './section.js';

const START = '<!-- api-bench:start -->';
const END = '<!-- api-bench:end -->';
const OTHER = '# Benchmarks\n\nThe kernels report.\n\n| a | b |\n| --- | --- |\n| 1 | 2 |\n';
const OLD_REPORT = '# Benchmarks\n\nOld kernel figures.\n';
const NEW_REPORT = '# Benchmarks\n\nNew kernel figures.\n\n| a | b |\n| - | - |\n| 1 | 2 |\n';
const API_BLOCK =
  '<!-- api-bench:start -->\n\n## HTTP API\n\n| target | result |\n| --- | --- |\n| ratio | **FAIL** |\n\n<!-- api-bench:end -->';
const WEB_BLOCK =
  '<!-- web-bench:start -->\n\n## Web Playground\n\n| target | result |\n| --- | --- |\n| frames | PASS |\n\n<!-- web-bench:end -->';

/** The BenchError `run` throws (fails the test when it throws nothing or something else). */
function thrown(run: () => unknown): BenchError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(BenchError);
    return error as BenchError;
  }
  throw new Error('expected a BenchError, nothing was thrown');
}

describe('sectionMarkers', () => {
  it('spells the two marker lines of a section', () => {
    expect(sectionMarkers('api-bench')).toEqual({ start: START, end: END });
  });

  it('refuses a name that would break the marker syntax', () => {
    expect(thrown(() => sectionMarkers('api bench')).code).toBe('INVALID_SECTION_NAME');
    expect(thrown(() => sectionMarkers('')).code).toBe('INVALID_SECTION_NAME');
  });
});

describe('spliceSection', () => {
  it('replaces the section and keeps every byte outside it', () => {
    const before = `${OTHER}\n`;
    const after = '\n\n## Written later\n\ntext\n';
    const file = `${before}${START}\n\nold figures\n\n${END}${after}`;
    const next = spliceSection(file, 'api-bench', 'new figures\n');
    expect(next).toBe(`${before}${START}\n\nnew figures\n\n${END}${after}`);
    expect(spliceSection(next, 'api-bench', 'old figures')).toBe(file);
  });

  it("leaves other benchmarks' sections on either side untouched", () => {
    const file = `${OTHER}\n${WEB_BLOCK}\n\n${START}\n\nold\n\n${END}\n\n${WEB_BLOCK}\n`;
    expect(spliceSection(file, 'api-bench', 'new')).toBe(
      `${OTHER}\n${WEB_BLOCK}\n\n${START}\n\nnew\n\n${END}\n\n${WEB_BLOCK}\n`,
    );
  });

  it('throws naming the start marker when the section is absent, instead of appending', () => {
    for (const file of ['', OTHER, `${OTHER}\n${WEB_BLOCK}\n`]) {
      const error = thrown(() => spliceSection(file, 'api-bench', 'new'));
      expect(error.code).toBe('MISSING_MARKER');
      expect(error.message).toContain(START);
    }
  });

  it('throws naming whichever marker is missing when only one is there', () => {
    const noEnd = thrown(() => spliceSection(`${OTHER}${START}\n\nold\n`, 'api-bench', 'x'));
    expect(noEnd.code).toBe('MISSING_MARKER');
    expect(noEnd.message).toContain(END);
    const noStart = thrown(() => spliceSection(`${OTHER}old\n\n${END}\n`, 'api-bench', 'x'));
    expect(noStart.code).toBe('MISSING_MARKER');
    expect(noStart.message).toContain(START);
  });

  it('throws naming a repeated marker', () => {
    const file = `${START}\n\na\n\n${END}\n\n${START}\n\nb\n\n${END}\n`;
    const error = thrown(() => spliceSection(file, 'api-bench', 'x'));
    expect(error.code).toBe('DUPLICATE_MARKER');
    expect(error.message).toContain(START);
    const twoEnds = thrown(() =>
      spliceSection(`${START}\n\na\n\n${END}\n${END}\n`, 'api-bench', 'x'),
    );
    expect(twoEnds.code).toBe('DUPLICATE_MARKER');
    expect(twoEnds.message).toContain(END);
  });

  it('throws naming both markers when they are swapped', () => {
    const error = thrown(() => spliceSection(`${END}\n\nold\n\n${START}\n`, 'api-bench', 'x'));
    expect(error.code).toBe('MARKERS_OUT_OF_ORDER');
    expect(error.message).toContain(START);
    expect(error.message).toContain(END);
  });

  it('counts a marker only alone on its line, so quoting one in prose is no marker', () => {
    const prose = `The API writes between \`${START}\` and \`${END}\`.\n`;
    expect(thrown(() => spliceSection(prose, 'api-bench', 'x')).code).toBe('MISSING_MARKER');
    const file = `${prose}\n${START}\n\nold\n\n${END}\n`;
    expect(spliceSection(file, 'api-bench', 'new')).toBe(`${prose}\n${START}\n\nnew\n\n${END}\n`);
  });

  it('finds markers in a file with Windows line ends', () => {
    const file = `# B\r\n\r\n${START}\r\n\r\nold\r\n\r\n${END}\r\n`;
    expect(locateSection(file, 'api-bench')).toEqual({
      from: file.indexOf(START),
      to: file.indexOf(END) + END.length,
    });
  });
});

describe('markedSections', () => {
  it('lists every section, whatever its name, byte for byte in file order', () => {
    expect(markedSections(`${OLD_REPORT}\n${WEB_BLOCK}\n\n${API_BLOCK}\n`)).toEqual([
      WEB_BLOCK,
      API_BLOCK,
    ]);
    expect(markedSections(OLD_REPORT)).toEqual([]);
  });

  it('throws naming the end marker of a section left unfinished', () => {
    const unfinished = '<!-- web-bench:start -->\n\n## Web Playground\n\nhalf a report';
    const error = thrown(() => markedSections(`${OLD_REPORT}\n${API_BLOCK}\n\n${unfinished}\n`));
    expect(error.code).toBe('MISSING_MARKER');
    expect(error.message).toContain('<!-- web-bench:end -->');
  });

  it("throws on a stray end marker rather than ending a section at another's end", () => {
    const nested = `<!-- web-bench:start -->\n\nsee\n\n<!-- api-bench:end -->\n\n<!-- web-bench:end -->`;
    const error = thrown(() => markedSections(`${OLD_REPORT}\n${nested}\n`));
    expect(error.code).toBe('MISSING_MARKER');
    expect(error.message).toContain(START);
  });

  it('throws when one section starts inside another', () => {
    const overlapping = `<!-- web-bench:start -->\n\n${API_BLOCK}\n\n<!-- web-bench:end -->\n`;
    const error = thrown(() => markedSections(overlapping));
    expect(error.code).toBe('MARKERS_OUT_OF_ORDER');
    expect(error.message).toContain(START);
  });
});

describe('keepMarkedSections', () => {
  it('carries the API section over byte for byte, after the new report', () => {
    const previous = `${OLD_REPORT}\n${API_BLOCK}\n`;
    expect(keepMarkedSections(NEW_REPORT, previous)).toBe(`${NEW_REPORT}\n${API_BLOCK}\n`);
  });

  it('carries every marked section in the order of the old file', () => {
    const previous = `${OLD_REPORT}\n${WEB_BLOCK}\n\n${API_BLOCK}\n`;
    expect(keepMarkedSections(NEW_REPORT, previous)).toBe(
      `${NEW_REPORT}\n${WEB_BLOCK}\n\n${API_BLOCK}\n`,
    );
  });

  it('drops the rest of the old file: only the marked sections belong to other benchmarks', () => {
    const previous = `${OLD_REPORT}\n${API_BLOCK}\n\nstray text\n\n${WEB_BLOCK}\n\nmore stray text\n`;
    const next = keepMarkedSections(NEW_REPORT, previous);
    expect(next).not.toContain('Old kernel figures');
    expect(next).not.toContain('stray text');
    expect(next).toBe(`${NEW_REPORT}\n${API_BLOCK}\n\n${WEB_BLOCK}\n`);
  });

  it('ignores a marker quoted inside a line of prose', () => {
    const previous = `${OLD_REPORT}\nThe API writes between \`${START}\` and its end.\n`;
    expect(keepMarkedSections(NEW_REPORT, previous)).toBe(NEW_REPORT);
  });

  it('writes the new report alone when there is no old file or no section in it', () => {
    expect(keepMarkedSections(NEW_REPORT, undefined)).toBe(NEW_REPORT);
    expect(keepMarkedSections(NEW_REPORT, OLD_REPORT)).toBe(NEW_REPORT);
  });

  it('refuses an old file with a broken section rather than dropping half of it', () => {
    const previous = `${OLD_REPORT}\n${API_BLOCK}\n\n<!-- web-bench:start -->\n\nhalf\n`;
    expect(thrown(() => keepMarkedSections(NEW_REPORT, previous)).code).toBe('MISSING_MARKER');
  });

  it('is stable: keeping the sections twice gives the same file', () => {
    const once = keepMarkedSections(NEW_REPORT, `${OLD_REPORT}\n${API_BLOCK}\n\n${WEB_BLOCK}\n`);
    expect(keepMarkedSections(NEW_REPORT, once)).toBe(once);
  });
});
