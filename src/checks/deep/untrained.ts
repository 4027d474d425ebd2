// `peft-untrained-adapter`: LoRA initialises lora_B (and lora_embedding_B) to zeros so the adapter
// starts as a no-op (peft `tuners/lora/layer.py` reset_lora_parameters); AdaLoRA zeros lora_E
// instead (peft `tuners/adalora/layer.py` reset_lora_parameters). If every one is still all zeros,
// the saved adapter changes nothing.
import type { Finding } from '../../types.js'
import { finding } from '../rules.js'
import { parseAdapterKey } from '../adapter/keys.js'
import type { TensorStats } from './tensor-stats.js'

export function untrainedFindings(path: string, stats: Map<string, TensorStats>, peftType: string | undefined): Finding[] {
  const keys = [...stats.keys()].map(parseAdapterKey).filter(k => k.kind === 'lora' && k.leaf !== 'bias')
  const adalora = peftType === 'ADALORA' || (peftType === undefined && keys.some(k => k.part === 'lora_E'))
  const zeroInit = keys.filter(k => (adalora ? k.part === 'lora_E' : k.part === 'lora_B' || k.part === 'lora_embedding_B'))
  if (zeroInit.length === 0) return []
  if (zeroInit.some(k => (stats.get(k.key)?.nonzero ?? 1) > 0)) return []
  const what = adalora ? 'lora_E (AdaLoRA\'s singular values)' : 'lora_B'
  return [
    finding('peft-untrained-adapter', {
      path,
      message: `Every ${what} tensor (${zeroInit.length} of them) is all zeros, exactly as PEFT initialises them: this adapter adds nothing to the base model. It was saved before training, or from a different model than the one trained.`,
      tensors: zeroInit.slice(0, 20).map(k => k.key)
    })
  ]
}
