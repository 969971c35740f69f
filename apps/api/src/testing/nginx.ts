/**
 * Debian's nginx for the tests, run as the current user with everything in a temporary folder: the
 * example site (apps/api/deploy/nginx.conf) with its replica and listening ports replaced, inside
 * a minimal main configuration whose logs, pid and temporary files stay in that folder, so it
 * never touches /etc/nginx or /var/log/nginx.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Started } from './processes.js';
import { freePort, startProcess } from './processes.js';

/** The example site. */
const EXAMPLE_SITE = fileURLToPath(new URL('../../deploy/nginx.conf', import.meta.url));

/** Debian's binary, or the one on PATH. */
const NGINX = existsSync('/usr/sbin/nginx') ? '/usr/sbin/nginx' : 'nginx';

/** A running nginx. */
export interface Nginx extends Started {
  /** Its base URL, like http://127.0.0.1:40123. */
  readonly url: string;
  /** Its access log so far. */
  accessLog(): string;
  /** Stops it and removes its folder. */
  dispose(): Promise<void>;
}

/**
 * The example site with the replicas at `ports` (in place of 3001 and 3002) and listening on
 * 127.0.0.1:`listen`; throws when the site no longer has exactly the lines replaced.
 */
function siteFor(site: string, ports: readonly [number, number], listen: number): string {
  const replacements: [RegExp, string][] = [
    [/^(\s*)listen 80;$/m, `$1listen 127.0.0.1:${listen};`],
    [/^(\s*server 127\.0\.0\.1:)3001\b/m, `$1${ports[0]}`],
    [/^(\s*server 127\.0\.0\.1:)3002\b/m, `$1${ports[1]}`],
  ];
  return replacements.reduce((text, [pattern, by]) => {
    if (!pattern.test(text)) throw new Error(`the example site has no line ${pattern}`);
    return text.replace(pattern, by);
  }, site);
}

/** Starts nginx with the example site in front of the replicas at `ports`. */
export async function startNginx(ports: readonly [number, number]): Promise<Nginx> {
  const dir = mkdtempSync(join(tmpdir(), 'actlab-nginx-'));
  const listen = await freePort();
  writeFileSync(
    join(dir, 'actlab.conf'),
    siteFor(readFileSync(EXAMPLE_SITE, 'utf8'), ports, listen),
  );
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']
    .map((kind) => `  ${kind}_temp_path ${join(dir, kind)};`)
    .join('\n');
  const main = [
    'events { worker_connections 256; }',
    'http {',
    `  access_log ${join(dir, 'access.log')};`,
    temp,
    `  include ${join(dir, 'actlab.conf')};`,
    '}',
  ].join('\n');
  writeFileSync(join(dir, 'nginx.conf'), main);
  const url = `http://127.0.0.1:${listen}`;
  const global = `daemon off; worker_processes 1; pid ${join(dir, 'nginx.pid')};`;
  const args = ['-p', dir, '-e', join(dir, 'error.log'), '-c', join(dir, 'nginx.conf')];
  const { started } = await startProcess(NGINX, [...args, '-g', global], {
    ready: async () => (await fetch(`${url}/healthz`)).ok,
  });
  return {
    ...started,
    url,
    accessLog: () => readFileSync(join(dir, 'access.log'), 'utf8'),
    async dispose() {
      await started.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
