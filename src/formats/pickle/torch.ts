// Recovers state-dict tensors from the calls a torch pickle would make: storages from persistent ids,
// tensors from torch._utils._rebuild_tensor_v2 / _rebuild_tensor / _rebuild_parameter(_with_state).
// Follows torch/serialization.py (`_load` persistent_load, `_legacy_load`) and torch/_utils.py.
import type { TensorInfo } from '../../types.js'
import { CallResult, GlobalRef, isTuple } from './values.js'

/** torch.XStorage class name -> safetensors dtype name and bytes per element. */
export const STORAGE_DTYPES: Readonly<Record<string, { dtype: string; itemsize: number }>> = {
  FloatStorage: { dtype: 'F32', itemsize: 4 },
  DoubleStorage: { dtype: 'F64', itemsize: 8 },
  HalfStorage: { dtype: 'F16', itemsize: 2 },
  BFloat16Storage: { dtype: 'BF16', itemsize: 2 },
  LongStorage: { dtype: 'I64', itemsize: 8 },
  IntStorage: { dtype: 'I32', itemsize: 4 },
  ShortStorage: { dtype: 'I16', itemsize: 2 },
  CharStorage: { dtype: 'I8', itemsize: 1 },
  ByteStorage: { dtype: 'U8', itemsize: 1 },
  BoolStorage: { dtype: 'BOOL', itemsize: 1 },
  ComplexFloatStorage: { dtype: 'C64', itemsize: 8 },
  // No safetensors names exist for these; they keep torch's spelling.
  ComplexDoubleStorage: { dtype: 'C128', itemsize: 16 },
  QUInt8Storage: { dtype: 'QUINT8', itemsize: 1 },
  QInt8Storage: { dtype: 'QINT8', itemsize: 1 },
  QInt32Storage: { dtype: 'QINT32', itemsize: 4 },
  QUInt4x2Storage: { dtype: 'QUINT4X2', itemsize: 1 },
  QUInt2x4Storage: { dtype: 'QUINT2X4', itemsize: 1 },
  UntypedStorage: { dtype: 'U8', itemsize: 1 }
}

/** A storage as torch's persistent_load would return it (data stays in `data/<key>` or after the legacy pickles). */
export class StorageRef {
  constructor(
    readonly storageType: string,
    readonly dtype: string,
    readonly itemsize: number,
    /** zip: `data/<key>` member; legacy: the root key. */
    readonly key: string,
    /** Elements of the whole (root) storage. */
    readonly numel: number,
    readonly location: string,
    /** Legacy view_metadata offset in elements; 0 otherwise. */
    readonly viewOffset: number
  ) {}
}

/** A tensor as `_rebuild_tensor_v2(storage, storage_offset, size, stride, ...)` would build it. */
export class TensorRef {
  constructor(
    readonly dtype: string,
    readonly shape: number[],
    readonly stride: number[],
    readonly storage: { key: string; offset: number; numel: number; itemsize: number }
  ) {}
}

function toInt(v: unknown): number | undefined {
  if (typeof v === 'number' && Number.isSafeInteger(v)) return v
  if (typeof v === 'bigint' && v >= BigInt(Number.MIN_SAFE_INTEGER) && v <= BigInt(Number.MAX_SAFE_INTEGER)) {
    return Number(v)
  }
  if (typeof v === 'boolean') return v ? 1 : 0
  return undefined
}

function toIntList(v: unknown): number[] | undefined {
  if (!Array.isArray(v)) return undefined
  const out: number[] = []
  for (const x of v) {
    const n = toInt(x)
    if (n === undefined || n < 0) return undefined
    out.push(n)
  }
  return out
}

/**
 * torch's persistent_load: zip `('storage', StorageClass, key, location, numel)`,
 * legacy `('storage', StorageClass, root_key, location, numel, view_metadata)`.
 * Returns undefined for any other persistent id.
 */
export function persistentLoad(pid: unknown): StorageRef | undefined {
  if (!Array.isArray(pid) || pid.length < 5 || pid[0] !== 'storage') return undefined
  const cls = pid[1]
  if (!(cls instanceof GlobalRef) || cls.module !== 'torch') return undefined
  const info = STORAGE_DTYPES[cls.name]
  const key = pid[2]
  const location = pid[3]
  const numel = toInt(pid[4])
  if (!info || (typeof key !== 'string' && typeof key !== 'number') || numel === undefined || numel < 0) return undefined
  let viewOffset = 0
  if (pid.length >= 6 && Array.isArray(pid[5])) {
    // Legacy view_metadata = (view_key, offset, view_size), offset in elements (torch _legacy_load).
    viewOffset = toInt(pid[5][1]) ?? 0
  }
  return new StorageRef(cls.name, info.dtype, info.itemsize, String(key), numel, String(location), viewOffset)
}

