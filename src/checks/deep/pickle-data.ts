// Tensor bytes inside a torch zip checkpoint (`adapter_model.bin` from torch.save): each storage is
// the STORED member `<archive>/data/<key>` (torch `serialization.py` _save, PyTorchFileWriter), and a
// contiguous tensor is the element window [offset, offset + numel) of its storage.
import type { ByteSource, TensorInfo } from '../../types.js'
import { openZipMember, readZipDirectory, type ZipEntry } from '../../formats/zip.js'

/** Members listed when looking for storages (a state dict has one per tensor). */
export const MAX_STORAGE_MEMBERS = 65_536

/** Row-major strides of `shape`, as torch gives a contiguous tensor. */
function contiguousStride(shape: number[]): number[] {
  const s = new Array<number>(shape.length)
  let acc = 1
  for (let i = shape.length - 1; i >= 0; i--) {
    s[i] = acc
    acc *= shape[i]
  }
  return s
}

export interface StorageReader {
  /** A contiguous tensor's bytes as a source window; undefined for views the reader cannot map. */
  tensorSource(t: TensorInfo): Promise<{ src: ByteSource; start: number; length: number } | undefined>
}

/** Indexes the storages of a torch zip checkpoint; members that are not STORED are not read. */
export async function openStorages(src: ByteSource): Promise<StorageReader> {
  const dir = await readZipDirectory(src, MAX_STORAGE_MEMBERS)
  const byKey = new Map<string, ZipEntry>()
  for (const e of dir.entries) {
    const m = /\/data\/([^/]+)$/.exec(e.name)
    if (m) byKey.set(m[1], e)
  }
  const budget = { maxMemberBytes: 0, reserveUnpacked: () => false }
  return {
    async tensorSource(t) {
      const st = t.storage
      if (!st) return undefined
      const entry = byKey.get(st.key)
      if (!entry) return undefined
      const stride = t.stride ?? contiguousStride(t.shape)
      const want = contiguousStride(t.shape)
      if (stride.some((s, i) => t.shape[i] > 1 && s !== want[i])) return undefined
      const numel = t.shape.reduce((a, b) => a * b, 1)
      const opened = await openZipMember(src, entry, budget)
      if (Array.isArray(opened)) return undefined
      const start = st.offset * st.itemsize
      const length = numel * st.itemsize
      if (start + length > opened.source.size) return undefined
      return { src: opened.source, start, length }
    }
  }
}
