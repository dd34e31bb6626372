// A worker thread of a batch: runs the job on each file it is sent and posts the entry back.
import { parentPort, workerData } from 'node:worker_threads';
import { createJobRunner, type JobSpec } from './job-spec.js';

const run = createJobRunner(workerData as JobSpec);
parentPort!.on('message', async ({ id, file }: { id: number; file: string }) => {
  parentPort!.postMessage({ id, entry: await run(file) });
});
