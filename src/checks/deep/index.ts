// The deep post-check (`deep: true` / `--deep`): reads tensor data of every safetensors file on disk
// once, streaming, and reports NaN/Inf and adapters that were never trained.
import type { FileAnalysis, Finding } from '../../types.js'
import type { PostCheck, PostCheckContext } from '../../engine/post-checks.js'
import { finding } from '../rules.js'
import { groupAdapters } from '../adapter/group.js'
import { configObject } from '../adapter/config.js'
import { nonfiniteFindings } from './nonfinite.js'
import { untrainedFindings } from './untrained.js'
import { onDisk, withFile } from './tensor-data.js'
import { fileTensorStats, type TensorStats } from './tensor-stats.js'

function deepCandidate(a: FileAnalysis): boolean {
  return a.format === 'safetensors' && a.tensors !== undefined && a.tensors.length > 0 && onDisk(a)
}

export const deepChecks: PostCheck = async (analyses: FileAnalysis[], ctx: PostCheckContext) => {
  if (!ctx.deep) return []
  const out: Finding[] = []
  const stats = new Map<string, Map<string, TensorStats>>()
  for (const a of analyses.filter(deepCandidate)) {
    try {
      const s = await withFile(ctx.root, a, src => fileTensorStats(src, a.tensors ?? []))
      stats.set(a.path, s)
      out.push(...nonfiniteFindings(a.path, s))
    } catch (e) {
      out.push(finding('file-unreadable', { path: a.path, message: `The deep scan could not read the tensor data: ${(e as Error).message}. Its values were not checked.` }))
    }
  }
  for (const g of groupAdapters(analyses)) {
    const s = g.safetensors ? stats.get(g.safetensors.path) : undefined
    if (!s || !g.safetensors) continue
    const cfg = g.config ? configObject(g.config) : undefined
    const peftType = typeof cfg?.peft_type === 'string' ? cfg.peft_type : undefined
    out.push(...untrainedFindings(g.safetensors.path, s, peftType))
  }
  return out
}
