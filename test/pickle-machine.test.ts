// The static pickle machine on real bytes: every opcode family, CPython's own output for protocols
// 0-5, stacked pickles, junk, truncation, and limits. Nothing here is ever unpickled.
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { scanPickles } from '../src/formats/pickle/index.js'
import { OP, bu, fromHex, glob, int, pk, reducePayload, sbu, u32, u64 } from './pickle-asm.js'

// pickle.dumps(OBJ, protocol=p) from CPython 3.11, where
// OBJ = {'i':1,'neg':-300,'big':2**80,'f':2.5,'s':'héllo ☃','b':b'\x00\xff','l':[True,False,None],
//        't':(1,2,3),'nested':{'k':[[]]},'long':-(2**40)}
const CPYTHON: Record<number, string> = {
  0: '286470300a56690a70310a49310a73566e65670a70320a492d3330300a73566269670a70330a4c313230383932353831393631343632393137343730363137364c0a7356660a70340a46322e350a7356730a70350a5668e96c6c6f205c75323630330a70360a7356620a70370a635f636f646563730a656e636f64650a70380a28565c7530303030ff0a70390a566c6174696e310a7031300a747031310a527031320a73566c0a7031330a286c7031340a4930310a614930300a614e617356740a7031350a2849310a49320a49330a747031360a73566e65737465640a7031370a28647031380a566b0a7031390a286c7032300a286c7032310a617373566c6f6e670a7032320a4c2d313039393531313632373737364c0a732e',
  1: '7d71002858010000006971014b0158030000006e656771024ad4feffff580300000062696771034c313230383932353831393631343632393137343730363137364c0a58010000006671044740040000000000005801000000737105580a00000068c3a96c6c6f20e2988371065801000000627107635f636f646563730a656e636f64650a710828580300000000c3bf710958060000006c6174696e31710a74710b52710c58010000006c710d5d710e284930310a4930300a4e65580100000074710f284b014b024b0374711058060000006e657374656471117d711258010000006b71135d71145d7115617358040000006c6f6e6771164c2d313039393531313632373737364c0a752e',
  2: '80027d71002858010000006971014b0158030000006e656771024ad4feffff580300000062696771038a0b000000000000000000000158010000006671044740040000000000005801000000737105580a00000068c3a96c6c6f20e2988371065801000000627107635f636f646563730a656e636f64650a7108580300000000c3bf710958060000006c6174696e31710a86710b52710c58010000006c710d5d710e2888894e65580100000074710f4b014b024b0387711058060000006e657374656471117d711258010000006b71135d71145d7115617358040000006c6f6e6771168a060000000000ff752e',
  3: '80037d71002858010000006971014b0158030000006e656771024ad4feffff580300000062696771038a0b000000000000000000000158010000006671044740040000000000005801000000737105580a00000068c3a96c6c6f20e2988371065801000000627107430200ff710858010000006c71095d710a2888894e65580100000074710b4b014b024b0387710c58060000006e6573746564710d7d710e58010000006b710f5d71105d7111617358040000006c6f6e6771128a060000000000ff752e',
  4: '8004958b000000000000007d94288c0169944b018c036e6567944ad4feffff8c03626967948a0b00000000000000000000018c0166944740040000000000008c0173948c0a68c3a96c6c6f20e29883948c016294430200ff948c016c945d942888894e658c0174944b014b024b0387948c066e6573746564947d948c016b945d945d9461738c046c6f6e67948a060000000000ff752e',
  5: '8005958b000000000000007d94288c0169944b018c036e6567944ad4feffff8c03626967948a0b00000000000000000000018c0166944740040000000000008c0173948c0a68c3a96c6c6f20e29883948c016294430200ff948c016c945d942888894e658c0174944b014b024b0387948c066e6573746564947d948c016b945d945d9461738c046c6f6e67948a060000000000ff752e'
}

function plain(v: unknown): unknown {
  if (v instanceof Map) return Object.fromEntries([...v].map(([k, x]) => [String(k), plain(x)]))
  if (Array.isArray(v)) return v.map(plain)
  if (v instanceof Uint8Array) return [...v]
  if (typeof v === 'bigint') return `${v}n`
  return v
}

