/** The digits lesson's worker: the training service behind messages, off the page's thread. */
import type { DigitsCommand, DigitsEvent } from './digits-protocol.js';
import { createDigitsService, fetchDigits } from './digits-service.js';

const scope = self as unknown as {
  postMessage(event: DigitsEvent): void;
  onmessage: ((event: MessageEvent<DigitsCommand>) => void) | null;
  location: Location;
};
const service = createDigitsService(
  (event) => scope.postMessage(event),
  () => fetchDigits(scope.location.origin),
);
scope.onmessage = (event) => service.send(event.data);
