// Issue #10 item 1: an internal error inside the pickle machine (here forced by making the torch
// tensor rebuild throw) must not hide the imports after it: the stackless sweep still lists them.
import { describe, expect, it, vi } from 'vitest'
import { scanPickles } from '../src/formats/pickle/index.js'
import { pickleFindings } from '../src/checks/pickle-imports.js'
import { OP, bu, glob, int, pk } from './pickle-asm.js'

vi.mock('../src/formats/pickle/torch.js', async importOriginal => {
  const real = await importOriginal<typeof import('../src/formats/pickle/torch.js')>()
  return {
    ...real,
    rebuildTensor: () => {
      throw new RangeError('Maximum call stack size exceeded (forced by the test)')
    }
  }
})

describe('an internal error in the machine', () => {
  it('still yields every import after it, judged, and the file fails a critical gate', () => {
    const bytes = pk(
      OP.PROTO, 2,
      glob('torch._utils', '_rebuild_tensor_v2'), OP.MARK, int(0), OP.TUPLE, OP.REDUCE, OP.POP,
      glob('os', 'system'), bu('true'), OP.TUPLE1, OP.REDUCE, OP.POP,
      glob('mypkg', 'helper'), OP.STOP
    )
    const run = scanPickles(bytes)
    expect(run.problems.map(p => p.code)).toEqual(['internal'])
    expect(run.imports.map(i => [`${i.module}.${i.name}`, i.verdict])).toEqual([
      ['torch._utils._rebuild_tensor_v2', 'allowed'],
      ['os.system', 'code-execution'],
      ['mypkg.helper', 'unknown']
    ])
    const fs = pickleFindings('x.pkl', run)
    expect(fs.filter(f => f.severity === 'critical').map(f => f.ruleId).sort()).toEqual(['pickle-code-execution', 'pickle-unknown-global'])
  })
})
