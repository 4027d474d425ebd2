// `adapter-guard convert`: a PyTorch checkpoint (zip or legacy) to safetensors, without Python and
// without executing the pickle. Follows the reference writer (safetensors `serialize`: dtype then
// name order, header padded to 8, `{"format":"pt"}`), safetensors' `save_model` for shared storage
// (`_remove_duplicate_names`), and verifies the result byte for byte before renaming it into place.
import { lstat, rename, rm } from 'node:fs/promises'
import { basename, dirname, join, resolve } from 'node:path'
import type { FileAnalysis, Finding, TensorInfo } from '../types.js'
import { scan } from '../engine/scan.js'
import { FileSource } from '../formats/source.js'
import { dtypeInfo } from '../formats/dtype.js'
import { readSafetensors } from '../formats/safetensors.js'
import { sharedGroups } from '../formats/layout.js'
import { createExclusiveTemp } from '../io/safe-write.js'
import { COPY_CHUNK_BYTES, materialize, numel, type StorageBytes } from '../formats/materialize.js'

/** Findings that make a file unfit to convert: we never copy out of a file we do not trust. */
export const REFUSE_RULES = new Set(['pickle-code-execution', 'pickle-unknown-global', 'pickle-malformed', 'zip-anomaly', 'resource-limit', 'file-unreadable'])

export interface ConvertOptions {
  /** Output file; default: beside the input, `adapter_model.bin` → `adapter_model.safetensors`. */
  out?: string
  /** Drop shared duplicates like safetensors' save_model instead of refusing. */
  dedupe?: boolean
  /** Overwrite an existing output file. */
  force?: boolean
  /** Tensor bytes written then verified so far, against twice the data size (the CLI's progress line). */
  onProgress?: (done: number, total: number) => void
}

export interface ConvertResult {
  ok: boolean
  input: string
  out?: string
  /** Why it was refused or failed, in plain words. */
  message: string
  /** Findings that made the file unfit (when refused for safety). */
  findings: Finding[]
  tensors?: number
  bytes?: number
  /** dropped name → kept name (with --dedupe). */
  dropped?: Record<string, string>
}

/** Default output name, as the Hub conversion bot names files (`pytorch_model.bin` → `model.safetensors`). */
export function defaultOutput(input: string): string {
  const dir = dirname(input)
  const base = basename(input)
  if (base === 'pytorch_model.bin') return join(dir, 'model.safetensors')
  const dot = base.lastIndexOf('.')
  return join(dir, `${dot > 0 ? base.slice(0, dot) : base}.safetensors`)
}

interface Plan {
  kept: TensorInfo[]
  dropped: Record<string, string>
}

/** Training checkpoints nest the weights (`{"state_dict": {...}, "epoch": 3}`): keep the state-dict names. */
export const STATE_DICT_PREFIX = 'state_dict.'

export function unwrapStateDict(tensors: TensorInfo[]): TensorInfo[] {
  if (tensors.length === 0 || !tensors.every(t => t.name.startsWith(STATE_DICT_PREFIX))) return tensors
  return tensors.map(t => ({ ...t, name: t.name.slice(STATE_DICT_PREFIX.length) }))
}

/** `_remove_duplicate_names`: per shared group keep the alphabetically first complete member. */
export function planDedupe(tensors: TensorInfo[], dedupe: boolean): Plan | string {
  const groups = sharedGroups(tensors)
  if (groups.length > 0 && !dedupe) {
    const list = groups.map(g => `{${g.map(t => t.name).join(', ')}}`).join('; ')
    return `Some tensors share memory, which safetensors refuses to save: ${list}. Re-run with --dedupe to keep one complete member per group (like safetensors' save_model) and record the dropped names in __metadata__.`
  }
  const dropped: Record<string, string> = {}
  for (const g of groups) {
    const complete = g.filter(t => t.storage && t.storage.offset === 0 && numel(t.shape) === t.storage.numel).map(t => t.name)
    complete.sort()
    if (complete.length === 0) {
      return `Tensors {${g.map(t => t.name).join(', ')}} share storage but none covers the entire storage, so there is no name to keep (safetensors refuses this too: "None is covering the entire storage"). Clone the views before saving.`
    }
    for (const t of g) if (t.name !== complete[0]) dropped[t.name] = complete[0]
  }
  return { kept: tensors.filter(t => !(t.name in dropped)), dropped }
}