const REBUILD_TENSOR = new Set(['_rebuild_tensor_v2', '_rebuild_tensor'])
const REBUILD_PARAMETER = new Set(['_rebuild_parameter', '_rebuild_parameter_with_state'])

/** The tensor a torch rebuild call would produce, or undefined when the call is not one or its arguments do not fit. */
export function rebuildTensor(callee: GlobalRef, args: unknown): TensorRef | undefined {
  if (!Array.isArray(args)) return undefined
  if (callee.module === 'torch._utils' && REBUILD_TENSOR.has(callee.name)) {
    const [storage, offsetArg, sizeArg, strideArg] = args
    if (!(storage instanceof StorageRef)) return undefined
    const offset = toInt(offsetArg)
    const shape = toIntList(sizeArg)
    const stride = toIntList(strideArg)
    if (offset === undefined || offset < 0 || !shape || !stride || stride.length !== shape.length) return undefined
    return new TensorRef(storage.dtype, shape, stride, {
      key: storage.key,
      offset: offset + storage.viewOffset,
      numel: storage.numel,
      itemsize: storage.itemsize
    })
  }
  if (callee.module === 'torch._utils' && REBUILD_PARAMETER.has(callee.name)) {
    return args[0] instanceof TensorRef ? args[0] : undefined
  }
  if (callee.module === 'torch._tensor' && callee.name === '_rebuild_from_type_v2') {
    // _rebuild_from_type_v2(func, new_type, args, state) returns func(*args): follow it only for a rebuild func.
    const [func, , inner] = args
    if (func instanceof GlobalRef && func.module === 'torch._utils') return rebuildTensor(func, inner)
    if (func instanceof CallResult) return undefined
  }
  return undefined
}

/** Dict/list nesting followed when naming tensors; real state dicts nest a handful of levels. */
export const MAX_NAME_DEPTH = 100

type Frame = { value: unknown; name: string; depth: number } | { exit: object; before: number }

/**
 * Names like torch's own state_dict keys: the dict key, nested dicts and lists joined with '.'.
 * Iterative (a hostile pickle can nest a million lists) and linear on shared references: a
 * container found to hold no tensor is never walked again.
 */
export function collectTensors(values: unknown[], maxVisits: number): { tensors: TensorInfo[]; truncated: boolean } {
  const tensors: TensorInfo[] = []
  const noTensor = new WeakSet<object>()
  let visits = 0
  const work: Frame[] = values.map(v => ({ value: v, name: '', depth: 0 })).reverse()
  while (work.length > 0) {
    const f = work.pop()!
    if ('exit' in f) {
      if (tensors.length === f.before) noTensor.add(f.exit)
      continue
    }
    if (++visits > maxVisits) return { tensors, truncated: true }
    const v = f.value
    if (v instanceof TensorRef) {
      tensors.push({
        name: f.name === '' ? '(top-level)' : f.name,
        dtype: v.dtype,
        shape: [...v.shape],
        stride: [...v.stride],
        storage: { ...v.storage }
      })
      continue
    }
    const isMap = v instanceof Map
    if ((!isMap && !Array.isArray(v)) || f.depth >= MAX_NAME_DEPTH || noTensor.has(v as object)) continue
    work.push({ exit: v as object, before: tensors.length })
    const entries = isMap ? [...(v as Map<unknown, unknown>).entries()] : [...(v as unknown[]).entries()]
    for (let i = entries.length - 1; i >= 0; i--) {
      const [k, child] = entries[i]!
      if (!(child instanceof TensorRef) && !(child instanceof Map) && !Array.isArray(child)) continue
      const key = typeof k === 'string' || typeof k === 'number' || typeof k === 'bigint' || typeof k === 'boolean' ? String(k) : isTuple(k) ? '(tuple)' : '(key)'
      work.push({ value: child, name: f.name === '' ? key : `${f.name}.${key}`, depth: f.depth + 1 })
    }
  }
  return { tensors, truncated: false }
}
