/**
 * The training worker: a thin adapter between the worker scope and the driver (driver.ts), so
 * training never blocks the page.
 */
import { serveDriver } from '../training/connect.js';
import { channelHost } from '../training/schedule.js';
import type { Command, WorkerMessage } from './protocol.js';
import { createPlaygroundDriver } from './driver.js';

serveDriver<Command, WorkerMessage>((emit) =>
  createPlaygroundDriver({
    ...channelHost(),
    post: (message, transfer) => emit(message, transfer),
  }),
);
