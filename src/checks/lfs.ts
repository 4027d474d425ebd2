// lfs-pointer: a Git LFS pointer file sits where a checkpoint should be (checkout without `lfs: true`).
import type { Finding } from '../types.js'
import type { LfsPointer } from '../formats/lfs.js'
import { finding } from './rules.js'

export function lfsPointerFinding(path: string, p: LfsPointer): Finding {
  const what = p.size !== undefined ? ` The real file is ${p.size.toLocaleString('en-US')} bytes (oid ${p.oid ?? 'unknown'}).` : ''
  return finding('lfs-pointer', {
    path,
    message: `Not scanned: this is a Git LFS pointer, not the checkpoint itself.${what} Add \`lfs: true\` to actions/checkout. (Loaded as safetensors it fails with the confusing \`HeaderTooLarge\`.)`
  })
}
