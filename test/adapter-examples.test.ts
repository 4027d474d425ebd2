// examples/broken/<rule-id>/ (scripts/make-examples.mjs): each directory shows its rule and no other
// adapter rule, so the `npm start` demo stays readable.
import { existsSync, readdirSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { scan } from '../src/engine/scan.js'
import { ADAPTER_RULES } from './helpers/adapter-dir.js'

const ROOT = 'examples/broken'
const dirs = existsSync(ROOT) ? readdirSync(ROOT).sort() : []

describe.skipIf(dirs.length === 0)('examples/broken (absent: run node scripts/make-examples.mjs)', () => {
  it('has one directory per adapter rule', () => {
    expect(dirs).toEqual([...ADAPTER_RULES].sort())
  })

  it.each(dirs)('%s shows exactly its own rule in a deep scan', async dir => {
    const { report } = await scan({ root: `${ROOT}/${dir}`, deep: true })
    const rules = new Set(report.findings.filter(f => ADAPTER_RULES.includes(f.ruleId)).map(f => f.ruleId))
    expect([...rules]).toEqual([dir])
  })
})
