// `shard-index-invalid`: `*.safetensors.index.json` / `pytorch_model.bin.index.json` against the shards
// it names (transformers `modeling_utils.py` load_sharded_checkpoint / get_checkpoint_shard_files:
// `weight_map` tensor → shard file, `metadata.total_size` = bytes of all tensors). Shards not scanned
// this run are read from disk (header only).
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import type { FileAnalysis, Finding, TensorInfo } from '../../types.js'
import { isJsonObject, parseJson } from '../../formats/json.js'
import { readSafetensors } from '../../formats/safetensors.js'
import { FileSource } from '../../formats/source.js'
import { finding } from '../rules.js'
import { tensorBytes } from './base-layer.js'
import { splitPath } from './group.js'
import { listNames } from './targets.js'
import { realRootSync, resolvesInside } from '../../discover/contain.js'
import { groupDigits } from '../../digits.js'

/** Index files this check reads: the weights name plus `.index.json`. */
const INDEX_NAME = /^(.+?)(\.safetensors|\.bin)\.index\.json$/

interface Shard {
  file: string
  path: string
  tensors?: TensorInfo[]
  bytes?: number
}

async function loadShard(root: string, path: string, byPath: Map<string, FileAnalysis>): Promise<Shard | 'missing'> {
  const file = path.slice(path.lastIndexOf('/') + 1)
  const a = byPath.get(path)
  if (a) return a.format === 'lfs-pointer' ? { file, path } : { file, path, tensors: a.tensors, bytes: a.bytes }
  if (path.includes('!/') || !existsSync(join(root, path))) return 'missing'
  if (!file.endsWith('.safetensors')) return { file, path }
  // Never read through a link that leads out of the root (issue #10); discovery reports the link itself.
  if (!resolvesInside(realRootSync(root), join(root, path))) return { file, path }
  const src = await FileSource.open(join(root, path))
  try {
    const read = await readSafetensors(src)
    return { file, path, tensors: read.ok ? read.header.tensors : undefined, bytes: src.size }
  } finally {
    await src.close()
  }
}

/** The analyses by path and the file names of each directory, built once for every index of a scan (not once per index). */
export interface AnalysisIndex {
  byPath: Map<string, FileAnalysis>
  namesByDir: Map<string, string[]>
}

export function indexAnalyses(analyses: FileAnalysis[]): AnalysisIndex {
  const byPath = new Map<string, FileAnalysis>()
  const namesByDir = new Map<string, string[]>()
  for (const a of analyses) {
    byPath.set(a.path, a)
    const { dir, base } = splitPath(a.path)
    const names = namesByDir.get(dir)
    if (names) names.push(base)
    else namesByDir.set(dir, [base])
  }
  return { byPath, namesByDir }
}

