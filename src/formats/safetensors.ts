// safetensors reader, as strict as the reference crate (`safetensors/src/tensor.rs`:
// `SafeTensors::read_metadata` + `Metadata::validate`), reading only the first 8 + N bytes.
// One precise error per rule, named after the crate's `SafeTensorError` variants, in the crate's order.
import type { ByteSource, TensorInfo } from '../types.js'
import { dtypeInfo } from './dtype.js'
import { DENSE_HEADER_BYTES, readDenseHeader } from './safetensors-dense.js'
import { JsonFloat, isJsonObject, parseJson, type JsonValue } from './json.js'
import type { SafetensorsErrorCode, SafetensorsHeader, SafetensorsRead } from './safetensors-types.js'

/** `MAX_HEADER_SIZE` in the crate: a larger N is `HeaderTooLarge`. */
export const MAX_HEADER_SIZE = 100_000_000

/** usize on the 64-bit platforms the reference runs on. */
const USIZE_MAX = (1n << 64n) - 1n

export type { SafetensorsErrorCode, SafetensorsError, SafetensorsHeader, SafetensorsRead } from './safetensors-types.js'

function fail(code: SafetensorsErrorCode, message: string, tensor?: string): SafetensorsRead {
  return { ok: false, error: tensor === undefined ? { code, message } : { code, message, tensor } }
}

/** A JSON integer that fits usize, as serde would accept it; otherwise undefined. */
function asUsize(v: JsonValue | undefined): bigint | undefined {
  if (typeof v === 'number') return Number.isInteger(v) && v >= 0 ? BigInt(v) : undefined
  if (typeof v === 'bigint') return v >= 0n && v <= USIZE_MAX ? v : undefined
  return undefined
}

function describe(v: JsonValue | undefined): string {
  if (v === undefined) return 'missing'
  if (v === null) return 'null'
  if (v instanceof JsonFloat) return `the floating-point number ${v.value}`
  if (Array.isArray(v)) return 'an array'
  if (typeof v === 'object') return 'an object'
  if (typeof v === 'string') return `the string ${JSON.stringify(v.length > 40 ? v.slice(0, 40) + '…' : v)}`
  return `${typeof v === 'bigint' ? 'the integer' : typeof v} ${String(v)}`
}

/**
 * Reads and validates the header of a safetensors file. Never reads the tensor data.
 * `exactOnly` skips the plain-number fast path (for the differential test that holds it to the exact one).
 */
