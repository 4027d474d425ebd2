// The base model an adapter is checked against (adapter-base-mismatch): its config.json and the
// headers of its safetensors weights, never the tensor data. Shards are found through
// `model.safetensors.index.json` (transformers `SAFE_WEIGHTS_INDEX_NAME`), as from_pretrained does.
// A base is a local directory or a Hub repo (`hf://OWNER/REPO[@REVISION]`, read by range).
import { existsSync, statSync } from 'node:fs'
import { readdir } from 'node:fs/promises'
import { isAbsolute, join, resolve } from 'node:path'
import type { ByteSource } from '../types.js'
import { FileSource } from '../formats/source.js'
import { readSafetensors } from '../formats/safetensors.js'
import { isJsonObject, parseJson } from '../formats/json.js'
import { hubFileSource, parseHubSpec, resolveHubRepo, type HubOptions } from './hub.js'

/** config.json and the shard index are small; anything larger is not a transformers config. */
export const MAX_BASE_JSON_BYTES = 16 * 1024 * 1024
/** Shards read per base (a 405B model has ~200). */
export const MAX_BASE_SHARDS = 2048

export interface BaseWeight {
  dtype: string
  shape: number[]
}

export interface BaseModel {
  /** As given: a path or `hf://owner/repo@sha`. */
  label: string
  config: Record<string, unknown>
  weights: Map<string, BaseWeight>
  /** Bytes read from the base (headers only). */
  bytesRead: number
}

export interface BaseLoadOptions {
  hub?: HubOptions
}

interface Opener {
  label: string
  has(name: string): boolean
  list(): string[]
  open(name: string): Promise<ByteSource & { close?(): Promise<void> }>
}

async function readText(o: Opener, name: string, counter: { n: number }): Promise<string> {
  const src = await o.open(name)
  try {
    if (src.size > MAX_BASE_JSON_BYTES) throw new Error(`${name} is ${src.size} bytes, over the ${MAX_BASE_JSON_BYTES}-byte limit for a config`)
    const bytes = await src.read(0, src.size)
    counter.n += src.bytesRead
    return new TextDecoder().decode(bytes)
  } finally {
    await src.close?.()
  }
}

async function readJsonObject(o: Opener, name: string, counter: { n: number }): Promise<Record<string, unknown>> {
  const parsed = parseJson(await readText(o, name, counter))
  if (!isJsonObject(parsed.value)) throw new Error(`${name} of the base ${o.label} is not a JSON object`)
  return parsed.value as Record<string, unknown>
}

async function load(o: Opener): Promise<BaseModel> {
  const counter = { n: 0 }
  const config = o.has('config.json') ? await readJsonObject(o, 'config.json', counter) : {}
  let shards: string[]
  if (o.has('model.safetensors.index.json')) {
    const index = await readJsonObject(o, 'model.safetensors.index.json', counter)
    const map = index.weight_map
    if (!isJsonObject(map as never)) throw new Error(`model.safetensors.index.json of the base ${o.label} has no weight_map object`)
    shards = [...new Set(Object.values(map as Record<string, unknown>).filter((v): v is string => typeof v === 'string'))].sort()
  } else if (o.has('model.safetensors')) {
    shards = ['model.safetensors']
  } else {
    shards = o.list().filter(n => !n.includes('/') && n.endsWith('.safetensors')).sort()
  }
  if (shards.length === 0) throw new Error(`the base ${o.label} has no safetensors weights (only safetensors headers are read; a pytorch_model.bin base is not loaded)`)
  if (shards.length > MAX_BASE_SHARDS) throw new Error(`the base ${o.label} lists ${shards.length} shards, over the ${MAX_BASE_SHARDS} read per base`)
  const weights = new Map<string, BaseWeight>()
  for (const s of shards) {
    if (!o.has(s)) throw new Error(`the base ${o.label} has no shard ${s} although its index names it`)
    const src = await o.open(s)
    try {
      const r = await readSafetensors(src)
      counter.n += src.bytesRead
      if (!r.ok) throw new Error(`${s} of the base ${o.label} is not a valid safetensors file: ${r.error.message}`)
      for (const t of r.header.tensors) weights.set(t.name, { dtype: t.dtype, shape: t.shape })
    } finally {
      await src.close?.()
    }
  }
  return { label: o.label, config, weights, bytesRead: counter.n }
}

async function localOpener(dir: string, label: string): Promise<Opener> {
  const names = (await readdir(dir, { withFileTypes: true })).filter(e => e.isFile() || e.isSymbolicLink()).map(e => e.name)
  const set = new Set(names)
  return { label, has: n => set.has(n), list: () => names, open: n => FileSource.open(join(dir, n)) }
}

/** Whether `name` is a local base directory (absolute, or relative to one of `from`). */
export function localBaseDir(name: string, from: string[]): string | undefined {
  if (name === '') return undefined
  const candidates = isAbsolute(name) ? [name] : from.map(f => resolve(f, name))
  for (const c of candidates) {
    try {
      if (existsSync(c) && statSync(c).isDirectory()) return c
    } catch {
      // not a directory we can use
    }
  }
  return undefined
}

/** Loads a base from a local directory or an `hf://` spec. Throws with a plain message when it cannot. */
export async function loadBaseModel(spec: string, opts: BaseLoadOptions, from: string[] = [process.cwd()]): Promise<BaseModel> {
  const t = parseHubSpec(spec)
  if (t) {
    if (!opts.hub) throw new Error(`no Hub endpoint to read ${spec}`)
    const hub = opts.hub
    const r = await resolveHubRepo({ ...t, path: undefined }, hub)
    const prefix = t.path ? `${t.path}/` : ''
    const files = new Map(r.files.filter(f => f.path.startsWith(prefix)).map(f => [f.path.slice(prefix.length), f]))
    const label = `hf://${r.name}@${r.sha}${t.path ? `/${t.path}` : ''}`
    return load({
      label,
      has: n => files.has(n),
      list: () => [...files.keys()],
      open: async n => hubFileSource(r, files.get(n) as NonNullable<ReturnType<typeof files.get>>, hub)
    })
  }
  const dir = localBaseDir(spec, from)
  if (!dir) throw new Error(`the base ${spec} is not a directory`)
  return load(await localOpener(dir, spec))
}
