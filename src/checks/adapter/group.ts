// Which files make one adapter: PEFT `save_pretrained` writes `adapter_config.json` plus
// `adapter_model.safetensors` (or `.bin`) into one directory; non-default adapters go to
// `<dir>/<adapter_name>/` and Trainer checkpoints to `checkpoint-N/`, so every directory is its own
// adapter. Archive members (`a.zip!/dir/adapter_model.bin`) group by their member directory.
import type { FileAnalysis } from '../../types.js'

/** peft `utils/constants.py`: CONFIG_NAME, SAFETENSORS_WEIGHTS_NAME, WEIGHTS_NAME. */
export const CONFIG_NAME = 'adapter_config.json'
export const SAFETENSORS_WEIGHTS_NAME = 'adapter_model.safetensors'
export const WEIGHTS_NAME = 'adapter_model.bin'

export interface AdapterGroup {
  /** Directory of the adapter, relative to the scan root ('' for the root itself). */
  dir: string
  config?: FileAnalysis
  safetensors?: FileAnalysis
  bin?: FileAnalysis
}

export function splitPath(path: string): { dir: string; base: string } {
  const i = path.lastIndexOf('/')
  return i < 0 ? { dir: '', base: path } : { dir: path.slice(0, i), base: path.slice(i + 1) }
}

/** Groups the analysed files into adapters, in path order. Files of other names are ignored. */
export function groupAdapters(analyses: FileAnalysis[]): AdapterGroup[] {
  const groups = new Map<string, AdapterGroup>()
  for (const a of analyses) {
    const { dir, base } = splitPath(a.path)
    const slot = base === CONFIG_NAME ? 'config' : base === SAFETENSORS_WEIGHTS_NAME ? 'safetensors' : base === WEIGHTS_NAME ? 'bin' : undefined
    if (!slot) continue
    let g = groups.get(dir)
    if (!g) {
      g = { dir }
      groups.set(dir, g)
    }
    g[slot] = a
  }
  return [...groups.values()].sort((x, y) => (x.dir < y.dir ? -1 : x.dir > y.dir ? 1 : 0))
}

/** The weights a loader would use: PEFT `load_peft_weights` prefers safetensors, else the .bin. */
export function preferredWeights(g: AdapterGroup): FileAnalysis | undefined {
  if (g.safetensors && g.safetensors.tensors) return g.safetensors
  if (g.bin && g.bin.tensors) return g.bin
  return undefined
}
