// The deep post-check (`deep: true` / `--deep`): reads tensor data of every safetensors file and
// pickle checkpoint on disk once, streaming, and reports NaN/Inf and adapters never trained.
import type { FileAnalysis, Finding } from '../../types.js'
import type { PostCheck, PostCheckContext } from '../../engine/post-checks.js'
import { finding } from '../rules.js'
import { groupAdapters } from '../adapter/group.js'
import { configObject } from '../adapter/config.js'
import { nonfiniteFindings } from './nonfinite.js'
import { untrainedFindings } from './untrained.js'
import { onDisk, withFile } from './tensor-data.js'
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
    try {
      const s = await withFile(ctx.root, a, src => {
        src.onBulkRead = ctx.onDataRead
        return a.format === 'safetensors' ? fileTensorStats(src, a.tensors ?? []) : pickleTensorStats(src, a)
      })
      stats.set(a.path, s)
      out.push(...nonfiniteFindings(a.path, s))
    } catch (e) {
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
