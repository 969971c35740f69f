/**
 * The benchmark kit every benchmark of the repository imports (`@actlab/bench/kit`): the marked
 * sections of BENCHMARKS.md, the formatter pass, the statistics and the seeded inputs.
 */
export { BENCH_ERROR_CODES, BenchError, type BenchErrorCode } from './errors.js';
export { formatMarkdown, isFormatted } from './format.js';
export { assertReportWritable, writeReport, writeSection } from './report-file.js';
export {
  keepMarkedSections,
  locateSection,
  markedSections,
  sectionMarkers,
  spliceSection,
  type SectionMarkers,
  type SectionSpan,
} from './section.js';
export { mulberry32, uniformInputs, uniformNumbers } from './seeded.js';
export { geomean, median, percentile } from './stats.js';
export { markdownTable } from './table.js';
