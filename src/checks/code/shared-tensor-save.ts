// code-shared-tensor-save: a LoraConfig with bias="all" and modules_to_save reaching transformers'
// `model.add_adapter(...)`. Confirmed with transformers 5.17 + peft 0.21 (test/fixtures/code/premises.json):
// save_pretrained fails with "contained shared tensors" for safe_serialization=True and False, for
// any modules_to_save module that has a bias; get_peft_model with the same config saves fine
// (PEFT clones the alias), as do bias="all" alone, bias="lora_only"/"none" with modules_to_save, and
// bias="all" with task_type=SEQ_CLS but no modules_to_save (add_adapter adds no head wrapper).
import type { SyntaxNode } from '@lezer/common'
import { at, where, type CodeContext, type CodeSite } from './context.js'
import { configClass } from './values.js'

/** Only LoraConfig is confirmed (premises.json); other configs are not reported. */
const CONFIGS = new Set(['LoraConfig'])

export const RULE_ID = 'code-shared-tensor-save'

/** The LoraConfig(...) call an add_adapter argument stands for, through one name binding. */
function loraConfigCall(ctx: CodeContext, arg: SyntaxNode): SyntaxNode | undefined {
  const n = ctx.mod.resolve(arg)
  return n && n.name === 'CallExpression' && configClass(ctx.mod, n, CONFIGS) ? n : undefined
}

export function sharedTensorSave(ctx: CodeContext): CodeSite[] {
  const { mod } = ctx
  const out: CodeSite[] = []
  const seen = new Set<number>()
  for (const call of mod.calls) {
    const callee = call.firstChild
    if (callee?.name !== 'MemberExpression' || mod.src(callee.getChild('PropertyName') ?? callee) !== 'add_adapter') continue
    const args = mod.args(call)
    // PEFT's own PeftModel.add_adapter(adapter_name, peft_config) goes through PEFT's save path: fine.
    if (args.keywords.has('peft_config')) continue
    const arg = args.keywords.get('adapter_config')?.value ?? args.positional[0]?.value
    if (!arg) continue
    const cfg = loraConfigCall(ctx, arg)
    if (!cfg) continue
    const cargs = mod.args(cfg)
    const bias = cargs.keywords.get('bias')
    const mts = cargs.keywords.get('modules_to_save')
    if (!bias || !mts || mod.stringValue(bias.value) !== 'all') continue
    const modules = mod.listItems(mts.value)
    const single = mod.stringValue(mts.value)
    const names = modules ? modules.map(m => mod.stringValue(m)) : single !== undefined ? [single] : undefined
    if (!names || names.length === 0) continue
    if (seen.has(bias.node.from)) continue
    seen.add(bias.node.from)
    const pos = at(ctx, bias.node)
    const addAt = at(ctx, call)
    const shown = names.map(n => (n === undefined ? '…' : `"${n}"`)).join(', ')
    const head = names.find((n): n is string => n !== undefined) ?? '<module>'
    out.push({
      ruleId: RULE_ID,
      line: pos.line,
      column: pos.column,
      message:
        `LoraConfig(bias="all", modules_to_save=[${shown}]) is passed to model.add_adapter(...) on line ${addAt.line}${where(ctx, call)}. ` +
        `With transformers' add_adapter the bias of each modules_to_save module is kept under two names that share one tensor ` +
        `(\`${head}.modules_to_save.bias\` and \`${head}.bias\`), so at the end of training save_pretrained fails with ` +
        `"RuntimeError: The weights trying to be saved contained shared tensors" and no checkpoint is written; ` +
        `on transformers 5, safe_serialization=False fails the same way (peft#1876).`,
      fix: 'Wrap the model with `model = get_peft_model(model, config)` instead of `model.add_adapter(config)` (PEFT clones the shared bias and saves fine), or use `bias="none"` (or `bias="lora_only"` with peft>=0.21.0; older releases drop that bias on save, see code-bias-dropped). Do not switch to `safe_serialization=False`: it fails the same way.'
    })
  }
  return out
}
