/** The lessons' worker: runs an experiment off the main thread, so the page stays responsive. */
import { serveDriver } from '../training/connect.js';
import type { ExperimentCommand, ExperimentEvent } from './experiment-driver.js';
import { createExperimentDriver } from './experiment-driver.js';

serveDriver<ExperimentCommand, ExperimentEvent>(createExperimentDriver);
