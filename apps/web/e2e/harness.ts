/**
 * End-to-end harness: serves the production build (dist/, built by the test script first) with
 * Vite's preview server and drives Debian's Chromium through playwright-core. Nothing is
 * downloaded: the browser is `CHROMIUM_PATH`, or `chromium` on PATH. Every page opened through
 * `openPage` records console errors and warnings and uncaught exceptions, so tests can assert a
 * clean console.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { chromium } from 'playwright-core';
import type { PreviewServer } from 'vite';
import { preview } from 'vite';

/** The flags every run uses (listed in DEVELOPERS.md): headless, no sandbox, no network chatter. */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Options for `page.waitForURL` when the app changes its own URL (history.pushState or
 * replaceState): wait for the URL only. The default also waits for a "load" that a same-document
 * change may never report, which once timed out a test whose URL had long matched.
 */
export const URL_CHANGE = { waitUntil: 'commit' } as const;

/** Where screenshots go (ignored by git). */
export const RESULTS_DIR = fileURLToPath(new URL('../test-results/', import.meta.url));

/** The Chromium binary: CHROMIUM_PATH, else `chromium` (or `chromium-browser`) on PATH. */
export function chromiumPath(): string {
  const explicit = process.env.CHROMIUM_PATH;
  if (explicit) return explicit;
  for (const name of ['chromium', 'chromium-browser']) {
    try {
      return execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim();
    } catch {
      // try the next name
    }
  }
  throw new Error("Chromium not found: install Debian's chromium or set CHROMIUM_PATH");
}

/** A running preview server and browser. */
export interface Harness {
  /** Base URL of the preview server, e.g. http://127.0.0.1:4173. */
  readonly url: string;
  readonly browser: Browser;
  close(): Promise<void>;
}

/** Options of `startHarness`. */
export interface HarnessOptions {
  /** Response headers the preview server adds to every response (a Content-Security-Policy, say). */
  readonly headers?: Readonly<Record<string, string>>;
}

/** Starts the preview server over dist/ and launches Chromium. */
export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const root = fileURLToPath(new URL('..', import.meta.url));
  // E2E_DIST lets a developer test another build directory (vite build --outDir dist-x).
  const outDir = process.env.E2E_DIST ?? 'dist';
  if (!existsSync(`${root}${outDir}/index.html`)) {
    throw new Error(`${outDir}/ is missing: run \`vite build\` first (the test script does)`);
  }
  const server: PreviewServer = await preview({
    root,
    build: { outDir },
    logLevel: 'silent',
    preview: {
      port: 0,
      host: '127.0.0.1',
      strictPort: false,
      ...(options.headers ? { headers: { ...options.headers } } : {}),
    },
  });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('preview server has no port');
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: CHROMIUM_FLAGS,
  });
  mkdirSync(RESULTS_DIR, { recursive: true });
  return {
    url: `http://127.0.0.1:${address.port}`,
    browser,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/** A page with the console messages it logged (errors and warnings) and its uncaught errors. */
export interface WatchedPage {
  readonly page: Page;
  /** "error: ..." / "warning: ..." / "pageerror: ..." lines, in order. */
  readonly problems: string[];
}

/** Opens `path` in a new page of `viewport` size (default 1280 x 900) and watches its console. */
export async function openPage(
  harness: Harness,
  path: string,
  viewport = { width: 1280, height: 900 },
): Promise<WatchedPage> {
  const page = await harness.browser.newPage({ viewport });
  const problems: string[] = [];
  page.on('console', (message) => {
    const type = message.type();
    if (type === 'error' || type === 'warning') problems.push(`${type}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  await page.goto(harness.url + path, { waitUntil: 'load' });
  return { page, problems };
}

/** axe-core's browser bundle, from node_modules (never downloaded). */
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** axe-core's violations on the page as it is now, one line each: impact, rule, help, where. */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  const found = (await page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run: (o: object) => Promise<{ violations: unknown[] }> } }
    ).axe;
    return (await axe.run({ resultTypes: ['violations'] })).violations;
  })) as { id: string; impact: string; help: string; nodes: { target: string[] }[] }[];
  return found.map(
    (v) => `${v.impact} ${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}
