// A minimal zip writer for seeds, limit tests and the benchmark: stored or deflated members, zip64
// records when an offset or size passes 4 GiB, and members whose bytes are a hole (sparse files).
// Layout from PKWARE APPNOTE.TXT 4.3.7 (local header), 4.3.12 (central header), 4.3.14-16 (zip64, EOCD).
import { deflateRawSync } from 'node:zlib'
import { crc32 } from '../../src/formats/zip.js'

export interface ZipMemberSpec {
  name: string
  /** Member bytes; omit and give `size` for a member of zeros that is never materialised. */
  data?: Uint8Array
  size?: number
  /** Deflate the data (ignored for hole members). */
  deflate?: boolean
  /** Override the sizes written in the headers (zip bombs lie about them). */
  declaredSize?: number
  /** Local-header extra bytes (torch pads data to 64 bytes with an `FB` field). */
  localExtra?: Uint8Array
}

/** One positioned write: the layout is a list of these plus the total size (holes in between). */
export interface ZipPiece {
  offset: number
  bytes: Uint8Array
}

export interface ZipLayout {
  pieces: ZipPiece[]
  size: number
}

const U32_MAX = 0xffffffff
/** CRC-32 of zeros is written as 0 for hole members: readers check CRCs only on small members. */
const HOLE_CRC = 0

class Bytes {
  private readonly parts: number[] = []
  u16(v: number): this {
    this.parts.push(v & 0xff, (v >>> 8) & 0xff)
    return this
  }
  u32(v: number): this {
    this.parts.push(v & 0xff, (v >>> 8) & 0xff, (v >>> 16) & 0xff, (v >>> 24) & 0xff)
    return this
  }
  u64(v: number): this {
    return this.u32(v % 0x1_0000_0000).u32(Math.floor(v / 0x1_0000_0000))
  }
  raw(b: Uint8Array): this {
    for (const x of b) this.parts.push(x)
    return this
  }
  get length(): number {
    return this.parts.length
  }
  done(): Uint8Array {
    return Uint8Array.from(this.parts)
  }
}

/** Lays out a zip: local headers and data, central directory, zip64 records when needed, EOCD. */
export function zipLayout(members: ZipMemberSpec[]): ZipLayout {
  const pieces: ZipPiece[] = []
  const central = new Bytes()
  let offset = 0
  let zip64 = false
  for (const m of members) {
    const name = new TextEncoder().encode(m.name)
    const raw = m.data ?? new Uint8Array(0)
    const hole = m.data === undefined
    const deflated = !hole && m.deflate === true
    const stored = deflated ? deflateRawSync(raw) : raw
    const realSize = hole ? (m.size ?? 0) : raw.length
    const size = m.declaredSize ?? realSize
    const csize = hole ? realSize : deflated ? stored.length : (m.declaredSize ?? stored.length)
    const crc = hole ? HOLE_CRC : crc32(raw)
    const big = size >= U32_MAX || csize >= U32_MAX || offset >= U32_MAX
    zip64 ||= big
    const localExtra = m.localExtra ?? new Uint8Array(0)
    const local = new Bytes()
      .u32(0x04034b50).u16(big ? 45 : 20).u16(0x0800).u16(deflated ? 8 : 0).u16(0).u16(0x21)
      .u32(crc).u32(big ? U32_MAX : csize).u32(big ? U32_MAX : size).u16(name.length).u16(localExtra.length)
      .raw(name).raw(localExtra)
    pieces.push({ offset, bytes: local.done() })
    const dataStart = offset + local.length
    if (!hole) pieces.push({ offset: dataStart, bytes: stored })
    const extra = big ? new Bytes().u16(0x0001).u16(24).u64(size).u64(csize).u64(offset).done() : new Uint8Array(0)
    central
      .u32(0x02014b50).u16(big ? 45 : 20).u16(big ? 45 : 20).u16(0x0800).u16(deflated ? 8 : 0).u16(0).u16(0x21)
      .u32(crc).u32(big ? U32_MAX : csize).u32(big ? U32_MAX : size).u16(name.length).u16(extra.length).u16(0)
      .u16(0).u16(0).u32(0).u32(big ? U32_MAX : offset).raw(name).raw(extra)
    offset = dataStart + csize
  }
  const cdOffset = offset
  const cd = central.done()
  pieces.push({ offset: cdOffset, bytes: cd })
  offset += cd.length
  const n = members.length
  const tail = new Bytes()
  if (zip64 || cdOffset >= U32_MAX) {
    const rec = offset
    tail.u32(0x06064b50).u64(44).u16(45).u16(45).u32(0).u32(0).u64(n).u64(n).u64(cd.length).u64(cdOffset)
    tail.u32(0x07064b50).u32(0).u64(rec).u32(1)
    tail.u32(0x06054b50).u16(0).u16(0).u16(0xffff).u16(0xffff).u32(U32_MAX).u32(U32_MAX).u16(0)
  } else {
    tail.u32(0x06054b50).u16(0).u16(0).u16(n).u16(n).u32(cd.length).u32(cdOffset).u16(0)
  }
  pieces.push({ offset, bytes: tail.done() })
  return { pieces, size: offset + tail.length }
}

/** The whole zip in memory (hole members become zeros, so keep them small here). */
export function zipBytes(members: ZipMemberSpec[]): Uint8Array {
  const { pieces, size } = zipLayout(members)
  const out = new Uint8Array(size)
  for (const p of pieces) out.set(p.bytes, p.offset)
  return out
}
