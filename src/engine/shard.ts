// `--shard I/N`: a deterministic split of the discovered files into N parts balanced by bytes, where
// a directory is never split (an adapter is its directory: cross-file checks need it whole; see
// checks/adapter/group.ts). Every shard job computes the same split from the same checkout.
import { stat } from 'node:fs/promises'
import type { Candidate } from '../discover/files.js'
import type { ShardInfo } from '../types.js'

/** Beside its bytes, each file weighs what opening and reading its header windows costs (the bench's floor reads 2 x 64 KiB). */
export const FILE_WEIGHT_BYTES = 128 * 1024
/** More shards than this is a typo, not a matrix (GitHub allows 256 jobs per matrix). */
export const MAX_SHARDS = 256

/** Parses `I/N` (1-based); throws with a message for the user. */
export function parseShard(text: string): ShardInfo {
  const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text)
  if (!m) throw new Error(`shard must look like I/N (for example 2/5), not "${text}"`)
  const index = Number(m[1])
  const count = Number(m[2])
  if (count < 1 || count > MAX_SHARDS) throw new Error(`shard count must be between 1 and ${MAX_SHARDS}, not ${count}`)
  if (index < 1 || index > count) throw new Error(`shard index must be between 1 and ${count}, not ${index}`)
  return { index, count }
}

/** The directory a path belongs to ('' for the root); archive members go with their archive. */
export function shardUnit(path: string): string {
  const onDisk = path.includes('!/') ? path.slice(0, path.indexOf('!/')) : path
  const i = onDisk.lastIndexOf('/')
  return i < 0 ? '' : onDisk.slice(0, i)
}

export interface ShardPlan {
  /** 1-based shard of each directory. */
  shardOf: Map<string, number>
  /** Weight (bytes + per-file cost) given to each shard, index 0 for shard 1. */
  loads: number[]
}

/**
 * Directories sorted by weight (heaviest first, then by name), each given to the lightest shard so
 * far (lowest index on ties): the longest-processing-time rule, deterministic for the same files.
 */
export function planShards(files: Array<{ rel: string; size: number }>, count: number, weighs: (rel: string) => boolean = () => true): ShardPlan {
  const weights = new Map<string, number>()
  for (const f of files) {
    // Only files that may be checkpoints or code weigh: a stray log or build output written by an
    // earlier step of one job must not move a checkpoint directory to another shard.
    if (!weighs(f.rel)) continue
    const unit = shardUnit(f.rel)
    weights.set(unit, (weights.get(unit) ?? 0) + f.size + FILE_WEIGHT_BYTES)
  }
  const units = [...weights].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
  const loads = new Array<number>(count).fill(0)
  const shardOf = new Map<string, number>()
  for (const [unit, w] of units) {
    let best = 0
    for (let i = 1; i < count; i++) if (loads[i] < loads[best]) best = i
    loads[best] += w
    shardOf.set(unit, best + 1)
  }
  return { shardOf, loads }
}

/**
 * The shard of a directory the plan does not weigh (only files of other names in it): a hash of
 * its name, so it does not depend on any other file of the checkout.
 */
export function hashShard(unit: string, count: number): number {
  let h = 2166136261
  for (let i = 0; i < unit.length; i++) h = Math.imul(h ^ unit.charCodeAt(i), 16777619)
  return ((h >>> 0) % count) + 1
}

/** Sizes for candidates that came without one (explicit file lists). */
export async function withSizes(files: Candidate[]): Promise<Array<Candidate & { size: number }>> {
  return Promise.all(files.map(async f => ({ ...f, size: f.size ?? (await stat(f.abs).then(s => s.size, () => 0)) })))
}
