import { TRAIN_ERROR_CODES, TrainError } from '@actlab/train';
import { DEFAULT_LIMITS } from './limits.js';
import type { TrainBody } from './schemas/train.js';
import { describe, expect, it } from 'vitest';
import { inProcessRunner, relayedError } from './training-runner.js';

describe('relayedError', () => {
  it("keeps every one of train's codes and the path, so the error keeps its status", () => {
    for (const code of Object.keys(TRAIN_ERROR_CODES)) {
      const error = relayedError({ name: 'TrainError', code, message: 'm', path: 'epochs' });
      expect(error, code).toBeInstanceOf(TrainError);
      expect(error).toMatchObject({ code, message: 'm', path: 'epochs' });
    }
  });

  it('makes anything else a plain Error (a 500), not a coded one', () => {
    for (const code of [undefined, 'ERR_WORKER_OUT_OF_MEMORY', 'toString', 'constructor']) {
      const error = relayedError({ name: 'Error', code, message: 'boom' });
      expect(error, String(code)).not.toBeInstanceOf(TrainError);
      expect(error.message).toBe('boom');
    }
    expect(relayedError({}).message).toBe('training failed');
  });
});

const XOR: TrainBody = { dataset: 'xor', points: 40, hidden: [3], activation: 'tanh', epochs: 6 };

describe('inProcessRunner', () => {
  it("plans and runs a body through train's session driver, reporting every k-th epoch", async () => {
    const seen: number[] = [];
    const job = { body: XOR, limits: DEFAULT_LIMITS, progressEvery: 2 };
    const result = await inProcessRunner(job, new AbortController().signal, (m) =>
      seen.push(m.epoch),
    );
    expect(seen).toEqual([2, 4, 6]);
    if (result instanceof Uint8Array) throw new Error('in process, the answer is an object');
    expect(result.history.map((m) => m.epoch)).toEqual([2, 4, 6]);
    expect(result.model.layers.map((l) => l.weights.length)).toEqual([3, 1]);
  });

  it('stops with CANCELLED when the signal is aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    const job = { body: XOR, limits: DEFAULT_LIMITS, progressEvery: 1 };
    await expect(inProcessRunner(job, controller.signal)).rejects.toMatchObject({
      code: 'CANCELLED',
    });
  });
});
