// Deep-scan statistics for pickle checkpoints on disk (torch zip and legacy): each tensor's elements
// are read from its storage bytes in row-major order through its strides (the same copy `convert`
// makes), so views see exactly their own values. Nothing is unpickled; only storage bytes are read.
import type { ByteSource, FileAnalysis } from '../../types.js'
import { materialize, type StorageBytes } from '../../formats/materialize.js'
import { emptyCounts, hasScanner, scanBits } from './float-bits.js'
import type { TensorStats } from './tensor-stats.js'
import { DeepCutShort } from './tensor-data.js'

type Storages = Record<string, StorageBytes & { method?: number }>

export function storagesOf(a: FileAnalysis): Storages | undefined {
  return (a.facts as { storages?: Storages } | undefined)?.storages
}

export async function pickleTensorStats(src: ByteSource, a: FileAnalysis, deadline = Infinity): Promise<Map<string, TensorStats>> {
  const out = new Map<string, TensorStats>()
  const storages = storagesOf(a)
  if (!storages) return out
  for (const t of a.tensors ?? []) {
    const st = t.storage ? storages[t.storage.key] : undefined
    // Torch never compresses storages; a deflated one is not worth inflating for statistics.
    if (!st || (st.method ?? 0) !== 0 || !hasScanner(t.dtype)) continue
    const stats: TensorStats = { name: t.name, dtype: t.dtype, ...emptyCounts() }
    try {
      await materialize(src, st, t, chunk => {
        if (Date.now() > deadline) throw new DeepCutShort(st.dataOffset, out)
        scanBits(t.dtype, chunk, stats)
      })
      out.set(t.name, stats)
    } catch (e) {
      if (e instanceof DeepCutShort) throw e
      // A view reaching outside its storage is already a finding of the pickle reader.
    }
  }
  return out
}
