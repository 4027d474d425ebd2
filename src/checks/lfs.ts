// lfs-pointer: a Git LFS pointer file sits where a checkpoint should be (checkout without `lfs: true`).
import type { Finding } from '../types.js'
import type { LfsPointer } from '../formats/lfs.js'
import { finding } from './rules.js'
import { worthOpening } from '../discover/sniff.js'
import { groupDigits } from '../digits.js'

/**
 * Where a checkpoint could stand: a name the scan would open anyway, or one that says weights.
 * Every file is sniffed now (issue #10), and an LFS-tracked image, CSV or video that was not fetched
 * is no news: only pointers standing where weights should be are findings.
 */
export function couldBeWeights(name: string): boolean {
  return worthOpening(name) || /(weight|model|ckpt|checkpoint|adapter|lora|\.pkl|\.pt|\.pth|\.bin|\.safetensors|\.gguf|\.onnx|\.h5)/i.test(name)
}

/** The lfs-pointer finding, for a pointer where weights could stand; none for other files. */
export function lfsPointerFindings(path: string, name: string, p: LfsPointer): Finding[] {
  return couldBeWeights(name) ? [lfsPointerFinding(path, p)] : []
}

export function lfsPointerFinding(path: string, p: LfsPointer): Finding {
  const what = p.size !== undefined ? ` The real file is ${groupDigits(p.size)} bytes (oid ${p.oid ?? 'unknown'}).` : ''
  return finding('lfs-pointer', {
    path,
    message: `Not scanned: this is a Git LFS pointer, not the checkpoint itself.${what} Add \`lfs: true\` to actions/checkout. (Loaded as safetensors it fails with the confusing \`HeaderTooLarge\`.)`
  })
}
