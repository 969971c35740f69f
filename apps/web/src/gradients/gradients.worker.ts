/**
 * The vanishing-gradients page's worker: the driver behind messages, so training three deep
 * networks never blocks the page.
 */
import { serveDriver } from '../training/connect.js';
import { channelHost } from '../training/schedule.js';
import type { DriverCommand, DriverEvent } from './driver.js';
import { createGradientDriver } from './driver.js';

serveDriver<DriverCommand, DriverEvent>((emit) =>
  createGradientDriver(emit, undefined, channelHost()),
);
