/** The lessons' worker: runs an experiment off the main thread, so the page stays responsive. */
import type { RunnerCommand, RunnerEvent } from './runner.js';
import { createExperimentRunner } from './runner.js';

const scope = self as unknown as {
  postMessage(event: RunnerEvent): void;
  onmessage: ((event: MessageEvent<RunnerCommand>) => void) | null;
};
const runner = createExperimentRunner((event) => scope.postMessage(event));
scope.onmessage = (event) => runner.send(event.data);
