/**
 * TF.js's two backends for the training benchmark: the CPU backend (plain JavaScript, float32
 * typed arrays) and the WASM backend (XNNPACK compiled to WebAssembly, with SIMD where the runtime
 * has it). In Node the WASM backend loads its .wasm files from disk, from the paths given to
 * `setWasmPaths`: the package's own dist/ directory.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import * as tf from '@tensorflow/tfjs-core';
// Importing a backend package registers it with tfjs-core.
import '@tensorflow/tfjs-backend-cpu';
import { getThreadsCount, setWasmPaths, version_wasm } from '@tensorflow/tfjs-backend-wasm';

/** A TF.js backend the training benchmark uses. */
export type BackendName = 'cpu' | 'wasm';

/** What the WASM backend runs with. */
export interface WasmInfo {
  /** @tensorflow/tfjs-backend-wasm's version. */
  readonly version: string;
  /** Whether it loaded the SIMD build. */
  readonly simd: boolean;
  /** Whether it loaded the multithreaded build (it needs SharedArrayBuffer and workers). */
  readonly threads: boolean;
  /** Threads its XNNPACK thread pool uses (1 without the multithreaded build). */
  readonly threadCount: number;
}

/**
 * Points the WASM backend at its dist/ directory and initializes it, then returns to the CPU
 * backend. TF.js picks the SIMD and threaded builds by feature detection; both are reported.
 */
export async function initWasm(): Promise<WasmInfo> {
  const require = createRequire(import.meta.url);
  // The package's main entry is dist/tf-backend-wasm.node.js, beside the .wasm files.
  setWasmPaths(`${path.dirname(require.resolve('@tensorflow/tfjs-backend-wasm'))}${path.sep}`);
  await useBackend('wasm');
  const info: WasmInfo = {
    version: version_wasm,
    simd: (await tf.env().getAsync('WASM_HAS_SIMD_SUPPORT')) === true,
    threads: (await tf.env().getAsync('WASM_HAS_MULTITHREAD_SUPPORT')) === true,
    threadCount: getThreadsCount(),
  };
  await useBackend('cpu');
  return info;
}

/** Makes `name` the active backend (tensors made from now on live there). */
export async function useBackend(name: BackendName): Promise<void> {
  if (tf.getBackend() === name) return;
  const ok = await tf.setBackend(name);
  if (!ok || tf.getBackend() !== name)
    throw new Error(`could not select the TF.js ${name} backend`);
}
