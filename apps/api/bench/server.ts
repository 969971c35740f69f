/**
 * One benchmark server, run as a child process so that each server has a process (and an event
 * loop) of its own, like in production, apart from the load generator: `node server.js actlab` or
 * `node server.js bare`. It listens on 127.0.0.1 at a free port, tells the parent the port over
 * IPC, answers `cpu` messages with its CPU time so far, and exits when the parent disconnects.
 */
import { buildApp } from '../src/app.js';
import { buildBare } from './bare.js';
import type { ChildMessage, ParentMessage } from './children.js';

const kind = process.argv[2];
if (kind !== 'actlab' && kind !== 'bare') {
  throw new Error(`usage: server.js actlab|bare (got ${String(kind)})`);
}

// The API as deployed, minus two things that would measure something else: request logging
// (server.ts logs at info) and the rate limit (300 a minute would throttle the load at once).
const app = kind === 'actlab' ? await buildApp({ logger: false, rateLimit: false }) : buildBare();
const address = await app.listen({ host: '127.0.0.1', port: 0 });
const send = (message: ChildMessage): void => void process.send?.(message);
send({ type: 'listening', url: address });

process.on('message', (message: ParentMessage) => {
  if (message.type === 'cpu') {
    const { user, system } = process.cpuUsage();
    send({ type: 'cpu', micros: user + system });
  }
});
process.once('disconnect', () => {
  void app.close().then(() => process.exit(0));
});
