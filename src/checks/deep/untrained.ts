// `peft-untrained-adapter`: LoRA initialises lora_B (and lora_embedding_B) to zeros so the adapter
// starts as a no-op (peft `tuners/lora/layer.py` reset_lora_parameters); AdaLoRA zeros lora_E
// instead (peft `tuners/adalora/layer.py` reset_lora_parameters). If every one is still all zeros,
// the saved adapter changes nothing.
import type { Finding } from '../../types.js'
import { finding } from '../rules.js'
import { parseAdapterKey } from '../adapter/keys.js'
import { TUNER_BY_TYPE } from '../adapter/tuners.js'
import type { TensorStats } from './tensor-stats.js'

export function untrainedFindings(path: string, stats: Map<string, TensorStats>, peftType: string | undefined): Finding[] {
  const keys = [...stats.keys()].map(parseAdapterKey).filter(k => (k.kind === 'lora' || k.kind === 'tuner') && k.leaf !== 'bias')
  const type = peftType ?? (keys.some(k => k.part === 'lora_E') ? 'ADALORA' : 'LORA')
  // Each tuner's own zero init, per parameter (tuners.ts): LoRA zeroes lora_B but lora_embedding_A
  // for embeddings (lora/layer.py reset_lora_parameters), AdaLoRA lora_E, LoHa hada_w2_b, adaption prompt its gates.
  const zeroParams = TUNER_BY_TYPE.get(type)?.zeroInit ?? []
  const zeroInit = keys.filter(k => k.param !== undefined && zeroParams.includes(k.param))
  if (zeroInit.length === 0) return []
  if (zeroInit.some(k => (stats.get(k.key)?.nonzero ?? 1) > 0)) return []
  const names = [...new Set(zeroInit.map(k => k.param as string))]
  const what = type === 'ADALORA' ? "lora_E (AdaLoRA's singular values)" : names.join('/')
  return [
    finding('peft-untrained-adapter', {
      path,
      message: `Every ${what} tensor (${zeroInit.length} of them) is all zeros, exactly as PEFT initialises them for ${type}: this adapter adds nothing to the base model. It was saved before training, or from a different model than the one trained.`,
      tensors: zeroInit.slice(0, 20).map(k => k.key)
    })
  ]
}
