// Real adapters written by other people (../shared/corpus, used in place): no false error, and every
// adapter-rule finding is one the file justifies.
import { beforeAll, describe, expect, it } from 'vitest'
import type { Finding } from '../src/types.js'
import { scan } from '../src/engine/scan.js'
import { ADAPTER_RULES } from './helpers/adapter-dir.js'

import { CORPUS, HAS_CORPUS as present } from './helpers/corpus.js'

describe.skipIf(!present)('real adapters in ../shared/corpus (skipped: the corpus is absent on this machine)', () => {
  let shallow: Finding[]
  let deep: Finding[]
  beforeAll(async () => {
    shallow = (await scan({ root: CORPUS })).report.findings
    deep = (await scan({ root: CORPUS, deep: true })).report.findings
  })

  it('raises no error from the adapter rules, shallow or deep', () => {
    for (const list of [shallow, deep]) {
      expect(list.filter(f => ADAPTER_RULES.includes(f.ruleId) && (f.severity === 'error' || f.severity === 'critical'))).toEqual([])
    }
  })

  it('notes only the two gpt2 pickles whose config omits the SEQ_CLS head they saved (PEFT adds it by task_type)', () => {
    const mine = deep.filter(f => ADAPTER_RULES.includes(f.ruleId))
    expect(mine.map(f => `${f.ruleId} ${f.severity} ${f.path}`)).toEqual([
      'peft-config-mismatch note TheSotti__Lightweight-Fine-Tuning-to-FM/gpt-lora/adapter_model.bin',
      'peft-config-mismatch note hitoshikumagai__Apply-Lightweight-Fine-Tuning-to-a-Foundation-Model/gpt-lora/adapter_model.bin'
    ])
    for (const f of mine) {
      expect(f.tensors).toEqual(['score'])
      expect(f.message).toContain('task_type SEQ_CLS')
    }
  })

  it('accepts AdaLoRA weights saved at init_r=12 while r says 32, 16 or 8', () => {
    const ada = deep.filter(f => f.path.includes('_adalora_best/') && ADAPTER_RULES.includes(f.ruleId))
    expect(ada).toEqual([])
  })

  it('accepts prompt tuning without demanding lora_ keys', () => {
    expect(deep.filter(f => f.path.startsWith('grasool__Prompt-Tuning/') && ADAPTER_RULES.includes(f.ruleId))).toEqual([])
  })

  it('leaves the LFS-pointer adapter to the lfs-pointer rule', () => {
    const josasa = deep.filter(f => f.path.startsWith('JOSASA__gpt2/'))
    expect(josasa.every(f => f.ruleId === 'lfs-pointer')).toBe(true)
  })
})
