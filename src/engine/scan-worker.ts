// Entry of a scan worker thread (src/engine/pool.ts): scans the part it is given, reports progress
// in batches, and hands back its JSON report. Bundled as dist/scan-worker.js beside the CLI.
import { parentPort, workerData } from 'node:worker_threads'
import { scan } from './scan.js'
import type { WorkerMessage, WorkerScanInput } from './pool.js'

const input = workerData as WorkerScanInput
const post = (m: WorkerMessage): void => parentPort?.postMessage(m)
let files = 0
let bytes = 0
let last = 0
let latest = { filesDone: 0, bytesDone: 0 }
const flush = (): void => {
  if (latest.filesDone === files && latest.bytesDone === bytes) return
  post({ kind: 'progress', files: latest.filesDone - files, bytes: latest.bytesDone - bytes })
  files = latest.filesDone
  bytes = latest.bytesDone
}
scan({
  root: input.root,
  ...(input.targets ? { targets: input.targets } : {}),
  candidates: input.candidates,
  deep: input.deep,
  code: input.code,
  failOn: input.failOn,
  limits: input.limits,
  bytesInFlight: input.bytesInFlight,
  suppressions: input.suppressions,
  unsuppressible: input.unsuppressible,
  ...(input.base ? { base: input.base } : {}),
  workers: 0,
  onProgress: p => {
    // Batched: a message per file would cost more than a small file's scan.
    latest = p
    const now = performance.now()
    if (now - last < 100) return
    last = now
    flush()
  }
}).then(
  ({ report }) => {
    flush()
    post({ kind: 'done', report })
  },
  (e: unknown) => post({ kind: 'failed', message: (e as Error).stack ?? String(e) })
)
