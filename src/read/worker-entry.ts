/**
 * Entry point of the read worker thread (built to dist/read-worker.js and .cjs). It parses one file per
 * message and answers with a RawDocument or a content-free error.
 */
import { parentPort } from 'node:worker_threads';
import { parseBinary } from './parse-binary.js';
import { toWireError, type WorkerRequest, type WorkerResponse } from './worker-protocol.js';

const port = parentPort;
if (port) {
  port.on('message', (req: WorkerRequest) => {
    parseBinary(req.format, req.bytes, req.limits).then(
      (raw) => port.postMessage({ id: req.id, ok: true, raw } satisfies WorkerResponse),
      (e: unknown) => port.postMessage({ id: req.id, ok: false, error: toWireError(e) } satisfies WorkerResponse),
    );
  });
  port.postMessage({ ready: true } satisfies WorkerResponse);
}
