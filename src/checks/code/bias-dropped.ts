// code-bias-dropped: bias="lora_only" (LoRA, AdaLoRA) or "boft_only" (BOFT) under a PEFT release that
// trains <module>.base_layer.bias but leaves it out of the saved adapter (peft#3306). The bug came
// with the base_layer refactor in PEFT 0.7.0 (#1106: the lookup still built `<module>.bias`) and was
// fixed by #3490 (commit 4ddb88b, 2026-08-13), first released in 0.21.0. Confirmed: peft 0.20.0
// saves only lora_A/lora_B and the reloaded model differs by 1.0; peft 0.21.0 saves base_layer.bias.
import { at, where, type CodeContext, type CodeSite, type PendingSite } from './context.js'
import { BOFT_CONFIGS, LORA_CONFIGS, configClass } from './values.js'
import { newestAtLeast, newestBelow, type Pin } from './pins.js'

export const RULE_ID = 'code-bias-dropped'

/** First PEFT release whose base_layer refactor drops the bias (#1106). */
export const PEFT_BROKEN_FROM = [0, 7, 0]
/** First PEFT release that saves it again (#3490). */
export const PEFT_FIXED_IN = [0, 21, 0]

export function biasDroppedSites(ctx: CodeContext, pending: PendingSite[]): void {
  const { mod } = ctx
  for (const call of mod.calls) {
    const lora = configClass(mod, call, LORA_CONFIGS)
    const boft = lora ? undefined : configClass(mod, call, BOFT_CONFIGS)
    if (!lora && !boft) continue
    const bias = mod.args(call).keywords.get('bias')
    const wanted = lora ? 'lora_only' : 'boft_only'
    if (!bias || mod.stringValue(bias.value) !== wanted) continue
    const pos = at(ctx, bias.node)
    pending.push({ ruleId: RULE_ID, pkg: 'peft', line: pos.line, column: pos.column, what: `${lora ?? boft}(bias="${wanted}")`, where: where(ctx, call) })
  }
}

export function biasDroppedVerdict(site: PendingSite, pin: Pin | undefined): CodeSite | undefined {
  if (!pin || !newestBelow(pin, PEFT_FIXED_IN) || !newestAtLeast(pin, PEFT_BROKEN_FROM)) return undefined
  return {
    ruleId: RULE_ID,
    line: site.line,
    column: site.column,
    message: `${site.what}${site.where} trains each target's base_layer.bias, but the project pins a PEFT release that leaves it out of the saved adapter (\`${pin.spec}\` in ${pin.file}:${pin.line}; PEFT 0.7.0 up to 0.20.x, peft#3306): the reloaded adapter silently gives different outputs from the trained model.`,
    fix: 'Upgrade to peft>=0.21.0 (fixed by peft#3490), or use `bias="none"`; with an older PEFT, save the trained biases yourself and restore them after loading.'
  }
}
