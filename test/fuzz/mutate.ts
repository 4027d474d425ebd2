// Byte-level mutations of valid seeds (AFL-style havoc: flips, interesting values, inserts, deletes,
// truncation, splices), expressed as fast-check arbitraries so failures shrink to a few mutations.
import fc from 'fast-check'

/** Values that sit on the edges readers get wrong: sign bits, all-ones, powers of two. */
const INTERESTING_8 = [0x00, 0x01, 0x7f, 0x80, 0xff, 0x20, 0x22, 0x7b, 0x2e]
const INTERESTING_32 = [0, 1, 0x7f, 0xff, 0xffff, 0x10000, 0x7fffffff, 0x80000000, 0xffffffff, 0xfffffffe]
/** Mutations per input: a few keep the input close enough to the seed to pass early checks. */
const MAX_MUTATIONS = 8
/** Positions are drawn in [0, POS_SCALE) and scaled to the input length, so one mutation fits any seed. */
const POS_SCALE = 1 << 16
/** Longest run inserted or deleted at once. */
const MAX_SPAN = 64

export type Mutation =
  | { kind: 'flip'; at: number; bit: number }
  | { kind: 'byte'; at: number; value: number }
  | { kind: 'word'; at: number; value: number; width: 2 | 4 | 8 }
  | { kind: 'insert'; at: number; bytes: Uint8Array }
  | { kind: 'delete'; at: number; len: number }
  | { kind: 'repeat'; at: number; len: number; times: number }
  | { kind: 'truncate'; at: number }
  | { kind: 'splice'; at: number; other: number; from: number; len: number }

const pos = fc.nat(POS_SCALE - 1)

export const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('flip' as const), at: pos, bit: fc.nat(7) }),
  fc.record({ kind: fc.constant('byte' as const), at: pos, value: fc.oneof(fc.constantFrom(...INTERESTING_8), fc.nat(255)) }),
  fc.record({ kind: fc.constant('word' as const), at: pos, value: fc.oneof(fc.constantFrom(...INTERESTING_32), fc.nat(0xffffffff)), width: fc.constantFrom(2 as const, 4 as const, 8 as const) }),
  fc.record({ kind: fc.constant('insert' as const), at: pos, bytes: fc.uint8Array({ minLength: 1, maxLength: MAX_SPAN }) }),
  fc.record({ kind: fc.constant('delete' as const), at: pos, len: fc.integer({ min: 1, max: MAX_SPAN }) }),
  fc.record({ kind: fc.constant('repeat' as const), at: pos, len: fc.integer({ min: 1, max: 16 }), times: fc.integer({ min: 2, max: 64 }) }),
  fc.record({ kind: fc.constant('truncate' as const), at: pos }),
  fc.record({ kind: fc.constant('splice' as const), at: pos, other: fc.nat(), from: pos, len: fc.integer({ min: 1, max: 4 * MAX_SPAN }) })
)

function scale(at: number, length: number): number {
  return length === 0 ? 0 : Math.floor((at / POS_SCALE) * length)
}

/** Applies mutations in order; `seeds` feed splices. Never returns an input longer than a few KiB over the seed. */
export function applyMutations(seed: Uint8Array, muts: readonly Mutation[], seeds: readonly Uint8Array[]): Uint8Array {
  let b: Uint8Array = Uint8Array.from(seed)
  for (const m of muts) {
    const at = scale(m.at, b.length)
    switch (m.kind) {
      case 'flip':
        if (b.length > 0) b[at] ^= 1 << m.bit
        break
      case 'byte':
        if (b.length > 0) b[at] = m.value
        break
      case 'word': {
        if (at + m.width > b.length) break
        const v = BigInt(m.value) * (m.width === 8 ? 0x1_0000_0001n : 1n)
        for (let i = 0; i < m.width; i++) b[at + i] = Number((v >> BigInt(8 * i)) & 0xffn)
        break
      }
      case 'insert':
        b = concat(b.subarray(0, at), m.bytes, b.subarray(at))
        break
      case 'delete':
        b = concat(b.subarray(0, at), b.subarray(Math.min(b.length, at + m.len)))
        break
      case 'repeat': {
        const chunk = b.subarray(at, Math.min(b.length, at + m.len))
        b = concat(b.subarray(0, at), ...Array.from({ length: m.times }, () => chunk), b.subarray(at))
        break
      }
      case 'truncate':
        b = b.subarray(0, at)
        break
      case 'splice': {
        const other = seeds.length > 0 ? seeds[m.other % seeds.length] : b
        const from = scale(m.from, other.length)
        b = concat(b.subarray(0, at), other.subarray(from, from + m.len), b.subarray(at))
        break
      }
    }
  }
  return b
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0))
  let o = 0
  for (const p of parts) {
    out.set(p, o)
    o += p.length
  }
  return out
}

/** A valid seed with up to MAX_MUTATIONS mutations (zero included: the seed itself must pass too). */
export function mutatedArb(seeds: readonly Uint8Array[]): fc.Arbitrary<Uint8Array> {
  if (seeds.length === 0) return fc.uint8Array({ maxLength: 1024 })
  return fc
    .tuple(fc.nat(seeds.length - 1), fc.array(mutationArb, { maxLength: MAX_MUTATIONS }))
    .map(([i, muts]) => applyMutations(seeds[i], muts, seeds))
}
