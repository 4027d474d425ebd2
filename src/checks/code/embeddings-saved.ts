// code-embeddings-saved: save_embedding_layers=True, or lm_head/embed_tokens in target_modules, puts
// the whole embedding matrix in the adapter (peft#2092). Confirmed with peft 0.21 on a tiny Llama:
// 2,576 bytes for q/v LoRA; 133,872 with save_embedding_layers=True; ~74,600 targeting embed_tokens
// or lm_head (each saves <module>.base_layer.weight, 65,536 bytes of embedding).
import { at, where, type CodeContext, type CodeSite } from './context.js'
import { BOFT_CONFIGS, LORA_CONFIGS, configClass } from './values.js'

export const RULE_ID = 'code-embeddings-saved'

const EMBEDDING_MODULES = new Set(['lm_head', 'embed_tokens'])
const CONFIGS = new Set([...LORA_CONFIGS, ...BOFT_CONFIGS, 'LoHaConfig', 'LoKrConfig', 'IA3Config', 'OFTConfig', 'VeraConfig', 'FourierFTConfig'])

export function embeddingsSaved(ctx: CodeContext): CodeSite[] {
  const { mod } = ctx
  const out: CodeSite[] = []
  for (const call of mod.calls) {
    const args = mod.args(call)
    const sel = args.keywords.get('save_embedding_layers')
    const name = mod.calleeName(call) ?? ''
    if (sel && name.includes('.') && mod.boolValue(sel.value) === true) {
      const pos = at(ctx, sel.node)
      out.push({
        ruleId: RULE_ID,
        line: pos.line,
        column: pos.column,
        message: `save_embedding_layers=True${where(ctx, call)} writes the full input and output embedding matrices into the adapter, making it as large as the embeddings (a tiny Llama's adapter grew from 2.6 KB to 134 KB; gigabytes for a real vocabulary).`,
        fix: 'Leave save_embedding_layers at its default unless you added tokens and resized the embeddings; then consider `trainable_token_indices` to save only the new rows.'
      })
      continue
    }
    const cls = configClass(mod, call, CONFIGS)
    if (!cls) continue
    const targets = args.keywords.get('target_modules')
    const items = targets && (mod.listItems(targets.value) ?? [targets.value])
    for (const item of items ?? []) {
      const value = mod.stringValue(item)
      if (value === undefined || !EMBEDDING_MODULES.has(value)) continue
      const pos = at(ctx, item)
      out.push({
        ruleId: RULE_ID,
        line: pos.line,
        column: pos.column,
        message: `"${value}" in ${cls} target_modules${where(ctx, call)}: PEFT then also saves the base ${value} weight (save_embedding_layers="auto"), so the adapter is as large as the embedding matrix (peft#2092).`,
        fix: `Drop "${value}" from target_modules unless the embeddings must change, or save with \`save_embedding_layers=False\` when the vocabulary did not change.`
      })
    }
  }
  return out
}
