// What a file holds in memory while it is read (a dense safetensors header, a pickle read whole,
// archive members inflated in memory): the estimate each file reserves at the engine's
// bytes-in-flight gate (gate.ts) before it is read. Light files reserve nothing and never wait
// (issue #10 item 7).
import type { FileFormat } from '../types.js'
import type { ScanLimits } from './context.js'
import { DENSE_HEADER_BYTES } from '../formats/safetensors-dense.js'

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
