// A tiny ustar writer for tests (POSIX header layout written out by hand, independent of src/formats/tar.ts),
// with knobs to break it: wrong checksums, base-256 sizes, declared sizes longer than the data.

export interface TarMemberSpec {
  name: string
  data: Uint8Array | string
  /** Type flag (default '0'). */
  type?: string
  /** Add this to the correct checksum (0: valid). */
  checksumDelta?: number
  /** Size written in the header (default: the data length). */
  declaredSize?: number
  /** Write the size in GNU base-256 form. */
  base256?: boolean
}

const enc = new TextEncoder()

function octal(v: number, width: number): Uint8Array {
  return enc.encode(v.toString(8).padStart(width - 1, '0') + '\0')
}

export function tarHeader(m: TarMemberSpec, size: number): Uint8Array {
  const h = new Uint8Array(512)
  h.set(enc.encode(m.name).subarray(0, 100), 0)
  h.set(octal(0o644, 8), 100)
  h.set(octal(0, 8), 108)
  h.set(octal(0, 8), 116)
  const declared = m.declaredSize ?? size
  if (m.base256) {
    h[124] = 0x80
    let v = declared
    for (let i = 11; i >= 1; i--) {
      h[124 + i] = v % 256
      v = Math.floor(v / 256)
    }
  } else {
    h.set(octal(declared, 12), 124)
  }
  h.set(octal(0, 12), 136)
  h[156] = (m.type ?? '0').charCodeAt(0)
  h.set(enc.encode('ustar\u000000'), 257)
  h.fill(0x20, 148, 156)
  let sum = 0
  for (const b of h) sum += b
  h.set(octal(sum + (m.checksumDelta ?? 0), 7), 148)
  h[155] = 0x20
  return h
}

/** Members, each padded to 512 bytes, then two zero blocks (unless `noEnd`). */
export function buildTar(members: TarMemberSpec[], opts: { noEnd?: boolean } = {}): Uint8Array {
  const parts: Uint8Array[] = []
  for (const m of members) {
    const data = typeof m.data === 'string' ? enc.encode(m.data) : m.data
    parts.push(tarHeader(m, data.length), data, new Uint8Array((512 - (data.length % 512)) % 512))
  }
  if (!opts.noEnd) parts.push(new Uint8Array(1024))
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0))
  let o = 0
  for (const p of parts) {
    out.set(p, o)
    o += p.length
  }
  return out
}
