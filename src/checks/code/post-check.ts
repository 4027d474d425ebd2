// After every file is read: the code sites whose verdict depends on the torch/peft versions the
// project pins (torch.load without weights_only, bias="lora_only"), with the pins read once per directory.
import type { FileAnalysis, Finding } from '../../types.js'
import { resolvePending, type PendingSite } from './index.js'
import { ProjectPins } from './pins.js'

export async function codePinChecks(analyses: FileAnalysis[], ctx: { root: string }): Promise<Finding[]> {
  const pins = new ProjectPins(ctx.root)
  const out: Finding[] = []
  for (const a of analyses) {
    const pending = a.facts?.codePending as PendingSite[] | undefined
    if (pending && pending.length > 0) out.push(...(await resolvePending(a.path, pending, pins)))
  }
  return out
}
