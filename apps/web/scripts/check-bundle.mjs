// Fails the build when the explorer route's initial JavaScript is over its budget (250 KB gzip):
// the entry chunk and every chunk it imports statically, as listed by index.html's module
// script and modulepreload links. Lazily loaded pages are not initial and are not counted.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET = 250 * 1024;
const dist = new URL('../dist/', import.meta.url).pathname;
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const scripts = [
  ...html.matchAll(/<script[^>]+type="module"[^>]+src="([^"]+)"/g),
  ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g),
].map((m) => m[1]);
if (scripts.length === 0) {
  console.error('check-bundle: index.html references no module script');
  process.exit(1);
}
let total = 0;
const rows = [];
for (const src of new Set(scripts)) {
  const bytes = gzipSync(readFileSync(join(dist, src.replace(/^\//, '')))).length;
  total += bytes;
  rows.push(`  ${src}  ${(bytes / 1024).toFixed(1)} KB gzip`);
}
console.log(
  `explorer initial JavaScript: ${(total / 1024).toFixed(1)} KB gzip (budget ${BUDGET / 1024} KB)`,
);
console.log(rows.join('\n'));
if (total > BUDGET) {
  console.error(
    `check-bundle: ${(total / 1024).toFixed(1)} KB gzip is over the budget of ${BUDGET / 1024} KB`,
  );
  process.exit(1);
}
