// The `code` family: lint Python files and notebook code cells for the save/load traps that no
// checkpoint scanner can see, because the checkpoint is never written (peft#1876) or is written as a
// pickle. Parsed with @lezer/python; a substring pre-filter skips files that cannot match any rule.
import type { Finding } from '../../types.js'
import { finding } from '../rules.js'
import { PyModule } from './python.js'
import { pythonFileUnit, type CodeUnit } from './source.js'
import { readNotebook } from './notebook.js'
import type { CodeContext, CodeSite, PendingSite } from './context.js'
import { sharedTensorSave } from './shared-tensor-save.js'
import { unsafeSave } from './unsafe-save.js'
import { torchLoadVerdict, unsafeLoad } from './unsafe-load.js'
import { biasDroppedSites, biasDroppedVerdict } from './bias-dropped.js'
import { embeddingsSaved } from './embeddings-saved.js'
import type { ProjectPins } from './pins.js'

export type { PendingSite } from './context.js'

import { mentionsAny } from './prefilter.js'
export { PREFILTER_WORDS, mentionsAny } from './prefilter.js'

export interface CodeLint {
  findings: Finding[]
  /** Sites whose verdict needs the project's torch/peft pins (see resolvePending). */
  pending: PendingSite[]
  /** False when the pre-filter skipped parsing. */
  parsed: boolean
}

function toFinding(path: string, s: CodeSite): Finding {
  return finding(s.ruleId, { path, line: s.line, column: s.column, message: s.message, fix: s.fix, severity: s.severity })
}

function lintUnit(path: string, unit: CodeUnit): CodeLint {
  const ctx: CodeContext = { path, mod: new PyModule(unit.text), unit }
  const pending: PendingSite[] = []
  const sites = [...sharedTensorSave(ctx), ...unsafeSave(ctx), ...unsafeLoad(ctx, pending), ...embeddingsSaved(ctx)]
  biasDroppedSites(ctx, pending)
  return { findings: sites.map(s => toFinding(path, s)), pending, parsed: true }
}

export function lintPython(path: string, text: string): CodeLint {
  if (!mentionsAny(text)) return { findings: [], pending: [], parsed: false }
  return lintUnit(path, pythonFileUnit(text))
}

export function lintNotebook(path: string, text: string): CodeLint {
  if (!mentionsAny(text)) return { findings: [], pending: [], parsed: false }
  const nb = readNotebook(text)
  if (nb.error !== undefined) {
    return {
      findings: [finding('file-unreadable', { path, severity: 'warning', message: `The notebook could not be read (${nb.error}), so its code cells were not linted.`, fix: 'Open and save the notebook in Jupyter (nbformat 4) so it is valid JSON with a "cells" list.' })],
      pending: [],
      parsed: false
    }
  }
  if (!nb.unit) return { findings: [], pending: [], parsed: false }
  return lintUnit(path, nb.unit)
}

/** Turns pin-dependent sites into findings once the project's pins are known. */
export async function resolvePending(path: string, pending: PendingSite[], pins: ProjectPins): Promise<Finding[]> {
  const slash = path.lastIndexOf('/')
  const dir = slash < 0 ? '.' : path.slice(0, slash)
  const out: Finding[] = []
  for (const site of pending) {
    const pin = await pins.pinFor(dir, site.pkg)
    const verdict = site.ruleId === 'code-unsafe-load' ? torchLoadVerdict(site, pin) : biasDroppedVerdict(site, pin)
    if (verdict) out.push(toFinding(path, verdict))
  }
  return out
}
