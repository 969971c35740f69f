/**
 * The vanishing-gradients page's worker: the driver behind messages, so training three deep
 * networks never blocks the page.
 */
import type { DriverCommand, DriverEvent } from './driver.js';
import { createGradientDriver } from './driver.js';

const scope = self as unknown as {
  postMessage(event: DriverEvent): void;
  onmessage: ((event: MessageEvent<DriverCommand>) => void) | null;
};
const driver = createGradientDriver((event) => scope.postMessage(event));
scope.onmessage = (event) => driver.send(event.data);