export async function readSafetensors(src: ByteSource, options: { exactOnly?: boolean } = {}): Promise<SafetensorsRead> {
  const size = src.size
  if (size < 8) return fail('HeaderTooSmall', `header too small: the file is ${size} bytes, fewer than the 8 bytes of the header length`)
  const prefix = await src.read(0, 8)
  const n = new DataView(prefix.buffer, prefix.byteOffset, 8).getBigUint64(0, true)
  if (n > BigInt(MAX_HEADER_SIZE)) {
    return fail('HeaderTooLarge', `header too large: the first 8 bytes declare a ${n}-byte header, over the reference limit of ${MAX_HEADER_SIZE} bytes`)
  }
  const headerLength = Number(n)
  if (8 + headerLength > size) {
    return fail('InvalidHeaderLength', `invalid header length: the header is declared as ${headerLength} bytes but only ${size - 8} bytes follow the length prefix`)
  }
  // Large headers are streamed into compact columns instead of a JSON tree (issue #10 item 7).
  if (headerLength > DENSE_HEADER_BYTES) return readDenseHeader(src, headerLength, size)
  const raw = await src.read(8, headerLength)
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(raw)
  } catch {
    return fail('InvalidHeader', 'invalid UTF-8 in header: the header bytes are not valid UTF-8')
  }
  const parsed = parseJson(text, { markFloats: true, keys: false })
  if (parsed.error !== undefined) return fail('InvalidHeaderDeserialization', `invalid JSON in header: ${parsed.error}`)
  const root = parsed.value
  if (!isJsonObject(root)) {
    return fail('InvalidHeaderDeserialization', `invalid JSON in header: expected a JSON object, found ${describe(root)}`)
  }
  // Duplicates: serde keeps the last silently; we refuse, since loaders may disagree on which one wins.
  const topDuplicates = parsed.duplicates.filter(d => !d.path.includes('.') && !d.path.includes('['))
  if (topDuplicates.length > 0) {
    const name = topDuplicates[0].path
    return fail(
      'DuplicateTensorName',
      `invalid JSON in header: the tensor name "${name}" appears twice in the header; the reference loader silently keeps the last one, so two loaders can see different tensors`,
      name
    )
  }
  // The usual header in plain numbers; anything unusual, and every error, takes the exact path below.
  const quick = options.exactOnly ? undefined : validateInNumbers(root, headerLength, size)
  if (quick) {
    if (/^[\s]/.test(text)) quick.leadingWhitespace = true
    return { ok: true, header: quick }
  }
  let metadata: Record<string, string> | undefined
  const tensors: TensorInfo[] = []
  const bounds: Array<{ name: string; begin: bigint; end: bigint; nelem: bigint; bits: number; shape: bigint[] }> = []
  for (const [name, value] of Object.entries(root)) {
    if (name === '__metadata__') {
      if (value === null) continue
      if (!isJsonObject(value)) {
        return fail('InvalidHeaderDeserialization', `invalid JSON in header: \`__metadata__\` must be a map of strings to strings, found ${describe(value)}`)
      }
      metadata = {}
      for (const [k, v] of Object.entries(value)) {
        if (typeof v !== 'string') {
          return fail('InvalidHeaderDeserialization', `invalid JSON in header: \`__metadata__\` value for "${k}" must be a string, found ${describe(v)}`)
        }
        metadata[k] = v
      }
      continue
    }
    if (!isJsonObject(value)) {
      return fail('InvalidHeaderDeserialization', `invalid JSON in header: tensor "${name}" must be an object with dtype, shape and data_offsets, found ${describe(value)}`, name)
    }
    const dtype = value.dtype
    if (typeof dtype !== 'string') {
      return fail('InvalidHeaderDeserialization', `invalid JSON in header: tensor "${name}" has dtype ${describe(dtype)}, expected a dtype name`, name)
    }
    const info = dtypeInfo(dtype)
    if (!info) {
      return fail('InvalidHeaderDeserialization', `invalid JSON in header: tensor "${name}" has unknown dtype "${dtype}" (unknown variant)`, name)
    }
    const shapeV = value.shape
    if (!Array.isArray(shapeV)) {
      return fail('InvalidHeaderDeserialization', `invalid JSON in header: tensor "${name}" has shape ${describe(shapeV)}, expected a list of non-negative integers`, name)
    }
    const shape: bigint[] = []
    for (const d of shapeV) {
      const u = asUsize(d)
      if (u === undefined) {
        return fail('InvalidHeaderDeserialization', `invalid JSON in header: tensor "${name}" has a shape dimension ${describe(d)}, expected a non-negative integer`, name)
      }
      shape.push(u)
    }
    const offV = value.data_offsets
    if (!Array.isArray(offV) || offV.length !== 2) {
      return fail('InvalidHeaderDeserialization', `invalid JSON in header: tensor "${name}" has data_offsets ${Array.isArray(offV) ? `with ${offV.length} entries` : describe(offV)}, expected exactly two integers [begin, end]`, name)
    }
    const begin = asUsize(offV[0])
    const end = asUsize(offV[1])
    if (begin === undefined || end === undefined) {
      return fail('InvalidHeaderDeserialization', `invalid JSON in header: tensor "${name}" has data_offsets [${describe(offV[0])}, ${describe(offV[1])}], expected non-negative integers`, name)
    }
    let nelem = 1n
    let overflow = false
    for (const d of shape) {
      nelem *= d
      if (nelem > USIZE_MAX) overflow = true
    }
    bounds.push({ name, begin, end, nelem: overflow ? -1n : nelem, bits: info.bits, shape })
    tensors.push({
      name,
      dtype,
      shape: shape.map(Number),
      dataOffsets: [Number(begin), Number(end)]
    })
  }
  // Metadata::validate: sort by (begin, end), then walk in order.
  const order = bounds.map((_, i) => i).sort((a, b) => {
    const x = bounds[a]
    const y = bounds[b]
    return x.begin < y.begin ? -1 : x.begin > y.begin ? 1 : x.end < y.end ? -1 : x.end > y.end ? 1 : 0
  })
  let start = 0n
  for (const i of order) {
    const t = bounds[i]
    if (t.begin !== start || t.end < t.begin) {
      const why =
        t.end < t.begin
          ? `its data_offsets end (${t.end}) is before its begin (${t.begin})`
          : start === 0n && t.begin > 0n
            ? `the first tensor must start at offset 0 but it starts at ${t.begin}`
            : t.begin > start
              ? `it starts at ${t.begin} but the previous tensor ended at ${start}: ${t.begin - start} bytes in between are not indexed by any tensor (a hole)`
              : `it starts at ${t.begin}, inside the previous tensor which ends at ${start} (an overlap)`
      return fail('InvalidOffset', `invalid offset for tensor \`${t.name}\`: ${why}`, t.name)
    }
    if (t.nelem < 0n) {
      return fail('ValidationOverflow', `overflow computing buffer size from shape and/or element type: tensor \`${t.name}\` has shape [${t.shape.join(', ')}]`, t.name)
    }
    const nbits = t.nelem * BigInt(t.bits)
    if (nbits > USIZE_MAX) {
      return fail('ValidationOverflow', `overflow computing buffer size from shape and/or element type: tensor \`${t.name}\` has shape [${t.shape.join(', ')}]`, t.name)
    }
    if (nbits % 8n !== 0n) {
      return fail('MisalignedSlice', `tensor \`${t.name}\` of a ${t.bits}-bit dtype with shape [${t.shape.join(', ')}] holds ${nbits} bits, which does not end on a byte boundary (MisalignedSlice)`, t.name)
    }
    if (t.end - t.begin !== nbits / 8n) {
      return fail('TensorInvalidInfo', `invalid shape, data type, or offset for tensor \`${t.name}\`: shape [${t.shape.join(', ')}] needs ${nbits / 8n} bytes but data_offsets [${t.begin}, ${t.end}] span ${t.end - t.begin}`, t.name)
    }
    start = t.end
  }
  const dataStart = 8 + headerLength
  if (start + BigInt(dataStart) !== BigInt(size)) {
    const diff = BigInt(size) - BigInt(dataStart) - start
    const why = diff > 0n ? `${diff} bytes after the last tensor are not indexed by any tensor (a polyglot or appended file)` : `the tensors need ${-diff} bytes more than the file holds (truncated)`
    return fail('MetadataIncompleteBuffer', `incomplete metadata, file not fully covered: ${why}`)
  }
  const sorted = order.map(i => ({ ...tensors[i], dataStart }))
  const header: SafetensorsHeader = {
    headerLength,
    dataStart,
    tensors: sorted,
    leadingWhitespace: /^[\s]/.test(text)
  }
  if (metadata !== undefined) header.metadata = metadata
  return { ok: true, header }
}

