// code-unsafe-load: loading that unpickles. torch.load(weights_only=False) runs what the pickle names
// (confirmed: a pickle calling os.getpid ran under torch 2.13); without weights_only the default is
// True only from torch 2.6 (torch's own error text says so), so the verdict waits for the torch pin.
// pickle/joblib loads of checkpoint paths, and PeftModel.from_pretrained(use_safetensors=False).
import type { SyntaxNode } from '@lezer/common'
import { at, where, type CodeContext, type CodeSite, type PendingSite } from './context.js'
import { PICKLE_CHECKPOINT_EXTENSIONS, endsWithAny, pathTail } from './values.js'
import { newestBelow, type Pin } from './pins.js'

export const RULE_ID = 'code-unsafe-load'

const TORCH_LOAD = new Set(['torch.load', 'torch.serialization.load'])
const PICKLE_LOADS = new Set(['pickle.load', '_pickle.load', 'cPickle.load', 'dill.load', 'cloudpickle.load', 'joblib.load', 'pickle.Unpickler'])
/** torch.load's default became weights_only=True in this release. */
export const TORCH_SAFE_DEFAULT = [2, 6]

function isPeftLoader(name: string): boolean {
  const parts = name.split('.')
  const cls = parts[parts.length - 2] ?? ''
  return parts[parts.length - 1] === 'from_pretrained' && (cls === 'PeftModel' || cls.startsWith('PeftModelFor') || cls.startsWith('AutoPeftModel') || cls === 'PeftMixedModel')
}

export function unsafeLoad(ctx: CodeContext, pending: PendingSite[]): CodeSite[] {
  const { mod } = ctx
  const out: CodeSite[] = []
  const push = (node: SyntaxNode, message: string, fix: string) => {
    const pos = at(ctx, node)
    out.push({ ruleId: RULE_ID, line: pos.line, column: pos.column, message, fix })
  }
  for (const call of mod.calls) {
    const name = mod.calleeName(call)
    if (!name) continue
    if (TORCH_LOAD.has(name)) {
      const args = mod.args(call)
      const wo = args.keywords.get('weights_only')
      if (wo) {
        if (mod.boolValue(wo.value) === false) {
          push(
            wo.node,
            `torch.load(..., weights_only=False)${where(ctx, call)} unpickles whatever the file names: a tampered checkpoint runs code as soon as it is loaded.`,
            'Drop `weights_only=False` (torch 2.6 and later default to True), or load safetensors with `safetensors.torch.load_file`. If the file holds non-tensor objects you trust, allow exactly those with `torch.serialization.add_safe_globals([...])`.'
          )
        }
        continue
      }
      // weights_only may come from **kwargs; the default is only known with the torch pin.
      if (args.spread) continue
      const pos = at(ctx, call)
      pending.push({ ruleId: RULE_ID, pkg: 'torch', line: pos.line, column: pos.column, what: mod.src(call.firstChild ?? call), where: where(ctx, call) })
      continue
    }
    if (PICKLE_LOADS.has(name)) {
      const args = mod.args(call)
      const file = args.positional[0]?.value ?? args.keywords.get('file')?.value ?? args.keywords.get('filename')?.value
      const ext = endsWithAny(pathTail(mod, file), PICKLE_CHECKPOINT_EXTENSIONS)
      if (!file || !ext) continue
      push(
        file,
        `${name}${where(ctx, call)} of a ${ext} checkpoint runs whatever the pickle imports: pickle has no safe mode, so a tampered file runs code as soon as it is loaded.`,
        'Store tensors with safetensors and load them with `safetensors.torch.load_file`; for a torch checkpoint use `torch.load(path, weights_only=True)`. Never unpickle a checkpoint you did not write.'
      )
      continue
    }
    if (isPeftLoader(name)) {
      const arg = mod.args(call).keywords.get('use_safetensors')
      if (!arg || mod.boolValue(arg.value) !== false) continue
      push(
        arg.node,
        `${name.split('.').slice(-2).join('.')}(..., use_safetensors=False)${where(ctx, call)} skips adapter_model.safetensors and loads adapter_model.bin, a pickle: PEFT 0.13 and later pass weights_only=True (peft#1993), earlier releases unpickle anything, and torch's weights_only loader itself had bypasses before 2.6 (CVE-2025-32434).`,
        'Remove `use_safetensors=False` and ship adapter_model.safetensors (`adapter-guard convert adapter_model.bin` writes one without running Python).'
      )
    }
  }
  return out
}

/** The verdict on a torch.load without weights_only, given the torch pin that applies. */
export function torchLoadVerdict(site: PendingSite, pin: Pin | undefined): CodeSite | undefined {
  const base = `${site.what}(...) without weights_only${site.where}`
  if (!pin) {
    return {
      ruleId: RULE_ID,
      line: site.line,
      column: site.column,
      severity: 'note',
      message: `${base}: torch.load defaults to weights_only=True only from torch 2.6; before that it unpickles anything. Nothing in the project pins torch (requirements*.txt, pyproject.toml, setup.cfg, environment.yml), so which default applies depends on the environment.`,
      fix: 'Pass `weights_only=True` explicitly, or pin `torch>=2.6`.'
    }
  }
  if (!newestBelow(pin, TORCH_SAFE_DEFAULT)) return undefined
  return {
    ruleId: RULE_ID,
    line: site.line,
    column: site.column,
    message: `${base}: the project pins torch below 2.6 (\`${pin.spec}\` in ${pin.file}:${pin.line}), where torch.load defaults to weights_only=False and unpickles whatever the file names: a tampered checkpoint runs code as soon as it is loaded.`,
    fix: 'Pass `weights_only=True`, or upgrade to torch 2.6 or later (where it is the default).'
  }
}
