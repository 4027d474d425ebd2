// PEP 3154 frames: an opcode that straddles a frame, or a frame opening inside another, is where
// CPython's C unpickler (before 3.13.15 / 3.14.7) and a linear reader disagree (gh-154848).
import { describe, expect, it } from 'vitest'
import { scanPickles } from '../src/formats/pickle/index.js'
import { pickleFindings } from '../src/checks/pickle-imports.js'

const enc = (s: string) => Buffer.from(s, 'latin1')
const u64 = (n: number) => {
  const b = Buffer.alloc(8)
  b.writeBigUInt64LE(BigInt(n))
  return b
}
const u32 = (n: number) => {
  const b = Buffer.alloc(4)
  b.writeUInt32LE(n)
  return b
}

describe('frame boundaries', () => {
  it('the gh-154848 shape (BINBYTES declared past its frame) is reported, and the scan goes on', () => {
    const hidden = Buffer.concat([enc('cbuiltins\nprint\nVHello\n\x85R'), enc('(')])
    const p = Buffer.concat([
      enc('\x80\x05N'),
      enc('\x95'), u64(2), // FRAME of 2 bytes
      enc('B'), u32(hidden.length + 10), // BINBYTES: its length and data run past the frame
      Buffer.alloc(10), hidden,
      enc('0.') // POP, STOP
    ])
    const run = scanPickles(new Uint8Array(p))
    expect(run.problems.map(x => x.code)).toContain('frame-straddle')
    const f = pickleFindings('x.pkl', run)
    expect(f.map(x => x.ruleId)).toContain('pickle-malformed')
    expect(f.find(x => x.ruleId === 'pickle-malformed')?.message).toMatch(/gh-154848/)
  })

  it('a frame opening inside another is reported', () => {
    const p = Buffer.concat([enc('\x80\x04'), enc('\x95'), u64(20), enc('N'), enc('\x95'), u64(2), enc('0N.'), Buffer.alloc(10)])
    expect(scanPickles(new Uint8Array(p)).problems.map(x => x.code)).toContain('frame-overlap')
  })

  it('well-framed pickles, as CPython writes them, are clean', () => {
    // pickle.dumps({"a": b"x" * 5}, protocol=4): one frame holding the whole body.
    const body = Buffer.concat([enc('}\x94\x8c\x01a\x94C\x05xxxxx\x94s.')])
    const p = Buffer.concat([enc('\x80\x04\x95'), u64(body.length), body])
    const run = scanPickles(new Uint8Array(p))
    expect(run.problems).toEqual([])
    expect(run.pickles).toBe(1)
  })
})