describe('CPython output, protocols 0-5', () => {
  for (const p of [0, 1, 2, 3, 4, 5]) {
    it(`reads protocol ${p} exactly`, () => {
      const run = scanPickles(fromHex(CPYTHON[p]!))
      expect(run.problems).toEqual([])
      expect(run.pickles).toBe(1)
      expect(run.end).toBe(CPYTHON[p]!.length / 2)
      expect(plain(run.values[0])).toEqual({
        i: 1,
        neg: -300,
        big: `${2n ** 80n}n`,
        f: 2.5,
        s: 'héllo ☃',
        b: [0, 255],
        l: [true, false, null],
        t: [1, 2, 3],
        nested: { k: [[]] },
        long: -(2 ** 40)
      })
      // Protocols < 3 pickle bytes as _codecs.encode(str, 'latin1'): allowed, and the only import.
      const imports = run.imports.map(i => `${i.module}.${i.name}:${i.verdict}`)
      expect(imports).toEqual(p < 3 ? ['_codecs.encode:allowed'] : [])
    })
  }

  it('reads sets, frozensets and bytearrays (protocols 4/5)', () => {
    const set = scanPickles(fromHex('80049509000000000000008f94284b014b02902e'))
    expect([...(set.values[0] as Set<number>)]).toEqual([1, 2])
    const fz = scanPickles(fromHex('8004950600000000000000284b0391942e'))
    expect([...(fz.values[0] as Set<number>)]).toEqual([3])
    const ba = scanPickles(fromHex('8005950d000000000000009602000000000000006162942e'))
    expect([...(ba.values[0] as Uint8Array)]).toEqual([0x61, 0x62])
    for (const r of [set, fz, ba]) expect(r.problems).toEqual([])
  })
})

