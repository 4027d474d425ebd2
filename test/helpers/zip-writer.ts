// A tiny zip writer for tests (PKWARE APPNOTE layout written out by hand, independent of src/formats/zip.ts):
// stored/deflated members, data descriptors, zip64 extra fields and EOCD records, duplicate names,
// arbitrary flags, local names that differ from central names, wrong CRCs and torch's `FB` padding.
import { deflateRawSync } from 'node:zlib'

export interface ZipMemberSpec {
  name: string
  data: Uint8Array | string
  /** 0 stored (default), 8 deflated, anything else is written as given with the raw data. */
  method?: number
  /** General-purpose flags (default 0x0800, UTF-8 names); bit 3 is added when `dataDescriptor`. */
  flags?: number
  /** Name written in the local header (default: the central name). */
  localName?: string
  /** CRC written in the headers (default: the real one). */
  crc?: number
  /** Uncompressed size written in the central directory (default: the real one). */
  declaredSize?: number
  /** Sizes and CRC go in a data descriptor after the data; the local header holds zeros (what torch writes). */
  dataDescriptor?: boolean
  /** Sizes and offset written as 0xFFFFFFFF with a zip64 extra field. */
  zip64?: boolean
  /** Pad the data start to a multiple of this with an `FB` extra field in the local header (torch: 64). */
  align?: number
}

export interface ZipOptions {
  /** Write a zip64 EOCD record and locator (EOCD fields 0xFFFF/0xFFFFFFFF). */
  zip64Eocd?: boolean
  comment?: string
  /** Bytes placed before the first local header. */
  prefix?: Uint8Array
}

const enc = new TextEncoder()

const CRC_TABLE = (() => {
  const t: number[] = []
  for (let n = 0; n < 256; n++) {
    let c = n
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
    t.push(c >>> 0)
  }
  return t
})()

export function testCrc32(b: Uint8Array): number {
  let c = 0xffffffff
  for (const x of b) c = CRC_TABLE[(c ^ x) & 0xff] ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}

class Bytes {
  readonly parts: number[] = []
  u8(v: number): this {
    this.parts.push(v & 0xff)
    return this
  }
  u16(v: number): this {
    return this.u8(v).u8(v >>> 8)
  }
  u32(v: number): this {
    return this.u16(v & 0xffff).u16(Math.floor(v / 0x10000))
  }
  u64(v: number): this {
    return this.u32(v % 0x1_0000_0000).u32(Math.floor(v / 0x1_0000_0000))
  }
  raw(b: Uint8Array | number[]): this {
    for (const x of b) this.parts.push(x)
    return this
  }
  get length(): number {
    return this.parts.length
  }
}

export function buildZip(members: ZipMemberSpec[], opts: ZipOptions = {}): Uint8Array {
  const out = new Bytes()
  if (opts.prefix) out.raw(opts.prefix)
  const central = new Bytes()
  for (const m of members) {
    const data = typeof m.data === 'string' ? enc.encode(m.data) : m.data
    const method = m.method ?? 0
    const packed = method === 8 ? new Uint8Array(deflateRawSync(data)) : data
    const crc = m.crc ?? testCrc32(data)
    const flags = (m.flags ?? 0x0800) | (m.dataDescriptor ? 0x0008 : 0)
    const name = enc.encode(m.name)
    const localName = enc.encode(m.localName ?? m.name)
    const offset = out.length
    const z64 = m.zip64 ?? false
    // Local header
    let localExtra = new Bytes()
    if (z64) localExtra.u16(0x0001).u16(16).u64(data.length).u64(packed.length)
    if (m.align) {
      const base = offset + 30 + localName.length + localExtra.length + 4
      const pad = (m.align - (base % m.align)) % m.align
      localExtra = localExtra.u16(0x4246).u16(pad).raw(new Array(pad).fill(0x5a))
    }
    out.u32(0x04034b50).u16(z64 ? 45 : 20).u16(flags).u16(method).u16(0).u16(0x21)
    if (m.dataDescriptor) out.u32(0).u32(z64 ? 0xffffffff : 0).u32(z64 ? 0xffffffff : 0)
    else out.u32(crc).u32(z64 ? 0xffffffff : packed.length).u32(z64 ? 0xffffffff : data.length)
    out.u16(localName.length).u16(localExtra.length).raw(localName).raw(localExtra.parts).raw(packed)
    if (m.dataDescriptor) {
      out.u32(0x08074b50).u32(crc)
      if (z64) out.u64(packed.length).u64(data.length)
      else out.u32(packed.length).u32(data.length)
    }
    // Central header
    const declared = m.declaredSize ?? data.length
    const cExtra = new Bytes()
    if (z64) cExtra.u16(0x0001).u16(24).u64(declared).u64(packed.length).u64(offset)
    central.u32(0x02014b50).u16(0x031e).u16(z64 ? 45 : 20).u16(flags).u16(method).u16(0).u16(0x21).u32(crc)
    central.u32(z64 ? 0xffffffff : packed.length).u32(z64 ? 0xffffffff : declared)
    central.u16(name.length).u16(cExtra.length).u16(0).u16(0).u16(0).u32(0o644 << 16).u32(z64 ? 0xffffffff : offset)
    central.raw(name).raw(cExtra.parts)
  }
  const cdOffset = out.length
  out.raw(central.parts)
  const comment = enc.encode(opts.comment ?? '')
  if (opts.zip64Eocd) {
    const recPos = out.length
    out.u32(0x06064b50).u64(44).u16(45).u16(45).u32(0).u32(0).u64(members.length).u64(members.length).u64(central.length).u64(cdOffset)
    out.u32(0x07064b50).u32(0).u64(recPos).u32(1)
    out.u32(0x06054b50).u16(0).u16(0).u16(0xffff).u16(0xffff).u32(0xffffffff).u32(0xffffffff).u16(comment.length).raw(comment)
  } else {
    out.u32(0x06054b50).u16(0).u16(0).u16(members.length).u16(members.length).u32(central.length).u32(cdOffset).u16(comment.length).raw(comment)
  }
  return Uint8Array.from(out.parts)
}
