// Tensor layout arithmetic shared by the pickle verdict, the deep scan and convert: element counts,
// row-major ('C' order, what safetensors stores and `.contiguous()` makes) strides, the bytes a view
// spans in its storage and which views share bytes. Facts only; checks/tensor-layout.ts judges them.
import type { TensorInfo } from '../types.js'

export function numel(shape: number[]): number {
  return shape.reduce((a, b) => a * b, 1)
}

/** Strides of a contiguous tensor of this shape, in elements. */
export function rowMajorStride(shape: number[]): number[] {
  const out = new Array<number>(shape.length)
  let s = 1
  for (let i = shape.length - 1; i >= 0; i--) {
    out[i] = s
    s *= shape[i]
  }
  return out
}

/** Whether `stride` is row-major for `shape`; dims of size 1 and empty tensors do not count (torch's `is_contiguous`). */
export function isRowMajor(shape: number[], stride: number[] | undefined): boolean {
  if (!stride || stride.length !== shape.length || numel(shape) === 0) return true
  let expected = 1
  for (let i = shape.length - 1; i >= 0; i--) {
    if (shape[i] !== 1 && stride[i] !== expected) return false
    expected *= shape[i]
  }
  return true
}

interface Span {
  name: string
  start: number
  end: number
  tensor: TensorInfo
}

/** Row-major (C order) check like torch's is_contiguous: size-1 dims are ignored, empty tensors are contiguous. */
export function isContiguous(t: TensorInfo): boolean {
  return isRowMajor(t.shape, t.stride)
}

/** Byte interval the tensor touches in its storage: [off*isz, (off + 1 + Σ(size_i-1)*stride_i)*isz); empty -> none. */
export function byteSpan(t: TensorInfo): [number, number] | undefined {
  const s = t.storage
  if (!s || numel(t.shape) === 0) return undefined
  const stride = t.stride && t.stride.length === t.shape.length ? t.stride : rowMajorStride(t.shape)
  let last = s.offset
  for (let i = 0; i < t.shape.length; i++) last += (t.shape[i]! - 1) * stride[i]!
  return [s.offset * s.itemsize, (last + 1) * s.itemsize]
}

/** safetensors' _is_complete: starts at the storage start and covers all of it (and is contiguous, so it can stand for the storage). */
export function isComplete(t: TensorInfo): boolean {
  return !!t.storage && t.storage.offset === 0 && numel(t.shape) === t.storage.numel && isContiguous(t)
}

/** Groups of tensor names whose byte ranges overlap inside one storage. */
export function sharedGroups(tensors: TensorInfo[]): TensorInfo[][] {
  const byStorage = new Map<string, Span[]>()
  for (const t of tensors) {
    const span = byteSpan(t)
    if (!span || !t.storage) continue
    const list = byStorage.get(t.storage.key) ?? []
    list.push({ name: t.name, start: span[0], end: span[1], tensor: t })
    byStorage.set(t.storage.key, list)
  }
  const groups: TensorInfo[][] = []
  for (const spans of byStorage.values()) {
    if (spans.length < 2) continue
    spans.sort((a, b) => a.start - b.start || a.end - b.end)
    let current: Span[] = [spans[0]!]
    let reach = spans[0]!.end
    for (const s of spans.slice(1)) {
      if (s.start < reach) {
        current.push(s)
        reach = Math.max(reach, s.end)
      } else {
        if (current.length > 1) groups.push(current.map(c => c.tensor))
        current = [s]
        reach = s.end
      }
    }
    if (current.length > 1) groups.push(current.map(c => c.tensor))
  }
  return groups
}