/** The reference writer's order: dtype in descending declaration order, then name. */
export function writerOrder(tensors: TensorInfo[]): TensorInfo[] {
  return [...tensors].sort((a, b) => {
    const d = (dtypeInfo(b.dtype)?.order ?? 0) - (dtypeInfo(a.dtype)?.order ?? 0)
    return d !== 0 ? d : a.name < b.name ? -1 : a.name > b.name ? 1 : 0
  })
}

export function buildHeader(tensors: TensorInfo[], metadata: Record<string, string>): { bytes: Uint8Array; sizes: number[] } {
  // The crate keeps metadata in a HashMap (no defined order); sorted keys make our output deterministic.
  const sortedMeta = Object.fromEntries(Object.entries(metadata).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
  const header: Record<string, unknown> = { __metadata__: sortedMeta }
  let offset = 0
  const sizes: number[] = []
  for (const t of tensors) {
    const size = (numel(t.shape) * (dtypeInfo(t.dtype)?.bits ?? 8)) / 8
    header[t.name] = { dtype: t.dtype, shape: t.shape, data_offsets: [offset, offset + size] }
    sizes.push(size)
    offset += size
  }
  let json = JSON.stringify(header)
  json += ' '.repeat((8 - (Buffer.byteLength(json) % 8)) % 8)
  const body = Buffer.from(json, 'utf8')
  const out = new Uint8Array(8 + body.length)
  new DataView(out.buffer).setBigUint64(0, BigInt(body.length), true)
  out.set(body, 8)
  return { bytes: out, sizes }
}

function storagesOf(a: FileAnalysis): Record<string, StorageBytes & { method?: number }> | undefined {
  const facts = a.facts as { storages?: Record<string, StorageBytes & { method?: number }> } | undefined
  return facts?.storages
}

export async function convertCheckpoint(input: string, opts: ConvertOptions = {}): Promise<ConvertResult> {
  const abs = resolve(input)
  const refuse = (message: string, findings: Finding[] = []): ConvertResult => ({ ok: false, input, message, findings })
  const { analyses, report } = await scan({ root: dirname(abs), targets: [basename(abs)] })
  const a = analyses.find(x => x.path === basename(abs))
  if (!a) return refuse(`${input}: cannot read the file`, report.findings)
  const bad = report.findings.filter(f => (f.path === a.path || f.path.startsWith(`${a.path}!/`)) && REFUSE_RULES.has(f.ruleId))
  if (bad.length > 0) {
    return refuse(`${input}: refusing to convert a file the scan does not trust (${[...new Set(bad.map(f => f.ruleId))].join(', ')}).`, bad)
  }
  if (a.format !== 'pytorch-zip' && a.format !== 'pytorch-legacy') {
    return refuse(`${input}: not a PyTorch checkpoint (found ${a.format}); convert reads torch.save zip and legacy files.`)
  }
  const tensors = unwrapStateDict(a.tensors ?? [])
  const storages = storagesOf(a)
  if (!storages) return refuse(`${input}: the storages of this checkpoint could not be located.`)
  if (tensors.length === 0) return refuse(`${input}: the checkpoint holds no tensors; there is nothing to convert.`)
  for (const t of tensors) {
    const st = t.storage && storages[t.storage.key]
    if (!st) return refuse(`${input}: tensor ${t.name} has no storage in the file.`)
    if (st.method !== undefined && st.method !== 0) return refuse(`${input}: storage ${t.storage!.key} is compressed (method ${st.method}); torch.save never writes that.`)
    if (!dtypeInfo(t.dtype)) return refuse(`${input}: tensor ${t.name} has dtype ${t.dtype}, which safetensors cannot store.`)
  }
  const plan = planDedupe(tensors, opts.dedupe ?? false)
  if (typeof plan === 'string') return refuse(`${input}: ${plan}`)

  const out = resolve(opts.out ?? defaultOutput(abs))
  // lstat, not stat: a planted link at the output name is refused, never written through (issue #10).
  const existing = await lstat(out).catch(() => undefined)
  if (existing?.isSymbolicLink()) return refuse(`${out} is a symlink; refusing to write through it (remove it first).`)
  if (existing && !existing.isFile()) return refuse(`${out} exists and is not a regular file.`)
  if (!opts.force && existing) return refuse(`${out} already exists; pass --force to overwrite it.`)
  const ordered = writerOrder(plan.kept)
  const metadata: Record<string, string> = { format: 'pt', ...plan.dropped }
  const { bytes: header } = buildHeader(ordered, metadata)
  const src = await FileSource.open(abs)
  let written = 0
  let tmp = ''
  const dataBytes = ordered.reduce((n, t) => n + t.shape.reduce((a, b) => a * b, 1) * (t.storage?.itemsize ?? 0), 0)
  let moved = 0
  const step = (n: number) => {
    moved += n
    opts.onProgress?.(moved, 2 * dataBytes)
  }
  try {
    // An unguessable name created with O_EXCL|O_NOFOLLOW, renamed over the output: a link is replaced, never followed.
    const created = await createExclusiveTemp(out)
    tmp = created.path
    const fh = created.fh
    try {
      await fh.write(header)
      written += header.length
      for (const t of ordered) {
        written += await materialize(src, storages[t.storage!.key], t, async chunk => {
          await fh.write(chunk)
          step(chunk.length)
        })
      }
      await fh.sync()
    } finally {
      await fh.close()
    }
    const verdict = await verify(tmp, src, ordered, storages, metadata, step)
    if (verdict) {
      await rm(tmp, { force: true })
      return { ok: false, input, message: `${input}: verification of the written file failed: ${verdict}`, findings: [] }
    }
    await rename(tmp, out)
  } catch (e) {
    if (tmp) await rm(tmp, { force: true })
    return { ok: false, input, message: `${input}: ${(e as Error).message}`, findings: [] }
  } finally {
    await src.close()
  }
  return { ok: true, input, out, message: `wrote ${out}`, findings: [], tensors: ordered.length, bytes: written, dropped: plan.dropped }
}

/** Re-reads the output with our validator and compares every tensor byte for byte with its source. */
async function verify(
  file: string,
  src: FileSource,
  ordered: TensorInfo[],
  storages: Record<string, StorageBytes>,
  metadata: Record<string, string>,
  step: (n: number) => void
): Promise<string | undefined> {
  const outSrc = await FileSource.open(file)
  try {
    const read = await readSafetensors(outSrc)
    if (!read.ok) return `${read.error.code}: ${read.error.message}`
    const h = read.header
    const sorted = (m: Record<string, string> | undefined): string => JSON.stringify(Object.entries(m ?? {}).sort())
    if (sorted(h.metadata) !== sorted(metadata)) return 'metadata differs'
    const byName = new Map(h.tensors.map(t => [t.name, t]))
    const mine = new Uint8Array(COPY_CHUNK_BYTES)
    if (byName.size !== ordered.length) return `expected ${ordered.length} tensors, found ${byName.size}`
    for (const t of ordered) {
      const w = byName.get(t.name)
      if (!w || w.dtype !== t.dtype || JSON.stringify(w.shape) !== JSON.stringify(t.shape)) return `tensor ${t.name} differs in name, dtype or shape`
      let pos = h.dataStart + w.dataOffsets![0]
      let mismatch = false
      await materialize(src, storages[t.storage!.key], t, async chunk => {
        if (mismatch) return
        const got = await outSrc.readInto(mine.subarray(0, chunk.length), pos)
        pos += chunk.length
        if (!Buffer.from(got).equals(Buffer.from(chunk))) mismatch = true
        step(chunk.length)
      })
      if (mismatch) return `bytes of tensor ${t.name} differ from the source`
    }
    return undefined
  } finally {
    await outSrc.close()
  }
}
