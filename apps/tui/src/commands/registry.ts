/**
 * The scriptable commands by name, in the order `actlab --help` lists them. The math is
 * @actlab/core's and @actlab/train's; JSON output has the shape of the HTTP API's answers.
 */
import type { Command } from './command.js';
import { backpropCommand } from './backprop.js';
import { courseCommand } from './course.js';
import { depthCommand } from './depth.js';
import { deriveCommand } from './derive.js';
import { evalCommand } from './eval.js';
import { experimentCommand } from './experiment.js';
import { exportCommand } from './export.js';
import { infoCommand } from './info.js';
import { initGainCommand } from './init-gain.js';
import { listCommand } from './list.js';
import { softmaxCommand } from './softmax.js';
import { trainCommand } from './train.js';

/** The commands by name. */
export const COMMANDS: Readonly<Record<string, Command>> = {
  list: listCommand,
  info: infoCommand,
  eval: evalCommand,
  export: exportCommand,
  softmax: softmaxCommand,
  train: trainCommand,
  experiment: experimentCommand,
  backprop: backpropCommand,
  'init-gain': initGainCommand,
  depth: depthCommand,
  derive: deriveCommand,
  course: courseCommand,
};
