/**
 * The signal-through-depth instrument's worker: the depth driver behind messages, so measuring
 * deep, wide random networks never blocks a dragged slider.
 */
import { serveDriver } from '../training/connect.js';
import { channelHost } from '../training/schedule.js';
import type { DepthCommand, DepthEvent } from './depth-driver.js';
import { createDepthDriver } from './depth-driver.js';

serveDriver<DepthCommand, DepthEvent>((emit) => createDepthDriver(emit, channelHost()));
