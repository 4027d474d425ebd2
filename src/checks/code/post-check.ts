// After every file is read: the code sites whose verdict depends on the torch/peft versions the
// project pins (torch.load without weights_only, bias="lora_only"), with the pins read once per directory.
import type { FileAnalysis, Finding } from '../../types.js'
import type { PendingSite } from './context.js'
import { ProjectPins } from './pins.js'

export async function codePinChecks(analyses: FileAnalysis[], ctx: { root: string }): Promise<Finding[]> {
  const pins = new ProjectPins(ctx.root)
  const out: Finding[] = []
  // The rules module (with the Python parser) is loaded only when a file left sites to resolve.
  let resolvePending: typeof import('./index.js').resolvePending | undefined
  for (const a of analyses) {
    const pending = a.facts?.codePending as PendingSite[] | undefined
    if (!pending || pending.length === 0) continue
    resolvePending ??= (await import('./index.js')).resolvePending
    out.push(...(await resolvePending(a.path, pending, pins)))
  }
  return out
}
