// Valid (and known-hostile) inputs that mutations start from: the committed fixtures plus small
// files built here, grouped by the reader they exercise.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { MemorySource } from '../../src/formats/source.js'
import { openZipMember, readZipDirectory } from '../../src/formats/zip.js'
import { f32, writeSafetensors } from '../helpers/safetensors-writer.js'
import { buildTar } from '../helpers/tar-writer.js'
import { zipBytes } from './zip-writer.js'

export interface SeedCorpus {
  safetensors: Uint8Array[]
  json: Uint8Array[]
  zip: Uint8Array[]
  pickle: Uint8Array[]
  tar: Uint8Array[]
  npy: Uint8Array[]
}

/** Fixture files larger than this are left out: mutations near their end would never be reached. */
const MAX_SEED_BYTES = 64 * 1024

function filesIn(dir: string, test: (name: string) => boolean): Uint8Array[] {
  if (!existsSync(dir)) return []
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter(d => d.isFile() && test(d.name))
    .map(d => readFileSync(join(d.parentPath, d.name)))
    .filter(b => b.length <= MAX_SEED_BYTES)
    .map(b => new Uint8Array(b))
}

const isZip = (b: Uint8Array): boolean => b[0] === 0x50 && b[1] === 0x4b
const isTar = (b: Uint8Array): boolean => b.length > 262 && String.fromCharCode(...b.subarray(257, 262)) === 'ustar'

/** A `.npy` v1 file: magic, version, header length, dict literal padded to 64 bytes, data. */
export function npyBytes(descr: string, shape: number[], data: Uint8Array, major = 1): Uint8Array {
  const dict = `{'descr': '${descr}', 'fortran_order': False, 'shape': (${shape.join(', ')}${shape.length === 1 ? ',' : ''}), }`
  const prefix = major === 1 ? 10 : 12
  const pad = (64 - ((prefix + dict.length + 1) % 64)) % 64
  const header = dict + ' '.repeat(pad) + '\n'
  const out = new Uint8Array(prefix + header.length + data.length)
  out.set([0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59, major, 0])
  new DataView(out.buffer).setUint32(8, header.length, true)
  for (let i = 0; i < header.length; i++) out[prefix + i] = header.charCodeAt(i)
  out.set(data, prefix + header.length)
  return out
}

/** Pickles inside zips (`data.pkl` of torch checkpoints, `.npy` in npz) are seeds for their readers. */
async function zipMembers(zips: Uint8Array[], test: (name: string) => boolean): Promise<Uint8Array[]> {
  const out: Uint8Array[] = []
  for (const z of zips) {
    const src = new MemorySource(z)
    const dir = await readZipDirectory(src, 1000)
    for (const e of dir.entries) {
      if (!test(e.name)) continue
      const m = await openZipMember(src, e, { maxMemberBytes: MAX_SEED_BYTES, reserveUnpacked: () => true })
      if (!Array.isArray(m)) out.push(Uint8Array.from(await m.source.read(0, m.source.size)))
    }
  }
  return out
}

export async function loadSeeds(repoRoot: string): Promise<SeedCorpus> {
  const fx = join(repoRoot, 'test', 'fixtures')
  const adapter = writeSafetensors(
    [
      { name: 'base_model.model.q_proj.lora_A.weight', dtype: 'F32', shape: [2, 4], data: f32([1, 2, 3, 4, 5, 6, 7, 8]) },
      { name: 'base_model.model.q_proj.lora_B.weight', dtype: 'BF16', shape: [4, 2] }
    ],
    { format: 'pt' }
  )
  const safetensors = [adapter, writeSafetensors([]), ...filesIn(join(fx, 'safetensors'), n => n.endsWith('.safetensors')), ...filesIn(join(fx, 'peft'), n => n.endsWith('.safetensors')).slice(0, 8)]

  const json = [
    ...filesIn(join(fx, 'peft'), n => n.endsWith('.json') && n !== 'expected.json'),
    new TextEncoder().encode('{"a":[1,-2.5e10,true,false,null,"\\u00e9\\n"],"b":{"c":{}},"d":18446744073709551615}')
  ]

  const torch = filesIn(join(fx, 'torch'), n => n.endsWith('.pt'))
  const malicious = filesIn(join(fx, 'malicious'), () => true)
  const plainZip = zipBytes([
    { name: 'adapter/adapter_model.safetensors', data: adapter },
    { name: 'adapter/notes.txt', data: new TextEncoder().encode('hello'), deflate: true },
    { name: 'adapter/', data: new Uint8Array(0) }
  ])
  const zip = [plainZip, ...torch.filter(isZip), ...malicious.filter(isZip)]

  const rawPickles = [...malicious.filter(b => b[0] === 0x80 || b[0] === 0x28 || b[0] === 0x63), ...torch.filter(b => b[0] === 0x80)]
  const pickle = [...rawPickles, ...(await zipMembers(zip, n => n.endsWith('.pkl') || n.includes('/data/') || n.endsWith('.txt')))]

  const tar = [
    ...malicious.filter(isTar),
    ...torch.filter(isTar),
    buildTar([
      { name: 'sub/', data: '', type: '5' },
      { name: 'sub/adapter_model.safetensors', data: adapter },
      { name: 'sub/x.pkl', data: pickle[0] ?? new Uint8Array([0x80, 2, 0x4e, 0x2e]) }
    ])
  ]

  const floats = f32([1, 2, 3, 4, 5, 6])
  const npy = [
    npyBytes('<f4', [2, 3], floats),
    npyBytes('<f4', [6], floats, 2),
    npyBytes('|u1', [0], new Uint8Array(0)),
    ...malicious.filter(b => b[0] === 0x93),
    ...(await zipMembers(zip, n => n.endsWith('.npy')))
  ]
  return { safetensors, json, zip, pickle, tar, npy }
}
