// A minimal ustar writer for seeds and limit tests (POSIX pax(1) "ustar Interchange Format").
import { TAR_BLOCK } from '../../src/formats/tar.js'

export interface TarMemberSpec {
  name: string
  data?: Uint8Array
  /** Type flag: `0` file (default), `5` directory, `x` pax header, `L` GNU long name. */
  type?: string
}

function octal(v: number, width: number): string {
  return v.toString(8).padStart(width - 1, '0') + '\0'
}

export function tarHeader(name: string, size: number, type = '0'): Uint8Array {
  const h = new Uint8Array(TAR_BLOCK)
  const put = (s: string, at: number): void => {
    for (let i = 0; i < s.length; i++) h[at + i] = s.charCodeAt(i) & 0xff
  }
  put(name.slice(0, 100), 0)
  put(octal(0o644, 8), 100)
  put(octal(0, 8), 108)
  put(octal(0, 8), 116)
  put(octal(size, 12), 124)
  put(octal(0, 12), 136)
  put('        ', 148)
  put(type, 156)
  put('ustar\x0000', 257)
  let sum = 0
  for (const b of h) sum += b
  put(octal(sum, 7) + ' ', 148)
  return h
}

/** A tar with the given members and the two zero blocks that end it. */
export function tarBytes(members: TarMemberSpec[]): Uint8Array {
  const blocks: Uint8Array[] = []
  for (const m of members) {
    const data = m.data ?? new Uint8Array(0)
    blocks.push(tarHeader(m.name, data.length, m.type ?? '0'))
    const padded = new Uint8Array(Math.ceil(data.length / TAR_BLOCK) * TAR_BLOCK)
    padded.set(data)
    blocks.push(padded)
  }
  blocks.push(new Uint8Array(2 * TAR_BLOCK))
  const out = new Uint8Array(blocks.reduce((n, b) => n + b.length, 0))
  let o = 0
  for (const b of blocks) {
    out.set(b, o)
    o += b.length
  }
  return out
}
