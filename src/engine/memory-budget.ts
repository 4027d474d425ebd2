// A bytes-in-flight budget: files whose reading holds a lot of memory at once (a dense safetensors
// header, a pickle read whole, archive members inflated in memory) reserve an estimate first, and
// wait while the others in flight would take the total past the budget. One file larger than the
// whole budget still runs, alone. Light files reserve nothing and never wait (issue #10 item 7).
import type { FileFormat } from '../types.js'
import type { ScanLimits } from './context.js'
import { DENSE_HEADER_BYTES } from '../formats/safetensors-dense.js'

/**
 * Bytes in flight across concurrent files: with a ~50 MB Node baseline, one 100 MB dense header
 * or two 32 MiB pickles fit the 150 MB peak-RSS target; two dense headers would not.
 */
export const MEMORY_BUDGET_BYTES = 96 * 1024 * 1024

export class MemoryBudget {
  private inFlight = 0
  private readonly waiting: Array<{ bytes: number; go: () => void }> = []
  constructor(readonly budget = MEMORY_BUDGET_BYTES) {}

  /** Resolves when `bytes` fit (or nothing else is in flight); returns the release function (idempotent). */
  async acquire(bytes: number): Promise<() => void> {
    if (bytes <= 0) return () => {}
    if (this.waiting.length === 0 && this.fits(bytes)) this.inFlight += bytes
    else await new Promise<void>(go => this.waiting.push({ bytes, go })) // wake() reserves for us
    let released = false
    return () => {
      if (released) return
      released = true
      this.inFlight -= bytes
      this.wake()
    }
  }

  get bytesInFlight(): number {
    return this.inFlight
  }

  private fits(bytes: number): boolean {
    return this.inFlight === 0 || this.inFlight + bytes <= this.budget
  }

  /** First come, first served: a big file is not starved by a stream of small ones. */
  private wake(): void {
    while (this.waiting.length > 0 && this.fits(this.waiting[0]!.bytes)) {
      const next = this.waiting.shift()!
      this.inFlight += next.bytes
      next.go()
    }
  }
}

/**
 * What reading a file holds in memory at once, from its first bytes: the columns of a dense
 * safetensors header (about its length), a pickle read whole, a member inflated in memory.
 */
export function memoryEstimate(format: FileFormat, head: Uint8Array, size: number, limits: ScanLimits): number {
  switch (format) {
    case 'safetensors': {
      if (head.length < 8) return 0
      const n = Number(new DataView(head.buffer, head.byteOffset, 8).getBigUint64(0, true))
      // Measured: a 100 MB header peaks ~100 MB over the baseline (columns plus parser garbage).
      return n > DENSE_HEADER_BYTES && n <= 100_000_000 ? n : 0
    }
    case 'pickle':
    case 'npy':
    case 'pytorch-legacy':
      return Math.min(size, limits.maxPickleBytes)
    case 'zip':
    case 'npz':
    case 'pytorch-zip':
    case 'tar':
    case 'pytorch-tar':
    case 'gzip':
    case '7z':
      return Math.min(size, limits.maxMemberBytes + limits.maxPickleBytes)
    default:
      return 0
  }
}
