/**
 * Writing BENCHMARKS.md: the whole file (packages/bench, which keeps the other benchmarks'
 * sections) or one marked section of it (the apps' benchmarks), always through the formatter.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { formatMarkdown, isFormatted } from './format.js';
import { keepMarkedSections, locateSection, markedSections, spliceSection } from './section.js';

/** The file's text, or undefined when there is no file yet. */
async function readIfThere(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/**
 * Throws (a `BenchError` naming the marker) when the report at `path` could not take a write: a
 * marked section is broken, or section `name` is not there. Called before a long run, so that a
 * broken file costs seconds rather than the run. A missing file passes when no section is needed.
 */
export async function assertReportWritable(path: string, name?: string): Promise<void> {
  const file = (await readIfThere(path)) ?? '';
  markedSections(file);
  if (name !== undefined) locateSection(file, name);
}

/**
 * Replaces section `name` of the report at `path` with `markdown` (formatted first), leaving every
 * byte outside its markers alone. Throws when the file is missing or the section's markers are
 * broken, rather than appending a second copy. Warns when the file as a whole is not
 * prettier-clean afterwards (something outside the section is), since `prettier --check` would fail.
 */
export async function writeSection(path: string, name: string, markdown: string): Promise<void> {
  const previous = await readFile(path, 'utf8');
  const next = spliceSection(previous, name, await formatMarkdown(markdown, path));
  await writeFile(path, next);
  if (!(await isFormatted(next, path))) {
    console.warn(`${path} is not prettier-clean outside the ${name} section; run prettier on it`);
  }
}

/**
 * Writes `markdown` (formatted first) as the whole report at `path`, followed by every marked
 * section of the file it replaces, unchanged. Throws, before writing, when those are broken.
 */
export async function writeReport(path: string, markdown: string): Promise<void> {
  const formatted = await formatMarkdown(markdown, path);
  await writeFile(path, keepMarkedSections(formatted, await readIfThere(path)));
}
