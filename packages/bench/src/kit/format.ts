/**
 * The formatter pass: every report is laid out by prettier with the repository's own settings
 * before it is written, so that `prettier --check .` stays green after a benchmark run.
 */
import * as prettier from 'prettier';

/** The repository's prettier options for the file at `path`, as markdown. */
async function optionsFor(path: string): Promise<prettier.Options> {
  const options = await prettier.resolveConfig(path);
  return { ...options, filepath: path, parser: 'markdown' };
}

/** `markdown` formatted as prettier formats the file at `path` (the config is looked up there). */
export async function formatMarkdown(markdown: string, path: string): Promise<string> {
  return prettier.format(markdown, await optionsFor(path));
}

/** Whether `markdown` is already as prettier would format the file at `path`. */
export async function isFormatted(markdown: string, path: string): Promise<boolean> {
  return prettier.check(markdown, await optionsFor(path));
}