describe('opcode families', () => {
  const value = (...parts: Parameters<typeof pk>): unknown => {
    const run = scanPickles(pk(...parts, OP.STOP))
    expect(run.problems).toEqual([])
    return run.values[0]
  }

  it('integers: INT (with CPython quirks), BININT*, LONG, LONG1, LONG4', () => {
    expect(value(OP.INT, '01\n')).toBe(true)
    expect(value(OP.INT, '00\n')).toBe(false)
    expect(value(OP.INT, '-42\n')).toBe(-42)
    expect(value(OP.INT, '010\n')).toBe(8) // C strtol base 0: octal, as _pickle.c reads it
    expect(value(OP.INT, '0x1f\n')).toBe(31)
    expect(value(OP.INT, '99999999999999999999\n')).toBe(99999999999999999999n)
    expect(value(OP.BININT, u32(0xfffffffe))).toBe(-2)
    expect(value(OP.BININT2, 0x34, 0x12)).toBe(0x1234)
    expect(value(OP.LONG, '123L\n')).toBe(123)
    expect(value(OP.LONG1, 2, 0xff, 0x7f)).toBe(0x7fff)
    expect(value(OP.LONG1, 1, 0xff)).toBe(-1)
    expect(value(OP.LONG1, 0)).toBe(0)
    expect(value(OP.LONG4, u32(1), 0x80)).toBe(-128)
  })

  it('floats: FLOAT text and BINFLOAT big-endian', () => {
    expect(value(OP.FLOAT, '2.5\n')).toBe(2.5)
    expect(value(OP.FLOAT, '-inf\n')).toBe(-Infinity)
    expect(value(OP.FLOAT, '1e3\n')).toBe(1000)
    expect(value(OP.BINFLOAT, [0x40, 0x04, 0, 0, 0, 0, 0, 0])).toBe(2.5)
  })

  it('strings: STRING escapes, BINSTRING, SHORT_BINSTRING, UNICODE escapes, BINUNICODE8', () => {
    expect(value(OP.STRING, "'a\\nb\\x41\\101'\n")).toBe('a\nbAA')
    expect(value(OP.STRING, '"q"\n')).toBe('q')
    expect(value(OP.BINSTRING, u32(3), 'abc')).toBe('abc')
    expect(value(OP.SHORT_BINSTRING, 2, 'hi')).toBe('hi')
    expect(value(OP.UNICODE, 'x\\u2603\n')).toBe('x☃')
    expect(value(OP.BINUNICODE8, u64(2), 'ok')).toBe('ok')
    expect(value(sbu('é'))).toBe('é')
  })

  it('bytes: BINBYTES, SHORT_BINBYTES, BINBYTES8, BYTEARRAY8', () => {
    expect([...(value(OP.BINBYTES, u32(2), [1, 2]) as Uint8Array)]).toEqual([1, 2])
    expect([...(value(OP.SHORT_BINBYTES, 1, [9]) as Uint8Array)]).toEqual([9])
    expect([...(value(OP.BINBYTES8, u64(1), [7]) as Uint8Array)]).toEqual([7])
    expect([...(value(OP.BYTEARRAY8, u64(1), [5], OP.READONLY_BUFFER) as Uint8Array)]).toEqual([5])
  })

  it('containers: LIST/APPEND(S), TUPLE*, DICT/SETITEM(S), sets, POP, POP_MARK, DUP', () => {
    expect(plain(value(OP.MARK, int(1), int(2), OP.LIST, int(3), OP.APPEND, OP.MARK, int(4), OP.APPENDS))).toEqual([1, 2, 3, 4])
    expect(plain(value(OP.EMPTY_TUPLE))).toEqual([])
    expect(plain(value(int(1), OP.TUPLE1))).toEqual([1])
    expect(plain(value(int(1), int(2), int(3), OP.TUPLE3))).toEqual([1, 2, 3])
    expect(plain(value(OP.MARK, sbu('a'), int(1), OP.DICT, sbu('b'), int(2), OP.SETITEM))).toEqual({ a: 1, b: 2 })
    expect(plain(value(OP.EMPTY_DICT, OP.MARK, sbu('x'), OP.NONE, OP.SETITEMS))).toEqual({ x: null })
    expect([...(value(OP.EMPTY_SET, OP.MARK, int(1), int(1), int(2), OP.ADDITEMS) as Set<number>)]).toEqual([1, 2])
    expect(value(int(1), int(2), OP.POP)).toBe(1)
    expect(value(int(7), OP.MARK, int(1), int(2), OP.POP_MARK)).toBe(7)
    // POP with nothing above a MARK drops the mark (Lib/pickle.py load_pop).
    expect(value(int(7), OP.MARK, OP.POP)).toBe(7)
    const dup = value(OP.EMPTY_LIST, OP.DUP, OP.TUPLE2) as unknown[][]
    expect(dup[0]).toBe(dup[1])
  })

  it('memo: PUT/GET text, BINPUT/BINGET, LONG_BINPUT/LONG_BINGET, MEMOIZE', () => {
    expect(plain(value(sbu('a'), OP.PUT, '5\n', OP.POP, OP.GET, '5\n', OP.TUPLE1))).toEqual(['a'])
    expect(plain(value(sbu('b'), OP.BINPUT, 3, OP.POP, OP.BINGET, 3))).toBe('b')
    expect(plain(value(sbu('c'), OP.LONG_BINPUT, u32(70000), OP.POP, OP.LONG_BINGET, u32(70000)))).toBe('c')
    expect(plain(value(sbu('d'), OP.MEMOIZE, sbu('e'), OP.MEMOIZE, OP.POP, OP.POP, OP.BINGET, 1))).toBe('e')
  })

  it('FRAME and PROTO are accepted; PROTO 6 is reported', () => {
    expect(value(OP.PROTO, 4, OP.FRAME, u64(2), int(1))).toBe(1)
    const run = scanPickles(pk(OP.PROTO, 6, OP.NONE, OP.STOP))
    expect(run.problems.map(p => p.code)).toEqual(['bad-proto'])
  })

  it('persistent ids: PERSID text and BINPERSID are opaque unless a torch storage', () => {
    const run = scanPickles(pk(OP.PERSID, 'abc\n', OP.STOP))
    expect(run.problems).toEqual([])
    expect((run.values[0] as { pid: unknown }).pid).toBe('abc')
  })

  it('calls are recorded, never made: REDUCE, NEWOBJ, NEWOBJ_EX, OBJ, INST, BUILD', () => {
    const run = scanPickles(
      pk(
        OP.PROTO, 4,
        OP.MARK,
        glob('mod', 'A'), OP.EMPTY_TUPLE, OP.REDUCE,
        glob('mod', 'B'), OP.EMPTY_TUPLE, OP.NEWOBJ,
        glob('mod', 'C'), OP.EMPTY_TUPLE, OP.EMPTY_DICT, OP.NEWOBJ_EX, OP.EMPTY_DICT, OP.BUILD,
        OP.MARK, glob('mod', 'D'), int(1), OP.OBJ,
        OP.MARK, int(2), OP.INST, 'mod\nE\n',
        OP.LIST, OP.STOP
      )
    )
    expect(run.problems).toEqual([])
    expect(run.imports.map(i => `${i.opcode} ${i.module}.${i.name} ${i.verdict}`)).toEqual([
      'GLOBAL mod.A unknown',
      'GLOBAL mod.B unknown',
      'GLOBAL mod.C unknown',
      'GLOBAL mod.D unknown',
      'INST mod.E unknown'
    ])
    const list = run.values[0] as Array<{ opcode: string }>
    expect(list.map(x => x.opcode)).toEqual(['REDUCE', 'NEWOBJ', 'NEWOBJ_EX', 'OBJ', 'INST'])
  })

  it('collections.OrderedDict() becomes a Map that SETITEMS fills', () => {
    const run = scanPickles(pk(OP.PROTO, 2, glob('collections', 'OrderedDict'), OP.EMPTY_TUPLE, OP.REDUCE, OP.MARK, bu('k'), int(1), OP.SETITEMS, OP.STOP))
    expect(run.values[0]).toEqual(new Map([['k', 1]]))
    expect(run.imports[0]!.verdict).toBe('allowed')
  })
})

