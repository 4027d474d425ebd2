// `adapter-formats-disagree`: adapter_model.safetensors and adapter_model.bin side by side. PEFT's
// load_peft_weights silently prefers the safetensors file locally (and the Hub loader too), so a
// stale .bin is what other tools (or an older script) load instead. Deep: the bytes are compared.
import { createHash } from 'node:crypto'
import type { ByteSource, Finding, TensorInfo } from '../../types.js'
import { FileSource, pathOnDisk } from '../../formats/source.js'
import { finding } from '../rules.js'
import type { AdapterGroup } from './group.js'
import { listNames } from './targets.js'
import { onDisk, tensorChunks, withFile } from '../deep/tensor-data.js'
import { storagesOf } from '../deep/pickle-stats.js'
import { materialize } from '../../formats/materialize.js'

function describeTensor(t: TensorInfo): string {
  return `${t.dtype}[${t.shape.join(', ')}]`
}

/** Hash of a pickle tensor's bytes in row-major order, read from its storage (what torch.load would give). */
async function hashPickleTensor(src: ByteSource, storages: NonNullable<ReturnType<typeof storagesOf>>, t: TensorInfo): Promise<string | undefined> {
  const st = t.storage ? storages[t.storage.key] : undefined
  if (!st || (st.method ?? 0) !== 0) return undefined
  const h = createHash('sha256')
  try {
    await materialize(src, st, t, chunk => {
      h.update(chunk)
    })
  } catch {
    return undefined
  }
  return h.digest('hex')
}

async function hashSafetensors(src: ByteSource, t: TensorInfo): Promise<string> {
  const h = createHash('sha256')
  for await (const chunk of tensorChunks(src, t)) h.update(chunk)
  return h.digest('hex')
}

/** Names of tensors whose bytes differ; undefined when the .bin cannot be mapped to bytes. */
async function differingBytes(g: AdapterGroup, root: string, common: string[]): Promise<string[] | undefined> {
  const st = g.safetensors
  const bin = g.bin
  const storages = bin ? storagesOf(bin) : undefined
  if (!st?.tensors || !bin?.tensors || !storages || !onDisk(st) || !onDisk(bin)) return undefined
  const stByName = new Map(st.tensors.map(t => [t.name, t]))
  const binByName = new Map(bin.tensors.map(t => [t.name, t]))
  const binSrc = await FileSource.open(pathOnDisk(root, bin.path))
  try {
    return await withFile(root, st, async stSrc => {
      const differ: string[] = []
      for (const name of common) {
        const b = await hashPickleTensor(binSrc, storages, binByName.get(name) as TensorInfo)
        if (b === undefined) return undefined
        const a = await hashSafetensors(stSrc, stByName.get(name) as TensorInfo)
        if (a !== b) differ.push(name)
      }
      return differ
    })
  } finally {
    await binSrc.close()
  }
}

export async function formatsDisagreeFindings(g: AdapterGroup, ctx: { deep: boolean; root: string }): Promise<Finding[]> {
  const st = g.safetensors
  const bin = g.bin
  if (!st?.tensors || !bin?.tensors) return []
  const stByName = new Map(st.tensors.map(t => [t.name, t]))
  const binByName = new Map(bin.tensors.map(t => [t.name, t]))
  const onlySt = [...stByName.keys()].filter(n => !binByName.has(n))
  const onlyBin = [...binByName.keys()].filter(n => !stByName.has(n))
  const common = [...stByName.keys()].filter(n => binByName.has(n))
  const reshaped = common.filter(n => {
    const a = stByName.get(n) as TensorInfo
    const b = binByName.get(n) as TensorInfo
    return a.dtype !== b.dtype || a.shape.join(',') !== b.shape.join(',')
  })
  const out: Finding[] = []
  const intro = `${st.path} and ${bin.path} are two copies of this adapter's weights that do not match`
  const tail = 'PEFT loads the safetensors file and ignores the .bin, other tools may load the .bin: the same directory gives different adapters depending on the loader.'
  if (onlySt.length > 0 || onlyBin.length > 0 || reshaped.length > 0) {
    const parts: string[] = []
    if (onlySt.length > 0) parts.push(`only the safetensors file has ${listNames(onlySt, 3)}`)
    if (onlyBin.length > 0) parts.push(`only the .bin has ${listNames(onlyBin, 3)}`)
    if (reshaped.length > 0) {
      const n = reshaped[0]
      parts.push(`${reshaped.length} tensor(s) differ in dtype or shape, e.g. \`${n}\` is ${describeTensor(stByName.get(n) as TensorInfo)} vs ${describeTensor(binByName.get(n) as TensorInfo)}`)
    }
    out.push(finding('adapter-formats-disagree', { path: st.path, message: `${intro}: ${parts.join('; ')}. ${tail}`, tensors: [...onlySt, ...onlyBin, ...reshaped].slice(0, 20) }))
    return out
  }
  if (ctx.deep) {
    const differ = await differingBytes(g, ctx.root, common)
    if (differ && differ.length > 0) {
      out.push(
        finding('adapter-formats-disagree', {
          path: st.path,
          message: `${intro}: same names and shapes, but ${differ.length} of ${common.length} tensor(s) hold different bytes (${listNames(differ, 3)}). ${tail}`,
          tensors: differ.slice(0, 20)
        })
      )
    }
  }
  return out
}
