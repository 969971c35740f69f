/**
 * The marked sections of the root BENCHMARKS.md. packages/bench writes the file as a whole and
 * carries over every marked section; each app's benchmark owns one section, between
 * `<!-- name:start -->` and `<!-- name:end -->`, and replaces only that. A marker counts only alone
 * on its line, so prose that quotes one is not mistaken for it. A missing, repeated or misplaced
 * marker throws a `BenchError` naming it: guessing where a section ends could delete another
 * benchmark's figures, and appending a second copy would leave two.
 */
import { BenchError } from './errors.js';

/** The two lines that bound a section. */
export interface SectionMarkers {
  /** `<!-- name:start -->`. */
  readonly start: string;
  /** `<!-- name:end -->`. */
  readonly end: string;
}

/** Where a section sits in a file: from its start marker to just after its end marker. */
export interface SectionSpan {
  /** Offset of the start marker's first character. */
  readonly from: number;
  /** Offset just past the end marker's last character. */
  readonly to: number;
}

const NAME = /^[\w-]+$/;

/** Every marker alone on its line, with its section name and kind. */
const ANY_MARKER = /^<!-- ([\w-]+):(start|end) -->$/gm;

/** The markers of section `name`, e.g. `api-bench`. */
export function sectionMarkers(name: string): SectionMarkers {
  if (!NAME.test(name)) {
    throw new BenchError(
      'INVALID_SECTION_NAME',
      `"${name}" cannot name a section: use letters, digits, "_" and "-" only`,
    );
  }
  return { start: `<!-- ${name}:start -->`, end: `<!-- ${name}:end -->` };
}

/** The offsets of `marker` where it stands alone on a line of `file`. */
function markerOffsets(file: string, marker: string): number[] {
  const offsets: number[] = [];
  for (let at = file.indexOf(marker); at >= 0; at = file.indexOf(marker, at + 1)) {
    const lineStart = at === 0 || file[at - 1] === '\n';
    const after = file[at + marker.length];
    if (lineStart && (after === undefined || after === '\n' || after === '\r')) offsets.push(at);
  }
  return offsets;
}

/** The one offset of `marker` in `file`; throws naming it when it is missing or repeated. */
function soleOffset(file: string, marker: string): number {
  const offsets = markerOffsets(file, marker);
  if (offsets.length === 0) {
    throw new BenchError(
      'MISSING_MARKER',
      `BENCHMARKS.md has no "${marker}" line: put the section's start and end markers back, each alone on its line`,
    );
  }
  if (offsets.length > 1) {
    throw new BenchError(
      'DUPLICATE_MARKER',
      `BENCHMARKS.md has "${marker}" ${offsets.length} times: keep one section between one pair of markers`,
    );
  }
  return offsets[0] as number;
}

/** Where section `name` is in `file`; throws when either marker is missing, repeated or misplaced. */
export function locateSection(file: string, name: string): SectionSpan {
  const { start, end } = sectionMarkers(name);
  const from = soleOffset(file, start);
  const endAt = soleOffset(file, end);
  if (endAt < from) {
    throw new BenchError(
      'MARKERS_OUT_OF_ORDER',
      `BENCHMARKS.md has "${end}" before "${start}": the start marker must come first`,
    );
  }
  return { from, to: endAt + end.length };
}

/**
 * `file` with section `name`'s content replaced by `content` (markdown, already formatted) and
 * every byte outside the markers unchanged. Throws when the section's markers are broken.
 */
export function spliceSection(file: string, name: string, content: string): string {
  const { start, end } = sectionMarkers(name);
  const { from, to } = locateSection(file, name);
  return `${file.slice(0, from)}${start}\n\n${content.trim()}\n\n${end}${file.slice(to)}`;
}

/**
 * Every marked section of `file`, markers included and byte for byte, in file order. Throws when
 * any marker lacks its partner, is repeated, is out of order, or when two sections overlap.
 */
export function markedSections(file: string): string[] {
  const names = new Set<string>();
  for (const m of file.matchAll(ANY_MARKER)) names.add(m[1] as string);
  const spans = [...names]
    .map((name) => ({ name, ...locateSection(file, name) }))
    .sort((a, b) => a.from - b.from);
  for (let i = 1; i < spans.length; i++) {
    const outer = spans[i - 1] as (typeof spans)[number];
    const inner = spans[i] as (typeof spans)[number];
    if (inner.from < outer.to) {
      throw new BenchError(
        'MARKERS_OUT_OF_ORDER',
        `BENCHMARKS.md has "${sectionMarkers(inner.name).start}" inside the ${outer.name} section: sections must not overlap`,
      );
    }
  }
  return spans.map((s) => file.slice(s.from, s.to));
}

/**
 * `markdown` (a whole new report, formatted) followed by every marked section of `previous` (the
 * file it replaces), unchanged and in order, so that rewriting the file keeps the figures the
 * other benchmarks wrote. The rest of `previous` is dropped.
 */
export function keepMarkedSections(markdown: string, previous: string | undefined): string {
  const sections = previous === undefined ? [] : markedSections(previous);
  if (sections.length === 0) return markdown;
  return `${markdown.trimEnd()}\n\n${sections.join('\n\n')}\n`;
}
