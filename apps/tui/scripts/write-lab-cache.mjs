// Writes <dist>/lab.cjs.cache: loads the lab without a cache, renders one frame into a fake
// terminal (so the code of a first frame is compiled), then saves V8's compiled code.
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';

// Built on a CI machine, Ink would skip drawing (it draws only at exit there); the cache is for a
// person's terminal, where the lab drops CI markers too (src/cli.ts).
delete process.env.CI;
delete process.env.CONTINUOUS_INTEGRATION;
const dist = resolve(process.argv[2] ?? 'dist');
const { loadLab, CACHE_FILE } = await import(pathToFileURL(`${dist}/lab-loader.js`).href);
const { lab, createCache } = await loadLab(false);
await lab.warm();
writeFileSync(CACHE_FILE, createCache());
// Ink's render leaves timers and listeners behind; the cache is written, so end here.
process.exit(0);
