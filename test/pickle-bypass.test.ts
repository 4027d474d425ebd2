// Issue #10 item 1: a huge number literal must not stop the reader before a dangerous import, and
// when the machine cannot read a stream to the end, the stackless sweep still lists its imports.
// The byte layouts were checked with CPython 3.11's pickletools.genops (FLOAT 10^7 digits, POP,
// GLOBAL os system, ... REDUCE, STOP reads to the end; pickle.loads runs os.system).
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { scan } from '../src/engine/scan.js'
import { scanPickles, sweepImports } from '../src/formats/pickle/index.js'
import { pickleFindings } from '../src/checks/pickle-imports.js'
import { parseFloatText, parseIntOpcode, parseLongOpcode } from '../src/formats/pickle/numbers.js'
import { OP, bu, glob, pk, sbu, u32 } from './pickle-asm.js'

const TEN_MB = 10 * 1024 * 1024
const digits = (n: number): string => '1'.repeat(n)
/** `<number opcode line> POP; GLOBAL os system; MARK; STRING 'true'; TUPLE; REDUCE; STOP` (protocol 0). */
const afterLiteral = (literal: string): Uint8Array => Uint8Array.from(Buffer.from(`${literal}\n0cos\nsystem\n(S'true'\ntR.`, 'latin1'))

let root: string
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'ag-bypass-'))
})
afterAll(() => rmSync(root, { recursive: true, force: true }))

async function gate(name: string, bytes: Uint8Array, limits = {}) {
  const dir = mkdtempSync(join(root, 'd'))
  writeFileSync(join(dir, name), bytes)
  const { report } = await scan({ root: dir, failOn: 'critical', limits })
  return report
}

describe('huge number literals before an import (issue #10 item 1)', () => {
  const cases: Array<[string, string]> = [
    ['FLOAT', `F${digits(TEN_MB)}`],
    ['FLOAT with exponent and underscores', `F1_${digits(TEN_MB)}.5e+1_0`],
    ['LONG', `L${digits(TEN_MB)}L`],
    ['INT', `I${digits(TEN_MB)}`],
    ['INT with underscores', `I1_${digits(TEN_MB)}`]
  ]
  for (const [what, literal] of cases) {
    it(`a 10 MB ${what} literal: os.system is still found and the critical gate fails`, async () => {
      const run = scanPickles(afterLiteral(literal))
      expect(run.imports.map(i => `${i.module}.${i.name}`)).toEqual(['os.system'])
      expect(run.problems).toEqual([])
      const report = await gate('evil.pkl', afterLiteral(literal))
      expect(report.findings.map(f => [f.ruleId, f.severity])).toContainEqual(['pickle-code-execution', 'critical'])
      expect(report.summary.failed).toBe(true)
    })
  }

  it('a 2 MB LONG4 before the import is read past (no limit stop)', () => {
    const n = 2 * 1024 * 1024
    const bytes = pk(OP.PROTO, 2, OP.LONG4, u32(n), new Uint8Array(n).fill(0x7f), OP.POP, glob('os', 'system'), bu('true'), OP.TUPLE1, OP.REDUCE, OP.STOP)
    const run = scanPickles(bytes)
    expect(run.imports.map(i => `${i.module}.${i.name}`)).toEqual(['os.system'])
    expect(run.problems).toEqual([])
  })

  it('number parsers are linear and exact on ordinary input', () => {
    expect(parseFloatText(digits(TEN_MB))).toBe(Infinity)
    expect(parseFloatText(' -1_0.2_5e1 ')).toBe(-102.5)
    expect(parseFloatText('.5')).toBe(0.5)
    expect(parseFloatText('1.')).toBe(1)
    expect(parseFloatText('inf')).toBe(Infinity)
    expect(parseFloatText('-Infinity')).toBe(-Infinity)
    expect(parseFloatText('nan')).toBeNaN()
    for (const bad of ['', '.', 'e5', '1e', '1__0', '_1', '1_', '1.2.3', '0x10', 'infinit']) expect(parseFloatText(bad), bad).toBeUndefined()
    expect(parseIntOpcode('010')?.value).toBe(8n) // strtol base 0: octal
    expect(parseIntOpcode('0x_1f')?.value).toBe(31n) // int(s, 0) fallback
    expect(parseIntOpcode('1_000')?.value).toBe(1000n)
    expect(parseIntOpcode('08')).toBeUndefined()
    expect(parseLongOpcode('-12L')?.value).toBe(-12n)
    expect(parseLongOpcode('0o17')?.value).toBe(15n)
    expect(parseLongOpcode(digits(TEN_MB))).toEqual({ value: undefined, digits: TEN_MB })
  })
})

describe('the stackless sweep when the machine stops (issue #10 item 1)', () => {
  it('a malformed opcode before the import: the import is still found, and an unknown one is critical', () => {
    // BINSTRING with a negative count stops the machine (CPython raises too); the sweep stops there
    // as well. A stack underflow at STOP does not stop either, but a bad FLOAT does stop the machine:
    // imports after it are swept.
    const bytes = Uint8Array.from(Buffer.from(`Fnot-a-number\n0cos\nsystem\n0cmypkg\nhelper\n.`, 'latin1'))
    const run = scanPickles(bytes)
    expect(run.problems.map(p => p.code)).toContain('bad-argument')
    expect(run.imports.map(i => [`${i.module}.${i.name}`, i.verdict])).toEqual([
      ['os.system', 'code-execution'],
      ['mypkg.helper', 'unknown']
    ])
    const fs = pickleFindings('x.pkl', run)
    expect(fs.find(f => f.ruleId === 'pickle-unknown-global')?.severity).toBe('critical')
    expect(fs.find(f => f.ruleId === 'pickle-code-execution')?.severity).toBe('critical')
  })

  it('an unknown global in a readable pickle stays an error (no escalation without a read failure)', () => {
    const run = scanPickles(pk(OP.PROTO, 2, glob('mypkg', 'helper'), OP.STOP))
    expect(pickleFindings('x.pkl', run).map(f => [f.ruleId, f.severity])).toEqual([['pickle-unknown-global', 'error']])
  })

  it('STACK_GLOBAL operands come from the string pushes and memo before it; unseen operands fail closed', () => {
    const named = pk(sbu('os'), OP.MEMOIZE, sbu('system'), OP.MEMOIZE, OP.STACK_GLOBAL, OP.BINGET, 0, OP.BINGET, 1, OP.STACK_GLOBAL, OP.STOP)
    expect(sweepImports(named, 0).imports.map(i => [i.module, i.name, i.resolved])).toEqual([
      ['os', 'system', true],
      ['os', 'system', true]
    ])
    const hidden = pk(sbu('os'), sbu('sys'), OP.POP, OP.EMPTY_LIST, OP.STACK_GLOBAL, OP.STOP)
    expect(sweepImports(hidden, 0).imports.map(i => i.resolved)).toEqual([false])
  })

  it('a pickle larger than maxPickleBytes: an import after the limit is swept from the file', async () => {
    const report = await gate('model.pkl', afterLiteral(`F${digits(3 * 1024 * 1024)}`), { maxPickleBytes: 1024 * 1024 })
    const f = report.findings.find(x => x.ruleId === 'pickle-code-execution')
    expect(f?.severity).toBe('critical')
    expect(f?.message).toContain('os.system')
    expect(report.summary.failed).toBe(true)
  })
})
