// Recognise a file by content (magic bytes). Extensions only decide what is worth opening
// (see worthOpening); the format always comes from the bytes.
import type { FileFormat } from '../types.js'
import { looksLikeTar } from '../formats/tar.js'

/** Bytes read from the start of every candidate file. */
export const SNIFF_BYTES = 512

const LFS_MAGIC = 'version https://git-lfs.github.com/spec/v1'

/** The legacy torch magic number 0x1950a86a20f9469cfc6c as pickled by protocol 2: PROTO 2, LONG1 10 bytes. */
const LEGACY_TORCH_PREFIX = [0x80, 0x02, 0x8a, 0x0a, 0x6c, 0xfc, 0x9c, 0x46, 0xf9, 0x20, 0x6a, 0xa8, 0x50, 0x19]

/**
 * Names that say "pickle" even without a PROTO opcode (protocol 0/1). Generic data names (`.dat`,
 * `.data`: text tables as often as pickles) are left to the content check of unknown files, which
 * reports them only when they act like a pickle (member-pickles.ts scanHiddenPickle).
 */
const PICKLE_EXTENSIONS = new Set(['.pkl', '.pickle', '.joblib', '.dill', '.bin', '.pt', '.pth', '.ckpt', '.model'])

/** Extensions worth opening: checkpoints, archives and the JSON files adapters are made of. */
const WORTH_OPENING = new Set([
  '.safetensors', '.bin', '.pt', '.pth', '.ckpt', '.pkl', '.pickle', '.joblib', '.dill', '.dat', '.data',
  '.model', '.npy', '.npz', '.zip', '.tar', '.tgz', '.gz', '.7z', '.json', '.h5', '.msgpack', '.pb', '.onnx'
])

export function extname(name: string): string {
  const base = name.slice(name.lastIndexOf('/') + 1)
  const i = base.lastIndexOf('.')
  return i <= 0 ? '' : base.slice(i).toLowerCase()
}

/** Whether discovery should open a file with this name at all. */
export function worthOpening(name: string): boolean {
  const base = name.slice(name.lastIndexOf('/') + 1)
  const ext = extname(base)
  if (ext === '.json') return isAdapterJson(base)
  if (WORTH_OPENING.has(ext)) return true
  // No extension: weights are sometimes saved without one (and attackers like that).
  return ext === '' && !base.startsWith('.') && /^(adapter_model|pytorch_model|model|weights|checkpoint|data)/i.test(base)
}

/** JSON files the adapter checks read. */
export function isAdapterJson(base: string): boolean {
  return base === 'adapter_config.json' || base.endsWith('.index.json') || base === 'config.json'
}

/** Magic strings as byte arrays, made once (sniffing runs for every file and archive member). */
const MAGIC_BYTES = new Map<string, number[]>()

function startsWith(head: Uint8Array, bytes: number[] | string, at = 0): boolean {
  let arr: number[]
  if (typeof bytes === 'string') {
    arr = MAGIC_BYTES.get(bytes) ?? Array.from(bytes, c => c.charCodeAt(0))
    MAGIC_BYTES.set(bytes, arr)
  } else arr = bytes
  if (head.length < at + arr.length) return false
  for (let i = 0; i < arr.length; i++) if (head[at + i] !== arr[i]) return false
  return true
}

export function isLfsPointer(head: Uint8Array): boolean {
  return startsWith(head, LFS_MAGIC)
}

/** True when the first 8 bytes are a plausible safetensors header length followed by JSON. */
function looksLikeSafetensors(head: Uint8Array): boolean {
  if (head.length < 9) return false
  const dv = new DataView(head.buffer, head.byteOffset, head.byteLength)
  const n = dv.getBigUint64(0, true)
  // A truncated file still counts (it then fails with InvalidHeaderLength, the reference's error).
  if (n < 2n || n > 100_000_000n) return false
  for (let i = 8; i < head.length; i++) {
    const c = head[i]
    if (c === 0x7b) return true // '{'
    if (c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) return false
  }
  return false
}

/** Protocol 0/1 pickles have no PROTO opcode; they start with one of these opcodes. */
const PROTO01_FIRST = new Set('(cdl}]I)N.SVFLJKMGTUXhjqr'.split('').map(c => c.charCodeAt(0)))

export function sniff(head: Uint8Array, name: string, _size: number): FileFormat {
  const base = name.slice(name.lastIndexOf('/') + 1)
  const ext = extname(base)
  if (isLfsPointer(head)) return 'lfs-pointer'
  if (startsWith(head, 'PK\x03\x04') || startsWith(head, 'PK\x05\x06')) return 'zip'
  if (startsWith(head, 'ustar', 257) || looksLikeTar(head)) return 'tar'
  if (startsWith(head, [0x1f, 0x8b])) return 'gzip'
  if (startsWith(head, [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c])) return '7z'
  if (startsWith(head, '\x93NUMPY')) return 'npy'
  if (startsWith(head, LEGACY_TORCH_PREFIX)) return 'pytorch-legacy'
  // A header length like 0x0580 starts with the bytes of a pickle PROTO opcode; the JSON decides.
  if (ext === '.safetensors' && looksLikeSafetensors(head)) return 'safetensors'
  if (head.length >= 2 && head[0] === 0x80 && head[1] >= 1 && head[1] <= 5) return 'pickle'
  if (ext === '.safetensors') return 'safetensors'
  if (looksLikeSafetensors(head)) return 'safetensors'
  // Only the JSON files adapters are made of are read as JSON; any other is unknown content (one small read).
  if (ext === '.json') return isAdapterJson(base) ? 'json' : 'unknown'
  if (head.length > 0 && PICKLE_EXTENSIONS.has(ext) && PROTO01_FIRST.has(head[0])) return 'pickle'
  // Source code is text: its extension decides once no binary format claimed the bytes.
  if (ext === '.py') return 'python'
  if (ext === '.ipynb') return 'notebook'
  return 'unknown'
}
