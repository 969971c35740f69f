/** The digits lesson's worker: the training driver behind messages, off the page's thread. */
import { serveDriver } from '../training/connect.js';
import type { DigitsCommand, DigitsEvent } from './digits-protocol.js';
import { createDigitsDriver, fetchDigits } from './digits-driver.js';

serveDriver<DigitsCommand, DigitsEvent>((emit) =>
  createDigitsDriver(emit, () => fetchDigits(self.location.origin)),
);
