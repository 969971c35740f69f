/**
 * One benchmark server, run as a child process so that each server has a process (and an event
 * loop) of its own, like in production, apart from the load generator: `node server.js actlab`,
 * `node server.js actlab redis://127.0.0.1:PORT` (budgets in that Redis) or `node server.js bare`.
 * It listens on 127.0.0.1 at a free port, tells the parent the port over
 * IPC, answers `cpu` messages with its CPU time so far, and exits when the parent disconnects.
 */
import { buildApp } from '../src/app.js';
import { buildBare } from './bare.js';
import { BENCH_REQUEST_BUDGET, BENCH_WORK_BUDGET } from './budgets.js';
import type { ChildMessage, ParentMessage } from './children.js';

const [kind, redisUrl] = process.argv.slice(2);
if (kind !== 'actlab' && kind !== 'bare') {
  throw new Error(`usage: server.js actlab [REDIS_URL] | bare (got ${String(kind)})`);
}

// The API as deployed, minus request logging (server.ts logs at info), which would measure the
// log's destination; both budgets are on, counted per request, too large to refuse (budgets.ts).
const app =
  kind === 'actlab'
    ? await buildApp({
        logger: false,
        rateLimit: BENCH_REQUEST_BUDGET,
        workBudget: BENCH_WORK_BUDGET,
        ...(redisUrl === undefined ? {} : { redisUrl }),
      })
    : buildBare();
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