describe('streams: several pickles, junk, truncation', () => {
  it('parses stacked pickles until EOF and reports offsets', () => {
    const a = pk(OP.PROTO, 2, int(1), OP.STOP)
    const b = pk(OP.PROTO, 2, int(2), OP.STOP)
    const run = scanPickles(pk(a, b))
    expect(run.pickles).toBe(2)
    expect(run.values).toEqual([1, 2])
    expect(run.end).toBe(a.length + b.length)
    expect(run.problems).toEqual([])
  })

  it('maxPickles stops after that many STOPs and start skips a prefix', () => {
    const data = pk('XXXX', OP.PROTO, 2, int(1), OP.STOP, int(2), OP.STOP, 0xff, 0xfe)
    const run = scanPickles(data, { start: 4, maxPickles: 1 })
    expect(run.pickles).toBe(1)
    expect(run.end).toBe(9)
    expect(run.problems).toEqual([])
    const second = scanPickles(data, { start: run.end, maxPickles: 1 })
    expect(second.values).toEqual([2])
  })

  it('junk after STOP is a problem and the payload before it is kept', () => {
    const data = pk(reducePayload(), 'trailing garbage after STOP')
    const run = scanPickles(data)
    expect(run.pickles).toBe(1)
    expect(run.imports.map(i => `${i.module}.${i.name}`)).toEqual(['os.system'])
    expect(run.problems.map(p => p.code)).toEqual(['junk-after-stop'])
    expect(run.end).toBe(reducePayload().length)
  })

  it('missing STOP and an invalid opcode after the payload keep the payload', () => {
    const missing = scanPickles(reducePayload().subarray(0, -1))
    expect(missing.problems.map(p => p.code)).toEqual(['missing-stop'])
    expect(missing.imports[0]!.verdict).toBe('code-execution')
    const junk = scanPickles(pk(reducePayload().subarray(0, -1), 0xff, 0xfe))
    expect(junk.problems.map(p => p.code)).toEqual(['unknown-opcode'])
    expect(junk.problems[0]!.offset).toBe(reducePayload().length - 1)
    expect(junk.imports[0]!.name).toBe('system')
  })

  it('truncated operands of every length-prefixed kind are problems', () => {
    const cases: Array<Parameters<typeof pk>> = [
      [OP.BININT, 1, 2],
      [OP.BINUNICODE, u32(100), 'ab'],
      [OP.BINBYTES8, u64(2 ** 40), 'x'],
      [OP.SHORT_BINBYTES, 5, 'ab'],
      [OP.GLOBAL, 'os\nsys'],
      [OP.INT, '12'],
      [OP.LONG1, 4, 1],
      [OP.FRAME, 1, 2]
    ]
    for (const c of cases) {
      const run = scanPickles(pk(OP.PROTO, 4, ...c))
      expect(run.problems.length, String(c)).toBeGreaterThan(0)
      expect(run.problems.some(p => p.code === 'truncated')).toBe(true)
    }
  })

  it('bad text arguments and negative counts are problems', () => {
    for (const c of [[OP.INT, 'zz\n'], [OP.FLOAT, 'x\n'], [OP.STRING, 'noquote\n'], [OP.BINSTRING, u32(0xffffffff)], [OP.PUT, '-1\n'], [OP.LONG4, u32(0xffffffff)]] as Array<Parameters<typeof pk>>) {
      const run = scanPickles(pk(...c, OP.STOP))
      expect(run.problems.map(p => p.code), String(c)).toContain('bad-argument')
    }
  })

  it('stack underflow, missing MARK and a missing memo key are problems; the scan goes on', () => {
    const run = scanPickles(pk(OP.PROTO, 2, OP.REDUCE, OP.TUPLE, OP.BINGET, 9, glob('os', 'system'), OP.POP, OP.POP, OP.STOP))
    expect(run.problems.map(p => p.code)).toEqual(['stack-underflow', 'stack-underflow', 'no-mark', 'memo-missing'])
    expect(run.imports.map(i => i.name)).toEqual(['system'])
    expect(run.pickles).toBe(1)
  })

  it('empty input and out-of-band buffers are problems', () => {
    expect(scanPickles(new Uint8Array()).problems.map(p => p.code)).toEqual(['empty'])
    expect(scanPickles(pk(OP.PROTO, 5, OP.NEXT_BUFFER, OP.STOP)).problems.map(p => p.code)).toEqual(['out-of-band-buffer'])
  })
})

