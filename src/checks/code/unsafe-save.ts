// code-unsafe-save: weights written as a pickle. save_pretrained/push_to_hub(safe_serialization=False)
// on a PEFT model writes adapter_model.bin (a torch zip holding data.pkl: confirmed with peft 0.21);
// torch.save(model.state_dict(), "x.pt") writes the same kind of file.
import { at, where, type CodeContext, type CodeSite } from './context.js'
import { TORCH_SAVE_EXTENSIONS, endsWithAny, isStateDict, pathTail } from './values.js'

export const RULE_ID = 'code-unsafe-save'

const SAVE_METHODS = new Set(['save_pretrained', 'push_to_hub'])
const TORCH_SAVE = new Set(['torch.save', 'torch.serialization.save'])

export function unsafeSave(ctx: CodeContext): CodeSite[] {
  const { mod } = ctx
  const out: CodeSite[] = []
  for (const call of mod.calls) {
    const name = mod.calleeName(call)
    if (!name) continue
    const method = name.slice(name.lastIndexOf('.') + 1)
    if (SAVE_METHODS.has(method) && name.includes('.')) {
      const arg = mod.args(call).keywords.get('safe_serialization')
      if (!arg || mod.boolValue(arg.value) !== false) continue
      const pos = at(ctx, arg.node)
      out.push({
        ruleId: RULE_ID,
        line: pos.line,
        column: pos.column,
        message:
          `${method}(..., safe_serialization=False)${where(ctx, call)} writes the weights as a pickle (adapter_model.bin for a PEFT model, pytorch_model.bin for older transformers): ` +
          'whoever loads the file runs whatever it imports, and safetensors-only policies and the Hub flag it.',
        fix: 'Remove `safe_serialization=False`: safetensors is the default. If saving failed with "contained shared tensors", fix that cause (see code-shared-tensor-save) instead of falling back to pickle.'
      })
      continue
    }
    if (!TORCH_SAVE.has(name)) continue
    const args = mod.args(call)
    const obj = args.positional[0]?.value ?? args.keywords.get('obj')?.value
    const file = args.positional[1]?.value ?? args.keywords.get('f')?.value
    if (!obj || !file || !isStateDict(mod, obj)) continue
    const ext = endsWithAny(pathTail(mod, file), TORCH_SAVE_EXTENSIONS)
    if (!ext) continue
    const pos = at(ctx, obj)
    out.push({
      ruleId: RULE_ID,
      line: pos.line,
      column: pos.column,
      message: `torch.save of model weights to a ${ext} file${where(ctx, call)} writes a pickle (a zip holding data.pkl): loading it with torch.load runs whatever it imports unless weights_only=True, and it cannot be memory-mapped or read without Python.`,
      fix: 'Save the state dict with safetensors: `safetensors.torch.save_file(state_dict, "model.safetensors")` (or `save_model(model, ...)` when weights are tied), or `save_pretrained` for a transformers/PEFT model.'
    })
  }
  return out
}
