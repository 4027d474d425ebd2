// The adapter post-check: groups files into adapters and checks each as a whole (issue #4), then
// the shard indexes. A failure inside one adapter becomes a finding and the others are still checked.
import type { FileAnalysis, Finding } from '../../types.js'
import type { PostCheck, PostCheckContext } from '../post-check.js'
import { finding } from '../rules.js'
import { readPeftConfig } from './config.js'
import { configMismatchFindings } from './config-vs-weights.js'
import { baseLayerFindings } from './base-layer.js'
import { biasAliasFindings, sharedBiasRiskFindings } from './bias-trap.js'
import { formatsDisagreeFindings } from './formats-disagree.js'
import { groupAdapters, preferredWeights, type AdapterGroup } from './group.js'
import { parseAdapterKey } from './keys.js'
import { indexAnalyses, shardIndexFindings, type AnalysisIndex } from './shard-index.js'
import { targetUnmatchedFindings } from './targets.js'
import { weightsMissingFindings } from './weights-missing.js'
import { biasNotSavedFindings, postInitFindings, tunerWeightFindings } from './tuner-checks.js'

/** Every finding about one adapter directory. */
export async function checkAdapter(g: AdapterGroup, ctx: PostCheckContext): Promise<Finding[]> {
  const out: Finding[] = [...weightsMissingFindings(g, ctx.root)]
  const config = g.config ? readPeftConfig(g.config) : undefined
  if (config) out.push(...config.findings)
  const view = config?.view
  const weights = preferredWeights(g)
  if (view) out.push(...sharedBiasRiskFindings(view, weights !== undefined && weights === g.safetensors))
  if (view) out.push(...postInitFindings(view))
  if (view && weights) {
    out.push(...configMismatchFindings(view, weights))
    out.push(...tunerWeightFindings(view, weights))
    out.push(...biasNotSavedFindings(view, weights))
    const adapted = [...new Set((weights.tensors ?? []).map(t => parseAdapterKey(t.name)).filter(k => k.kind === 'lora' || k.kind === 'tuner').map(k => k.module))]
    out.push(...targetUnmatchedFindings(view, adapted))
  }
  for (const w of [g.safetensors, g.bin]) {
    if (!w?.tensors) continue
    out.push(...baseLayerFindings(w, view?.modulesToSave ?? [], view?.targetModules))
    out.push(...(await biasAliasFindings(w, ctx)))
  }
  out.push(...(await formatsDisagreeFindings(g, ctx)))
  return out
}

function failed(path: string, e: unknown): Finding {
  return finding('file-unreadable', { path, message: `The adapter checks could not finish on this path: ${(e as Error).message}. The adapter is not known to be sound.` })
}

export const adapterChecks: PostCheck = async (analyses: FileAnalysis[], ctx: PostCheckContext) => {
  const out: Finding[] = []
  for (const g of groupAdapters(analyses)) {
    try {
      out.push(...(await checkAdapter(g, ctx)))
    } catch (e) {
      out.push(failed(g.config?.path ?? g.safetensors?.path ?? g.bin?.path ?? (g.dir || '.'), e))
    }
  }
  let known: AnalysisIndex | undefined
  for (const a of analyses) {
    if (!a.path.endsWith('.index.json')) continue
    try {
      known ??= indexAnalyses(analyses)
      out.push(...(await shardIndexFindings(a, analyses, ctx.root, known)))
    } catch (e) {
      out.push(failed(a.path, e))
    }
  }
  return out
}