export async function shardIndexFindings(index: FileAnalysis, analyses: FileAnalysis[], root: string, seen: AnalysisIndex = indexAnalyses(analyses)): Promise<Finding[]> {
  const { dir, base } = splitPath(index.path)
  const m = INDEX_NAME.exec(base)
  if (!m || !index.json) return []
  const [, stem, ext] = m
  const path = index.path
  const bad = (message: string, line?: number, tensors?: string[]): Finding => finding('shard-index-invalid', { path, line, message, tensors })
  const parsed = index.json.parsed ?? parseJson(index.json.text.charCodeAt(0) === 0xfeff ? index.json.text.slice(1) : index.json.text)
  if (parsed.error !== undefined || !isJsonObject(parsed.value)) {
    return [bad(`The shard index is not a JSON object (${parsed.error ?? 'wrong top-level type'}); transformers cannot load the sharded checkpoint.`, parsed.errorLine ?? 1)]
  }
  const lineOf = (k: string): number => parsed.keys.get(k) ?? 1
  const weightMap = parsed.value.weight_map
  if (!isJsonObject(weightMap)) return [bad('The shard index has no `weight_map` object mapping tensor names to shard files.', lineOf('weight_map'))]
  const out: Finding[] = []
  const entries = Object.entries(weightMap)
  const badValues = entries.filter(([, f]) => typeof f !== 'string' || f === '' || f.split('/').includes('..') || f.startsWith('/'))
  if (badValues.length > 0) {
    out.push(bad(`weight_map sends ${badValues.length} tensor(s) to something that is not a shard file name in this directory, e.g. \`${badValues[0][0]}\`.`, lineOf(`weight_map.${badValues[0][0]}`), badValues.map(([k]) => k).slice(0, 20)))
  }
  const byPath = seen.byPath
  const badFiles = new Set(badValues.map(([, b]) => b))
  const files = [...new Set(entries.map(([, f]) => f).filter((f): f is string => typeof f === 'string' && !badFiles.has(f)))]
  const shards = new Map<string, Shard>()
  const missing: string[] = []
  for (const f of files) {
    const s = await loadShard(root, dir ? `${dir}/${f}` : f, byPath)
    if (s === 'missing') missing.push(f)
    else shards.set(f, s)
  }
  if (missing.length > 0) {
    const first = entries.find(([, f]) => f === missing[0])
    out.push(bad(`weight_map names ${missing.length} shard file(s) that do not exist: ${listNames(missing, 3)}: loading the sharded checkpoint fails on the first one (transformers: "does not appear to have a file named …").`, first ? lineOf(`weight_map.${first[0]}`) : lineOf('weight_map')))
  }
  const absent: string[] = []
  // Tensor names per shard as sets: a large MoE index maps tens of thousands of names into each shard's thousands.
  const namesIn = new Map<string, Set<string>>()
  for (const [name, f] of entries) {
    const s = typeof f === 'string' ? shards.get(f) : undefined
    if (!s?.tensors) continue
    let names = namesIn.get(f as string)
    if (!names) namesIn.set(f as string, (names = new Set(s.tensors.map(t => t.name))))
    if (!names.has(name)) absent.push(name)
  }
  if (absent.length > 0) {
    out.push(bad(`${absent.length} tensor(s) in weight_map are not in the shard the index names, e.g. \`${absent[0]}\` → ${String(weightMap[absent[0]])}: loading fails or leaves them randomly initialised.`, lineOf(`weight_map.${absent[0]}`), absent.slice(0, 20)))
  }
  const unindexed = [...shards.values()].flatMap(s => (s.tensors ?? []).filter(t => !Object.prototype.hasOwnProperty.call(weightMap, t.name)).map(t => t.name))
  if (unindexed.length > 0) {
    out.push(bad(`${unindexed.length} tensor(s) in the shards are missing from weight_map, e.g. \`${unindexed[0]}\`: loaders that go by the index (from_pretrained's missing-keys report, lazy loading) do not know they exist.`, lineOf('weight_map'), unindexed.slice(0, 20)))
  }
  const shardName = new RegExp(`^${stem.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}-\\d+-of-\\d+${ext.replace('.', '\\.')}$`)
  const listed = new Set(files)
  const unreferenced = (seen.namesByDir.get(dir) ?? []).filter(b => shardName.test(b) && !listed.has(b))
  if (unreferenced.length > 0) {
    out.push(bad(`${unreferenced.length} shard file(s) beside the index are not referenced by it: ${listNames(unreferenced, 3)}. Loaders never read them; either the index is stale or the files are left over.`, lineOf('weight_map')))
  }
  const meta = parsed.value.metadata
  const total = isJsonObject(meta) ? meta.total_size : undefined
  const known = [...shards.values()]
  if (typeof total === 'number' && missing.length === 0 && known.length > 0 && known.every(s => s.tensors)) {
    const tensorTotal = known.reduce((n, s) => n + (s.tensors ?? []).reduce((k, t) => k + tensorBytes(t), 0), 0)
    const fileTotal = known.reduce((n, s) => n + (s.bytes ?? 0), 0)
    // transformers writes the tensor bytes; some tools write the file sizes: both are accepted.
    if (total !== tensorTotal && total !== fileTotal) {
      out.push(bad(`metadata.total_size is ${groupDigits(total)} bytes, but the shards hold ${groupDigits(tensorTotal)} bytes of tensors (${groupDigits(fileTotal)} bytes of files): the index was written for other shards.`, lineOf('metadata.total_size')))
    }
  }
  return out
}
