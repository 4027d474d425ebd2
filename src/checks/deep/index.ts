// The deep post-check (`deep: true` / `--deep`): reads tensor data of every safetensors file and
// pickle checkpoint on disk once, streaming, and reports NaN/Inf and adapters never trained.
import type { FileAnalysis, Finding } from '../../types.js'
import type { PostCheck, PostCheckContext } from '../post-check.js'
import { finding } from '../rules.js'
import { groupAdapters } from '../adapter/group.js'
import { configObject } from '../adapter/config.js'
import { nonfiniteFindings } from './nonfinite.js'
import { untrainedFindings } from './untrained.js'
import { DeepCutShort, onDisk, withFile } from './tensor-data.js'
import { fileTensorStats, type TensorStats } from './tensor-stats.js'
import { pickleTensorStats } from './pickle-stats.js'

const PICKLE_CHECKPOINTS = new Set(['pytorch-zip', 'pytorch-legacy'])

function deepCandidate(a: FileAnalysis): boolean {
  return (a.format === 'safetensors' || PICKLE_CHECKPOINTS.has(a.format)) && a.tensors !== undefined && a.tensors.length > 0 && onDisk(a)
}

export const deepChecks: PostCheck = async (analyses: FileAnalysis[], ctx: PostCheckContext) => {
  if (!ctx.deep) return []
  const out: Finding[] = []
  const stats = new Map<string, Map<string, TensorStats>>()
  for (const a of analyses.filter(deepCandidate)) {
    // The deep read of each file has the same per-file time budget as reading it (issue #10 item 12).
    const budget = ctx.maxMillisPerFile ?? Infinity
    const deadline = Date.now() + budget
    try {
      const s = await withFile(ctx.root, a, src => {
        src.onBulkRead = ctx.onDataRead
        return a.format === 'safetensors' ? fileTensorStats(src, a.tensors ?? [], undefined, deadline) : pickleTensorStats(src, a, deadline)
      })
      stats.set(a.path, s)
      out.push(...nonfiniteFindings(a.path, s))
    } catch (e) {
      if (e instanceof DeepCutShort) {
        // NaN/Inf already seen are real; "never trained" needs every value, so it is not judged.
        out.push(...nonfiniteFindings(a.path, e.partial))
        out.push(
          finding('resource-limit', {
            path: a.path,
            message: `The deep scan stopped after ${budget / 1000} s (maxMillisPerFile) at byte ${e.at} of ${a.bytes}: tensor values past that point were not checked for NaN/Inf, and whether the adapter was trained was not judged.`
          })
        )
        continue
      }
      out.push(finding('file-unreadable', { path: a.path, message: `The deep scan could not read the tensor data: ${(e as Error).message}. Its values were not checked.` }))
    }
  }
  for (const g of groupAdapters(analyses)) {
    // The weights PEFT would load: safetensors first, else the pickle.
    const weights = g.safetensors ?? g.bin
    const s = weights ? stats.get(weights.path) : undefined
    if (!s || !weights) continue
    const cfg = g.config ? configObject(g.config) : undefined
    const peftType = typeof cfg?.peft_type === 'string' ? cfg.peft_type : undefined
    out.push(...untrainedFindings(weights.path, s, peftType))
  }
  return out
}