/**
 * `Metadata::validate` for the common header, in doubles instead of BigInt (issue #13: BigInt
 * arithmetic per dimension was a visible share of a scan): every shape dimension and offset a safe
 * integer, every product under 2^53, so each value is exact. Returns undefined for anything else
 * (a bigint, a float, an overflow, any error), and readSafetensors then runs the exact BigInt path,
 * which also words the error: this function never decides that a header is invalid.
 */
function validateInNumbers(root: { [key: string]: JsonValue }, headerLength: number, size: number): SafetensorsHeader | undefined {
  let metadata: Record<string, string> | undefined
  const tensors: Array<{ name: string; dtype: string; shape: number[]; dataOffsets: [number, number] }> = []
  for (const name in root) {
    const value = root[name]
    if (name === '__metadata__') {
      if (value === null) continue
      if (!isJsonObject(value)) return undefined
      metadata = {}
      for (const k in value) {
        const v = value[k]
        if (typeof v !== 'string') return undefined
        metadata[k] = v
      }
      continue
    }
    if (!isJsonObject(value)) return undefined
    const dtype = value.dtype
    if (typeof dtype !== 'string') return undefined
    const info = dtypeInfo(dtype)
    if (!info) return undefined
    const shapeV = value.shape
    if (!Array.isArray(shapeV)) return undefined
    const shape: number[] = []
    let nelem = 1
    for (const d of shapeV) {
      if (typeof d !== 'number' || !Number.isSafeInteger(d) || d < 0) return undefined
      nelem *= d
      if (nelem > Number.MAX_SAFE_INTEGER) return undefined
      shape.push(d)
    }
    const offV = value.data_offsets
    if (!Array.isArray(offV) || offV.length !== 2) return undefined
    const begin = offV[0]
    const end = offV[1]
    if (typeof begin !== 'number' || typeof end !== 'number' || !Number.isSafeInteger(begin) || !Number.isSafeInteger(end) || begin < 0 || end < begin) return undefined
    const nbits = nelem * info.bits
    if (nbits > Number.MAX_SAFE_INTEGER || nbits % 8 !== 0 || end - begin !== nbits / 8) return undefined
    tensors.push({ name, dtype, shape, dataOffsets: [begin, end] })
  }
  tensors.sort((a, b) => a.dataOffsets[0] - b.dataOffsets[0] || a.dataOffsets[1] - b.dataOffsets[1])
  let start = 0
  for (const t of tensors) {
    if (t.dataOffsets[0] !== start) return undefined
    start = t.dataOffsets[1]
  }
  const dataStart = 8 + headerLength
  if (start + dataStart !== size) return undefined
  const header: SafetensorsHeader = {
    headerLength,
    dataStart,
    tensors: tensors.map(t => ({ name: t.name, dtype: t.dtype, shape: t.shape, dataOffsets: t.dataOffsets, dataStart })),
    leadingWhitespace: false
  }
  if (metadata !== undefined) header.metadata = metadata
  return header
}
