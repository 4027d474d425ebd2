// `peft-weights-missing`: an adapter directory PEFT cannot load (peft `utils/save_and_load.py`
// load_peft_weights needs adapter_model.safetensors or .bin; `PeftConfig.from_pretrained` needs
// adapter_config.json). Files not scanned this run (a PR touching only one of them) are looked up on disk.
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import type { FileAnalysis, Finding } from '../../types.js'
import { finding } from '../rules.js'
import { realRootSync, resolvesInside } from '../../discover/contain.js'
import { CONFIG_NAME, SAFETENSORS_WEIGHTS_NAME, WEIGHTS_NAME, type AdapterGroup } from './group.js'

function onDiskBeside(root: string, g: AdapterGroup, name: string): boolean {
  if (g.dir.includes('!/') || g.dir.endsWith('!')) return false
  // A link out of the root does not count as a file here (issue #10): nothing outside is looked at.
  const abs = join(root, g.dir, name)
  return existsSync(abs) && resolvesInside(realRootSync(root), abs)
}

function emptyWeights(w: FileAnalysis): boolean {
  if (!w.tensors || w.tensors.length > 0) return false
  // The safetensors reader already says so with its own rule.
  return !w.findings.some(f => f.ruleId === 'safetensors-empty')
}

export function weightsMissingFindings(g: AdapterGroup, root: string): Finding[] {
  const out: Finding[] = []
  const weights = [g.safetensors, g.bin].filter((w): w is FileAnalysis => w !== undefined)
  if (g.config && weights.length === 0 && !onDiskBeside(root, g, SAFETENSORS_WEIGHTS_NAME) && !onDiskBeside(root, g, WEIGHTS_NAME)) {
    if (g.config.format !== 'lfs-pointer') {
      out.push(
        finding('peft-weights-missing', {
          path: g.config.path,
          line: 1,
          message: `adapter_config.json has no ${SAFETENSORS_WEIGHTS_NAME} or ${WEIGHTS_NAME} beside it: loading this adapter fails with "Can't find weights". Git LFS, .gitignore rules on *.safetensors, or an upload of the config alone are the usual causes.`
        })
      )
    }
  }
  // Only weights that were read: a broken file or an LFS pointer already has its own finding.
  const readable = weights.filter(w => w.tensors !== undefined)
  if (!g.config && readable.length > 0 && !onDiskBeside(root, g, CONFIG_NAME)) {
    const w = readable[0]
    out.push(
      finding('peft-weights-missing', {
        path: w.path,
        message: `${w.path.slice(w.path.lastIndexOf('/') + 1)} has no adapter_config.json beside it: PEFT cannot tell which method, rank or target modules the weights belong to, so \`PeftModel.from_pretrained\` fails.`
      })
    )
  }
  for (const w of weights) {
    if (emptyWeights(w)) {
      out.push(
        finding('peft-weights-missing', {
          path: w.path,
          message: 'The adapter weights file holds no tensors: nothing of the adapter was saved. This is the torch.compile / DeepSpeed ZeRO-3 failure mode; loading it silently does nothing or fails.',
          fix: 'Save again from the trained model: with torch.compile unwrap it first (`model._orig_mod`); with DeepSpeed ZeRO-3 set `stage3_gather_16bit_weights_on_model_save: true`.'
        })
      )
    }
  }
  return out
}