describe('limits', () => {
  it('a GET/APPENDS expansion bomb finishes quickly with a limit problem', () => {
    // Each round appends 1000 references to the previous list into a new one: 1000^1500 leaves if
    // copied; the fan-out limit (1,000,000 GETs) stops it after about 1000 rounds.
    const bomb: number[] = [OP.PROTO, 4, OP.EMPTY_LIST, OP.BINPUT, 0]
    for (let r = 0; r < 1500; r++) {
      bomb.push(OP.EMPTY_LIST, OP.MARK)
      for (let i = 0; i < 1000; i++) bomb.push(OP.BINGET, 0)
      bomb.push(OP.APPENDS, OP.BINPUT, 0, OP.POP)
    }
    // Speed is the bench's business (npm run bench); here: it stops at the limit instead of expanding.
    const run = scanPickles(pk(bomb, OP.BINGET, 0, OP.STOP))
    expect(run.problems.map(p => p.code)).toEqual(['limit'])
    expect(run.problems[0]!.message).toMatch(/GET\/DUP/)
  })

  it('a DUP bomb stops at the fan-out limit too', () => {
    const data = new Uint8Array(1_100_003)
    data[0] = OP.EMPTY_LIST
    data.fill(OP.DUP, 1, 1_100_001)
    const run = scanPickles(data, { limits: { maxStack: 2_000_000 } })
    expect(run.problems.map(p => p.code)).toEqual(['limit'])
  })

  it('a shared-reference bomb under the limits stays cheap (no deep copies)', () => {
    // l0 = []; l(i+1) = [l(i)] * 10 via DUP: 30 levels describe 10^30 leaves in 30*12 opcodes.
    const parts: Array<number | number[]> = [OP.PROTO, 4, OP.EMPTY_LIST]
    for (let i = 0; i < 30; i++) parts.push(OP.BINPUT, 0, OP.POP, OP.EMPTY_LIST, OP.MARK, ...Array(10).fill([OP.BINGET, 0]).flat(), OP.APPENDS)
    const run = scanPickles(pk(...parts, OP.STOP))
    expect(run.problems).toEqual([])
    expect(run.tensors).toEqual([])
  })

  it('a million nested lists neither overflow the call stack nor lose the imports', () => {
    const head = pk(OP.PROTO, 4, glob('os', 'system'), OP.POP, OP.EMPTY_LIST)
    const round = [OP.BINPUT, 0, OP.POP, OP.EMPTY_LIST, OP.BINGET, 0, OP.APPEND]
    const n = 1_000_000
    const data = new Uint8Array(head.length + n * round.length + 1)
    data.set(head, 0)
    for (let i = 0; i < n; i++) data.set(round, head.length + i * round.length)
    data[data.length - 1] = OP.STOP
    const run = scanPickles(data)
    expect(run.problems).toEqual([])
    expect(run.imports.map(i => i.name)).toEqual(['system'])
  })

  it('opcode, memo, stack, depth and GET limits each stop the scan with a limit problem', () => {
    const many = (n: number, ...unit: number[]): number[] => Array(n).fill(unit).flat()
    const cases: Array<[Parameters<typeof scanPickles>[1], Uint8Array]> = [
      [{ limits: { maxOpcodes: 100 } }, pk(...many(200, OP.NONE, OP.POP), OP.NONE, OP.STOP)],
      [{ limits: { maxMemo: 10 } }, pk(OP.NONE, ...many(20, OP.MEMOIZE), OP.STOP)],
      [{ limits: { maxStack: 10 } }, pk(...many(20, OP.NONE), OP.STOP)],
      [{ limits: { maxDepth: 10 } }, pk(...many(20, OP.MARK), OP.NONE, OP.STOP)],
      [{ limits: { maxGets: 10 } }, pk(OP.NONE, OP.BINPUT, 0, ...many(20, OP.BINGET, 0, OP.POP), OP.STOP)],
      [{ limits: { maxItems: 10 } }, pk(OP.EMPTY_LIST, OP.MARK, ...many(20, OP.NONE), OP.APPENDS, OP.STOP)]
    ]
    for (const [opts, data] of cases) {
      const run = scanPickles(data, opts)
      expect(run.problems.map(p => p.code), JSON.stringify(opts)).toEqual(['limit'])
    }
  })

  it('ten million opcodes run within the default limits in reasonable time', () => {
    const n = 2_000_000
    const data = new Uint8Array(n * 2 + 2)
    for (let i = 0; i < n; i++) {
      data[2 * i] = OP.NONE
      data[2 * i + 1] = OP.POP
    }
    data[2 * n] = OP.NONE
    data[2 * n + 1] = OP.STOP
    const run = scanPickles(data)
    expect(run.problems).toEqual([])
  })
})

describe('robustness', () => {
  it('never throws on random bytes, and always returns well-formed results', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), bytes => {
        const run = scanPickles(bytes)
        expect(run.end).toBeGreaterThanOrEqual(0)
        expect(run.end).toBeLessThanOrEqual(bytes.length)
        for (const p of run.problems) expect(typeof p.message).toBe('string')
      }),
      { numRuns: 3000 }
    )
  })

  it('never throws on mutated real pickles', () => {
    const base = fromHex(CPYTHON[2]!)
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(base.length - 1), fc.integer({ min: 0, max: 255 })), { maxLength: 6 }), edits => {
        const b = Uint8Array.from(base)
        for (const [i, v] of edits) b[i] = v
        const run = scanPickles(b)
        expect(Array.isArray(run.imports)).toBe(true)
      }),
      { numRuns: 3000 }
    )
  })
})
