// A tree of hostile files for the peak-memory check: huge declared sizes (sparse, so cheap on disk),
// zip and gzip bombs, deep archive nesting, a pickle that claims gigabytes. Nothing here is executable.
import { closeSync, ftruncateSync, mkdirSync, openSync, writeFileSync, writeSync } from 'node:fs'
import { join } from 'node:path'
import { deflateRawSync, gzipSync } from 'node:zlib'
import { assemble, writeSafetensors } from '../helpers/safetensors-writer.js'
import { zipBytes, zipLayout, type ZipMemberSpec } from './zip-writer.js'

const GB = 1024 ** 3
const MB = 1024 ** 2

/** Writes the pieces at their offsets and extends the file to `size`: the gaps stay holes. */
export function writeSparse(path: string, pieces: Array<{ offset: number; bytes: Uint8Array }>, size: number): void {
  const fd = openSync(path, 'w')
  try {
    for (const p of pieces) writeSync(fd, p.bytes, 0, p.bytes.length, p.offset)
    ftruncateSync(fd, size)
  } finally {
    closeSync(fd)
  }
}

/** A valid safetensors file of `bytes` data bytes (one U8 tensor per `shard` slice); the data is a hole. */
export function sparseSafetensors(path: string, bytes: number, tensors = 1): void {
  const per = Math.floor(bytes / tensors)
  const header: Record<string, unknown> = { __metadata__: { format: 'pt' } }
  for (let i = 0; i < tensors; i++) {
    const size = i === tensors - 1 ? bytes - per * (tensors - 1) : per
    header[`base_model.model.layers.${i}.weight`] = { dtype: 'U8', shape: [size], data_offsets: [i * per, i * per + size] }
  }
  let json = JSON.stringify(header)
  json += ' '.repeat((8 - (json.length % 8)) % 8)
  const head = assemble(json)
  writeSparse(path, [{ offset: 0, bytes: head }], head.length + bytes)
}

/** A zip whose members may be holes (see ZipMemberSpec.size), written sparse. */
export function sparseZip(path: string, members: ZipMemberSpec[]): void {
  const { pieces, size } = zipLayout(members)
  writeSparse(path, pieces, size)
}

/** Builds the tree under `dir`; returns what each file is, for messages. */
export function writeHostileTree(dir: string, pickle: Uint8Array): Record<string, string> {
  mkdirSync(dir, { recursive: true })
  const what: Record<string, string> = {}
  const put = (name: string, desc: string, write: (p: string) => void): void => {
    mkdirSync(join(dir, name, '..'), { recursive: true })
    write(join(dir, name))
    what[name] = desc
  }
  put('huge.safetensors', '10 GB safetensors (sparse), valid header', p => sparseSafetensors(p, 10 * GB, 4))
  put('lying-length.safetensors', 'declares a 99,999,999-byte header in a 64-byte file', p => {
    const b = new Uint8Array(64)
    new DataView(b.buffer).setBigUint64(0, 99_999_999n, true)
    b[8] = 0x7b
    writeFileSync(p, b)
  })
  put('overflow.safetensors', 'shape whose element count overflows u64', p =>
    writeFileSync(p, assemble('{"t":{"dtype":"F32","shape":[4294967296,4294967296,16],"data_offsets":[0,0]}}')))
  put('checkpoint.pt', 'torch zip with a 6 GB stored storage member (zip64, sparse)', p =>
    sparseZip(p, [{ name: 'archive/data.pkl', data: pickle }, { name: 'archive/data/0', size: 6 * GB }, { name: 'archive/version', data: new TextEncoder().encode('3\n') }]))
  put('raw-pickle.bin', '10 GB file starting like a pickle (sparse)', p =>
    writeSparse(p, [{ offset: 0, bytes: Uint8Array.from([0x80, 0x02, 0x4e]) }], 10 * GB))
  put('bomb.zip', `deflated member of 100 MB zeros declaring 1 KB (compressed ${Math.round(deflateRawSync(new Uint8Array(MB)).length * 100 / 1024)} KB)`, p =>
    writeFileSync(p, zipBytes([{ name: 'bomb.bin', data: new Uint8Array(100 * MB), deflate: true, declaredSize: 1024 }])))
  put('bomb.tar.gz', 'gzip of 100 MB zeros', p => writeFileSync(p, gzipSync(new Uint8Array(100 * MB), { level: 9 })))
  put('nested.zip', 'zip nested 12 levels deep around a safetensors file', p => {
    let z = zipBytes([{ name: 'adapter_model.safetensors', data: writeSafetensors([]) }])
    for (let i = 0; i < 12; i++) z = zipBytes([{ name: `level${i}.zip`, data: z, deflate: i % 2 === 0 }])
    writeFileSync(p, z)
  })
  put('many-members.zip', '20,000 empty members', p => writeFileSync(p, zipBytes(Array.from({ length: 20_000 }, (_, i) => ({ name: `m/${i}.bin`, data: new Uint8Array(0) })))))
  put('deep/'.repeat(40) + 'adapter_model.safetensors', 'directory nesting 40 deep', p => writeFileSync(p, writeSafetensors([])))
  return what
}
