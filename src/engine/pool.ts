// The per-file work of a big scan spread over worker threads (issue #13: the profile of the real
// corpus is CPU-bound on the main thread). The split is the one `--shard I/N` uses (by bytes, a
// directory never split, so every cross-file check sees its adapter whole), and the parts are
// joined the way `adapter-guard merge` joins shard reports: the union equals the single-threaded
// scan, finding for finding (test/pool.test.ts). Discovery runs once, on the main thread.
import { existsSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { fileURLToPath } from 'node:url'
import type { Candidate } from '../discover/files.js'
import type { ScanReport } from '../types.js'
import type { ScanLimits } from './context.js'
import { hashShard, planShards, shardUnit } from './shard.js'

/** Below this many files worth opening, threads cost more than they save (each loads the scanner and warms its own JIT). */
export const POOL_MIN_FILES = 1500
/** Threads at most: the work is header reads and small parses; past four the main thread's join and the disk are the limit. */
export const POOL_MAX_WORKERS = 4
/**
 * Cores `auto` needs before it uses threads. V8 already runs its compiler and GC beside the main
 * thread (a single-threaded scan uses about 1.4 cores), and each thread warms up its own JIT: on 2
 * cores, 2 threads were slower at every size measured (864 / 3,456 / 13,824 files: 0.75 / 1.41 /
 * 3.07 s alone, 0.87 / 1.97 / 3.56 s with 2 threads); with V8's helper threads off, so that the
 * second core was free, 2 threads took 13,824 files from 3.86 to 3.17 s. So threads go only where
 * cores are left over: half the cores, from four.
 */
export const POOL_MIN_CORES = 4

/** What a worker is given: plain data only (no callbacks), since it crosses a thread boundary. */
export interface WorkerScanInput {
  root: string
  /** The scan's targets: not walked again, but those outside the root are directories checks may read (PostCheckContext.readRoots). */
  targets?: string[]
  candidates: Candidate[]
  deep: boolean
  code: boolean
  failOn: NonNullable<import('../types.js').FailOn>
  limits: ScanLimits
  bytesInFlight: number
  suppressions: import('../checks/suppressions.js').Suppression[]
  unsuppressible: import('../types.js').Severity[]
  base?: { spec?: string; remote?: boolean; hub?: { endpoint: string; token?: string } }
}

export type WorkerMessage =
  | { kind: 'progress'; files: number; bytes: number }
  | { kind: 'done'; report: ScanReport }
  | { kind: 'failed'; message: string }

/** The bundled worker entry beside this module (dist/scan-worker.js); absent when running from source. */
export function workerScript(): URL | undefined {
  const url = new URL('./scan-worker.js', import.meta.url)
  try {
    return existsSync(fileURLToPath(url)) ? url : undefined
  } catch {
    return undefined
  }
}

/**
 * How many threads to use: `requested` (0 or 1: none) or, when undefined (`auto`), half the cores
 * up to POOL_MAX_WORKERS, from POOL_MIN_CORES cores and POOL_MIN_FILES files worth opening.
 */
export function poolWidth(weighed: number, requested: number | undefined, cores = availableParallelism()): number {
  if (requested !== undefined) return requested > 1 ? Math.min(requested, 64) : 0
  if (weighed < POOL_MIN_FILES || cores < POOL_MIN_CORES) return 0
  return Math.min(Math.floor(cores / 2), POOL_MAX_WORKERS)
}

/** The split of `--shard`, computed for all parts at once: directories whole, balanced by bytes. */
export function splitForPool<T extends { rel: string; size: number }>(files: T[], width: number, weighs: (rel: string) => boolean): T[][] {
  const plan = planShards(files, width, weighs)
  const parts: T[][] = Array.from({ length: width }, () => [])
  for (const f of files) {
    const unit = shardUnit(f.rel)
    parts[(plan.shardOf.get(unit) ?? hashShard(unit, width)) - 1].push(f)
  }
  return parts
}

/** Runs one part in a worker; resolves with its report, rejects when the worker fails. */
export async function runWorker(script: URL, input: WorkerScanInput, onProgress: (files: number, bytes: number) => void): Promise<ScanReport> {
  // Loaded here, not at start-up: most scans start no thread.
  const { Worker } = await import('node:worker_threads')
  return new Promise((resolve, reject) => {
    const worker = new Worker(script, { workerData: input })
    let settled = false
    worker.on('message', (m: WorkerMessage) => {
      if (m.kind === 'progress') onProgress(m.files, m.bytes)
      else if (m.kind === 'done') {
        settled = true
        resolve(m.report)
      } else {
        settled = true
        reject(new Error(m.message))
      }
    })
    worker.on('error', e => {
      if (!settled) reject(e)
      settled = true
    })
    worker.on('exit', code => {
      if (!settled) reject(new Error(`the scan worker exited with code ${code}`))
      settled = true
    })
  })
}
