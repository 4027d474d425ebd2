// Tensor layout arithmetic shared by the pickle verdict, the deep scan and convert: element counts
// and row-major ('C' order, what safetensors stores and `.contiguous()` makes) strides.

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
