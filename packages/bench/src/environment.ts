/** What the report must say about where and with what it ran. */
import { createRequire } from 'node:module';
import os from 'node:os';

/** The machine, runtime and package versions of a run. */
export interface Environment {
  /** When the run started, ISO 8601 in UTC. */
  readonly date: string;
  /** The CPU model, as the OS names it. */
  readonly cpu: string;
  /** Logical cores. */
  readonly cores: number;
  /** Total memory in GiB. */
  readonly memoryGiB: number;
  /** OS type, release and architecture. */
  readonly os: string;
  /** Node's version. */
  readonly node: string;
  /** V8's version. */
  readonly v8: string;
  /** The @actlab/core version measured. */
  readonly actlabCore: string;
  /** The 1-minute load average at the start: other work on the machine skews timings. */
  readonly loadStart: number;
}

/** Describes this machine and process now. */
export function describeEnvironment(): Environment {
  const require = createRequire(import.meta.url);
  const core = require('@actlab/core/package.json') as { version: string };
  return {
    date: new Date().toISOString(),
    cpu: os.cpus()[0]?.model.trim() ?? 'unknown',
    cores: os.cpus().length,
    memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.versions.node,
    v8: process.versions.v8,
    actlabCore: core.version,
    loadStart: os.loadavg()[0] ?? NaN,
  };
}
